"""Who did what to whom: from a token of the parse to the article's actors.

Tokens map to actors through the actors' mention offsets.  An argument is a
noun phrase: its head, the heads conjoined to it ("Lavrov and Shoigu"), and
for a head no actor covers ("U.S. and Russian officials", "the president of
Russia") the actors named inside the phrase.  Pronouns resolve to the speaker
inside a direct quote ("we", "our"), to the subject of the reporting clause
("Kerry said he ..."), or to the nearest actor mentioned before them.
"""

from __future__ import annotations

from ..record import Document

SUBJECTS = ("nsubj", "csubj", "expl")
FIRST_PERSON = frozenset("i me my mine myself we us our ours ourselves".split())
PRONOUNS = FIRST_PERSON | frozenset(
    "he him his she her hers it its they them their theirs himself herself itself themselves".split())
RELATIVE = frozenset("who whom which that whose".split())
# Dependents that leave a noun phrase (their actors are not the phrase's).
_NP_STOP = frozenset("relcl acl conj cc punct appos advcl ccomp prep".split())
# Embedded-clause links through which "he"/"they" refer to the governing subject.
_CLAUSE_UP = frozenset("ccomp xcomp conj advcl pcomp prep".split())
_OBJECTS = frozenset(("dobj", "pobj", "dative", "iobj"))
_PERSONAL = frozenset("he him his himself she her hers herself".split())


class Roles:
    """Actor lookups for one document (built once per document)."""

    def __init__(self, doc: Document):
        self.doc = doc
        art = doc.article
        self.by_sentence: dict[int, list[tuple[int, int, str]]] = {}
        for actor in art.actors:
            for m in actor.get("mentions", []):
                s = m.get("sentence")
                if s is None:
                    s = art.sentence_at(m["start"])
                if s is None:
                    continue
                base = art.sentences[s]["start"]
                self.by_sentence.setdefault(s, []).append((m["start"] - base, m["end"] - base, actor["id"]))
        for lst in self.by_sentence.values():
            lst.sort()
        self.codes = {a["id"]: a.get("code") or "" for a in art.actors}
        self.by_id = {a["id"]: a for a in art.actors}
        self.state_ids = self._states()
        self.persons = self._persons()
        self.person_ids = self.persons
        self.quotes = []
        for q in art.quotes:
            spk = (q.get("speaker") or {}).get("actor")
            content = q.get("content") or {}
            if spk and q.get("kind") in ("direct", "partial") and "start" in content:
                self.quotes.append((content["start"], content["end"], spk))

    def _persons(self) -> set[str]:
        """Actors that are persons: named with two or more capitalised words ("Hillary
        Clinton") and no state, region or organisation of the actor knowledge, or
        referred to by "he"/"she".  From the actors' own record, not the parser's
        entity tags, so that the speed levers (no entity recogniser) change nothing."""
        from ..actors.lexicon import compiled

        kb = compiled(()).kb
        out = set()
        for a in self.doc.article.actors:
            name = a.get("name") or ""
            words = name.split()
            place = kb.place(a.get("country"))
            if a.get("unidentified") or a["id"] in self.state_ids or name in kb.orgs \
                    or (a.get("code") or "")[:3] in ("IGO", "NGO") or (place and place.name == name):
                continue
            named = len(words) >= 2 and all(w[:1].isupper() for w in words if w[:1].isalpha())
            pronoun = any(m.get("kind") == "pronoun" and m.get("text", "").lower() in _PERSONAL
                          for m in a.get("mentions", []))
            if named or pronoun:
                out.add(a["id"])
        return out

    def _states(self) -> set[str]:
        """Actors that are a state or region as a whole ("Russia", "Ukraine"): no sector, and
        named as the place of the actor knowledge."""
        from ..actors.lexicon import compiled

        kb = compiled(()).kb
        out = set()
        for a in self.doc.article.actors:
            place = kb.place(a.get("country"))
            if not a.get("sectors") and place is not None and (a.get("name") or "") == place.name:
                out.add(a["id"])
        return out

    # -- single tokens -------------------------------------------------------
    def covering(self, sent: int, tok) -> str | None:
        for start, end, aid in self.by_sentence.get(sent, ()):
            if start <= tok.idx < end:
                return aid
            if start > tok.idx:
                break
        return None

    def _quote_speaker(self, sent: int, tok) -> str | None:
        off = self.doc.article.sentences[sent]["start"] + tok.idx
        for start, end, spk in self.quotes:
            if start <= off < end:
                return spk
        return None

    def pronoun(self, sent: int, tok, avoid=()) -> list[str]:
        """Actors a personal pronoun refers to ([] when unknown); never one of ``avoid``
        (the named other party of its own event: "he criticized Trump" is not Trump)."""
        low = tok.lower_
        if low in FIRST_PERSON:
            spk = self._quote_speaker(sent, tok)
            if spk:
                return [spk]
        # "Kerry said he ...", "Nigeria announced that it will ...": the governing
        # subject (for subjects and possessives; an object is someone else).
        node = tok.head if tok.dep_ not in _OBJECTS else None
        while node is not None:
            clause = node
            if clause.dep_ not in _CLAUSE_UP or clause.head.i == clause.i:
                break
            gov = clause.head
            subj = [c for c in gov.children if c.dep_ in SUBJECTS + ("nsubjpass",) and c.i != tok.i]
            if subj and subj[0].lower_ not in PRONOUNS:
                found = [a for a in self.argument(sent, subj[0]) if a not in avoid]
                if found:
                    return found[:1] if low in ("he", "she", "his", "her", "him") else found
            node = gov
        if low in FIRST_PERSON:
            return []
        # Nearest actor mentioned before, in this sentence or the one before;
        # an object pronoun is not its own clause's subject ("Russia ... protect it").
        own = set()
        if tok.dep_ in _OBJECTS:
            verb = tok.head.head if tok.dep_ == "pobj" else tok.head
            while verb.dep_ in ("xcomp", "conj") and not any(c.dep_ == "nsubj" for c in verb.children):
                verb = verb.head
            own = {a for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i
                   for a in self.argument(sent, c)}
        # "he"/"she" only a person; "it"/"they" preferably not a person.
        personal = low in _PERSONAL
        for typed in (True, False) if not personal else (True,):
            for s in (sent, sent - 1, sent - 2):
                before = [aid for st, _e, aid in self.by_sentence.get(s, ())
                          if (s < sent or st < tok.idx) and aid not in own and aid not in avoid
                          and (not typed or (aid in self.persons) == personal)]
                if before:
                    return [before[-1]]
        return []

    # -- noun phrases ---------------------------------------------------------
    def inside(self, sent: int, head) -> list[str]:
        """Actors named in a phrase whose head no actor covers."""
        out: list[str] = []
        stack = [c for c in head.children if c.dep_ not in _NP_STOP or _of_phrase(c)]
        while stack:
            t = stack.pop(0)
            found = [self.covering(sent, t)]
            if not found[0] and t.pos_ == "PRON" and t.lower_ in PRONOUNS:
                found = self.pronoun(sent, t)
            out.extend(a for a in found if a and a not in out)
            stack.extend(c for c in t.children if c.dep_ not in ("relcl", "acl", "punct"))
        return out

    def member(self, sent: int, tok) -> list[str]:
        aid = self.covering(sent, tok)  # the actors stage may have resolved a pronoun
        if aid:
            return [aid]
        if tok.lower_ in PRONOUNS and tok.pos_ == "PRON":
            return self.pronoun(sent, tok)
        if tok.lower_ in RELATIVE and tok.head.dep_ == "relcl":
            return self.argument(sent, tok.head.head)
        # A description with a name in apposition is that named actor ("The Democrats' leading
        # candidate, Bernie Sanders"), not one its modifiers name; a name described by an
        # appositive is not the person the description relates it to ("Patricia Smith, mother
        # of Sean Smith"), though a description naming an organisation or state may stand for it
        # ("Lai, Taiwan's president").
        appos = [c for c in tok.children if c.dep_ == "appos"]
        for c in appos:
            aid = self.covering(sent, c)
            if aid:
                return [aid]
        found = self.inside(sent, tok)
        if tok.pos_ == "PROPN" or any(c.pos_ == "PROPN" for c in appos):
            # a name no actor covers is not the person its modifiers relate it to ("Clinton's
            # pollster Joel Benenson", "Obama's aide, Lisa Monaco")
            found = [a for a in found if a not in self.persons]
        if not found:
            for c in appos:
                found = [a for a in self.member(sent, c) if a not in self.persons]
                break
        return found

    def argument(self, sent: int, tok) -> list[str]:
        """Actor ids of the phrase headed by ``tok``, conjuncts included."""
        out: list[str] = []
        for m in conjuncts(tok):
            for aid in self.member(sent, m):
                if aid not in out:
                    out.append(aid)
        return out


def _of_phrase(tok) -> bool:
    """"the president of Russia", "officials from Moscow", "protesters in Baghdad",
    "calls by Belarus's rulers"."""
    return tok.dep_ == "prep" and tok.lower_ in ("of", "from", "in", "by")


def sector_of(tok) -> list[str]:
    """The sectors of a sector noun of the actor knowledge ("voters": CVL), else []."""
    from ..actors.lexicon import compiled

    sectors = compiled(()).kb.sectors
    sec = sectors.get(tok.lower_) or sectors.get(tok.lemma_.lower())
    return list(sec.sectors) if sec is not None and sec.kind != "none" else []


def conjuncts(tok) -> list:
    out = [tok]
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "NUM", "X"):
                out.append(c)
                stack.append(c)
    return out
