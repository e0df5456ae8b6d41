"""``/api/status``: how fresh the served database is (the pages' "last updated" mark)."""

from __future__ import annotations

from fastapi import Depends, FastAPI


def status(cur, watcher=None) -> dict:
    row = cur.execute("SELECT count(*), max(ingested_at) FROM articles").fetchone()
    events = cur.execute("SELECT count(*) FROM events").fetchone()[0]
    commit = cur.execute("SELECT value FROM meta WHERE key = 'last_commit'").fetchone()
    last = commit[0] if commit else (row[1].strftime("%Y-%m-%dT%H:%M:%SZ") if row[1] else None)
    out = {"articles": row[0], "events": events, "last_updated": last, "watching": watcher is not None}
    if watcher is not None:
        out["folders"] = [str(f) for f in watcher.folders]
        out["every_seconds"] = watcher.every
    return out


def add_status(app: FastAPI, cursor) -> None:
    @app.get("/api/status", tags=["api"])
    def api_status(cur=Depends(cursor)):
        """Articles and events stored, when the database last changed (UTC), and whether this server
        also watches folders (`serve --watch`)."""
        return status(cur, getattr(app.state, "watcher", None))
