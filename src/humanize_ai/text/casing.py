"""Giving a replacement the case of the text it replaces."""

from __future__ import annotations


def capitalize_first(s: str) -> str:
    for i, ch in enumerate(s):
        if ch.isalpha():
            return s[:i] + ch.upper() + s[i + 1 :]
        if not ch.isspace() and ch not in "\"'“‘«„(¿¡—–":
            return s
    return s


def lower_first(s: str) -> str:
    for i, ch in enumerate(s):
        if ch.isalpha():
            return s[:i] + ch.lower() + s[i + 1 :]
    return s


def match_case(matched: str, replacement: str) -> str:
    """UTILIZE -> USE, Utilize -> Use, utilize -> use."""
    letters = [c for c in matched if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    if letters and letters[0].isupper():
        return capitalize_first(replacement)
    return replacement
