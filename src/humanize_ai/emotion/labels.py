"""Label sets and how the corpora's labels map onto them."""

from __future__ import annotations

EKMAN = ("anger", "disgust", "fear", "joy", "sadness", "surprise", "neutral")
GROUPS = ("ambiguous", "negative", "neutral", "positive")  # GoEmotions' sentiment grouping
VAD = ("valence", "arousal", "dominance")  # EmoBank, 1 (low) to 5 (high), 3 is neutral
FINE = (
    "admiration", "amusement", "anger", "annoyance", "approval", "caring", "confusion", "curiosity",
    "desire", "disappointment", "disapproval", "disgust", "embarrassment", "excitement", "fear",
    "gratitude", "grief", "joy", "love", "nervousness", "optimism", "pride", "realization", "relief",
    "remorse", "sadness", "surprise", "neutral",
)  # fmt: skip
# XED (Plutchik) label ids onto Ekman; 2 anticipation and 8 trust have no Ekman counterpart
XED_TO_EKMAN = {1: "anger", 3: "disgust", 4: "fear", 5: "joy", 6: "sadness", 7: "surprise"}
XED_TO_GROUP = {
    1: "negative", 3: "negative", 4: "negative", 6: "negative",
    5: "positive", 8: "positive", 2: "ambiguous", 7: "ambiguous",
}  # fmt: skip
# the languages the model saw labelled text in (GoEmotions: en; XED: the rest)
TRAINED_LANGUAGES = ("en", "es", "fr", "de", "pt", "it", "nl", "pl", "ru", "fi")
