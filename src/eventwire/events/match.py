"""Finding dictionary entries in a parsed sentence.

A verb entry matches a verb whose lemma is the entry's head when every other
word of the pattern is found among the verb's dependents (particles,
prepositions, objects and their modifiers, up to three links down); a noun
entry likewise on a noun and its modifiers.  The most specific entry (most
words) wins.  Words inside an actor's name ("Peace Corps") are not triggers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .evidence import never_trigger
from .lexicon import Entry, Lexicon
from .terms import lemma_fixes

VERBISH = ("VERB", "AUX")
NOUNISH = ("NOUN", "PROPN")
# Particles of phrasal verbs ("beat up", "pull out"): found only on the verb itself.
PARTICLES = frozenset("up down off out back away over in on through along apart".split())
# Named times and numbers are never events ("from March 1-8"); nor month names and proper
# nouns (``evidence.never_trigger``).
_NOT_EVENTS = frozenset(("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"))
# Clauses below another dictionary word belong to that word's event.
_CLAUSES = frozenset("acl relcl advcl ccomp xcomp pcomp csubj".split())
# Dependents that leave the head's own phrase.
_PHRASE_STOP = frozenset(
    "nsubj nsubjpass csubj csubjpass conj cc punct ccomp advcl mark relcl parataxis appos "
    "aux auxpass neg det expl".split())


@dataclass
class Trigger:
    tok: object
    entry: Entry
    matched: list = field(default_factory=list)  # tokens of the pattern's other words
    prep: object = None                          # the matched target preposition
    embedded: "Trigger | None" = None
    consumed: bool = False

    @property
    def tokens(self) -> set[int]:
        return {self.tok.i} | {t.i for t in self.matched}


def phrase(tok, depth: int = 4, is_head=None) -> list:
    """The head's dependents, breadth first, ``depth`` links down.  Below a
    word that is itself a dictionary head (``is_head``), not into its
    clauses: "rejected North Korea's demand to sever an alliance" does not
    reach "alliance" through "demand"."""
    out, level = [], [tok]
    for _ in range(depth):
        nxt = []
        for t in level:
            stop = t.i != tok.i and is_head is not None and is_head(t)
            for c in t.children:
                if c.dep_ in _PHRASE_STOP and not (stop and c.dep_ == "aux"):
                    continue
                if stop and c.dep_ in _CLAUSES:
                    continue
                nxt.append(c)
        out.extend(nxt)
        level = nxt
    return out


def _clause_marks(tok) -> list:
    """"calling for the United States to act": the "for" that opens the
    governed clause."""
    return [g for c in tok.children if c.dep_ in ("advcl", "ccomp", "xcomp")
            for g in c.children if g.dep_ == "mark"]


def _word_match(tok, word: str) -> bool:
    return tok.lower_ == word or tok.lemma_.lower() == word or lemma_fixes().get(tok.lower_) == word


def _attached(t, tok, matched, light) -> bool:
    """Prepositions and particles must hang off the head or another pattern
    word; a compound modifier counts only with its head ("war games" is no
    "war") or on a noun of no meaning of its own ("aid deliveries")."""
    if t.dep_ not in ("prep", "prt", "agent", "dative", "aux", "compound", "mark") \
            and t.lower_ not in PARTICLES:
        return True
    if t.dep_ == "mark":
        return t.head.head.i == tok.i
    if t.dep_ == "prep" and t.lower_ in PARTICLES and t.head.i == tok.i and t.i < tok.i:
        return False  # a particle follows its verb: "In 2008, the foundation gave" is no "give in"
    if t.head.i == tok.i or any(t.head.i == m.i for m in matched):
        return True
    return t.dep_ == "compound" and t.head.lemma_.lower() in light


def match_entry(entry: Entry, tok, near: list, used: set[int], light=frozenset()) -> Trigger | None:
    matched = []
    prep = None
    taken = set(used)
    for w in entry.words:
        for t in near:
            if t.i not in taken and _word_match(t, w):
                matched.append(t)
                taken.add(t.i)
                if w == entry.target_prep and t.dep_ in ("prep", "agent", "dative"):
                    prep = t
                break
        else:
            return None
    if not all(_attached(t, tok, matched, light) for t in matched):
        return None
    return Trigger(tok=tok, entry=entry, matched=matched, prep=prep)


def find_triggers(lex: Lexicon, sdoc, in_name) -> list[Trigger]:
    """Triggers of one sentence; ``in_name(tok)`` says a token is in an actor's name."""
    out: list[Trigger] = []
    used: set[int] = set()

    def is_head(t) -> bool:
        lemma = lemma_fixes().get(t.lower_) or t.lemma_.lower()
        return (t.pos_ in VERBISH and lemma in lex.verbs) or (t.pos_ in NOUNISH and lemma in lex.nouns)

    for kind, index, pos in (("verb", lex.verbs, VERBISH), ("noun", lex.nouns, NOUNISH)):
        for tok in sdoc:
            if tok.pos_ not in pos or tok.i in used:
                continue
            cands = index.get(lemma_fixes().get(tok.lower_, "")) \
                or index.get(tok.lemma_.lower()) or index.get(tok.lower_)  # "raped": lemma "rap"
            if not cands or in_name(tok) or tok.ent_type_ in _NOT_EVENTS or never_trigger(tok):
                continue
            near = phrase(tok, is_head=is_head) + _clause_marks(tok)
            for entry in cands:
                trig = match_entry(entry, tok, near, used | {tok.i}, lex.light_nouns)
                if trig is not None:
                    out.append(trig)
                    used |= trig.tokens
                    break
    out.sort(key=lambda t: t.tok.i)
    return out
