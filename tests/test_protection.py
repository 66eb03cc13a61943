"""Everything that must survive byte-for-byte does, while the prose around it is rewritten."""

from __future__ import annotations

import re

import pytest

from humanize_ai import humanize

TELL = "We utilize caching."  # a sentence the default rules always rewrite


def rewritten(text: str, **kw: object) -> str:
    return humanize(text, language="en", **kw).text  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "protected",
    [
        "`utilize --delve`",
        "](https://example.com/utilize?delve=1)",
        "![utilize](img/utilize.png)",
        "<https://example.com/utilize>",
        "https://example.com/utilize/delve",
        "www.example.com/utilize",
        "utilize@example.com",
        '"we utilize caching"',
        "“we utilize caching”",
        "{utilize}",
        "{{ utilize }}",
        "[Customer Name]",
        "<span>",
        "~/utilize/delve.txt",
        "@utilize",
        "#delve",
        "\\*",
        "&amp;",
    ],
)
def test_inline_protected_spans_survive(protected: str) -> None:
    fragment = {
        "](https://example.com/utilize?delve=1)": "[utilize it](https://example.com/utilize?delve=1)",
        "<span>": "<span>utilize</span>",
        "\\*": "\\*utilize\\*",
        "&amp;": "&amp; utilize",
    }.get(protected, protected)
    text = f"{TELL} Then see {fragment} for details. {TELL}\n"
    out = rewritten(text)
    assert protected in out
    assert out.count("We use caching.") == 2


@pytest.mark.parametrize(
    "block",
    [
        "```python\n# we utilize caching\nx = 1\n```\n",
        "    we utilize caching in an indented code block\n",
        "<div>\nWe utilize caching.\n</div>\n",
        "> We utilize caching, as the customer said.\n",
        "---\ntitle: We utilize caching\n---\n",
    ],
)
def test_protected_blocks_survive(block: str) -> None:
    text = block + "\n" + TELL + "\n"
    out = rewritten(text)
    assert out.startswith(block)
    assert out.endswith("We use caching.\n")


def test_keep_terms_survive() -> None:
    text = "We utilize caching. The Utilize Pro plan lets you utilize more.\n"
    out = rewritten(text, keep=("Utilize Pro", "utilize more"))
    assert out == "We use caching. The Utilize Pro plan lets you utilize more.\n"


def test_structure_survives_and_prose_changes(sample_md: str) -> None:
    result = humanize(sample_md, language="en")
    out = result.text
    assert result.edits
    for needle in [
        "```bash\npip install acme-sync==2.4.1\nacme-sync login --email you@example.com\n```",
        "https://docs.example.com/acme/settings",
        "`~/.acme/config.toml`",
        "{workspace_id}",
        "[Customer Name]",
        "support@example.com",
        '> "Acme Sync saved our team 5 hours a week." — a customer',
        "| Plan | Price | Devices |\n|------|-------|---------|",
        "title: Getting Started With Acme Sync",
    ]:
        assert needle in out, needle
    # every number of the input is in the output, as often
    nums = re.compile(r"\d+(?:[.,]\d+)*")
    assert sorted(nums.findall(out)) == sorted(nums.findall(sample_md))
    # headings, list items and table rows keep their markers
    for marker in (r"^# ", r"^## ", r"^- ", r"^\| "):
        assert len(re.findall(marker, out, re.M)) >= len(re.findall(marker, sample_md, re.M)) - (
            1 if marker == r"^## " else 0  # the closing "Conclusion" heading may go
        )
    assert result.fidelity_ok


def test_crlf_and_bom_survive() -> None:
    text = "\ufeff# Notes\r\n\r\nWe utilize caching.\r\nIt works.\r\n"
    result = humanize(text, language="en")
    assert result.text == "\ufeff# Notes\r\n\r\nWe use caching.\r\nIt works.\r\n"
    assert result.replay(reject=[e.id for e in result.edits]) == text


def test_edit_offsets_point_into_the_original() -> None:
    text = "Intro line.\r\n\r\nWe utilize caching.\r\n"
    result = humanize(text, language="en")
    for e in result.edits:
        assert text[e.start : e.end] == e.before


def test_emphasis_keeps_its_markers() -> None:
    out = rewritten("We **utilize** caching and *delve into* logs.\n")
    assert out == "We **use** caching and *look at* logs.\n"


def test_table_cells_are_prose_but_pipes_stay() -> None:
    text = "| Step | Note |\n|---|---|\n| 1 | We utilize caching. |\n"
    assert rewritten(text) == "| Step | Note |\n|---|---|\n| 1 | We use caching. |\n"


def test_an_edit_may_not_take_half_an_emphasis() -> None:
    from humanize_ai.text.markdown import parse

    view = parse("We **utilize** caching.\n").views[0]
    open_at = view.text.index("\ufffc")
    close_at = view.text.index("\ufffc", open_at + 1)
    assert view.frozen_reason(open_at, close_at) is not None  # the opening marker alone
    assert view.frozen_reason(open_at, close_at + 1) is None  # both markers and the text between


def test_flags_may_point_at_protected_text() -> None:
    result = humanize("Dear [insert name here], thanks for writing.\n", language="en")
    assert result.text == "Dear [insert name here], thanks for writing.\n"
