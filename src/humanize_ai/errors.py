"""One catalogue of errors: each carries the exit code the CLI returns and says what to do."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    INTERNAL = 1
    USAGE = 2
    UNREADABLE_INPUT = 3  # missing file, binary data, invalid UTF-8
    EMPTY_INPUT = 4  # nothing but whitespace
    INPUT_TOO_LARGE = 5
    UNSUPPORTED_LANGUAGE = 6  # text passed through unchanged: no rule pack for its language
    BAD_RULE_PACK = 7


class HumanizeError(Exception):
    """Base class: every error the library raises on purpose."""

    exit_code: ExitCode = ExitCode.INTERNAL


class InputError(HumanizeError):
    exit_code = ExitCode.UNREADABLE_INPUT


class BinaryInputError(InputError):
    pass


class EncodingError(InputError):
    pass


class EmptyInputError(HumanizeError):
    exit_code = ExitCode.EMPTY_INPUT


class InputTooLargeError(HumanizeError):
    exit_code = ExitCode.INPUT_TOO_LARGE


class OptionError(HumanizeError, ValueError):
    exit_code = ExitCode.USAGE


class RulePackError(HumanizeError):
    exit_code = ExitCode.BAD_RULE_PACK
