"""Reports written by hand for the rule tests: (code, country, sectors, unidentified) per actor."""

from __future__ import annotations

import datetime as dt

from eventwire.incidents import load_rules
from eventwire.incidents.reports import Report, make_place, make_side, story_words

RULES = load_rules()
CAMEO = {"040": ("04", "CONSULT"), "043": ("04", "CONSULT"), "057": ("05", "SUPPORT"),
         "145": ("14", "PROTEST"), "175": ("17", "COERCE"), "173": ("17", "COERCE"), "183": ("18", "ASSAULT"),
         "190": ("19", "ASSAULT"), "163": ("16", "SANCTION"), "112": ("11", "ACCUSE"), "070": ("07", "AID")}
# name -> (name, country, admin1, lat, lon, geonames id)
PLACES = {"Nairobi": ("Nairobi", "KEN", "30", -1.2833, 36.8167, 184745),
          "Westlands": ("Westlands", "KEN", "30", -1.2676, 36.8108, 7668902),
          "Thika": ("Thika", "KEN", "29", -1.0333, 37.0693, 178443),
          "Mombasa": ("Mombasa", "KEN", "19", -4.0547, 39.6636, 186301),
          "Kenya": ("Kenya", "KEN", None, 1.0, 38.0, 192950),
          "Maiduguri": ("Maiduguri", "NGA", "02", 11.8464, 13.1603, 2331447),
          "Kano": ("Kano", "NGA", "29", 12.0001, 8.5167, 2335204),
          "Ankara": ("Ankara", "TUR", "68", 39.9199, 32.8543, 323786)}


def actor(code: str, country: str | None = None, sectors=(), unidentified: bool = False):
    return (code, country, tuple(sectors), unidentified)


def report(key: str, day: str, cameo: str, source=(), target=(), place: str | None = None,
           explicit: bool = True, story: str = "", published: str | None = None) -> Report:
    acts = {f"s{i}": a for i, a in enumerate(source)} | {f"t{i}": a for i, a in enumerate(target)}
    root, plover = CAMEO[cameo]
    d = dt.date.fromisoformat(day)
    return Report(
        key=key, article=key.split("/")[0], event="e1", day=d, explicit=explicit,
        published=dt.date.fromisoformat(published) if published else d, cameo=cameo, root=root, plover=plover,
        source=make_side([(f"s{i}", a[0]) for i, a in enumerate(source)], acts, RULES.family),
        target=make_side([(f"t{i}", a[0]) for i, a in enumerate(target)], acts, RULES.family),
        place=make_place(*PLACES[place]) if place else None, story=story_words(story))
