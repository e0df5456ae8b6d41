"""The grouping rules (``data/rules.yaml``): windows, distances, weights, symmetric types, sector families."""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import yaml


@dataclass(frozen=True)
class Rules:
    window_days: int = 1
    report_lag_days: int = 3
    max_span_days: int = 3
    story_window_days: int = 4
    place_km: float = 60.0
    link_threshold: float = 0.5
    story_threshold: float = 0.35
    weights: dict = field(default_factory=dict)
    symmetric_plover: frozenset = frozenset()
    symmetric_cameo_roots: frozenset = frozenset()
    symmetric_cameo: frozenset = frozenset()
    family: dict = field(default_factory=dict)   # sector -> family

    def w(self, name: str) -> float:
        return float(self.weights[name])

    @property
    def max_score(self) -> float:
        """The evidence of two reports that agree on everything (story similarity 0.5)."""
        return (self.w("cameo_same") + self.w("day_same") + self.w("place_same") + 2 * self.w("side_exact")
                + 0.5 * self.w("story"))

    def symmetric(self, cameo: str | None, root: str | None, plover: str | None) -> bool:
        return (plover in self.symmetric_plover or root in self.symmetric_cameo_roots
                or cameo in self.symmetric_cameo)


_KEYS = ("window_days", "report_lag_days", "max_span_days", "story_window_days", "place_km",
         "link_threshold", "story_threshold")


def load_rules(path: str | Path | None = None, **overrides) -> Rules:
    """The built-in rules, or `path` (a YAML file of the same form; keys it lacks keep the built-in value)."""
    text = resources.files(__package__).joinpath("data", "rules.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    if path is not None:
        try:
            own = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise ValueError(f"{path}: cannot read the incident rules ({exc})") from None
        if not isinstance(own, dict):
            raise ValueError(f"{path}: the incident rules must be a mapping")
        weights = {**data["weights"], **(own.pop("weights", None) or {})}
        data.update(own)
        data["weights"] = weights
    data.update(overrides)
    family = {s: fam for fam, sectors in (data.get("sector_families") or {}).items() for s in sectors}
    return Rules(**{k: type(getattr(Rules, k))(data[k]) for k in _KEYS if k in data},
                 weights=dict(data["weights"]),
                 symmetric_plover=frozenset(data.get("symmetric_plover") or ()),
                 symmetric_cameo_roots=frozenset(str(r) for r in data.get("symmetric_cameo_roots") or ()),
                 symmetric_cameo=frozenset(str(c) for c in data.get("symmetric_cameo") or ()),
                 family=family)
