"""Issue 3's figures: the score's quality on held-out pairs, and how much rewriting harms human text.

1. Score: ROC AUC, false-positive rate on human text and true-positive rate on machine text at the
   model's threshold, on the 30% of pairs never used for training, overall, by source and language.
2. Do no harm: the default rewrite's share of words changed on human and on machine text, and the
   share of detected tells that the rewrite removes from machine text (all tells, and fixable ones:
   flag-only rules report what no rule can fix safely).

Usage: python benchmarks/analysis.py [--limit N pairs per source for part 2]
Targets: human text changed < 5% of words; machine text loses >= 90% of its (fixable) tells.
"""

from __future__ import annotations

import argparse
import difflib
import statistics
from collections import defaultdict

from corpus import Doc, documents
from humanize_ai import humanize
from humanize_ai.analysis.analyze import MIN_WORDS, training_rows
from humanize_ai.analysis.analyze import analyze as run_analysis
from humanize_ai.analysis.model import load_model


def auc(pos: list[float], neg: list[float]) -> float | None:
    """ROC AUC as the Mann-Whitney probability that a machine text outscores a human one."""
    if not pos or not neg:
        return None
    ranked = sorted([(p, 1) for p in pos] + [(n, 0) for n in neg])
    rank_sum, i = 0.0, 0
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        avg = (i + j + 1) / 2
        rank_sum += avg * sum(1 for k in range(i, j) if ranked[k][1] == 1)
        i = j
    return (rank_sum - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))


def score_quality() -> None:
    print("== machine-style score on held-out pairs ==")
    for name, use_pack in (("en.document", True), ("any.document", False)):
        model = load_model(name)
        assert model is not None, f"{name} is not trained: run scripts/train_score.py"
        groups: dict[str, dict[str, list[float]]] = defaultdict(lambda: {"machine": [], "human": []})
        for d in documents(lang=None):
            if not d.held_out or (use_pack and d.lang != "en"):
                continue
            values, _ = training_rows(d.text, d.lang if use_pack else "und")
            if values["_words"] < MIN_WORDS:
                continue
            p = model.probability(values)
            for g in ("all", f"source {d.source}", f"lang {d.lang}"):
                groups[g][d.kind].append(p)
        print(f"\n{name} (threshold {model.threshold:.3f} = score {round(100 * model.threshold)})")
        print(f"  {'group':32} {'n':>5} {'AUC':>6} {'FPR human':>10} {'TPR machine':>12}")
        for g, sides in sorted(groups.items(), key=lambda kv: (kv[0] != "all", kv[0])):
            a = auc(sides["machine"], sides["human"])
            fpr = (
                statistics.fmean(p >= model.threshold for p in sides["human"])
                if sides["human"]
                else float("nan")
            )
            tpr = (
                statistics.fmean(p >= model.threshold for p in sides["machine"])
                if sides["machine"]
                else float("nan")
            )
            n = len(sides["machine"]) + len(sides["human"])
            print(f"  {g:32} {n:>5} {a if a is None else round(a, 3)!s:>6} {fpr:>10.3f} {tpr:>12.3f}")


def changed_share(a: str, b: str) -> float:
    return 1 - difflib.SequenceMatcher(None, a.split(), b.split(), autojunk=False).ratio()


def do_no_harm(limit: int) -> None:
    print(f"\n== do no harm (default rewrite: neutral tone, balanced; up to {limit} pairs per source) ==")
    per_source: dict[str, int] = defaultdict(int)
    docs: list[Doc] = []
    for d in documents(lang="en"):
        if per_source[d.source + d.kind] < limit:
            per_source[d.source + d.kind] += 1
            docs.append(d)
    changed: dict[str, list[float]] = defaultdict(list)
    tells_before = tells_after = fixable_before = fixable_after = 0
    human_untouched = 0
    for d in docs:
        out = humanize(d.text, language="en").text
        changed[d.kind].append(changed_share(d.text, out))
        if d.kind == "human":
            human_untouched += out == d.text
            continue
        before = run_analysis(d.text, "en").tells
        after = run_analysis(out, "en").tells if out.strip() else []
        tells_before += len(before)
        tells_after += len(after)
        fixable_before += sum(t.category != "flags" for t in before)
        fixable_after += sum(t.category != "flags" for t in after)
    for kind in ("human", "machine"):
        xs = changed[kind]
        print(
            f"  {kind:8} docs {len(xs):5}  words changed: mean {100 * statistics.fmean(xs):.2f}%  "
            f"max {100 * max(xs):.1f}%"
        )
    print(f"  human docs left byte-identical: {human_untouched} of {len(changed['human'])}")
    removed = 1 - tells_after / tells_before if tells_before else 0.0
    fixable_removed = 1 - fixable_after / fixable_before if fixable_before else 0.0
    print(f"  machine tells: {tells_before} before, {tells_after} after: {100 * removed:.1f}% removed")
    print(
        f"  fixable machine tells: {fixable_before} before, {fixable_after} after: "
        f"{100 * fixable_removed:.1f}% removed"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=60, help="pairs per source for the do-no-harm part")
    ap.add_argument("--skip-score", action="store_true")
    a = ap.parse_args()
    if not a.skip_score:
        score_quality()
    do_no_harm(a.limit)


if __name__ == "__main__":
    main()
