"""Every example of every rule in every pack: must-change examples give exactly `after`,
must-not-change `keeps` come out byte-identical. A rule without examples fails at load time."""

from __future__ import annotations

import os

import pytest

from humanize_ai import humanize
from humanize_ai.rules.loader import available_languages
from humanize_ai.rules.pack import load_pack


def _cases() -> list[pytest.param]:
    """All packs, or those named in HUMANIZE_TEST_PACKS (e.g. "es,fr") while working on a pack."""
    wanted = [x for x in os.environ.get("HUMANIZE_TEST_PACKS", "").split(",") if x]
    cases = []
    for lang in wanted or available_languages():
        pack = load_pack(lang)
        for compiled in pack.rules:
            rule = compiled.rule
            default_tone = rule.tones.only[0] if rule.tones and rule.tones.only else "neutral"
            for i, ex in enumerate(rule.examples):
                cases.append(pytest.param(lang, rule.id, ex, default_tone, id=f"{rule.id}#ex{i}"))
            for i, keep in enumerate(rule.keeps):
                cases.append(pytest.param(lang, rule.id, keep, default_tone, id=f"{rule.id}#keep{i}"))
    return cases


@pytest.mark.parametrize(("lang", "rule_id", "example", "default_tone"), _cases())
def test_rule_example(lang: str, rule_id: str, example: object, default_tone: str) -> None:
    rule = load_pack(lang).rule(rule_id).rule
    if isinstance(example, str):
        for intensity in ("light", "balanced", "strong"):
            result = humanize(example, language=lang, tone=default_tone, intensity=intensity, only=(rule_id,))
            assert result.text == example, f"must not change at {intensity}: {result.edits}"
            assert not result.flags, f"must not flag: {result.flags}"
        return
    tone = example.tone or default_tone  # type: ignore[attr-defined]
    intensity = example.intensity or rule.level  # type: ignore[attr-defined]
    result = humanize(example.before, language=lang, tone=tone, intensity=intensity, only=(rule_id,))  # type: ignore[attr-defined]
    if rule.type == "flag":
        assert result.text == example.before  # type: ignore[attr-defined]
        assert any(f.rule == rule_id for f in result.flags), "expected a flag"
    else:
        assert result.text == example.after, f"edits: {result.edits}\nrolled back: {result.rolled_back}"  # type: ignore[attr-defined]
        assert all(e.rule == rule_id for e in result.edits)
        assert result.replay(reject=[e.id for e in result.edits]) == example.before  # type: ignore[attr-defined]
