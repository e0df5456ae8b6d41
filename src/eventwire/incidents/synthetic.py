"""Synthetic article records with known incidents, from a seed: for the benchmark (100 k events) and
for the order-independence tests.  Each incident gets one to nine reports from different outlets on
the day or up to two days later; some give no event date (only the publication date), some no place,
some name the two sides the other way round (symmetric types) or an unidentified doer.  The words
are made up; nothing here is real."""

from __future__ import annotations

import datetime as dt
import random

# (cameo, name, root, plover, quad, goldstein, symmetric)
TYPES = [("040", "Consult", "04", "CONSULT", 1, 1.0, True), ("043", "Host a visit", "04", "CONSULT", 1, 2.8, True),
         ("057", "Sign formal agreement", "05", "SUPPORT", 1, 8.0, True),
         ("070", "Provide aid", "07", "AID", 2, 7.0, False), ("112", "Accuse", "11", "ACCUSE", 3, -2.0, False),
         ("141", "Demonstrate", "14", "PROTEST", 3, -6.5, False),
         ("163", "Impose embargo or sanctions", "16", "SANCTION", 4, -8.0, False),
         ("173", "Arrest, detain", "17", "COERCE", 4, -5.0, False),
         ("190", "Use conventional military force", "19", "ASSAULT", 4, -10.0, True),
         ("183", "Conduct suicide, car, or other non-military bombing", "18", "ASSAULT", 4, -10.0, False)]
SECTORS = ["GOV", "MIL", "COP", "CVL", "OPP", "REB", ""]
SYLLABLES = "ka lo mi ra tu se vo na pe di ga ru zo le mo fi".split()


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))


def _places(rng: random.Random, countries: list[str]) -> dict[str, list[tuple]]:
    out = {}
    for i, c in enumerate(countries):
        lat0, lon0 = rng.uniform(-40, 60), rng.uniform(-120, 140)
        out[c] = [(f"{_word(rng).title()} City", c, lat0 + rng.uniform(-4, 4), lon0 + rng.uniform(-4, 4),
                   9_000_000 + i * 100 + k) for k in range(8)]
    return out


def records(n_events: int, seed: int = 1, start: dt.date = dt.date(2023, 1, 1), days: int = 730):
    """Yield (article record, gold incident label) pairs with about `n_events` events in all."""
    rng = random.Random(seed)
    countries = [f"{chr(65 + i // 26)}{chr(65 + i % 26)}X" for i in range(120)]
    places = _places(rng, countries)
    outlets = [f"{_word(rng).title()} {rng.choice(['Times', 'Wire', 'Radio', 'Post', 'News'])}" for _ in range(400)]
    made, inc = 0, 0
    while made < n_events:
        inc += 1
        cameo, cname, root, plover, quad, g, sym = rng.choice(TYPES)
        a, b = rng.sample(countries[: 20 if rng.random() < 0.6 else 120], 2)   # some countries are busy
        sa, sb = rng.choice(SECTORS), rng.choice(SECTORS)
        day = start + dt.timedelta(days=rng.randrange(days))
        place = rng.choice(places[rng.choice((a, b))])
        topic = [_word(rng) for _ in range(4)]
        for r in range(min(9, 1 + int(rng.expovariate(0.45)))):
            made += 1
            aid = f"s{seed}-{inc}-{r}"
            published = day + dt.timedelta(days=rng.choice((0, 0, 0, 1, 1, 2)))
            src, tgt = (a, sa), (b, sb)
            if sym and rng.random() < 0.4:
                src, tgt = tgt, src
            unidentified = rng.random() < 0.08
            actors = [{"id": "a1", "name": f"{src[0]} {src[1]}".strip(), "code": src[0] + src[1],
                       "country": None if unidentified else src[0], "sectors": [src[1]] if src[1] else [],
                       "unidentified": unidentified, "mentions": []},
                      {"id": "a2", "name": f"{tgt[0]} {tgt[1]}".strip(), "code": tgt[0] + tgt[1],
                       "country": tgt[0], "sectors": [tgt[1]] if tgt[1] else [], "mentions": []}]
            if unidentified:
                actors[0]["code"] = src[1] or "UAF"
            has_place = rng.random() < 0.7
            pl = [{"id": "p1", "name": place[0], "country": place[1], "admin1": None, "lat": place[2],
                   "lon": place[3], "geonames_id": place[4], "mentions": []}] if has_place else []
            words = rng.sample(topic, 3) + [_word(rng) for _ in range(3)]
            title = " ".join(words[:4]).capitalize()
            body = " ".join(words).capitalize() + "."
            ev = {"id": "e1", "sentence": 0, "source": [{"actor": "a1", "code": actors[0]["code"]}],
                  "target": [{"actor": "a2", "code": actors[1]["code"]}], "cameo": cameo, "cameo_root": root,
                  "cameo_name": cname, "goldstein": g, "quad_class": quad,
                  "plover": {"event": plover, "mode": None, "context": None}, "negated": False,
                  "hypothetical": False, "date": day.isoformat() if rng.random() < 0.7 else None,
                  "place": "p1" if has_place else None, "trigger": {"start": 0, "end": 3, "text": body[:3]},
                  "rule": "synthetic"}
            rec = {"id": aid, "input_id": aid, "url": f"https://synthetic.example/{aid}",
                   "source": rng.choice(outlets), "title": title, "published": published.isoformat(),
                   "language": "en", "status": "coded", "reason": None, "body": body,
                   "paragraphs": [{"start": 0, "end": len(body)}],
                   "sentences": [{"start": 0, "end": len(body), "paragraph": 0}], "removed": [], "comments": [],
                   "actors": actors, "events": [ev], "quotes": [], "times": [], "places": pl}
            yield rec, f"inc{inc}"
