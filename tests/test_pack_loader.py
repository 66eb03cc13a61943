"""Rule files are loaded strictly: every error names file, line and key."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from humanize_ai.errors import RulePackError
from humanize_ai.rules.loader import PACKS_DIR, available_languages
from humanize_ai.rules.pack import load_pack, load_pack_dir
from humanize_ai.rules.schema import RULE_ID

GOOD_RULE = """\
category: vocabulary
rules:
  - id: en.vocabulary.sample
    type: substitute
    level: light
    reason: A reason long enough.
    source: somewhere
    swaps: {utilize: use}
    examples:
      - before: We utilize it.
        after: We use it.
    keeps: [Use it.]
"""


@pytest.fixture
def pack_copy(tmp_path: Path) -> Path:
    dst = tmp_path / "en"
    dst.mkdir()
    for name in ("pack.yaml", "tones.yaml"):
        shutil.copy(PACKS_DIR / "en" / name, dst / name)
    return dst


def write(pack: Path, body: str) -> None:
    (pack / "vocabulary.yaml").write_text(body, encoding="utf-8")


def test_a_good_file_loads(pack_copy: Path) -> None:
    write(pack_copy, GOOD_RULE)
    assert [r.id for r in load_pack_dir(pack_copy).rules] == ["en.vocabulary.sample"]


@pytest.mark.parametrize(
    ("mutation", "line", "needle"),
    [
        (("    swaps: {utilize: use}\n", "    swaps: {utilize: use}\n    colour: red\n"), 9, "colour"),
        (("    level: light\n", "    level: extreme\n"), 5, "level"),
        (("    keeps: [Use it.]\n", "    keeps: []\n"), 12, "keeps"),
        (("      - before: We utilize it.\n        after: We use it.\n", ""), 9, "examples"),
        (("  - id: en.vocabulary.sample\n", "  - id: Vocab-Sample\n"), 3, "id"),
        (("    swaps: {utilize: use}\n", "    pattern: '(unclosed'\n"), 8, "pattern"),
        (("        after: We use it.\n", "        after: We utilize it.\n"), 9, "after"),
    ],
)
def test_errors_name_file_line_and_key(
    pack_copy: Path, mutation: tuple[str, str], line: int, needle: str
) -> None:
    old, new = mutation
    assert old in GOOD_RULE
    write(pack_copy, GOOD_RULE.replace(old, new))
    with pytest.raises(RulePackError) as err:
        load_pack_dir(pack_copy)
    msg = str(err.value)
    assert "vocabulary.yaml:" in msg
    assert needle in msg
    assert f":{line}:" in msg or needle in ("examples", "pattern", "after", "id")


def test_duplicate_ids_are_refused(pack_copy: Path) -> None:
    write(pack_copy, GOOD_RULE + GOOD_RULE.split("rules:\n", 1)[1])
    with pytest.raises(RulePackError, match="already defined"):
        load_pack_dir(pack_copy)


def test_category_must_match_file_name(pack_copy: Path) -> None:
    (pack_copy / "phrases.yaml").write_text(
        GOOD_RULE.replace("en.vocabulary", "en.phrases"), encoding="utf-8"
    )
    with pytest.raises(RulePackError, match="category"):
        load_pack_dir(pack_copy)


def test_type_specific_keys_are_required(pack_copy: Path) -> None:
    write(pack_copy, GOOD_RULE.replace("    swaps: {utilize: use}\n", ""))
    with pytest.raises(RulePackError, match="needs 'swaps'"):
        load_pack_dir(pack_copy)


def test_invalid_yaml_reports_a_line(pack_copy: Path) -> None:
    write(pack_copy, GOOD_RULE.replace("    level: light\n", "    level: [light\n"))
    with pytest.raises(RulePackError, match=r"vocabulary\.yaml:\d+: invalid YAML"):
        load_pack_dir(pack_copy)


def test_shipped_packs_ids_are_unique_namespaced_and_sourced() -> None:
    for lang in available_languages():
        pack = load_pack(lang)
        ids = [r.id for r in pack.rules]
        assert len(ids) == len(set(ids))
        for r in pack.rules:
            assert RULE_ID.match(r.id) and r.id.startswith(f"{lang}.{r.category}.")
            assert r.rule.source.strip() and r.rule.examples and r.rule.keeps


def test_english_pack_size() -> None:
    assert len(load_pack("en").rules) >= 250


def test_every_pack_defines_the_same_tones() -> None:
    from humanize_ai.cli.main import TONES

    names = set(load_pack("en").tones)
    assert set(TONES) == names  # the CLI's --tone choices
    for lang in available_languages():
        assert set(load_pack(lang).tones) == names, lang


def test_every_pack_has_enough_rules_with_examples() -> None:
    for lang in available_languages():
        pack = load_pack(lang)
        assert len(pack.rules) >= 80, f"{lang}: {len(pack.rules)} rules"
        assert pack.meta.tell_categories and pack.meta.negations
