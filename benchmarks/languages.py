"""Issue 4's figures, per language pack: rule count, words changed on human text, and the share of
detected tells the default rewrite removes from machine text (where ../shared/data has machine
text in that language: M4 has English, German and Russian).

Human text: the ai-text human side (en, de, ru) plus XED subtitles (every language).
Usage: python benchmarks/languages.py [--limit N documents per corpus]
"""

from __future__ import annotations

import argparse
import difflib
import statistics

from corpus import documents, subtitle_documents
from humanize_ai import humanize
from humanize_ai.analysis.analyze import analyze
from humanize_ai.rules.loader import available_languages
from humanize_ai.rules.pack import load_pack


def changed_share(a: str, b: str) -> float:
    return 1 - difflib.SequenceMatcher(None, a.split(), b.split(), autojunk=False).ratio()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=150)
    a = ap.parse_args()
    print(
        f"{'lang':5} {'rules':>6} {'human docs':>11} {'words changed':>14} {'machine docs':>13} "
        f"{'tells before':>13} {'after':>6} {'removed':>8}"
    )
    for lang in available_languages():
        pack = load_pack(lang)
        ai_text = list(documents(lang=lang))
        human = [d for d in ai_text if d.kind == "human"][: a.limit]
        human += list(subtitle_documents(lang, limit=a.limit))
        machine = [d for d in ai_text if d.kind == "machine"][: a.limit]
        changes = [changed_share(d.text, humanize(d.text, language=lang).text) for d in human]
        before = after = 0
        for d in machine:
            out = humanize(d.text, language=lang).text
            before += len(analyze(d.text, lang).tells)
            after += len(analyze(out, lang).tells)
        removed = f"{100 * (1 - after / before):.1f}%" if before else "n/a"
        mean = f"{100 * statistics.fmean(changes):.2f}%" if changes else "n/a"
        print(
            f"{lang:5} {len(pack.rules):>6} {len(human):>11} {mean:>14} {len(machine):>13} "
            f"{before:>13} {after:>6} {removed:>8}"
        )


if __name__ == "__main__":
    main()
