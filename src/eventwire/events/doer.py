"""Who does the event a noun names ("criticism from business groups", "Russia's
investigation", "Russia launched an investigation"): one reading, :meth:`NounDoer.noun_doer`,
that the roles (``args``) and the ``agent`` evidence (``evidence``) both use.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .evidence import light_verb
from .match import NOUNISH, VERBISH, Trigger
from .roles import sector_of


@dataclass
class Doer:
    """An event noun's doer (:meth:`Arguments.noun_doer`)."""
    tok: object  # the noun whose phrase was read
    source: list[str] = field(default_factory=list)  # the doer's actors
    told: bool = False  # a doer is told: the ``agent`` evidence holds
    under: object = None  # the undergoing verb ("faced criticism"): its subject is the target
    verb: object = None  # the verb whose subject may be the doer ("Russia held talks")
    poss: object = None
    of: list[str] = field(default_factory=list)  # the "of" actors
    pair: list[str] = field(default_factory=list)  # "between X and Y"


class NounDoer:
    """Mixed into the sentence coder with :class:`~.args.Arguments` (``arg``, ``lex``, ``roles``,
    ``sent``, ``at``, ``_clause_subject_of``, ``_is_place``)."""

    def noun_doer(self, trig: Trigger) -> Doer:
        """Who does the event a noun names: the one walk the roles and the ``agent`` evidence
        (evidence.yaml) both read.  The noun's own phrase tells it: a possessive, "by X",
        "between X and Y", an actor as its modifier, an agentive "from X" ("criticism from
        business groups", "aid from Japan"; not for ``from_place_roots``: "withdrawal from
        Iraq"), "of X" for ``of_source`` nouns and under a verb the noun is undergone with
        ("won the endorsement of the union"); else the subject of a verb of doing it is the
        object of ("Russia launched an investigation").  A "from"/"of" doer must be a specific
        actor, and a generic population (``generic_doer_sectors``: "support from many voters")
        is none.  Under an undergoing verb (``undergoing_verbs``: faced, won, drew) the verb's
        subject is not the doer but the target (``under``).  Read once per trigger of the
        sentence: the roles and the evidence ask for the same noun."""
        key = (trig.tok.i, frozenset(trig.tokens), trig.entry.id)
        cache = self.__dict__.setdefault("_doers", {})
        if key not in cache:
            cache[key] = self._read_doer(trig)
        return cache[key]

    def _read_doer(self, trig: Trigger) -> Doer:
        tok, entry = trig.tok, trig.entry
        # "a mediation mission by X": the phrase of the noun it modifies; but "invasion forces from
        # Panama" are forces from somewhere: "from"/"of" name the doer only of a light noun's phrase
        agentive = True
        if tok.dep_ == "compound" and tok.head.pos_ in NOUNISH:
            agentive = tok.head.lemma_.lower() in self.lex.light_nouns
            tok = tok.head
        root = (entry.code or "")[:2]
        verb = tok.head
        if tok.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head
        object_like = tok.dep_ in ("dobj", "attr", "oprd", "pobj", "nsubjpass")
        # (a trigger itself or not: "received" is a visit only with a visitor for its object)
        under = verb if (object_like and verb.lemma_.lower() in self.lex.undergoing and verb.pos_ in VERBISH
                         and verb.i != tok.i) else None
        found = Doer(tok=tok, under=under)
        kids = [c for c in tok.children if c.i not in trig.tokens]
        for c in kids:
            if c.dep_ == "poss" and found.poss is None:
                found.poss = c
                if not self._generic(c, root):
                    found.source, found.told = self._specific(self.arg(c), root), True
        own = [(c.lower_, o) for c in kids if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
        if under is not None:  # "came under fire from rebels": the parser's "from" of the verb
            own += [(c.lower_, o) for c in under.children if c.dep_ in ("prep", "agent")
                    and c.lower_ in ("from", "by") for o in c.children if o.dep_ == "pobj"]
        for prep, o in own:
            if prep == "between":
                found.pair += [a for a in self.arg(o) if a not in found.pair]
            elif prep == "of":
                found.of = found.of or self.arg(o)
        if not found.of:
            found.of = next((f for c in kids if c.dep_ == "prep" and c.lower_ == "of"
                             for f in [self._clause_subject_of(c)] if f), [])
        doer_preps = ["by"] if root in self.lex.from_place_roots or not agentive else ["by", "from"]
        if agentive and (entry.of_source or (under is not None and found.poss is None)):
            doer_preps.append("of")
        for want in doer_preps:
            if found.source:
                break
            for prep, o in own:
                if prep != want or self._generic(o, root):
                    continue
                ids = self._specific(self.arg(o), root)
                if want == "by":
                    found.told = True  # "an inquiry by the committee": told, if not resolved
                if ids:
                    found.source, found.told = ids, True
                    break
        if len(found.pair) >= 2:
            found.told = True
        if not found.source:
            for c in kids:
                if c.dep_ in ("amod", "nmod", "compound"):
                    cover = self.roles.covering(self.sent, c)
                    aid = cover or (self.arg(c)[0] if c.dep_ == "amod" and self.arg(c) else None)
                    if aid and not (c.dep_ == "compound" and self._is_place(c)):
                        found.source.append(aid)
                    found.told = found.told or cover is not None
        if under is None and tok.dep_ in ("dobj", "attr", "oprd", "pobj", "nsubjpass") \
                and verb.pos_ in VERBISH and verb.i not in self.at:
            found.verb = verb  # its subject is the doer when the phrase names none
        if not found.told and under is None:
            found.told = light_verb(verb, tok)
        return found

    def doer_told(self, tok, tokens) -> bool:
        """The ``agent`` evidence of the trigger at ``tok`` with ``tokens``: its doer is told."""
        trig = next((t for t in getattr(self, "triggers", ()) if t.tok.i == tok.i and t.tokens == tokens),
                    self.at.get(tok.i))
        return trig is not None and self.noun_doer(trig).told

    def _generic(self, tok, root: str) -> bool:
        """A doer phrase that is a generic population ("many voters", "residents"): its actor, or
        with none the sector noun at its head, is of ``generic_doer_sectors`` and unidentified
        (roots coded with unnamed doers take it all the same: "arrests by police")."""
        aid = self.roles.covering(self.sent, tok)
        if aid is not None:
            return self._population(aid, root)
        return bool(set(sector_of(tok)) & self.lex.generic_doer_sectors)

    def _population(self, aid: str, root: str) -> bool:
        actor = self.roles.by_id.get(aid, {})
        return bool(actor.get("unidentified")) and not self.lex.unnamed_ok(root) \
            and bool(set(actor.get("sectors") or []) & self.lex.generic_doer_sectors)

    def _specific(self, ids: list[str], root: str) -> list[str]:
        return [a for a in ids if not self._population(a, root)]
