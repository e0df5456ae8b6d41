"""Who did what to whom in one sentence: source and target of a trigger.

Subject -> source, object or the pattern's preposition -> target; passives
("was attacked by"); the controller of "to"-clauses ("urged Israel to
withdraw", "X's decision to give"); nouns take their actors from
possessives, "by", "between X and Y", nationality adjectives and light verbs
("Russia held talks"; who does a noun's event is read in ``doer``).  Token-to-actor
lookups are in ``roles``.
"""

from __future__ import annotations

from .doer import NounDoer
from .lexicon import Lexicon
from .match import NOUNISH, VERBISH, Trigger
from .roles import PRONOUNS, Roles

_TARGET_PREPS = ("with", "against", "to", "toward", "towards", "at", "on", "into", "upon", "between", "from", "for")
# Prepositions whose clause ("into whether X ...") is about the clause's subject.
_ABOUT_PREPS = ("into", "on")
_NOUN_TARGET_PREPS = ("with", "against", "on", "to", "toward", "towards", "at", "into", "upon", "for", "from")


class Arguments(NounDoer):
    """Mixed into the sentence coder: needs ``lex``, ``roles``, ``sent`` and
    ``at`` (the sentence's triggers by token index)."""

    lex: Lexicon
    roles: Roles
    sent: int
    at: dict

    def arg(self, tok) -> list[str]:
        return self.roles.argument(self.sent, tok) if tok is not None else []

    def subject(self, tok, depth: int = 0):
        """(subject token, passive) of the clause headed by ``tok``."""
        if depth > 6:
            return None, False
        kids = list(tok.children)
        for c in kids:
            if c.dep_ in ("nsubj", "csubj"):
                return c, False
        for c in kids:
            if c.dep_ in ("nsubjpass", "csubjpass"):
                return c, True
        dep, gov = tok.dep_, tok.head
        if gov.i == tok.i:
            return None, False
        if dep == "conj" and gov.pos_ in VERBISH:
            subj, passive = self.subject(gov, depth + 1)
            # "he prevailed ... and was denounced by the Pope": a passive conjunct of its own
            own = any(c.dep_ in ("auxpass", "agent") for c in kids)
            return subj, passive or own
        if dep == "xcomp":
            if gov.lemma_.lower() in self.lex.object_control:
                for c in gov.children:
                    if c.dep_ == "dobj" and self.arg(c):
                        return c, False  # object control: "urged Israel to withdraw"
            return self.subject(gov, depth + 1)
        if dep in ("advcl", "acomp", "ccomp") and tok.tag_ in ("VBG", "VB", "VBN"):
            return self.subject(gov, depth + 1)
        if dep == "pcomp" and gov.dep_ in ("prep", "agent"):
            if gov.lower_ in ("for", "of") and gov.head.pos_ in VERBISH:
                for c in gov.head.children:  # "criticized Trump for insulting", "accused Iran of arming"
                    if c.dep_ == "dobj" and self.arg(c):
                        return c, False
            up = gov.head  # "sought to protect it ... by blocking": the nearest verb's subject
            while up.pos_ not in VERBISH and up.head.i != up.i:
                up = up.head
            return self.subject(up, depth + 1)
        if dep == "acl" and gov.pos_ in NOUNISH:
            for c in gov.children:
                if c.dep_ == "poss":
                    return c, False
            if tok.tag_ == "VBG":
                return gov, False  # "troops firing on protesters"
            if tok.tag_ == "VBN":  # "weapons seized last year": passive, the doer untold; but with
                # an object of its own the participle is active, misparsed ("The air force carried out
                # strikes" read as a noun modified by "carried")
                return (gov, False) if any(c.dep_ == "dobj" for c in tok.children) else (None, False)
            if gov.dep_ in ("dobj", "attr", "pobj") and gov.head.pos_ in VERBISH:
                return self.subject(gov.head, depth + 1)
            if gov.dep_ == "pobj":
                return self.subject(gov.head.head, depth + 1)
        if dep in ("prep", "agent"):
            return self.subject(gov, depth + 1)
        return None, False

    def _clause_subject(self, trig: Trigger) -> list[str]:
        """"demanded that Hamas renounce ...", "reiterated its demand that
        Israel ease ...": the governed clause's subject."""
        for c in (c for h in [trig.tok] + trig.matched for c in h.children):
            if c.dep_ in ("ccomp", "xcomp") or infinitive(c) or any(m.head.i == c.i for m in trig.matched):
                for s in c.children:
                    if s.dep_ in ("nsubj", "nsubjpass"):
                        # "complained that Clinton was favoured by party officials": the agent
                        return (s.dep_ == "nsubjpass" and self._agent(c)) or self.arg(s)
        return []

    def _agent(self, tok) -> list[str]:
        for c in tok.children:
            if c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return self.arg(p)
        return []

    def _passive_doer(self, trig: Trigger) -> list[str]:
        """The doer of a passive clause: its by-agent, else an actor another preposition names
        for the trigger's root (``passive_doer_preps``): "two million people were deported
        under the Obama administration", "Taiwan was threatened with Chinese intervention"."""
        found = self._agent(trig.tok)
        if found:
            return found
        root = (trig.entry.code or "")[:2]
        for c in trig.tok.children:
            roots = self.lex.passive_doer_preps.get(c.lower_) if c.dep_ == "prep" else None
            if roots and ("*" in roots or root in roots):
                for o in c.children:
                    if o.dep_ == "pobj":
                        found = self._modifier_actors(o)
                        if found:
                            return found
        return []

    def _modifier_actors(self, tok) -> list[str]:
        """Actors of a noun phrase by its head or its own modifiers (possessive, nationality
        adjective, compound): "the Obama administration", "Putin's rule", "Chinese
        intervention"; not actors further inside ("pressure from Washington")."""
        aid = self.roles.covering(self.sent, tok)
        if aid:
            return [aid]
        out: list[str] = []
        for c in tok.children:
            if c.dep_ in ("poss", "amod", "compound", "nmod"):
                out += [a for a in self.arg(c) if a not in out]
        return out

    def _pronoun_source(self, subj, source: list[str], named: list[str]) -> list[str]:
        """A pronoun doer is not the other party its own event names ("he criticized Trump",
        "their denunciation of Mr. Trump"): resolved again without that party."""
        if subj is None or subj.pos_ != "PRON" or subj.lower_ not in PRONOUNS \
                or not set(source) & set(named):
            return source
        return self.roles.pronoun(self.sent, subj, avoid=named)

    def _prep_objects(self, heads, preps) -> list[str]:
        for p in preps:
            for h in heads:
                for c in h.children:
                    if c.dep_ in ("prep", "dative") and c.lower_ == p:
                        for o in c.children:
                            if o.dep_ == "pobj":
                                found = self.arg(o)
                                if found:
                                    return found
                        if p in _ABOUT_PREPS:  # "an inquiry into whether Exxon misled investors"
                            found = self._clause_subject_of(c)
                            if found:
                                return found
        return []

    def verb_actors(self, trig: Trigger) -> tuple[list[str], list[str]]:
        tok, entry = trig.tok, trig.entry
        subj, passive = self.subject(tok)
        source = self.arg(subj) if subj is not None else []
        if subj is not None:  # "Sergei and I": parsed as two subjects
            for c in subj.head.children:
                if c.dep_ == subj.dep_ and c.i != subj.i:
                    source += [a for a in self.arg(c) if a not in source]
        target: list[str] = []
        if passive and tok.lemma_.lower() in self.lex.stative and not self._agent(tok):
            passive = False  # "Israel is opposed to", "Vietnam is committed to"
        if passive:
            source, target = self._passive_doer(trig), source
        elif subj is not None:
            if not source:  # "shells fired by Syrian troops hit", "raids by Russian jets killed"
                source = self._organisers(subj)
            if subj.pos_ == "PRON" and source:
                source = self._pronoun_source(subj, source, self.object_target(trig, []))
        if not target:
            target = self.verb_target(trig, source) or self._shared_object(tok, source)
        if not target and not entry.reverse and (entry.code or "")[:2] in self.lex.clause_target_roots:
            target = [a for a in self._clause_subject(trig) if a not in source]
        if entry.reverse:
            source, target = target, source
        return source, target

    def _shared_object(self, tok, source: list[str]) -> list[str]:
        """Verbs joined by "and" that share the object told after the last ("praised and
        defended the governor", "endorsed and has fundraised for Tim Canova", "criticizing -
        and even threatening to sue - his rivals"): a verb with no object of its own, right
        before the "and", takes its conjunct's object (or that of the conjunct's "to" clause)."""
        nxt = [t for t in tok.doc[tok.i + 1:tok.i + 3] if t.dep_ != "punct"]
        if not nxt or nxt[0].dep_ != "cc" or nxt[0].head.i != tok.i:
            return []
        if any(c.dep_ in ("dobj", "dative", "attr", "ccomp", "prep") for c in tok.children):
            return []
        for conj in (c for c in tok.children if c.dep_ == "conj" and c.pos_ in VERBISH):
            heads = [conj] + [x for x in conj.children if x.dep_ == "xcomp"]
            for h in heads:
                for c in h.children:
                    if c.dep_ in ("dobj", "dative"):
                        found = [a for a in self.arg(c) if a not in source]
                        if found:
                            return found
            found = [a for a in self._prep_objects(heads, _TARGET_PREPS) if a not in source]
            if found:
                return found
        return []

    def verb_target(self, trig: Trigger, source: list[str]) -> list[str]:
        """:meth:`object_target`, except that the source's own forces ("Syria offered its
        troops to Lebanon": a group whose country the actors stage inferred from the
        source's) are what is given, sent or moved: the recipient or the place ("its forces
        in Lebanon"), when named, is the target."""
        found = self.object_target(trig, source)
        if self._own(found, source):
            heads = [trig.tok] + list(trig.matched) + [c for c in trig.tok.children if c.dep_ == "dobj"]
            other = [a for a in self._prep_objects(heads, _TARGET_PREPS + ("in",))
                     if a not in source and not self._own([a], source)]
            if other:
                return other
        return found

    def object_target(self, trig: Trigger, source: list[str]) -> list[str]:
        """The object ("accused Israel of"), else the pattern's preposition
        ("imposed sanctions on Syria"), else the actors named in an object
        that is a pattern word ("rejected a U.S. request"), else the usual
        prepositions ("met with", "fired on")."""
        tok = trig.tok

        def new(found):
            return [a for a in found if a not in source]

        verbs = [tok] + [m for m in trig.matched if m.pos_ in VERBISH]
        objs = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "dative", "attr", "oprd")]
        for o in objs:
            if o.i not in trig.tokens and new(self.arg(o)):
                return new(self.arg(o))
        if trig.prep is not None:
            for o in trig.prep.children:
                if o.dep_ == "pobj" and new(self.arg(o)):
                    return new(self.arg(o))
        for o in objs + [m for m in trig.matched if m.pos_ in NOUNISH]:
            found = new(self.roles.member(self.sent, o) or self._organisers(o))
            if found:
                return found
        heads = [tok] + [m for m in trig.matched] + [c for c in tok.children if c.dep_ == "dobj"]
        found = new(self._prep_objects(heads, _TARGET_PREPS))
        if not found and trig.entry.code and trig.entry.code[:2] in self.lex.location_roots:
            found = new(self._prep_objects(heads, ("in",)))  # "demonstrated in Serbia"
        if not found:  # "mobilized reservists for a possible war against Iraq"
            inner = [o for h in heads for c in h.children if c.dep_ == "prep" for o in c.children
                     if o.dep_ == "pobj"] + [h for h in heads if h.dep_ == "dobj"]
            found = new(self._prep_objects(inner, ("against",)))
        return found

    def _organisers(self, obj) -> list[str]:
        """ "prevented the demonstration staged by students", "banned rallies by the opposition":
        an object that is itself an event names its agents with "by" (or "staged/organised by")."""
        for c in obj.children:
            if c.dep_ == "prep" and c.lower_ == "by":
                return [a for o in c.children if o.dep_ == "pobj" for a in self.arg(o)]
            if c.dep_ == "acl":
                found = self._agent(c)
                if found:
                    return found
        return []

    def _own(self, found: list[str], source: list[str]) -> bool:
        """All of ``found`` are groups whose country the actors stage inferred from
        the context and which share a source's country ("its troops")."""
        by_id = {a["id"]: a for a in self.roles.doc.article.actors}
        countries = {by_id[a].get("country") for a in source if a in by_id}
        return bool(found) and all(by_id.get(a, {}).get("country_inferred") and
                                   by_id[a].get("country") in countries for a in found)

    def noun_actors(self, trig: Trigger) -> tuple[list[str], list[str]]:
        entry = trig.entry
        doer = self.noun_doer(trig)
        source, pair, poss = list(doer.source), doer.pair, doer.poss
        target: list[str] = []
        if not entry.of_source and doer.under is None:
            target = list(doer.of)  # "Israel's investigation of Hamas"
        tok = doer.tok
        if poss is not None and target:
            source = self._pronoun_source(poss, source, target)
        elif poss is not None and source and all(a in self.roles.persons for a in source) \
                and (entry.code or "").startswith(self.lex.patient_possessor):
            # "Navalny's arrest by police", "his detention": the doer is the "by" object or untold
            return [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"
                    for o in c.children if o.dep_ == "pobj" for a in self.arg(o)], source
        if doer.under is not None:  # "Obama faced criticism from Republicans": the subject undergoes it
            subj, passive = self.subject(doer.under)
            if subj is not None and not passive and subj.i != tok.i:
                undergoer = self.arg(subj)
                return [a for a in source if a not in undergoer], undergoer
        target = target or self._prep_objects([tok] + trig.matched, _NOUN_TARGET_PREPS)
        if not target and (entry.code or "")[:2] in self.lex.clause_target_roots:
            target = [a for a in self._clause_subject(trig) if a not in source]  # "complaints that X ..."
        if not source and doer.verb is not None:  # "Russia held talks", "the rebels staged a protest"
            subj, passive = self.subject(doer.verb)
            if subj is not None and not passive and subj.i != tok.i:
                source = self.arg(subj)
                target = target or self._prep_objects([doer.verb], _NOUN_TARGET_PREPS)
                source = self._pronoun_source(subj, source, target)
        if len(pair) >= 2 and not source:
            return pair[:1], pair[1:]  # "talks between Iran and Iraq"
        if pair:
            target = pair  # "X's mediation between Y and Z"
        return source, target

    def _clause_subject_of(self, prep) -> list[str]:
        for o in prep.children:
            if o.dep_ == "pcomp":
                for s in o.children:
                    if s.dep_ in ("nsubj", "nsubjpass"):
                        return self.arg(s)
        return []

    def _is_place(self, tok) -> bool:
        art = self.roles.doc.article
        off = art.sentences[self.sent]["start"] + tok.idx
        for p in art.places:
            for m in p.get("mentions", []):
                if m["start"] <= off < m["end"]:
                    return True
        return False

    def actors(self, trig: Trigger):
        if trig.tok.pos_ in NOUNISH:
            return self.noun_actors(trig)
        return self.verb_actors(trig)

    # -- codes ----------------------------------------------------------------


def infinitive(tok) -> bool:
    """"sworn to fight", "rejected calls ... to adopt": a "to" clause the
    parser attached as an adverbial clause."""
    return tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
