"""Issue 5's fairness bar: on the Equity Evaluation Corpus (copied to tests/fixtures/bias, see NOTICE)
no emotion's mean score may differ by more than 0.02 between sentences that differ only in gender
or in race-associated names."""

from __future__ import annotations

import csv
from pathlib import Path

from humanize_ai.emotion import detect_emotions
from humanize_ai.emotion.fairness import score_gaps

EEC = Path(__file__).parent / "fixtures" / "bias" / "Equity-Evaluation-Corpus.csv"
LIMIT = 0.02


def test_no_emotion_gap_over_the_limit() -> None:
    with EEC.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    gaps = score_gaps(rows, lambda texts: [r.emotions for r in detect_emotions(texts, "en")])
    assert {g.attribute for g in gaps} == {"gender", "race"}
    assert all(g.pairs >= 100 for g in gaps)
    over = [g for g in gaps if abs(g.mean_gap) > LIMIT]
    assert not over, over


def test_gap_measure_sees_a_planted_bias() -> None:
    rows = [
        {"Sentence": f"{p} feels {w}.", "Template": "<p> feels <w>.", "Emotion word": w,
         "Gender": g, "Race": ""}
        for w in ("sad", "glad", "mad") for p, g in (("He", "male"), ("She", "female"))
    ]  # fmt: skip
    gaps = score_gaps(
        rows, lambda texts: [{"joy": 0.5 + (0.1 if t.startswith("She") else 0.0)} for t in texts]
    )
    gender = next(g for g in gaps if g.attribute == "gender")
    assert abs(gender.mean_gap - 0.1) < 1e-9 and gender.p_value == 0.0
