"""An event's place: its clause's, else its sentence's, else the dateline's (events/places.py)."""

from __future__ import annotations

import re

from eventwire.events.places import event_place
from eventwire.parse import Parser, split_sentences
from eventwire.record import Article, Document
from eventwire.settings import Settings
from eventwire.where import find_places


def coded(text: str, dateline: str | None = None) -> Document:
    paras = [{"start": m.start(), "end": m.end()} for m in re.finditer(r"[^\n]+", text)]
    doc = Document(article=Article(body=text, paragraphs=paras, dateline=dateline))
    split_sentences(doc)
    Parser(Settings().model)([doc])
    doc.article.places = find_places(doc)
    return doc


def place_of(doc: Document, trigger: str, sent: int = 0):
    art = doc.article
    tok = next(t for t in doc.parsed[sent] if t.text == trigger)
    pid, origin = event_place(art, sent, art.sentences[sent]["start"] + tok.idx, tok)
    name = next((p["name"] for p in art.places if p["id"] == pid), None)
    return name, origin


def test_the_clause_place_wins_over_a_nearer_one_in_another_clause():
    doc = coded("Officials in Dayton said that protesters marched through Columbus on Sunday.")
    assert place_of(doc, "marched") == ("Columbus", "clause")
    assert place_of(doc, "said") == ("Dayton", "clause")


def test_the_sentence_place_when_the_clause_names_none():
    doc = coded("In Tbilisi, after the vote, the opposition said it would boycott parliament.")
    name, origin = place_of(doc, "boycott")
    assert name == "Tbilisi" and origin in ("clause", "sentence")
    doc = coded("Rebels who fled Aleppo attacked a convoy.")
    assert place_of(doc, "attacked") == ("Aleppo", "sentence")  # Aleppo sits in the relative clause


def test_the_dateline_when_the_sentence_names_none():
    doc = coded("The minister resigned on Friday.", dateline="NAIROBI")
    assert place_of(doc, "resigned") == ("Nairobi", "dateline")
    # near miss: a modifier toponym does not place the event
    doc = coded("Russian officials resigned on Friday.")
    assert place_of(doc, "resigned") == (None, None)
