"""Readers for the emotion corpora in ../shared/data/emotion and the bias corpus.

Shared by the training script, the benchmark and the tests, so all three read the data one way."""

from __future__ import annotations

import csv
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from humanize_ai.emotion.labels import XED_TO_EKMAN, XED_TO_GROUP

HELD_OUT_PERCENT = 20  # XED rows whose text hash falls here are never trained on


@dataclass(frozen=True)
class Example:
    text: str
    labels: tuple[str, ...]
    language: str
    source: str


def held_out(text: str) -> bool:
    return zlib.crc32(text.encode("utf-8")) % 100 < HELD_OUT_PERCENT


def goemotions(root: Path, grouping: str, split: str) -> list[Example]:
    """grouping: 'ekman', 'group' or 'original'; split: 'train' or 'dev'."""
    folder = root / "emotion" / "goemotions" / grouping
    names = (folder / "labels.txt").read_text(encoding="utf-8").split()
    out = []
    with (folder / f"{split}.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            text, ids, _ = line.rstrip("\n").split("\t")
            out.append(Example(text, tuple(names[int(i)] for i in ids.split(",")), "en", "goemotions"))
    return out


def _xed_rows(path: Path) -> Iterator[tuple[str, list[int]]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 2:  # stray alignment rows
                continue
            try:
                ids = [int(x) for x in parts[1].replace(" ", "").split(",") if x]
            except ValueError:
                continue
            if parts[0].strip() and ids:
                yield parts[0].strip(), ids


def xed(root: Path, language: str, mapping: str = "ekman") -> list[Example]:
    """XED sentences of one language, labels mapped to 'ekman' or 'group'; neutral sentences included
    where XED has them (en, fi). Rows with no mapped label are dropped."""
    base = root / "emotion" / "xed"
    annotated = base / "AnnotatedData" / f"{language}-annotated.tsv"
    path = annotated if annotated.is_file() else base / "Projections" / f"{language}-projections.tsv"
    table = XED_TO_EKMAN if mapping == "ekman" else XED_TO_GROUP
    out = []
    for text, ids in _xed_rows(path):
        labels = tuple(sorted({table[i] for i in ids if i in table}))
        if labels:
            out.append(Example(text, labels, language, "xed"))
    neutral = base / "AnnotatedData" / f"neu_{language}.txt"
    if neutral.is_file():
        for line in neutral.read_text(encoding="utf-8").splitlines():
            text = line.split("\t")[0].strip()
            if text:
                out.append(Example(text, ("neutral",), language, "xed"))
    return out


def emobank(root: Path, split: str) -> list[tuple[str, float, float, float]]:
    """(text, valence, arousal, dominance) rows of EmoBank's official split ('train' or 'dev')."""
    with (root / "emotion" / "emobank" / "emobank_train_dev.csv").open(encoding="utf-8", newline="") as fh:
        return [
            (r["text"], float(r["V"]), float(r["A"]), float(r["D"]))
            for r in csv.DictReader(fh)
            if r["split"] == split and r["text"].strip()
        ]


def equity_corpus(root: Path) -> list[dict[str, str]]:
    with (root / "bias" / "Equity-Evaluation-Corpus.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))
