"""Reader comments trailing a plain-text page.

Scraped text often ends with readers' replies.  Walking back from the end,
a paragraph is taken as a comment when it scores as one and carries no
reporting: first-person singular outside quotation marks, a reply opener
("Agreed.", "Well said", "@name"), a username or timestamp line, rhetorical
questions; and no attribution verb ("said", "told", "according to") and no
quotation.  A "Comments" header line marks everything after it.
A reader's "handle: text" line and a reply marker ("Reply", "↳", "> ...") score as
comments too; the paragraph splitter keeps such lines apart from the line before.
The article's first paragraphs are never taken (a comment follows an article).
"""

from __future__ import annotations

import re

_QUOTED = re.compile(r"[\"“”«»][^\"“”«»]*[\"“”«»]")
_FIRST_PERSON = re.compile(r"\b(I|I'm|I've|I'd|I'll|me|my|mine|myself|IMO|IMHO)\b")
_OPENER = re.compile(
    r"^\s*(@\w+|agreed|i agree|i disagree|exactly|absolutely|totally|well said|so true|"
    r"nonsense|rubbish|lol|lmao|haha|wow|yes|no|nope|yep|thanks|thank you|great article|"
    r"good article|nice article|the author|reply|replying to|in reply to)\b",
    re.IGNORECASE,
)
_TIMESTAMP = re.compile(
    r"(\b\d+\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b|"
    r"\b\d{1,2}:\d{2}\s*(am|pm)?\b.*\b(reply|report|like)\b|"
    r"^\s*(posted|written|submitted)\s+by\s+\w+|^\s*\w{3,30}\s+(wrote|says|said)\s*:\s*$|"
    r"^\s*reply\s*$|^\s*\d+\s+(likes?|replies|points)\s*$)",
    re.IGNORECASE,
)
_HEADER = re.compile(
    r"^\s*(\d+\s+)?(reader\s+|readers'?\s+)?(comments?|responses|replies|discussion|join the (conversation|discussion)|"
    r"leave a (comment|reply)|(add|post|write) a comment|(show|view|load|see|read)\s+(all\s+)?(\d+\s+)?comments?|"
    r"what readers (say|think))\s*(\(\d+\))?\s*:?\s*$",
    re.IGNORECASE,
)
# A reader's line "handle: text" ("mark_t: ...", "anna99: ..."): a user name in lower case or with digits
# or underscores, then a colon (a speaker in a transcript, "Lavrov: ...", is capitalised and plain).
HANDLE = re.compile(r"^\s*@?(?=[\w.-]*[a-z])(?:[a-z][\w.-]{1,29}|[\w.-]*[\d_][\w.-]*)\s*:\s+\S")
# Reply markers: "Reply", "↳", "> quoted text", "Replying to @x".
_REPLY_MARK = re.compile(r"^\s*(↳|↪|»|>\s|\+\d+\s*$|reply\s*(\(\d+\))?\s*$)", re.IGNORECASE)
_REPORTING = re.compile(
    r"\b(said|says|told|according to|added|stated|announced|reported|confirmed|"
    r"spokes(man|woman|person)|officials?)\b",
    re.IGNORECASE,
)


def score(paragraph: str) -> int:
    """How strongly a paragraph reads as a reader's comment (0 = not at all)."""
    bare = _QUOTED.sub(" ", paragraph)
    if _QUOTED.search(paragraph) or _REPORTING.search(bare):
        return 0
    s = 0
    if _OPENER.match(paragraph):
        s += 2
    if _TIMESTAMP.search(paragraph):
        s += 2
    if HANDLE.match(paragraph) or _REPLY_MARK.match(paragraph):
        s += 2
    if _FIRST_PERSON.search(bare):
        s += 1
    if "?" in bare:
        s += 1
    if "!" in bare:
        s += 1
    return s


def is_header(paragraph: str) -> bool:
    """A comment section's header line ("Comments", "14 comments", "Join the discussion")."""
    return bool(_HEADER.match(paragraph))


def split_header(paragraphs: list[str], keep_first: int = 2):
    """Split at a "Comments" header: ``(article, header or None, comments)``."""
    for i, p in enumerate(paragraphs):
        if i >= keep_first and _HEADER.match(p):
            return paragraphs[:i], p, paragraphs[i + 1 :]
    return paragraphs, None, []


def split_trailing(paragraphs: list[str], keep_first: int = 2) -> tuple[list[str], list[str]]:
    """Split off trailing comment-like paragraphs: ``(article, comments)``."""
    cut = len(paragraphs)
    while cut > keep_first and score(paragraphs[cut - 1]) >= 2:
        cut -= 1
    return paragraphs[:cut], paragraphs[cut:]
