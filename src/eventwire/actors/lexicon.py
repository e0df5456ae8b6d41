"""The knowledge compiled into a token-sequence trie, once per process.

Every surface string of the knowledge (country names, aliases, demonyms,
capitals, organisations, people, sector nouns) is tokenised with spaCy's
English tokenizer and stored in a trie keyed by normalised token text
(lower case, accents stripped).  Matching a sentence is one left-to-right
pass: at each token the trie is walked as far as the text allows and the
longest match whose case rule holds wins.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from typing import Iterable

from ..parse import tokenizer
from .knowledge import Knowledge, load

_END = "\x00"


@functools.lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """Lower case, accents stripped, curly apostrophes straightened."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return text.lower()


@dataclass(frozen=True)
class Entry:
    kind: str      # country | adj | plural | capital | org | person | short | sector
    key: str       # country code, org name, person name or sector term
    case: str      # exact | title | any
    surface: tuple[str, ...]  # the pattern's tokens as written


@dataclass
class Match:
    start: int     # token index (inclusive)
    end: int       # token index (exclusive)
    entries: list[Entry]

    def kinds(self) -> set[str]:
        return {e.kind for e in self.entries}

    def first(self, *kinds: str) -> Entry | None:
        return next((e for e in self.entries if e.kind in kinds), None)


def _auto_case(surface: str) -> str:
    """Acronyms and dotted abbreviations ("US", "U.N.", "DRC") only match as written."""
    letters = [c for c in surface if c.isalpha()]
    if len(letters) > 1 and sum(c.isupper() for c in letters) > 1 and (
            "." in surface or all(c.isupper() for c in letters) or len(surface) <= 4):
        return "exact"
    return "title"


class Lexicon:
    def __init__(self, kb: Knowledge):
        self.kb = kb
        self.root: dict = {}
        self.surfaces: set[str] = set()
        self.last_names: dict[str, list[str]] = {}  # last word of a person's name -> names
        # (country, normalised surface) that code the country only when the article confirms it
        self.ambiguous = {(c.code, norm(s)) for c in kb.countries.values() for s in c.ambiguous}
        tok = tokenizer()

        def add(surface: str, kind: str, key: str, case: str | None = None) -> None:
            surface = surface.strip()
            if surface.lower().startswith("the ") and kind != "sector":
                surface = surface[4:]
            if not surface:
                return
            words = tuple(t.text for t in tok(surface))
            node = self.root
            for w in words:
                node = node.setdefault(norm(w), {})
            entry = Entry(kind, key, case or _auto_case(surface), words)
            bucket = node.setdefault(_END, [])
            if not any(e.kind == kind and e.key == key and e.case == entry.case for e in bucket):
                bucket.append(entry)
            if kind != "sector":
                self.surfaces.add(surface)

        for c in kb.countries.values():
            for s in [c.name, *c.aliases]:
                add(s, "country", c.code)
            for s in c.adjectives:
                add(s, "adj", c.code)
            for s in c.plurals:
                add(s, "plural", c.code)
            for s in c.capitals:
                add(s, "capital", c.code)
        for o in kb.orgs.values():
            for s in [o.name, *o.aliases]:
                case = o.case if o.case in ("exact", "any") else _auto_case(s)
                add(s, "org", o.name, case)
        for p in kb.people.values():
            for s in [p.name, *p.aliases]:  # a one-word alias ("Chavez") is only a surname
                add(s, "person" if len(tok(s)) > 1 else "short", p.name, "title")
            for s in p.short:
                add(s, "short", p.name, "title")
            last = norm(p.name.split()[-1])
            self.last_names.setdefault(last, []).append(p.name)
        for sec in kb.sectors.values():
            add(sec.term, "sector", sec.term, "any")
            add(sec.term.title(), "sector", sec.term, "any")  # "Gen." tokenises unlike "gen."
            if sec.kind != "none" and " " not in sec.term or sec.kind == "person":
                plural = _plural(sec.term)
                if plural not in kb.sectors:
                    add(plural, "sector", sec.term + "|plural", "any")
        from .described import RoleIndex  # (it uses norm, defined here)

        self.roles = RoleIndex(kb, tok)

    def match(self, words: list[str]) -> list[Match]:
        """Non-overlapping longest matches over the token texts ``words``."""
        keys = [norm(w) for w in words]
        out: list[Match] = []
        i, n = 0, len(words)
        while i < n:
            node = self.root.get(keys[i])
            best: Match | None = None
            j = i
            while node is not None:
                j += 1
                bucket = node.get(_END)
                if bucket:
                    ok = [e for e in bucket if _case_ok(e, words, i)]
                    if ok:
                        best = Match(i, j, ok)
                if j >= n:
                    break
                node = node.get(keys[j])
            if best is None:
                i += 1
                continue
            out.append(best)
            i = best.end
        return out

    def lookup(self, word: str) -> list[Entry]:
        """Entries for one token alone (used for hyphenated prefixes such as "U.S.-led")."""
        node = self.root.get(norm(word))
        return [e for e in (node or {}).get(_END, []) if _case_ok(e, [word], 0)]


def _plural(term: str) -> str:
    head, _, last = term.rpartition(" ")
    if last.endswith("man"):
        p = last[:-3] + "men"
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        p = last[:-1] + "ies"
    elif last.endswith(("s", "sh", "ch", "x")):
        p = last + "es"
    else:
        p = last + "s"
    return f"{head} {p}" if head else p


def _case_ok(entry: Entry, words: list[str], i: int) -> bool:
    if entry.case == "any":
        return True
    if entry.case == "exact":
        return tuple(words[i:i + len(entry.surface)]) == entry.surface or \
            tuple(w.replace("\u2019", "'") for w in words[i:i + len(entry.surface)]) == entry.surface
    if not entry.surface[0][:1].isupper():  # "al-Qaeda": either case
        return True
    first = words[i]
    return first[:1].isupper() or (not first[:1].isalpha() and first[1:2].isupper())


@functools.lru_cache(maxsize=8)
def compiled(user_files: tuple[str, ...] = ()) -> Lexicon:
    return Lexicon(load(user_files))


def lexicon_terms(user_files: tuple[str, ...] = ()) -> Iterable[str]:
    """All surface strings of the knowledge (names, aliases, demonyms, capitals,
    organisations, people), for the fast scan that picks sentences to parse."""
    return sorted(compiled(user_files).surfaces)
