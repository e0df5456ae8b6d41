"""Negation and modality scope: whether the clause an event is told in asserts it.

A clause's own words decide first (``not``/``never``, also on its auxiliary:
"does not, and never will, accept"; a modal; "if"/"unless"; "no" on a noun of
the trigger: "makes no apologies").  Then what the clause depends on:

- a conjunct with no subject or auxiliary of its own shares its first conjunct's
  negation and modality ("didn't seek or receive", "will meet and sign"), unless
  a contrast joins them ("did not attack but threatened");
- a non-finite clause (an infinitive, a gerund after a preposition) is unrealised
  when the clause it depends on is ("would need to support", "By offering ..., Trump
  would show") or when its head is a word of talk, plan, wish or need
  (``scope.irrealis_heads``: "talking about deporting", "his plan to ban", "the only
  way to prevent", "needed an air campaign"), an adjective ("it is easy to criticize",
  "is likely to attack"),
  or it tells a purpose ("to share information");
- a yes/no question does not assert what it asks ("Is this what we accept now?");
- a noun event in the subject of a negated verb is not negated ("the investigation
  did not result in charges"); one with a possessive is presupposed whatever the clause
  around it ("unless it ends its occupation": the occupation is a fact, the ending is
  conditional).

What is no act at all (``not_an_act``): a standing position ("the programs she backs",
"voters who support him": ``scope.stance_entries``) and a mood adjective told alone
("Democrats were hopeful").  What a frame word's complement makes of it
(``complement``): a finite clause that is no act of the frame word's own doer is an
opinion ("agree that the economy is strong") or a comment ("warned that Russia is weak"),
not intent or a threat; a preposition may name another frame ("warned against").

The word lists are in ``frames.yaml`` (``scope:``).  Events of a head that is itself
a trigger are left to that trigger's frame (``frames.yaml``).
"""

from __future__ import annotations

from dataclasses import dataclass

from .match import NOUNISH, VERBISH

_SUBJECT = frozenset(("nsubj", "nsubjpass", "csubj", "csubjpass"))
_NONFINITE = frozenset(("xcomp", "pcomp", "advcl", "acl", "ccomp"))
_QUESTION_AUX = frozenset(("be", "do", "have"))
_PRESENT = frozenset(("VBZ", "VBP"))
# A verb with a tense of its own: a conjunct so told does not share the first one's negation.
_FINITE = frozenset(("VBD", "VBZ", "VBP"))
# What makes a mood adjective more than a mood: "hopeful that ...", "about", "to".
_COMPLEMENT_CLAUSE = frozenset(("ccomp", "xcomp", "prep", "advcl", "pcomp"))


@dataclass
class Mode:
    modal: bool = False        # future or volition: recodes cooperation as intent, force as threat
    negated: bool = False
    conditional: bool = False  # "if", "unless"
    irrealis: bool = False     # unrealised without a recode: "can", a question, a plan talked of

    @property
    def hypothetical(self) -> bool:
        return self.modal or self.conditional or self.irrealis


class Scope:
    def __init__(self, lex, trigger_at):
        cfg = lex.scope
        self.modal_aux = lex.modal_aux | {"wo", "'d"}
        self.irrealis_aux = frozenset(cfg.get("irrealis_auxiliaries", []))
        self.heads = frozenset(cfg.get("irrealis_heads", []))
        self.contrast = frozenset(cfg.get("contrast", []))
        self.adjectives = frozenset(cfg.get("irrealis_adjectives", []))
        self.negators = frozenset(cfg.get("negators", ["never"]))
        self.trigger_at = trigger_at
        self.frame_flags = cfg.get("frame_flags", {})
        self.shared_by = frozenset(cfg.get("negation_shared_by", []))
        self.stances = frozenset(cfg.get("stance_entries", []))
        self.mood_complement = bool(cfg.get("mood_needs_complement", False))
        self.clause_complement = cfg.get("clause_complement", {})
        self.prep_frames = cfg.get("preposition_frames", {})
        self.clause_outcome = cfg.get("clause_outcome", {})

    def is_trigger(self, tok) -> bool:
        return self.trigger_at(tok) is not None

    def frame_flag(self, tok) -> str | None:
        """What the frame of the trigger at ``tok`` makes of the act it governs, if it flags it
        ("wants to", "tried to": hypothetical; "failed to": negated; "plans to": hypothetical)."""
        trig = self.trigger_at(tok)
        if trig is None or trig.entry is None or not trig.entry.frame:
            return None
        return self.frame_flags.get(trig.entry.frame) or ("hypothetical" if trig.entry.code is None else None)

    # -- one clause's own words ------------------------------------------------
    def _negators(self, tok) -> bool:
        return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in self.negators) for c in tok.children)

    def own(self, verb) -> Mode:
        kids = list(verb.children)
        aux = [c for c in kids if c.dep_ in ("aux", "auxpass")]
        m = Mode()
        m.modal = any(_plain(c) in self.modal_aux for c in aux) or (
            verb.dep_ == "xcomp" and verb.head.lemma_ == "go" and verb.head.tag_ == "VBG")
        m.irrealis = any(_plain(c) in self.irrealis_aux for c in aux)
        m.negated = self._negators(verb) or any(self._negators(a) for a in aux) or self._negated_to(verb)
        m.conditional = any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in kids)
        return m

    def _negated_to(self, verb) -> bool:
        """"was careful not to criticize", "is not ready to meet": a negator just before the
        infinitive's "to" negates the infinitive, wherever the parser hangs it."""
        to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i), None)
        if to is None or to.i == 0:
            return False
        before = verb.doc[to.i - 1]
        return before.dep_ == "neg" or before.lower_ in self.negators

    # -- what the clause depends on -------------------------------------------
    def mode(self, verb, depth: int = 0) -> Mode:
        m = self.own(verb)
        if depth > 4 or verb.head.i == verb.i:
            return m
        head = verb.head
        has_subj = any(c.dep_ in _SUBJECT for c in verb.children)
        has_aux = any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in verb.children)
        if verb.dep_ == "conj" and not has_subj and not has_aux and head.pos_ in VERBISH:
            up = self.mode(head, depth + 1)
            contrast = any(c.dep_ in ("cc", "preconj") and c.lower_ in self.contrast
                           and head.i < c.i < verb.i for c in head.children)
            m.modal |= up.modal
            m.conditional |= up.conditional
            m.irrealis |= up.irrealis
            m.negated |= up.negated and not contrast and self._shares_negation(head, verb)
            return m
        m.irrealis |= self.unrealised(verb)
        participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"  # ", offering Cruz a slot": told as done
        if verb.dep_ in _NONFINITE and not has_subj and not m.modal and verb.tag_ in ("VB", "VBG") \
                and not participle:
            gov = self._governor(verb)
            flag = self.frame_flag(gov)
            if flag:  # a conjunct of the act a wish or a failure governs: "wants to end ... and dismantle"
                m.irrealis |= flag == "hypothetical"
                m.negated |= flag == "negated"
            elif gov.pos_ in VERBISH and not self.is_trigger(gov):
                up = self.mode(gov, depth + 1)
                m.irrealis |= up.hypothetical
                if verb.dep_ == "xcomp":  # "is not able to attend"
                    m.negated |= up.negated
        return m

    def _shares_negation(self, first, conj) -> bool:
        """"did not seek or receive aid", "did not meet Egypt and praise Israel", "failed to
        stop the war and praise Ukraine": the negation spans both; "never held office and spent
        years attacking": a second verb with a tense of its own is a clause of its own."""
        if any(c.dep_ in ("cc", "preconj") and c.lower_ in self.shared_by and first.i < c.i < conj.i
               for c in first.children):
            return True
        return conj.tag_ not in _FINITE

    @staticmethod
    def _governor(verb):
        """The word a non-finite clause depends on (through a preposition: "By offering")."""
        head = verb.head
        if verb.dep_ == "pcomp" and head.dep_ == "prep":
            return head.head
        return head

    def _to(self, verb) -> bool:
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)

    def unrealised(self, tok) -> bool:
        """An act talked of, planned, wished, needed or aimed at, not told as done."""
        dep = tok.dep_
        gov = self._governor(tok) if dep == "pcomp" else tok.head
        if dep == "pobj" and gov.dep_ == "prep":
            gov = gov.head
        if gov.i != tok.i and gov.lemma_.lower() in self.heads and not self.is_trigger(gov) \
                and dep in ("pcomp", "pobj", "xcomp", "acl", "dobj", "ccomp"):
            return True  # "talks about deporting", "his plan to ban", "needed an air campaign"
        if tok.pos_ in VERBISH and self._to(tok):
            if dep == "acl":
                return True  # "the only way to prevent", "enough delegates to capture"
            if dep == "advcl" and not any(c.dep_ in _SUBJECT for c in tok.children) \
                    and not any(c.dep_ == "prt" for c in tok.head.children):
                # a purpose: "spoke on condition of anonymity to share information"
                # (not "went on to criticize": a phrasal verb's "to" clause tells what followed)
                return True
            if dep in ("xcomp", "ccomp", "csubj", "advcl") and self._irrealis_adjective(tok.head):
                return True  # "It is easy to criticize", "Russia is likely to attack"
        return False

    def _irrealis_adjective(self, head) -> bool:
        """"it is easy (for X) to", "X is likely to": an adjective that does not tell the act
        was done; with a subject of its own ("Russia was quick to criticize") only the
        adjectives of ``scope.irrealis_adjectives``."""
        adj = head if head.pos_ == "ADJ" else next(
            (c for c in head.children if c.dep_ == "acomp" and c.pos_ == "ADJ"), None)
        if adj is None:
            return False
        cop = adj.head if adj.i != head.i or adj.dep_ == "acomp" else adj
        subj = next((c for c in cop.children if c.dep_ in ("nsubj", "expl")), None)
        return adj.lemma_.lower() in self.adjectives or subj is None or subj.lower_ in ("it", "this", "that")

    # -- what is no act, and what a frame word's complement makes of it -----------
    def not_an_act(self, trig, has_target: bool) -> bool:
        """A standing position or a mood told alone: no event."""
        return self._stance(trig, has_target) or self._mood_alone(trig)

    def _stance(self, trig, has_target: bool) -> bool:
        """"the programs she backs", "he is against the tax", "voters who support him",
        "leaders who may back any candidate"; not "backed Clinton on Tuesday", "is backing",
        nor a named actor's present support of another ("Rendell, who supports Clinton")."""
        tok = trig.tok
        if trig.entry.pattern not in self.stances or tok.pos_ not in VERBISH:
            return False
        aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        modal = any(_plain(c) in self.modal_aux or _plain(c) in self.irrealis_aux for c in aux)
        defining = tok.dep_ == "relcl" and _restrictive(tok)
        if defining and modal:
            return True  # a group defined by what it may do
        if has_target and not defining:
            return False  # support of a party told in the present: an endorsement
        finite = [tok] if tok.tag_ in _PRESENT else [c for c in aux if c.lemma_ in ("do", "be")
                                                      and c.tag_ in _PRESENT]
        if not finite or any(c.tag_ not in _PRESENT or c.lemma_ not in ("do", "be") for c in aux) \
                or tok.tag_ in ("VBG", "VBD"):
            return False  # past, perfect, progressive, future: told as done or to be done
        own = [t for c in tok.children if c.dep_ not in ("relcl", "ccomp", "advcl", "conj")
               for t in c.subtree]
        return not any(t.ent_type_ in ("DATE", "TIME") for t in own)

    def _mood_alone(self, trig) -> bool:
        """"Democrats were hopeful": a "be ADJ" entry with no complement (no that-clause,
        no "about", "of", "on", no "to" clause)."""
        entry = trig.entry
        if not self.mood_complement or entry.frame or entry.kind != "verb" or entry.head != "be" \
                or len(entry.words) != 1:
            return False
        adj = [t for t in (trig.tok, *trig.matched) if t.pos_ == "ADJ"]
        if not adj:
            return False
        holders = {adj[0].i: adj[0], adj[0].head.i: adj[0].head}
        return not any(c.dep_ in _COMPLEMENT_CLAUSE for h in holders.values() for c in h.children
                       if c.i != adj[0].i)

    def complement(self, trig):
        """What a frame word's complement makes of it: ``("clause", code or None)`` for a
        finite clause that is no act of the word's own doer ("agree that the economy is
        strong": an opinion; "warned that Russia is weak": 012); ``("frame", name)`` for an
        act after a preposition of ``preposition_frames`` ("warned against attacking": an
        appeal); None: the frame as usual."""
        frame, tok = trig.entry.frame, trig.tok
        if not frame:
            return None
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in self.prep_frames.get(frame, {}) \
                    and any(g.dep_ in ("pcomp", "pobj") for g in c.children):
                return ("frame", self.prep_frames[frame][c.lower_])
        if frame not in self.clause_complement or tok.pos_ not in VERBISH:
            return None
        for c in tok.children:
            if c.dep_ != "ccomp" or self._to(c):
                continue
            subj = next((g for g in c.children if g.dep_ in _SUBJECT or g.dep_ == "expl"), None)
            if subj is None and not any(g.dep_ == "mark" for g in c.children):
                continue
            doer = next((g for g in tok.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            own = subj is not None and (subj.tag_ == "PRP" or doer is not None and subj.lower_ == doer.lower_)
            act = any(self.is_trigger(t) for t in c.subtree)
            if own and act:
                return None  # "warned Ukraine it would attack", "agreed that they would meet"
            modal = any(g.dep_ == "aux" and (_plain(g) in self.modal_aux or _plain(g) in self.irrealis_aux)
                        for g in c.children)
            if frame in self.clause_outcome and modal:
                return ("clause", self.clause_outcome[frame])  # "warned that nobody can win without ..."
            if act and modal and frame not in self.clause_outcome:
                return None  # a course of action agreed or hoped for: "agreed that their countries should cooperate"
            return ("clause", self.clause_complement[frame])
        return None

    @staticmethod
    def presupposed(tok) -> bool:
        """"unless it ends its occupation", "did not condemn the annexation by Russia": a noun
        event with its doer told (a possessive, "by X") refers to an act that took place,
        whatever its clause says of it."""
        return tok.pos_ in NOUNISH and any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by"
                                           for c in tok.children)

    def question(self, tok) -> bool:
        """A yes/no question ("Is this what we accept now?", "Or have they received ...?")."""
        top = tok
        for _ in range(12):
            if top.head.i == top.i or top.dep_ in ("ccomp", "parataxis") and top.head.lemma_ != "be":
                break
            top = top.head
        span = list(top.subtree)
        if not any(t.text == "?" for t in span) and not (span[-1].i + 1 < len(tok.doc) and tok.doc[span[-1].i + 1].text == "?"):
            return False
        words = [t for t in span if not t.is_punct and t.dep_ not in ("cc", "intj") and t.lower_ not in ("so", "then")]
        if not words:
            return False
        first = words[0]
        return first.tag_ == "MD" or (first.lemma_ in _QUESTION_AUX and first.i < tok.i
                                      and first.tag_ in ("VBZ", "VBP", "VBD"))


def _restrictive(relcl) -> bool:
    """"voters who support him" (a group defined), not "Rendell, who supports Clinton"."""
    noun = relcl.head
    first = min(t.i for t in relcl.subtree)
    return noun.pos_ != "PROPN" and not (first > 0 and relcl.doc[first - 1].text == ",")


def _plain(tok) -> str:
    return tok.lower_.replace("\u2019", "'")  # "he’d", "we’ll"


def in_subject(tok, verb) -> bool:
    """The token is (inside) the subject of ``verb``."""
    t = tok
    for _ in range(6):
        if t.i == verb.i or t.head.i == t.i:
            return False
        if t.dep_ in _SUBJECT and t.head.i == verb.i:
            return True
        t = t.head
    return False


def no_det(tokens) -> bool:
    """"makes no apologies": a noun of the trigger with the determiner "no"."""
    return any(c.dep_ == "det" and c.lower_ == "no" for t in tokens if t.pos_ in NOUNISH for c in t.children)
