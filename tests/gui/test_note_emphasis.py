"""The note pane shows a survey's emphasis as bold and italic, never its ** or _ markers."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QApplication

from briefer.core.source import Source, SourceKind
from tests.helpers.gui import sections

ANSWERS = (
    "# What matters most?\n\n"
    "1. The **Buy America plan** and the *use of tools* over rules.\n"
    "2. Watch __procurement rules__ and _local content_ in 2027.\n"
)

MARKERS = ("**", "__", "*", "_")


def _looks(label_html: str) -> tuple[str, dict[str, tuple[bool, bool]]]:
    """What a label with this rich text shows: its text, and each stretch's (bold, italic)."""
    document = QTextDocument()
    document.setHtml(label_html)
    looks: dict[str, tuple[bool, bool]] = {}
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            looks[fragment.text()] = (fmt.fontWeight() >= QFont.Weight.Bold,
                                      fmt.fontItalic())
            it += 1
        block = block.next()
    return document.toPlainText(), looks


def _survey(session, text: str = ANSWERS) -> Source:
    survey = Source(id="answers", text=text, kind=SourceKind.SURVEY, filename="answers.md")
    session.project.sources[survey.id] = survey
    return survey


def _quote(pane, session, source: Source, words: str):
    start = source.text.index(words)
    background = sections(session)[1]
    pane.add_excerpt(source.id, start, start + len(words), background.id)
    return pane.block_widget(background.blocks[-1].id)


@pytest.mark.parametrize(("words", "bold", "italic"), [
    ("The **Buy America plan** and the *use of tools* over rules.",
     "Buy America plan", "use of tools"),
    ("Watch __procurement rules__ and _local content_ in 2027.",
     "procurement rules", "local content"),
])
def test_quotation_shows_bold_and_italic_without_markers(pane, session, words, bold, italic):
    widget = _quote(pane, session, _survey(session), words)
    text, looks = _looks(widget.quote_label.text())
    assert not any(m in text for m in MARKERS)
    assert text == "“" + words.replace("**", "").replace("__", "").replace("*", "")\
        .replace("_", "") + "”"
    assert looks[bold][0]
    # the quotation is shown in italics: its own emphasis stands out upright
    assert widget.quote_label.styleSheet() == "font-style: italic;"
    assert looks[italic] == (False, False)
    plain = next(stretch for stretch in looks if stretch.startswith("“"))
    assert looks[plain] == (False, False)
    assert not any(m in widget.accessibleDescription() for m in MARKERS)
    assert bold in widget.accessibleDescription()


def test_paraphrase_source_words_show_emphasis_without_markers(pane, session):
    words = "The **Buy America plan** and the *use of tools* over rules."
    widget = _quote(pane, session, _survey(session), words)
    widget.mode_combo.setCurrentIndex(1)
    widget.mode_combo.activated.emit(1)
    QApplication.processEvents()
    assert session.project.note.sections[1].blocks[-1].mode == "paraphrase"
    text, looks = _looks(widget.quote_label.text())
    assert text.startswith("Source words: “The Buy America plan")
    assert not any(m in text for m in MARKERS)
    assert looks["Buy America plan"] == (True, False)
    assert looks["use of tools"] == (False, True)


def test_words_starting_inside_a_key_phrase_of_the_sample_survey_stay_bold(pane, session):
    """A keyboard selection begins anywhere: the bold is read from the survey around it."""
    survey = next(s for s in session.project.sources.values() if s.kind is SourceKind.SURVEY)
    words = "domestic politics are driving American trade policy**, making it more difficult"
    widget = _quote(pane, session, survey, words)
    text, looks = _looks(widget.quote_label.text())
    assert text == ("“domestic politics are driving American trade policy, making it more "
                    "difficult.”")  # the period the note's sentence ends with, as printed
    assert looks["domestic politics are driving American trade policy"][0]
    assert not looks[", making it more difficult.”"][0]


def test_a_plain_text_source_keeps_its_asterisks(pane, session):
    article = Source(id="plain", text="Output rose 3 * 2 times, said the **minister**.\n")
    session.project.sources[article.id] = article
    widget = _quote(pane, session, article, "Output rose 3 * 2 times, said the **minister**.")
    text, _ = _looks(widget.quote_label.text())
    assert text == "“Output rose 3 * 2 times, said the **minister**.”"
