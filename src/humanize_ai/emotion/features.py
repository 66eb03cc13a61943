"""Text to hashed word and character n-gram features: the same code at training and at run time.

Hashing (crc32) keeps the model free of a vocabulary file and lets any script in; character
n-grams carry a language's morphology, word n-grams its phrases."""

from __future__ import annotations

import math
import re
import zlib
from itertools import pairwise
from pathlib import Path

import numpy as np

DIM = 1 << 17
MAX_CHARS = 2000  # a message's emotion is in its first lines; cost must not grow with the text
CHAR_ORDERS = (2, 3, 4, 5)
WORD = re.compile(r"\w[\w']*|[^\w\s]", re.UNICODE)
PERSON = "<person>"
NEUTRAL_TERMS = frozenset(
    line.strip()
    for line in (Path(__file__).parent / "neutral_terms.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
)


def _hash(key: str) -> int:
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) & (DIM - 1)


def _normalised(counts: dict[int, float]) -> dict[int, float]:
    weighted = {k: 1.0 + math.log(v) for k, v in counts.items()}
    norm = math.sqrt(sum(v * v for v in weighted.values())) or 1.0
    return {k: v / norm for k, v in weighted.items()}


def featurize(text: str) -> tuple[np.ndarray, np.ndarray]:
    """Indices and values of one text's features (word and character groups each L2-normalised)."""
    lowered = text[:MAX_CHARS].lower()
    words = [PERSON if w in NEUTRAL_TERMS else w for w in WORD.findall(lowered)]
    word_counts: dict[int, float] = {}
    for gram in [*words, *(f"{a} {b}" for a, b in pairwise(words))]:
        h = _hash("w:" + gram)
        word_counts[h] = word_counts.get(h, 0.0) + 1.0
    char_counts: dict[int, float] = {}
    for word in words:
        padded = f" {word} "
        for n in CHAR_ORDERS:
            for i in range(len(padded) - n + 1):
                h = _hash("c:" + padded[i : i + n])
                char_counts[h] = char_counts.get(h, 0.0) + 1.0
    merged: dict[int, float] = {}
    for group in (_normalised(word_counts), _normalised(char_counts)):
        for k, v in group.items():
            merged[k] = merged.get(k, 0.0) + v
    idx = np.fromiter(merged.keys(), dtype=np.int64, count=len(merged))
    val = np.fromiter(merged.values(), dtype=np.float32, count=len(merged))
    return idx, val
