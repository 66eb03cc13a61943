"""Issue 5's figures for the emotion model, printed (no timed unit tests).

1. GoEmotions dev: macro-F1 with the Ekman grouping (target >= 0.60) and the sentiment grouping
   (target >= 0.65); the fine 28 labels for reference. Multi-label: every label at or over its
   tuned threshold, the top one if none is.
2. XED held-out 20% (never trained on) per language: macro-F1 over the six Ekman labels XED shares.
3. EmoBank dev: Pearson r of valence, arousal and dominance.
4. Speed: texts/s for short messages batched, one message's latency after warm-up, peak RSS.
5. Fairness on the Equity Evaluation Corpus: mean gap per emotion, paired test (limit 0.02).

Usage: python benchmarks/emotion.py [--data ../shared/data]   (from the repo root)
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time
from pathlib import Path

import numpy as np

from humanize_ai.emotion import corpora, detect_emotion, detect_emotions
from humanize_ai.emotion.fairness import score_gaps
from humanize_ai.emotion.labels import EKMAN, TRAINED_LANGUAGES
from humanize_ai.emotion.model import load_emotion_model


def macro_f1(gold: list[set[str]], pred: list[set[str]], labels: tuple[str, ...]) -> float:
    scores = []
    for label in labels:
        tp = sum(label in g and label in p for g, p in zip(gold, pred, strict=True))
        fp = sum(label not in g and label in p for g, p in zip(gold, pred, strict=True))
        fn = sum(label in g and label not in p for g, p in zip(gold, pred, strict=True))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)


def predicted(texts: list[str], head: str, restrict: tuple[str, ...] | None = None) -> list[set[str]]:
    model = load_emotion_model()
    out = []
    for text in texts:
        h = model.predict(text)[head]
        keep = [i for i, n in enumerate(h.names) if restrict is None or n in restrict]
        chosen = {h.names[i] for i in keep if h.values[i] >= h.thresholds[i]}
        out.append(chosen or {h.names[max(keep, key=lambda i: h.values[i] / h.thresholds[i])]})
    return out


def pearson(a: list[float], b: list[float]) -> float:
    return float(np.corrcoef(a, b)[0, 1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    args = ap.parse_args()
    root = args.data
    model = load_emotion_model()
    print(f"model: {model.name}")

    print("\n1. GoEmotions dev (5,426 comments), macro-F1")
    for head, grouping, target in (
        ("ekman", "ekman", 0.60),
        ("sentiment", "group", 0.65),
        ("fine", "original", None),
    ):
        dev = corpora.goemotions(root, grouping, "dev")
        names = model.heads[head]
        f1 = macro_f1([set(e.labels) for e in dev], predicted([e.text for e in dev], head), names)
        print(f"   {grouping:9s} {f1:.3f}" + (f"  (target >= {target:.2f})" if target else ""))

    print("\n2. XED held-out 20%, macro-F1 over anger, disgust, fear, joy, sadness, surprise")
    six = EKMAN[:-1]
    for lang in TRAINED_LANGUAGES:
        rows = [
            e
            for e in corpora.xed(root, lang, "ekman")
            if corpora.held_out(e.text) and e.labels != ("neutral",)
        ]
        f1 = macro_f1([set(e.labels) for e in rows], predicted([e.text for e in rows], "ekman", six), six)
        print(f"   {lang}  {f1:.3f}  ({len(rows)} sentences)")

    print("\n3. EmoBank dev (1,000 sentences), Pearson r")
    bank = corpora.emobank(root, "dev")
    preds = [model.predict(r[0])["vad"].values for r in bank]
    for i, name in enumerate(("valence", "arousal", "dominance")):
        print(f"   {name:9s} {pearson([r[1 + i] for r in bank], [float(p[i]) for p in preds]):.3f}")

    print("\n4. Speed (2 cores), short messages")
    messages = [e.text for e in corpora.goemotions(root, "ekman", "dev")][:2000]
    detect_emotions(messages[:50])
    start = time.perf_counter()
    detect_emotions(messages)
    rate = len(messages) / (time.perf_counter() - start)
    latencies = []
    for text in messages[:300]:
        t = time.perf_counter()
        detect_emotion(text)
        latencies.append((time.perf_counter() - t) * 1000)
    p95 = sorted(latencies)[int(0.95 * len(latencies))]
    print(f"   batched: {rate:,.0f} texts/s (target >= 200)")
    print(f"   one message: median {statistics.median(latencies):.2f} ms, p95 {p95:.2f} ms (target < 30 ms)")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"   peak resident memory: {rss:.0f} MB (target < 500 MB)")

    print("\n5. Fairness, Equity Evaluation Corpus: mean score gap (limit |gap| <= 0.02)")
    gaps = score_gaps(
        corpora.equity_corpus(root), lambda texts: [r.emotions for r in detect_emotions(texts, "en")]
    )
    worst = max(abs(g.mean_gap) for g in gaps)
    for g in gaps:
        print(
            f"   {g.attribute:6s} {g.emotion:8s} gap {g.mean_gap:+.4f}  p={g.p_value:.3g}  ({g.pairs} pairs)"
        )
    print(f"   largest |gap|: {worst:.4f} -> {'PASS' if worst <= 0.02 else 'FAIL'}")


if __name__ == "__main__":
    main()
