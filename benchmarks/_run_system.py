"""Run one humanizer on one file in this process and report time and peak memory as JSON.
Called by speed.py inside each system's own virtual environment."""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path


def main() -> None:
    system, inp, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    text = inp.read_text(encoding="utf-8")
    warm = "Moreover, it is important to note that we utilize caching to speed things up today."
    if system == "humanize-ai":
        from humanize_ai import humanize

        def run(t: str) -> str:
            return humanize(t, language="en").text
    elif system == "texthumanize":
        import texthumanize

        def run(t: str) -> str:
            # texthumanize stops any call after 30 s, so a long document goes in section by section
            sections = t.split("\n## ")
            done = [texthumanize.humanize(s, lang="en", seed=1).text for s in sections]
            return "\n## ".join(done)
    else:
        raise SystemExit(f"unknown system {system}")
    run(warm)  # load rule packs, models and caches before timing
    t0 = time.perf_counter()
    result = run(text)
    seconds = time.perf_counter() - t0
    out.write_text(result, encoding="utf-8")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb}))


if __name__ == "__main__":
    main()
