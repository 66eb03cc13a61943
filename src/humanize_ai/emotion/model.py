"""The trained emotion model: linear heads over hashed n-grams, loaded from npz without pickle."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from humanize_ai.emotion.features import DIM, featurize
from humanize_ai.errors import HumanizeError

WEIGHTS_DIR = Path(__file__).parent / "weights"


class ModelMissingError(HumanizeError):
    """The emotion weights are not installed (run scripts/train_emotion.py)."""


@dataclass(frozen=True)
class HeadOutput:
    names: tuple[str, ...]
    values: np.ndarray  # probabilities for classifier heads, raw values for regression heads
    thresholds: np.ndarray

    def as_dict(self) -> dict[str, float]:
        return {n: float(v) for n, v in zip(self.names, self.values, strict=True)}


@dataclass(frozen=True)
class EmotionModel:
    name: str
    heads: dict[str, tuple[str, ...]]
    weights: np.ndarray  # (DIM, columns) float16
    intercepts: np.ndarray
    thresholds: np.ndarray
    trained_languages: tuple[str, ...]

    def predict(self, text: str) -> dict[str, HeadOutput]:
        idx, val = featurize(text)
        raw = (self.weights[idx].astype(np.float32).T @ val) + self.intercepts
        out: dict[str, HeadOutput] = {}
        start = 0
        for head, names in self.heads.items():
            end = start + len(names)
            values = (
                raw[start:end] if head == "vad" else 1.0 / (1.0 + np.exp(-np.clip(raw[start:end], -50, 50)))
            )
            out[head] = HeadOutput(names, values, self.thresholds[start:end])
            start = end
        return out


@cache
def load_emotion_model(folder: Path = WEIGHTS_DIR) -> EmotionModel:
    meta_path, weights_path = folder / "emotion.json", folder / "emotion.npz"
    if not (meta_path.is_file() and weights_path.is_file()):
        raise ModelMissingError(f"emotion model not found in {folder}: run scripts/train_emotion.py")
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    with np.load(weights_path, allow_pickle=False) as data:
        weights, intercepts, thresholds = data["weights"], data["intercepts"], data["thresholds"]
    heads = {k: tuple(v) for k, v in meta["heads"].items()}
    if weights.shape != (DIM, sum(len(v) for v in heads.values())) or meta["dim"] != DIM:
        raise ModelMissingError(f"emotion model in {folder} does not match this version's features")
    return EmotionModel(
        meta["name"], heads, weights, intercepts, thresholds, tuple(meta["trained_languages"])
    )
