"""The speed levers (fast pass, components left out) change no gold result:
the seed gold and the PLOVER gold standard score the same with and without."""

import pytest

from eventwire.evaluate import article_gold
from eventwire.pipeline import Pipeline
from eventwire.settings import Settings

FAST = Settings()
FULL = Settings(fast_pass=False, exclude=("senter",), fast_rules=False)


def test_full_settings_really_switch_levers_off():
    assert FAST.fast_pass and "ner" in FAST.exclude and FAST.fast_rules
    assert not FULL.fast_pass and "ner" not in FULL.exclude and not FULL.fast_rules


def test_seed_gold_same_with_and_without_levers(seed_gold, shared):
    text = shared("seed", seed_gold["input"]["path"]).read_text(encoding="utf-8")
    results = []
    for settings in (FAST, FULL):
        rec = Pipeline(settings).code(text, published=seed_gold["input"]["published"]).to_dict()
        results.append(article_gold.score(rec, seed_gold))
    assert results[0] == results[1]
    assert all(ok for checks in results[0].values() for _, ok, _ in checks)


@pytest.mark.slow
def test_plover_gold_same_with_and_without_levers(shared):
    from eventwire.evaluate import plover

    path = shared("eval", "plover-gsr", "PLOVER_GSR_CAMEO.json")
    keys = ("type_accuracy", "dyad_accuracy", "precision", "per_type")
    fast = plover.score(path, pipeline=Pipeline(FAST))
    full = plover.score(path, pipeline=Pipeline(FULL))
    assert {k: fast[k] for k in keys} == {k: full[k] for k in keys}


# Short reports of the kinds the fast pass must not lose (own wording): unnamed doers,
# titles with unknown names, generic nouns, domestic politics, diplomacy.
REPORTS = [
    "President Amara Keita resigned on Thursday after weeks of unrest.",
    "Governor Lucy Brandt declined to sign the budget.",
    "Unidentified gunmen stormed a police post overnight, killing three officers.",
    "Dozens of students were detained outside the university.",
    "A roadside bomb killed two soldiers near the northern border.",
    "Thousands of demonstrators marched through the capital on Sunday.",
    "The senator accused the governor of lying about the contract.",
    "Riot police fired tear gas at protesters in the square.",
    "Two people died when a bus overturned on the mountain road.",
    "The mayor praised the volunteers for their work after the storm.",
    "Russia and China held talks on energy cooperation.",
    "Kidnappers released the aid worker after a month in captivity.",
]


def _events(records):
    return [[(e["sentence"], e["cameo"], [s["code"] for s in e["source"]], [t["code"] for t in e["target"]])
             for e in r.events] for r in records]


def _code(settings, texts):
    from eventwire.record import RawArticle

    raws = [RawArticle(text=t, detect_title=False) for t in texts]
    return [d.article for d in Pipeline(settings).process(raws)]


def test_fast_pass_changes_no_event_on_short_reports():
    fast = _events(_code(FAST, REPORTS))
    assert fast == _events(_code(FULL, REPORTS))
    assert fast == _events(_code(Settings(fast_pass=False), REPORTS))
    assert any(fast) and not fast[8]  # the bus accident is no event


def test_fast_pass_is_still_selective():
    from eventwire.scan import _automaton, scan, worth_parsing

    auto = _automaton((), ())
    idle = ["The weather was mild all week.", "Shares gained two percent in early trading.",
            "The recipe calls for two cups of flour."]
    assert not any(worth_parsing(scan(auto, t), t) for t in idle)
    assert all(worth_parsing(scan(auto, t), t) for t in REPORTS[:8])


@pytest.mark.slow
def test_fast_pass_changes_no_event_on_news_sentences(shared):
    from eventwire.evaluate import conflibert

    items = conflibert.load_items(shared("eval", "conflibert-cameo", "train.tsv"))[::3]
    texts = [it["text"] for it in items]
    assert _events(_code(FAST, texts)) == _events(_code(Settings(fast_pass=False), texts))
