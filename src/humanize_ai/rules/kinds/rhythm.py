"""Sentence rhythm: split over-long sentences and join runs of short ones, without new content."""

from __future__ import annotations

import re
from collections.abc import Iterator

from humanize_ai.engine.context import BlockContext
from humanize_ai.rules.kinds.base import Candidate, CompiledRule, choose, phrase_key
from humanize_ai.text.sentences import word_count

DEFAULT_MIN_WORDS = 6  # each half of a split keeps at least this many words: no fragments


class Split(CompiledRule):
    kind = "split"
    required = ("joins", "subjects")

    def compile(self, where: str) -> None:
        joins = self.rule.joins or {}
        self.table = {k: v for k, v in joins.items()}
        subjects = "|".join(re.escape(s) for s in sorted(self.rule.subjects or [], key=len, reverse=True))
        alts = "|".join(re.escape(k) for k in sorted(joins, key=len, reverse=True))
        self.regex = re.compile(rf"(?:{alts})(?=(?:{subjects})\b)", re.IGNORECASE)
        self.min_words = self.rule.min_words or DEFAULT_MIN_WORDS

    def find(self, ctx: BlockContext) -> Iterator[Candidate]:
        limit = self.rule.max_words or ctx.settings.tone.sentence_words.max
        text = ctx.text
        for s, e in ctx.sentences:
            sentence = text[s:e]
            total = word_count(sentence)
            if total <= limit:
                continue
            best = None
            for m in self.regex.finditer(text, s, e):
                left = word_count(text[s : m.start()])
                right = total - left - word_count(m.group())
                if left >= self.min_words and right >= self.min_words:
                    score = abs(left - right)
                    if best is None or score < best[0]:
                        best = (score, m)
            if best is None:
                continue
            m = best[1]
            key = next(k for k in self.table if k.lower() == m.group().lower())
            joint = choose(self.table[key], ctx.settings, self.id)
            if joint is None or m.end() >= len(text):
                continue
            nxt = text[m.end()]
            after = joint + (nxt.upper() if joint.rstrip().endswith((".", "!", "?")) else nxt)
            yield Candidate(self, ctx.view, m.start(), m.end() + 1, after)


class Join(CompiledRule):
    kind = "join"
    required = ("starters", "joiner", "max_words")

    def compile(self, where: str) -> None:
        self.starters = {phrase_key(s) for s in self.rule.starters or []}

    def find(self, ctx: BlockContext) -> Iterator[Candidate]:
        text = ctx.text
        spans = ctx.sentences
        limit = self.rule.max_words or 0
        last_joined = -2
        for i in range(len(spans) - 1):
            (s1, e1), (s2, e2) = spans[i], spans[i + 1]
            if i - 1 <= last_joined:
                continue
            a, b = text[s1:e1], text[s2:e2]
            if not (a.endswith(".") and b.endswith(".")) or "," in a or "," in b:
                continue
            if not (2 < word_count(a) <= limit and 2 < word_count(b) <= limit):
                continue
            first = b.split(None, 1)[0] if b.split() else ""
            if phrase_key(first) not in self.starters or not first[:1].isupper():
                continue
            gap = text[e1 - 1 : s2 + 1]  # ". T"
            if "\n" in gap:
                continue
            joiner = choose(self.rule.joiner, ctx.settings, self.id)
            if joiner is None:
                continue
            last_joined = i
            yield Candidate(self, ctx.view, e1 - 1, s2 + 1, joiner + text[s2].lower())
