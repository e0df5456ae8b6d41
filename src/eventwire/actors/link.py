"""Article-level resolution: candidates of every sentence -> the record's actors.

* A person is keyed by the people file's name when known, else by the name as
  first written with its title ("Saudi prince Bandar"); later surname,
  first-name and full-name mentions join the person already in the article.
* A person's code: the people file's office on the article's date; else a
  title in the article ("Saudi prince Bandar" -> SAUGOV, "former Prime
  Minister X" -> ELI); else the file's last office (ELI: a former
  office-holder).
* Pronouns (he/him/his, she/her) join the nearest preceding person of a
  compatible gender, at most two sentences back; role nouns ("the minister",
  "Russia's foreign minister") the nearest person whose title contains the
  noun, else ("the Israeli leader") the latest person of that country and
  sector, else the country's sector actor.
* A surname alone that no earlier mention explains names a person of the
  people file only when plausible on the article's date (in office, or first
  office at most two years later; for surnames of three letters or fewer, in
  office) unless a title says so ("President Obama").
* Countries, capitals, seats and demonym phrases are keyed by their code
  ("RUSGOV"); organisations by name; capitals in locative phrases ("in
  Washington") are the city's civilians (CAMEO convention: CVL).  A one-word
  place that is the surname of a person already in the article is that
  person ("Jordan said"); a country named only ambiguously ("Georgia") is
  dropped unless the article also names it otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .cand import Cand
from .knowledge import IGO_PREFIXES, Knowledge, split_code
from .lexicon import norm

LABELS = {
    "GOV": "government", "MIL": "military", "REB": "rebels", "OPP": "opposition", "CVL": "civilians",
    "COP": "police", "JUD": "judiciary", "LEG": "legislature", "MED": "media", "BUS": "business",
    "REF": "refugees", "INS": "insurgents", "SPY": "intelligence", "PTY": "party", "EDU": "education", "HLH": "health",
    "LAB": "labour", "AGR": "agriculture", "CRM": "criminals", "REL": "clergy", "ELI": "elites",
    "HRI": "human rights activists", "ENV": "environmentalists", "SEP": "separatists",
    "RAD": "radicals", "UAF": "armed groups", "MOD": "moderates", "DEV": "development",
    "MNC": "multinationals",
}
PRONOUN_REACH = 2  # sentences back
ROLE_REACH = 5  # sentences back, for a role noun that names a country but no office


@dataclass
class PersonState:
    key: str
    name: str
    country: str | None
    sectors: list[str]
    gender: str = ""
    roles: set[str] = field(default_factory=set)
    words: tuple[str, ...] = ()
    code: str | None = None  # an IGO official's full code
    inferred: bool = False  # the country comes from the context, not from a title or table


class Linker:
    def __init__(self, kb: Knowledge, body: str, published: str | None):
        self.kb = kb
        self.body = body
        self.date = published
        self.actors: dict[str, dict] = {}
        self.persons: dict[str, PersonState] = {}
        self.history: list[tuple[int, str]] = []  # (sentence, person key) in mention order
        self.last_seen: dict[str, int] = {}  # person key -> position of its latest mention
        self.by_word: dict[str, set[str]] = {}  # first / last word of a name -> person keys
        self.spans: set[tuple[str, int, int]] = set()  # (actor id, start, end) already mentioned

    # -- actors --------------------------------------------------------------
    def _actor(self, key: str, name: str, country: str | None, sectors: list[str],
               code: str | None = None, wikidata: str | None = None) -> dict:
        a = self.actors.get(key)
        if a is None:
            a = {"id": f"a{len(self.actors) + 1}", "name": name, "code": code or _code(country, sectors),
                 "country": country, "sectors": list(sectors), "wikidata": wikidata, "mentions": []}
            self.actors[key] = a
        return a

    def _mention(self, actor: dict, c: Cand, sentence: int, base: int, kind: str) -> None:
        start, end = base + c.start, base + c.end
        if (actor["id"], start, end) in self.spans:
            return
        self.spans.add((actor["id"], start, end))
        actor["mentions"].append({
            "start": start, "end": end, "text": self.body[start:end], "sentence": sentence,
            "token": c.head, "kind": kind,
            "phrase": {"start": base + c.phrase[0], "end": base + c.phrase[1]} if c.phrase[1] else None,
            "_ambiguous": c.ambiguous,
            **({"country_inferred": True} if c.inferred else {}),
        })

    def collective(self, country: str | None, sectors: list[str], ethnic: str | None = None,
                   group: str | None = None) -> dict | None:
        if not country:
            return None
        place = self.kb.place(country)
        code = _code(country, sectors)
        if group:  # "the Clinton campaign", "House Democrats", "Memorial": an actor of its own
            return self._actor(f"{code}|{group}", group, country, sectors)
        if place is None:
            name = country
        elif not sectors:
            name = place.name
        else:
            name = f"{place.adjective} {LABELS.get(sectors[0], sectors[0])}"
        if ethnic:  # "ethnic Albanians" in Serbia: SRBCVL, apart from the other Serbian civilians
            group = self.kb.place(ethnic)
            name = f"ethnic {group.adjective if group else ethnic} {LABELS.get(sectors[0], sectors[0])} in " \
                   f"{place.name if place else country}"
            a = self._actor(f"{code}|{ethnic}", name, country, sectors[:1])
            a["ethnic"] = ethnic
            return a
        return self._actor(code, name, country, sectors[:1] if sectors else [])

    # -- persons -------------------------------------------------------------
    def _find_person(self, c: Cand) -> PersonState | None:
        words = tuple(norm(w) for w in (c.name or "").split())
        if c.person and c.person in self.persons:
            return self.persons[c.person]
        for p in self._recent(words):
            if not words or not p.words:
                continue
            if c.unknown and c.gender and p.gender and c.gender != p.gender:
                continue  # "Mrs. Schlafly" is not John Schlafly
            if words == p.words or (len(words) == 1 and words[0] == p.words[-1]):
                return p
            if len(p.words) == 1 and words[-1] == p.words[0] and not p.key in self.kb.people:
                # "Rep. Welch" then "Rep. Peter Welch": the fuller name wins
                p.words, p.name = words, c.name or p.name
                self._index(p)
                if p.key in self.actors:
                    self.actors[p.key]["name"] = p.name
                return p
        return None

    def _recent(self, words: tuple[str, ...]) -> list[PersonState]:
        """The persons whose name starts or ends with the first or last of ``words``,
        most recently mentioned first."""
        if not words:
            return []
        keys = self.by_word.get(words[0], set()) | self.by_word.get(words[-1], set())
        return sorted((self.persons[k] for k in keys), key=lambda p: self.last_seen.get(p.key, -1), reverse=True)

    def _index(self, p: PersonState) -> None:
        for w in p.words[:1] + p.words[-1:]:
            self.by_word.setdefault(w, set()).add(p.key)

    def person(self, c: Cand, sentence: int, base: int) -> None:
        p = self._find_person(c)
        if p is None and not c.person and c.candidates:
            names = c.candidates
            if c.titled and c.sectors and c.sectors[0] != "ELI":  # "Admiral Harris" is no senator Harris
                names = [n for n in names if any(c.sectors[0] in split_code(r.code)[1] or c.sectors[0] == "GOV"
                                                 for r in self.kb.people[n].roles)]
            c.person = self._pick(names, strict=not c.titled, short=len(c.name or "") <= 3) if names else None
            p = self.persons.get(c.person) if c.person else None
        if p is None:
            if c.person is None and not c.titled:
                return
            p = self._new_person(c)
            if p is None:
                return
        elif c.titled and c.sectors and (not p.sectors or p.country is None or p.inferred and c.country
                                         and not c.inferred):
            p.sectors = list(c.sectors)
            if p.inferred and c.country and not c.inferred:  # a title naming the country wins
                p.country, p.inferred = c.country, False
            p.country = p.country or c.country
        self._attach(p, c, sentence, base, "name")

    def _new_person(self, c: Cand) -> PersonState | None:
        known = self.kb.people.get(c.person) if c.person else None
        country, sectors = (known.code_on(self.date) if known else (None, []))
        gender = (known.gender if known else "") or c.gender or \
            (self.kb.first_names.get(c.name.split()[0], "") if c.name and " " in c.name else "")
        if c.titled and known and c.country and country and c.country != country and \
                c.country not in {r.code[:3] for r in known.roles}:
            c.titled = False  # "the Syrian refugee Obama wants": not his title
        active = known.role_on(self.date) if known else None
        if active is not None and len(active.code) <= 3:
            active = None  # a nationality alone ("Edward Snowden": USA) is no office
        if c.titled and (active is None or c.sectors == ["ELI"]):
            # the people file's role on the date wins over a title ("House leader Nancy Pelosi")
            sectors = list(c.sectors) or sectors
            country = c.country or country
        if not country and not sectors:
            return None
        name = known.name if known else (c.name or "")
        key = known.name if known else f"person:{name}"
        p = PersonState(key, name, country, sectors, gender, {c.role} if c.role else set(),
                        tuple(norm(w) for w in name.split()), code=c.code if c.titled else None,
                        inferred=c.inferred and not known)
        if known:
            role = known.role_on(self.date)
            if role:
                p.roles.update(v.lower() for v in role.variants)
                if p.code is None and country in IGO_PREFIXES:
                    p.code = role.code
        self.persons[key] = p
        self._index(p)
        return p

    def _pick(self, names: list[str], strict: bool = True, short: bool = False) -> str | None:
        """The person a surname alone names: one in office on the article's date, else the only
        one whose first office began at most two years after that date ("Trump" in 2015, not
        "Carney" in 2013); a title in the text ("President Obama") lifts the date check.  A surname of
        three letters or fewer ("Hu", "Abe", "Zhu") alone names only a person in office then."""
        names = [n for n in dict.fromkeys(names) if not strict or self._plausible(self.kb.people[n])]
        if strict and short:
            names = [n for n in names if self.kb.people[n].role_on(self.date)]
        if len(names) == 1:
            return names[0]
        active = [n for n in names if self.kb.people[n].role_on(self.date)]
        return active[0] if len(active) == 1 else None

    def _plausible(self, person) -> bool:
        starts = [r.start for r in person.roles if r.start]
        if not self.date or not starts or len(starts) < len(person.roles):
            return True
        return int(self.date[:4]) >= int(min(starts)[:4]) - 2

    def _attach(self, p: PersonState, c: Cand, sentence: int, base: int, kind: str) -> None:
        a = self._actor(p.key, p.name, p.country, p.sectors, code=p.code)
        if p.country and p.country != a["country"] and (a["country"] is None or not p.inferred):
            a.update(country=p.country, sectors=p.sectors[:], code=_code(p.country, p.sectors))
        a["_person_inferred"] = p.inferred
        self._mention(a, c, sentence, base, kind)
        self.last_seen[p.key] = len(self.history)
        self.history.append((sentence, p.key))

    def nameref(self, c: Cand, sentence: int, base: int) -> None:
        words = tuple(norm(w) for w in (c.name or "").split())
        if not words:
            return
        for p in self._recent(words):
            if words == p.words or (len(words) == 1 and len(p.words) > 1 and words[0] in (p.words[0], p.words[-1])):
                self._attach(p, c, sentence, base, "name")
                return

    def pronoun(self, c: Cand, sentence: int, base: int) -> None:
        for s, key in reversed(self.history):
            if sentence - s > PRONOUN_REACH:
                return
            p = self.persons[key]
            if not p.gender or p.gender == c.gender:
                p.gender = c.gender  # the first pronoun fixes an unknown gender
                self._attach(p, c, sentence, base, "pronoun")
                return

    def described(self, c: Cand, sentence: int, base: int) -> bool:
        """A description of a person by role (.described): the one holding it on the date, or the one of
        them already named in the article; else the words as the other rules read them."""
        held = list(dict.fromkeys(n for n, r in c.described if r.holds_on(self.date)))
        named = [n for n in held if n in self.persons]
        pick = named[0] if len(named) == 1 else held[0] if len(held) == 1 else None
        if pick is not None:
            c.person, c.name = pick, pick
            p = self.persons.get(pick) or self._new_person(c)
            if p is not None:
                self._attach(p, c, sentence, base, "role")
                return True
        for f in c.fallback:
            self.add(f, sentence, base)
        return bool(c.fallback) or not c.sectors

    def role(self, c: Cand, sentence: int, base: int) -> None:
        if (c.described or c.fallback) and self.described(c, sentence, base):
            return
        head = c.role.split()[-1] if c.role else ""
        for s, key in reversed(self.history):
            p = self.persons[key]
            if c.country and p.country and c.country != p.country and not c.inferred:
                continue
            if c.party and not self._same_party(c, p):
                continue
            if any(head in r.split() for r in p.roles):
                self._attach(p, c, sentence, base, "role")
                return
        if c.country:  # "the Israeli leader": the latest person of that country and sector
            for s, key in reversed(self.history):
                p = self.persons[key]
                if sentence - s <= ROLE_REACH and p.country == c.country and set(p.sectors) & set(c.sectors):
                    self._attach(p, c, sentence, base, "role")
                    return
        a = self.collective(c.country, c.sectors)
        if a is not None:
            self._mention(a, c, sentence, base, "role")

    def _same_party(self, c: Cand, p: PersonState) -> bool:
        """ "the Democratic nominee" is not the Republican one: the party's words in the person's roles."""
        o = self.kb.orgs.get(c.party)
        words = {norm(s) for s in ([o.name.split()[0], *o.aliases] if o else []) if " " not in s}
        return any(words & set(r.split()) for r in p.roles)

    # -- one candidate ---------------------------------------------------------
    def add(self, c: Cand, sentence: int, base: int) -> None:
        if c.kind in ("person", "surname"):
            self.person(c, sentence, base)
        elif c.kind == "nameref":
            self.nameref(c, sentence, base)
        elif c.kind == "pronoun":
            self.pronoun(c, sentence, base)
        elif c.kind == "role":
            self.role(c, sentence, base)
        elif c.kind == "org":
            o = self.kb.orgs[c.name]
            a = self._actor(f"org:{o.name}", o.name, o.country, o.sectors, code=o.code, wikidata=o.wikidata)
            self._mention(a, c, sentence, base, "name")
        elif c.kind == "city":
            a = self._actor(f"city:{c.name}", c.name, c.country, ["CVL"])
            self._mention(a, c, sentence, base, "name")
        else:
            last = norm(c.name) if c.name else ""
            if last and any(self.persons[k].words[-1:] == (last,) for k in self.by_word.get(last, ())):
                self.nameref(c, sentence, base)  # "Rep. Jim Jordan ... Jordan said"
                return
            a = self.collective(c.country, c.sectors, c.ethnic, c.group)
            if a is None and c.unknown and c.sectors:  # "the Lakeside Council", no country known: "GOV"
                a = self._actor(f"{c.sectors[0]}|{c.group}", c.group, None, c.sectors)
            if a is not None:
                self._mention(a, c, sentence, base, "role" if c.bare and not c.group else "name")

    def result(self) -> list[dict]:
        """The actors with mentions; a country named only ambiguously ("Georgia") is dropped."""
        confirmed = {a["country"] for a in self.actors.values()
                     if any(not m["_ambiguous"] for m in a["mentions"])}
        out = []
        for a in self.actors.values():
            mentions = [m for m in a["mentions"] if not m["_ambiguous"] or a["country"] in confirmed]
            for m in mentions:
                del m["_ambiguous"]
            if mentions:
                a["mentions"] = sorted(mentions, key=lambda m: m["start"])
                a["country_inferred"] = a.pop("_person_inferred", None) or \
                    all(m.get("country_inferred") for m in mentions)
                out.append(a)
        for n, a in enumerate(out):
            a["id"] = f"a{n + 1}"
        return out


def _code(country: str | None, sectors: list[str]) -> str:
    return (country or "") + (sectors[0] if sectors else "")
