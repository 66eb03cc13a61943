"""What every rule type shares: matching phrases, choosing replacements, tidying removals."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from fnmatch import fnmatch
from re import _constants, _parser  # type: ignore[attr-defined]
from typing import Any, ClassVar

from humanize_ai.engine.context import BlockContext, DocumentContext, Settings
from humanize_ai.errors import RulePackError
from humanize_ai.rules.schema import INTENSITY_ORDER, Replacement, Rule
from humanize_ai.text.casing import capitalize_first, match_case
from humanize_ai.text.markdown import FROZEN_CHAR, ProseView
from humanize_ai.text.sentences import WORD


@dataclass
class Candidate:
    """A proposed edit. With a view, offsets are view offsets; without, source offsets."""

    rule: CompiledRule
    view: ProseView | None
    start: int
    end: int
    after: str
    sentence_start: bool = False
    flag_only: bool = False


CONTEXT_CHARS = 40  # how far back a rule's not_after context may look
# A phrase starts a word: nothing word-like before it, or an elision apostrophe ("l'utilizzo",
# "dell'ambiente", "qu'il") followed by 3+ letters, which English contraction tails (n't, 's,
# 'll, 're, 've, 'd, 'm) never are.
_WORD_START = r"(?:(?<![\w'’-])|(?<=\w['’])(?=[^\W\d_]{3}))"
_WORD_END = r"(?![\w-]|['’]\w)"


def phrase_regex(phrases: Iterable[str], case_sensitive: bool = False) -> re.Pattern[str]:
    """One regex for literal phrases: word-bounded, any whitespace between words, either apostrophe.

    The word-start check sits outside the alternation so the regex engine tests it once per
    position, not once per phrase: this keeps a 100-phrase rule fast.
    """
    word_led: list[str] = []
    other: list[str] = []
    for p in sorted({p.strip() for p in phrases}, key=len, reverse=True):
        body = re.escape(p)
        body = re.sub(r"(?:\\ )+", r"\\s+", body)
        body = re.sub("['’]", "['’]", body)
        if re.search(r"\w$", p):
            body += _WORD_END
        (word_led if re.match(r"\w", p) else other).append(body)
    parts = []
    if word_led:
        parts.append(_WORD_START + "(?:" + "|".join(word_led) + ")")
    parts.extend(other)
    return re.compile("|".join(parts), 0 if case_sensitive else re.IGNORECASE)


def phrase_triggers(phrases: Iterable[str]) -> frozenset[str] | None:
    """One word of each phrase (its longest, usually its rarest): a view holding none of these
    words cannot match, because every word of a matching phrase is a whole word of the view."""
    words = set()
    for p in phrases:
        found = WORD.findall(p.strip().lower().replace("’", "'"))
        if not found:
            return None
        words.add(max(found, key=len))
    return frozenset(words)


def pattern_triggers(pattern: str) -> frozenset[str] | None:
    """Literal text that every match of a regex contains (one of), lower-cased; None if unknown."""
    try:
        parsed = _parser.parse(pattern, re.IGNORECASE)
    except re.error:
        return None
    found = _required(list(parsed))
    if not found or min(len(t) for t in found) < MIN_TRIGGER:
        return None
    return frozenset(t.lower().replace("’", "'") for t in found)


MIN_TRIGGER = 2  # shorter literals are in almost every paragraph: no use as a filter


def _required(items: list[Any]) -> set[str] | None:
    """The best set of literals one of which any match of this regex sequence must contain."""
    best: set[str] | None = None

    def consider(option: set[str] | None) -> None:
        nonlocal best
        if option and (best is None or min(map(len, option)) > min(map(len, best))):
            best = option

    run = ""
    for op, av in items:
        if op is _constants.LITERAL:
            run += chr(av)
            continue
        consider({run} if run else None)
        run = ""
        if op is _constants.SUBPATTERN:
            consider(_required(list(av[-1])))
        elif op is _constants.BRANCH:
            options = [_required(list(b)) for b in av[1]]
            if all(options):
                consider(set().union(*options))  # type: ignore[arg-type]
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT) and av[0] >= 1:
            consider(_required(list(av[2])))
    consider({run} if run else None)
    return best


def phrase_key(text: str, case_sensitive: bool = False) -> str:
    key = " ".join(text.replace("’", "'").split())
    return key if case_sensitive else key.lower()


def choose(spec: Replacement | None, settings: Settings, rule_id: str) -> str | None:
    """The replacement for this tone, or None if the rule has nothing for it."""
    if spec is None:
        return None
    if isinstance(spec, dict):
        for tone in settings.tone_chain:
            if tone in spec:
                spec = spec[tone]
                break
        else:
            return None
    if isinstance(spec, list):
        return spec[settings.next_variant(rule_id) % len(spec)]
    return spec


_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(an?|An?|AN?)(\s+)$")
_AN_EXCEPTIONS = re.compile(r"^(?:uni|use|usu|uti|eu|one|once|ur)", re.I)
_AN_SILENT_H = re.compile(r"^(?:hour|honest|honou?r|heir)", re.I)


def indefinite_article(word: str) -> str:
    """'a' or 'an' for the word that follows (by its usual sound)."""
    if _AN_SILENT_H.match(word):
        return "an"
    if _AN_EXCEPTIONS.match(word):
        return "a"
    return "an" if word[:1].lower() in "aeiou" else "a"


class CompiledRule:
    """A rule of one type, ready to run. Subclasses implement find or find_document."""

    kind: ClassVar[str]
    document_level: ClassVar[bool] = False
    required: ClassVar[tuple[str, ...]] = ()
    word_triggers: frozenset[str] | None = None  # whole words, one of which a view must contain
    text_triggers: frozenset[str] | None = None  # substrings, one of which a view must contain

    def __init__(self, rule: Rule, where: str) -> None:
        self.rule = rule
        self.id = rule.id
        self.category = rule.id.split(".")[1]
        for key in self.required:
            if getattr(rule, key) in (None, [], {}):
                raise RulePackError(f"{where}: {rule.id}: a '{rule.type}' rule needs '{key}'")
        self.not_after = re.compile(f"(?:{rule.not_after})$", re.IGNORECASE) if rule.not_after else None
        self.not_before = re.compile(rule.not_before, re.IGNORECASE) if rule.not_before else None
        self.compile(where)

    def compile(self, where: str) -> None:
        """Prepare patterns; raise RulePackError for data the type cannot use."""

    def applies(self, settings: Settings, enabled: Iterable[str], disabled: Iterable[str]) -> bool:
        r = self.rule
        forced = any(fnmatch(r.id, g) for g in enabled)
        if any(fnmatch(r.id, g) for g in disabled) and not forced:
            return False
        if not forced and INTENSITY_ORDER[r.level] > INTENSITY_ORDER[settings.intensity]:
            return False
        if r.tones is not None:
            if r.tones.only is not None and settings.tone_name not in r.tones.only:
                return False
            if r.tones.skip is not None and settings.tone_name in r.tones.skip:
                return False
        return forced or not any(fnmatch(r.id, g) for g in settings.tone.skip_rules)

    def wants(self, ctx: BlockContext) -> bool:
        """A cheap test that rules out most views before any regex runs."""
        if self.word_triggers is not None and self.word_triggers.isdisjoint(ctx.words):
            return False
        return self.text_triggers is None or any(t in ctx.lower for t in self.text_triggers)

    def find(self, ctx: BlockContext) -> Iterator[Candidate]:
        return iter(())

    def find_document(self, ctx: DocumentContext) -> Iterator[Candidate]:
        return iter(())

    # -- helpers shared by the types ---------------------------------------------------------
    def candidate(self, ctx: BlockContext, start: int, end: int, after: str) -> Candidate | None:
        """A replacement with case matched and sentence-start capitalisation; removals tidied."""
        text = ctx.text
        at_start = ctx.is_sentence_start(start)
        if self.rule.sentence_start and not at_start:
            return None
        if self.not_after is not None and self.not_after.search(text, max(0, start - CONTEXT_CHARS), start):
            return None
        if self.not_before is not None and self.not_before.match(text, end):
            return None
        matched = text[start:end]
        if (
            not at_start
            and matched[:1].isupper()
            and not matched.isupper()
            and self.kind != "contract"
            and not ctx.settings.nouns_capitalised
        ):
            return None  # "the Endeavour", "Paramount": a capital mid-sentence marks a name
        if after == "":
            return self.removal(ctx, start, end, at_start)
        if not ctx.settings.nouns_capitalised or matched.isupper():
            after = match_case(matched, after)  # (German nouns carry their own capitals)
        if at_start:
            after = capitalize_first(after)
        article = _ARTICLE_BEFORE.search(text, max(0, start - 4), start) if ctx.settings.a_an else None
        if article is not None and after[:1].isalpha():
            wanted = indefinite_article(after)
            if article.group(1).lower() != wanted:
                wanted = match_case(article.group(1), wanted)
                a_start = article.start(1)
                sep = text[article.end(1) : start]
                return Candidate(
                    self, ctx.view, a_start, end, wanted + sep + after, ctx.is_sentence_start(a_start)
                )
        return Candidate(self, ctx.view, start, end, after, sentence_start=at_start)

    def removal(self, ctx: BlockContext, start: int, end: int, at_start: bool) -> Candidate | None:
        """Delete [start, end) so that spacing, punctuation and capitals come out right."""
        text = ctx.text
        n = len(text)
        view = ctx.view
        while start > 0 and end < n and text[start - 1] == FROZEN_CHAR == text[end]:
            opener, closer = view.piece_at(start - 1).what, view.piece_at(end).what
            if not (opener.endswith("_open") and closer == opener[: -len("open")] + "close"):
                break
            start, end = start - 1, end + 1  # "**basically**" goes with its markers
        i = ctx.sentence_index(max(start, end - 1))  # the sentence where the match ends
        _, s_end = ctx.sentences[i] if ctx.sentences else (0, n)
        s_end = max(s_end, end)
        rest_of_sentence = text[end:s_end].strip(" \t\n" + FROZEN_CHAR)
        if at_start and (rest_of_sentence == "" or all(not c.isalnum() for c in rest_of_sentence)):
            # the whole sentence goes, with the space that follows it (or precedes it, if last)
            end = s_end
            j = end
            while j < n and text[j] in " \t":
                j += 1
            if j > end or j == n:
                end = j
            k = start
            if end == n:
                while k > 0 and text[k - 1] in " \t":
                    k -= 1
            return Candidate(self, ctx.view, k, end, "", sentence_start=True)
        while end < n and text[end] in " \t\n":
            end += 1
        if at_start:
            nxt = end
            if nxt < n and text[nxt].isalpha() and text[nxt].islower():
                word_end = nxt
                while word_end < n and (text[word_end].isalnum() or text[word_end] in "'’-"):
                    word_end += 1
                word = text[nxt:word_end]
                if any(c.isupper() for c in word[1:]):
                    return None  # "iPhone": capitalising would break a name
                return Candidate(self, ctx.view, start, nxt + 1, text[nxt].upper(), sentence_start=True)
            return Candidate(self, ctx.view, start, end, "", sentence_start=True)
        # mid-sentence: keep exactly one space, and no space before punctuation
        if start > 0 and text[start - 1] in " \t" and (end == n or text[end] in ",.;:!?)"):
            start -= 1
            while start > 0 and text[start - 1] in " \t":
                start -= 1
        elif start > 0 and text[start - 1] not in " \t\n" and end < n and text[end - 1] in " \t":
            end -= 1  # "word,filler word": keep the space that separated the words
        article = _ARTICLE_BEFORE.search(text, max(0, start - 4), start) if ctx.settings.a_an else None
        following = WORD.match(text, end)
        if article is not None and following is not None:
            wanted = indefinite_article(following.group())
            if article.group(1).lower() != wanted:  # "a truly amazing" -> "an amazing"
                sep = text[article.end(1) : start]
                return Candidate(
                    self, ctx.view, article.start(1), end, match_case(article.group(1), wanted) + sep
                )
        return Candidate(self, ctx.view, start, end, "")
