"""The `humanize-ai` command line."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import click

from humanize_ai import __version__
from humanize_ai.api import STATUS_UNSUPPORTED, humanize
from humanize_ai.cli.io import read_input, write_output
from humanize_ai.emotion.detect import EmotionResult
from humanize_ai.engine.edits import Edit, apply_edits, select
from humanize_ai.errors import ExitCode, HumanizeError, InputError
from humanize_ai.options import INTENSITIES, HumanizeOptions
from humanize_ai.rules.loader import available_languages
from humanize_ai.rules.pack import load_pack
from humanize_ai.text.source import DEFAULT_MAX_BYTES

F = TypeVar("F", bound=Callable[..., Any])
TONES = (
    "neutral",
    "casual",
    "conversational",
    "friendly",
    "professional",
    "empathetic",
    "formal",
    "academic",
    "marketing",
    "support",
)


def _fail(message: str, code: int) -> None:
    click.echo(f"humanize-ai: error: {message}", err=True)
    sys.exit(code)


def handle_errors(fn: F) -> F:
    """Turn our errors into a one-line message and an exit code; never a traceback."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except HumanizeError as exc:
            _fail(str(exc), int(exc.exit_code))
        except KeyboardInterrupt:
            _fail("interrupted", 130)
        except BrokenPipeError:
            sys.exit(0)
        except Exception as exc:  # a bug: say so plainly, keep the details for --debug
            if os.environ.get("HUMANIZE_AI_DEBUG"):
                raise
            _fail(
                f"internal error ({type(exc).__name__}: {exc}); set HUMANIZE_AI_DEBUG=1 for details",
                int(ExitCode.INTERNAL),
            )

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="humanize-ai")
def main() -> None:
    """Rewrite AI-styled text into natural prose, with every edit explained.

    Exit codes: 0 ok, 2 usage, 3 unreadable input (missing, binary, not UTF-8), 4 empty input,
    5 input too large, 6 language without a rule pack (only with --strict-language; the text is
    passed through unchanged either way).
    """


def _explain(result_text: str, edits: list[Edit], flags: list[Any], rolled: list[Any]) -> str:
    lines = [result_text.rstrip("\n"), "", f"--- {len(edits)} edit(s) ---"]
    for e in edits:
        lines.append(f"{e.id:>4}  {e.rule}  [{e.start}:{e.end}]  {e.before!r} -> {e.after!r}")
        lines.append(f"      {e.reason}")
    if flags:
        lines.append(f"--- {len(flags)} flag(s): tells left for you to judge ---")
        for f in flags:
            lines.append(f"      {f.rule}  [{f.start}:{f.end}]  {f.text!r}: {f.reason}")
    if rolled:
        lines.append(f"--- {len(rolled)} edit(s) rolled back by the fidelity guard ---")
        for r in rolled:
            lines.append(f"      {r.rule}  {r.before!r} -> {r.after!r}: {r.why}")
    return "\n".join(lines) + "\n"


@main.command()
@click.argument("input_path", metavar="INPUT")
@click.option("-o", "--output", help="Write here instead of standard output (atomic; may be INPUT).")
@click.option("--tone", type=click.Choice(TONES), default="neutral", show_default=True)
@click.option("--intensity", type=click.Choice(INTENSITIES), default="balanced", show_default=True)
@click.option("--lang", "language", default="auto", show_default=True, help="auto, or a pack: en")
@click.option("--keep", multiple=True, metavar="TERM", help="A term to keep byte-identical (repeatable).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "explain"]),
    default="text",
    show_default=True,
    help="text: the rewrite only; json: rewrite and plan; explain: both, readable.",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Which variants rules use.")
@click.option("--disable", multiple=True, metavar="GLOB", help="Switch rules off, e.g. 'en.contractions.*'.")
@click.option("--enable", multiple=True, metavar="GLOB", help="Force rules on regardless of intensity.")
@click.option("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True)
@click.option("--minimal", is_flag=True, help="Only touch sentences the analysis flags (holding a tell).")
@click.option(
    "--strict-language",
    is_flag=True,
    help="Exit 6 when the language has no rule pack (the text is still passed through).",
)
@handle_errors
def rewrite(
    input_path: str,
    output: str | None,
    tone: str,
    intensity: str,
    language: str,
    keep: tuple[str, ...],
    fmt: str,
    seed: int,
    disable: tuple[str, ...],
    enable: tuple[str, ...],
    max_bytes: int,
    minimal: bool,
    strict_language: bool,
) -> None:
    """Humanize INPUT (a file, or - for standard input).

    Text in a language without a rule pack is passed through unchanged with a note on stderr
    (JSON: "status": "unsupported_language"); --strict-language makes that exit 6.
    """
    text = read_input(input_path, max_bytes)
    opts = HumanizeOptions(
        tone=tone,
        intensity=intensity,  # type: ignore[arg-type]  # click.Choice guarantees the literal
        language=language,
        keep=keep,
        seed=seed,
        enable=enable,
        disable=disable,
        minimal=minimal,
    )
    result = humanize(text, opts)
    if fmt == "json":
        body = json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n"
    elif fmt == "explain":
        body = _explain(result.text, result.edits, result.flags, result.rolled_back)
        sc = result.scores()
        body += f"--- machine-style score: {_score(sc['before'])} before, {_score(sc['after'])} after ---\n"
    else:
        body = result.text
    write_output(output, body)
    if result.status == STATUS_UNSUPPORTED:
        click.echo(f"humanize-ai: note: {result.message}", err=True)
        if strict_language:
            sys.exit(int(ExitCode.UNSUPPORTED_LANGUAGE))
    if not result.fidelity_ok:
        click.echo(
            "humanize-ai: warning: the document check found protected items missing; "
            "see fidelity in --format json",
            err=True,
        )


def _score(value: int | None) -> str:
    return "too short to judge" if value is None else f"{value}/100"


@main.command()
@click.argument("input_path", metavar="INPUT")
@click.option("--lang", "language", default="auto", show_default=True, help="auto, or a language code")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("-o", "--output", help="Write here instead of standard output.")
@click.option("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True)
@handle_errors
def analyze(input_path: str, language: str, fmt: str, output: str | None, max_bytes: int) -> None:
    """Where and why INPUT reads machine-made: a 0-100 score, sentences with their tells, statistics."""
    from humanize_ai.analysis.analyze import analyze as run_analysis

    result = run_analysis(read_input(input_path, max_bytes), language)
    if fmt == "json":
        write_output(output, json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return
    lines = [
        f"language: {result.language}" + ("" if result.pack else " (no rule pack: statistics only)"),
        f"machine-style score: {_score(result.score)} ({result.verdict}), {result.words} words",
    ]
    if result.message:
        lines.append(f"note: {result.message}")
    if result.readability:
        r = result.readability
        lines.append(
            f"readability: {r['description']}: {r['value']}"
            + (f", grade {r['grade']}" if "grade" in r else "")
        )
    for reason in result.reasons:
        lines.append(f"  {reason['feature']} = {reason['value']} pushes toward {reason['toward']}")
    flagged = [s for s in result.sentences if s.flagged]
    lines.append(f"--- {len(flagged)} of {len(result.sentences)} sentence(s) flagged ---")
    for s in flagged:
        lines.append(f"[{s.score}] {s.text}")
        for t in s.tells:
            lines.append(f"      {t['rule']}: {t['text']!r}: {t['reason']}")
    write_output(output, "\n".join(lines) + "\n")


def _emotion_line(result: EmotionResult) -> str:
    top = sorted(result.emotions.items(), key=lambda kv: -kv[1])[:3]
    cues = ", ".join(f"{c.id} ({c.text!r})" for c in result.cues) or "none"
    return "\n".join(
        [
            f"language: {result.language}"
            + ("" if result.trained_language else " (not trained on: lower confidence)"),
            f"dominant: {result.dominant}  ({', '.join(f'{k} {v:.2f}' for k, v in top)})",
            f"sentiment: {result.sentiment} ({result.sentiment_score:+.2f})",
            f"valence {result.valence:.2f}, arousal {result.arousal:.2f}, "
            f"dominance {result.dominance:.2f} (1-5)",
            f"frustration: {result.frustration:.2f}; cues: {cues}",
        ]
    )


@main.command()
@click.argument("input_path", metavar="INPUT")
@click.option("--lang", "language", default="auto", show_default=True, help="auto, or a language code")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--jsonl", is_flag=True, help="One message per input line in, one JSON object per line out.")
@click.option("-o", "--output", help="Write here instead of standard output.")
@click.option("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True)
@handle_errors
def emotion(
    input_path: str, language: str, fmt: str, jsonl: bool, output: str | None, max_bytes: int
) -> None:
    """How the writer of INPUT feels: emotions, sentiment, intensity, frustration."""
    from humanize_ai.emotion import detect_emotion
    from humanize_ai.emotion.model import load_emotion_model

    text = read_input(input_path, max_bytes)
    if not jsonl:
        result = detect_emotion(text, language)
        body = (
            json.dumps(result.to_dict(), ensure_ascii=False, indent=2)
            if fmt == "json"
            else _emotion_line(result)
        )
        write_output(output, body + "\n")
        return
    model = load_emotion_model()
    lines = text.splitlines()
    out = []
    with click.progressbar(lines, label="messages", file=sys.stderr) as bar:
        for number, line in enumerate(bar, 1):
            try:
                record = detect_emotion(line, language, model=model).to_dict()
            except HumanizeError as exc:  # one bad line must not cost the others their answers
                record = {"error": str(exc)}
            out.append(json.dumps({"line": number, **record}, ensure_ascii=False))
    write_output(output, "\n".join(out) + "\n")


@main.command()
@click.argument("plan_path", metavar="PLAN_JSON")
@click.argument("original_path", metavar="ORIGINAL")
@click.option("--reject", multiple=True, metavar="ID", help="Edit ids to leave out (repeatable or e1,e2).")
@click.option("--accept", multiple=True, metavar="ID", help="Only these edit ids (repeatable or e1,e2).")
@click.option("-o", "--output")
@handle_errors
def apply(
    plan_path: str, original_path: str, reject: tuple[str, ...], accept: tuple[str, ...], output: str | None
) -> None:
    """Rebuild ORIGINAL from a saved JSON plan (rewrite --format json), accepting or rejecting edits."""
    try:
        plan = json.loads(read_input(plan_path, DEFAULT_MAX_BYTES * 4))
        edits = [Edit(**{k: e[k] for k in Edit.__dataclass_fields__}) for e in plan["edits"]]
    except (ValueError, KeyError, TypeError) as exc:
        raise InputError(f"{plan_path} is not a plan written by `rewrite --format json`: {exc}") from exc
    original = read_input(original_path, DEFAULT_MAX_BYTES)

    def ids(values: tuple[str, ...]) -> list[str]:
        return [i for v in values for i in v.split(",") if i]

    try:
        chosen = select(edits, ids(accept) or None, ids(reject))
        text = apply_edits(original, chosen)
    except (KeyError, ValueError) as exc:
        raise InputError(f"cannot apply the plan: {exc}") from exc
    write_output(output, text)


@main.group()
def rules() -> None:
    """Inspect the rule packs."""


@rules.command("list")
@click.option("--lang", "language", default="en", show_default=True)
@click.option("--category", default=None)
@handle_errors
def rules_list(language: str, category: str | None) -> None:
    """List rules: id, type, level, reason."""
    pack = load_pack(language)
    for r in pack.rules:
        if category and r.category != category:
            continue
        click.echo(f"{r.id}\t{r.rule.type}\t{r.rule.level}\t{r.rule.reason}")


@rules.command("stats")
@handle_errors
def rules_stats() -> None:
    """Rule counts per language and category."""
    for lang in available_languages():
        pack = load_pack(lang)
        counts: dict[str, int] = {}
        for r in pack.rules:
            counts[r.category] = counts.get(r.category, 0) + 1
        click.echo(f"{lang}: {len(pack.rules)} rules")
        for cat, n in sorted(counts.items()):
            click.echo(f"  {cat:14} {n}")


@main.command()
@click.option("--lang", "language", default="en", show_default=True)
@handle_errors
def tones(language: str) -> None:
    """The tones a language pack knows, and what each one means."""
    pack = load_pack(language)
    for name, t in pack.tones.items():
        contractions = "contractions" if t.contractions else "no contractions"
        click.echo(f"{name:15} {contractions:16} ~{t.sentence_words.target} words/sentence  {t.description}")


if __name__ == "__main__":
    main()
