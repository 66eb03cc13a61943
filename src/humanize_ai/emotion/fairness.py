"""Score gaps on the Equity Evaluation Corpus (Kiritchenko & Mohammad 2018).

Sentences are grouped by template and emotion word; within a group the mean score of one side
(female, African-American names) is paired with the other's (male, European-American names).
The paired t statistic uses a normal approximation: there are hundreds of pairs."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Gap:
    attribute: str  # gender or race
    emotion: str
    mean_gap: float  # side A minus side B, averaged over pairs
    pairs: int
    p_value: float  # two-sided, paired t-test (normal approximation)


SIDES = {"gender": ("Gender", "female", "male"), "race": ("Race", "African-American", "European")}


def _p_value(diffs: Sequence[float]) -> float:
    n = len(diffs)
    mean = sum(diffs) / n
    var = sum((d - mean) ** 2 for d in diffs) / (n - 1) if n > 1 else 0.0
    if var == 0.0:
        return 1.0 if mean == 0.0 else 0.0
    t = mean / math.sqrt(var / n)
    return math.erfc(abs(t) / math.sqrt(2.0))


def score_gaps(
    rows: list[dict[str, str]], scores: Callable[[list[str]], list[dict[str, float]]]
) -> list[Gap]:
    """Gaps for every emotion that `scores` returns, for gender and race."""
    texts = sorted({r["Sentence"] for r in rows})
    by_text = dict(zip(texts, scores(texts), strict=True))
    emotions = list(next(iter(by_text.values())))
    gaps = []
    for attribute, (column, side_a, side_b) in SIDES.items():
        groups: dict[tuple[str, str], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for r in rows:
            if r[column] in (side_a, side_b):
                groups[(r["Template"], r["Emotion word"])][r[column]].append(r["Sentence"])
        paired = [g for g in groups.values() if g[side_a] and g[side_b]]
        for emotion in emotions:
            diffs = []
            for g in paired:
                a = sum(by_text[t][emotion] for t in g[side_a]) / len(g[side_a])
                b = sum(by_text[t][emotion] for t in g[side_b]) / len(g[side_b])
                diffs.append(a - b)
            if diffs:
                gaps.append(Gap(attribute, emotion, sum(diffs) / len(diffs), len(diffs), _p_value(diffs)))
    return gaps
