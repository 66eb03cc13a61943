"""Which rule type wins when two candidate edits overlap. Lower number wins."""

from __future__ import annotations

PRIORITY: dict[str, int] = {
    # Structure first: a heading removed or a list item's bold dropped contains any prose edit inside.
    "md_closing_section": 0,
    "md_bold_lead_in": 1,
    # Chatbot artifacts and filler deletions remove the most text; inner substitutions become moot.
    "delete": 10,
    # A pattern rewrite handles a whole construction ("not only X but also Y").
    "rephrase": 20,
    # Plain word or phrase swaps.
    "substitute": 30,
    # Heading case touches every word of a heading: after the swaps so they win inside headings.
    "md_heading_case": 35,
    # Contractions are cosmetic: any real rewrite of the same words wins.
    "contract": 40,
    # Rhythm edits only move sentence boundaries; any lexical edit on the same words wins.
    "split": 50,
    "join": 51,
    "flag": 99,
}
