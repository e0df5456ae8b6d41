"""Checks shared by the actors tests."""

from __future__ import annotations


def check(actors: list[dict], expected: list[str]) -> list[str]:
    """Problems with ``expected`` items: "CODE", "CODE:name part", "!CODE", "!:name part"."""
    problems = []
    for item in expected:
        negate = item.startswith("!")
        code, _, name = item.lstrip("!").partition(":")
        hits = [a for a in actors
                if (not code or a["code"] == code) and (not name or name in a["name"])]
        if negate and hits:
            problems.append(f"unexpected {item}: {[(a['name'], a['code']) for a in hits]}")
        if not negate and not hits:
            problems.append(f"missing {item}")
    return problems


def summary(actors: list[dict]) -> list[tuple[str, str, list[str]]]:
    return [(a["name"], a["code"], [m["text"] for m in a["mentions"]]) for a in actors]
