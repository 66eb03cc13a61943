"""Every frustration cue's own examples: text that must fire it and text that must not."""

from __future__ import annotations

import pytest

from humanize_ai.emotion.cues import CUES_DIR, load_cues

CUES = [
    cue
    for path in sorted(CUES_DIR.glob("*.yaml"))
    for cue in load_cues(path.stem)
    if cue.id.startswith(path.stem)
]


def test_every_cue_has_examples_and_a_source() -> None:
    assert CUES
    for cue in CUES:
        assert cue.matches and cue.no_match and cue.source and cue.reason, cue.id
        assert 0.0 < cue.weight <= 1.0


@pytest.mark.parametrize("cue", CUES, ids=lambda c: c.id)
def test_cue_examples(cue) -> None:  # type: ignore[no-untyped-def]
    for text in cue.matches:
        assert cue.pattern.search(text), f"{cue.id} should fire on {text!r}"
    for text in cue.no_match:
        assert not cue.pattern.search(text), f"{cue.id} must not fire on {text!r}"
