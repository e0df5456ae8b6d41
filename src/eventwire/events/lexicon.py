"""The event dictionary: verb and noun patterns with their CAMEO codes, and
the frames ("agreed to", "threatened to", "would") that recode what they govern.

Built-in entries live in ``data/verbs.yaml`` and ``data/nouns.yaml`` (format in
``data/README.md``); users merge their own files over them through
``Settings.events_files``: an entry with the same id replaces the built-in
one, and ``code: null`` removes it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import yaml

from .codebook import codebook
from .evidence import kinds, needs_by_kind, table as _evidence_table

DATA = Path(__file__).parent / "data"
def evidence_people() -> list[str]:
    """evidence.yaml's words for people ("woman", "student", "villager")."""
    return sorted(_evidence_table()["people"])


# frames.yaml keys that are not frames a word can open.
NOT_FRAMES = ("modal", "reporting", "stative_participles", "light_nouns", "location_target_roots",
              "object_control", "unnamed_source_roots", "unnamed_doers", "unnamed_quantities", "anyone_needs", "unnamed_cause_heads",
              "responsibility_claims", "roles", "needs_by_root", "scope")
# A pattern's last word names the preposition whose object is the target.
PREPOSITIONS = frozenset(
    "about against among at between by for from in into of on onto over to toward towards "
    "upon with within".split())
FLAGS = ("symmetric", "reverse", "frame", "of_source", "needs_target", "id", "needs", "otherwise", "not_event")


@dataclass(frozen=True)
class Entry:
    id: str            # stable: "v.hold_talks_with", "n.air_strike"
    kind: str          # "verb" | "noun"
    code: str | None   # CAMEO code; None for a frame that codes nothing alone ("plans to")
    head: str          # lemma of the head word
    words: tuple[str, ...]  # other words that must be in the head's phrase
    target_prep: str | None = None
    symmetric: bool = False  # "X and Y met": a compound subject splits into source/target
    reverse: bool = False    # "receive aid from X": the subject is the target
    frame: str | None = None  # this word recodes the event it governs
    of_source: bool = False   # nouns: "withdrawal of X" names the source, not the target
    needs_target: bool = False  # coded only with a target actor ("recognized Kosovo")
    # Evidence the entry's reading needs around it (any of these kinds, ``evidence.yaml``);
    # without it the entry codes ``otherwise`` (None: nothing).  Unset: the default of its root
    # (``needs_by_root`` in frames.yaml): "attacked Clinton" is criticism, not force.
    needs: tuple[str, ...] | None = None
    otherwise: str | None = None
    # A sense that is no event ("back away from", "weigh in", "beg the question"): being more
    # specific it wins over the entries of its head, and codes nothing.
    not_event: bool = False

    @property
    def pattern(self) -> str:
        return self.id.split(".", 1)[-1].replace("_", " ")


def _entry_id(kind: str, pattern: str) -> str:
    return ("v." if kind == "verb" else "n.") + "_".join(pattern.lower().split())


def frame_names() -> set[str]:
    return {k for k in _frames_file() if k not in NOT_FRAMES}


@functools.lru_cache(maxsize=1)
def _frames_file() -> dict:
    return yaml.safe_load((DATA / "frames.yaml").read_text(encoding="utf-8"))


def parse_group(kind: str, group: dict, where: str) -> list[tuple[str, Entry | None]]:
    """Entries of one ``{code, words, flags...}`` group, as (id, entry or None)."""
    out = []
    code = group.get("code")
    code = None if code in (None, "", "none", "null") else str(code)
    for item in group.get("words", []):
        flags = {k: group[k] for k in FLAGS if k in group and k != "id"}
        item_code = code
        if isinstance(item, dict):
            pattern = str(item["words"])
            flags.update({k: item[k] for k in FLAGS if k in item})
            if "code" in item:
                item_code = None if item["code"] in (None, "", "none", "null") else str(item["code"])
        else:
            pattern = str(item)
        words = [w for w in pattern.lower().split() if w not in ("...", "…")]
        if not words:
            raise ValueError(f"{where}: empty pattern in group {code}")
        eid = str(flags.pop("id", None) or _entry_id(kind, " ".join(words)))
        frame = flags.get("frame")
        if frame is not None and frame not in frame_names():
            raise ValueError(f"{where}: {pattern!r}: unknown frame {frame!r}")
        not_event = bool(flags.get("not_event"))
        if item_code is None and frame is None and not not_event:
            out.append((eid, None))  # removal
            continue
        if item_code is not None and item_code not in codebook():
            raise ValueError(f"{where}: {pattern!r}: unknown CAMEO code {item_code!r}")
        otherwise = flags.get("otherwise")
        otherwise = None if otherwise in (None, "", "none", "null") else str(otherwise)
        if otherwise is not None and otherwise not in codebook():
            raise ValueError(f"{where}: {pattern!r}: unknown CAMEO code {otherwise!r} (otherwise)")
        needs = flags.get("needs")
        if isinstance(needs, str):
            needs = needs.split()
        needs = None if needs is None else tuple(str(n) for n in (needs or []) if str(n) != "none")
        unknown = {k for n in needs or () for k in n.split("+")} - kinds()
        if unknown:
            raise ValueError(f"{where}: {pattern!r}: unknown evidence kind {sorted(unknown)} (needs)")
        words = _split_hyphens(kind, words)
        h = _head_index(kind, words)
        rest = tuple(words[:h] + words[h + 1:])
        out.append((eid, Entry(
            id=eid, kind=kind, code=item_code, head=words[h], words=rest,
            target_prep=rest[-1] if rest and rest[-1] in PREPOSITIONS else None,
            symmetric=bool(flags.get("symmetric")), reverse=bool(flags.get("reverse")),
            frame=frame, of_source=bool(flags.get("of_source")),
            needs_target=bool(flags.get("needs_target")), needs=needs, otherwise=otherwise,
            not_event=not_event)))
    return out


def _split_hyphens(kind: str, words: list[str]) -> list[str]:
    """The parser splits "cease-fire" into "cease", "-", "fire" (the first a compound of
    the last), so a hyphenated word is matched as its parts: "declare cease-fire" needs
    "cease" and "fire".  A verb's head stays whole (its parts would be no verb)."""
    keep = 1 if kind == "verb" else 0
    return words[:keep] + [part for w in words[keep:] for part in w.split("-") if part]


def _head_index(kind: str, words: list[str]) -> int:
    """Verbs: the first word.  Nouns: the last word before any preposition
    ("humanitarian aid", "air strike", "release of", "threat of force")."""
    if kind == "verb":
        return 0
    for i, w in enumerate(words):
        if i and w in PREPOSITIONS:
            return i - 1
    return len(words) - 1


def _load_entries(path: Path, kinds: dict[str, str]) -> list[tuple[str, Entry | None]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out = []
    for key, kind in kinds.items():
        for group in data.get(key, []) or []:
            out.extend(parse_group(kind, group, str(path)))
    return out


class Lexicon:
    """Entries indexed by head lemma, most specific (most words) first."""

    def __init__(self, entries: Iterable[Entry], frames: dict):
        self.entries = {e.id: e for e in entries}
        self.verbs: dict[str, list[Entry]] = {}
        self.nouns: dict[str, list[Entry]] = {}
        for e in self.entries.values():
            index = self.verbs if e.kind == "verb" else self.nouns
            index.setdefault(e.head, []).append(e)
        for index in (self.verbs, self.nouns):
            for lst in index.values():
                lst.sort(key=lambda e: -len(e.words))
        self.frames = {k: v for k, v in frames.items() if k not in NOT_FRAMES}
        modal = frames.get("modal", {})
        self.modal_frame = modal.get("frame", "intend")
        self.modal_aux = frozenset(modal.get("auxiliaries", []))
        rep = frames.get("reporting", {})
        self.reporting = frozenset(rep.get("verbs", []))
        self.demand_aux = frozenset(rep.get("demand_auxiliaries", []))
        self.stative = frozenset(frames.get("stative_participles", []))
        self.light_nouns = frozenset(frames.get("light_nouns", []))
        self.location_roots = frozenset(str(r) for r in frames.get("location_target_roots", []))
        self.object_control = frozenset(frames.get("object_control", []))
        self.unnamed_roots = frozenset(str(r) for r in frames.get("unnamed_source_roots", []))
        self.unnamed_doers = frozenset(frames.get("unnamed_doers", [])) | frozenset(evidence_people())
        self.unnamed_quantities = frozenset(frames.get("unnamed_quantities", []))
        self.unnamed_cause_heads = frozenset(frames.get("unnamed_cause_heads", []))
        self.anyone_needs = {str(k): tuple(str(v).split()) for k, v in (frames.get("anyone_needs") or {}).items()}
        self.responsibility_claims = frames.get("responsibility_claims") or {}
        self.needs_by_root = {str(k): tuple(str(v).split()) for k, v in (frames.get("needs_by_root") or {}).items()}
        self.scope = frames.get("scope") or {}
        roles = frames.get("roles") or {}
        self.clause_target_roots = frozenset(str(r) for r in roles.get("clause_target_roots", []))
        self.undergoing = frozenset(roles.get("undergoing_verbs", []))
        self.patient_possessor = tuple(str(r) for r in roles.get("patient_possessor_codes", []))
        self.from_place_roots = frozenset(str(r) for r in roles.get("from_place_roots", []))
        self.generic_doer_sectors = frozenset(str(r) for r in roles.get("generic_doer_sectors", []))
        self.passive_doer_preps = {p: tuple(str(r) for r in v) for p, v in (roles.get("passive_doer_preps") or {}).items()}

    def unnamed_ok(self, code: str) -> bool:
        """Events of this code are coded when the text names no doer."""
        return any(code.startswith(r) for r in self.unnamed_roots)  # a root ("14") or a code ("0841")

    def own_needs(self, entry: Entry) -> tuple[str, ...]:
        """The evidence kinds the entry's reading needs: its own ``needs:``, else its root's;
        not what every entry of its kind needs (:meth:`needs` adds that)."""
        return entry.needs if entry.needs is not None else self.needs_by_root.get((entry.code or "")[:2], ())

    def needs(self, entry: Entry) -> tuple[str, ...]:
        """The evidence kinds an entry's reading needs: its own, else its root's; joined
        ("agent+material": both) with what every entry of its kind needs (``needs_by_kind``
        of ``evidence.yaml``: a noun needs its agent), unless the entry says ``needs: none``."""
        if entry.needs is not None and not entry.needs:
            return ()
        own = self.own_needs(entry)
        kind = needs_by_kind().get(entry.kind)
        if not kind:
            return own
        return tuple(f"{k}+{kind}" for k in own) if own else (kind,)

    def recode(self, frame: str, code: str) -> str:
        """The code of ``code`` governed by ``frame`` (longest prefix rule)."""
        table = self.frames.get(frame, {})
        for n in range(len(code), 0, -1):
            if code[:n] in table:
                value = str(table[code[:n]])
                break
        else:
            value = str(table.get("*", "="))
        if value == "=":
            return code
        if value in self.frames:  # delegate ("intend" a conflictual act -> "threaten")
            return self.recode(value, code)
        return value


def load(extra_files: Iterable[str] = ()) -> Lexicon:
    """The built-in dictionary with the user's files merged over it."""
    return _load(tuple(extra_files))


@functools.lru_cache(maxsize=8)
def _load(extra_files: tuple[str, ...]) -> Lexicon:
    merged: dict[str, Entry] = {}
    files = [(DATA / "verbs.yaml", {"verbs": "verb"}), (DATA / "nouns.yaml", {"nouns": "noun"})]
    files += [(Path(p), {"verbs": "verb", "nouns": "noun"}) for p in extra_files]
    frames = {k: (dict(v) if isinstance(v, dict) else v) for k, v in _frames_file().items()}
    for path, kinds in files:
        for eid, entry in _load_entries(path, kinds):
            if entry is None:
                merged.pop(eid, None)
            else:
                merged[eid] = entry
        if path.parent != DATA:
            user = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            for name, table in (user.get("frames") or {}).items():
                if isinstance(table, dict):
                    frames.setdefault(name, {}).update(table)
                else:
                    frames[name] = list(frames.get(name, [])) + list(table)
    return Lexicon(merged.values(), frames)
