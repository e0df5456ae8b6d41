"""What an entry's reading needs around it (``data/evidence.yaml``).

A dictionary entry may say which evidence its reading needs (``needs:``, or the
default of its root, ``needs_by_root`` in ``frames.yaml``): one mechanism
decides, for every entry alike, whether the sentence gives it.

- ``material``: the reading is physical force: a weapon or instrument, casualties,
  an armed or security actor (a state as a whole counts as the doer), or a
  physical target or place struck, in the event's clause;
- ``protest``: a gathering against something (a cue word in the clause, or a
  protest group as the doer): "a campaign rally" is no demonstration;
- ``human``: the patient is a person or people ("killed two journalists", not
  "killed the bill").

An event with no doer ("two people were killed") needs material evidence other
than the harm itself, and natural harm in its clause without an instrument
("in a crash", "after the earthquake") makes it no event.
"""

from __future__ import annotations

import functools
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data" / "evidence.yaml"
_OBJECTS = ("dobj", "nsubjpass", "pobj", "dative", "attr", "oprd")


@functools.lru_cache(maxsize=1)
def table() -> dict:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8")) or {}
    mat, hum = data.get("material") or {}, data.get("human") or {}
    words = lambda d, k: frozenset(str(w).lower() for w in d.get(k) or [])  # noqa: E731
    return {"instruments": words(mat, "instruments"), "casualties": words(mat, "casualties"),
            "targets": words(mat, "targets"), "armed": frozenset(str(w) for w in mat.get("armed_sectors") or []),
            "states": bool(mat.get("states")), "people": words(hum, "people"),
            "pronouns": words(hum, "pronouns"), "natural": words(data, "natural_harm"),
            "protest": words(data.get("protest") or {}, "cues"),
            "protest_sectors": frozenset(str(w) for w in (data.get("protest") or {}).get("sectors") or [])}


# Clauses embedded in the event's clause tell of something else ("took aim at comments that Japan should
# defend itself", "attacked the claim that troops were sent"): their words are no evidence for it.
_EMBEDDED = frozenset({"ccomp", "csubj", "acl", "relcl", "parataxis"})  # not advcl: "marched, chanting slogans"


def _own_clause(v) -> list:
    out, todo = [], [v]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ not in _EMBEDDED)
    return sorted(out, key=lambda t: t.i)


def _lemma(t) -> str:
    return t.lemma_.lower()


class Evidence:
    """Evidence checks for one sentence: ``Evidence(sdoc, actors_by_id, places)``."""

    def __init__(self, sdoc, actors: dict[str, dict], person_ids: set[str], state_ids: set[str],
                 is_place=None, cover=None):
        self.sdoc, self.actors, self.persons, self.states = sdoc, actors, person_ids, state_ids
        self.cover = cover  # the actor whose mention covers a token
        self.is_place = is_place  # a token inside a place the where stage found
        self.t = table()

    def clause(self, tok) -> list:
        """The tokens of the event's clause: the nearest verb at or above the trigger and
        what it governs (a noun trigger with no verb: its own phrase)."""
        v = tok
        for _ in range(4):
            if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
                break
            v = v.head
        return _own_clause(v)

    def _armed(self, ids, as_source: bool) -> bool:
        for a in ids:
            actor = self.actors.get(a) or {}
            sectors = set(actor.get("sectors") or [])
            if sectors & self.t["armed"] and a not in self.persons:
                return True
            if as_source and self.t["states"] and a in self.states:
                return True  # "Russia attacked Ukraine": a state as a whole does the deed
        return False

    def material(self, trig_tokens: set[int], tok, source, target, harm_only: bool = False) -> bool:
        """``harm_only``: the casualties of the act itself do not count (an event with no doer)."""
        t = self.t
        for w in self.clause(tok):
            if w.i in trig_tokens:
                continue
            lemma = _lemma(w)
            if lemma in t["instruments"] or w.lower_ in t["instruments"]:
                return True
            if not harm_only and (lemma in t["casualties"] or w.lower_ in t["casualties"]):
                return True
            if w.dep_ in _OBJECTS and (lemma in t["targets"] or (self.is_place and self.is_place(w))):
                return True  # "stormed a checkpoint", "shelled Aleppo", "blockade Paris"
        return self._armed(source, True) or self._armed(target, False)

    def instrument(self, tok) -> bool:
        """The word is a weapon or a violent event: "a roadside bomb killed", "the blast wounded"."""
        return _lemma(tok) in self.t["instruments"] or tok.lower_ in self.t["instruments"]

    def human(self, tok, target) -> bool:
        t = self.t
        for w in self.clause(tok):
            if w.dep_ not in _OBJECTS or w.head.i not in (tok.i, *[c.i for c in tok.children]):
                continue
            if _lemma(w) in t["people"] or w.lower_ in t["pronouns"] or any(c.dep_ == "nummod" for c in w.children) \
                    or w.pos_ == "NUM" or (self.cover and self.cover(w) in self.persons):
                return True
        return False

    def protest(self, trig_tokens, tok, source) -> bool:
        """A gathering against something: a cue word in the clause, or a protest group as the doer."""
        if any(w.i not in trig_tokens and (_lemma(w) in self.t["protest"] or w.lower_ in self.t["protest"])
               for w in self.clause(tok)):
            return True
        return any(set((self.actors.get(a) or {}).get("sectors") or []) & self.t["protest_sectors"]
                   and a not in self.persons for a in source)

    def natural(self, tok) -> bool:
        """Natural harm told in the clause ("killed in a crash", "died in the flood")."""
        return any(_lemma(w) in self.t["natural"] or w.lower_ in self.t["natural"] for w in self.clause(tok))

    def holds(self, needs, trig_tokens, tok, source, target) -> bool:
        for kind in needs:
            if kind == "material" and self.material(trig_tokens, tok, source, target):
                return True
            if kind == "human" and self.human(tok, target):
                return True
            if kind == "protest" and self.protest(trig_tokens, tok, source):
                return True
        return not needs
