"""Find and replace in the note and its word count (``core.note_find``): matches read
from the words as shown, replacements written back into the Markdown without breaking
its emphasis, quotations never changed, words counted as Word counts them."""

from __future__ import annotations

import pytest

from briefer.core.excerpt import make_excerpt
from briefer.core.note import ExcerptBlock, new_excerpt_block, new_prose
from briefer.core.note_find import (
    FindOptions,
    count_text_words,
    count_words,
    find_in_note,
    find_spans,
    plain_text,
    replace_all,
    replace_in_markdown,
)
from briefer.core.project import Project
from tests.helpers.projects import seeds_project, state


@pytest.fixture
def project() -> Project:
    """The sample with a note of its own: two prose blocks around a quotation."""
    project = seeds_project()
    source = project.articles()[0]
    at = source.text.index(" the ")
    excerpt = make_excerpt(source.id, source.text, at - 20, at + 25)
    project.excerpts[excerpt.id] = excerpt
    quote = new_excerpt_block(excerpt.id, lead_in="As the article puts it,")
    section = project.note.sections[0]
    section.blocks[:] = [
        new_prose("The **rules of origin** matter to the sector.\n\n- the first point\n"
                  "- The second point"),
        quote,
        new_prose("Then the review."),
    ]
    return project


def prose(project: Project, i: int) -> str:
    return project.note.sections[0].blocks[i].markdown  # type: ignore[union-attr]


def test_matches_come_from_the_words_as_shown_in_note_order(project):
    found = find_in_note(project.note, "rules of origin", excerpts=project.excerpts)
    section = project.note.sections[0]
    assert [tuple(m) for m in found.matches] == [(section.id, section.blocks[0].id, 4, 19)]
    the = find_in_note(project.note, "the", excerpts=project.excerpts)
    blocks = [m.block_id for m in the.matches]
    b = [blk.id for blk in section.blocks]
    # prose: The, the (sector), the (first), The (second); lead-in: the; last: Then, the
    assert blocks == [b[0]] * 4 + [b[1]] + [b[2]] * 2
    assert the.matches[4].field == "lead_in"
    assert the.in_quotations >= 1  # the quotation was cut around " the "


def test_match_case_and_whole_words():
    text = "The theme of the day: THE end."
    assert find_spans(text, "the") == [(0, 3), (4, 7), (13, 16), (22, 25)]
    assert find_spans(text, "the", FindOptions(match_case=True)) == [(4, 7), (13, 16)]
    assert find_spans(text, "the", FindOptions(whole_words=True)) == [(0, 3), (13, 16),
                                                                      (22, 25)]
    assert find_spans(text, "") == []


def test_plain_text_has_no_markup_and_a_line_per_paragraph():
    shown = plain_text("A **bold** and *it*\nwrapped \\*star\\* &amp; [link](http://x.ca)"
                       "\n\n- one\n- `two`\n\n## Head")
    assert shown.text == "A bold and it wrapped *star* & link\none\ntwo\nHead"


def test_replacing_keeps_the_emphasis_around_and_inside_a_match():
    md = "The **rules of origin** and\nthe *US* tariffs"
    spans = find_spans(plain_text(md).text, "rules of origin")
    assert replace_in_markdown(md, spans, "ROO") == "The **ROO** and\nthe *US* tariffs"
    # a match across a marker: the replacement takes its first run's place
    spans = find_spans(plain_text(md).text, "origin and the")
    assert replace_in_markdown(md, spans, "x") == "The **rules of x** *US* tariffs"
    # Markdown characters in the replacement are shown, not obeyed
    spans = find_spans(plain_text(md).text, "US")
    out = replace_in_markdown(md, spans, "U*S_")
    assert plain_text(out).text == "The rules of origin and the U*S_ tariffs"


def test_replace_all_is_one_edit_undone_exactly_and_quotations_stay(project):
    quote_before = {k: v.exact for k, v in project.excerpts.items()}
    before = state(project)
    edit = replace_all(project, "the", "a", FindOptions(whole_words=True))
    assert edit.replaced == 6 and edit.in_quotations >= 1
    _, undo = edit.apply(project)
    assert prose(project, 0) == ("a **rules of origin** matter to a sector.\n\n"
                                 "- a first point\n- a second point")
    lead = project.note.sections[0].blocks[1]
    assert isinstance(lead, ExcerptBlock) and lead.lead_in == "As a article puts it,"
    assert prose(project, 2) == "Then a review."
    assert {k: v.exact for k, v in project.excerpts.items()} == quote_before
    undo.apply(project)
    assert state(project) == before


def test_a_paraphrase_is_the_analysts_words_and_is_searched(project):
    block = project.note.sections[0].blocks[1]
    assert isinstance(block, ExcerptBlock)
    block.mode, block.paraphrase = "paraphrase", "Officials **expect** delays."
    found = find_in_note(project.note, "expect", excerpts=project.excerpts)
    assert [(m.block_id, m.field) for m in found.matches] == [(block.id, "paraphrase")]
    replace_all(project, "expect", "fear").apply(project)
    assert block.paraphrase == "Officials **fear** delays."


# Expected counts written out by hand, before the code ran.
@pytest.mark.parametrize(("text", "words"), [
    ("Rules-of-origin talks resume", 3),      # a hyphenated word is one word
    ("In 2026 the 25 % tariff — again", 6),    # numbers count; a lone dash does not
    ("U.S. and Canada's review, again.", 5),
    ("", 0),
    ("See the note.[^1]", 3),                  # footnotes are not counted
])
def test_words_are_counted_as_word_counts_them(text, words):
    assert count_text_words(text) == words


def test_word_count_of_a_note_leaves_markup_out(project):
    # prose: "The rules of origin matter to the sector." (8) + "the first point" (3)
    # + "The second point" (3) + "Then the review." (3) = 17; lead-in: 5
    quote = project.excerpts[project.note.sections[0].blocks[1].excerpt_id]  # type: ignore
    words = len(quote.exact.split())
    assert tuple(count_words(project.note, project.excerpts)) == (22, words, 22 + words)
    block = project.note.sections[0].blocks[0]
    block.markdown = "**Bold** _words_ `here` [linked](https://example.org/a-b-c)"  # type: ignore
    assert count_words(project.note, project.excerpts).prose == 4 + 3 + 5
