from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def sample_md() -> str:
    return (ROOT / "examples" / "sample.md").read_text(encoding="utf-8")
