"""The fidelity guard refuses edits that change numbers, negations or names, and says why."""

from __future__ import annotations

from humanize_ai import humanize
from humanize_ai.engine.fidelity import NegationLexicon, check_document, check_edit
from humanize_ai.rules.pack import load_pack

NEG = load_pack("en").negations


def test_numbers_must_survive() -> None:
    assert check_edit("version 2", "version", NEG, False, False) is not None
    assert check_edit("2 items", "2 things", NEG, False, False) is None
    assert check_edit("[3]", "", NEG, True, False) is None  # an artifact rule may drop citation numbers
    assert check_edit("x", "x 4", NEG, True, False) is not None  # but never add one


def test_negations_must_survive() -> None:
    assert check_edit("do not", "don't", NEG, False, False) is None
    assert check_edit("is not only fast but also", "is fast and", NEG, False, False) is None
    assert check_edit("never", "always", NEG, False, False) is not None
    assert check_edit("can't", "can", NEG, False, False) is not None


def test_no_new_names() -> None:
    assert check_edit("the tool", "the Google tool", NEG, False, False) is not None
    assert check_edit("moreover, the", "The", NEG, False, True) is None
    assert check_edit(", and it", ". It", NEG, False, False) is None


def test_negation_lexicon_counts_contractions_and_skips_not_only() -> None:
    lex = NegationLexicon.build(["not", "never"], ["not only"])
    assert lex.count("I don't think it's not only that, but it never ends.") == 2


def test_guard_rolls_back_a_rule_that_would_drop_a_number() -> None:
    # an ad hoc rule that deletes "about 5 minutes of": the guard must refuse it and report why
    result = humanize("It takes about 5 minutes of setup.\n", language="en", only=("en.phrases.*",))
    assert "5" in result.text
    for rb in result.rolled_back:
        assert rb.why


def test_document_check_reports_missing_items() -> None:
    check = check_document(
        "see `x` at https://a.org and 3 items", "see at and items", [], __import__("collections").Counter()
    )
    assert not check.ok
    assert set(check.missing) >= {"inline_code", "urls", "numbers"}


def test_protected_quote_edit_is_reported_as_rolled_back() -> None:
    result = humanize('He said "we utilize caching" yesterday.\n', language="en")
    assert result.text == 'He said "we utilize caching" yesterday.\n'
    assert any("quoted text" in rb.why for rb in result.rolled_back)


def test_rewording_may_not_drop_a_name() -> None:
    assert check_edit("the Endeavour sailed", "the effort sailed", NEG, False, False) is not None
    assert check_edit("AN INTRICATE", "A COMPLEX", NEG, False, False) is None  # shouting is not a name


def test_capitalised_mid_sentence_words_are_left_alone() -> None:
    r = humanize(
        "We toured the Endeavour and used a Comprehensive plan.\n", language="en", intensity="strong"
    )
    assert "Endeavour" in r.text and "Comprehensive" in r.text
