"""A logistic model stored as reviewable JSON: standardise, weigh, squash. No pickle anywhere."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

WEIGHTS_DIR = Path(__file__).parent / "weights"


@dataclass(frozen=True)
class LogisticModel:
    name: str
    features: list[str]
    mean: list[float]
    scale: list[float]
    coef: list[float]
    intercept: float
    threshold: float  # probability at or above which a text is called machine-like
    metrics: dict[str, Any]

    def probability(self, values: dict[str, float]) -> float:
        z = self.intercept
        for f, m, s, c in zip(self.features, self.mean, self.scale, self.coef, strict=True):
            z += c * (values.get(f, 0.0) - m) / s
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    def contributions(self, values: dict[str, float]) -> dict[str, float]:
        """Each feature's push toward 'machine' (positive) or 'human' (negative), in log-odds."""
        return {
            f: c * (values.get(f, 0.0) - m) / s
            for f, m, s, c in zip(self.features, self.mean, self.scale, self.coef, strict=True)
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LogisticModel:
        return cls(
            name=str(data["name"]),
            features=list(data["features"]),
            mean=[float(x) for x in data["mean"]],
            scale=[float(x) if float(x) > 0 else 1.0 for x in data["scale"]],
            coef=[float(x) for x in data["coef"]],
            intercept=float(data["intercept"]),
            threshold=float(data["threshold"]),
            metrics=dict(data.get("metrics", {})),
        )


@cache
def load_model(name: str) -> LogisticModel | None:
    """A shipped model by file name (e.g. 'en.document'), or None if it has not been trained."""
    path = WEIGHTS_DIR / f"{name}.json"
    if not path.is_file():
        return None
    return LogisticModel.from_dict(json.loads(path.read_text(encoding="utf-8")))


@dataclass(frozen=True)
class TellModel:
    """Sentence score: each tell category's precision (share of its hits in machine text),
    combined over a sentence's tells as a noisy OR. No tells, score 0: nothing points at it."""

    name: str
    category_precision: dict[str, float]

    def probability(self, categories: list[str]) -> float:
        keep = 1.0
        for cat in categories:
            keep *= 1.0 - self.category_precision.get(cat, 0.5)
        return 1.0 - keep


@cache
def load_tell_model(name: str) -> TellModel | None:
    path = WEIGHTS_DIR / f"{name}.json"
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return TellModel(str(data["name"]), {k: float(v) for k, v in data["category_precision"].items()})
