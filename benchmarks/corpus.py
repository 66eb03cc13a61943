"""The human-vs-machine pairs in ../shared/data/ai-text, read the same way by every benchmark."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ai-text"
XED = SHARED.parent / "emotion" / "xed" / "Projections"
XED_LINES_PER_DOC = 12  # subtitle lines grouped into one short human "document"
HELD_OUT_TENTHS = 3
M4_LANG = {"germanwikipedia": "de", "russian": "ru", "qazh": "zh", "id-newspaper": "id"}


@dataclass(frozen=True)
class Doc:
    kind: str  # "human" or "machine"
    lang: str
    source: str  # e.g. m4/wikipedia, fdg/xsum_gpt2-xl
    text: str
    pair: str  # the same for a human text and its machine twin: splits keep twins together

    @property
    def held_out(self) -> bool:
        """30% of pairs, chosen by a hash of the pair id: never used for training."""
        return int(hashlib.sha1(self.pair.encode()).hexdigest(), 16) % 10 < HELD_OUT_TENTHS


def documents(root: Path = SHARED, lang: str | None = "en") -> Iterator[Doc]:
    for p in sorted((root / "m4").glob("*.jsonl")):
        doc_lang = M4_LANG.get(p.stem.split("_")[0], "en")
        if lang is not None and doc_lang != lang:
            continue
        for i, line in enumerate(p.read_text(encoding="utf-8").splitlines()):
            r = json.loads(line)
            src = "m4/" + p.stem.split("_")[0]
            pair = f"{src}#{i}"
            yield Doc("human", doc_lang, src, r["human_text"].strip(), pair)
            yield Doc("machine", doc_lang, src, r["machine_text"].strip(), pair)
    if lang in (None, "en"):
        for p in sorted((root / "fastdetectgpt").glob("*.raw_data.json")):
            r = json.loads(p.read_text(encoding="utf-8"))
            src = "fdg/" + p.name.split(".")[0]
            for i, (h, m) in enumerate(zip(r["original"], r["sampled"], strict=False)):
                pair = f"{src}#{i}"
                yield Doc("human", "en", src, h.strip(), pair)
                yield Doc("machine", "en", src, m.strip(), pair)


def subtitle_documents(lang: str, limit: int = 400) -> Iterator[Doc]:
    """Human text in many languages: XED's subtitle lines (CC BY 4.0), grouped into documents."""
    path = XED / f"{lang}-projections.tsv"
    if not path.is_file():
        return
    lines = []
    for row in path.read_text(encoding="utf-8").splitlines():
        cols = row.split("\t")
        if len(cols) == 2 and cols[0].strip():
            lines.append(cols[0].strip())
    for i in range(min(limit, len(lines) // XED_LINES_PER_DOC)):
        chunk = lines[i * XED_LINES_PER_DOC : (i + 1) * XED_LINES_PER_DOC]
        yield Doc("human", lang, "xed/subtitles", " ".join(chunk), f"xed/{lang}#{i}")
