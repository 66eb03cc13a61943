"""Strict loading of a rule pack folder: every problem names file, line and key."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError

from humanize_ai.errors import RulePackError
from humanize_ai.rules.schema import PackMeta, RuleFile, TonesFile

M = TypeVar("M", bound=BaseModel)

PACKS_DIR = Path(__file__).parent / "packs"
RESERVED_FILES = {"pack.yaml", "tones.yaml"}


def _yaml(with_lines: bool = False) -> YAML:
    """The C-accelerated safe loader for speed; the round-trip loader when we need line numbers."""
    yaml = YAML(typ="rt") if with_lines else YAML(typ="safe", pure=False)
    yaml.allow_duplicate_keys = False
    return yaml


def _line_of(node: Any, loc: Sequence[int | str]) -> tuple[int, str]:
    """The 1-based line of the deepest YAML node along a pydantic error location."""
    line = 1
    key = ""
    for part in loc:
        if isinstance(node, CommentedMap) and part in node:
            line = node.lc.key(part)[0] + 1
            key = str(part)
            node = node[part]
        elif isinstance(node, CommentedSeq) and isinstance(part, int) and part < len(node):
            line = node.lc.item(part)[0] + 1
            node = node[part]
        else:
            if isinstance(node, CommentedMap | CommentedSeq):
                line = node.lc.line + 1
            key = str(part)
            break
    return line, key


def load_model(path: Path, model: type[M]) -> M:
    """Parse one YAML file into a model, or raise RulePackError with file:line: key: message."""
    text = path.read_text(encoding="utf-8")
    try:
        data = _yaml().load(text)
    except YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        raise RulePackError(f"{path}:{line}: invalid YAML: {getattr(exc, 'problem', exc)}") from exc
    if data is None:
        raise RulePackError(f"{path}:1: the file is empty")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        data = _yaml(with_lines=True).load(text)  # parse again, keeping line numbers for the message
        messages = []
        for err in exc.errors():
            loc = [p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-"))]
            line, key = _line_of(data, loc)
            where = ".".join(str(p) for p in loc) or "(top level)"
            messages.append(f"{path}:{line}: {key or where}: {err['msg']} (at {where})")
        raise RulePackError("\n".join(messages)) from exc


def rule_files(lang_dir: Path) -> list[Path]:
    return sorted(p for p in lang_dir.glob("*.yaml") if p.name not in RESERVED_FILES)


def load_pack_files(lang_dir: Path) -> tuple[PackMeta, TonesFile, list[tuple[Path, RuleFile]]]:
    """Load and cross-check every file of one language folder."""
    meta = load_model(lang_dir / "pack.yaml", PackMeta)
    if meta.language != lang_dir.name:
        raise RulePackError(
            f"{lang_dir / 'pack.yaml'}:1: language: {meta.language!r} must equal the folder name"
        )
    tones = load_model(lang_dir / "tones.yaml", TonesFile)
    files = []
    for path in rule_files(lang_dir):
        rf = load_model(path, RuleFile)
        if rf.category != path.stem:
            raise RulePackError(f"{path}:1: category: {rf.category!r} must equal the file name {path.stem!r}")
        for rule in rf.rules:
            expected = f"{meta.language}.{rf.category}."
            if not rule.id.startswith(expected):
                raise RulePackError(f"{path}: id: {rule.id!r} must start with {expected!r}")
        files.append((path, rf))
    return meta, tones, files


def available_languages() -> list[str]:
    return sorted(p.name for p in PACKS_DIR.iterdir() if (p / "pack.yaml").is_file())
