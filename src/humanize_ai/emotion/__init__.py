"""Emotion, sentiment, intensity and frustration from text (issue 5)."""

from humanize_ai.emotion.detect import EmotionResult, detect_emotion, detect_emotions

__all__ = ["EmotionResult", "detect_emotion", "detect_emotions"]
