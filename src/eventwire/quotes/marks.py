"""Find quoted stretches of text by their quote marks.

Works on the body paragraph by paragraph, with no parse:

* double marks in any style, mixed too (a straight ``"`` may close a curly
  ``“`` and the other way round; a ``”`` may open);
* a quotation left open at the end of a paragraph continues when the next
  paragraph opens with a quote mark (the newspaper convention), else it ends
  with its paragraph;
* single marks (``‘…’`` or ``'…'``) only in paragraphs without double marks
  (headlines, British style), told apart from apostrophes by what surrounds
  them;
* one or two quoted words are scare quotes, not quotations.

Each result is a :class:`Quoted` with the content offsets (without marks)
and, for quotations over several paragraphs, one part per paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

DOUBLE_OPEN = "\"“„«"
DOUBLE_CLOSE = "\"”»“"
DOUBLE = set(DOUBLE_OPEN + DOUBLE_CLOSE) | {"″"}
SINGLE_OPEN = "‘'‚‹"
SINGLE_CLOSE = "’'›"
MIN_WORDS = 3  # fewer quoted words are scare quotes

_WORD = re.compile(r"\w+(?:[’'\-.]\w+)*")


@dataclass
class Quoted:
    start: int  # content start (after the opening mark)
    end: int    # content end (before the closing mark)
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark (None: left open)
    parts: list[tuple[int, int]] = field(default_factory=list)
    close_width: int = 1  # 2 for a doubled closing mark ('' or ’’)

    @property
    def outer(self) -> tuple[int, int]:
        end = self.close_mark + self.close_width if self.close_mark is not None else self.end
        return self.open_mark, end


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def _double_marks(text: str, start: int, end: int) -> list[int]:
    return [i for i in range(start, end) if text[i] in DOUBLE]


def _is_open_position(text: str, i: int, start: int) -> bool:
    """A mark that may open: followed by a non-space."""
    if i + 1 < len(text) and text[i + 1] == "\x00":
        i += 1
    return i + 1 < len(text) and not text[i + 1].isspace()


def _double_in_paragraph(text: str, start: int, end: int, carry: int | None):
    """Pairs (open, close) of double marks in text[start:end].

    ``carry`` is the offset of an opening mark left open by the previous
    paragraph.  Returns (pairs, still_open_offset_or_None).
    """
    pairs: list[tuple[int, int | None]] = []
    open_at = carry
    nested = False  # a quotation inside the quotation, in the other style
    for i in _double_marks(text, start, end):
        ch = text[i]
        if open_at is None:
            if _is_open_position(text, i, start):
                open_at = i
            continue
        if carry is not None and open_at == carry and i == start:
            continue  # the continuation mark that opens this paragraph
        after_space = i == start or text[i - 1].isspace() or text[i - 1] in "([—–-:"
        if nested:
            if ch == "”":
                nested = False
                continue
            if ch == "“":
                continue
        elif ch == "“" and after_space and _is_open_position(text, i, start):
            if text[open_at] in "\"„«":
                nested = True  # “…” inside "…"
                continue
            # a new opening mark while one is open: the earlier one was
            # never closed; drop it and start again here.
            open_at = i
            continue
        pairs.append((open_at, i))
        open_at = None
        nested = False
    return pairs, open_at


# Doubled single marks that stand for one double mark: the typewriter ``''``
# (NYT style, opening and closing), curly ``‘‘ ’’`` and the ``\`\``` opening.
_DOUBLED = (("''", '"\x00'), ("‘‘", "“\x00"), ("’’", "”\x00"), ("``", "“\x00"))


def shadow(body: str) -> str:
    """``body`` with each doubled single mark read as one double mark (same offsets:
    the second character becomes ``\x00``)."""
    for pair, one in _DOUBLED:
        if pair in body:
            body = body.replace(pair, one)
    return body


def find_double(body: str, paragraphs: list[dict]) -> list[Quoted]:
    body = shadow(body)
    out: list[Quoted] = []
    carry: Quoted | None = None
    for n, p in enumerate(paragraphs):
        ps, pe = p["start"], p["end"]
        # strip trailing blanks
        while pe > ps and body[pe - 1].isspace():
            pe -= 1
        carry_mark = None
        if carry is not None:
            if ps < pe and body[ps] in DOUBLE:
                carry_mark = carry.open_mark
            else:
                out.append(carry)
                carry = None
        pairs, left_open = _double_in_paragraph(body, ps, pe, carry_mark)
        for o, c in pairs:
            if carry is not None and o == carry.open_mark:
                carry.parts.append((ps + 1, c))
                carry.end = c
                carry.close_mark = c
                out.append(carry)
                carry = None
                continue
            if c is None:
                continue
            out.append(Quoted(o + 1, c, o, c, [(o + 1, c)]))
        if left_open is not None:
            if carry is not None and left_open == carry.open_mark:
                carry.parts.append((ps + 1, pe))
                carry.end = pe
            else:
                if carry is not None:
                    out.append(carry)
                carry = Quoted(left_open + 1, pe, left_open, None, [(left_open + 1, pe)])
    if carry is not None:
        out.append(carry)
    return out


_SINGLE = re.compile(
    r"(?:(?<=^)|(?<=[\s(\[—–:]))([‘'])(?=\w)(.+?)(?<=[\w.,!?…])([’'])(?=$|[\s.,;:!?)\]—–])"
)


def find_single(body: str, paragraphs: list[dict]) -> list[Quoted]:
    """Single-mark quotations in paragraphs that hold no double marks."""
    out = []
    for p in paragraphs:
        ps, pe = p["start"], p["end"]
        text = body[ps:pe]
        if any(ch in DOUBLE for ch in text):
            continue
        for m in _SINGLE.finditer(text):
            o, c = ps + m.start(1), ps + m.start(3)
            out.append(Quoted(o + 1, c, o, c, [(o + 1, c)]))
    return out


_TITLE_SMALL = {"the", "of", "and", "a", "an", "in", "on", "for", "to", "at", "with", "by", "from", "or",
                "vs", "de", "la", "&"}
_TITLE_BEFORE = {"on", "in", "at", "of", "from", "to", "for", "with", "by", "titled", "entitled", "called",
                 "named", "dubbed", "show", "program", "programme", "book", "film", "movie", "song", "album",
                 "series", "column", "newspaper", "magazine"}


_WORKS = {"show", "program", "programme", "book", "film", "movie", "song", "album", "series", "column",
          "podcast", "documentary", "episode", "novel", "memoir", "play", "musical", "essay", "op-ed",
          "titled", "entitled"}


def is_title(body: str, q: Quoted) -> bool:
    """A name in quote marks ("on \"Meet the Press\"", "his book \"The Art of the Deal\""):
    every word capitalised but small words, no punctuation but a subtitle's colon
    ("The Trumps: Three Generations"), after a preposition, a possessive or a word
    for a work; right after a word for a work ("the podcast, \"So, That Happened\""),
    any short capitalised text is its title."""
    text = body[q.start:q.end].rstrip(",. ")
    words = text.split()
    before = body[max(0, q.open_mark - 30):q.open_mark].split()
    prev = before[-1].lower().rstrip(",") if before else ""
    if not 1 <= len(words) <= 10 or not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_SMALL
                                            for w in words):
        return False
    if prev in _WORKS:
        return True
    if any(ch in text for ch in ".!?,;"):
        return False
    prev = before[-1].lower() if before else ""
    return prev in _TITLE_BEFORE or prev.endswith(("'s", "’s"))


def find_quoted(body: str, paragraphs: list[dict], min_words: int = MIN_WORDS) -> list[Quoted]:
    """All quotations of the body, in text order, scare quotes left out."""
    if not paragraphs:
        paragraphs = [{"start": 0, "end": len(body)}]
    sh = shadow(body)
    found = find_double(body, paragraphs) + find_single(sh, paragraphs)
    keep = []
    for q in found:
        # trim blanks inside the marks (and the second half of a doubled mark)
        if q.open_mark + 1 < len(sh) and sh[q.open_mark + 1] == "\x00" and q.start == q.open_mark + 1:
            q.start += 1
        if q.close_mark is not None and q.close_mark + 1 < len(sh) and sh[q.close_mark + 1] == "\x00":
            q.close_width = 2
        while q.start < q.end and body[q.start].isspace():
            q.start += 1
        while q.end > q.start and body[q.end - 1].isspace():
            q.end -= 1
        if q.parts:
            q.parts[0] = (q.start, q.parts[0][1])
            q.parts[-1] = (q.parts[-1][0], q.end)
        if word_count(body[q.start:q.end]) >= min_words and not is_title(body, q):
            keep.append(q)
    keep.sort(key=lambda q: q.start)
    return keep
