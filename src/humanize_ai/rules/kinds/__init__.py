"""The fixed set of rule types. A rule file names one of these in its `type` key."""

from __future__ import annotations

from humanize_ai.rules.kinds.base import Candidate, CompiledRule
from humanize_ai.rules.kinds.lexical import Contract, Delete, Flag, Rephrase, Substitute
from humanize_ai.rules.kinds.rhythm import Join, Split
from humanize_ai.rules.kinds.structure import BoldLeadIn, ClosingSection, HeadingCase

RULE_TYPES: dict[str, type[CompiledRule]] = {
    cls.kind: cls
    for cls in (
        Substitute,
        Delete,
        Rephrase,
        Contract,
        Flag,
        Split,
        Join,
        BoldLeadIn,
        HeadingCase,
        ClosingSection,
    )
}

__all__ = ["RULE_TYPES", "Candidate", "CompiledRule"]
