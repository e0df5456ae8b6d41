"""Cleaning that generalises (issue 10, item 8): comment sections, "read in another language" links in the
article's script, inline photo captions and credits.  Each rule: three or more inputs of its own wording, one a
near miss that must stay; every cut recorded in ``removed`` with its reason."""

from __future__ import annotations

import pytest

from eventwire.clean import clean
from eventwire.clean.captions import split_captions
from eventwire.clean.links import link_language
from eventwire.record import RawArticle

A = "The governors of three northern provinces met in the capital on Thursday to plan the relief effort, aides said."
B = "They asked the treasury for emergency funds and promised a joint report within a fortnight, a statement said."
C = "Farmers in the region have lost most of their harvest to the floods, according to the agriculture office."


def _clean(text: str):
    return clean(RawArticle(text=text, detect_title=False))


def _reasons(art) -> dict[str, str]:
    return {r["text"]: r["reason"] for r in art.removed}


# -- comment sections ------------------------------------------------------------------------------

@pytest.mark.parametrize("header", ["Comments", "14 comments", "Join the discussion", "Show all 32 comments",
                                    "Reader comments (5)", "Add a comment"])
def test_comment_header_and_handle_lines_go_to_comments(header):
    text = "\n".join([A, B, C, header, "river_rat: this is all spin, nothing will change", "3 hours ago",
                      "Reply", "kat77: agreed, same story every year"])
    art = _clean(text)
    assert art.body.endswith(C)
    assert art.comments == ["river_rat: this is all spin, nothing will change", "3 hours ago", "Reply",
                            "kat77: agreed, same story every year"]
    reasons = _reasons(art)
    assert reasons[header] == "comment-header"
    assert reasons["kat77: agreed, same story every year"] == "comment"


def test_trailing_handles_and_reply_markers_without_a_header():
    text = "\n".join([A, B, C, "joe_b: total waste of money", "\u21b3 mia.t: you clearly have not been there"])
    art = _clean(text)
    assert art.body.endswith(C)
    assert art.comments == ["joe_b: total waste of money", "\u21b3 mia.t: you clearly have not been there"]


def test_handle_line_is_not_joined_to_the_line_before():
    art = _clean("\n".join([A, B, C, "14 comments", "bob: no way"]))
    assert art.comments == ["bob: no way"] and "14 comments" not in art.body


def test_transcript_speaker_lines_are_not_comments():
    """Near miss: an interview's capitalised "Name: text" lines are the article."""
    q = "Minister Okafor: We will rebuild every bridge before the rains return next year."
    art = _clean("\n".join([A, B, q]))
    assert art.comments == [] and art.body.endswith(q)


# -- "read in another language" links ----------------------------------------------------------------

@pytest.mark.parametrize("line,lang", [
    ("Lire cet article en français", "fr"), ("Leer en español", "es"), ("Auf Deutsch lesen", "de"),
    ("Leia em português", "pt"), ("Versión en español", "es"),
])
def test_language_link_line_is_cut_with_its_language(line, lang):
    for text in (line + "\n" + A + "\n" + B, A + "\n" + B + "\n" + line + "\n" + C):
        art = _clean(text)
        assert line not in art.body
        assert _reasons(art)[line] == f"language-link ({lang})"


def test_link_to_the_articles_own_language_stays():
    """Near miss: "Read in English" on an English page is not another language."""
    art = _clean(A + "\n" + B + "\nRead this story in English\n" + C)
    assert "Read this story in English" in art.body


def test_sentence_naming_a_language_is_no_link():
    """Near misses: a sentence of the article that names a language."""
    assert link_language("The French version of the treaty was signed in Paris.") is None
    assert link_language("Spanish is spoken by most of the workers at the plant, the union said.") is None
    assert link_language("English") is None


# -- inline photo captions and credits -------------------------------------------------------------------

@pytest.mark.parametrize("para,kept,piece", [
    ("The bridge collapsed at dawn. (File photo)", "The bridge collapsed at dawn.", "(File photo)"),
    ("Crowds gathered outside the court (AP Photo/Lee Marsh) as the verdict was read.",
     "Crowds gathered outside the court as the verdict was read.", "(AP Photo/Lee Marsh)"),
    ("The governor (left) shook hands with the mayor.", "The governor shook hands with the mayor.", "(left)"),
    ("Senator Ada Brandt, seen here last week in Dayton, said the bill would pass.",
     "Senator Ada Brandt said the bill would pass.", "seen here last week in Dayton"),
    ("The pier was destroyed by the storm (Photo: Reuters).", "The pier was destroyed by the storm.", "(Photo: Reuters)"),
    ("Mayor Tom Reyes (pictured) denied the claims.", "Mayor Tom Reyes denied the claims.", "(pictured)"),
])
def test_inline_caption_cut_sentence_kept(para, kept, piece):
    text, pieces = split_captions(para)
    assert text == kept and pieces == [piece.strip("(),") if piece.startswith(",") else piece]
    art = _clean(A + "\n" + para + "\n" + B)
    assert kept in art.body
    assert _reasons(art)[pieces[0]] == "photo-caption"


@pytest.mark.parametrize("para", [
    "The photo, seen by Reuters, showed damage to the hull.",
    "Two photographers were detained near the border (both were later released).",
    "Officials said the image was taken last week, pictured by a drone operator, according to the army.",
])
def test_sentences_about_photos_are_not_captions(para):
    """Near misses: a photo mentioned in a sentence, a parenthesis that credits nobody."""
    assert split_captions(para) == (para, [])
