"""Shared fixtures: the pipeline (model loaded once per session) and the
shared evaluation folder (tests that need it skip with a clear message
when it is absent, as in a user's fresh clone)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def shared_file(*parts: str) -> Path:
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"shared evaluation material not found at {p} (only measured where ../shared exists)")
    return p


@pytest.fixture(scope="session")
def pipeline():
    from eventwire.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def seed_gold():
    return json.loads(shared_file("seed", "lavrov-syria-talks.gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_record(pipeline, seed_gold):
    text = shared_file("seed", seed_gold["input"]["path"]).read_text(encoding="utf-8")
    return pipeline.code(text, published=seed_gold["input"]["published"]).to_dict()


@pytest.fixture(scope="session")
def shared():
    """``shared("seed", "x.txt")`` -> path, or skip when absent."""
    return shared_file
