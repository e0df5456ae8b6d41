"""A candidate mention found in one sentence, before article-level resolution."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Cand:
    kind: str                 # person | surname | nameref | pronoun | role | collective | org | city
    start: int                # character offsets within the sentence (tight: the name itself)
    end: int
    head: int                 # token index of the phrase's head
    phrase: tuple[int, int] = (0, 0)
    country: str | None = None
    sectors: list[str] = field(default_factory=list)
    name: str | None = None   # person name as written, org name, city name
    person: str | None = None  # a person of the people file
    candidates: list[str] = field(default_factory=list)
    gender: str = ""
    role: str = ""            # the title term ("foreign minister")
    titled: bool = False      # sectors come from a title in this sentence
    code: str | None = None   # an organisation's own code ("IGOWSTNAT") for its officials
    ambiguous: bool = False   # "Georgia": kept only if the article names the country otherwise too
    bare: bool = False        # a sector noun with no country ("police", "the rebels"): needs context
    inferred: bool = False    # ``country`` comes from the context (see :mod:`.context`), not the phrase
    of_person: list[str] = field(default_factory=list)  # "the Bush administration": whose government
    possessed: bool = False   # "its troops", "their forces": the owner is the actor named before
    place: bool = False       # a country or capital named as a place ("in Sudan", "of Haiti")
    ethnic: str | None = None  # "ethnic Albanians": the group's people (ALB); ``country`` is where they live
    group: str | None = None  # an actor of its own, named so: "Clinton campaign", "House Democrats", "Memorial"
    party: str | None = None  # the party an official or a role belongs to ("the Republican nominee")
    described: list = field(default_factory=list)  # (person, Role) whose role phrase the description matches
    fallback: list = field(default_factory=list)  # the candidates a description replaced (.described)
    unknown: bool = False     # a name in no table, an actor by its own words (.named)
