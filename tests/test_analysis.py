"""analyze(): the score's edge cases, sentence tells, statistics, readability, minimal rewriting."""

from __future__ import annotations

import json

import pytest

from humanize_ai import EmptyInputError, analyze, humanize
from humanize_ai.analysis.model import load_model, load_tell_model
from humanize_ai.analysis.stats import mattr

MACHINE = (
    "Certainly! Here is an overview of the topic.\n\n"
    "In today's fast-paced digital landscape, it is important to note that teams utilize many tools. "
    "Moreover, they delve into the details of each workflow in order to foster collaboration. "
    "Furthermore, the platform is not only fast but also robust, and it plays a crucial role in "
    "streamlining communication across the organization. Additionally, it empowers users to unlock "
    "their full potential.\n\nI hope this helps! Let me know if you have any other questions.\n"
)
HUMAN = (
    "We got to the cabin late, so nobody bothered with dinner. Dad lit the stove anyway and burned "
    "the first pot of rice, which the dog was thrilled about. I slept badly. The mattress was older "
    "than me and smelled like it. Next morning the lake was flat as glass and we didn't talk much, "
    "just sat on the dock with coffee until the sun got too hot.\n"
)


def test_machine_text_scores_higher_than_human_text() -> None:
    m, h = analyze(MACHINE, language="en"), analyze(HUMAN, language="en")
    assert m.score is not None and h.score is not None
    assert m.score > h.score
    assert m.verdict == "machine-like"
    assert len(m.tells) >= 8 and not h.tells


def test_sentences_carry_their_tells_and_offsets() -> None:
    r = analyze(MACHINE, language="en")
    flagged = [s for s in r.sentences if s.flagged]
    assert flagged
    for s in r.sentences:
        assert MACHINE[s.start : s.end] == s.text
        for t in s.tells:
            assert MACHINE[t["start"] : t["end"]] == t["text"]
            assert t["reason"]
    assert all(s.score == 0 for s in r.sentences if not s.flagged)


def test_too_short_to_judge() -> None:
    r = analyze("Certainly! Moreover, we utilize caching.", language="en")
    assert r.score is None
    assert r.verdict == "too short to judge"
    assert r.tells  # tells are still listed


def test_empty_input_is_an_error() -> None:
    with pytest.raises(EmptyInputError):
        analyze("   \n")


def test_code_only_has_no_prose_to_judge() -> None:
    r = analyze("```python\n" + "x = delve(utilize)\n" * 50 + "```\n")
    assert r.words == 0 and r.score is None and not r.tells


def test_a_language_without_pack_gets_a_statistics_only_score_and_says_so() -> None:
    text = (
        "Kota ini terletak di tepi danau besar dan didirikan pada abad pertengahan. Saat ini sekitar dua "
        "puluh ribu orang tinggal di sana, sebagian besar hidup dari pariwisata dan perikanan. Pada musim "
        "panas banyak pengunjung datang untuk mendaki, berlayar, atau sekadar melihat kota tua. Gereja dari "
        "abad kedua belas dianggap sebagai salah satu bangunan tertua di wilayah itu."
    )
    r = analyze(text)
    assert r.language == "id" and not r.pack
    assert r.score is not None and r.model == "any.document"
    assert "no rule pack" in r.message and not r.tells
    assert r.readability is None  # textstat has no measure for Indonesian


def test_german_readability_uses_its_own_formula() -> None:
    text = "Die Stadt liegt am Ufer eines großen Sees. " * 12
    r = analyze(text, language="de")
    assert r.readability is not None and r.readability["measure"] == "wiener_sachtextformel"


def test_statistics_and_readability_are_reported() -> None:
    r = analyze(MACHINE, language="en")
    for key in (
        "sentence_length_cv",
        "vocabulary_mattr",
        "connective_opener_share",
        "em_dash_per_100w",
        "headings_per_100w",
        "tells_per_100w",
    ):
        assert key in r.statistics
    assert r.statistics["connective_opener_share"] > 0.2
    assert r.readability is not None and "grade" in r.readability
    json.dumps(r.to_dict())  # serialisable


def test_mattr() -> None:
    assert mattr(["a"] * 100) == pytest.approx(1 / 50)
    assert mattr([str(i) for i in range(100)]) == 1.0


def test_shipped_models_are_reviewable_json_with_metrics() -> None:
    model = load_model("en.document")
    assert model is not None and len(model.features) == len(model.coef) == len(model.mean)
    assert model.metrics["held_out"]["roc_auc"] > 0.9
    assert load_model("any.document") is not None
    tells = load_tell_model("en.sentence")
    assert tells is not None and 0 < tells.probability(["artifacts"]) < 1


def test_rewrite_reports_score_before_and_after() -> None:
    scores = humanize(MACHINE, language="en").scores()
    assert scores["before"] is not None and scores["after"] is not None
    assert scores["after"] <= scores["before"]


def test_minimal_mode_touches_only_flagged_sentences() -> None:
    text = "You do not need an account. Moreover, you do not need a card.\n"
    full = humanize(text, language="en", tone="casual").text
    minimal = humanize(text, language="en", tone="casual", minimal=True).text
    assert full == "You don't need an account. You don't need a card.\n"
    assert minimal == "You do not need an account. You don't need a card.\n"


def test_packs_without_their_own_model_use_the_language_neutral_score() -> None:
    text = (
        "Además, es importante destacar que en el panorama actual la tecnología juega un papel crucial "
        "en nuestras vidas. En conclusión, cabe destacar que las empresas deben adaptarse a los cambios "
        "para seguir siendo competitivas en un mercado global que evoluciona constantemente cada año."
    )
    r = analyze(text, language="es")
    assert r.pack and r.model == "any.document" and r.score is not None
    assert r.tells and all(t.rule.startswith("es.") for t in r.tells)
