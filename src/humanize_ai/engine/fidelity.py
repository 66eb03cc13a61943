"""The fidelity guard: an edit that changes a number, a negation or a name is rolled back.

Protected spans (code, links, quotes, placeholders, kept terms) cannot be edited at all; this
guard checks what rules could still get wrong inside plain prose, and a final document check
counts protected items before and after as a second line of defence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from humanize_ai.text.protect import PLACEHOLDER

NUMBER = re.compile(r"\d+(?:[.,:/-]\d+)*%?")
_WORDISH = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*")


def capitalised(text: str) -> list[re.Match[str]]:
    """Words starting with a capital letter, in any script (Anna, Анна, Ölçer)."""
    return [m for m in _WORDISH.finditer(text) if m.group()[0].isupper()]


WORD = re.compile(r"[^\W\d_][\w'’]*")


@dataclass(frozen=True)
class NegationLexicon:
    words: frozenset[str]
    not_negations: tuple[re.Pattern[str], ...]

    @classmethod
    def build(cls, words: Iterable[str], not_negations: Iterable[str]) -> NegationLexicon:
        pats = tuple(
            re.compile(r"\b" + re.escape(p).replace(r"\ ", r"\s+") + r"\b", re.I) for p in not_negations
        )
        return cls(frozenset(w.lower() for w in words), pats)

    def count(self, text: str) -> int:
        for p in self.not_negations:
            text = p.sub(" ", text)
        n = 0
        for w in WORD.findall(text):
            lw = w.lower().replace("’", "'")
            if lw in self.words or lw.endswith("n't"):
                n += 1
        return n


def check_edit(
    before: str,
    after: str,
    negations: NegationLexicon,
    may_remove_numbers: bool,
    at_sentence_start: bool,
    check_names: bool = True,
    head: str = "",
    tail: str = "",
    rewording: bool = True,
) -> str | None:
    """Why this edit breaks meaning, or None if it is safe.

    check_names=False is for the one rule type whose job is changing case (heading case).
    head and tail are a few words of text on either side of the edit, for context."""
    nb, na = Counter(NUMBER.findall(before)), Counter(NUMBER.findall(after))
    if may_remove_numbers:
        if na - nb:
            return f"adds number(s) {sorted((na - nb).elements())}"
    elif nb != na:
        return f"changes numbers {sorted(nb.elements())} -> {sorted(na.elements())}"
    # counted with the words around the edit: "is not" -> "isn't" before "only" breaks "not only"
    if negations.count(head + before + tail) != negations.count(head + after + tail):
        return "changes the number of negations"
    letters = [c for c in before if c.isalpha()]
    if not check_names or (letters and all(c.isupper() for c in letters)):
        return None  # SHOUTED text: capitals carry no name information
    for m in capitalised(before if after and rewording else ""):  # a rewording must keep names
        word = m.group()
        if word != "I" and m.start() > 0 and not _sentence_initial(before, m.start()) and word not in after:
            return f"removes the name {word!r}"
    starts_upper = before[:1].isupper() or at_sentence_start
    for i, m in enumerate(capitalised(after)):
        word = m.group()
        if word == "I" or word in before:
            continue
        if (i == 0 and m.start() == 0 and starts_upper) or (
            _sentence_initial(after, m.start()) and m.start() > 0
        ):
            continue  # capitalised only because it now starts a sentence
        return f"introduces the name {word!r}"
    return None


def _sentence_initial(text: str, pos: int) -> bool:
    head = text[:pos].rstrip(" \"'“‘(")
    return head == "" or head.endswith((".", "!", "?", ":"))


# Items that must appear in the output as often as in the input.
DOCUMENT_CHECKS: dict[str, re.Pattern[str]] = {
    "numbers": NUMBER,
    "urls": re.compile(r"(?:[a-z][a-z0-9+.-]*://|www\.)[^\s<>)\]]+", re.I),
    "emails": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "inline_code": re.compile(r"`[^`\n]+`"),
    "code_fences": re.compile(r"^(?:```|~~~)", re.M),
    "placeholders": PLACEHOLDER,
    "link_targets": re.compile(r"\]\([^)\n]*\)"),
}


@dataclass
class DocumentCheck:
    ok: bool
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    missing: dict[str, list[str]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "counts": self.counts, "missing": self.missing}


def check_document(
    original: str, rewritten: str, keep_terms: Iterable[str], removed_numbers: Counter[str]
) -> DocumentCheck:
    """Count every protected item class in input and output; report what went missing."""
    checks = dict(DOCUMENT_CHECKS)
    for term in keep_terms:
        if term:
            checks[f"kept:{term}"] = re.compile(re.escape(term))
    result = DocumentCheck(ok=True)
    for name, pattern in checks.items():
        before = Counter(pattern.findall(original))
        after = Counter(pattern.findall(rewritten))
        if name == "numbers":
            before = before - removed_numbers
        missing = before - after
        result.counts[name] = {"input": sum(before.values()), "output": sum(after.values())}
        if missing:
            result.ok = False
            result.missing[name] = sorted(missing.elements())[:20]
    return result
