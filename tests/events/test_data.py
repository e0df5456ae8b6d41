"""The codebook, the dictionary and its user overrides, the scan terms, and
how an event gets its date and place."""

from __future__ import annotations

import pytest

from eventwire.events import lexicon_terms
from eventwire.events.codebook import codebook, lookup
from eventwire.events.dates import event_date
from eventwire.events.places import event_place
from eventwire.events.lexicon import load
from eventwire.record import Article

PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def test_every_code_has_goldstein_quadclass_and_plover_type():
    book = codebook()
    assert len(book) > 300
    for code, c in book.items():
        assert -10.0 <= c.goldstein <= 10.0
        assert c.plover_event in PLOVER_TYPES, code
        root = int(code[:2])
        assert c.quad_class == (1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4)
    assert {c.plover_event for c in book.values()} == PLOVER_TYPES


def test_codebook_facts():
    assert lookup("036").goldstein == 4.0 and lookup("036").plover_event == "AGREE"
    assert lookup("0874").plover() == {"event": "RETREAT", "mode": "disarm", "context": "military"}
    assert lookup("163").plover_event == "COERCE"  # the official mapping, not the CAMEO root
    assert lookup("195").goldstein == -10.0
    with pytest.raises(KeyError):
        lookup("999")


def test_dictionary_covers_every_root_with_800_entries():
    lex = load()
    assert len(lex.entries) >= 800
    roots = {e.code[:2] for e in lex.entries.values() if e.code}
    assert roots == {f"{r:02d}" for r in range(1, 21)}
    nouns = {e.head for e in lex.entries.values() if e.kind == "noun"}
    assert {"talk", "visit", "sanction", "airstrike", "ceasefire", "protest", "meeting"} <= nouns
    for pattern in ("call for", "crack down on", "pull out of", "impose sanction on", "grant asylum to",
                    "hold talk with", "give haven"):
        assert "v." + pattern.replace(" ", "_") in lex.entries, pattern
    # background words alone are not events ("sexual violence" is)
    bare = {e.head for e in lex.entries.values() if e.kind == "noun" and not e.words}
    assert not {"war", "conflict", "bloodshed", "crisis", "violence", "tension", "unrest"} & bare


def test_entry_ids_are_stable_and_heads_are_right():
    lex = load()
    e = lex.entries["v.hold_talk_with"]
    assert (e.head, e.words, e.target_prep, e.code) == ("hold", ("talk", "with"), "with", "040")
    n = lex.entries["n.humanitarian_aid"]
    assert (n.head, n.words, n.code) == ("aid", ("humanitarian",), "073")
    assert lex.entries["n.release_of"].head == "release"


def test_user_file_overrides_adds_and_removes(tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text('verbs:\n'
                 '- code: "111"\n  words: [meet]\n'          # recode a built-in entry
                 '- code: "0841"\n  words: [spring from jail]\n'
                 '- code: null\n  words: [attack]\n'
                 'nouns:\n- code: "195"\n  words: [drone raid]\n', encoding="utf-8")
    lex = load([str(f)])
    assert lex.entries["v.meet"].code == "111"
    assert lex.entries["v.spring_from_jail"].code == "0841"
    assert "v.attack" not in lex.entries
    assert lex.entries["n.drone_raid"].head == "raid"
    assert load().entries["v.meet"].code == "040"  # the built-in dictionary is untouched


def test_user_file_with_unknown_code_is_refused(tmp_path):
    f = tmp_path / "bad.yaml"
    f.write_text('verbs:\n- code: "999"\n  words: [frobnicate]\n', encoding="utf-8")
    with pytest.raises(ValueError, match="unknown CAMEO code"):
        load([str(f)])


def test_frames_recode_by_longest_prefix():
    lex = load()
    assert lex.recode("intend", "046") == "036"
    assert lex.recode("intend", "190") == "1384"      # intent to use force is a threat
    assert lex.recode("refuse", "040") == "125"
    assert lex.recode("appeal", "0841") == "0253"
    assert lex.recode("demand", "0874") == "106"
    assert lex.recode("threaten", "163") == "1312"
    assert lex.recode("attempt", "173") == "173"


def test_lexicon_terms_hold_inflections_and_plurals():
    terms = set(lexicon_terms())
    assert {"met", "meets", "meeting", "talks", "sanctions", "attacked", "threatened", "gave", "given",
            "airstrikes", "withdrew", "fought", "imposes"} <= terms


def _article(times=(), places=(), dateline=None):
    body = "Lavrov met Kerry on Friday in Geneva. Talks went on."
    return Article(body=body, published="2013-08-10", dateline=dateline,
                   sentences=[{"start": 0, "end": 37, "paragraph": 0}, {"start": 38, "end": 52, "paragraph": 0}],
                   times=list(times), places=list(places))


def _dated(nlp, times):
    """The date of the event 'met' in the first sentence of _article, parsed."""
    art = _article(times)
    sdoc = nlp(art.body[:37])
    met = next(t for t in sdoc if t.text == "met")
    return event_date(art, sdoc, 0, met, [met])


def test_event_date_from_its_clause_else_publication(nlp):
    friday = {"span": {"start": 21, "end": 27, "text": "Friday"}, "sentence": 0, "value": "2013-08-09"}
    assert _dated(nlp, [friday]) == {"date": "2013-08-09", "date_value": "2013-08-09", "date_from": "clause"}
    # a time of another sentence is not this event's: the publication date
    talks = {"span": {"start": 38, "end": 43, "text": "Talks"}, "sentence": 1, "value": "2013-08"}
    assert _dated(nlp, [talks]) == {"date": "2013-08-10", "date_value": "2013-08-10", "date_from": "publication"}
    # a month is no full date: no day, but its TimeML value
    month = {**friday, "value": "2013-08"}
    assert _dated(nlp, [month]) == {"date": None, "date_value": "2013-08", "date_from": "clause"}


def test_event_place_from_sentence_else_dateline():
    geneva = {"id": "p1", "name": "Geneva", "mentions": [{"start": 31, "end": 37, "text": "Geneva", "sentence": 0}]}
    moscow = {"id": "p2", "name": "Moscow", "mentions": []}
    art = _article(places=[geneva, moscow], dateline="MOSCOW, Aug. 10")
    assert event_place(art, 0, 7) == ("p1", "sentence")
    assert event_place(art, 1, 38) == ("p2", "dateline")
    assert event_place(_article(places=[geneva]), 1, 38) == (None, None)
