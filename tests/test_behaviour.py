"""Determinism, idempotence, tones and intensity."""

from __future__ import annotations

from humanize_ai import humanize
from humanize_ai.text.sentences import WORD

MACHINE = (
    "Certainly! Here is an overview.\n\n"
    "In today's fast-paced world, it is important to note that teams utilize many tools. "
    "Moreover, they do not always delve into the details. The tool is not only fast but also cheap. "
    "We will not leverage the robust platform unless it is ready.\n\n"
    "I hope this helps! Let me know if you have any other questions.\n"
)


def test_same_input_same_output() -> None:
    a = humanize(MACHINE, language="en", seed=3)
    b = humanize(MACHINE, language="en", seed=3)
    assert a.text == b.text and a.edits == b.edits


def test_rewriting_its_own_output_changes_little() -> None:
    first = humanize(MACHINE, language="en").text
    second = humanize(first, language="en")
    changed = sum(len(WORD.findall(e.before)) for e in second.edits)
    assert changed <= 0.05 * len(WORD.findall(first))


def test_tone_decides_contractions() -> None:
    casual = humanize("You do not need an account.\n", language="en", tone="casual").text
    formal = humanize("You do not need an account.\n", language="en", tone="formal").text
    assert casual == "You don't need an account.\n"
    assert formal == "You do not need an account.\n"


def test_intensity_goes_further() -> None:
    light = humanize(MACHINE, language="en", intensity="light")
    strong = humanize(MACHINE, language="en", intensity="strong")
    assert len(strong.edits) > len(light.edits) > 0


def test_disable_switches_rules_off() -> None:
    r = humanize("We utilize caching.\n", language="en", disable=("en.vocabulary.*",))
    assert r.text == "We utilize caching.\n"


def test_every_tone_runs() -> None:
    for tone in (
        "neutral",
        "casual",
        "conversational",
        "friendly",
        "professional",
        "empathetic",
        "formal",
        "academic",
        "marketing",
        "support",
    ):
        r = humanize(MACHINE, language="en", tone=tone)
        assert r.edits, tone
        assert "not" in r.text or "n't" in r.text
