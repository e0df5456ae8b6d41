"""The events coder: one sentence's parse -> events with actors and codes.

1. find the dictionary's triggers (``match``);
2. a frame trigger ("agreed to", "threatened to", "urged", "refused") takes
   the nearest trigger it governs and recodes it (``frames.yaml``); a modal
   or future ("would meet") recodes an event likewise and marks it
   hypothetical; "X said Y must ..." is a demand from X to Y;
3. source and target from the parse: subject -> source, object or the
   pattern's preposition -> target; passives; the controller of "to"-clauses
   and of "X's decision to ..."; nouns take their actors from possessives,
   "by", "between X and Y", nationality adjectives and light verbs ("held
   talks"); symmetric events split a compound subject.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .lexicon import Lexicon
from .match import NOUNISH, VERBISH, Trigger, find_triggers, phrase
from .roles import PRONOUNS, Roles

_EMBED_STOP = frozenset(
    "nsubj nsubjpass csubj conj cc punct advcl relcl mark appos parataxis aux auxpass neg det "
    "poss npadvmod".split())
_TARGET_PREPS = ("with", "against", "to", "toward", "towards", "at", "on", "into", "upon", "between", "from", "for")
_NOUN_TARGET_PREPS = ("with", "against", "on", "to", "toward", "towards", "at", "into", "upon", "for", "from")
# A noun event under these prepositions is a reason or a time, not news:
# "sanctions for its support of", "amid strained relations", "after the riots".
_BACKGROUND_PREPS = frozenset(
    "for over after amid amidst despite following during since before until because "
    "against on about regarding concerning".split()) - {"for"}
# Clauses that tell the purpose, condition or circumstance of another event.
_SUBORDINATE = frozenset(("advcl", "relcl", "acl"))
_COOPERATION = ("03", "04", "05", "06", "07", "08")
_CONDITIONAL = frozenset(("if", "unless"))


@dataclass
class Draft:
    """An event before it is written into the record."""
    trigger: Trigger
    code: str
    source: list[str]
    target: list[str]
    negated: bool = False
    hypothetical: bool = False
    rule: str = ""
    extra_tokens: list = field(default_factory=list)


class SentenceCoder:
    def __init__(self, lex: Lexicon, roles: Roles, sent: int, sdoc, in_name):
        self.lex, self.roles, self.sent, self.sdoc = lex, roles, sent, sdoc
        self.triggers = find_triggers(lex, sdoc, in_name)
        self.at = {t.tok.i: t for t in self.triggers}
        self.used = set().union(*(t.tokens for t in self.triggers)) if self.triggers else set()

    # -- structure ------------------------------------------------------------
    def _embedded(self, trig: Trigger) -> Trigger | None:
        own = trig.tokens
        level = [trig.tok]
        for _ in range(5):
            nxt = []
            for t in level:
                for c in t.children:
                    if c.dep_ in _EMBED_STOP and not _infinitive(c):
                        continue
                    found = self.at.get(c.i)
                    if found is not None and found is not trig and c.i not in own \
                            and not _same_clause_kind(found, trig):
                        return found
                    nxt.append(c)
            level = nxt
        return None

    def link(self) -> None:
        for trig in self.triggers:
            if trig.entry.frame:
                emb = self._embedded(trig)
                if emb is not None and not emb.consumed:
                    trig.embedded = emb
                    emb.consumed = True

    # -- modality -----------------------------------------------------------
    def _clause_of(self, tok):
        """The verb whose clause a token's event is told in (nouns: their verb)."""
        t = tok
        for _ in range(4):
            if t.pos_ in VERBISH or t.head.i == t.i:
                return t
            t = t.head
        return t

    def modality(self, tok) -> tuple[bool, bool, bool, str | None]:
        """(modal, negated, conditional, demand-frame) of the clause holding tok."""
        verb = self._clause_of(tok)
        kids = list(verb.children)
        modal = any(c.dep_ in ("aux", "auxpass") and c.lower_ in self.lex.modal_aux | {"wo", "'d"}
                    for c in kids)
        if verb.dep_ == "xcomp" and verb.head.lemma_ == "go" and verb.head.tag_ == "VBG":
            modal = True
        negated = any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in kids)
        if tok.i != verb.i:
            negated = negated or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
        conditional = any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL for c in kids)
        demand = None
        if verb.dep_ == "ccomp" and verb.head.lemma_ in self.lex.reporting:
            for c in kids:
                if c.dep_ == "aux" and c.lower_ in self.lex.demand_aux:
                    demand = "demand" if c.lower_ == "must" else "appeal"
        return modal, negated, conditional, demand

    # -- actors ---------------------------------------------------------------
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
            return self.subject(gov, depth + 1)
        if dep == "xcomp":
            if gov.lemma_.lower() in self.lex.object_control:
                for c in gov.children:
                    if c.dep_ == "dobj" and self.arg(c):
                        return c, False  # object control: "urged Israel to withdraw"
            return self.subject(gov, depth + 1)
        if dep in ("advcl", "acomp", "ccomp") and tok.tag_ in ("VBG", "VB", "VBN"):
            return self.subject(gov, depth + 1)
        if dep == "pcomp" and gov.dep_ in ("prep", "agent"):
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
            if tok.tag_ == "VBN":
                return None, False
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
            if c.dep_ in ("ccomp", "xcomp") or _infinitive(c):
                for s in c.children:
                    if s.dep_ in ("nsubj", "nsubjpass"):
                        return self.arg(s)
        return []

    def _agent(self, tok) -> list[str]:
        for c in tok.children:
            if c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return self.arg(p)
        return []

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
            source, target = self._agent(tok), source
        if not target:
            target = self.verb_target(trig, source)
        if entry.reverse:
            source, target = target, source
        return source, target

    def verb_target(self, trig: Trigger, source: list[str]) -> list[str]:
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
            found = new(self.roles.member(self.sent, o))
            if found:
                return found
        heads = [tok] + [m for m in trig.matched] + [c for c in tok.children if c.dep_ == "dobj"]
        found = new(self._prep_objects(heads, _TARGET_PREPS))
        if not found and trig.entry.code and trig.entry.code[:2] in self.lex.location_roots:
            found = new(self._prep_objects(heads, ("in",)))  # "demonstrated in Serbia"
        return found

    def noun_actors(self, trig: Trigger) -> tuple[list[str], list[str]]:
        tok, entry = trig.tok, trig.entry
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in self.lex.light_nouns:
            tok = tok.head  # "a mediation mission between X and Y"
        source: list[str] = []
        target: list[str] = []
        pair: list[str] = []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "between":
                pair = [a for o in c.children if o.dep_ == "pobj" for a in self.arg(o)]
        for c in tok.children:
            if c.dep_ == "poss":
                source = self.arg(c)
            elif c.dep_ == "prep" and c.lower_ == "by":
                source = source or [a for o in c.children if o.dep_ == "pobj" for a in self.arg(o)]
            elif c.dep_ == "prep" and c.lower_ == "of":
                found = [a for o in c.children if o.dep_ == "pobj" for a in self.arg(o)]
                if entry.of_source:
                    source = source or found
                else:
                    target = target or found
        if not source:
            for c in tok.children:
                if c.dep_ in ("amod", "nmod", "compound") and c.i not in trig.tokens:
                    aid = self.roles.covering(self.sent, c) or (
                        self.arg(c)[0] if c.dep_ == "amod" and self.arg(c) else None)
                    if aid and not (c.dep_ == "compound" and self._is_place(c)):
                        source.append(aid)
        target = target or self._prep_objects([tok] + trig.matched, _NOUN_TARGET_PREPS)
        if not source:
            verb = tok.head
            if tok.dep_ == "pobj" and verb.dep_ == "prep":
                verb = verb.head
            if tok.dep_ in ("dobj", "attr", "oprd", "pobj", "nsubjpass") and verb.pos_ in VERBISH \
                    and verb.i not in self.at:
                subj, passive = self.subject(verb)
                if subj is not None and not passive and subj.i != tok.i:
                    source = self.arg(subj)
                    target = target or self._prep_objects([verb], _NOUN_TARGET_PREPS)
        if len(pair) >= 2 and not source:
            return pair[:1], pair[1:]  # "talks between Iran and Iraq"
        if pair:
            target = pair  # "X's mediation between Y and Z"
        return source, target

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
    def draft(self, trig: Trigger, wrapper: Trigger | None = None) -> Draft | None:
        entry = trig.entry
        source, target = self.actors(trig)
        if wrapper is not None and self._clause_of(trig.tok).i == wrapper.tok.i:
            modal, negated, conditional, demand = False, False, False, None  # the wrapper's
        else:
            modal, negated, conditional, demand = self.modality(trig.tok)
        hypothetical = modal or conditional
        code = entry.code
        rule = entry.id
        symmetric = entry.symmetric
        emb = trig.embedded
        if entry.frame and emb is not None:
            inner = self.draft(emb, trig)
            if inner is None:
                inner_code, inner_src, inner_tgt, inner_neg = emb.entry.code, [], [], False
            else:
                inner_code, inner_src, inner_tgt, inner_neg = inner.code, inner.source, inner.target, inner.negated
            if inner_code is None:
                return None
            rule = f"{entry.id}+{inner.rule if inner else emb.entry.id}"
            symmetric = symmetric or emb.entry.symmetric
            if entry.frame in ("attempt", "fail"):
                code = inner_code
                hypothetical = hypothetical or entry.frame == "attempt"
                negated = negated or entry.frame == "fail" or inner_neg
            elif entry.frame == "intend" and inner_neg and inner_code[:2] in _COOPERATION:
                code = self.lex.recode("refuse", inner_code)  # "vowed not to return"
            else:
                code = self.lex.recode(entry.frame, inner_code)
                hypothetical = hypothetical or entry.code is None
            others = [a for a in inner_src if a not in source]
            if entry.frame in ("appeal", "demand", "refuse"):
                target = target or self._clause_subject(trig) or others or inner_tgt
            else:
                target = inner_tgt or target or others
        elif code is None:
            return None
        elif entry.frame in ("appeal", "demand", "refuse") and not target:
            target = self._clause_subject(trig)
        elif modal:
            code = self.lex.recode(self.lex.modal_frame, code)
        if negated and modal and code[:2] in _COOPERATION:
            code, negated = self.lex.recode("refuse", code), False  # "will not accept"
        if demand:
            subj, _ = self.subject(self._clause_of(trig.tok).head)
            reporter = self.arg(subj) if subj is not None else []
            if reporter:
                code = self.lex.recode(demand, code)
                source, target = reporter, [a for a in source if a not in reporter] or target
                rule = f"reporting.{demand}+{rule}"
        target = [a for a in target if a not in source]
        if symmetric and not target and len(source) >= 2:
            source, target = source[:1], source[1:]
        if not target and (code[:2] == "04" or entry.needs_target):
            return None  # a meeting needs someone to meet ("the cabinet met")
        return Draft(trigger=trig, code=code, source=source, target=target,
                     negated=negated, hypothetical=hypothetical, rule=rule)

    def must_clauses(self) -> list[Draft]:
        """"X said Y must do Z" where Z is no trigger: a demand from X to Y."""
        out = []
        for tok in self.sdoc:
            if tok.dep_ != "ccomp" or tok.head.lemma_ not in self.lex.reporting or tok.i in self.used:
                continue
            aux = [c for c in tok.children if c.dep_ == "aux" and c.lower_ in self.lex.demand_aux]
            if not aux or self._covers_trigger(tok):
                continue
            subj, _ = self.subject(tok.head)
            tsubj, _ = self.subject(tok)
            source = self.arg(subj) if subj is not None else []
            target = [a for a in (self.arg(tsubj) if tsubj is not None else []) if a not in source]
            if source and target:
                frame = "demand" if aux[0].lower_ == "must" else "appeal"
                code = self.lex.frames[frame]["*"]
                fake = Trigger(tok=aux[0], entry=None)  # type: ignore[arg-type]
                out.append(Draft(trigger=fake, code=code, source=source, target=target,
                                 rule=f"reporting.{frame}", extra_tokens=[tok]))
        return out

    def _background(self, trig: Trigger) -> bool:
        tok = trig.tok
        return tok.pos_ in NOUNISH and tok.dep_ == "pobj" and tok.head.lower_ in _BACKGROUND_PREPS

    def _covers_trigger(self, tok) -> bool:
        return any(t.i in self.at for t in tok.subtree if t.head.i == tok.i or t.i == tok.i) or \
            any(self.at.get(t.i) is not None for t in phrase(tok, 2))

    def code(self) -> list[Draft]:
        self.link()
        out = []
        for trig in self.triggers:
            if trig.consumed or self._background(trig):
                continue
            d = self.draft(trig)
            if d is not None and d.source:
                out.append(d)
        out.extend(self.must_clauses())
        return self._main_events(out)

    def _main_events(self, drafts: list[Draft]) -> list[Draft]:
        """Drop events told in a purpose, condition or relative clause of
        another event ("began a hunger strike to protest", "threatened to
        strike unless Israel rescinded", "the refugees who entered")."""
        anchors = {}
        for d in drafts:
            anchors[d.trigger.tok.i] = d
            anchors.setdefault(self._clause_of(d.trigger.tok).i, d)
        keep = []
        for d in drafts:
            tok, crossed, main, condition = d.trigger.tok, False, None, False
            for _ in range(12):
                if tok.head.i == tok.i:
                    break
                crossed = crossed or tok.dep_ in _SUBORDINATE
                condition = condition or any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL
                                             for c in tok.children)
                tok = tok.head
                other = anchors.get(tok.i)
                if crossed and other is not None and other is not d:
                    main = other
                    break
            if main is None:
                keep.append(d)
            elif not main.target:
                # The purpose or condition names whom the main event is aimed at:
                # "went on strike to demand reforms from the government",
                # "threatened to strike unless Israel rescinded".
                first, second = (d.source, d.target) if condition else (d.target, d.source)
                main.target = [a for a in (first or second) if a not in main.source]
        return keep


def is_pronoun(tok) -> bool:
    return tok.lower_ in PRONOUNS and tok.pos_ == "PRON"


def _same_clause_kind(inner: Trigger, outer: Trigger) -> bool:
    """"do not always agree ..., both of us agree that": one verb of a frame
    does not wrap another verb of the same frame."""
    return inner.entry.frame is not None and inner.entry.frame == outer.entry.frame \
        and inner.tok.pos_ in VERBISH and outer.tok.pos_ in VERBISH


def _infinitive(tok) -> bool:
    """"sworn to fight", "rejected calls ... to adopt": a "to" clause the
    parser attached as an adverbial clause."""
    return tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
