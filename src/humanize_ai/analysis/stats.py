"""Document statistics that separate machine from human prose, independent of any rule pack."""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from humanize_ai.text.markdown import FROZEN_CHAR, ParsedDocument
from humanize_ai.text.sentences import WORD, SentenceSplitter

MATTR_WINDOW = 50  # moving-average type-token ratio: length-robust vocabulary diversity (Covington 2010)
LONG_SENTENCE = 30
SHORT_SENTENCE = 8
CONTRACTION = re.compile(r"\b\w+['’](?:s|t|re|ve|ll|d|m)\b", re.I)
FIRST_PERSON = re.compile(r"\b(?:i|me|my|mine|we|us|our)\b", re.I)
SECOND_PERSON = re.compile(r"\b(?:you|your|yours)\b", re.I)
PUNCTUATION = {
    "comma": ",",
    "semicolon": ";",
    "colon": ":",
    "em_dash": "—",
    "exclamation": "!",
    "question": "?",
    "parenthesis": "(",
}


@dataclass(frozen=True)
class Sentence:
    view_index: int
    start: int  # source offsets in the parsed (normalized) text
    end: int
    text: str
    words: int


@dataclass
class DocumentStats:
    words: int
    sentences: list[Sentence]
    values: dict[str, float]  # every statistic by name, per-100-words where it is a rate


def mattr(tokens: list[str], window: int = MATTR_WINDOW) -> float:
    if not tokens:
        return 0.0
    if len(tokens) <= window:
        return len(set(tokens)) / len(tokens)
    counts: dict[str, int] = {}
    for t in tokens[:window]:
        counts[t] = counts.get(t, 0) + 1
    total = len(counts)
    acc = total
    for i in range(window, len(tokens)):
        out, new = tokens[i - window], tokens[i]
        counts[out] -= 1
        if counts[out] == 0:
            del counts[out]
            total -= 1
        if new not in counts:
            counts[new] = 0
            total += 1
        counts[new] += 1
        acc += total
    return acc / (len(tokens) - window + 1) / window


def compute(doc: ParsedDocument, splitter: SentenceSplitter, connectives: list[str]) -> DocumentStats:
    """Statistics of the prose (code and quotes excluded) of one parsed document."""
    sentences: list[Sentence] = []
    tokens: list[str] = []
    prose_parts: list[str] = []
    headings = paragraphs = list_items = bold = 0
    para_words: list[int] = []
    opener_hits = 0
    openers = tuple(sorted((c.lower() for c in connectives), key=len, reverse=True))
    for i, view in enumerate(doc.views):
        text = view.text
        prose_parts.append(text)
        words_here = WORD.findall(text)
        tokens.extend(w.lower() for w in words_here)
        bold += sum(1 for p in view.pieces if p.what == "strong_open")
        if view.kind == "heading":
            headings += 1
        elif view.kind == "paragraph":
            paragraphs += 1
            para_words.append(len(words_here))
            if view.list_id >= 0:
                list_items += 1
        if view.kind == "heading":
            continue
        for s, e in splitter.spans(text):
            chunk = text[s:e]
            n = len(WORD.findall(chunk))
            if n == 0:
                continue
            head = chunk.lstrip(" \"'“‘(*_" + FROZEN_CHAR).lower()
            if head.startswith(openers) and any(
                head.startswith(o) and (len(head) == len(o) or not head[len(o)].isalnum()) for o in openers
            ):
                opener_hits += 1
            src_s, src_e = view.to_source(s, e)
            sentences.append(Sentence(i, src_s, src_e, chunk.replace(FROZEN_CHAR, "…"), n))
    prose = "\n".join(prose_parts)
    n_words = len(tokens)
    per100 = 100.0 / max(1, n_words)
    lengths = [s.words for s in sentences] or [0]
    mean_len = statistics.fmean(lengths)
    sd_len = statistics.pstdev(lengths) if len(lengths) > 1 else 0.0
    values: dict[str, float] = {
        "sentence_length_mean": mean_len,
        "sentence_length_sd": sd_len,
        "sentence_length_cv": sd_len / mean_len if mean_len else 0.0,
        "long_sentence_share": sum(n > LONG_SENTENCE for n in lengths) / len(lengths),
        "short_sentence_share": sum(n < SHORT_SENTENCE for n in lengths) / len(lengths),
        "vocabulary_mattr": mattr(tokens),
        "word_length_mean": statistics.fmean(len(t) for t in tokens) if tokens else 0.0,
        "connective_opener_share": opener_hits / max(1, len(sentences)),
        "contractions_per_100w": len(CONTRACTION.findall(prose)) * per100,
        "first_person_per_100w": len(FIRST_PERSON.findall(prose)) * per100,
        "second_person_per_100w": len(SECOND_PERSON.findall(prose)) * per100,
        "digits_per_100w": sum(ch.isdigit() for ch in prose) * per100,
        "paragraph_words_mean": statistics.fmean(para_words) if para_words else 0.0,
        "headings_per_100w": headings * per100,
        "list_items_per_100w": list_items * per100,
        "bold_per_100w": bold * per100,
    }
    for name, ch in PUNCTUATION.items():
        values[f"{name}_per_100w"] = prose.count(ch) * per100
    return DocumentStats(n_words, sentences, values)
