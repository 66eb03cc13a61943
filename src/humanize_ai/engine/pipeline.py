"""The rewrite pipeline: parse, find candidate edits, guard them, resolve overlaps, apply."""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatch

from humanize_ai.engine.context import BlockContext, DocumentContext, Settings
from humanize_ai.engine.edits import Edit, Flag, RolledBack, apply_edits
from humanize_ai.engine.fidelity import NUMBER, DocumentCheck, check_document, check_edit
from humanize_ai.engine.priority import PRIORITY
from humanize_ai.rules.kinds import Candidate
from humanize_ai.rules.pack import Pack
from humanize_ai.text.markdown import FROZEN_CHAR, ParsedDocument
from humanize_ai.text.protect import protect
from humanize_ai.text.source import SourceText


@dataclass
class Plan:
    edits: list[Edit]
    flags: list[Flag]
    rolled_back: list[RolledBack]
    document: DocumentCheck
    text: str
    frozen_blocks: int
    removed_numbers: Counter[str] = field(default_factory=Counter)


@dataclass
class _Proposal:
    cand: Candidate
    start: int  # normalized source offsets
    end: int
    before: str
    after: str
    priority: int


def _to_source(doc: ParsedDocument, c: Candidate) -> tuple[int, int, str] | str:
    """Source range and replacement of a candidate, or why it may not be applied."""
    if c.view is None:
        return c.start, c.end, c.after
    view = c.view
    why = view.frozen_reason(c.start, c.end)
    if why is not None:
        return why
    s, e = view.to_source(c.start, c.end)
    if c.after == "" and not view.text[: c.start].strip(" \t\n" + FROZEN_CHAR) and not view.text[c.end :].strip(
        " \t\n" + FROZEN_CHAR
    ):
        # the whole block would be empty: remove its lines, unless that leaves an empty bullet or cell
        if view.kind != "paragraph" or view.nested or FROZEN_CHAR in view.text:
            return "would leave an empty block"
        s = doc.line_start(view.line_start)
        e = doc.line_start(view.line_end)
        while e < len(doc.text) and doc.text[e] == "\n":
            e += 1
        if e >= len(doc.text):  # the last block: drop the blank line before it instead
            while s > 1 and doc.text[s - 1] == "\n" and doc.text[s - 2] == "\n":
                s -= 1
    return s, e, c.after


def plan_rewrite(
    source: SourceText,
    pack: Pack,
    settings: Settings,
    keep: Sequence[str],
    enable: Sequence[str] = (),
    disable: Sequence[str] = (),
    only: Sequence[str] | None = None,
    doc: ParsedDocument | None = None,
) -> Plan:
    from humanize_ai.text.markdown import parse

    doc = doc if doc is not None else parse(source.text)
    rules = [
        r
        for r in pack.rules
        if r.applies(settings, enable, disable) and (only is None or any(fnmatch(r.id, g) for g in only))
    ]
    block_rules = [r for r in rules if not r.document_level]
    doc_rules = [r for r in rules if r.document_level]

    candidates: list[Candidate] = []
    for view in doc.views:
        protect(view, keep)
        ctx = BlockContext(view, pack.splitter, settings)
        for r in block_rules:
            candidates.extend(r.find(ctx))
    dctx = DocumentContext(doc, settings, pack.lexicons)
    for r in doc_rules:
        candidates.extend(r.find_document(dctx))

    text = doc.text
    flags: list[Flag] = []
    rolled: list[RolledBack] = []
    proposals: list[_Proposal] = []
    for c in candidates:
        placed = _to_source(doc, c)
        meta = c.rule.rule
        if isinstance(placed, str):
            if not c.flag_only:
                rolled.append(RolledBack(c.rule.id, source.to_original(0), 0, "", c.after, placed))
                rolled[-1] = _locate(rolled[-1], c, source, text)
            continue
        s, e, after = placed
        if c.flag_only:
            flags.append(
                Flag(meta.id, source.to_original(s), source.to_original(e), text[s:e], meta.reason, meta.source)
            )
            continue
        before = text[s:e]
        why = check_edit(before, after, pack.negations, "numbers" in meta.may_remove, c.sentence_start)
        if why is not None:
            rolled.append(RolledBack(meta.id, source.to_original(s), source.to_original(e), before, after, why))
            continue
        proposals.append(_Proposal(c, s, e, before, after, PRIORITY[meta.type]))

    chosen = _resolve_overlaps(proposals)
    edits = _number(chosen, source)
    removed = Counter[str]()
    for p in chosen:
        if "numbers" in p.cand.rule.rule.may_remove:
            removed += Counter(NUMBER.findall(p.before)) - Counter(NUMBER.findall(p.after))
    output = apply_edits(source.original, edits)
    check = check_document(source.original, output, keep, removed)
    if not check.ok:
        # second line of defence: drop every edit whose text holds a missing item, then re-check
        missing = {item for items in check.missing.values() for item in items}
        bad = [e for e in edits if any(m in e.before or m in e.after for m in missing)]
        for e in bad:
            rolled.append(RolledBack(e.rule, e.start, e.end, e.before, e.after, "document check: " + str(missing)))
        edits = _renumber([e for e in edits if e not in bad])
        output = apply_edits(source.original, edits)
        check = check_document(source.original, output, keep, removed)
    flags.sort(key=lambda f: (f.start, f.rule))
    return Plan(edits, flags, rolled, check, output, doc.frozen_blocks, removed)


def _locate(rb: RolledBack, c: Candidate, source: SourceText, text: str) -> RolledBack:
    """Give a rolled-back view candidate its approximate source position for the report."""
    view = c.view
    if view is None:
        return rb
    piece = view.piece_at(min(c.start, len(view.text) - 1))
    s = piece.src_start
    return RolledBack(rb.rule, source.to_original(s), source.to_original(s), view.text[c.start : c.end], c.after, rb.why)


def _resolve_overlaps(proposals: list[_Proposal]) -> list[_Proposal]:
    """Greedy by priority, then earlier start, then longer span; touching edits are fine."""
    proposals.sort(key=lambda p: (p.priority, p.start, -(p.end - p.start), p.cand.rule.id))
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[_Proposal] = []
    for p in proposals:
        i = bisect.bisect_right(starts, p.start)
        if i > 0 and ends[i - 1] > p.start:
            continue
        if i < len(starts) and starts[i] < p.end:
            continue
        if i < len(starts) and starts[i] == p.start and p.start == p.end:
            continue
        starts.insert(i, p.start)
        ends.insert(i, p.end)
        chosen.append(p)
    chosen.sort(key=lambda p: (p.start, p.end))
    return chosen


def _number(chosen: list[_Proposal], source: SourceText) -> list[Edit]:
    edits = []
    for i, p in enumerate(chosen, 1):
        meta = p.cand.rule.rule
        s, e = source.to_original(p.start), source.to_original(p.end)
        edits.append(
            Edit(f"e{i}", meta.id, p.cand.rule.category, s, e, source.original[s:e], p.after, meta.reason, meta.source)
        )
    return edits


def _renumber(edits: list[Edit]) -> list[Edit]:
    return [
        Edit(f"e{i}", e.rule, e.category, e.start, e.end, e.before, e.after, e.reason, e.source)
        for i, e in enumerate(edits, 1)
    ]
