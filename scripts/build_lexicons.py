"""Rebuild data lexicons from ../shared/data. Run from the repo root: python scripts/build_lexicons.py

lowercase_words.txt (en): words that people write in lower case in the middle of a sentence.
A Title Case heading may lower-case these and keep everything else (names) capitalised.
Source: GoEmotions comments (Apache-2.0), ../shared/data/emotion/goemotions/original/train.tsv.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
OUT = ROOT / "src" / "humanize_ai" / "rules" / "packs" / "en" / "lowercase_words.txt"
WORD = re.compile(r"[A-Za-z][a-z']*")
MIN_LOWER = 3  # seen in lower case at least this often
MIN_SHARE = 0.85  # and this share of its mid-sentence uses are lower case


def main() -> None:
    lower, capital = Counter[str](), Counter[str]()
    path = SHARED / "emotion" / "goemotions" / "original" / "train.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        text = line.split("\t", 1)[0]
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            for i, m in enumerate(WORD.finditer(sentence)):
                w = m.group()
                if i == 0 or w.isupper() or "[" in sentence[max(0, m.start() - 1) : m.start()]:
                    continue
                if w.islower():
                    lower[w] += 1
                elif w[0].isupper() and w[1:].islower():
                    capital[w.lower()] += 1
    words = sorted(
        w for w, n in lower.items() if n >= MIN_LOWER and n / (n + capital[w]) >= MIN_SHARE and len(w) > 1
    )
    header = [
        "# Words written in lower case mid-sentence (>= 3 times, >= 85% of uses) in GoEmotions comments",
        "# (Apache-2.0, Demszky et al. 2020). Rebuilt by scripts/build_lexicons.py. Used to sentence-case",
        "# Title Case headings without lower-casing names.",
    ]
    OUT.write_text("\n".join(header + words) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(words)} words")


if __name__ == "__main__":
    main()
