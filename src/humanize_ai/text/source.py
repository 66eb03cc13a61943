"""Turning user bytes into text we can rewrite, and mapping offsets back to what the user gave us.

The engine works on text with '\\n' line endings (what the Markdown parser sees); edits are
translated back to the original string so that every untouched byte, '\\r\\n' included, survives.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from humanize_ai.errors import BinaryInputError, EmptyInputError, EncodingError, InputTooLargeError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024  # 50 MiB: a 10 MB document must pass; beyond this ask the user to split
BOM = "\ufeff"
# Control characters that never occur in text documents (tab, LF, CR, FF are fine).
_BINARY_CONTROLS = {chr(c) for c in range(32) if c not in (9, 10, 12, 13)}
_BINARY_SHARE = 0.01  # more than 1% control characters: a binary file, not text


def decode_input(data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Decode user bytes as UTF-8 or raise an error that says what is wrong and what to do."""
    if len(data) > max_bytes:
        raise InputTooLargeError(
            f"input is over the limit of {max_bytes:,} bytes; split it or raise --max-bytes"
        )
    if b"\x00" in data[:65536]:
        raise BinaryInputError(
            "input looks binary (it contains NUL bytes); give a UTF-8 text or Markdown file"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"input is not valid UTF-8 (byte {exc.start}: {data[exc.start : exc.start + 1]!r}); "
            "convert it first, e.g. `iconv -f latin1 -t utf-8`"
        ) from exc
    return check_text(text)


def check_text(text: str) -> str:
    """Reject text that is empty or binary in disguise; return it unchanged otherwise."""
    if not text.strip(" \t\r\n\f\v" + BOM):
        raise EmptyInputError("input is empty or only whitespace: nothing to work on")
    sample = text[:65536]
    controls = sum(1 for ch in sample if ch in _BINARY_CONTROLS)
    if "\x00" in sample or controls > _BINARY_SHARE * len(sample):
        raise BinaryInputError("input looks binary (control characters); give a UTF-8 text or Markdown file")
    return text


@dataclass
class SourceText:
    """The user's text and its '\\n'-normalized twin, with offset translation between them."""

    original: str
    text: str = field(init=False)
    _dropped: list[int] = field(
        init=False, default_factory=list
    )  # normalized offsets where a '\r' was dropped
    _bom: bool = field(init=False, default=False)

    def __post_init__(self) -> None:
        body = self.original
        self._bom = body.startswith(BOM)
        if self._bom:
            body = body[1:]
        if "\r" not in body:
            self.text = body
            return
        out: list[str] = []
        i = 0
        n = len(body)
        while i < n:
            j = body.find("\r", i)
            if j < 0:
                out.append(body[i:])
                break
            out.append(body[i:j])
            if j + 1 < n and body[j + 1] == "\n":
                self._dropped.append(sum(map(len, out)))
                i = j + 1  # keep the '\n'
            else:
                out.append("\n")  # a lone '\r' becomes '\n' (same length)
                i = j + 1
        self.text = "".join(out)

    def to_original(self, offset: int) -> int:
        """Translate an offset in the normalized text to one in the original."""
        return offset + bisect.bisect_right(self._dropped, offset - 1) + (1 if self._bom else 0)
