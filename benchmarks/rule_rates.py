"""How often each rule fires on human text and on machine text (per 10,000 words).

A rule that fires often on human text is a false-positive risk: its rate goes into the rule's
`human_rate` key. Human text: ai-text's human side, plus XED subtitles for languages other than
English. Machine text: ai-text's machine side (M4 has German and Russian; other languages have none).
Usage: python benchmarks/rule_rates.py [--lang en] [--rules 'en.vocabulary.*'] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from corpus import documents, subtitle_documents
from humanize_ai import HumanizeError, humanize
from humanize_ai.text.sentences import word_count


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rules", default="*")
    ap.add_argument("--lang", default="en", help="pack to measure; human text is ai-text plus XED subtitles")
    ap.add_argument("--json")
    a = ap.parse_args()
    hits = {"human": Counter[str](), "machine": Counter[str]()}
    words = Counter[str]()
    docs = list(documents(lang=a.lang))
    if a.lang != "en":
        docs += list(subtitle_documents(a.lang))
    for doc in docs:
        try:
            r = humanize(doc.text, language=a.lang, intensity="strong", tone="casual", only=(a.rules,))
        except HumanizeError:
            continue
        words[doc.kind] += word_count(doc.text)
        for e in r.edits:
            hits[doc.kind][e.rule] += 1
        for f in r.flags:
            hits[doc.kind][f.rule] += 1
        for rb in r.rolled_back:
            hits[doc.kind][rb.rule] += 1
    rows = []
    for rule in sorted(set(hits["human"]) | set(hits["machine"])):
        h = hits["human"][rule] * 10000 / max(1, words["human"])
        m = hits["machine"][rule] * 10000 / max(1, words["machine"])
        rows.append(
            {
                "rule": rule,
                "human_per_10k": round(h, 2),
                "machine_per_10k": round(m, 2),
                "human_hits": hits["human"][rule],
                "machine_hits": hits["machine"][rule],
            }
        )
    rows.sort(key=lambda r: -r["human_per_10k"])
    print(f"words: human {words['human']:,}, machine {words['machine']:,}")
    print(f"{'rule':55} {'human/10k':>10} {'machine/10k':>12} {'h hits':>7} {'m hits':>7}")
    for r in rows:
        rates = f"{r['human_per_10k']:>10} {r['machine_per_10k']:>12}"
        print(f"{r['rule']:55} {rates} {r['human_hits']:>7} {r['machine_hits']:>7}")
    if a.json:
        Path(a.json).write_text(json.dumps({"words": words, "rules": rows}, indent=1))


if __name__ == "__main__":
    main()
