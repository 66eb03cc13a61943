"""Reading user input and writing results without ever losing data."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from humanize_ai.errors import InputError
from humanize_ai.text.source import decode_input


def read_input(path: str, max_bytes: int) -> str:
    """Text from a file path or '-' (stdin), checked for size, binary data and UTF-8."""
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        p = Path(path)
        if not p.exists():
            raise InputError(f"no such file: {path}")
        if p.is_dir():
            raise InputError(f"{path} is a folder; give a file (batch mode handles folders)")
        try:
            with p.open("rb") as fh:
                data = fh.read(max_bytes + 1)
        except OSError as exc:
            raise InputError(f"cannot read {path}: {exc.strerror}") from exc
    return decode_input(data, max_bytes)


def write_output(path: str | None, text: str) -> None:
    """Write to stdout, or atomically to a file (safe even when it is the input file)."""
    if path is None or path == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
