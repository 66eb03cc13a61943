"""The shape of a rule file, checked strictly at load time (unknown keys are errors)."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Intensity = Literal["light", "balanced", "strong"]
INTENSITY_ORDER: dict[str, int] = {"light": 0, "balanced": 1, "strong": 2}

RuleType = Literal[
    "substitute",
    "delete",
    "rephrase",
    "contract",
    "flag",
    "split",
    "join",
    "md_bold_lead_in",
    "md_heading_case",
    "md_closing_section",
]

# A replacement: one text, a list of variants, or a mapping tone -> text or variants.
Replacement = str | list[str] | dict[str, str | list[str]]

RULE_ID = re.compile(r"^[a-z]{2,3}\.[a-z_]+\.[a-z0-9_]+$")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ToneFilter(Strict):
    only: list[str] | None = None
    skip: list[str] | None = None

    @model_validator(mode="after")
    def _one_of(self) -> ToneFilter:
        if (self.only is None) == (self.skip is None):
            raise ValueError("give exactly one of 'only' or 'skip'")
        return self


class Example(Strict):
    before: str = Field(min_length=1)
    after: str | None = None
    flags: bool = False
    tone: str | None = None
    intensity: Intensity | None = None


class Rule(Strict):
    id: str
    type: RuleType
    level: Intensity
    reason: str = Field(min_length=5)
    source: str = Field(min_length=3)
    human_rate: str | None = None
    tones: ToneFilter | None = None
    examples: Annotated[list[Example], Field(min_length=1)]
    keeps: Annotated[list[str], Field(min_length=1)]
    # type-specific keys, checked per type in the kinds' compile()
    swaps: dict[str, Replacement] | None = None
    phrases: list[str] | None = None
    pattern: str | None = None
    replace: Replacement | None = None
    pairs: dict[str, str] | None = None
    before_word: bool = False
    case_sensitive: bool = False
    sentence_start: bool = False
    not_after: str | None = None  # regex for the text just before a match that vetoes it
    not_before: str | None = None  # regex for the text just after a match that vetoes it
    blocks: list[Literal["paragraph", "heading", "cell"]] | None = None
    may_remove: list[Literal["numbers"]] = Field(default_factory=list)
    max_words: int | None = None
    min_words: int | None = None
    joins: dict[str, Replacement] | None = None
    joiner: Replacement | None = None
    subjects: list[str] | None = None
    starters: list[str] | None = None
    min_items: int | None = None
    small_words: list[str] | None = None
    headings: list[str] | None = None

    @field_validator("id")
    @classmethod
    def _id_shape(cls, v: str) -> str:
        if not RULE_ID.match(v):
            raise ValueError(
                f"rule id {v!r} must look like 'en.category.name' (lower case, dots, underscores)"
            )
        return v

    @field_validator("pattern", "not_after", "not_before")
    @classmethod
    def _pattern_compiles(cls, v: str | None) -> str | None:
        if v is not None:
            try:
                re.compile(v)
            except re.error as exc:
                raise ValueError(f"pattern does not compile: {exc}") from exc
        return v

    @model_validator(mode="after")
    def _examples_fit_type(self) -> Rule:
        for i, ex in enumerate(self.examples):
            if self.type == "flag":
                if not ex.flags or ex.after is not None:
                    raise ValueError(
                        f"examples[{i}]: a flag rule's examples set 'flags: true' and no 'after'"
                    )
            elif ex.after is None:
                raise ValueError(f"examples[{i}]: give 'after', the exact expected output")
            elif ex.after == ex.before:
                raise ValueError(
                    f"examples[{i}]: 'after' equals 'before'; put text that must not change in 'keeps'"
                )
        return self


class RuleFile(Strict):
    category: str = Field(pattern=r"^[a-z_]+$")
    rules: list[Rule]


class SentenceWords(Strict):
    target: int = Field(gt=0)
    max: int = Field(gt=0)


class Tone(Strict):
    description: str
    contractions: bool
    sentence_words: SentenceWords
    fallback: list[str] = Field(default_factory=list)
    skip_rules: list[str] = Field(default_factory=list)


class TonesFile(Strict):
    tones: dict[str, Tone]


class PackMeta(Strict):
    language: str = Field(pattern=r"^[a-z]{2,3}$")
    name: str
    licence: str
    sources: list[str]
    abbreviations: list[str] = Field(default_factory=list)
    negations: list[str] = Field(min_length=1)
    not_negations: list[str] = Field(default_factory=list)
    a_an: bool = False  # English: fix "a"/"an" before a replaced word
    nouns_capitalised: bool = False  # German: a capital mid-sentence is a noun, not a sign of a name
    tell_categories: list[str] = Field(default_factory=list)  # categories whose matches are machine tells
    connectives: list[str] = Field(default_factory=list)  # sentence openers counted by the analysis
