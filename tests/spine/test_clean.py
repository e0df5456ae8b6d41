"""Cleaning rules, each on its own small input."""

import pytest

from eventwire.clean import clean, paragraphs_of, looks_like_title
from eventwire.clean import boilerplate, comments, duplicates, foreign
from eventwire.record import RawArticle

LEAD = "The foreign ministers of France and Germany met in Paris on Monday to discuss the crisis, officials said."
SECOND = "They agreed to send a joint delegation to the region next week, according to a statement from both governments."


def _clean(text, **kw):
    return clean(RawArticle(text=text, **kw))


def test_foreign_script_link_glued_to_sentence_is_cut_sentence_kept():
    art = _clean("إقرأ هذا الخبر بالعربية" + LEAD + "\n" + SECOND, detect_title=False)
    assert art.body.startswith("The foreign ministers of France")
    assert {"text": "إقرأ هذا الخبر بالعربية", "reason": "foreign-script"} in art.removed


def test_foreign_script_at_end_and_cyrillic():
    kept, cut = foreign.split_foreign(LEAD + "Читать на русском")
    assert kept == LEAD and cut == ["Читать на русском"]


def test_foreign_word_inside_sentence_stays():
    text = "The party's slogan, Родина, was painted on the walls of the hall before the vote."
    assert foreign.split_foreign(text) == (text, [])


def test_short_foreign_line_removed():
    art = _clean("中文版\n" + LEAD + "\n" + SECOND, detect_title=False)
    assert "中文版" not in art.body
    assert any(r["reason"] == "foreign-script" for r in art.removed)


@pytest.mark.parametrize("line", [
    "Share this article", "Share on Facebook", "Follow us on Twitter", "Subscribe to our newsletter",
    "ADVERTISEMENT", "Related articles:", "Read more: Talks collapse in Geneva", "We use cookies to improve your experience",
    "Sign up for our daily newsletter", "Advertisement", "Tags: Syria, Russia", "Skip to main content",
])
def test_furniture_lines(line):
    assert boilerplate.furniture(line) == "boilerplate"


@pytest.mark.parametrize("line", [
    "Photo: Reuters", "(Photo by Jane Doe/AFP)", "Image: Getty Images", "AP Photo/Ivan Sekretarev",
])
def test_photo_credits(line):
    assert boilerplate.furniture(line) == "photo-credit"


@pytest.mark.parametrize("line", [
    "Officials said they would share the intelligence with their allies in the coming weeks.",
    "Lavrov said Moscow would follow the talks closely.",
    "The ministry did not subscribe to the view that sanctions were working, a spokesman said.",
])
def test_sentences_mentioning_furniture_words_stay(line):
    assert boilerplate.furniture(line) is None


def test_byline_kept_as_metadata():
    art = _clean("By Jane Doe and John Smith, Reuters\n" + LEAD + "\n" + SECOND, detect_title=False)
    assert art.byline == "Jane Doe and John Smith"
    assert "Jane Doe" not in art.body
    assert any(r["reason"] == "byline" for r in art.removed)


@pytest.mark.parametrize("dl,place", [
    ("MOSCOW (AP) — ", "Moscow"),
    ("WASHINGTON, Aug 9 (Reuters) - ", "Washington"),
    ("GENEVA — ", "Geneva"),
    ("Kyiv, Ukraine — ", "Kyiv"),
])
def test_dateline_kept_as_metadata_and_removed(dl, place):
    art = _clean(dl + LEAD + "\n" + SECOND, detect_title=False)
    assert art.body.startswith("The foreign ministers")
    assert art.dateline and art.dateline.startswith(place.upper() if dl[1].isupper() and dl[:3].isupper() else place)
    assert any(r["reason"] == "dateline" for r in art.removed)


def test_no_dateline_in_ordinary_sentence():
    assert boilerplate.dateline("Russia is a key ally of the Syrian regime - and has been for years.") is None
    assert boilerplate.dateline("Lavrov: Russia and the U.S. agree") is None


def test_exact_and_near_duplicate_paragraphs_kept_once():
    near = SECOND.replace("next week", "next Tuesday")
    kept, removed = duplicates.dedupe([LEAD, SECOND, LEAD, near])
    assert kept == [LEAD, SECOND]
    assert [r["reason"] for r in removed] == ["duplicate", "near-duplicate"]


def test_curly_and_straight_quote_copies_are_duplicates():
    a = '"We will not accept this," the minister said on Tuesday in a statement to parliament.'
    b = a.replace('"', "“", 1).replace('"', "”", 1)
    assert duplicates.dedupe([a, b])[0] == [a]


def test_trailing_reader_comment_moved_to_comments():
    comment = "Agreed. But I really doubt they will ever keep this promise. Who believes them anymore?"
    art = _clean(LEAD + "\n" + SECOND + "\n" + comment, detect_title=False)
    assert art.comments == [comment]
    assert comment not in art.body


def test_comment_with_username_and_timestamp():
    paras = [LEAD, SECOND, "peacenik42 · 3 hours ago", "Typical. Nothing will change, mark my words!"]
    kept, tail = comments.split_trailing(paras)
    assert kept == [LEAD, SECOND] and len(tail) == 2


def test_reporting_paragraph_is_not_a_comment():
    closing = '"I do not think we will see a deal soon," the minister said. Why would anyone expect one?'
    kept, tail = comments.split_trailing([LEAD, SECOND, closing])
    assert tail == []


def test_comment_header_moves_everything_after_it():
    art = _clean("\n".join([LEAD, SECOND, "Comments (2)", "Great piece.", "Nonsense from start to end."]),
                 detect_title=False)
    assert art.comments == ["Great piece.", "Nonsense from start to end."]
    assert "Great piece" not in art.body


def test_title_detection_on_plain_text():
    art = _clean("France and Germany Send Envoys\n" + LEAD + "\n" + SECOND)
    assert art.title == "France and Germany Send Envoys"
    assert looks_like_title("Lavrov: Russia, U.S. Want Syria Talks 'as Soon as Possible'")
    assert not looks_like_title(LEAD)


def test_no_title_detection_when_input_says_so():
    art = _clean("France and Germany Send Envoys\n" + LEAD, detect_title=False)
    assert art.title is None and art.body.startswith("France and Germany Send Envoys")


def test_hard_wrapped_lines_are_joined():
    assert paragraphs_of("The ministers met\nin Paris on Monday.\n\nThey agreed.") == [
        "The ministers met in Paris on Monday.", "They agreed."]


def test_non_english_article_is_skipped_with_reason():
    text = ("Der deutsche Außenminister traf sich am Montag in Paris mit seinem französischen Amtskollegen, "
            "um über die Krise zu sprechen. Beide Regierungen wollen eine gemeinsame Delegation entsenden.")
    art = _clean(text, detect_title=False)
    assert art.language == "de" and art.status == "skipped" and "de" in art.reason


def test_mixed_paragraph_is_noticed_and_not_coded():
    german = ("Der deutsche Außenminister traf sich am Montag in Paris mit seinem französischen Amtskollegen, "
              "um über die Krise zu sprechen.")
    art = _clean("\n".join([LEAD, SECOND, german, LEAD.replace("Monday", "Friday")]), detect_title=False)
    assert art.language == "en" and art.status == "coded"
    assert [m["language"] for m in art.languages] == ["de"]
    assert german not in art.body
    assert any(r["reason"].startswith("foreign-language") for r in art.removed)


def test_empty_after_cleaning_is_skipped():
    art = _clean("Share this article\nAdvertisement", detect_title=False)
    assert art.status == "skipped" and art.body == ""


def test_same_text_same_id():
    a = _clean(LEAD + "\n" + SECOND, detect_title=False)
    b = _clean(LEAD + "\n\n" + SECOND + "  ", detect_title=False)
    assert a.id == b.id and len(a.id) == 16


def test_dateline_with_accented_capital():
    art = _clean("VALPARAÍSO, Chile (Example Wire) — " + LEAD + "\n" + SECOND, detect_title=False)
    assert art.body.startswith("The foreign ministers") and art.dateline.startswith("VALPARAÍSO")


@pytest.mark.parametrize("line,value", [
    ("March 12, 2024", "2024-03-12"), ("Updated: 12 Mar 2024 10:15 GMT", "2024-03-12"),
    ("Published on Tuesday, Aug. 9, 2013", "2013-08-09"), ("2024-03-12", "2024-03-12"),
])
def test_date_line_gives_publication_date(line, value):
    assert boilerplate.date_line(line) == value
    art = _clean("By Jane Doe\n" + line + "\n" + LEAD + "\n" + SECOND, detect_title=False)
    assert art.published == value and line not in art.body


def test_date_inside_sentence_is_not_a_date_line():
    assert boilerplate.date_line("The talks ended on March 12, 2024 without a deal.") is None


def test_page_in_another_script_is_not_cut_as_foreign():
    lines = ["東京で首脳会談が開かれた。", "両国の首相は経済協力について話し合った。", "会談は二時間続いた。"]
    art = _clean("\n".join(lines), detect_title=False)
    assert art.body.split("\n\n") == lines
    assert not any(r["reason"] == "foreign-script" for r in art.removed)


def test_short_repeated_list_items_are_kept():
    kept, removed = duplicates.dedupe(["Eat every 2-3 hours", LEAD, "Eat every 2-3 hours"])
    assert kept == ["Eat every 2-3 hours", LEAD, "Eat every 2-3 hours"] and removed == []


def test_publisher_tagline_is_not_a_comment():
    tag = "This article was originally published by Example Magazine. Read the original article."
    assert comments.split_trailing([LEAD, SECOND, tag]) == ([LEAD, SECOND, tag], [])
