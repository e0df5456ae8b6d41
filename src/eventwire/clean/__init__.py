"""Clean stage: raw article -> clean body, with every cut recorded.

Order matters and each step records what it cut, with its reason, in
``removed``: title line, comment section, page furniture and bylines,
foreign-script links, dateline, trailing reader comments, repeated
paragraphs, foreign-language paragraphs.  Then the language of the article.
"""

from __future__ import annotations

import datetime as dt
import re

from ..read.text import no_surrogates
from ..record import Article, RawArticle, article_id
from ..settings import Settings
from . import boilerplate, captions, comments, duplicates, foreign, language, links, published, titles

_BLANK = re.compile(r"\n\s*\n")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


def paragraphs_of(text: str) -> list[str]:
    """Paragraphs of a text: blank-line blocks; inside a block each line is a
    paragraph unless the lines are hard-wrapped (a line that does not end a
    sentence followed by one starting in lower case is joined to it)."""
    out: list[str] = []
    for block in _BLANK.split(text.replace("\r\n", "\n").replace("\r", "\n")):
        current = ""
        for line in block.split("\n"):
            line = _SPACES.sub(" ", line).strip()
            if not line:
                continue
            if current and not _SENTENCE_END.search(current) and line[0].islower() \
                    and not comments.HANDLE.match(line) and not comments.is_header(current):
                current += " " + line
            else:
                if current:
                    out.append(current)
                current = line
        if current:
            out.append(current)
    return out


def looks_like_title(line: str) -> bool:
    """Short, and not a sentence: no final full stop."""
    words = line.split()
    return 0 < len(words) <= 25 and len(line) <= 200 and not line.rstrip("\"'”’ ").endswith(".")


def _is_furniture(line: str) -> bool:
    """A byline, date line, dateline or page furniture: never a title."""
    split = boilerplate.dateline(line)
    # "EXCLUSIVE: In memo to Congress, ...": a colon after a word in capitals is a kicker, not a dateline
    dateline = split is not None and not line[len(split[0]):].lstrip().startswith(":")
    return bool(boilerplate.byline(line) or boilerplate.date_line(line) or boilerplate.furniture(line)
                or dateline or published.stamp_date(line))


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _valid_date(value: str | None) -> str | None:
    """``YYYY-MM-DD`` of a real calendar day (not 2013-02-30), else None."""
    if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(value)[:10] or ""):
        try:
            return dt.date.fromisoformat(str(value)[:10]).isoformat()
        except ValueError:
            return None
    return None


def clean(raw: RawArticle, settings: Settings | None = None) -> Article:
    settings = settings or Settings()
    for name in ("text", "title", "input_id", "url", "source", "byline"):  # lone surrogates: not text
        setattr(raw, name, no_surrogates(getattr(raw, name)))
    art = Article(
        input_id=raw.input_id, url=raw.url, source=raw.source,
        title=(raw.title or "").strip() or None, published=_valid_date(raw.published),
        byline=raw.byline,
    )
    if art.published:
        art.published_from = raw.published_from or "input"
    removed = list(raw.removed)
    art.comments = list(raw.comments)
    paras = paragraphs_of(raw.text)

    def cut(text: str, reason: str) -> None:
        removed.append({"text": text, "reason": reason})

    # "Read this in another language" links (in the article's script): before anything reads the first line.
    paras = _language_links(paras, cut)

    # Title: detected on plain text; a known title repeated as first line goes.
    if paras:
        if raw.detect_title and not art.title and len(paras) > 1 and titles.is_title(paras[0], paras[1:], boilerplate.dateline(paras[1]) is not None) \
                and not _is_furniture(paras[0]):
            line = paras.pop(0)
            cut(line, "title")
            art.title = titles.tidy(line) or line
        elif art.title and _norm(paras[0]) == _norm(art.title):
            cut(paras.pop(0), "title")

    # A comment section announced by a header.
    paras, header, tail = comments.split_header(paras)
    if header is not None:
        cut(header, "comment-header")
        for c in tail:
            cut(c, "comment")
        art.comments.extend(tail)

    # Inline photo captions, page furniture, photo credits, bylines, a date line.
    kept = []
    for p in paras:
        # Inline captions and credits in a sentence of the article ("... read. (File photo)"); a caption line
        # that is no sentence ("Protesters in Cairo (Photo: Reuters)") is left whole to the furniture rule.
        text, pieces = captions.split_captions(p)
        if pieces and _SENTENCE_END.search(text):
            for piece in pieces:
                cut(piece, "photo-caption")
            p = text
        date = boilerplate.date_line(p)
        if date:
            if not art.published:
                art.published, art.published_from = date, "dateline"
            cut(p, "date-line")
            continue
        date = published.stamp_date(p) if len(kept) < 3 else None  # "By Ana Ruiz | Published: 12 March 2019"
        if date:
            if not art.published:
                art.published, art.published_from = date, "dateline"
            if not _SENTENCE_END.search(p):  # a stamp line, not a sentence of the article
                cut(p, "date-line")
                continue
        reason = boilerplate.furniture(p)
        if reason:
            cut(p, reason)
            continue
        names = boilerplate.byline(p)
        if names:
            art.byline = art.byline or names
            cut(p, "byline")
            continue
        kept.append(p)
    paras = kept

    # Foreign-script links glued to sentences; short lines in another script.
    article_script = foreign.main_script(" ".join(paras))
    kept = []
    for p in paras:
        text, pieces = foreign.split_foreign(p, article_script)
        for piece in pieces:
            cut(piece, "foreign-script")
        if not text:
            continue
        script = foreign.main_script(text)
        if script not in (None, article_script) and len(text.split()) <= 12:
            cut(text, "foreign-script")
            continue
        kept.append(text)
    paras = kept

    # Dateline: kept as metadata, removed from the first sentence.
    if paras:
        split = boilerplate.dateline(paras[0])
        if split:
            art.dateline, place, paras[0] = split[0], split[1], split[2]
            art.languages = []
            cut(split[0], "dateline")

    # No date from the input or the text: the file name, URL, option, crawl date.
    published.settle(art, {**raw.dates, "option": settings.published}, published.month_day(art.dateline))

    # Trailing reader comments.
    paras, tail = comments.split_trailing(paras)
    for c in tail:
        cut(c, "comment")
    art.comments.extend(tail)

    # Repeated paragraphs.
    paras, dups = duplicates.dedupe(paras)
    removed.extend(dups)

    # Language, and paragraphs in another language.
    if paras:
        art.language, mixed = language.detect(paras)
        if mixed:
            art.languages = mixed
            drop = {m["paragraph"] for m in mixed}
            for i in sorted(drop):
                cut(paras[i], f"foreign-language ({mixed[[m['paragraph'] for m in mixed].index(i)]['language']})")
            paras = [p for i, p in enumerate(paras) if i not in drop]

    _assemble(art, paras)
    art.removed = removed
    if not art.body:
        art.status, art.reason = "skipped", "no article text after cleaning"
        art.id = article_id(raw.text)
    elif art.language not in settings.languages:
        art.status, art.reason = "skipped", f"language {art.language} is not coded"
    return art


def _language_links(paras: list[str], cut) -> list[str]:
    """Cut short "Lire cet article en français" lines whose language is not that of the rest of the text
    (:mod:`.links`); the rest's language is asked of the model only when such a line is there."""
    found = {i: lang for i, p in enumerate(paras) if (lang := links.link_language(p))}
    if not found:
        return paras
    rest = " ".join(p for i, p in enumerate(paras) if i not in found)[:3000]
    main, _ = language.identify(rest) if len(rest) >= language.MIN_CHARS else ("und", 0.0)
    keep = []
    for i, p in enumerate(paras):
        if i in found and found[i] != main:
            cut(p, f"language-link ({found[i]})")
        else:
            keep.append(p)
    return keep


def _assemble(art: Article, paras: list[str]) -> None:
    body, spans, pos = [], [], 0
    for p in paras:
        spans.append({"start": pos, "end": pos + len(p)})
        body.append(p)
        pos += len(p) + 2
    art.body = "\n\n".join(body)
    art.paragraphs = spans
    art.id = article_id(art.body)
