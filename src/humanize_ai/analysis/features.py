"""The numbers the score models read: document statistics plus tell densities by category."""

from __future__ import annotations

from collections import Counter

from humanize_ai.analysis.stats import DocumentStats, Sentence
from humanize_ai.engine.pipeline import Tell

TELL_CATEGORIES = ("vocabulary", "phrases", "connectives", "hedges", "artifacts", "flags", "markdown")


def document_features(stats: DocumentStats, tells: list[Tell] | None) -> dict[str, float]:
    """Statistics, and (when a rule pack was used) tells per 100 words for each category."""
    values = dict(stats.values)
    if tells is not None:
        per100 = 100.0 / max(1, stats.words)
        counts = Counter(t.category for t in tells)
        for cat in TELL_CATEGORIES:
            values[f"tells_{cat}_per_100w"] = counts[cat] * per100
        values["tells_per_100w"] = len(tells) * per100
    return values


def tells_in(sentence: Sentence, tells: list[Tell]) -> list[Tell]:
    return [t for t in tells if t.start < sentence.end and sentence.start < t.end]
