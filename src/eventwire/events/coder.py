"""The events coder: one sentence's parse -> events with actors and codes.

1. find the dictionary's triggers (``match``);
2. a frame trigger ("agreed to", "threatened to", "urged", "refused") takes
   the nearest trigger it governs and recodes it (``frames.yaml``); a modal
   or future ("would meet") recodes an event likewise and marks it
   hypothetical; "X said Y must ..." is a demand from X to Y;
3. source and target from the parse (``args``); symmetric events split a
   compound subject;
4. events told in a purpose, condition or relative clause of another event
   are not coded apart: they name the main event's target when it has none.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .args import Arguments, infinitive
from .evidence import Evidence
from .lexicon import Lexicon
from .match import NOUNISH, VERBISH, Trigger, find_triggers, phrase
from .roles import Roles
from .scope import Mode, Scope, in_subject, no_det

_EMBED_STOP = frozenset(
    "nsubj nsubjpass csubj conj cc punct advcl relcl mark appos parataxis aux auxpass neg det "
    "poss npadvmod".split())
# A noun event under these prepositions is a reason or a time, not news:
# "amid strained relations", "after the riots", "talks on the pullback".
_BACKGROUND_PREPS = frozenset(
    "over after amid amidst despite following during since before until because "
    "against on about regarding concerning".split())
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


class SentenceCoder(Arguments):
    def __init__(self, lex: Lexicon, roles: Roles, sent: int, sdoc, in_name):
        self.lex, self.roles, self.sent, self.sdoc = lex, roles, sent, sdoc
        self.ev = Evidence(sdoc, roles.by_id, roles.person_ids, roles.state_ids, self._is_place,
                           lambda t: roles.covering(sent, t), self.doer_told)
        self.triggers = find_triggers(lex, sdoc, in_name)
        self.at = {t.tok.i: t for t in self.triggers}
        self.used = set().union(*(t.tokens for t in self.triggers)) if self.triggers else set()
        self.scope = Scope(lex, lambda t: self.at.get(t.i))
        self.frame_flags = self.scope.frame_flags

    # -- structure ------------------------------------------------------------
    def _embedded(self, trig: Trigger) -> Trigger | None:
        own = trig.tokens
        level = [trig.tok]
        for _ in range(5):
            nxt = []
            for t in level:
                for c in t.children:
                    opened = any(m.head.i == c.i for m in trig.matched)  # "push for the US to support"
                    if c.dep_ in _EMBED_STOP and not (infinitive(c) or opened):
                        continue
                    if c.dep_ == "acl" and not any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
                        continue  # "East Jerusalem, captured by Israel": a modifier, not a complement
                    found = self.at.get(c.i)
                    if found is not None and found is not trig and c.i not in own \
                            and not _same_clause_kind(found, trig):
                        return found
                    nxt.append(c)
            level = nxt
        return None

    def link(self) -> None:
        for trig in self.triggers:
            if trig.entry.frame and (self.scope.complement(trig) or ("",))[0] != "clause":
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

    def modality(self, trig: Trigger) -> tuple[Mode, str | None]:
        """How the clause holding the trigger tells its event (``scope``), and the
        demand frame of "X said Y must ..."."""
        tok = trig.tok
        verb = self._clause_of(tok)
        m = self.scope.mode(verb) if tok.i == verb.i or not self.scope.presupposed(tok) else Mode()
        if tok.i != verb.i:
            m.irrealis |= self.scope.unrealised(tok)  # "needed an air campaign"
            if in_subject(tok, verb):
                m.negated = False  # "the investigation did not result in charges"
        m.negated |= no_det([tok, *trig.matched])
        m.irrealis |= self.scope.question(tok)
        demand = None
        if verb.dep_ == "ccomp" and verb.head.lemma_ in self.lex.reporting:
            for c in verb.children:
                if c.dep_ == "aux" and c.lower_ in self.lex.demand_aux:
                    demand = "demand" if c.lower_ == "must" else "appeal"
                    m.irrealis = False  # the demand is made
        return m, demand

    # -- actors ---------------------------------------------------------------
    def draft(self, trig: Trigger, wrapper: Trigger | None = None) -> Draft | None:
        entry = trig.entry
        source, target = self.actors(trig)
        if wrapper is not None and self._clause_of(trig.tok).i == wrapper.tok.i:
            mode, demand = Mode(), None  # the wrapper's
        else:
            mode, demand = self.modality(trig)
        modal, negated, hypothetical = mode.modal, mode.negated, mode.hypothetical
        code = entry.code
        rule = entry.id
        needs = self.lex.needs(entry) if code else ()
        if needs and not self.ev.holds(needs, trig.tokens, trig.tok, source, target):
            # "Trump attacked Clinton": no weapon, armed actor, casualties or place struck
            code, rule = entry.otherwise, f"{entry.id}/otherwise"
            if code is None and not entry.frame:
                return None
        symmetric = entry.symmetric
        emb = trig.embedded
        frame, via = entry.frame, (self.scope.complement(trig) or ("", None))
        if via[0] == "clause":  # "agree that the economy is strong": an opinion; "warned that": 012
            if via[1] is None:
                return None
            code, frame = via[1], None
        elif via[0] == "frame":  # "warned Ukraine against attacking Syria": an appeal to Ukraine
            if not target:
                return None
            frame = via[1]
            code = code and self.lex.recode(frame, code)  # "warned Ukraine against complacency": 020
        if frame and emb is not None:
            inner = self.draft(emb, trig)
            # a frame of the act itself ("tried to", "wants to", "failed to": ``frame_flags``) codes
            # it only in the reading its evidence allows ("tried to seize the high ground"); a frame
            # of words (a threat, a vow, a demand) codes the act told, whose evidence is not yet there
            acted = bool(self.frame_flags.get(entry.frame))
            if inner is None:
                inner_code, inner_src, inner_tgt, inner_neg = \
                    self._reading(emb) if acted else emb.entry.code, [], [], False
            else:
                inner_code, inner_src, inner_tgt, inner_neg = inner.code, inner.source, inner.target, inner.negated
            if inner_code is None:
                return None
            rule = f"{entry.id}+{inner.rule if inner else emb.entry.id}"
            symmetric = symmetric or emb.entry.symmetric
            flag = self.frame_flags.get(frame)
            if flag:  # "tried to", "wants to": hypothetical; "failed to", "has yet to": negated
                code = inner_code
                hypothetical = hypothetical or flag == "hypothetical"
                negated = negated or flag == "negated" or inner_neg
            elif frame == "intend" and inner_neg and inner_code[:2] in _COOPERATION:
                code = self.lex.recode("refuse", inner_code)  # "vowed not to return"
            else:
                code = self.lex.recode(frame, inner_code)
                # "plans to", and "promised to veto" (intent keeps a non-cooperative code): not done yet
                hypothetical = hypothetical or entry.code is None or (
                    frame == "intend" and code == inner_code and code[:2] not in _COOPERATION)
            others = [a for a in inner_src if a not in source]
            if via[0] == "frame":
                pass  # the one warned, only
            elif frame in ("appeal", "demand", "refuse"):
                target = target or self._clause_subject(trig) or others or inner_tgt
            else:
                target = inner_tgt or target or others
        elif code is None:
            return None
        elif entry.frame in ("appeal", "demand", "refuse") and not target:
            target = self._clause_subject(trig)
        elif modal and not negated:  # "will not destroy ISIL" is no threat
            code = self.lex.recode(self.lex.modal_frame, code)
        if negated and modal and code[:2] in _COOPERATION:
            code, negated = self.lex.recode("refuse", code), False  # "will not accept"
        if demand:
            subj, _ = self.subject(self._clause_of(trig.tok).head)
            reporter = self.arg(subj) if subj is not None else []
            if reporter:
                code = self.lex.recode(demand, code)
                negated = negated or self.scope.own(self._clause_of(trig.tok).head).negated
                source, target = reporter, [a for a in source if a not in reporter] or target
                rule = f"reporting.{demand}+{rule}"
        target = [a for a in target if a not in source]
        if symmetric and not target and len(source) >= 2:
            source, target = source[:1], source[1:]
        if not target and (code[:2] == "04" or (entry.needs_target and emb is None)
                           or (emb is not None and emb.entry.needs_target and self.frame_flags.get(entry.frame))):
            return None  # a meeting needs someone to meet ("the cabinet met")
        if entry.frame and emb is None and not target \
                and (entry.kind == "noun" or entry.frame in ("appeal", "demand")):
            return None  # "a fundraising call", "Sanders' appeal among millennials", "Trump asked"
        if hypothetical and any(self.ev.asked(t.tokens, t.tok) for t in (trig, emb) if t is not None):
            return None  # "would not say who he would vote for"
        return Draft(trigger=trig, code=code, source=source, target=target,
                     negated=negated, hypothetical=hypothetical, rule=rule)

    def _reading(self, trig: Trigger) -> str | None:
        """The code of a governed entry whose own draft failed: its code when the evidence its
        reading needs (its own ``needs:``, else its root's; not its kind's doer, which the
        frame's may give: "his call for a ban") is there, else its ``otherwise`` (None: no event)."""
        entry = trig.entry
        needs = self.lex.own_needs(entry)
        if not needs or not entry.code:
            return entry.code
        source, target = self.actors(trig)
        return entry.code if self.ev.holds(needs, trig.tokens, trig.tok, source, target) else entry.otherwise

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
                                 negated=self.scope.own(tok.head).negated,  # "never suggested X should"
                                 rule=f"reporting.{frame}", extra_tokens=[tok]))
        return out

    def _unnamed(self, d: Draft) -> bool:
        """An event told with no doer named ("dozens were detained", "a roadside bomb killed
        two soldiers"): coded with an empty source for the roots that allow it, when it is
        no natural harm and, for an act of harm, the clause shows force besides the harm
        itself.  A noun that is another trigger's argument is told by that trigger."""
        trig = d.trigger
        if trig.entry is None or not self.lex.unnamed_ok(d.code) or d.rule.endswith("/otherwise"):
            return False
        tok = trig.tok
        if tok.pos_ in NOUNISH and self._cause_of_death(tok):
            pass  # "a prisoner died due to torture": the noun is the told act
        elif tok.pos_ not in VERBISH or tok.dep_ in ("acl", "amod", "relcl"):
            return False  # background: "after two days of fighting", "weapons seized last year"
        if d.code.startswith("08") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return False  # a release in an infinitive is its controller's: "refused demands to release prisoners"
        subj, passive = self.subject(tok)
        anyone = subj is not None and not passive and self._anyone(subj)
        if subj is not None and not passive and not self.ev.instrument(subj) and not anyone:
            return False  # the doer is told but is no actor ("a terror group"): not "unnamed"
        anyone_needs = next((v for k, v in self.lex.anyone_needs.items() if d.code.startswith(k)), ())
        if anyone and anyone_needs and not self.ev.holds(anyone_needs, set(), tok, [], []):
            return False  # people gathering is no protest by itself: "fans gathered outside the stadium"
        needs = self.lex.needs(trig.entry)
        harm = any(k in kind.split("+") for kind in needs for k in ("material", "human"))
        if harm and not self.ev.material(trig.tokens, tok, d.source, d.target, harm_only=True):
            return False
        return not (needs and self.ev.natural(tok))

    def _cause_of_death(self, tok) -> bool:
        """A noun told as what a death came of ("died due to torture", "died as a result of
        the beatings", "succumbed to torture"): a preposition's object, a few links below a
        verb of ``unnamed_cause_heads`` (frames.yaml)."""
        t = tok
        for _ in range(4):
            if t.dep_ not in ("pobj", "prep", "pcomp", "amod", "advmod") or t.head.i == t.i:
                return False
            t = t.head
            if t.pos_ in VERBISH:
                return t.lemma_.lower() in self.lex.unnamed_cause_heads
        return False

    def _anyone(self, subj) -> bool:
        """A subject that names nobody in particular: a common noun for people or a group
        of them ("a Kansas woman", "hundreds of employees", "a group of asylum-seekers";
        ``unnamed_doers`` of frames.yaml, beside evidence.yaml's people), with no
        possessive and no actor of its own ("its employees", "Nokia workers")."""
        head = subj
        if head.lemma_.lower() in self.lex.unnamed_quantities:  # "hundreds of employees"
            head = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj"), head)
        if head.pos_ != "NOUN" or head.lemma_.lower() not in self.lex.unnamed_doers:
            return False
        return not any(t.dep_ == "poss" or self.roles.covering(self.sent, t) is not None
                       for t in subj.subtree)

    def responsibility_claims(self, drafts: list[Draft]) -> list[Draft]:
        """"The rebels claimed that they had attacked the base": a claim of an act of force
        done by the claimant is a claim of responsibility (``responsibility_claims`` of
        frames.yaml), from the claimant; the act itself stays coded."""
        rc = self.lex.responsibility_claims
        out = []
        for d in drafts:
            if not d.source or not any(d.code.startswith(r) for r in rc.get("roots", ())):
                continue
            verb = self._clause_of(d.trigger.tok)
            claim = verb.head
            if verb.dep_ != "ccomp" or claim.lemma_.lower() not in rc.get("verbs", ()) or d.negated:
                continue
            subj, _ = self.subject(claim)
            claimant = self.arg(subj) if subj is not None else []
            if not claimant or not set(d.source) <= set(claimant) or self.scope.own(claim).negated:
                continue  # "Kyiv claimed that Russia had shelled the town" is no claim of Russia's
            out.append(Draft(trigger=Trigger(tok=claim, entry=None),  # type: ignore[arg-type]
                             code=str(rc["code"]), source=claimant,
                             target=[a for a in d.target if a not in claimant],
                             rule=f"claim.responsibility+{d.rule}", extra_tokens=[d.trigger.tok]))
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
            if d is not None and self.scope.not_an_act(trig, bool(d.target)):
                continue  # a standing position ("the programs she backs"), a mood told alone
            if d is not None and (d.source or self._unnamed(d)):
                out.append(d)
        out.extend(self.must_clauses())
        out.extend(self.responsibility_claims(out))
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


def _same_clause_kind(inner: Trigger, outer: Trigger) -> bool:
    """"do not always agree ..., both of us agree that": one verb of a frame
    does not wrap another verb of the same frame."""
    return inner.entry.frame is not None and inner.entry.frame == outer.entry.frame \
        and inner.tok.pos_ in VERBISH and outer.tok.pos_ in VERBISH
