"""Readability per language, computed by textstat (syllables via pyphen's dictionaries).

textstat 0.7.3 is pinned: later releases fetch the CMU dictionary through nltk at run time,
which an offline install cannot do. textstat keeps the language in a global, so calls are
serialised with a lock.
"""

from __future__ import annotations

import threading
from typing import Any

import textstat

_LOCK = threading.Lock()
# The measure suited to each language (textstat's language-specific formulas).
MEASURES: dict[str, tuple[str, str]] = {
    "en": ("flesch_reading_ease", "Flesch reading ease (0-100, higher is easier)"),
    "de": ("wiener_sachtextformel", "Wiener Sachtextformel, first variant (school grade, lower is easier)"),
    "es": ("fernandez_huerta", "Fernández Huerta (0-100, higher is easier)"),
    "fr": ("flesch_reading_ease", "Flesch reading ease, French coefficients"),
    "it": ("gulpease_index", "Gulpease index (0-100, higher is easier)"),
    "nl": ("flesch_reading_ease", "Flesch-Douma reading ease"),
    "ru": ("flesch_reading_ease", "Flesch reading ease, Russian coefficients"),
    "pl": ("flesch_reading_ease", "Flesch reading ease"),
    "pt": ("flesch_reading_ease", "Flesch reading ease, Portuguese coefficients"),
}
PYPHEN_LANG = {
    "en": "en_US",
    "de": "de_DE",
    "es": "es",
    "fr": "fr",
    "it": "it_IT",
    "nl": "nl_NL",
    "ru": "ru_RU",
    "pl": "pl_PL",
    "pt": "pt_PT",
}
MAX_CHARS = 200_000  # readability of a huge document is judged on its first 200k characters


def readability(text: str, language: str) -> dict[str, Any] | None:
    """The language's readability measure, plus a grade where defined; None if unsupported."""
    if language not in MEASURES or not text.strip():
        return None
    measure, description = MEASURES[language]
    sample = text[:MAX_CHARS]
    with _LOCK:
        textstat.set_lang(PYPHEN_LANG[language])
        try:
            fn = getattr(textstat, measure)
            value = float(fn(sample, 1) if measure == "wiener_sachtextformel" else fn(sample))
            grade = float(textstat.flesch_kincaid_grade(sample)) if language == "en" else None
        finally:
            textstat.set_lang("en_US")
    out: dict[str, Any] = {"measure": measure, "value": round(value, 1), "description": description}
    if grade is not None:
        out["grade"] = round(grade, 1)
    return out
