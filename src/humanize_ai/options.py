"""The options of a rewrite, typed and documented in one place."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Intensity = Literal["light", "balanced", "strong"]
INTENSITIES: tuple[str, ...] = ("light", "balanced", "strong")


@dataclass(frozen=True)
class HumanizeOptions:
    tone: str = "neutral"
    """A tone from the language pack's tones.yaml (neutral, casual, formal, support, ...)."""
    intensity: Intensity = "balanced"
    """light: only certain tells; balanced: the default; strong: rhythm and riskier rules too."""
    language: str = "auto"
    """'auto' detects the language; a code such as 'en' forces a pack."""
    keep: tuple[str, ...] = ()
    """Terms that must come out byte-identical (product names, legal phrases)."""
    seed: int = 0
    """Shifts which variant a rule with several alternatives uses; same seed, same output."""
    enable: tuple[str, ...] = ()
    """Rule id globs to force on regardless of intensity and tone."""
    disable: tuple[str, ...] = ()
    """Rule id globs to switch off (for example 'en.contractions.*')."""
    minimal: bool = False
    """Touch only sentences the analysis flags (those holding a machine tell); leave the rest as is."""
    only: tuple[str, ...] | None = field(default=None)
    """If set, only rules matching these globs run (used to test one rule at a time)."""
