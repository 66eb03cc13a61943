"""A large, realistic Markdown document built from the machine side of ../shared/data/ai-text:
sections with headings, bullet lists with bold lead-ins, code blocks, inline code, links,
e-mail addresses, numbers and placeholders, so that speed and fidelity are measured together."""

from __future__ import annotations

import argparse
from pathlib import Path

from corpus import documents


def build(target_words: int) -> str:
    texts = [d.text for d in documents() if d.kind == "machine" and len(d.text.split()) > 40]
    parts: list[str] = ["---\ntitle: Benchmark Document\n---\n\n# A Very Long Benchmark Document\n"]
    words = 0
    i = 0
    while words < target_words:
        t = texts[i % len(texts)]
        k = i + 1
        parts.append(f"## Section {k}: Key Points To Consider\n")
        parts.append(t.replace("\n\n", "\n\n") + "\n")
        parts.append(
            f"- **Version:** run `tool --version` to see v{k % 9}.{k % 7}.{k % 5}.\n"
            f"- **Docs:** see [the guide](https://example.com/guide/{k}) or https://docs.example.org/p/{k}.\n"
            f"- **Contact:** write to {{agent_name}} at team{k}@example.com about [Customer Name].\n"
        )
        if k % 3 == 0:
            parts.append(f"```python\nvalue = compute({k}, retries=3)  # utilize delve\nprint(value)\n```\n")
        words += len(t.split()) + 40
        i += 1
    return "\n".join(parts)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--words", type=int, default=200_000)
    a = ap.parse_args()
    a.out.write_text(build(a.words), encoding="utf-8")
