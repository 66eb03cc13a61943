"""The human-vs-machine pairs in ../shared/data/ai-text, read the same way by every benchmark."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ai-text"
M4_LANG = {"germanwikipedia": "de", "russian": "ru", "qazh": "zh", "id-newspaper": "id"}


@dataclass(frozen=True)
class Doc:
    kind: str  # "human" or "machine"
    lang: str
    source: str  # e.g. m4/wikipedia, fdg/xsum_gpt2-xl
    text: str


def documents(root: Path = SHARED, lang: str | None = "en") -> Iterator[Doc]:
    for p in sorted((root / "m4").glob("*.jsonl")):
        doc_lang = M4_LANG.get(p.stem.split("_")[0], "en")
        if lang is not None and doc_lang != lang:
            continue
        for line in p.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            src = "m4/" + p.stem.split("_")[0]
            yield Doc("human", doc_lang, src, r["human_text"].strip())
            yield Doc("machine", doc_lang, src, r["machine_text"].strip())
    if lang in (None, "en"):
        for p in sorted((root / "fastdetectgpt").glob("*.raw_data.json")):
            r = json.loads(p.read_text(encoding="utf-8"))
            src = "fdg/" + p.name.split(".")[0]
            for h, m in zip(r["original"], r["sampled"], strict=False):
                yield Doc("human", "en", src, h.strip())
                yield Doc("machine", "en", src, m.strip())
