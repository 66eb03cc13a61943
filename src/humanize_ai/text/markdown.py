"""Markdown into rewritable prose views, with every byte that must survive marked frozen.

markdown-it-py finds the blocks and inline tokens; each inline token is located in the source
with a forward-only cursor. Whatever cannot be located with certainty freezes its whole block:
we would rather leave prose untouched than risk breaking structure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

PieceKind = Literal["prose", "frozen", "soft"]
FROZEN_CHAR = "\ufffc"  # how a frozen piece shows in a view: a non-word, non-space character
EMPHASIS = {f"{k}_{side}" for k in ("strong", "em", "s") for side in ("open", "close")}


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of a view and the source range it came from."""

    view_start: int
    view_end: int
    src_start: int
    src_end: int
    kind: PieceKind
    what: str  # prose, softbreak, strong, em, s, code, link, image, html, escape, entity, hardbreak, markup


@dataclass
class ProseView:
    """The prose of one block as rules see it: frozen pieces show as FROZEN_CHAR."""

    kind: Literal["paragraph", "heading", "cell"]
    text: str
    pieces: list[Piece]
    line_start: int  # first source line of the block
    line_end: int  # line after the block
    heading_level: int = 0
    list_id: int = -1  # which list this paragraph is the first paragraph of an item in (-1: none)
    nested: bool = False  # inside a list item: removing it whole would leave an empty bullet
    protected: list[tuple[int, int, str]] = field(default_factory=list)  # view ranges frozen inside prose
    language: str = ""  # set by language routing: which pack rewrites this block

    def piece_at(self, view_pos: int) -> Piece:
        lo, hi = 0, len(self.pieces) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if self.pieces[mid].view_end <= view_pos:
                lo = mid + 1
            else:
                hi = mid
        return self.pieces[lo]

    def frozen_reason(self, start: int, end: int) -> str | None:
        """Why the view range [start, end) may not be edited, or None if it may.

        Emphasis markers may go with an edit when it holds both ends of the emphasis."""
        open_marks: list[str] = []
        for p in self.pieces:
            if p.view_end <= start:
                continue
            if p.view_start >= end:
                break
            if p.kind == "frozen" and p.what in EMPHASIS and start <= p.view_start and p.view_end <= end:
                kind, side = p.what.rsplit("_", 1)
                if side == "open":
                    open_marks.append(kind)
                elif not open_marks or open_marks.pop() != kind:
                    return f"touches {kind} markup"
                continue
            if p.kind == "frozen":
                return f"touches {p.what.split('_')[0]}"
            if p.kind == "soft" and not (start <= p.view_start and p.view_end <= end):
                return "splits a line break"
        if open_marks:
            return f"touches {open_marks[-1]} markup"
        for ps, pe, what in self.protected:
            if ps < end and start < pe:
                return f"touches protected {what}"
        return None

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Source range of an editable view range (check frozen_reason first)."""
        first = self.piece_at(start)
        last = self.piece_at(max(start, end - 1))
        s = first.src_start + (start - first.view_start if first.kind == "prose" else 0)
        if end == start:
            return s, s
        e = last.src_start + (end - last.view_start) if last.kind == "prose" else last.src_end
        return s, e


@dataclass
class ParsedDocument:
    text: str
    line_offsets: list[int]
    views: list[ProseView]
    frozen_blocks: int  # blocks left untouched on purpose (code, HTML, quotes) or for safety

    def prose_sample(self, chars: int) -> str:
        """The first `chars` characters of prose, for language detection (without joining it all)."""
        parts: list[str] = []
        size = 0
        for v in self.views:
            if size >= chars:
                break
            parts.append(v.text)
            size += len(v.text) + 1
        return " ".join(parts)[:chars]

    def line_start(self, line: int) -> int:
        return self.line_offsets[min(line, len(self.line_offsets) - 1)]


@cache
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True}).enable("table").enable("strikethrough")
    md.use(front_matter_plugin)
    md.disable("text_join")  # keep escapes and entities as separate tokens so they can be frozen
    return md


_CLOSE_CODE = {n: re.compile(rf"(?<!`)`{{{n}}}(?!`)") for n in range(1, 16)}
_ALNUM = re.compile(r"\w")


class _Unlocatable(Exception):
    """An inline token could not be placed in the source with certainty."""


def _match_bracket(src: str, pos: int, limit: int, open_ch: str, close_ch: str) -> int:
    """Index after the bracket closing the one at pos, honouring escapes and nesting."""
    depth = 0
    i = pos
    while i < limit:
        ch = src[i]
        if ch == "\\":
            i += 2
            continue
        if ch == open_ch:
            depth += 1
        elif ch == close_ch:
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise _Unlocatable(f"unclosed {open_ch}")


def _link_tail(src: str, pos: int, limit: int) -> int:
    """End of a link's '](dest "title")' or '][ref]' or ']' starting at pos (which holds ']')."""
    if pos >= limit or src[pos] != "]":
        raise _Unlocatable("link close")
    nxt = pos + 1
    if nxt < limit and src[nxt] == "(":
        return _match_bracket(src, nxt, limit, "(", ")")
    if nxt < limit and src[nxt] == "[":
        return _match_bracket(src, nxt, limit, "[", "]")
    return nxt


class _ViewBuilder:
    def __init__(self, src: str, start: int, limit: int) -> None:
        self.src = src
        self.cursor = start
        self.limit = limit
        self.parts: list[tuple[str, int, int, PieceKind, str]] = []  # view text, src range, kind, what

    def _add(self, view_text: str, s: int, e: int, kind: PieceKind, what: str) -> None:
        self.parts.append((view_text, s, e, kind, what))
        self.cursor = e

    def _seek(self, needle: str) -> int:
        pos = self.src.find(needle, self.cursor, self.limit)
        if pos < 0:
            raise _Unlocatable(needle)
        gap = self.src[self.cursor : pos]
        if _ALNUM.search(gap):
            raise _Unlocatable(f"unexplained text before {needle!r}")
        if gap and not self.parts:
            self.cursor = pos  # block prefix (list marker, '#', '|', indentation): outside the view
        elif gap:
            self._add(FROZEN_CHAR, self.cursor, pos, "frozen", "markup")
        return pos

    def frozen(self, needle: str, what: str, end: int | None = None) -> None:
        pos = self._seek(needle)
        self._add(FROZEN_CHAR, pos, end if end is not None else pos + len(needle), "frozen", what)

    def build(self, children: list[Token]) -> None:
        i = 0
        n = len(children)
        while i < n:
            tok = children[i]
            t = tok.type
            if t == "text":
                if tok.content:
                    pos = self._seek(tok.content)
                    self._add(tok.content, pos, pos + len(tok.content), "prose", "prose")
            elif t == "softbreak":
                pos = self.src.find("\n", self.cursor, self.limit)
                if pos < 0 or self.src[self.cursor : pos].strip(" \t"):
                    raise _Unlocatable("softbreak")
                end = pos + 1
                while end < self.limit and self.src[end] in " \t":
                    end += 1
                self._add("\n", self.cursor, end, "soft", "softbreak")
            elif t == "hardbreak":
                pos = self._seek("\n")
                end = pos + 1
                while end < self.limit and self.src[end] in " \t":
                    end += 1
                self._add("\n", pos, end, "frozen", "hardbreak")
            elif t == "text_special":
                self.frozen(tok.markup, tok.info or "escape")
            elif t == "code_inline":
                pos = self._seek(tok.markup)
                closer = _CLOSE_CODE.get(len(tok.markup))
                m = closer.search(self.src, pos + len(tok.markup), self.limit) if closer else None
                if m is None:
                    raise _Unlocatable("code span")
                self._add(FROZEN_CHAR, pos, m.end(), "frozen", "code")
            elif t in ("strong_open", "strong_close", "em_open", "em_close", "s_open", "s_close"):
                self.frozen(tok.markup, t)
            elif t == "html_inline":
                self.frozen(tok.content, "html")
            elif t == "image":
                pos = self._seek("![")
                close = _match_bracket(self.src, pos + 1, self.limit, "[", "]")
                self._add(FROZEN_CHAR, pos, _link_tail(self.src, close - 1, self.limit), "frozen", "image")
            elif t == "link_open" and tok.markup in ("autolink", "linkify"):
                j = i
                while j < n and children[j].type != "link_close":
                    j += 1
                pos = self._seek("<")
                end = self.src.find(">", pos, self.limit)
                if end < 0:
                    raise _Unlocatable("autolink")
                self._add(FROZEN_CHAR, pos, end + 1, "frozen", "link")
                i = j
            elif t == "link_open":
                self.frozen("[", "link")
            elif t == "link_close":
                pos = self._seek("]")
                self._add(FROZEN_CHAR, pos, _link_tail(self.src, pos, self.limit), "frozen", "link")
            else:
                raise _Unlocatable(t)
            i += 1


def _pieces(parts: list[tuple[str, int, int, PieceKind, str]]) -> tuple[str, list[Piece]]:
    pieces: list[Piece] = []
    out: list[str] = []
    v = 0
    for view_text, s, e, kind, what in parts:
        pieces.append(Piece(v, v + len(view_text), s, e, kind, what))
        out.append(view_text)
        v += len(view_text)
    return "".join(out), pieces


def _line_offsets(text: str) -> list[int]:
    offsets = [0]
    find = text.find
    pos = find("\n")
    while pos >= 0:
        offsets.append(pos + 1)
        pos = find("\n", pos + 1)
    offsets.append(len(text))
    return offsets


def parse(text: str) -> ParsedDocument:
    """Parse normalized ('\\n') text into prose views."""
    tokens = _parser().parse(text)
    offsets = _line_offsets(text)
    views: list[ProseView] = []
    frozen_blocks = 0
    quote_depth = 0
    list_stack: list[int] = []
    item_fresh: list[bool] = []
    next_list_id = 0
    heading_level = 0
    in_cell = False
    cursor = 0
    for tok in tokens:
        t = tok.type
        if t == "blockquote_open":
            quote_depth += 1
        elif t == "blockquote_close":
            quote_depth -= 1
        elif t in ("bullet_list_open", "ordered_list_open"):
            list_stack.append(next_list_id)
            next_list_id += 1
        elif t in ("bullet_list_close", "ordered_list_close"):
            list_stack.pop()
        elif t == "list_item_open":
            item_fresh.append(True)
        elif t == "list_item_close":
            item_fresh.pop()
        elif t in ("th_open", "td_open"):
            in_cell = True
        elif t in ("th_close", "td_close"):
            in_cell = False
        elif t == "heading_open":
            heading_level = int(tok.tag[1])
        elif t in ("fence", "code_block", "html_block", "front_matter"):
            frozen_blocks += 1
        elif t == "inline" and tok.map is not None:
            kind: Literal["paragraph", "heading", "cell"] = (
                "heading" if heading_level else ("cell" if in_cell else "paragraph")
            )
            line_start, line_end = tok.map
            list_id = -1
            if item_fresh and item_fresh[-1] and kind == "paragraph":
                list_id = list_stack[-1]
                item_fresh[-1] = False
            start = max(cursor, offsets[line_start])
            limit = offsets[min(line_end, len(offsets) - 1)]
            if quote_depth:
                frozen_blocks += 1  # quoted material is someone else's words
                heading_level = 0
                continue
            builder = _ViewBuilder(text, start, limit)
            try:
                builder.build(tok.children or [])
            except _Unlocatable:
                frozen_blocks += 1
                heading_level = 0
                continue
            cursor = builder.cursor
            view_text, pieces = _pieces(builder.parts)
            if pieces:
                views.append(
                    ProseView(
                        kind,
                        view_text,
                        pieces,
                        line_start,
                        line_end,
                        heading_level,
                        list_id,
                        bool(item_fresh),
                    )
                )
            heading_level = 0
        elif t == "heading_close":
            heading_level = 0
    return ParsedDocument(text, offsets, views, frozen_blocks)
