"""Downloads of the events a filter selects, as the explorer shows them (datasette-style links):
``/api/events.csv`` (the flat columns of ``eventwire export --format csv``) and ``/api/events.json``
(a JSON array of the API's event items).  Both stream every matching event, not one page."""

from __future__ import annotations

import csv
import io
import json

from ..store import export, queries
from ..store.queries import EventFilter

CHUNK = 500


def csv_chunks(reader, flt: EventFilter):
    """CSV text, header first, a few hundred rows per chunk; the cursor is the generator's own (taken
    from the server's shared reader, so a commit waits for the download, which sees one state)."""
    cur = reader.open_cursor()
    try:
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=export.FLAT_COLUMNS, lineterminator="\n")
        w.writeheader()
        for n, row in enumerate(export.flat_rows(cur, flt), 1):
            w.writerow({k: export.csv_value(row.get(k)) for k in export.FLAT_COLUMNS})
            if n % CHUNK == 0:
                yield buf.getvalue()
                buf.seek(0)
                buf.truncate()
        yield buf.getvalue()
    finally:
        reader.close_cursor(cur)


def json_chunks(reader, flt: EventFilter, sort: str | None = None):
    """A JSON array of event items (as ``/api/events`` gives them), streamed."""
    cur = reader.open_cursor()
    names_cur = reader.open_cursor()
    try:
        yield "["
        first, batch = True, []

        def flush():
            names = queries.actor_names(names_cur, [r["article_id"] for r in batch])
            return ",\n".join(json.dumps(queries.event_item(r, names), ensure_ascii=False, default=str)
                              for r in batch)

        for row in queries.iter_events(cur, flt, sort=sort):
            batch.append(row)
            if len(batch) >= CHUNK:
                yield ("" if first else ",\n") + flush()
                first, batch = False, []
        if batch:
            yield ("" if first else ",\n") + flush()
        yield "]\n"
    finally:
        reader.close_cursor(cur)
        reader.close_cursor(names_cur)
