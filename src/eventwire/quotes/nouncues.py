"""Reports named by a noun with its content clause: ``Trump's claim that …``.

A noun of speech or finding (``speech_nouns`` in ``data/cues.yaml``: claim,
argument, report, conclusion…) whose complement clause opens with
``that`` reports that clause, and its source is the noun's possessor
(``his argument that``), a name compounded with it (``a Times report
that``) or its ``by`` phrase (``the claim by the ministry that``).  A relative
clause (``the claim that he made``: "that" is the object there, not a
complementiser, whatever label the parser gives the clause), a noun with no clause (``the warning``) or with no source
makes no report.
"""

from __future__ import annotations

from .lexicon import Lexicon


def _content_clause(noun):
    for c in noun.rights:
        if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX") \
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            return c
    return None


def _source(noun):
    """Token range [i, j) of the noun's source, or None."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c.left_edge.i, c.i + 1  # "Trump's claim": the name, not its 's
    names = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if names:
        return names[0].left_edge.i, names[-1].i + 1
    for c in noun.rights:
        if c.dep_ == "prep" and c.lower_ == "by":
            pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj.left_edge.i, pobj.i + 1
    return None


def noun_reports(sent, lex: Lexicon):
    """``(noun, (source i, j), (content i, j))`` token ranges of a sentence's noun reports."""
    out = []
    for tok in sent:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lex.speech_nouns:
            continue
        clause = _content_clause(tok)
        src = _source(tok)
        if clause is None or src is None:
            continue
        i, j = clause.left_edge.i, clause.right_edge.i + 1
        if sent[i].lower_ == "that":
            i += 1
        out.append((tok, src, (i, j)))
    return out
