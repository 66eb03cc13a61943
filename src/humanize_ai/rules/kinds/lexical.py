"""Rule types that work on words and phrases inside one prose view."""

from __future__ import annotations

import re
from collections.abc import Iterator

from humanize_ai.engine.context import BlockContext
from humanize_ai.errors import RulePackError
from humanize_ai.rules.kinds.base import (
    Candidate,
    CompiledRule,
    choose,
    pattern_triggers,
    phrase_key,
    phrase_regex,
    phrase_triggers,
)


class Substitute(CompiledRule):
    """Replace a phrase with a plainer one, chosen by tone."""

    kind = "substitute"
    required = ("swaps",)

    def compile(self, where: str) -> None:
        swaps = self.rule.swaps or {}
        self.table = {phrase_key(k, self.rule.case_sensitive): v for k, v in swaps.items()}
        self.regex = phrase_regex(swaps, self.rule.case_sensitive)
        self.word_triggers = phrase_triggers(swaps)

    def find(self, ctx: BlockContext) -> Iterator[Candidate]:
        for m in self.regex.finditer(ctx.text):
            after = choose(self.table[phrase_key(m.group(), self.rule.case_sensitive)], ctx.settings, self.id)
            if after is None:
                continue
            c = self.candidate(ctx, m.start(), m.end(), after)
            if c is not None:
                yield c


class Delete(CompiledRule):
    """Delete filler; the removal keeps spacing, punctuation and capitals right."""

    kind = "delete"

    def compile(self, where: str) -> None:
        r = self.rule
        if (r.phrases is None) == (r.pattern is None):
            raise RulePackError(
                f"{where}: {r.id}: a 'delete' rule needs exactly one of 'phrases' or 'pattern'"
            )
        if r.phrases is not None:
            self.regex = phrase_regex(r.phrases, r.case_sensitive)
            self.word_triggers = phrase_triggers(r.phrases)
        else:
            self.regex = re.compile(r.pattern or "", 0 if r.case_sensitive else re.IGNORECASE)
            self.text_triggers = pattern_triggers(r.pattern or "")

    def find(self, ctx: BlockContext) -> Iterator[Candidate]:
        for m in self.regex.finditer(ctx.text):
            if m.end() == m.start():
                continue
            c = self.candidate(ctx, m.start(), m.end(), "")
            if c is not None:
                yield c


class Flag(Delete):
    """Report a tell that cannot be fixed safely; change nothing."""

    kind = "flag"

    def find(self, ctx: BlockContext) -> Iterator[Candidate]:
        for m in self.regex.finditer(ctx.text):
            if m.end() > m.start() and (not self.rule.sentence_start or ctx.is_sentence_start(m.start())):
                yield Candidate(self, ctx.view, m.start(), m.end(), m.group(), flag_only=True)


class Rephrase(CompiledRule):
    """Rewrite a construction through a regex with groups and a template per tone."""

    kind = "rephrase"
    required = ("pattern", "replace")

    def compile(self, where: str) -> None:
        self.regex = re.compile(self.rule.pattern or "", 0 if self.rule.case_sensitive else re.IGNORECASE)
        self.text_triggers = pattern_triggers(self.rule.pattern or "")

    def find(self, ctx: BlockContext) -> Iterator[Candidate]:
        for m in self.regex.finditer(ctx.text):
            template = choose(self.rule.replace, ctx.settings, self.id)
            if template is None or m.end() == m.start():
                continue
            after = m.expand(template)
            c = self.candidate(ctx, m.start(), m.end(), after)
            if c is not None:
                yield c


class Contract(CompiledRule):
    """Contractions, for tones that use them. Lower-case text only: 'do NOT' is emphasis."""

    kind = "contract"
    required = ("pairs",)

    def compile(self, where: str) -> None:
        pairs = self.rule.pairs or {}
        self.table = {phrase_key(k): v for k, v in pairs.items()}
        variants = []
        for k in pairs:
            variants.append(k)
            variants.append(k[:1].upper() + k[1:])
        self.regex = phrase_regex(variants, case_sensitive=True)
        self.word_triggers = phrase_triggers(pairs)
        self.follow = re.compile(r"\s+[A-Za-z]") if self.rule.before_word else None

    def find(self, ctx: BlockContext) -> Iterator[Candidate]:
        if not ctx.settings.tone.contractions:
            return
        text = ctx.text
        for m in self.regex.finditer(text):
            if self.follow is not None and not self.follow.match(text, m.end()):
                continue
            c = self.candidate(ctx, m.start(), m.end(), self.table[phrase_key(m.group())])
            if c is not None:
                yield c
