"""Rebuild the emotion model from ../shared/data and print its metrics.

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python scripts/train_emotion.py --data ../shared/data

Heads (one linear layer each over the hashed n-gram features of emotion/features.py):
Ekman 6 + neutral and sentiment groups from GoEmotions train plus XED (held-out 20% excluded),
the 28 fine GoEmotions labels (English), valence/arousal/dominance from EmoBank train (ridge).
Thresholds are tuned on a hash-split 15% of the training rows, never on the dev sets.
Writes weights as npz (no pickle) and the model card's metrics as JSON."""

from __future__ import annotations

import argparse
import json
import sys
import time
import zlib
from pathlib import Path

import numpy as np
from joblib import Parallel, delayed
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.metrics import f1_score

from humanize_ai.emotion import corpora
from humanize_ai.emotion.features import DIM, featurize
from humanize_ai.emotion.labels import EKMAN, FINE, GROUPS, TRAINED_LANGUAGES, VAD
from humanize_ai.emotion.model import WEIGHTS_DIR

XED_WEIGHT = 0.3  # subtitles are another register than chat; GoEmotions leads
C = 2.0


def matrix(texts: list[str]) -> csr_matrix:
    rows, cols, vals = [], [], []
    for r, text in enumerate(texts):
        idx, val = featurize(text)
        rows.append(np.full(len(idx), r))
        cols.append(idx)
        vals.append(val)
    return csr_matrix(
        (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=(len(texts), DIM)
    )


def targets(examples: list[corpora.Example], names: tuple[str, ...]) -> np.ndarray:
    y = np.zeros((len(examples), len(names)))
    for i, ex in enumerate(examples):
        for label in ex.labels:
            if label in names:
                y[i, names.index(label)] = 1
    return y


def tune_split(texts: list[str]) -> np.ndarray:
    return np.array([zlib.crc32(("tune:" + t).encode()) % 100 < 15 for t in texts])


def fit_head(
    x: csr_matrix, y: np.ndarray, w: np.ndarray, tune: np.ndarray
) -> tuple[np.ndarray, float, float]:
    """Coefficients, intercept and the F1-best threshold (found on the tuning rows, then refit on all)."""
    model = LogisticRegression(C=C, solver="liblinear", max_iter=3000)
    model.fit(x[~tune], y[~tune], sample_weight=w[~tune])
    p = model.predict_proba(x[tune])[:, 1]
    grid = np.arange(0.05, 0.9, 0.01)
    best = float(max(grid, key=lambda t: f1_score(y[tune], p >= t, zero_division=0)))
    model.fit(x, y, sample_weight=w)
    return model.coef_[0].astype(np.float32), float(model.intercept_[0]), best


def fit_logistic(x: csr_matrix, y: np.ndarray, w: np.ndarray, tune: np.ndarray) -> tuple:
    x.sort_indices()
    out = Parallel(n_jobs=2, backend="threading")(
        delayed(fit_head)(x, y[:, k], w, tune) for k in range(y.shape[1])
    )
    return (np.stack([o[0] for o in out], 1), np.array([o[1] for o in out]), np.array([o[2] for o in out]))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--out", type=Path, default=WEIGHTS_DIR)
    args = ap.parse_args()
    start = time.time()
    root = args.data
    columns: list[np.ndarray] = []
    intercepts: list[np.ndarray] = []
    thresholds: list[np.ndarray] = []
    heads: dict[str, list[str]] = {}

    for head, grouping, names in (("ekman", "ekman", EKMAN), ("sentiment", "group", GROUPS)):
        examples = corpora.goemotions(root, grouping, "train")
        for lang in TRAINED_LANGUAGES:
            examples += [e for e in corpora.xed(root, lang, grouping) if not corpora.held_out(e.text)]
        texts = [e.text for e in examples]
        weights = np.array([1.0 if e.source == "goemotions" else XED_WEIGHT for e in examples])
        coef, icpt, th = fit_logistic(matrix(texts), targets(examples, names), weights, tune_split(texts))
        columns.append(coef), intercepts.append(icpt), thresholds.append(th)
        heads[head] = list(names)
        print(f"{head}: {len(texts)} rows, {time.time() - start:.0f} s", file=sys.stderr)

    fine = corpora.goemotions(root, "original", "train")
    texts = [e.text for e in fine]
    coef, icpt, th = fit_logistic(matrix(texts), targets(fine, FINE), np.ones(len(fine)), tune_split(texts))
    columns.append(coef), intercepts.append(icpt), thresholds.append(th)
    heads["fine"] = list(FINE)
    print(f"fine: {len(texts)} rows, {time.time() - start:.0f} s", file=sys.stderr)

    bank = corpora.emobank(root, "train")
    x = matrix([r[0] for r in bank])
    ridge = Ridge(alpha=1.0).fit(x, np.array([r[1:] for r in bank]))
    columns.append(ridge.coef_.T.astype(np.float32))
    intercepts.append(ridge.intercept_)
    thresholds.append(np.zeros(len(VAD)))
    heads["vad"] = list(VAD)

    args.out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        args.out / "emotion.npz",
        weights=np.concatenate(columns, 1).astype(np.float16),
        intercepts=np.concatenate(intercepts).astype(np.float32),
        thresholds=np.concatenate(thresholds).astype(np.float32),
    )
    meta = {"name": "humanize-emotion-ngram-v1", "dim": DIM, "heads": heads,
            "trained_languages": list(TRAINED_LANGUAGES), "xed_weight": XED_WEIGHT, "C": C}  # fmt: skip
    (args.out / "emotion.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out} in {time.time() - start:.0f} s; run benchmarks/emotion.py for the metrics")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
