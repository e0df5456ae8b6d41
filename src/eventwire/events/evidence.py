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
  "killed the bill");
- ``actor``: the patient is an actor the actors stage found, or a person ("received the
  Chinese delegation", not "received Obama's endorsement");
- ``agent`` (every noun, ``needs_by_kind``): the noun's doer is told, as the events coder's
  roles read it (``args.noun_doer``, one walk for both): in its own phrase (a possessive, "by X",
  "between X and Y", an actor as its modifier, an agentive "from X", and under an undergoing
  verb "of X": "won the endorsement of the union"; a generic population is none), or it is the
  object of a verb of doing (``light_verbs``: "Russia launched an investigation"), not of any
  verb ("won support from many voters", "faces an investigation over Iran", "an investment");
- kinds of ``objects``: the patient is one of the kind's words ("signed a treaty", not "signed
  an open letter"; "gave $5 million", not "supplied ample reasons").

``a+b`` in a list of needs: both.

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
            "protest_sectors": frozenset(str(w) for w in (data.get("protest") or {}).get("sectors") or []),
            "light": words(data.get("agent") or {}, "light_verbs"),
            "objects": {k: frozenset(str(w).lower() for w in v or []) for k, v in (data.get("objects") or {}).items()},
            "by_kind": {str(k): str(v) for k, v in (data.get("needs_by_kind") or {}).items()},
            "never": words(data, "never_triggers"), "interrogatives": words(data, "interrogatives")}


def kinds() -> frozenset[str]:
    """The evidence kinds an entry may name in ``needs:``."""
    return frozenset(("material", "human", "protest", "actor", "agent", *table()["objects"]))


def needs_by_kind() -> dict[str, str]:
    """What every entry of a kind (verb, noun) needs besides its own needs."""
    return table()["by_kind"]


def never_trigger(tok) -> bool:
    """Month names ("in March") and capitalised proper nouns inside a sentence ("the
    Free Trade Agreement", "the March on Washington") are names, not events."""
    if tok.lower_ in table()["never"] and tok.text[:1].isupper():
        return True
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and not tok.is_upper and not tok.is_sent_start


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


@functools.lru_cache(maxsize=1)
def _frame_heads() -> frozenset[str]:
    from .lexicon import load  # the dictionary loads this module

    return frozenset(e.head for e in load().entries.values() if e.kind == "verb" and e.frame)


def light_verb(verb, tok) -> bool:
    """The noun ``tok`` is the object of a verb of doing (``light_verbs``: "Russia launched an
    investigation", with a preposition "X and Y are in talks"), or of a frame of the dictionary,
    whose own event it is ("called for a ban", "threatened sanctions"), or is the act a frame
    governs with any verb ("is prepared to have a discussion with me"); not of any verb
    ("received support from voters")."""
    if tok.dep_ not in ("dobj", "nsubjpass", "attr", "pobj", "xcomp"):
        return False
    light = table()["light"]
    if tok.dep_ == "pobj" and f"{_lemma(verb)} {tok.head.lower_}" in light:
        return True
    if _lemma(verb) in light or (verb.pos_ == "VERB" and _lemma(verb) in _frame_heads()):
        return True
    return verb.dep_ == "xcomp" and (_lemma(verb.head) in _frame_heads() or _lemma(verb.head.head) in _frame_heads())


class Evidence:
    """Evidence checks for one sentence: ``Evidence(sdoc, actors_by_id, places)``."""

    def __init__(self, sdoc, actors: dict[str, dict], person_ids: set[str], state_ids: set[str],
                 is_place=None, cover=None, doer=None):
        self.sdoc, self.actors, self.persons, self.states = sdoc, actors, person_ids, state_ids
        self.doer = doer  # whether a noun trigger's doer is told (the coder's ``noun_doer``)
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
        words = self._noun_phrase(tok) if tok.pos_ in ("NOUN", "PROPN") else self.clause(tok)
        if any(w.i not in trig_tokens and (_lemma(w) in self.t["protest"] or w.lower_ in self.t["protest"])
               for w in words):
            return True
        return any(set((self.actors.get(a) or {}).get("sectors") or []) & self.t["protest_sectors"]
                   and a not in self.persons for a in source)

    def _patients(self, tok, trig_tokens=()) -> list:
        """The trigger's objects: direct, and of the prepositions of its pattern ("stood by
        the president"), with their compound and conjoined nouns; not of any preposition
        ("received promises from Turkey" has no visitor)."""
        out = []
        noun = tok.pos_ in ("NOUN", "PROPN")  # a noun's prepositions are its arguments: "charges against X"
        heads = [tok] + [c for c in tok.children if c.i in trig_tokens or c.dep_ in ("prt", "dative")
                         or (noun and c.dep_ == "prep")]
        for h in heads:
            for c in h.children:
                if c.dep_ in _OBJECTS or (h.i != tok.i and c.dep_ == "pobj"):
                    out.append(c)
                    out.extend(g for g in c.children if g.dep_ in ("compound", "conj", "appos"))
        return [w for w in out if w.i not in trig_tokens]

    def actor(self, trig_tokens, tok) -> bool:
        """The patient is an actor the actors stage found, or a person."""
        t = self.t
        for w in self._patients(tok, trig_tokens):
            if (self.cover and self.cover(w) is not None) or _lemma(w) in t["people"] or w.lower_ in t["pronouns"]:
                return True
        return False

    def objects(self, kind, trig_tokens, tok) -> bool:
        """The patient is one of the words of the kind (``objects`` of evidence.yaml)."""
        words = self.t["objects"][kind]
        return any(_lemma(w) in words or w.lower_ in words or w.ent_type_ in words
                   for w in self._patients(tok, trig_tokens))

    def agent(self, trig_tokens, tok) -> bool:
        """A noun's doer is told: the events coder's one reading of it (``args.noun_doer``,
        given as ``doer``), which checks for a verb of doing with :func:`light_verb`."""
        if tok.pos_ not in ("NOUN", "PROPN"):
            return True
        return bool(self.doer and self.doer(tok, trig_tokens))

    def _noun_phrase(self, tok) -> list:
        """A noun trigger's own words (its subtree, without its clauses) and the purpose of the
        verb it is told with ("gathered for a rally to protest the law"), not that verb's other
        words ("assaulted a protester at one of his rallies")."""
        out = _own_clause(tok)
        v = tok
        for _ in range(3):
            if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
                break
            v = v.head
        if v.pos_ in ("VERB", "AUX"):
            out += [w for c in v.children if c.dep_ in ("advcl", "xcomp") for w in c.subtree]
        return out

    def asked(self, trig_tokens, tok) -> bool:
        """The act's patient is the interrogative word of an embedded question ("would not say
        who he would vote for", "asked which candidate she would back"): an act asked about,
        not told.  Not a relative clause: "the senator whom Russia sanctioned"."""
        if tok.dep_ == "relcl":
            return False
        wh = self.t["interrogatives"]
        return any(p.lower_ in wh or any(c.dep_ == "det" and c.lower_ in wh for c in p.children)
                   for p in self._patients(tok, trig_tokens))

    def natural(self, tok) -> bool:
        """Natural harm told in the clause ("killed in a crash", "died in the flood")."""
        return any(_lemma(w) in self.t["natural"] or w.lower_ in self.t["natural"] for w in self.clause(tok))

    def kind_holds(self, kind, trig_tokens, tok, source, target) -> bool:
        if kind == "material":
            return self.material(trig_tokens, tok, source, target)
        if kind == "human":
            return self.human(tok, target)
        if kind == "protest":
            return self.protest(trig_tokens, tok, source)
        if kind == "actor":
            return self.actor(trig_tokens, tok)
        if kind == "agent":
            return self.agent(trig_tokens, tok)
        if kind in self.t["objects"]:
            return self.objects(kind, trig_tokens, tok)
        raise ValueError(f"unknown evidence kind {kind!r} (evidence.yaml)")

    def holds(self, needs, trig_tokens, tok, source, target) -> bool:
        """Any of ``needs`` holds; a kind ``a+b`` holds when both do."""
        for kind in needs:
            if all(self.kind_holds(k, trig_tokens, tok, source, target) for k in kind.split("+")):
                return True
        return not needs
