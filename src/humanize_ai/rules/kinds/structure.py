"""Markdown habits of machine text: bold lead-ins on every bullet, Title Case headings, a
closing "Conclusion" heading. These rules see the whole document's structure."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from humanize_ai.engine.context import DocumentContext
from humanize_ai.rules.kinds.base import Candidate, CompiledRule
from humanize_ai.text.markdown import FROZEN_CHAR, ProseView

DEFAULT_MIN_ITEMS = 3
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_TITLE_SHARE = 0.75  # a heading is Title Case when this share of its long words is capitalised


class BoldLeadIn(CompiledRule):
    """`- **Label:** text` on every item of a list becomes `- Label: text`."""

    kind = "md_bold_lead_in"
    document_level = True

    def find_document(self, ctx: DocumentContext) -> Iterator[Candidate]:
        lists: dict[int, list[ProseView]] = defaultdict(list)
        for v in ctx.doc.views:
            if v.list_id >= 0:
                lists[v.list_id].append(v)
        min_items = self.rule.min_items or DEFAULT_MIN_ITEMS
        for items in lists.values():
            spans = [self._lead_in(v) for v in items]
            if len(items) < min_items or any(s is None for s in spans):
                continue
            src = ctx.doc.text
            for span in spans:
                assert span is not None
                open_start, inner_start, inner_end, close_end = span
                after = src[inner_start:inner_end]
                tail = src[inner_end:close_end]
                yield Candidate(self, None, open_start, close_end, after + tail.lstrip("*_"))

    @staticmethod
    def _lead_in(view: ProseView) -> tuple[int, int, int, int] | None:
        """Source offsets of `**`, the label, and the closing `**` (with any colon after it)."""
        p = view.pieces
        if len(p) < 3 or p[0].what != "strong_open":
            return None
        close = next((i for i in range(1, len(p)) if p[i].what == "strong_close"), None)
        if close is None or close == 1 or any(x.kind != "prose" for x in p[1:close]):
            return None
        label = view.text[p[1].view_start : p[close - 1].view_end]
        after_close = view.text[p[close].view_end :].lstrip(" \u00a0\u202f")[:1]  # French: "**Prix** :"
        if not (label.rstrip().endswith(":") or after_close == ":") or len(label.split()) > 8:
            return None
        return p[0].src_start, p[0].src_end, p[close].src_start, p[close].src_end


class HeadingCase(CompiledRule):
    """Title Case Headings become sentence case; names stay capitalised."""

    kind = "md_heading_case"
    document_level = True

    def compile(self, where: str) -> None:
        self.small = {w.lower() for w in self.rule.small_words or []}

    def find_document(self, ctx: DocumentContext) -> Iterator[Candidate]:
        lower_ok = ctx.lowercase_words | ctx.lexicons.get("lowercase_words", frozenset())
        names = ctx.name_words
        for v in ctx.doc.views:
            if v.kind != "heading":
                continue
            words = list(_WORD.finditer(v.text))
            long_words = [w.group() for w in words[1:] if len(w.group()) > 3]
            if len(words) < 2 or not long_words:
                continue
            if sum(w[0].isupper() for w in long_words) < _TITLE_SHARE * len(long_words):
                continue
            changes = []
            for m in words[1:]:
                w = m.group()
                if not (w[0].isupper() and (len(w) == 1 or w[1:].islower())) or w == "I":
                    continue  # "I", "API", "iPhone", already lower
                if w.lower() in self.small or (w.lower() in lower_ok and w.lower() not in names):
                    prev = v.text[: m.start()].rstrip()
                    if prev.endswith((":", ".", "!", "?")):
                        continue  # a new sentence inside the heading keeps its capital
                    changes.append(m)
            for run in _prose_runs(v, changes):
                start, end = run[0].start(), run[-1].end()
                text = v.text[start:end]
                for m in reversed(run):
                    i, j = m.start() - start, m.end() - start
                    text = text[:i] + text[i:j].lower() + text[j:]
                yield Candidate(self, v, start, end, text)


def _prose_runs(view: ProseView, matches: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """Group word matches into runs that no frozen piece separates."""
    runs: list[list[re.Match[str]]] = []
    for m in matches:
        if (
            runs
            and FROZEN_CHAR not in view.text[runs[-1][-1].end() : m.start()]
            and not any(ps < m.start() and runs[-1][-1].end() < pe for ps, pe, _ in view.protected)
        ):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


class ClosingSection(CompiledRule):
    """A last section headed "Conclusion" (or the like) loses its heading; its text stays."""

    kind = "md_closing_section"
    document_level = True

    def compile(self, where: str) -> None:
        self.names = {h.lower() for h in self.rule.headings or []}

    def find_document(self, ctx: DocumentContext) -> Iterator[Candidate]:
        headings = [v for v in ctx.doc.views if v.kind == "heading"]
        if len(headings) < 2:
            return
        last = headings[-1]
        if last.heading_level < 2 or not any(h.heading_level <= last.heading_level for h in headings[:-1]):
            return
        name = re.sub(r"[^\w\s]", "", last.text).strip().lower()
        if name not in self.names:
            return
        start = ctx.doc.line_start(last.line_start)
        end = ctx.doc.line_start(last.line_end)
        src = ctx.doc.text
        while end < len(src) and src[end] == "\n":
            end += 1
        if end >= len(src):
            return  # nothing follows the heading: leave it
        yield Candidate(self, None, start, end, "")
