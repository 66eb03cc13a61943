"""Prose that must survive byte-for-byte even though the Markdown parser calls it text."""

from __future__ import annotations

import re
from collections.abc import Iterable

from humanize_ai.text.markdown import ProseView

PLACEHOLDER = re.compile(
    r"\{\{[^{}\n]{1,80}\}\}|\$?\{[A-Za-z_][\w.:-]{0,60}\}|%\([\w]+\)[sdif]|%[sdif]\b|<<[^<>\n]{1,80}>>"
    r"|\[(?:[A-Z][^\]\n]{0,60}|[^\]\n]{0,60}(?:name|date|NAME|DATE)[^\]\n]{0,30})\](?![(\[])"
)

# Each pattern names what it protects; the names show up in rollback and flag reasons.
PROTECTED_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("URL", re.compile(r"(?:\b[a-z][a-z0-9+.-]*://|\bwww\.)[^\s<>\ufffc]*[^\s<>\ufffc.,;:!?)\]'\"]", re.I)),
    ("e-mail address", re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")),
    (
        "domain name",
        re.compile(
            r"\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|ai|dev|app|edu|gov|co|uk|de|fr|info)\b(?:/\S*)?", re.I
        ),
    ),
    ("file path", re.compile(r"(?<![\w/])(?:~|\.{1,2})?/(?:[\w.-]+/)*[\w.-]+|\b[A-Z]:\\[\w\\. -]+")),
    ("quoted text", re.compile(r'"[^"\n]{1,400}?"|“[^”]{1,400}?”|„[^“”]{1,400}?[“”]|«[^»]{1,400}?»')),
    ("quoted text", re.compile(r"(?<!\w)‘[^’]{1,400}?’(?!\w)")),
    ("placeholder", PLACEHOLDER),
    ("mention or hashtag", re.compile(r"(?<![\w@#])[@#][A-Za-z_][\w-]*")),
]


def protect(view: ProseView, keep_terms: Iterable[str] = ()) -> None:
    """Record the view ranges of protected prose so that no rule may edit them."""
    text = view.text
    found: list[tuple[int, int, str]] = []
    for what, pattern in PROTECTED_PATTERNS:
        for m in pattern.finditer(text):
            found.append((m.start(), m.end(), what))
    for term in keep_terms:
        if not term:
            continue
        start = 0
        while (pos := text.find(term, start)) >= 0:
            found.append((pos, pos + len(term), f"kept term {term!r}"))
            start = pos + 1
    found.sort()
    view.protected = found
