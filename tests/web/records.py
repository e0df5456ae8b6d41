"""Three hand-written article records (offsets computed from the text) for the
API, page and export tests, so they do not depend on how well the coder codes."""

from __future__ import annotations

import re

from eventwire.store import Store


def _span(body: str, text: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = body.index(text, start + 1)
    return {"start": start, "end": start + len(text), "text": text}


_SENT_END = re.compile(r'(?<=[.!?"])(?<!\b[A-Z]\.[A-Z]\.)\s+(?=[A-Z])')


def _sentences(body: str) -> list[dict]:
    out, start = [], 0
    for par, para in enumerate(body.split("\n\n")):
        for sent in _SENT_END.split(para):
            s = body.index(sent, start)
            out.append({"start": s, "end": s + len(sent), "paragraph": par})
            start = s + len(sent)
    return out


def make_record(aid, title, published, body, actors, events, quotes=(), places=(), times=(), **extra) -> dict:
    """actors: {id: (name, code, country, sectors, [mention text, ...])};
    events: (sentence, trigger text, [source ids], [target ids], cameo, name, goldstein, quad, plover, rule, date)."""
    sents = _sentences(body)

    def sent_of(start):
        return next(i for i, s in enumerate(sents) if s["start"] <= start < s["end"] + 1)

    rec_actors = []
    for i, (name, code, country, sectors, mentions) in actors.items():
        ms = []
        for m in mentions:
            text, nth = m if isinstance(m, tuple) else (m, 0)
            sp = _span(body, text, nth)
            ms.append({**sp, "sentence": sent_of(sp["start"])})
        rec_actors.append({"id": i, "name": name, "code": code, "country": country, "sectors": sectors,
                           "wikidata": None, "mentions": ms})
    codes = {a["id"]: a["code"] for a in rec_actors}
    rec_events = []
    for n, (trig, src, tgt, cameo, cname, g, quad, plover, rule, date) in enumerate(events):
        sp = _span(body, trig)
        rec_events.append({"id": f"e{n + 1}", "sentence": sent_of(sp["start"]),
                           "source": [{"actor": a, "code": codes[a]} for a in src],
                           "target": [{"actor": a, "code": codes[a]} for a in tgt],
                           "cameo": cameo, "cameo_root": cameo[:2], "cameo_name": cname, "goldstein": g,
                           "quad_class": quad, "plover": {"event": plover, "mode": None, "context": None},
                           "negated": False, "hypothetical": False, "date": date, "place": None,
                           "trigger": sp, "rule": rule})
    rec_quotes = []
    for n, (content, speaker, cue) in enumerate(quotes):
        sp = _span(body, content)
        rec_quotes.append({"id": f"q{n + 1}", "kind": "direct", "content": sp,
                           "speaker": {"actor": speaker, "name": actors[speaker][0], "span": None},
                           "cue": _span(body, cue), "sentence": sent_of(sp["start"])})
    rec_places = []
    for pid, name, country, lat, lon, gid, mention in places:
        sp = _span(body, mention)
        rec_places.append({"id": pid, "name": name, "country": country, "admin1": None, "lat": lat, "lon": lon,
                           "geonames_id": gid, "mentions": [{**sp, "sentence": sent_of(sp["start"])}]})
    rec_times = [{"span": _span(body, t), "sentence": sent_of(_span(body, t)["start"]), "value": v}
                 for t, v in times]
    paragraphs, start = [], 0
    for para in body.split("\n\n"):
        s = body.index(para, start)
        paragraphs.append({"start": s, "end": s + len(para)})
        start = s + len(para)
    rec = {"id": aid, "input_id": f"test/{aid}.txt", "url": f"https://news.example.org/{aid}",
           "source": "Example News", "title": title, "published": published, "language": "en",
           "status": "coded", "reason": None, "body": body, "paragraphs": paragraphs,
           "removed": [{"text": "Share this article", "reason": "boilerplate"}],
           "comments": ["Great article, thanks."], "sentences": sents, "actors": rec_actors,
           "events": rec_events, "quotes": rec_quotes, "times": rec_times, "places": rec_places}
    rec.update(extra)
    return rec


GENEVA = make_record(
    "a000000000000001", "Lavrov and Kerry meet in Geneva", "2013-08-10",
    "Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State John Kerry in Geneva on Friday. "
    "Lavrov said Moscow wants talks on Syria \"as soon as possible\".\n\n"
    "Kerry rejected the Russian proposal on sanctions.",
    {"a1": ("Sergei Lavrov", "RUSGOV", "RUS", ["GOV"], ["Sergei Lavrov", ("Lavrov", 1)]),
     "a2": ("John Kerry", "USAGOV", "USA", ["GOV"], ["John Kerry", ("Kerry", 1)]),
     "a3": ("Syria", "SYR", "SYR", [], ["Syria"])},
    [("met", ["a1"], ["a2"], "040", "Consult, not specified", 1.0, 1, "CONSULT", "verb:meet", "2013-08-09"),
     ("wants talks", ["a1"], ["a3"], "036", "Express intent to meet or negotiate", 4.0, 1, "CONSULT",
      "verb:want talks", None),
     ("rejected", ["a2"], ["a1"], "120", "Reject, not specified", -4.0, 3, "REJECT", "verb:reject", "2013-08-10")],
    quotes=[("as soon as possible", "a1", "said")],
    places=[("p1", "Geneva", "CHE", 46.20222, 6.14569, 2660646, "Geneva")],
    times=[("Friday", "2013-08-09")])

MALI = make_record(
    "a000000000000002", "Gunmen attack army convoy in Mali", "2013-09-02",
    "Gunmen attacked a Malian army convoy near Mopti. The French military condemned the attack.",
    {"a1": ("gunmen", "UAF", None, ["UAF"], ["Gunmen"]),
     "a2": ("Malian army", "MLIMIL", "MLI", ["MIL"], ["Malian army"]),
     "a3": ("French military", "FRAMIL", "FRA", ["MIL"], ["French military"])},
    [("attacked", ["a1"], ["a2"], "190", "Use conventional military force", -10.0, 4, "ASSAULT", "verb:attack",
      "2013-09-01"),
     ("condemned", ["a3"], ["a1"], "122", "Reject request for material aid", -4.0, 3, "REJECT", "verb:condemn",
      None)])

TALKS = make_record(
    "a000000000000003", "Russia and the United States agree to more talks", "2013-10-15",
    "Russia and the United States agreed to hold more talks on Syria.",
    {"a1": ("Russia", "RUS", "RUS", [], ["Russia"]),
     "a2": ("United States", "USA", "USA", [], ["United States"]),
     "a3": ("Syria", "SYR", "SYR", [], ["Syria"])},
    [("agreed", ["a1", "a2"], ["a3"], "030", "Express intent to cooperate", 4.0, 1, "AGREE", "verb:agree", None)])

RECORDS = [GENEVA, MALI, TALKS]


def store_records(path) -> None:
    """Store RECORDS in a new database at `path`, with a syndicated copy of GENEVA as a second sighting."""
    with Store(path) as store:
        mentions = [{"article_id": r["id"], "input_id": r["input_id"], "url": r["url"], "source": r["source"],
                     "published": r["published"], "first": True, "similarity": 1.0} for r in RECORDS]
        # a syndicated copy of the Geneva article from a second outlet
        mentions.append({"article_id": GENEVA["id"], "input_id": "copy", "url": "https://other.example.com/x",
                         "source": "Other Wire", "published": GENEVA["published"], "first": False,
                         "similarity": 0.97})
        store.write(RECORDS, mentions=mentions)
