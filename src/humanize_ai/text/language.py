"""Which language a text is in, with an offline detector that ships its models (lingua)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

# The languages we tell apart: every language we have or plan a pack for, and the big ones
# a user is likely to send us by mistake.
CANDIDATES = [
    "ENGLISH",
    "SPANISH",
    "FRENCH",
    "GERMAN",
    "PORTUGUESE",
    "ITALIAN",
    "DUTCH",
    "POLISH",
    "RUSSIAN",
    "UKRAINIAN",
    "CZECH",
    "SWEDISH",
    "DANISH",
    "BOKMAL",
    "FINNISH",
    "TURKISH",
    "INDONESIAN",
    "CHINESE",
    "JAPANESE",
    "KOREAN",
    "ARABIC",
    "HEBREW",
    "HINDI",
    "PERSIAN",
    "GREEK",
    "ROMANIAN",
    "HUNGARIAN",
    "VIETNAMESE",
    "THAI",
]
LANGUAGE_SAMPLE_CHARS = 20000  # how much of a document's prose decides its main language
SAMPLE_CHARS = 4000  # enough for a confident answer; detection cost must not grow with the document
UNDETERMINED = "und"
MIN_CONFIDENCE = 0.3


@dataclass(frozen=True)
class Detection:
    language: str  # ISO 639-1 code, or "und"
    confidence: float


SHORT_TEXT_CHARS = 120  # below this, lingua's fast trigram-only mode is unsure: demand more confidence
SHORT_TEXT_MIN_CONFIDENCE = 0.6


@cache
def _detector() -> LanguageDetector:
    """lingua's low-accuracy mode: loads in 0.2 s and is reliable from ~120 characters on. High
    accuracy costs 4-8 s of model loading per process, too much for a command-line call."""
    builder = LanguageDetectorBuilder.from_languages(*(getattr(Language, name) for name in CANDIDATES))
    return builder.with_low_accuracy_mode().build()


def detect_language(text: str) -> Detection:
    sample = text[:SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return Detection(UNDETERMINED, 0.0)
    values = _detector().compute_language_confidence_values(sample)
    needed = SHORT_TEXT_MIN_CONFIDENCE if len(sample.strip()) < SHORT_TEXT_CHARS else MIN_CONFIDENCE
    if not values or values[0].value < needed:
        return Detection(UNDETERMINED, values[0].value if values else 0.0)
    top = values[0]
    return Detection(top.language.iso_code_639_1.name.lower(), float(top.value))


ASCII_SHARE_FOR_ENGLISH = 0.8  # an undetermined, mostly-ASCII text (e.g. "ok", "Thanks!") is English


def pick_language(requested: str, prose: str) -> tuple[str, float]:
    """The language to use: the one requested, or the detected one for 'auto'."""
    if requested != "auto":
        return requested, 1.0
    det = detect_language(prose)
    if det.language != UNDETERMINED:
        return det.language, det.confidence
    letters = [c for c in prose if c.isalpha()]
    ascii_share = sum(c.isascii() for c in letters) / len(letters) if letters else 1.0
    return ("en" if ascii_share >= ASCII_SHARE_FOR_ENGLISH else UNDETERMINED), det.confidence


ROUTE_MIN_LETTERS = 40  # shorter blocks (headings, bullets) take the language of the block before
ROUTE_MIN_CONFIDENCE = 0.5


def block_languages(texts: list[str], default: str) -> list[str]:
    """The language of each block of a document, so a mixed document is handled block by block.

    Blocks with too few letters to judge take the language of the nearest judged block before
    them (a Spanish section's headings and bullets are Spanish), else the document's language."""
    judged = [i for i, t in enumerate(texts) if sum(ch.isalpha() for ch in t) >= ROUTE_MIN_LETTERS]
    found: dict[int, str] = {}
    if judged:
        results = _detector().compute_language_confidence_values_in_parallel([texts[i] for i in judged])
        for i, values in zip(judged, results, strict=True):
            if values and values[0].value >= ROUTE_MIN_CONFIDENCE:
                found[i] = values[0].language.iso_code_639_1.name.lower()
    out: list[str] = []
    current = found[min(found)] if found else default
    for i in range(len(texts)):
        current = found.get(i, current)
        out.append(current)
    return out
