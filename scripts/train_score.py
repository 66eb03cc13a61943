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
SENTENCES_PER_DOC = 12  # cap, so long documents do not dominate the sentence model
C = 1.0  # inverse L2 strength; the features are few and standardised


def rows(doc: Doc) -> tuple[Doc, dict[str, float], list[dict[str, float]]]:
    values, sentences, _ = training_rows(doc.text, doc.lang)
    return doc, values, sentences


def fit(name: str, X: np.ndarray, y: np.ndarray, features: list[str]) -> tuple[dict[str, Any], Any]:
    scaler = StandardScaler().fit(X)
    clf = LogisticRegression(C=C, max_iter=2000, class_weight="balanced").fit(scaler.transform(X), y)
    p = clf.predict_proba(scaler.transform(X))[:, 1]
    human = np.sort(p[y == 0])
    threshold = float(human[int(np.ceil((1 - MAX_TRAIN_FPR) * len(human))) - 1]) if len(human) else 0.5
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


def evaluate(fitted: Any, threshold: float, X: np.ndarray, y: np.ndarray, groups: dict[str, list[int]]) -> dict:
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
    data = [(d, v, s) for d, v, s in data if v["_words"] >= MIN_WORDS]
    print(f"documents with >= {MIN_WORDS} words: {len(data)} "
          f"(train {sum(not d.held_out for d, _, _ in data)}, held out {sum(d.held_out for d, _, _ in data)})")
    WEIGHTS_DIR.mkdir(parents=True, exist_ok=True)
    specs = [
        ("en.document", lambda d: d.lang == "en", lambda v: sorted(k for k in v if not k.startswith("_"))),
        ("any.document", lambda d: True, lambda v: sorted(k for k in v if not k.startswith(("_", "tells")))),
    ]
    for name, keep, feats in specs:
        subset = [(d, v) for d, v, _ in data if keep(d)]
        features = feats(subset[0][1])
        train = [(d, v) for d, v in subset if not d.held_out]
        test = [(d, v) for d, v in subset if d.held_out]
        Xtr, ytr = matrix([v for _, v in train], features), np.array([d.kind == "machine" for d, _ in train], int)
        Xte, yte = matrix([v for _, v in test], features), np.array([d.kind == "machine" for d, _ in test], int)
        model, fitted = fit(name, Xtr, ytr, features)
        groups: dict[str, list[int]] = defaultdict(list)
        for i, (d, _) in enumerate(test):
            groups[f"source:{d.source}"].append(i)
            groups[f"lang:{d.lang}"].append(i)
        model["metrics"] = {"train_n": len(train), **evaluate(fitted, model["threshold"], Xte, yte, groups)}
        (WEIGHTS_DIR / f"{name}.json").write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        report(model)

    # sentence model: sentences inherit their document's label (noisy, so it is used for ranking)
    train_rows, train_y, test_rows, test_y = [], [], [], []
    for d, _, sentences in data:
        if d.lang != "en":
            continue
        target = (test_rows, test_y) if d.held_out else (train_rows, train_y)
        for s in sentences[:SENTENCES_PER_DOC]:
            target[0].append(s)
            target[1].append(int(d.kind == "machine"))
    features = sorted(train_rows[0])
    model, fitted = fit("en.sentence", matrix(train_rows, features), np.array(train_y), features)
    model["metrics"] = {"train_n": len(train_rows),
                        **evaluate(fitted, model["threshold"], matrix(test_rows, features), np.array(test_y), {})}
    (WEIGHTS_DIR / "en.sentence.json").write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    report(model)


def report(model: dict[str, Any]) -> None:
    m = model["metrics"]
    print(f"\n{model['name']}: threshold {model['threshold']:.3f} (score {round(100 * model['threshold'])}), "
          f"trained on {m['train_n']}")
    print(f"  held out: {m['held_out']}  brier {m['brier']}")
    for g, b in m.get("by_group", {}).items():
        print(f"  {g:28} {b}")
    top = sorted(zip(model["features"], model["coef"], strict=True), key=lambda x: -abs(x[1]))[:8]
    print("  strongest features: " + ", ".join(f"{f} {c:+.2f}" for f, c in top))


if __name__ == "__main__":
    main()
