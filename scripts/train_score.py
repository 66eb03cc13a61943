"""Retrain the machine-style score models from ../shared/data/ai-text and print their metrics.

Writes src/humanize_ai/analysis/weights/{en.document,any.document,en.sentence}.json: plain JSON
(feature names, standardisation, coefficients, threshold, held-out metrics), never pickle.
Needs scikit-learn: pip install -e '.[train]'. Usage: python scripts/train_score.py
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import brier_score_loss, roc_auc_score
from sklearn.preprocessing import StandardScaler

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from corpus import Doc, documents  # noqa: E402
from humanize_ai.analysis.analyze import MIN_WORDS, training_rows  # noqa: E402
from humanize_ai.analysis.model import WEIGHTS_DIR  # noqa: E402

MAX_TRAIN_FPR = 0.05  # the threshold is the lowest probability whose training FPR stays under 5%
C = 1.0  # inverse L2 strength; the features are few and standardised


def rows(doc: Doc) -> tuple[Doc, dict[str, float]]:
    return doc, training_rows(doc.text, doc.lang)[0]


def source_weights(docs: list[Doc]) -> np.ndarray:
    """Each (source, kind) group weighs the same in total: 7,500 GPT-2-era pairs from one corpus
    must not drown the 400 chat-model pairs, or the model learns one corpus's formatting."""
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for d in docs:
        counts[(d.source, d.kind)] += 1
    w = np.array([1.0 / counts[(d.source, d.kind)] for d in docs])
    return w * len(docs) / w.sum()


def fit(
    name: str, X: np.ndarray, y: np.ndarray, features: list[str], w: np.ndarray
) -> tuple[dict[str, Any], Any]:
    scaler = StandardScaler().fit(X)
    clf = LogisticRegression(C=C, max_iter=5000).fit(scaler.transform(X), y, sample_weight=w)
    p = clf.predict_proba(scaler.transform(X))[:, 1]
    order = np.argsort(-p[y == 0])
    human_p, human_w = p[y == 0][order], w[y == 0][order]
    cum = np.cumsum(human_w) / human_w.sum()  # weighted FPR if the threshold sat just above each score
    above = human_p[cum > MAX_TRAIN_FPR]
    threshold = float(above[0]) if len(above) else 0.5
    model = {
        "name": name,
        "features": features,
        "mean": scaler.mean_.tolist(),
        "scale": scaler.scale_.tolist(),
        "coef": clf.coef_[0].tolist(),
        "intercept": float(clf.intercept_[0]),
        "threshold": round(threshold, 4),
    }
    return model, (scaler, clf)


def evaluate(
    fitted: Any, threshold: float, X: np.ndarray, y: np.ndarray, groups: dict[str, list[int]]
) -> dict[str, Any]:
    scaler, clf = fitted
    p = clf.predict_proba(scaler.transform(X))[:, 1]

    def block(idx: list[int]) -> dict[str, Any]:
        yy, pp = y[idx], p[idx]
        out: dict[str, Any] = {"n": len(idx)}
        if len(set(yy)) == 2:
            out["roc_auc"] = round(float(roc_auc_score(yy, pp)), 3)
        if (yy == 0).any():
            out["fpr_human"] = round(float((pp[yy == 0] >= threshold).mean()), 3)
        if (yy == 1).any():
            out["tpr_machine"] = round(float((pp[yy == 1] >= threshold).mean()), 3)
        return out

    metrics = {"held_out": block(list(range(len(y)))), "brier": round(float(brier_score_loss(y, p)), 4)}
    metrics["by_group"] = {g: block(idx) for g, idx in sorted(groups.items())}
    return metrics


def matrix(values: list[dict[str, float]], features: list[str]) -> np.ndarray:
    return np.array([[v.get(f, 0.0) for f in features] for v in values], dtype=float)


def main() -> None:
    docs = [d for d in documents(lang=None) if d.text.strip()]
    with ProcessPoolExecutor(max_workers=2) as pool:
        data = list(pool.map(rows, docs, chunksize=64))
    data = [(d, v) for d, v in data if v["_words"] >= MIN_WORDS]
    held = sum(d.held_out for d, _ in data)
    print(f"documents with >= {MIN_WORDS} words: {len(data)} (train {len(data) - held}, held out {held})")
    WEIGHTS_DIR.mkdir(parents=True, exist_ok=True)
    specs = [
        ("en.document", lambda d: d.lang == "en", lambda v: sorted(k for k in v if not k.startswith("_"))),
        ("any.document", lambda d: True, lambda v: sorted(k for k in v if not k.startswith(("_", "tells")))),
    ]
    for name, keep, feats in specs:
        subset = [(d, v) for d, v in data if keep(d)]
        features = feats(subset[0][1])
        train = [(d, v) for d, v in subset if not d.held_out]
        test = [(d, v) for d, v in subset if d.held_out]
        Xtr, Xte = matrix([v for _, v in train], features), matrix([v for _, v in test], features)
        ytr = np.array([d.kind == "machine" for d, _ in train], int)
        yte = np.array([d.kind == "machine" for d, _ in test], int)
        model, fitted = fit(name, Xtr, ytr, features, source_weights([d for d, _ in train]))
        groups: dict[str, list[int]] = defaultdict(list)
        for i, (d, _) in enumerate(test):
            groups[f"source:{d.source}"].append(i)
            groups[f"lang:{d.lang}"].append(i)
        model["metrics"] = {"train_n": len(train), **evaluate(fitted, model["threshold"], Xte, yte, groups)}
        (WEIGHTS_DIR / f"{name}.json").write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        report(model)

    # sentence score: how often a tell of each category comes from a machine text (its precision on
    # the training documents, Laplace-smoothed); a sentence's tells combine as a noisy OR.
    hits: dict[str, list[float]] = defaultdict(lambda: [1.0, 1.0])  # [machine, human] + 1 each
    for d, v in data:
        if d.lang == "en" and not d.held_out:
            for f, rate in v.items():
                if f.startswith("tells_") and f.endswith("_per_100w") and f != "tells_per_100w":
                    cat = f[len("tells_") : -len("_per_100w")]
                    hits[cat][0 if d.kind == "machine" else 1] += rate * v["_words"] / 100
    precision = {cat: round(m / (m + h), 4) for cat, (m, h) in sorted(hits.items())}
    sentence_model = {
        "name": "en.sentence",
        "kind": "noisy_or",
        "category_precision": precision,
        "metrics": {"note": "per-category share of tells found in machine texts (training split)"},
    }
    (WEIGHTS_DIR / "en.sentence.json").write_text(
        json.dumps(sentence_model, indent=1) + "\n", encoding="utf-8"
    )
    print("\nen.sentence: tell precision by category", precision)


def report(model: dict[str, Any]) -> None:
    m = model["metrics"]
    print(
        f"\n{model['name']}: threshold {model['threshold']:.3f} (score {round(100 * model['threshold'])}), "
        f"trained on {m['train_n']}"
    )
    print(f"  held out: {m['held_out']}  brier {m['brier']}")
    for g, b in m.get("by_group", {}).items():
        print(f"  {g:28} {b}")
    top = sorted(zip(model["features"], model["coef"], strict=True), key=lambda x: -abs(x[1]))[:8]
    print("  strongest features: " + ", ".join(f"{f} {c:+.2f}" for f, c in top))


if __name__ == "__main__":
    main()
