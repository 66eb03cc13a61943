"""The numbers the score models read: document statistics plus tell densities by category."""

from __future__ import annotations

import re
from collections import Counter

from humanize_ai.analysis.stats import CONTRACTION, DocumentStats, Sentence
from humanize_ai.engine.pipeline import Tell

TELL_CATEGORIES = ("vocabulary", "phrases", "connectives", "hedges", "artifacts", "flags", "markdown")
_COMMA = re.compile(",")


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


def tells_in(sentence: Sentence, tells: list[Tell], to_original: dict[int, int] | None = None) -> list[Tell]:
    return [t for t in tells if t.start < sentence.end and sentence.start < t.end]


def sentence_features(
    sentence: Sentence, tells: list[Tell], doc_mean: float, doc_sd: float
) -> dict[str, float]:
    counts = Counter(t.category for t in tells)
    values = {f"tells_{cat}": float(counts[cat]) for cat in TELL_CATEGORIES}
    values["tells"] = float(len(tells))
    values["words"] = float(sentence.words)
    values["length_z"] = abs(sentence.words - doc_mean) / doc_sd if doc_sd else 0.0
    values["commas"] = float(len(_COMMA.findall(sentence.text)))
    values["contractions"] = float(len(CONTRACTION.findall(sentence.text)))
    return values
