"""Attribution cues in one sentence: who said it, the cue words, what was said.

From the dependency parse when the sentence has one (:func:`parse_cues`),
else from rules on the text (:func:`text_cues`, in ``textcues``).  A cue is
a speech verb (``said``, ``told reporters``, ``added``) with its subject as
speaker and its clausal complement as content, or ``according to X``.
Offsets in a :class:`Cue` are body offsets.
"""

from __future__ import annotations

from dataclasses import dataclass

from .bounds import conjoined_infinitives, cut_trailing_comment, second_part
from .lexicon import Lexicon
from .nouncues import noun_reports

_SUBJ = {"nsubj", "nsubjpass"}
_CONTENT_DEPS = {"ccomp"}
_OBJECT_DEPS = {"dobj", "xcomp", "oprd"}
_CONTENT_PREPS = {"for", "about", "of", "on", "against", "as"}
_CUT_DEPS = {"relcl", "appos", "acl", "punct", "advcl", "parataxis"}
_RELATIVE = {"who", "which", "that"}
_TRIM = " \t\n,.;:—–-\"“”‘’'«»()"


@dataclass
class Cue:
    cue: tuple[int, int]
    speaker: tuple[int, int] | None
    content: tuple[int, int] | None
    sentence: int
    kind: str = "verb"  # verb | stance | according | dash
    verb_i: int | None = None  # token index of the cue verb in its sentence
    lemma: str | None = None  # the cue verb's lemma (parsed sentences)
    parts: list | None = None  # the content's pieces when the attribution stands inside it


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past blanks, punctuation and quote marks at both ends."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _noun_phrase(tok) -> tuple[int, int]:
    """Token range [i, j) of a speaker noun phrase, cut before commas and clauses."""
    left = tok.left_edge.i
    right = tok.i
    for child in tok.rights:
        if child.dep_ in _CUT_DEPS:
            break
        right = max(right, child.right_edge.i)
    # cut at a comma inside the left part too ("Lavrov, the minister" keeps Lavrov)
    for t in tok.doc[left:tok.i]:
        if t.text == "," and t.i < tok.i:
            left = t.i + 1
    return left, right + 1


def _speaker_token(verb):
    """The subject standing for the speaker of ``verb`` (following conj/xcomp/advcl heads)."""
    seen = 0
    v = verb
    while v is not None and seen < 4:
        for child in v.children:
            if child.dep_ == "agent":  # "was announced by the ministry": the agent speaks
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
        for child in v.children:
            if child.dep_ == "nsubjpass" and v is verb:
                return None  # "interviews are requested": what is asked for is no speaker
            if child.dep_ in _SUBJ:
                if child.lower_ in _RELATIVE and v.dep_ == "relcl":
                    return v.head
                return child
        if v.dep_ in ("conj", "xcomp", "advcl", "acl") and v.head is not v:
            v = v.head
            seen += 1
            continue
        if v.dep_ == "relcl":
            return v.head
        return None
    return None


def _name_before(sent, verb):
    """The name written right before a finite cue verb that the parser left without a
    subject, hanging the name on an opening phrase (``Tuesday in Boston, former
    president Bill Clinton said …``; ``… convention Sen. Jane Roe (D-MA) said``):
    a proper noun ending just before the verb, or before a parenthesis there."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in _SUBJ | {"agent"} for c in verb.children):
        return None
    k = verb.i - 1
    if k >= 0 and sent[k].text == ")":
        while k >= 0 and sent[k].text != "(":
            k -= 1
        k -= 1
    if k < 0 or sent[k].pos_ != "PROPN" or sent[k].dep_ not in ("appos", "compound", "npadvmod", "pobj", "conj"):
        return None
    return sent[k]


def _cut_next_report(sent, clause, i: int, j: int, lex: Lexicon) -> int:
    """End of a reported clause before the speaker's next report written into it:
    "said he would order a review and warned against hackers", "said the plan failed,
    arguing that …" (a speech or stance verb with no subject of its own, conjoined or a
    participle after a comma, which the parse may hang inside the clause)."""
    verbs = lex.speech_verbs | lex.stance_verbs
    for t in sent[i:j]:
        if t.i <= clause.i or t.pos_ != "VERB" or t.lemma_.lower() not in verbs \
                or any(c.dep_ in _SUBJ for c in t.children):
            continue
        prev = sent[t.i - 1]
        if t.dep_ == "conj" and prev.lower_ in ("and", "but") and prev.dep_ == "cc":
            return _before_punct(sent, prev.i, i)
        if t.dep_ in ("advcl", "conj", "xcomp") and t.tag_ == "VBG" and prev.text in (",", "--", "—"):
            return _before_punct(sent, prev.i, i)
    return j


def _before_punct(sent, k: int, i: int) -> int:
    while k > i and sent[k - 1].is_punct:
        k -= 1
    return k


def _clause_after(verb):
    """A finite clause right of ``verb`` with its own subject, attached as advcl/parataxis."""
    for child in verb.rights:
        if child.dep_ in ("advcl", "parataxis") and child.pos_ in ("VERB", "AUX") \
                and any(c.dep_ in _SUBJ for c in child.children) \
                and not any(c.dep_ == "mark" and c.lower_ not in ("that",) for c in child.children):
            return child
    return None


def _subtree_range(tok, exclude=None) -> tuple[int, int]:
    toks = [t.i for t in tok.subtree if exclude is None or not (exclude.left_edge.i <= t.i <= exclude.right_edge.i)]
    return min(toks), max(toks) + 1


def _char(doc, base: int, i: int, j: int) -> tuple[int, int]:
    """Body offsets of tokens [i, j) of a sentence starting at ``base``."""
    start = doc[i].idx
    last = doc[j - 1]
    return base + start, base + last.idx + len(last.text)


def _cue_range(verb, lex: Lexicon) -> tuple[int, int]:
    i = j = verb.i
    for child in verb.rights:
        if child.dep_ == "prt":  # pointed out
            j = max(j, child.i)
        elif child.dep_ in ("dobj", "dative") and child.lower_ in lex.audience_nouns and child.i == j + 1:
            j = child.i  # told reporters
    return i, j + 1


_FORMS: dict = {}  # id(lexicon) -> (lexicon, {form: verb})


def _forms(lex: Lexicon) -> dict:
    got = _FORMS.get(id(lex))
    if got is None or got[0] is not lex:
        got = _FORMS[id(lex)] = (lex, dict(lex.verb_forms))
    return got[1]


def parse_cues(sent, base: int, body: str, sentence: int, lex: Lexicon) -> list[Cue]:
    """Cues of one parsed sentence (``sent`` is its spaCy Doc, ``base`` its body offset)."""
    out: list[Cue] = []
    for tok in sent:
        low = tok.lower_
        if low == "according" and tok.i + 1 < len(sent) and sent[tok.i + 1].lower_ == "to":
            cue = _according(sent, tok, base, body, sentence)
            if cue:
                out.append(cue)
            continue
        lemma = tok.lemma_.lower()
        if lemma not in lex.speech_verbs and lemma not in lex.stance_verbs:
            lemma = _forms(lex).get(low, lemma)  # the lemmatiser's slip: "hopes" -> "hop"
        speech, stance = lemma in lex.speech_verbs, lemma in lex.stance_verbs
        if tok.pos_ not in ("VERB", "AUX") or not (speech or stance):
            continue
        subj = _speaker_token(tok)
        if subj is None and speech:
            subj = _name_before(sent, tok)
        content, parts = None, None
        comp = [c for c in tok.children if c.dep_ in _CONTENT_DEPS]
        via = "clause"
        if comp:
            # the clause after the verb ("X said they ..."), else the one before ("..., X said")
            right = [c for c in comp if c.i > tok.i]
            c = right[0] if right else comp[-1]
            i, j = _subtree_range(c)
            # leave out a complementiser "that"
            if sent[i].lower_ == "that" and sent[i].dep_ == "mark":
                i += 1
            if c.i > tok.i:
                j = _cut_next_report(sent, c, i, j, lex)
            j = cut_trailing_comment(sent, i, j)
            content = trim(body, *_char(sent, base, i, j))
            if c.i < tok.i and (more := second_part(sent, tok, _cue_range(tok, lex)[1])) is not None:
                parts = [content, trim(body, *_char(sent, base, *more))]
        elif speech and tok.dep_ in ("parataxis", "ccomp") and tok.head is not tok \
                and any(c.dep_ in _SUBJ for c in tok.children) \
                and tok.head.lemma_.lower() not in lex.speech_verbs | lex.stance_verbs:
            # "The plan will fail, he said." parsed with the main verb as head
            i, j = _subtree_range(tok.head, exclude=tok)
            content = trim(body, *_char(sent, base, i, j))
            if i < tok.left_edge.i and tok.right_edge.i + 1 < j:  # "Exports fell, it said, but imports held"
                k = tok.right_edge.i + 1
                while k < j and (sent[k].is_punct or sent[k].lower_ in ("and", "but")):
                    k += 1
                if k < j:
                    parts = [trim(body, *_char(sent, base, i, tok.left_edge.i)), trim(body, *_char(sent, base, k, j))]
        elif speech and (clause := _clause_after(tok)) is not None:
            # "Trump said after the convention he would not accept …": the
            # reported clause parsed as an adverbial clause
            i, j = _subtree_range(clause)
            if sent[i].lower_ == "that" and sent[i].dep_ == "mark":
                i += 1
            content = trim(body, *_char(sent, base, i, j))
        elif lemma in lex.evidence_verbs and subj is not None and subj.lower_ in lex.document_nouns \
                and (objs := [c for c in tok.rights if c.dep_ in ("dobj", "ccomp", "oprd")]):
            # "the poll showed Clinton ahead by four points": a document's finding in the object
            i = objs[0].left_edge.i
            j = max((c.right_edge.i for c in tok.rights if not c.is_punct and c.dep_ not in ("cc", "conj")),
                    default=objs[0].right_edge.i) + 1
            content = trim(body, *_char(sent, base, i, cut_trailing_comment(sent, i, j)))
        elif stance:
            via = "object"
            objs = [c for c in tok.rights if c.dep_ in _OBJECT_DEPS
                    or (c.dep_ == "prep" and c.lower_ in _CONTENT_PREPS)]
            if objs:
                i = min(c.left_edge.i for c in objs)
                j = max(c.right_edge.i for c in objs) + 1
                if any(c.dep_ == "xcomp" for c in objs):
                    j = conjoined_infinitives(tok, j)
                j = cut_trailing_comment(sent, i, j)
                content = trim(body, *_char(sent, base, i, j))
        speaker = None
        if subj is not None:
            speaker = _char(sent, base, *_noun_phrase(subj))
        ci, cj = _cue_range(tok, lex)
        if content is not None and content[1] <= content[0]:
            content = None
        kind = "stance" if via == "object" or not speech else "verb"
        out.append(Cue(_char(sent, base, ci, cj), speaker, content, sentence, kind, tok.i, lemma,
                       parts if content is not None else None))
    for noun, (si, sj), (ki, kj) in noun_reports(sent, lex):
        out.append(Cue(_char(sent, base, noun.i, noun.i + 1), _char(sent, base, si, sj),
                       trim(body, *_char(sent, base, ki, cut_trailing_comment(sent, ki, kj))), sentence,
                       "noun", noun.i, noun.lemma_.lower()))
    return out


def _according(sent, tok, base: int, body: str, sentence: int) -> Cue | None:
    to = sent[tok.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    si, sj = _noun_phrase(pobj)
    speaker = _char(sent, base, si, sj)
    cue = _char(sent, base, tok.i, tok.i + 2)
    phrase_start, phrase_end = cue[0], speaker[1]
    s_start, s_end = base, base + len(sent.text)
    before = trim(body, s_start, phrase_start)
    after = trim(body, phrase_end, s_end)
    content = before if before[1] - before[0] >= after[1] - after[0] else after
    parts = None
    if before[1] > before[0] and after[1] > after[0] and body[before[1]:cue[0]].strip() == "," \
            and body[speaker[1]:after[0]].strip() == "," and sent[sj].lower_ == "," \
            and sj + 1 < len(sent) and sent[sj + 1].lower_ not in _RELATIVE | {"whose", "whom"}:
        # "The top 1 percent paid 25 percent, according to the CBO, and the rest paid …"
        lead = sent[sj + 1].idx + base if sent[sj + 1].lower_ in ("and", "but") and sj + 2 < len(sent) else None
        if lead is not None:
            after = (sent[sj + 2].idx + base, after[1])
        content, parts = (before[0], after[1]), [before, after]
    if content[1] <= content[0]:
        content = None
    return Cue(cue, speaker, content, sentence, "according", tok.i, None, parts)
