"""The actor knowledge: countries, regions, organisations, people, sector nouns.

Read from the TSV files in ``data/`` (see ``data/README.md``) and merged with
the user's own files (``Settings.actors_files``: YAML or TSV), once per
process and set of user files (:func:`load`).
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).parent / "data"
SECTIONS = ("countries", "regions", "orgs", "people", "sectors", "first_names")
# The header that identifies each kind of TSV file (a user TSV may be any of them).
HEADERS = {
    "countries": ("code", "name", "aliases", "adjectives", "plurals", "capitals"),
    "orgs": ("name", "aliases", "code", "country", "sectors", "type"),
    "people": ("name", "short", "aliases", "code", "start", "end"),
    "sectors": ("term", "sectors", "kind"),
    "first_names": ("name", "gender"),
}
LIST_FIELDS = {"aliases", "adjectives", "plurals", "capitals", "short"}
IGO_PREFIXES = ("IGO", "NGO", "IMG")
# CAMEO's sector codes (the rest of a code's three-letter chunks name organisations: UNO, NAT, ...).
CAMEO_SECTORS = frozenset(
    "GOV MIL REB OPP PTY COP JUD SPY MED EDU BUS CRM CVL LAB LEG HLH REF MOD RAD AGR ELI ENV HRI "
    "UAF SEP INS DEV MNC REL UIS NGM IGO NGO".split())


def split_code(code: str) -> tuple[str, list[str]]:
    """``"RUSMILGOV"`` -> ``("RUS", ["MIL", "GOV"])``; IGO codes keep their prefix as country."""
    code = (code or "").strip().upper()
    return code[:3], [code[i:i + 3] for i in range(3, len(code), 3)]


@dataclass
class Country:
    code: str
    name: str
    aliases: list[str] = field(default_factory=list)
    adjectives: list[str] = field(default_factory=list)
    plurals: list[str] = field(default_factory=list)
    capitals: list[str] = field(default_factory=list)
    ambiguous: list[str] = field(default_factory=list)  # surfaces that alone are not enough ("Georgia")
    region: bool = False

    @property
    def adjective(self) -> str:
        return self.adjectives[0] if self.adjectives else self.name


@dataclass
class Org:
    name: str
    aliases: list[str]
    code: str
    country: str
    sectors: list[str]
    type: str  # igo | ngo | seat | group
    case: str = "title"  # exact | title | any
    wikidata: str | None = None


@dataclass
class Role:
    code: str
    start: str
    end: str
    role: str

    @property
    def variants(self) -> list[str]:
        """The phrases of the office ("Senate minority leader|top Senate Democrat")."""
        return [v.strip() for v in self.role.split("|") if v.strip()]

    def holds_on(self, date: str | None) -> bool:
        if not date:
            return not self.end
        return (not self.start or self.start[: len(date)] <= date) and (
            not self.end or date < self.end or date.startswith(self.end))


@dataclass
class Person:
    name: str
    short: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    gender: str = ""
    roles: list[Role] = field(default_factory=list)

    def role_on(self, date: str | None) -> Role | None:
        """The role held on ``date`` (the latest begun, when several overlap)."""
        held = [r for r in self.roles if r.holds_on(date)]
        return max(held, key=lambda r: r.start or "") if held else None

    def code_on(self, date: str | None) -> tuple[str | None, list[str]]:
        """Country and sectors on ``date``: the role held then; a former holder is ELI."""
        role = self.role_on(date)
        if role is not None:
            country, sectors = split_code(role.code)
            if country in IGO_PREFIXES:  # an IGO official: its sectors, else its leadership (GOV)
                sectors = [s for s in sectors if s in CAMEO_SECTORS] or ["GOV"]
            return country, sectors
        if not self.roles:
            return None, []
        ended = [r for r in self.roles if date and r.end and date >= r.end]
        last = max(ended, key=lambda r: r.end) if ended else min(self.roles, key=lambda r: r.start or "")
        country, _ = split_code(last.code)
        if country in IGO_PREFIXES:  # an IGO official out of office: the home country if known
            home = [split_code(r.code)[0] for r in self.roles if split_code(r.code)[0] not in IGO_PREFIXES]
            country = home[0] if home else country
        return country, (["ELI"] if ended else [])


@dataclass
class Sector:
    term: str
    sectors: list[str]
    kind: str  # person | group | none
    gender: str = ""
    country: str = ""  # implied by the title itself ("Sen." in US press style)


@dataclass
class Knowledge:
    countries: dict[str, Country] = field(default_factory=dict)
    orgs: dict[str, Org] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    sectors: dict[str, Sector] = field(default_factory=dict)
    first_names: dict[str, str] = field(default_factory=dict)  # "John" -> "m"

    def place(self, code: str | None) -> Country | None:
        return self.countries.get(code or "")


def _split(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value if str(v).strip()]
    return [v.strip() for v in str(value).split("|") if v.strip()]


def _read_tsv(path: Path) -> tuple[str | None, list[dict]]:
    """Rows of a TSV file (``#`` lines are comments) and which kind of file it is."""
    with open(path, encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = list(reader)
    if not rows:
        return None, []
    header = [h.strip() for h in rows[0]]
    kind = next((k for k, cols in HEADERS.items() if tuple(header[: len(cols)]) == cols), None)
    out = []
    for row in rows[1:]:
        row = row + [""] * (len(header) - len(row))
        out.append({h: row[i].strip() for i, h in enumerate(header)})
    return kind, out


def _read_yaml(path: Path) -> dict[str, list[dict]]:
    import yaml

    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping with sections {', '.join(SECTIONS)}")
    unknown = set(data) - set(SECTIONS)
    if unknown:
        raise ValueError(f"{path}: unknown section(s) {', '.join(sorted(unknown))}; "
                         f"expected {', '.join(SECTIONS)}")
    return {k: list(v or []) for k, v in data.items()}


def _add_country(kb: Knowledge, row: dict, region: bool = False) -> None:
    code = str(row["code"]).strip().upper()
    kb.countries[code] = Country(
        code=code, name=str(row["name"]).strip(), aliases=_split(row.get("aliases")),
        adjectives=_split(row.get("adjectives")), plurals=_split(row.get("plurals")),
        capitals=_split(row.get("capitals")), ambiguous=_split(row.get("ambiguous")),
        region=region or bool(row.get("region")))


def _add_org(kb: Knowledge, row: dict) -> None:
    name = str(row["name"]).strip()
    code = str(row.get("code") or "").strip().upper()
    country = str(row.get("country") or code[:3]).strip().upper()
    sectors = _split(row.get("sectors")) if not isinstance(row.get("sectors"), str) else row["sectors"].split()
    kb.orgs[name] = Org(name=name, aliases=_split(row.get("aliases")), code=code, country=country,
                        sectors=[s.upper() for s in sectors], type=(row.get("type") or "group").strip(),
                        case=(row.get("case") or "title").strip(), wikidata=(row.get("wikidata") or None))


def _add_people(kb: Knowledge, rows: list[dict], replace: bool) -> None:
    seen: set[str] = set()
    for row in rows:
        name = str(row["name"]).strip()
        if replace and name not in seen:
            kb.people.pop(name, None)  # a user's rows for a person replace the built-in ones
        seen.add(name)
        person = kb.people.setdefault(name, Person(name=name))
        for attr in ("short", "aliases"):
            for v in _split(row.get(attr)):
                if v not in getattr(person, attr):
                    getattr(person, attr).append(v)
        if row.get("gender"):
            person.gender = str(row["gender"]).strip()
        if row.get("code"):
            person.roles.append(Role(code=str(row["code"]).strip().upper(), start=str(row.get("start") or ""),
                                     end=str(row.get("end") or ""), role=str(row.get("role") or "")))


def _add_sector(kb: Knowledge, row: dict) -> None:
    term = str(row["term"]).strip().lower()
    sectors = row.get("sectors") or ""
    sectors = sectors.split() if isinstance(sectors, str) else list(sectors)
    sectors = [] if sectors == ["-"] else [s.upper() for s in sectors]
    kind = (row.get("kind") or "group").strip()
    if sectors == [] and kind != "none":
        kind = "none"
    kb.sectors[term] = Sector(term=term, sectors=sectors, kind=kind, gender=(row.get("gender") or "").strip(),
                              country=(row.get("country") or "").strip().upper())


def _merge(kb: Knowledge, kind: str, rows: list[dict], user: bool) -> None:
    if kind in ("countries", "regions"):
        for row in rows:
            _add_country(kb, row, region=kind == "regions")
    elif kind == "orgs":
        for row in rows:
            _add_org(kb, row)
    elif kind == "people":
        _add_people(kb, rows, replace=user)
    elif kind == "sectors":
        for row in rows:
            _add_sector(kb, row)
    elif kind == "first_names":
        for row in rows:
            kb.first_names[str(row["name"]).strip()] = str(row.get("gender") or "").strip()


@functools.lru_cache(maxsize=8)
def load(user_files: tuple[str, ...] = ()) -> Knowledge:
    """The built-in knowledge merged with ``user_files`` (later files win)."""
    kb = Knowledge()
    for name in SECTIONS:
        _, rows = _read_tsv(DATA / f"{name}.tsv")
        _merge(kb, name, rows, user=False)
    for f in user_files:
        path = Path(f)
        if not path.exists():
            raise FileNotFoundError(f"actors file {f}: no such file")
        if path.suffix.lower() in (".yaml", ".yml"):
            for kind, rows in _read_yaml(path).items():
                _merge(kb, kind, rows, user=True)
        else:
            kind, rows = _read_tsv(path)
            if kind is None:
                raise ValueError(f"actors file {f}: header matches none of {', '.join(HEADERS)} "
                                 f"(see eventwire/actors/data/README.md)")
            _merge(kb, kind, rows, user=True)
    return kb
