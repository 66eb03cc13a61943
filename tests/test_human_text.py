"""Every pack leaves real human writing in its language (nearly) alone.

tests/fixtures/human/<lang>.txt holds a few hundred words of human text from ../shared/data
(its first line, a comment, names the source). Default rewriting may change at most 3% of the
words, strong rewriting at most 6%."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from humanize_ai import humanize
from humanize_ai.rules.loader import available_languages

FIXTURES = Path(__file__).parent / "fixtures" / "human"
LIMITS = {"balanced": 0.03, "strong": 0.06}


def human_text(lang: str) -> str:
    lines = (FIXTURES / f"{lang}.txt").read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if not line.startswith("#")).strip() + "\n"


def test_every_pack_has_a_human_fixture() -> None:
    for lang in available_languages():
        assert (FIXTURES / f"{lang}.txt").is_file(), f"add tests/fixtures/human/{lang}.txt"
        assert len(human_text(lang).split()) >= 150


@pytest.mark.parametrize("lang", available_languages())
@pytest.mark.parametrize("intensity", list(LIMITS))
def test_human_text_barely_changes(lang: str, intensity: str) -> None:
    text = human_text(lang)
    for tone in ("neutral", "casual", "formal"):
        out = humanize(text, language=lang, intensity=intensity, tone=tone).text  # type: ignore[arg-type]
        changed = 1 - difflib.SequenceMatcher(None, text.split(), out.split(), autojunk=False).ratio()
        assert changed <= LIMITS[intensity], f"{lang} {tone} {intensity}: {changed:.1%} of words changed"
