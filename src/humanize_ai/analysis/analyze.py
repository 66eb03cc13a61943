"""analyze(): which sentences read machine-made and why, and one calibrated score."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from humanize_ai.analysis.features import document_features, tells_in
from humanize_ai.analysis.model import LogisticModel, TellModel, load_model, load_tell_model
from humanize_ai.analysis.readability import readability
from humanize_ai.analysis.stats import DocumentStats, Sentence, compute
from humanize_ai.engine.pipeline import Tell, find_tells
from humanize_ai.errors import HumanizeError
from humanize_ai.rules.loader import available_languages
from humanize_ai.rules.pack import Pack, load_pack
from humanize_ai.text.language import LANGUAGE_SAMPLE_CHARS, UNDETERMINED, pick_language
from humanize_ai.text.markdown import ParsedDocument, parse
from humanize_ai.text.sentences import SentenceSplitter
from humanize_ai.text.source import SourceText, check_text

TELL_INTENSITY = "balanced"
MIN_WORDS = 40  # below this the score is noise: we say "too short to judge" instead of a number
MIXED_FLOOR = 30  # between this and the model's threshold (5% false positives on training) a text is "mixed"


@dataclass
class SentenceReport:
    start: int
    end: int
    text: str
    score: int | None
    flagged: bool
    tells: list[dict[str, Any]]


@dataclass
class AnalysisResult:
    language: str
    language_confidence: float
    pack: bool  # whether a rule pack exists for the language (tells are found only then)
    score: int | None  # 0-100, higher is more machine-like; None when too short to judge
    verdict: str
    words: int
    model: str | None
    sentences: list[SentenceReport] = field(default_factory=list)
    tells: list[Tell] = field(default_factory=list)
    statistics: dict[str, float] = field(default_factory=dict)
    readability: dict[str, Any] | None = None
    reasons: list[dict[str, Any]] = field(default_factory=list)  # the features that moved the score most
    message: str = ""

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["tells"] = [asdict(t) for t in self.tells]
        d["statistics"] = {k: round(v, 4) for k, v in self.statistics.items()}
        return d


@dataclass
class _Prepared:
    source: SourceText
    doc: ParsedDocument
    language: str
    confidence: float
    pack: Pack | None


def _prepare(text: str, language: str) -> _Prepared:
    check_text(text)
    source = SourceText(text)
    doc = parse(source.text)
    prose = doc.prose_sample(LANGUAGE_SAMPLE_CHARS)
    lang, confidence = pick_language(language, prose)
    pack = load_pack(lang) if lang in available_languages() else None
    return _Prepared(source, doc, lang, confidence, pack)


def _tells(p: _Prepared) -> list[Tell] | None:
    if p.pack is None:
        return None
    # Tells are the rules up to the default intensity: strong-only rules are there because they
    # fire about as often on human text (their measured human_rate), so they are no evidence.
    settings = p.pack.settings("neutral", TELL_INTENSITY)
    return find_tells(p.source, p.doc, p.pack, settings)


def _stats(p: _Prepared) -> DocumentStats:
    splitter = p.pack.splitter if p.pack else SentenceSplitter([])
    return compute(p.doc, splitter, p.pack.meta.connectives if p.pack else [])


def document_probability(model: LogisticModel, stats: DocumentStats, tells: list[Tell] | None) -> float:
    return model.probability(document_features(stats, tells))


def analyze(text: str, language: str = "auto") -> AnalysisResult:
    """Score a text for machine style and point at the sentences and tells behind the score.

    Raises EmptyInputError or BinaryInputError for input it cannot read as text.
    """
    p = _prepare(text, language)
    stats = _stats(p)
    tells = _tells(p)
    model = (load_model(f"{p.language}.document") if p.pack else None) or load_model("any.document")
    sentence_model = load_tell_model(f"{p.language}.sentence") if p.pack else None
    result = AnalysisResult(
        language=p.language,
        language_confidence=round(p.confidence, 3),
        pack=p.pack is not None,
        score=None,
        verdict="",
        words=stats.words,
        model=model.name if model else None,
        tells=tells or [],
        statistics=stats.values,
        readability=readability(" ".join(v.text for v in p.doc.views), p.language),
    )
    if p.pack is None:
        name = "an undetermined language" if p.language == UNDETERMINED else f"language {p.language!r}"
        result.message = (
            f"no rule pack for {name}: no tells are listed; the score uses language-neutral statistics"
        )
    values = document_features(stats, tells)
    result.statistics = values
    if stats.words < MIN_WORDS:
        result.verdict = "too short to judge"
        result.message = (result.message + "; " if result.message else "") + (
            f"{stats.words} words: at least {MIN_WORDS} are needed for a score"
        )
    elif model is None:
        result.verdict = "no score model for this language"
    else:
        prob = model.probability(values)
        result.score = round(100 * prob)
        machine_floor = round(100 * model.threshold)
        result.verdict = (
            "machine-like"
            if result.score >= machine_floor
            else "mixed"
            if result.score >= MIXED_FLOOR
            else "human-like"
        )
        contrib = sorted(model.contributions(values).items(), key=lambda kv: -abs(kv[1]))[:5]
        result.reasons = [
            {
                "feature": f,
                "value": round(values.get(f, 0.0), 3),
                "push": round(c, 3),
                "toward": "machine" if c > 0 else "human",
            }
            for f, c in contrib
        ]
    result.sentences = _sentence_reports(p.source, stats, tells or [], sentence_model)
    return result


def _sentence_reports(
    source: SourceText, stats: DocumentStats, tells: list[Tell], model: TellModel | None
) -> list[SentenceReport]:
    reports = []
    for s in stats.sentences:
        orig = Sentence(s.view_index, source.to_original(s.start), source.to_original(s.end), s.text, s.words)
        found = tells_in(orig, tells)
        score = round(100 * model.probability([t.category for t in found])) if model else None
        flagged = bool(found)
        reports.append(
            SentenceReport(
                orig.start,
                orig.end,
                source.original[orig.start : orig.end],
                score,
                flagged,
                [
                    {
                        "rule": t.rule,
                        "category": t.category,
                        "start": t.start,
                        "end": t.end,
                        "text": t.text,
                        "reason": t.reason,
                    }
                    for t in found
                ],
            )
        )
    return reports


def quick_score(text: str, language: str = "auto") -> int | None:
    """Only the document score (no sentence reports or readability): for before/after figures."""
    try:
        p = _prepare(text, language)
    except HumanizeError:  # unreadable text has no score; a bug must not hide as "no score"
        return None
    stats = _stats(p)
    model = (load_model(f"{p.language}.document") if p.pack else None) or load_model("any.document")
    if model is None or stats.words < MIN_WORDS:
        return None
    return round(100 * model.probability(document_features(stats, _tells(p))))


def training_rows(text: str, language: str) -> tuple[dict[str, float], bool]:
    """Document features and whether a pack was used: what the score model learns from."""
    p = _prepare(text, language)
    stats = _stats(p)
    values = document_features(stats, _tells(p))
    values["_words"] = float(stats.words)
    return values, p.pack is not None
