"""Edits as a plan: each one explained, and the text rebuilt from any subset of them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Edit:
    """One change: replace original[start:end] (code-point offsets into the input) by `after`."""

    id: str
    rule: str
    category: str
    start: int
    end: int
    before: str
    after: str
    reason: str
    source: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Flag:
    """A tell we report but do not change."""

    rule: str
    start: int
    end: int
    text: str
    reason: str
    source: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class RolledBack:
    """A candidate edit the fidelity guard refused, and why."""

    rule: str
    start: int
    end: int
    before: str
    after: str
    why: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def apply_edits(original: str, edits: Iterable[Edit]) -> str:
    """Rebuild the text with the given edits; they must not overlap."""
    out: list[str] = []
    pos = 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        if e.start < pos:
            raise ValueError(f"edit {e.id} overlaps an earlier edit")
        if original[e.start : e.end] != e.before:
            raise ValueError(f"edit {e.id} does not match the text at {e.start}:{e.end}")
        out.append(original[pos : e.start])
        out.append(e.after)
        pos = e.end
    out.append(original[pos:])
    return "".join(out)


def select(edits: Sequence[Edit], accept: Iterable[str] | None, reject: Iterable[str]) -> list[Edit]:
    """The edits to keep: `accept` (None: all) minus `reject`; unknown ids are an error."""
    known = {e.id for e in edits}
    rejected = set(reject)
    accepted = set(accept) if accept is not None else known
    unknown = (rejected | accepted) - known
    if unknown:
        raise KeyError(f"unknown edit id(s): {', '.join(sorted(unknown))}")
    return [e for e in edits if e.id in accepted and e.id not in rejected]
