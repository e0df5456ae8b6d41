"""The look-up drop-ins for spaCy's attribute ruler and lemmatizer give spaCy's output."""

import pytest

from eventwire.parse import load_model
from eventwire.parse.rules import AttributeRules, MemoLemmatizer, Unsupported, speed_up
from eventwire.settings import Settings

# Own wording; each line touches one kind of the ruler's patterns: tag map, word exceptions ("his",
# "gets"), two-token ones ("gonna", "let's", "there is"), regular expressions ("ain't", "nothin'", "y'all").
SENTENCES = [
    "The minister said his government would not resign.",
    "They ain't gonna sign the deal, let's be honest.",
    "There is nothin' y'all can do about the strike.",
    "She gets angry when the council got its way.",
    "Rebels   shelled the town\u00a0and two villages.",
    "Whether or not the talks resume, prices rose.",
    "",
]


@pytest.fixture(scope="module")
def nlp():
    return load_model(Settings().model, ("senter", "ner"))


def _attrs(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


def _both(nlp, text):
    with nlp.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        doc = nlp(text)
    ours = doc.copy()
    nlp.get_pipe("lemmatizer")(nlp.get_pipe("attribute_ruler")(doc))
    MemoLemmatizer(nlp.get_pipe("lemmatizer"))(AttributeRules(nlp.get_pipe("attribute_ruler"))(ours))
    return doc, ours


@pytest.mark.parametrize("text", SENTENCES)
def test_same_tags_morphology_and_lemmas_as_spacy(nlp, text):
    doc, ours = _both(nlp, text)
    assert _attrs(ours) == _attrs(doc)


def test_exceptions_really_apply(nlp):
    doc, ours = _both(nlp, SENTENCES[1])
    lemmas = {t.text: t.lemma_ for t in ours}
    assert lemmas["ai"] == "be" and lemmas["gon"] == "go" and lemmas["na"] == "to"
    doc, ours = _both(nlp, SENTENCES[0])
    his = next(t for t in ours if t.text == "his")
    assert his.pos_ == "PRON" and "Poss=Yes" in str(his.morph)


def test_a_pattern_it_cannot_look_up_keeps_spacys_component():
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"LEMMA": "very"})
    with pytest.raises(Unsupported):
        AttributeRules(ruler)
    speed_up(nlp)
    assert type(nlp.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"


def test_speed_up_keeps_the_component_names(nlp):
    fast = load_model(Settings().model, ("senter", "ner"), True)
    assert fast.pipe_names == nlp.pipe_names
    assert isinstance(fast.get_pipe("attribute_ruler"), AttributeRules)
    assert isinstance(fast.get_pipe("lemmatizer"), MemoLemmatizer)
    text = SENTENCES[2]
    assert _attrs(fast(text)) == _attrs(nlp(text))
