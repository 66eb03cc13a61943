#!/usr/bin/env bash
# Set up, then run the whole suite: lint, types, every rule example, unit and property tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check src tests benchmarks scripts
.venv/bin/ruff format --check src tests benchmarks scripts
.venv/bin/mypy src
.venv/bin/python -m pytest -n 2 -q "$@"
