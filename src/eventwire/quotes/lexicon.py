"""The cue lexicon (speech verbs, source phrases...) from ``data/cues.yaml``."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data" / "cues.yaml"


@dataclass(frozen=True)
class Lexicon:
    speech_verbs: frozenset
    stance_verbs: frozenset
    audience_nouns: frozenset
    source_phrases: tuple
    pronouns: frozenset
    cue_forms: frozenset
    not_speakers: frozenset = frozenset()
    not_report_subjects: frozenset = frozenset()
    reference_nouns: frozenset = frozenset()
    target_verbs: frozenset = frozenset()
    question_verbs: frozenset = frozenset()
    according_not_sources: frozenset = frozenset()
    title_abbreviations: tuple = ()  # (abbreviation, role) pairs
    question_openers: frozenset = frozenset()
    anaphors: frozenset = frozenset()
    head_breaks: frozenset = frozenset()
    person_roles: frozenset = frozenset()
    belief_verbs: frozenset = frozenset()
    verb_forms: tuple = ()  # (inflected form, verb) of every cue verb, for lemmatiser slips
    gender_titles: tuple = ()  # "mrs.=f": courtesy titles and gendered pronouns
    speech_nouns: frozenset = frozenset()
    evidence_verbs: frozenset = frozenset()
    document_nouns: frozenset = frozenset()


@functools.lru_cache(maxsize=8)
def load(extra: tuple[str, ...] = ()) -> Lexicon:
    """The built-in lexicon, merged with users' YAML files of the same shape."""
    merged: dict[str, list] = {}
    for path in (DATA, *extra):
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        for key, values in data.items():
            merged.setdefault(key, []).extend(str(v).lower() for v in values or [])
    return Lexicon(
        speech_verbs=frozenset(merged.get("speech_verbs", []) + merged.get("belief_verbs", [])),
        belief_verbs=frozenset(merged.get("belief_verbs", [])),
        verb_forms=tuple((f, v) for v in merged.get("speech_verbs", []) + merged.get("belief_verbs", [])
                         + merged.get("stance_verbs", []) for f in sorted(inflections(v))),
        stance_verbs=frozenset(merged.get("stance_verbs", [])),
        audience_nouns=frozenset(merged.get("audience_nouns", [])),
        source_phrases=tuple(merged.get("source_phrases", [])),
        pronouns=frozenset(merged.get("pronouns", [])),
        cue_forms=frozenset(merged.get("cue_forms", [])) | _text_forms(merged.get("speech_verbs", [])),
        not_speakers=frozenset(merged.get("not_speakers", [])),
        not_report_subjects=frozenset(merged.get("not_report_subjects", [])),
        reference_nouns=frozenset(merged.get("reference_nouns", [])),
        target_verbs=frozenset(merged.get("target_verbs", [])),
        question_verbs=frozenset(merged.get("question_verbs", [])),
        according_not_sources=frozenset(merged.get("according_not_sources", [])),
        title_abbreviations=tuple(tuple(x.split("=", 1)) for x in merged.get("title_abbreviations", []) if "=" in x),
        question_openers=frozenset(merged.get("question_openers", [])),
        anaphors=frozenset(merged.get("anaphors", [])),
        head_breaks=frozenset(merged.get("head_breaks", [])),
        person_roles=frozenset(merged.get("person_roles", [])),
        gender_titles=tuple(merged.get("gender_titles", [])),
        speech_nouns=frozenset(merged.get("speech_nouns", [])),
        evidence_verbs=frozenset(merged.get("evidence_verbs", [])),
        document_nouns=frozenset(merged.get("document_nouns", [])),
    )


# Speech verbs too ambiguous to be cues on the text alone (no parse to check).
_NOT_ON_TEXT = {"show", "find", "know", "hear", "feel", "point", "post", "charge", "answer", "continue",
                "report", "learn", "understand", "realize", "fear", "think", "believe", "observe",
                "indicate", "signal", "describe", "mention", "comment", "repeat", "estimate", "agree",
                "hint", "conclude", "echo", "counter", "maintain", "state", "write", "ask", "tweet"}


def _text_forms(verbs) -> frozenset:
    """Finite forms (3rd person, past) of the speech verbs safe to match on text."""
    out = set()
    for v in verbs:
        if v in _NOT_ON_TEXT:
            continue
        out |= {f for f in inflections(v) if not f.endswith("ing") and f != v
                and (not f.endswith("s") or f in _S_FORMS_ON_TEXT)}
    return frozenset(out)


# Third-person forms that are rarely plural nouns ("claims", "remarks" are).
_S_FORMS_ON_TEXT = {"says", "tells", "adds", "argues", "insists", "warns", "explains", "stresses",
                    "admits", "concedes", "asserts", "alleges", "predicts", "vows", "recalls",
                    "confirms", "denies", "acknowledges", "emphasizes", "contends", "suggests"}


def lexicon_terms() -> list[str]:
    """Words and phrases whose presence means a sentence may hold a quotation.

    For the fast pre-parse scan: inflected cue forms, source phrases and the
    quote marks themselves.  Belief verbs ("know", "want") are left out: too common
    to choose sentences by; a sentence parsed for another reason still gets them.
    """
    lex = load()
    marks = ['"', "“", "”", "‘", "«", "»"]  # not ’: it is also the apostrophe
    words = set(lex.cue_forms) | set(lex.source_phrases)
    for verb in lex.speech_verbs - lex.belief_verbs:
        words.update(inflections(verb))
    return sorted(words) + marks


_IRREGULAR = {"say": ["said"], "tell": ["told"], "write": ["wrote", "written"],
              "think": ["thought"], "feel": ["felt"], "find": ["found"],
              "know": ["knew", "known"], "understand": ["understood"],
              "hear": ["heard"], "show": ["shown"], "learn": ["learnt"]}


def inflections(verb: str) -> set[str]:
    """Regular English forms of a verb (plus the few irregular ones we list)."""
    forms = {verb, *(_IRREGULAR.get(verb, []))}
    if verb.endswith("e"):
        forms |= {verb + "s", verb + "d", verb[:-1] + "ing"}
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    elif verb.endswith(("s", "sh", "ch", "x")):
        forms |= {verb + "es", verb + "ed", verb + "ing"}
    else:
        forms |= {verb + "s", verb + "ed", verb + "ing"}
    return forms
