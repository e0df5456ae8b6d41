"""The title line of a plain text, found as a reader finds it.

A reader takes the first paragraph for the headline when it stands apart
from the article: it is short (at most ``MAX_WORDS`` words, one line), there
is text after it, and it reads as a headline by one of four marks:

- it does not end a sentence (no final full stop: "Charlotte struggles
  to return to normal after shooting");
- it is title-cased ("Clinton Breaks With Obama On 9/11 Lawsuit Bill.");
- the paragraph after it opens with a dateline ("LOS ANGELES, Feb. 2 (UPI) —"):
  the story starts there, so the line above it heads it;
- it is much shorter than the paragraphs after it (at most ``SHORTER`` of
  their median length; lines of three words or fewer, labels and
  signatures, are not counted): a one-line summary over the paragraphs it heads.

A first paragraph that is a short sentence followed by paragraphs of the same
length is a lede, not a title; a dateline ("MOSCOW (Reuters) -") or a byline
never begins a title.  The title keeps no trailing punctuation a headline
writer's system adds (".", ";", ",", ":"); a question or exclamation mark is
part of the headline and stays.
"""

from __future__ import annotations

import re
import statistics

MAX_WORDS = 25
MAX_CHARS = 200
SHORTER = 0.5          # a title is at most half the median length of the next paragraphs
FOLLOWING = 5          # paragraphs it is compared with
LABEL_WORDS = 3        # shorter lines (section labels, signatures) are not compared with
# Words a title-cased headline leaves in lower case.
SMALL_WORDS = frozenset(
    "a an the and but or nor for so yet as at by in of off on per to up via vs vs. with from into onto over "
    "than that out is are be".split())
_FINAL_STOP = re.compile(r"\.[\"'”’)\]]*\s*$")
_TRAILING = re.compile(r"\s*[.;,:]+(?=[\"'”’)\]]*\s*$)")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def _words(text: str) -> list[str]:
    return text.split()


def title_cased(line: str) -> bool:
    """Most words that a headline style capitalises are capitalised."""
    words = [w.strip("\"'“”‘’()[]:;,.!?") for w in line.split()]
    words = [w for w in words if w and _WORD.match(w)]
    content = [w for i, w in enumerate(words) if i == 0 or w.lower() not in SMALL_WORDS]
    if len(content) < 3:
        return False
    caps = sum(1 for w in content if w[0].isupper())
    return caps / len(content) >= 0.8


def much_shorter(line: str, following: list[str]) -> bool:
    lengths = [n for n in (len(_words(p)) for p in following) if n > LABEL_WORDS][:FOLLOWING]
    if not lengths:
        return False
    return len(_words(line)) <= SHORTER * statistics.median(lengths)


def is_title(first: str, following: list[str], dateline_next: bool = False) -> bool:
    """Whether ``first`` is the headline over the paragraphs ``following`` it
    (``dateline_next``: the next paragraph opens with a dateline)."""
    words = _words(first)
    if not following or not 0 < len(words) <= MAX_WORDS or len(first) > MAX_CHARS or "\n" in first:
        return False
    if not _FINAL_STOP.search(first):
        return True
    return dateline_next or title_cased(first) or much_shorter(first, following)


def tidy(title: str) -> str:
    """The title without the trailing full stop, semicolon, comma or colon."""
    return _TRAILING.sub("", title.strip()).strip()
