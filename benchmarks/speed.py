"""Words per second, peak memory and protected items broken: humanize-ai vs texthumanize.

Both systems run on documents built by make_document.py from the same corpus, each in its own
process (peak memory is that process's max RSS). texthumanize is installed only in this
benchmark's own virtual environment (benchmarks/.peers-venv) and none of its code is used.
It refuses calls longer than 30 s, so it gets the document section by section and a smaller
document; words per second is a rate, so the sizes compare.

Usage: python benchmarks/speed.py [--words 200000] [--peer-words 5000] [--no-peers]
Targets (issue 2): >= 20,000 words/s and >= 100x texthumanize's words/s on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from make_document import build

HERE = Path(__file__).resolve().parent
PEERS_VENV = HERE / ".peers-venv"
PEER_PACKAGES = ["texthumanize==0.35.0"]

PROTECTED = {
    "inline code": re.compile(r"`[^`\n]+`"),
    "code fences": re.compile(r"^```[\s\S]*?^```", re.M),
    "URLs": re.compile(r"https?://[^\s)\]]+"),
    "e-mail addresses": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "numbers": re.compile(r"\d+(?:[.,]\d+)*"),
    "placeholders": re.compile(r"\{[A-Za-z_]\w*\}|\[Customer Name\]"),
    "link targets": re.compile(r"\]\([^)\n]*\)"),
    "front matter": re.compile(r"\A---\n[\s\S]*?\n---\n"),
}


def broken(original: str, rewritten: str) -> dict[str, int]:
    out = {}
    for name, pat in PROTECTED.items():
        missing = Counter(pat.findall(original)) - Counter(pat.findall(rewritten))
        out[name] = sum(missing.values())
    return out


def peers_python() -> Path:
    py = PEERS_VENV / "bin" / "python"
    if not py.exists():
        print(f"setting up {PEERS_VENV} with {', '.join(PEER_PACKAGES)} ...", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(PEERS_VENV)], check=True)
        subprocess.run([str(py), "-m", "pip", "install", "-q", *PEER_PACKAGES], check=True)
    return py


def run(python: str, system: str, text: str) -> dict[str, float | str | dict[str, int]]:
    with tempfile.TemporaryDirectory() as d:
        inp, out = Path(d) / "in.md", Path(d) / "out.md"
        inp.write_text(text, encoding="utf-8")
        p = subprocess.run(
            [python, str(HERE / "_run_system.py"), system, str(inp), str(out)], capture_output=True, text=True
        )
        if p.returncode != 0:
            raise SystemExit(f"{system} failed: {p.stderr[-2000:]}")
        stats = json.loads(p.stdout.strip().splitlines()[-1])
        words = len(text.split())
        return {
            "system": system,
            "words": words,
            "seconds": round(stats["seconds"], 3),
            "words_per_s": round(words / stats["seconds"]),
            "peak_mb": round(stats["peak_mb"], 1),
            "broken": broken(text, out.read_text(encoding="utf-8")),
        }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=200_000)
    ap.add_argument("--peer-words", type=int, default=5_000)
    ap.add_argument("--no-peers", action="store_true")
    ap.add_argument("--json")
    a = ap.parse_args()
    rows = [run(sys.executable, "humanize-ai", build(a.words))]
    if not a.no_peers:
        small = build(a.peer_words)
        rows.append(run(sys.executable, "humanize-ai", small))
        rows.append(run(str(peers_python()), "texthumanize", small))
    print(f"{'system':14} {'words':>8} {'seconds':>9} {'words/s':>9} {'peak MB':>8}  protected items broken")
    for r in rows:
        b = r["broken"]
        assert isinstance(b, dict)
        detail = ", ".join(f"{k} {v}" for k, v in b.items() if v) or "none"
        print(
            f"{r['system']:14} {r['words']:>8} {r['seconds']:>9} {r['words_per_s']:>9} {r['peak_mb']:>8}  "
            f"{sum(b.values())} ({detail})"
        )
    if len(rows) == 3:
        ratio = float(rows[1]["words_per_s"]) / max(1e-9, float(rows[2]["words_per_s"]))
        print(f"speed ratio on the same {rows[1]['words']}-word document: {ratio:.0f}x")
    if a.json:
        Path(a.json).write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
