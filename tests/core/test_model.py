"""The note and excerpt model: edits undo exactly, serialisation loses nothing."""

from __future__ import annotations

import pytest

from briefer.core.excerpt import Excerpt, make_excerpt, selectors_for
from briefer.core.note import BriefingNote, NoteMeta, block_from_dict, new_excerpt_block, new_prose
from briefer.core.source import SourceKind, SourceMeta
from briefer.core.template import Template

TEXT = "Canada must engage regularly to continuously remind the US of our shared interests."


def _note() -> BriefingNote:
    template = Template.from_dict("t", {"sections": ["Purpose", {"title": "Background",
                                                                 "hint": "Context"}]})
    return template.new_note(NoteMeta(subject="Trade", classification="PROTECTED A"))


def test_selectors_carry_exact_text_and_context() -> None:
    quote, position = selectors_for(TEXT, 45, 51)
    assert quote.exact == "remind" and TEXT[position.start:position.end] == "remind"
    assert quote.prefix == TEXT[13:45] and quote.suffix == TEXT[51:83]


def test_make_excerpt_trims_whitespace_and_rejects_bad_spans() -> None:
    excerpt = make_excerpt("s", TEXT, 6, 19)
    assert excerpt.exact == "must engage" and excerpt.position.start == 7
    with pytest.raises(ValueError):
        make_excerpt("s", TEXT, 10, 500)


def test_excerpt_round_trips_as_web_annotation_selectors() -> None:
    excerpt = make_excerpt("s", TEXT, 0, 6, theme_ids=["th-1"], comment="why")
    data = excerpt.to_dict()
    assert {s["type"] for s in data["selector"]} == {"TextQuoteSelector", "TextPositionSelector"}
    assert Excerpt.from_dict(data) == excerpt


def test_block_edits_move_and_restore() -> None:
    note = _note()
    purpose, background = note.sections
    prose, quote = new_prose("**Bold** start"), new_excerpt_block("ex-1")
    note.insert_block(purpose.id, 0, prose)
    note.insert_block(purpose.id, 1, quote)
    old = note.move_block(quote.id, background.id, 0)
    assert purpose.blocks == [prose] and background.blocks == [quote]
    note.move_block(quote.id, *old)
    assert purpose.blocks == [prose, quote]
    assert note.excerpt_blocks() == [quote]
    assert note.remove_block(prose.id) == (purpose.id, 0, prose)


def test_note_round_trip() -> None:
    note = _note()
    note.insert_block(note.sections[0].id, 0, new_prose("- a bullet"))
    note.insert_block(note.sections[1].id, 0, new_excerpt_block("ex-2", "paraphrase", "In short"))
    again = BriefingNote.from_dict(note.to_dict())
    assert again == note and again.meta.classification == "PROTECTED A"
    assert again.sections[1].hint == "Context"


def test_unknown_block_type_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown block type"):
        block_from_dict({"id": "b", "type": "table"})


def test_metadata_missing_fields_and_csl_round_trip() -> None:
    meta = SourceMeta.from_csl({"id": "x", "title": "T", "container-title": "Post",
                                "issued": {"date-parts": [[2018, 3, 5]]}, "custom": 1})
    assert meta.missing(SourceKind.ARTICLE) == []
    assert meta.to_csl("x") == {"id": "x", "title": "T", "container-title": "Post",
                                "issued": {"date-parts": [[2018, 3, 5]]}, "custom": 1}
    assert SourceMeta().missing(SourceKind.ARTICLE) == ["title", "container-title", "issued"]


def test_template_validation() -> None:
    with pytest.raises(ValueError, match="sections"):
        Template.from_dict("bad", {"title": "x"})
    with pytest.raises(ValueError, match="role"):
        Template.from_dict("bad", {"sections": [{"title": "A", "role": "nope"}]})


@pytest.mark.parametrize(("text", "title"), [
    ("Skip to main content\n\nOttawa is weighing its options.", "Ottawa is weighing its options."),
    ("WASHINGTON, D.C. — Talks stalled again.", "Talks stalled again."),
    ("OTTAWA -- The minister spoke.", "The minister spoke."),
    ("Advertisement\nSubscribe now\n# Dairy quotas return", "Dairy quotas return"),
    ("U.S. tariffs on steel remain.", "U.S. tariffs on steel remain."),
    ("A " + "very " * 30 + "long opening", "A" + " very" * 13 + "…"),
])
def test_untitled_sources_show_their_real_opening(text: str, title: str) -> None:
    from briefer.core.source import Source

    assert Source("s", text).display_title == title
