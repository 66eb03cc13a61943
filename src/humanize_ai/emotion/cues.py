"""Conversational frustration cues, loaded from per-language YAML data (cues/<lang>.yaml, any.yaml).

Each cue is a regular expression with a weight, a reason, a source and examples that must and must
not match; tests/test_emotion_cues.py runs every example."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ruamel.yaml import YAML

CUES_DIR = Path(__file__).parent / "cues"


@dataclass(frozen=True)
class Cue:
    id: str
    pattern: re.Pattern[str]
    weight: float
    reason: str
    source: str
    matches: tuple[str, ...]
    no_match: tuple[str, ...]


@cache
def load_cues(language: str) -> tuple[Cue, ...]:
    """The language's own cues plus the language-neutral ones (caps, repeated punctuation)."""
    out: list[Cue] = []
    for name in ("any", language):
        path = CUES_DIR / f"{name}.yaml"
        if not path.is_file():
            continue
        data = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
        for item in data["cues"]:
            flags = 0 if item.get("case_sensitive") else re.IGNORECASE
            out.append(
                Cue(
                    id=f"{name}.{item['id']}",
                    pattern=re.compile(item["pattern"], flags | re.UNICODE),
                    weight=float(item["weight"]),
                    reason=str(item["reason"]),
                    source=str(item["source"]),
                    matches=tuple(item.get("matches", [])),
                    no_match=tuple(item.get("no_match", [])),
                )
            )
    return tuple(out)


def find_cues(text: str, language: str) -> list[tuple[Cue, str]]:
    """Each cue that fires in the text, once, with the text that fired it."""
    found = []
    for cue in load_cues(language):
        m = cue.pattern.search(text)
        if m:
            found.append((cue, m.group(0)))
    return found
