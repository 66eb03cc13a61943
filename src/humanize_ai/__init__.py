"""Humanize AI: rewrite machine-styled text into natural prose, with every edit explained."""

from humanize_ai.analysis.analyze import AnalysisResult, analyze
from humanize_ai.api import HumanizeResult, humanize
from humanize_ai.emotion import EmotionResult, detect_emotion, detect_emotions
from humanize_ai.engine.edits import Edit, Flag, RolledBack, apply_edits
from humanize_ai.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    HumanizeError,
    InputTooLargeError,
    OptionError,
    RulePackError,
)
from humanize_ai.options import HumanizeOptions

__version__ = "0.1.0"

__all__ = [
    "AnalysisResult",
    "BinaryInputError",
    "Edit",
    "EmotionResult",
    "EmptyInputError",
    "EncodingError",
    "Flag",
    "HumanizeError",
    "HumanizeOptions",
    "HumanizeResult",
    "InputTooLargeError",
    "OptionError",
    "RolledBack",
    "RulePackError",
    "__version__",
    "analyze",
    "apply_edits",
    "detect_emotion",
    "detect_emotions",
    "humanize",
]
