"""A loaded language pack: its metadata, tones and compiled rules."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from humanize_ai.engine.context import Settings
from humanize_ai.engine.fidelity import NegationLexicon
from humanize_ai.errors import OptionError, RulePackError
from humanize_ai.rules.kinds import RULE_TYPES, CompiledRule
from humanize_ai.rules.loader import PACKS_DIR, available_languages, load_pack_files
from humanize_ai.rules.schema import PackMeta, Tone
from humanize_ai.text.sentences import SentenceSplitter


@dataclass
class Pack:
    meta: PackMeta
    tones: dict[str, Tone]
    rules: list[CompiledRule]
    splitter: SentenceSplitter
    negations: NegationLexicon
    lexicons: dict[str, frozenset[str]]  # word lists shipped as <name>.txt beside the rules

    def tone(self, name: str) -> Tone:
        if name not in self.tones:
            raise OptionError(f"unknown tone {name!r}; choose one of: {', '.join(sorted(self.tones))}")
        return self.tones[name]

    def tone_chain(self, name: str) -> list[str]:
        chain = [name]
        for fb in self.tone(name).fallback:
            if fb not in chain:
                chain.append(fb)
        return [*chain, "default"]

    def settings(self, tone: str, intensity: str, seed: int = 0) -> Settings:
        """The run settings for this pack: the tone's meaning here, and the pack's language traits."""
        return Settings(
            tone,
            self.tone(tone),
            self.tone_chain(tone),
            intensity,
            seed,
            nouns_capitalised=self.meta.nouns_capitalised,
            a_an=self.meta.a_an,
        )

    def rule(self, rule_id: str) -> CompiledRule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise KeyError(rule_id)


def load_pack_dir(lang_dir: Path) -> Pack:
    meta, tones_file, files = load_pack_files(lang_dir)
    for name, tone in tones_file.tones.items():
        for fb in tone.fallback:
            if fb not in tones_file.tones:
                raise RulePackError(f"{lang_dir / 'tones.yaml'}: tones.{name}.fallback: unknown tone {fb!r}")
    rules: list[CompiledRule] = []
    seen: dict[str, Path] = {}
    for path, rf in files:
        for rule in rf.rules:
            if rule.id in seen:
                raise RulePackError(f"{path}: id: {rule.id!r} is already defined in {seen[rule.id]}")
            seen[rule.id] = path
            if rule.tones is not None:
                for t in (rule.tones.only or []) + (rule.tones.skip or []):
                    if t not in tones_file.tones:
                        raise RulePackError(f"{path}: {rule.id}: tones: unknown tone {t!r}")
            for ex in rule.examples:
                if ex.tone is not None and ex.tone not in tones_file.tones:
                    raise RulePackError(f"{path}: {rule.id}: examples: unknown tone {ex.tone!r}")
            rules.append(RULE_TYPES[rule.type](rule, str(path)))
    return Pack(
        meta=meta,
        tones=dict(tones_file.tones),
        rules=rules,
        splitter=SentenceSplitter(meta.abbreviations),
        negations=NegationLexicon.build(meta.negations, meta.not_negations),
        lexicons={p.stem: _read_lexicon(p) for p in sorted(lang_dir.glob("*.txt"))},
    )


def _read_lexicon(path: Path) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


@cache
def load_pack(language: str) -> Pack:
    """The pack for a language code, loaded once per process."""
    if language not in available_languages():
        raise OptionError(
            f"no rule pack for language {language!r}; packs: {', '.join(available_languages())}"
        )
    return load_pack_dir(PACKS_DIR / language)
