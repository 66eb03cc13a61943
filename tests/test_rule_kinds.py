"""The shared behaviour of rule types, tested on ad hoc rules built in the test."""

from __future__ import annotations

from typing import Any

import pytest

from humanize_ai.engine.context import BlockContext
from humanize_ai.rules.kinds import RULE_TYPES
from humanize_ai.rules.kinds.base import indefinite_article, pattern_triggers, phrase_triggers
from humanize_ai.rules.pack import load_pack
from humanize_ai.rules.schema import Rule
from humanize_ai.text.markdown import parse

PACK = load_pack("en")


def edits(kind: str, text: str, tone: str = "neutral", **keys: Any) -> list[tuple[str, str]]:
    rule = Rule(
        id="en.test.rule",
        type=kind,
        level="light",
        reason="a test rule",
        source="tests",
        examples=[{"before": "x", "after": "y"}] if kind != "flag" else [{"before": "x", "flags": True}],
        keeps=["z"],
        **keys,
    )
    compiled = RULE_TYPES[kind](rule, "test")
    settings = PACK.settings(tone, "strong")
    out = []
    for view in parse(text).views:
        ctx = BlockContext(view, PACK.splitter, settings)
        out += [(view.text[c.start : c.end], c.after) for c in compiled.find(ctx)]
    return out


def test_deletion_fixes_the_article() -> None:
    assert edits("delete", "It was a truly amazing trip.", phrases=["truly"]) == [("a truly ", "an ")]
    assert edits("delete", "It was an utterly boring trip.", phrases=["utterly"]) == [("an utterly ", "a ")]


def test_substitution_fixes_the_article() -> None:
    assert edits("substitute", "It has an intricate design.", swaps={"intricate": "complex"}) == [
        ("an intricate", "a complex")
    ]


def test_sentence_start_deletion_crosses_a_line_break() -> None:
    got = edits(
        "delete",
        "The road is old. Moreover,\nthe bridge is shut.",
        phrases=["Moreover,"],
        sentence_start=True,
    )
    assert got == [("Moreover,\nt", "T")]


def test_sentence_start_deletion_keeps_names_intact() -> None:
    assert edits("delete", "Moreover, iPhone users agree.", phrases=["Moreover,"]) == []


def test_whole_sentence_deletion_takes_its_space() -> None:
    assert edits("delete", "Done. I hope this helps! Bye.", pattern=r"I hope this helps!") == [
        ("I hope this helps! ", "")
    ]
    assert edits("delete", "Done. I hope this helps!", pattern=r"I hope this helps!") == [
        (" I hope this helps!", "")
    ]


def test_mid_sentence_deletion_leaves_one_space() -> None:
    assert edits("delete", "It is basically done.", phrases=["basically"]) == [("basically ", "")]
    assert edits("delete", "It is done basically.", phrases=["basically"]) == [(" basically", "")]


def test_substitute_copies_case_and_rotates_variants() -> None:
    got = edits("substitute", "Utilize it. We utilize it. UTILIZE it.", swaps={"utilize": ["use", "apply"]})
    assert got == [("Utilize", "Use"), ("utilize", "apply"), ("UTILIZE", "USE")]


def test_tone_map_falls_back_along_the_chain() -> None:
    swaps = {"utilize": {"formal": "employ", "default": "use"}}
    assert edits("substitute", "We utilize it.", tone="academic", swaps=swaps) == [("utilize", "employ")]
    assert edits("substitute", "We utilize it.", tone="casual", swaps=swaps) == [("utilize", "use")]
    assert edits("substitute", "We utilize it.", tone="casual", swaps={"utilize": {"formal": "employ"}}) == []


def test_contract_respects_tone_emphasis_and_clause_end() -> None:
    pairs = {"it is": "it's"}
    assert edits("contract", "I know it is true.", tone="casual", pairs=pairs, before_word=True) == [
        ("it is", "it's")
    ]
    assert edits("contract", "I know what it is.", tone="casual", pairs=pairs, before_word=True) == []
    assert edits("contract", "I know it is true.", tone="formal", pairs=pairs, before_word=True) == []
    assert edits("contract", "It IS true.", tone="casual", pairs=pairs, before_word=True) == []


def test_rephrase_uses_groups() -> None:
    got = edits(
        "rephrase",
        "It is not only fast but also cheap.",
        pattern=r"not only (\w+) but also",
        replace=r"\1 and",
    )
    assert got == [("not only fast but also", "fast and")]


def test_phrases_match_across_a_soft_line_break_and_curly_apostrophes() -> None:
    assert edits("substitute", "Let’s delve\ninto it.", swaps={"delve into": "look at"}) == [
        ("delve\ninto", "look at")
    ]
    assert edits("delete", "It’s worth noting that it works.", phrases=["it's worth noting that"]) == [
        ("It’s worth noting that i", "I")
    ]


@pytest.mark.parametrize(
    ("word", "article"),
    [
        ("apple", "an"),
        ("hour", "an"),
        ("user", "a"),
        ("one", "a"),
        ("complex", "a"),
        ("honest", "an"),
        ("umbrella", "an"),
    ],
)
def test_indefinite_article(word: str, article: str) -> None:
    assert indefinite_article(word) == article


def test_triggers_are_required_text() -> None:
    assert phrase_triggers(["delve into", "delves into"]) == {"delve", "delves"}
    assert pattern_triggers(r"\b(?:it is|it's) (?:important|worth) to") == {"important", "worth"}
    assert pattern_triggers(r"(?:optional )?word") == {"word"}
    assert pattern_triggers(r"[A-Z]\w+") is None


def test_deletion_may_span_two_sentences() -> None:
    got = edits(
        "delete", "Certainly! Here are the steps: one, two.", pattern=r"Certainly! Here are the steps:"
    )
    assert got == [("Certainly! Here are the steps: o", "O")]


def test_not_after_and_not_before_veto_a_match() -> None:
    pairs = {"it is": "it's"}
    keys = {"pairs": pairs, "before_word": True, "not_after": r"\b(?:as|where|what)\s+"}
    assert edits("contract", "Look where it is now.", tone="casual", **keys) == []
    assert edits("contract", "I think it is now.", tone="casual", **keys) == [("it is", "it's")]
    assert edits("substitute", "We utilize it daily.", swaps={"utilize": "use"}, not_before=r"\s+it\b") == []


def test_deleting_a_whole_emphasis_takes_its_markers() -> None:
    got = edits("delete", "It is **basically** done.", phrases=["basically"])
    assert got == [("\ufffcbasically\ufffc ", "")]
