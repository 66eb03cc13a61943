"""Mixed documents are routed block by block to each language's pack."""

from __future__ import annotations

from humanize_ai import humanize
from humanize_ai.rules.loader import available_languages
from humanize_ai.text.language import block_languages

EN = "It is important to note that we utilize caching in every service we run, and it works well for us."
ES = "Además, es importante destacar que el panorama actual cambia cada día y que debemos adaptarnos pronto."
DE = "Darüber hinaus ist es wichtig zu beachten, dass sich die digitale Welt ständig und schnell verändert."
RU = (
    "Кроме того, важно отметить, что современный мир быстро меняется каждый день и все должны адаптироваться."
)


def test_block_languages_detects_each_paragraph() -> None:
    assert block_languages([EN, ES, DE, RU], "en") == ["en", "es", "de", "ru"]


def test_short_blocks_take_the_language_before_them() -> None:
    assert block_languages([ES, "Resumen", "Sí", EN, "Plan"], "en") == ["es", "es", "es", "en", "en"]


def test_mixed_document_is_routed_per_paragraph() -> None:
    doc = "\n\n".join([EN + " " + EN, ES, DE, RU]) + "\n"
    r = humanize(doc)
    assert r.languages == {"en": 1, "es": 1, "de": 1, "ru": 1}
    assert r.language == "en"
    paragraphs = r.text.rstrip("\n").split("\n\n")
    assert paragraphs[0].startswith("We use caching")
    starts = [0, 2 * len(EN) + 3, 2 * len(EN) + len(ES) + 5, 2 * len(EN) + len(ES) + len(DE) + 7, len(doc)]
    for i, lang in enumerate(["en", "es", "de", "ru"]):
        block_edits = [e for e in r.edits if starts[i] <= e.start < starts[i + 1]]
        assert all(e.rule.startswith(lang + ".") for e in block_edits), (lang, block_edits)
        if lang not in available_languages():
            assert paragraphs[i] == [EN + " " + EN, ES, DE, RU][i]  # no pack: untouched
            assert not block_edits
        else:
            assert block_edits, f"the {lang} pack found nothing in a paragraph full of {lang} tells"


def test_forced_language_applies_one_pack_to_all() -> None:
    r = humanize(EN + "\n\n" + ES + "\n", language="en")
    assert r.languages == {"en": 2}
