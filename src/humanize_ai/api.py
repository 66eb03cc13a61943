"""The public entry point: humanize() and the result it returns."""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from humanize_ai.engine.edits import Edit, Flag, RolledBack, apply_edits, select
from humanize_ai.engine.pipeline import Route, plan_rewrite
from humanize_ai.errors import OptionError
from humanize_ai.options import INTENSITIES, HumanizeOptions
from humanize_ai.rules.loader import available_languages
from humanize_ai.rules.pack import load_pack
from humanize_ai.text.language import LANGUAGE_SAMPLE_CHARS, UNDETERMINED, block_languages, pick_language
from humanize_ai.text.markdown import ParsedDocument, ProseView, parse
from humanize_ai.text.sentences import WORD
from humanize_ai.text.source import SourceText, check_text

STATUS_REWRITTEN = "rewritten"
STATUS_UNCHANGED = "unchanged"  # a supported language, nothing to change
STATUS_UNSUPPORTED = "unsupported_language"  # passed through untouched: no pack for the language


@dataclass
class HumanizeResult:
    """The rewrite and its plan. `replay(reject=[...])` rebuilds the text without some edits."""

    original: str
    text: str
    language: str
    language_confidence: float
    status: str
    options: HumanizeOptions
    edits: list[Edit] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    rolled_back: list[RolledBack] = field(default_factory=list)
    fidelity_ok: bool = True
    document_check: dict[str, Any] = field(default_factory=dict)
    elapsed_ms: float = 0.0
    message: str = ""
    languages: dict[str, int] = field(default_factory=dict)  # blocks per language
    frozen_blocks: int = 0  # blocks left untouched on purpose (code, HTML, quotes)
    _scores: dict[str, int | None] | None = field(default=None, repr=False, compare=False)

    def replay(self, reject: Iterable[str] = (), accept: Iterable[str] | None = None) -> str:
        """The text with only the accepted edits (default all) minus the rejected ones."""
        return apply_edits(self.original, select(self.edits, accept, reject))

    def scores(self) -> dict[str, int | None]:
        """Machine-style score (0-100) of the input and of the rewrite; None when too short to judge."""
        if self._scores is None:
            from humanize_ai.analysis.analyze import quick_score

            before = quick_score(self.original, self.language)
            after = before if self.text == self.original else quick_score(self.text, self.language)
            self._scores = {"before": before, "after": after}
        return self._scores

    def edit(self, edit_id: str) -> Edit:
        for e in self.edits:
            if e.id == edit_id:
                return e
        raise KeyError(edit_id)

    def to_dict(self) -> dict[str, Any]:
        words_in = len(WORD.findall(self.original))
        return {
            "text": self.text,
            "language": self.language,
            "language_confidence": round(self.language_confidence, 3),
            "languages": self.languages,
            "status": self.status,
            "message": self.message,
            "tone": self.options.tone,
            "intensity": self.options.intensity,
            "minimal": self.options.minimal,
            "score": self.scores(),
            "edits": [e.to_dict() for e in self.edits],
            "flags": [f.to_dict() for f in self.flags],
            "fidelity": {
                "ok": self.fidelity_ok,
                "rolled_back": [r.to_dict() for r in self.rolled_back],
                "document": self.document_check,
            },
            "stats": {
                "words_in": words_in,
                "words_out": len(WORD.findall(self.text)),
                "edits": len(self.edits),
                "flags": len(self.flags),
                "frozen_blocks": self.frozen_blocks,
                "elapsed_ms": round(self.elapsed_ms, 2),
            },
        }


def humanize(text: str, options: HumanizeOptions | None = None, **kwargs: Any) -> HumanizeResult:
    """Rewrite AI-styled text into natural prose; every edit is explained and reversible.

    Options may be passed as a HumanizeOptions or as keywords (tone="casual", keep=["Acme"]).
    Raises EmptyInputError, BinaryInputError or OptionError for input or options it cannot use.
    """
    if options is None:
        if "keep" in kwargs:
            kwargs["keep"] = tuple(kwargs["keep"])
        options = HumanizeOptions(**kwargs)
    elif kwargs:
        raise OptionError("give options either as HumanizeOptions or as keywords, not both")
    if options.intensity not in INTENSITIES:
        raise OptionError(f"unknown intensity {options.intensity!r}; choose one of: {', '.join(INTENSITIES)}")
    t0 = time.perf_counter()
    check_text(text)
    source = SourceText(text)
    doc = parse(source.text)
    prose = doc.prose_sample(LANGUAGE_SAMPLE_CHARS)
    language, confidence = pick_language(options.language, prose)
    blocks = (
        block_languages([v.text for v in doc.views], language)
        if options.language == "auto"
        else [language] * len(doc.views)
    )
    weight: dict[str, int] = {}
    for view, lang in zip(doc.views, blocks, strict=True):
        if lang in available_languages():
            weight[lang] = weight.get(lang, 0) + len(view.text)
    if weight:
        language = max(weight, key=lambda lang: weight[lang])  # the main language we can rewrite
    for view, lang in zip(doc.views, blocks, strict=True):
        view.language = lang
    if language not in available_languages():
        name = "an undetermined language" if language == UNDETERMINED else f"language {language!r}"
        return HumanizeResult(
            original=text,
            text=text,
            language=language,
            language_confidence=confidence,
            status=STATUS_UNSUPPORTED,
            options=options,
            elapsed_ms=(time.perf_counter() - t0) * 1000,
            message=f"text left unchanged: it is in {name} and there is no rule pack for it "
            f"(packs: {', '.join(available_languages())}); force one with --lang",
        )
    routes, unrouted = _routes(doc, language, options)
    plan = plan_rewrite(
        source,
        doc,
        routes,
        options.keep,
        options.enable,
        options.disable,
        options.only,
        minimal=options.minimal,
    )
    message = ""
    if unrouted:
        langs = ", ".join(f"{n} in {lang!r}" for lang, n in sorted(unrouted.items()))
        message = f"left unchanged, no rule pack: {langs} block(s)"
    return HumanizeResult(
        original=text,
        text=plan.text,
        language=language,
        language_confidence=confidence,
        status=STATUS_REWRITTEN if plan.edits else STATUS_UNCHANGED,
        options=options,
        edits=plan.edits,
        flags=plan.flags,
        rolled_back=plan.rolled_back,
        fidelity_ok=plan.document.ok,
        document_check=plan.document.to_dict(),
        elapsed_ms=(time.perf_counter() - t0) * 1000,
        message=message,
        languages=_block_counts(routes, unrouted),
        frozen_blocks=plan.frozen_blocks,
    )


def _routes(
    doc: ParsedDocument, primary: str, options: HumanizeOptions
) -> tuple[list[Route], dict[str, int]]:
    """Group the document's blocks by language: one route per language with a pack."""
    by_lang: dict[str, list[ProseView]] = {}
    for view in doc.views:
        by_lang.setdefault(view.language or primary, []).append(view)
    routes: list[Route] = []
    unrouted: dict[str, int] = {}
    for lang, views in sorted(by_lang.items(), key=lambda kv: kv[0] != primary):
        if lang not in available_languages():
            unrouted[lang] = len(views)
            continue
        pack = load_pack(lang)
        settings = pack.settings(options.tone, options.intensity, options.seed)
        routes.append(Route(pack, settings, views, primary=lang == primary))
    return routes, unrouted


def _block_counts(routes: list[Route], unrouted: dict[str, int]) -> dict[str, int]:
    counts = {r.pack.meta.language: len(r.views) for r in routes}
    counts.update(unrouted)
    return counts
