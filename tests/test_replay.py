"""Edits are a plan: replaying all of them gives the output, rejecting some gives a coherent mix."""

from __future__ import annotations

import itertools

import pytest

from humanize_ai import apply_edits, humanize


def test_replay_all_and_none(sample_md: str) -> None:
    r = humanize(sample_md, language="en")
    assert r.replay() == r.text
    assert r.replay(reject=[e.id for e in r.edits]) == sample_md
    assert r.replay(accept=[]) == sample_md


def test_reject_each_edit_alone(sample_md: str) -> None:
    r = humanize(sample_md, language="en")
    for e in r.edits:
        out = r.replay(reject=[e.id])
        shift = sum(len(x.after) - len(x.before) for x in r.edits if x.end <= e.start)
        at = e.start + shift
        assert out[at : at + len(e.before)] == e.before  # the rejected edit's text is back in place
        assert len(out) == len(r.text) - len(e.after) + len(e.before)


def test_edits_do_not_overlap_and_ids_are_ordered(sample_md: str) -> None:
    r = humanize(sample_md, language="en")
    for a, b in itertools.pairwise(r.edits):
        assert a.end <= b.start
    assert [e.id for e in r.edits] == [f"e{i}" for i in range(1, len(r.edits) + 1)]


def test_unknown_edit_id_is_an_error(sample_md: str) -> None:
    r = humanize(sample_md, language="en")
    with pytest.raises(KeyError):
        r.replay(reject=["e999"])


def test_apply_edits_refuses_a_stale_plan(sample_md: str) -> None:
    r = humanize(sample_md, language="en")
    with pytest.raises(ValueError):
        apply_edits("something else entirely " * 20, r.edits)
