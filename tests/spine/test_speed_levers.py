"""The speed levers (fast pass, components left out) change no gold result:
the seed gold and the PLOVER gold standard score the same with and without."""

import pytest

from eventwire.evaluate import article_gold
from eventwire.pipeline import Pipeline
from eventwire.settings import Settings

FAST = Settings()
FULL = Settings(fast_pass=False, exclude=("senter",))


def test_full_settings_really_switch_levers_off():
    assert FAST.fast_pass and "ner" in FAST.exclude
    assert not FULL.fast_pass and "ner" not in FULL.exclude


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
