"""detect_emotion(): emotions, sentiment, intensity and frustration of one message."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from humanize_ai.emotion.cues import find_cues
from humanize_ai.emotion.model import EmotionModel, HeadOutput, load_emotion_model
from humanize_ai.errors import EmptyInputError, InputTooLargeError
from humanize_ai.text.language import pick_language
from humanize_ai.text.source import check_text

MAX_CHARS = 100_000  # a chat message or a document section; longer input should be split
REPEAT_WEIGHT = 0.15  # each earlier negative message in the history counts as a repeated complaint
NEGATIVE_HISTORY = 0.5  # P(negative) at which an earlier message counts as a complaint


@dataclass(frozen=True)
class Cue:
    id: str
    text: str
    weight: float
    reason: str


@dataclass(frozen=True)
class EmotionResult:
    language: str
    trained_language: bool  # False: the model never saw labelled text in this language; trust less
    emotions: dict[str, float]  # Ekman's six plus neutral, probabilities 0-1
    dominant: str
    fine_emotions: dict[str, float] | None  # the 28 GoEmotions labels, English only
    sentiment: str  # negative, neutral or positive
    sentiment_score: float  # -1 (negative) to 1 (positive)
    valence: float  # EmoBank scale 1-5, 3 neutral
    arousal: float
    dominance: float
    frustration: float  # 0-1, see docs/emotion.md
    cues: list[Cue] = field(default_factory=list)
    model: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "trained_language": self.trained_language,
            "confidence": "normal" if self.trained_language else "lower",
            "emotions": self.emotions,
            "dominant": self.dominant,
            "fine_emotions": self.fine_emotions,
            "sentiment": {"label": self.sentiment, "score": self.sentiment_score},
            "intensity": {
                "scale": "EmoBank 1-5 (3 neutral)",
                "valence": self.valence,
                "arousal": self.arousal,
                "dominance": self.dominance,
            },
            "frustration": {
                "score": self.frustration,
                "cues": [
                    {"id": c.id, "text": c.text, "weight": c.weight, "reason": c.reason} for c in self.cues
                ],
            },
            "model": self.model,
        }


def _r(x: float) -> float:
    return round(float(x), 4)


def _check(text: str) -> str:
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    try:
        check_text(text)
    except EmptyInputError:
        raise EmptyInputError("text is empty or only whitespace: no emotion to read") from None
    if len(text) > MAX_CHARS:
        raise InputTooLargeError(f"text is over {MAX_CHARS:,} characters; split it into messages")
    return text


def _affect(heads: dict[str, HeadOutput], english: bool) -> float:
    """The part of frustration the classifier sees: annoyance, anger, disappointment."""
    if english:
        fine = heads["fine"].as_dict()
        return max(fine["annoyance"], fine["anger"], fine["disappointment"])
    ekman = heads["ekman"].as_dict()
    return max(ekman["anger"], ekman["disgust"], 0.5 * ekman["sadness"])


def detect_emotion(
    text: str, language: str = "auto", history: Sequence[str] = (), model: EmotionModel | None = None
) -> EmotionResult:
    """How the writer of `text` feels. `history` holds the same user's earlier messages, oldest
    first; earlier negative messages count as repeated complaints toward frustration."""
    text = _check(text)
    model = model or load_emotion_model()
    lang, _ = pick_language(language, text)
    heads = model.predict(text)
    ekman = {n: _r(v) for n, v in heads["ekman"].as_dict().items()}
    groups = heads["sentiment"].as_dict()
    polar = {"negative": groups["negative"], "neutral": groups["neutral"], "positive": groups["positive"]}
    vad = heads["vad"].as_dict()
    english = lang == "en"

    cues = [Cue(c.id, hit, c.weight, c.reason) for c, hit in find_cues(text, lang)]
    earlier_negative = 0
    for previous in history:
        if (
            previous.strip()
            and model.predict(previous)["sentiment"].as_dict()["negative"] >= NEGATIVE_HISTORY
        ):
            earlier_negative += 1
    if earlier_negative:
        reason = "earlier messages in this conversation were already negative"
        weight = REPEAT_WEIGHT * earlier_negative
        cues.append(Cue("history.repeated_complaint", f"{earlier_negative} earlier", weight, reason))
    cue_strength = 1.0
    for c in cues:
        cue_strength *= 1.0 - min(c.weight, 1.0)
    affect = _affect(heads, english)
    # cues do not count in a message that reads positive: "still love it" is not frustration
    frustration = affect + (1.0 - affect) * (1.0 - cue_strength) * (1.0 - groups["positive"])

    return EmotionResult(
        language=lang,
        trained_language=lang in model.trained_languages,
        emotions=ekman,
        dominant=max(ekman, key=lambda k: ekman[k]),
        fine_emotions={n: _r(v) for n, v in heads["fine"].as_dict().items()} if english else None,
        sentiment=max(polar, key=lambda k: polar[k]),
        sentiment_score=_r(groups["positive"] - groups["negative"]),
        valence=_r(min(5.0, max(1.0, vad["valence"]))),
        arousal=_r(min(5.0, max(1.0, vad["arousal"]))),
        dominance=_r(min(5.0, max(1.0, vad["dominance"]))),
        frustration=_r(min(1.0, frustration)),
        cues=cues,
        model=model.name,
    )


def detect_emotions(texts: Sequence[str], language: str = "auto") -> list[EmotionResult]:
    """Many independent messages at once (one model load)."""
    model = load_emotion_model()
    return [detect_emotion(t, language, model=model) for t in texts]
