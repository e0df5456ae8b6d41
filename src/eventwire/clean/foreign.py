"""Foreign-script boilerplate glued to text.

Scraped pages often carry a link such as "read this in Arabic" written in
another script and glued to the next sentence with no space.  A run of
letters in a script other than the paragraph's main one, at the start or
end of the paragraph, is cut; the sentence it was glued to stays whole.
Foreign words inside a sentence (a name in Cyrillic, a quoted slogan) stay.
"""

from __future__ import annotations

import re
import unicodedata

_ASCII_LETTERS = re.compile(r"[A-Za-z]+")  # the ASCII letters (what str.isalpha accepts in ASCII)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_SCRIPT_CACHE: dict[str, str] = {}


def script(ch: str) -> str | None:
    """The script of a letter (first word of its Unicode name), None for non-letters."""
    if not ch.isalpha():
        return None
    s = _SCRIPT_CACHE.get(ch)
    if s is None:
        try:
            name = unicodedata.name(ch)
        except ValueError:
            name = "UNKNOWN"
        s = name.split(" ")[0]
        if s in ("CJK", "HIRAGANA", "KATAKANA"):
            s = "CJK"
        _SCRIPT_CACHE[ch] = s
    return s


def main_script(text: str) -> str | None:
    """The script most of the text's letters are written in."""
    if text.isascii():  # the common case, without a look at each letter
        return "LATIN" if any(ch.isalpha() for ch in text) else None
    # ASCII letters counted in one pass; only the other characters are looked at one by one.
    counts: dict[str, int] = {"LATIN": len(text) - len(_ASCII_LETTERS.sub("", text))}
    for ch in _NON_ASCII.findall(text):
        s = script(ch)
        if s:
            counts[s] = counts.get(s, 0) + 1
    best = max(counts, key=counts.get)
    return best if counts[best] else None


def _edge_run(text: str, main: str, from_start: bool) -> int:
    """Length of the foreign-script run at one edge (letters, spaces, punctuation)."""
    chars = text if from_start else text[::-1]
    n = 0
    letters = 0
    for ch in chars:
        s = script(ch)
        if s is None:
            if ch.isdigit():
                break
            n += 1
            continue
        if s == main:
            break
        n += 1
        letters += 1
    if letters < 2:
        return 0
    # Give back trailing non-letters that belong to the main text (quotes, spaces).
    while n and not script(chars[n - 1]):
        n -= 1
    return n


def split_foreign(paragraph: str, article_script: str | None = "LATIN") -> tuple[str, list[str]]:
    """Cut runs in another script at the edges of a paragraph.

    Returns the kept text and the cut pieces.  Only paragraphs written in the
    article's own script are touched: on a Japanese page, Japanese is not
    foreign.  A paragraph wholly in another script is left to the caller.
    """
    main = main_script(paragraph)
    if main is None or main != article_script:
        return paragraph, []
    cut: list[str] = []
    n = _edge_run(paragraph, main, True)
    if n:
        cut.append(paragraph[:n].strip())
        paragraph = paragraph[n:].lstrip()
    n = _edge_run(paragraph, main, False)
    if n:
        cut.append(paragraph[-n:].strip())
        paragraph = paragraph[:-n].rstrip()
    return paragraph, cut
