"""The rewrite pipeline: parse, find candidate edits, guard them, resolve overlaps, apply."""

from __future__ import annotations

import bisect
import itertools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from fnmatch import fnmatch

from humanize_ai.engine.context import BlockContext, DocumentContext, Settings
from humanize_ai.engine.edits import Edit, Flag, RolledBack, apply_edits
from humanize_ai.engine.fidelity import NUMBER, DocumentCheck, check_document, check_edit
from humanize_ai.engine.priority import PRIORITY
from humanize_ai.rules.kinds import Candidate, CompiledRule
from humanize_ai.rules.pack import Pack
from humanize_ai.text.casing import capitalize_first
from humanize_ai.text.markdown import FROZEN_CHAR, ParsedDocument, ProseView
from humanize_ai.text.protect import protect
from humanize_ai.text.source import SourceText

GUARD_CONTEXT = 24  # characters on each side of an edit that the negation check reads with it


@dataclass
class Plan:
    edits: list[Edit]
    flags: list[Flag]
    rolled_back: list[RolledBack]
    document: DocumentCheck
    text: str
    frozen_blocks: int  # blocks left untouched on purpose: code, HTML, quotes, unplaceable markup


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
    if c.flag_only:  # a flag changes nothing, so it may point at protected text
        s, e = view.to_source(c.start, c.end)
        return s, e, c.after
    why = view.frozen_reason(c.start, c.end)
    if why is not None:
        return why
    s, e = view.to_source(c.start, c.end)
    if c.after == "" and _only_space(view.text[: c.start]) and _only_space(view.text[c.end :]):
        # the whole block would be empty: remove its lines, unless that leaves an empty bullet or cell
        block = _removable_block(doc, view)
        if block is None:
            return "would leave an empty block"
        s, e = block
    return s, e, c.after


def _only_space(text: str) -> bool:
    return not text.strip(" \t\n" + FROZEN_CHAR)


def _removable_block(doc: ParsedDocument, view: ProseView) -> tuple[int, int] | None:
    """Source range that removes a paragraph with its blank line, or None if it must stay."""
    if view.kind != "paragraph" or view.nested or FROZEN_CHAR in view.text:
        return None
    s = doc.line_start(view.line_start)
    e = doc.line_start(view.line_end)
    while e < len(doc.text) and doc.text[e] == "\n":
        e += 1
    if e >= len(doc.text):  # the last block: drop the blank line before it instead
        while s > 1 and doc.text[s - 1] == "\n" and doc.text[s - 2] == "\n":
            s -= 1
    return s, e


def _drop_emptied_blocks(doc: ParsedDocument, chosen: list[_Proposal]) -> list[_Proposal]:
    """When several deletions together empty a paragraph, the paragraph's lines go too."""
    by_view: dict[int, list[_Proposal]] = {}
    for p in chosen:
        if p.cand.view is not None:
            by_view.setdefault(id(p.cand.view), []).append(p)
    out = list(chosen)
    for group in by_view.values():
        view = group[0].cand.view
        assert view is not None
        if len(group) < 2 or any(p.after for p in group):
            continue
        first, last = group[0], group[-1]
        text = doc.text
        v_start, v_end = view.pieces[0].src_start, view.pieces[-1].src_end
        kept = (
            text[v_start : first.start]
            + "".join(text[a.end : b.start] for a, b in itertools.pairwise(group))
            + text[last.end : v_end]
        )
        block = _removable_block(doc, view)
        if kept.strip() or block is None:
            continue
        out[out.index(first)] = _Proposal(first.cand, block[0], first.end, text[block[0] : first.end], "", 0)
        out[out.index(last)] = _Proposal(last.cand, last.start, block[1], text[last.start : block[1]], "", 0)
    return out


@dataclass
class Route:
    """The paragraphs of one language and the pack and settings that rewrite them."""

    pack: Pack
    settings: Settings
    views: list[ProseView]
    primary: bool = False  # the document's main language: its pack also runs the structure rules


def plan_rewrite(
    source: SourceText,
    doc: ParsedDocument,
    routes: list[Route],
    keep: Sequence[str],
    enable: Sequence[str] = (),
    disable: Sequence[str] = (),
    only: Sequence[str] | None = None,
    minimal: bool = False,
) -> Plan:
    """Find, guard and choose the edits for one document; apply them; check the result."""
    found: list[tuple[Candidate, Pack]] = []
    for route in routes:
        candidates = _find_candidates(doc, route, keep, enable, disable, only)
        if minimal:
            candidates = _in_flagged_sentences(candidates, route.pack)
        found.extend((c, route.pack) for c in candidates)
    flags: list[Flag] = []
    rolled: list[RolledBack] = []
    proposals: list[_Proposal] = []
    for c, pack in found:
        meta = c.rule.rule
        placed = _to_source(doc, c)
        if isinstance(placed, str):  # it would touch frozen or protected text
            if not c.flag_only and c.view is not None:
                at = source.to_original(c.view.piece_at(min(c.start, len(c.view.text) - 1)).src_start)
                rolled.append(RolledBack(meta.id, at, at, c.view.text[c.start : c.end], c.after, placed))
            continue
        s, e, after = placed
        orig_s, orig_e = source.to_original(s), source.to_original(e)
        before = doc.text[s:e]
        if c.flag_only:
            flags.append(Flag(meta.id, orig_s, orig_e, before, meta.reason, meta.source))
            continue
        why = check_edit(
            before,
            after,
            pack.negations,
            "numbers" in meta.may_remove,
            c.sentence_start,
            check_names=meta.type != "md_heading_case" and not pack.meta.nouns_capitalised,
            rewording=meta.type not in ("delete", "md_closing_section"),
            head=doc.text[max(0, s - GUARD_CONTEXT) : s],
            tail=doc.text[e : e + GUARD_CONTEXT],
        )
        if why is not None:
            rolled.append(RolledBack(meta.id, orig_s, orig_e, before, after, why))
            continue
        proposals.append(_Proposal(c, s, e, before, after, PRIORITY[meta.type]))

    chosen = _drop_emptied_blocks(doc, _tidy_paragraph_ends(doc, _resolve_overlaps(proposals, doc.text)))
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
        bad = [ed for ed in edits if any(m in ed.before or m in ed.after for m in missing)]
        for ed in bad:
            why = f"document check: {sorted(missing)}"
            rolled.append(RolledBack(ed.rule, ed.start, ed.end, ed.before, ed.after, why))
        edits = _renumber([ed for ed in edits if ed not in bad])
        output = apply_edits(source.original, edits)
        check = check_document(source.original, output, keep, removed)
    flags.sort(key=lambda f: (f.start, f.rule))
    return Plan(edits, flags, rolled, check, output, doc.frozen_blocks)


def _in_flagged_sentences(candidates: list[Candidate], pack: Pack) -> list[Candidate]:
    """Minimal mode: keep candidates inside sentences that hold a tell; drop structure edits."""
    tell_categories = set(pack.meta.tell_categories)
    flagged: dict[int, list[tuple[int, int]]] = {}
    sentences: dict[int, list[tuple[int, int]]] = {}
    for c in candidates:
        if c.view is None or c.rule.category not in tell_categories:
            continue
        spans = sentences.setdefault(id(c.view), pack.splitter.spans(c.view.text))
        for s, e in spans:
            if s <= c.start < max(e, s + 1):
                flagged.setdefault(id(c.view), []).append((s, e))
    kept = []
    for c in candidates:
        if c.view is None:
            continue
        if any(s <= c.start and c.end <= e + 1 for s, e in flagged.get(id(c.view), [])):
            kept.append(c)
    return kept


class _TriggerIndex:
    """Which rules can match a view, found from the view's words instead of trying every rule."""

    def __init__(self, rules: list[CompiledRule]) -> None:
        self.order = {id(r): i for i, r in enumerate(rules)}
        self.by_word: dict[str, list[CompiledRule]] = {}
        self.by_text: list[CompiledRule] = []
        self.always: list[CompiledRule] = []
        for r in rules:
            if r.word_triggers is not None:
                for w in r.word_triggers:
                    self.by_word.setdefault(w, []).append(r)
            elif r.text_triggers is not None:
                self.by_text.append(r)
            else:
                self.always.append(r)

    def rules_for(self, ctx: BlockContext) -> list[CompiledRule]:
        found: dict[int, CompiledRule] = {id(r): r for r in self.always}
        for w in ctx.words & self.by_word.keys():
            for r in self.by_word[w]:
                found[id(r)] = r
        lower = ctx.lower
        for r in self.by_text:
            if any(t in lower for t in r.text_triggers or ()):
                found[id(r)] = r
        return sorted(found.values(), key=lambda r: self.order[id(r)])


def _find_candidates(
    doc: ParsedDocument,
    route: Route,
    keep: Sequence[str],
    enable: Sequence[str],
    disable: Sequence[str],
    only: Sequence[str] | None,
) -> list[Candidate]:
    """Every match of every rule of the route's pack that applies to its tone and intensity."""
    pack, settings = route.pack, route.settings
    rules = [
        r
        for r in pack.rules
        if r.applies(settings, enable, disable) and (only is None or any(fnmatch(r.id, g) for g in only))
    ]
    candidates: list[Candidate] = []
    index = _TriggerIndex([r for r in rules if not r.document_level])
    for view in route.views:
        protect(view, keep)
        ctx = BlockContext(view, pack.splitter, settings)
        for r in index.rules_for(ctx):
            if r.rule.blocks is None or view.kind in r.rule.blocks:
                candidates.extend(r.find(ctx))
    if route.primary:
        dctx = DocumentContext(doc, settings, pack.lexicons)
        for r in rules:
            if r.document_level:
                candidates.extend(r.find_document(dctx))
    return candidates


def _resolve_overlaps(proposals: list[_Proposal], text: str) -> list[_Proposal]:
    """Greedy by priority, then earlier start, then longer span; touching edits are fine.

    Two ways deletions may share text and both stay:
    - two adjacent sentences that both go overlap only in the whitespace between them: the later
      deletion gives up the shared whitespace;
    - two sentence openers that both go ("Moreover, it is important to note that the ..."): the
      first deletion capitalised the first letter of the second; it hands that job on, and the
      second deletion capitalises the word after it instead.
    """
    proposals.sort(key=lambda p: (p.priority, p.start, -(p.end - p.start), p.cand.rule.id))
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[_Proposal] = []
    by_start: dict[int, _Proposal] = {}
    for p in proposals:
        i = bisect.bisect_right(starts, p.start)
        if i > 0 and ends[i - 1] > p.start:
            prev = by_start[starts[i - 1]]
            shared = p.before[: ends[i - 1] - p.start]
            if p.after == "" and prev.after == "" and not shared.strip() and ends[i - 1] < p.end:
                cut = ends[i - 1] - p.start
                p = _Proposal(p.cand, ends[i - 1], p.end, p.before[cut:], "", p.priority)
            elif _chains(prev, p):
                handed = _Proposal(prev.cand, prev.start, prev.end - 1, prev.before[:-1], "", prev.priority)
                chosen[chosen.index(prev)] = by_start[prev.start] = handed
                ends[i - 1] = handed.end
                p = _capitalise(p, text)
            else:
                continue
        if i < len(starts) and starts[i] < p.end:
            continue
        starts.insert(i, p.start)
        ends.insert(i, p.end)
        by_start[p.start] = p
        chosen.append(p)
    chosen.sort(key=lambda p: (p.start, p.end))
    return chosen


def _chains(prev: _Proposal, p: _Proposal) -> bool:
    """prev deletes a sentence opener and capitalises one letter; p edits from that letter on."""
    return (
        len(prev.after) == 1
        and prev.before[-1:].upper() == prev.after != prev.before[-1:]
        and p.start == prev.end - 1
        and prev.cand.rule.rule.type == "delete"
    )


def _capitalise(p: _Proposal, text: str) -> _Proposal:
    """An edit that now opens a sentence: capitalise its replacement, or the word after a deletion."""
    if p.after:
        return _Proposal(p.cand, p.start, p.end, p.before, capitalize_first(p.after), p.priority)
    if p.end >= len(text) or not text[p.end].islower():
        return p
    return _Proposal(p.cand, p.start, p.end + 1, p.before + text[p.end], text[p.end].upper(), p.priority)


def _tidy_paragraph_ends(doc: ParsedDocument, chosen: list[_Proposal]) -> list[_Proposal]:
    """Deletions that reach the end of a paragraph also take the space before them."""
    out = list(chosen)
    text = doc.text
    for k, p in enumerate(out):
        view = p.cand.view
        if view is None or p.after or text[p.end : view.pieces[-1].src_end].strip():
            continue
        first = k
        while first > 0 and out[first - 1].end == out[first].start and not out[first - 1].after:
            first -= 1
        f = out[first]
        start = f.start
        floor = out[first - 1].end if first > 0 else view.pieces[0].src_start
        while start > floor and text[start - 1] in " \t":
            start -= 1
        if start < f.start:
            out[first] = _Proposal(f.cand, start, f.end, text[start : f.end], "", f.priority)
    return out


def _number(chosen: list[_Proposal], source: SourceText) -> list[Edit]:
    edits = []
    for i, p in enumerate(chosen, 1):
        meta = p.cand.rule.rule
        s, e = source.to_original(p.start), source.to_original(p.end)
        edits.append(
            Edit(
                f"e{i}",
                meta.id,
                p.cand.rule.category,
                s,
                e,
                source.original[s:e],
                p.after,
                meta.reason,
                meta.source,
            )
        )
    return edits


def _renumber(edits: list[Edit]) -> list[Edit]:
    return [
        Edit(f"e{i}", e.rule, e.category, e.start, e.end, e.before, e.after, e.reason, e.source)
        for i, e in enumerate(edits, 1)
    ]


@dataclass(frozen=True)
class Tell:
    """A machine-writing tell found in the text (a match of a tell-category rule)."""

    rule: str
    category: str
    start: int  # offsets into the original text
    end: int
    text: str
    reason: str


def find_tells(source: SourceText, doc: ParsedDocument, pack: Pack, settings: Settings) -> list[Tell]:
    """Every tell-category match, fixable or not, outside protected text (quotes are not ours)."""
    tells: dict[tuple[str, int], Tell] = {}
    categories = set(pack.meta.tell_categories)
    route = Route(pack, settings, doc.views, primary=True)
    for c in _find_candidates(doc, route, (), (), (), None):
        if c.rule.category not in categories:
            continue
        if c.view is not None and c.view.frozen_reason(c.start, c.end) is not None:
            continue
        placed = _to_source(doc, c)
        if isinstance(placed, str):
            continue
        s, e, _ = placed
        start, end = source.to_original(s), source.to_original(e)
        meta = c.rule.rule
        tells.setdefault(
            (meta.id, start), Tell(meta.id, c.rule.category, start, end, doc.text[s:e], meta.reason)
        )
    return sorted(tells.values(), key=lambda t: (t.start, t.rule))
