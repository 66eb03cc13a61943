"""The command line, run as a user runs it: a real process, real files, real exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

EXE = [sys.executable, "-m", "humanize_ai.cli.main"]


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*EXE, *args], input=stdin, capture_output=True, timeout=120)


def test_rewrite_stdin_text_format() -> None:
    p = run("rewrite", "-", "--lang", "en", stdin=b"We utilize caching.\n")
    assert p.returncode == 0, p.stderr
    assert p.stdout == b"We use caching.\n"


def test_rewrite_json_has_the_plan(tmp_path: Path) -> None:
    src = tmp_path / "in.md"
    src.write_text("Moreover, we utilize caching.\n", encoding="utf-8")
    p = run("rewrite", str(src), "--format", "json", "--tone", "casual", "--keep", "caching")
    assert p.returncode == 0, p.stderr
    data = json.loads(p.stdout)
    assert {"text", "language", "edits", "fidelity", "flags", "status"} <= set(data)
    assert data["language"] == "en"
    for e in data["edits"]:
        assert {"id", "rule", "start", "end", "before", "after", "reason", "source"} <= set(e)
    assert "caching" in data["text"]


def test_output_file_and_apply_with_rejection(tmp_path: Path) -> None:
    src = tmp_path / "in.md"
    src.write_text("We utilize caching. Let's delve into logs.\n", encoding="utf-8")
    plan = tmp_path / "plan.json"
    assert run("rewrite", str(src), "--format", "json", "-o", str(plan)).returncode == 0
    edits = json.loads(plan.read_text())["edits"]
    delve = next(e["id"] for e in edits if "delve" in e["rule"])
    out = tmp_path / "out.md"
    p = run("apply", str(plan), str(src), "--reject", delve, "-o", str(out))
    assert p.returncode == 0, p.stderr
    assert out.read_text() == "We use caching. Let's delve into logs.\n"


def test_rewrite_in_place_is_atomic(tmp_path: Path) -> None:
    src = tmp_path / "doc.md"
    src.write_text("We utilize caching.\n", encoding="utf-8")
    assert run("rewrite", str(src), "-o", str(src)).returncode == 0
    assert src.read_text() == "We use caching.\n"
    assert [p.name for p in tmp_path.iterdir()] == ["doc.md"]


@pytest.mark.parametrize(
    ("stdin", "code", "message"),
    [
        (b"", 4, b"empty"),
        (b"  \n\t\n", 4, b"empty"),
        (b"\x7fELF\x00\x00\x01\x02", 3, b"binary"),
        (b"caf\xe9 au lait", 3, b"UTF-8"),
    ],
)
def test_bad_input_exit_codes(stdin: bytes, code: int, message: bytes) -> None:
    p = run("rewrite", "-", stdin=stdin)
    assert p.returncode == code
    assert message in p.stderr
    assert b"Traceback" not in p.stderr


def test_missing_file_and_folder(tmp_path: Path) -> None:
    p = run("rewrite", str(tmp_path / "nope.md"))
    assert p.returncode == 3 and b"no such file" in p.stderr
    p = run("rewrite", str(tmp_path))
    assert p.returncode == 3 and b"folder" in p.stderr


def test_too_large(tmp_path: Path) -> None:
    src = tmp_path / "big.md"
    src.write_bytes(b"word " * 1000)
    p = run("rewrite", str(src), "--max-bytes", "100")
    assert p.returncode == 5 and b"limit" in p.stderr


def test_unsupported_language_passes_through() -> None:
    text = b"Selain itu, penting untuk dicatat bahwa dunia modern berubah dengan cepat setiap hari.\n"
    p = run("rewrite", "-", stdin=text)
    assert p.returncode == 0
    assert p.stdout == text
    assert b"no rule pack" in p.stderr
    p = run("rewrite", "-", "--strict-language", stdin=text)
    assert p.returncode == 6 and p.stdout == text
    p = run("rewrite", "-", "--format", "json", stdin=text)
    assert json.loads(p.stdout)["status"] == "unsupported_language"


def test_usage_error_for_unknown_tone() -> None:
    p = run("rewrite", "-", "--tone", "pirate", stdin=b"hello")
    assert p.returncode == 2


def test_explain_and_rules_commands() -> None:
    p = run("rewrite", "-", "--format", "explain", "--lang", "en", stdin=b"We utilize caching.\n")
    assert p.returncode == 0 and b"en.vocabulary.utilize" in p.stdout
    p = run("rules", "stats")
    assert p.returncode == 0 and b"en:" in p.stdout
    p = run("tones")
    assert p.returncode == 0 and b"casual" in p.stdout


def test_analyze_command() -> None:
    text = (
        b"Certainly! In today's fast-paced digital landscape, it is important to note that teams "
        b"utilize many tools. Moreover, they delve into details to foster collaboration and unlock "
        b"their full potential. I hope this helps! Let me know if you have any other questions.\n"
    )
    p = run("analyze", "-", "--format", "json", stdin=text)
    assert p.returncode == 0, p.stderr
    data = json.loads(p.stdout)
    assert {"score", "verdict", "sentences", "tells", "statistics", "readability", "language"} <= set(data)
    p = run("analyze", "-", stdin=text)
    assert p.returncode == 0 and b"machine-style score" in p.stdout
    p = run("analyze", "-", stdin=b"")
    assert p.returncode == 4
