#!/usr/bin/env bash
# Set up, then humanize the sample document on the embedded engine and explain every edit.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/humanize-ai rewrite examples/sample.md --format explain "$@"
