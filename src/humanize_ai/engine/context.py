"""What a rule sees while it looks for matches: one prose view, the tone, the intensity."""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from humanize_ai.rules.schema import Tone
from humanize_ai.text.markdown import ParsedDocument, ProseView
from humanize_ai.text.sentences import WORD, SentenceSplitter, first_word_start


@dataclass
class Settings:
    """The choices of one run, shared by every rule."""

    tone_name: str
    tone: Tone
    tone_chain: list[str]  # the tone, its fallbacks, then "default"
    intensity: str
    seed: int
    counters: Counter[str] = field(default_factory=Counter)  # matches per rule so far, for variants
    nouns_capitalised: bool = False  # from the pack: a capital mid-sentence is a noun, not a name
    a_an: bool = False  # from the pack: English article agreement

    def next_variant(self, rule_id: str) -> int:
        n = self.counters[rule_id]
        self.counters[rule_id] += 1
        return n + self.seed


class BlockContext:
    def __init__(self, view: ProseView, splitter: SentenceSplitter, settings: Settings) -> None:
        self.view = view
        self.text = view.text
        self.splitter = splitter
        self.settings = settings

    @cached_property
    def lower(self) -> str:
        return self.text.lower().replace("’", "'")

    @cached_property
    def words(self) -> frozenset[str]:
        tokens = WORD.findall(self.lower)
        # "l'utilizzo" is one token but also holds the word "utilizzo" (elision)
        parts = [part for t in tokens if "'" in t for part in t.split("'") if part]
        return frozenset(tokens + parts)

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        return self.splitter.spans(self.text)

    @cached_property
    def _starts(self) -> list[int]:
        return [first_word_start(self.text, s, e) for s, e in self.sentences]

    def sentence_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right([s for s, _ in self.sentences], pos) - 1)

    def is_sentence_start(self, pos: int) -> bool:
        i = self.sentence_index(pos)
        return (
            bool(self._starts)
            and first_word_start(self.text, pos, len(self.text)) == self._starts[i]
            and (self.sentences[i][0] <= pos)
            and pos <= self._starts[i]
        )


class DocumentContext:
    def __init__(
        self, doc: ParsedDocument, settings: Settings, lexicons: dict[str, frozenset[str]] | None = None
    ) -> None:
        self.doc = doc
        self.settings = settings
        self.lexicons = lexicons or {}

    @cached_property
    def name_words(self) -> frozenset[str]:
        """Words capitalised in the middle of a body sentence: treat them as names."""
        words: set[str] = set()
        for v in self.doc.views:
            if v.kind == "heading":
                continue
            for m in WORD.finditer(v.text):
                w = m.group()
                if w[0].isupper() and m.start() > 0:
                    head = v.text[: m.start()].rstrip(" \"'“‘(*_\ufffc")
                    if head and not head.endswith((".", "!", "?", ":", "\n")):
                        words.add(w.lower())
        return frozenset(words)

    @cached_property
    def lowercase_words(self) -> frozenset[str]:
        """Words that appear in lower case in body prose: safe to lower-case in a heading."""
        words: set[str] = set()
        for v in self.doc.views:
            if v.kind != "heading":
                words.update(w for w in WORD.findall(v.text) if w.islower())
        return frozenset(words)
