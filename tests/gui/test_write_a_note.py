"""A two-page note written in the app, the way an analyst writes it, counting the actions.

The sample project; six quotations (four from the news, two from the survey), each
found by search and taken by keyboard; prose written around them; the subject; the
export. Every key press, click and menu choice counts as one action, and a typed
text (a query, a paragraph) as one. The README's "Writing a note" figure is this
test's count (printed with -s); the test fails if the count grows past it.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from briefer.core.note import ExcerptBlock
from tests.helpers.gui import export_options
from tests.helpers.office import convert, pdf_pages

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

# (search words, the section the quotation goes to); the first hit is the one meant
QUOTATIONS = [
    ("little progress", "Background"),
    ("kicked into high gear", "Background"),
    ("greater reciprocity", "Current Status"),
    ("long-term trade reviews", "Current Status"),
    ("protectionist approach", "Key Considerations"),
    ("supply chains", "Key Considerations"),
]

PROSE = {
    "Background": (
        "Canada and the United States are preparing for the joint review of CUSMA. "
        "Recent reporting describes slow bilateral talks while Washington's attention "
        "has turned to Mexico and to other partners, and it recalls how the last "
        "renegotiation moved from stalemate to a rush for a deal in its final weeks. "
        "Officials expect the review to open formally next year, with each party "
        "stating whether it wishes to extend the agreement for a further sixteen years. "
        "Trade with the United States accounts for about three quarters of Canada's "
        "merchandise exports, and the integrated automotive, energy and agri-food sectors "
        "depend on the predictability the agreement provides."),
    "Current Status": (
        "Ottawa is asking for reciprocity: concessions already made on tariffs and on "
        "digital taxes should be matched by the United States before new ones are "
        "considered. Commentators note that sector tariffs on steel, aluminum and "
        "autos remain in place, which makes any long-term commitment harder to defend "
        "at home. The government's position is that the review should confirm the "
        "agreement as a whole rather than reopen its chapters one by one. Provinces and "
        "industry associations have asked to be consulted before Canada states its "
        "position, and several have pointed to the costs their members already bear."),
    "Key Considerations": (
        "The experts surveyed agree that the main challenge lies in Washington's "
        "domestic politics rather than in the text of the agreement. Most of them "
        "see shared interests worth building on, in particular the security of "
        "North American supply chains, critical minerals and energy. Several warn that "
        "a narrow, transactional approach would leave Canada exposed to new measures "
        "during the review, and that allies within the United States matter as much "
        "as federal counterparts. They also stress that cooperation on climate, "
        "technology and economic security gives Canada arguments that reach beyond "
        "trade, and that a common approach with Mexico on the review's timetable would "
        "strengthen both countries' hands."),
    "Next Steps": (
        "Officials will continue to engage their American and Mexican counterparts "
        "ahead of the formal review, meet provincial and industry partners on the "
        "sectors most exposed, and report back with options on the extension "
        "decision before the end of the quarter. A further note will follow once the "
        "United States publishes its list of priorities for the review."),
}


class User:
    """Drives the window as a person does, counting each action."""

    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.actions: dict[str, int] = {}

    def _count(self, kind: str) -> None:
        self.actions[kind] = self.actions.get(kind, 0) + 1

    @property
    def total(self) -> int:
        return sum(self.actions.values())

    def key(self, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier,  # type: ignore[no-untyped-def]
            widget: QWidget | None = None) -> None:
        self._count("keys")
        QTest.keyClick(widget or QApplication.focusWidget(), key, modifier)

    def type(self, widget: QWidget, text: str) -> None:
        self._count("texts typed")
        self.qtbot.keyClicks(widget, text)

    def click(self, widget: QWidget) -> None:
        self._count("clicks")
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)

    def choose(self) -> None:
        """A choice in a menu or dialog the app opened (its answer is queued)."""
        self._count("menu choices")


def _footnotes(docx: Path) -> list[str]:
    """The footnotes pandoc (an independent reader) finds in the exported note."""
    out = subprocess.run(["pandoc", str(docx), "-t", "json"], capture_output=True,
                         text=True, check=True).stdout
    found: list[str] = []

    def walk(node):  # type: ignore[no-untyped-def]
        if isinstance(node, dict):
            if node.get("t") == "Note":
                found.append(json.dumps(node["c"]))
                return
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(out))
    return found


def _plain(docx: Path) -> str:
    text = subprocess.run(["pandoc", str(docx), "-t", "plain", "--wrap=none"],
                          capture_output=True, text=True, check=True).stdout
    return " ".join(text.split())


def test_a_two_page_note_written_by_keyboard(project_window, qtbot, dlg, tmp_path,
                                            capsys) -> None:
    w = project_window
    project = w.session.project
    user = User(qtbot)
    titles = [s.title for s in project.note.sections]
    assert all(title in titles for _, title in QUOTATIONS) and set(PROSE) <= set(titles)

    # The subject: a click in its field, then type it.
    subject = w.note_pane.meta_form.edits["subject"]
    user.click(subject)
    user.type(subject, "CUSMA joint review: Canada's approach")

    # Six quotations: Ctrl+K, the words, Enter (the hit), F8 (its sentence), Ctrl+E.
    target = None
    for words, section in QUOTATIONS:
        user.key(Qt.Key.Key_K, CTRL, w)
        user.type(w.search_pane.box, words)
        user.key(Qt.Key.Key_Return, widget=w.search_pane.box)  # opens the first hit
        qtbot.waitUntil(w.reader.view.hasFocus, timeout=5000)
        user.key(Qt.Key.Key_F8, widget=w.reader.view)
        source_id, start, end = w.reader.selected_span()
        sentence = project.sources[source_id].text[start:end]
        assert words in sentence and sentence.rstrip().endswith((".", "”", '"'))
        index = titles.index(section)
        if target != section:
            dlg.answer("choose_from_menu", index)
        if target is None:  # the first time, a menu asks where excerpts go
            user.key(Qt.Key.Key_E, CTRL, w.reader.view)
            user.choose()
        elif target != section:  # another section: Ctrl+Shift+E and pick it
            user.key(Qt.Key.Key_E, CTRL | SHIFT, w.reader.view)
            user.choose()
        else:
            user.key(Qt.Key.Key_E, CTRL, w.reader.view)
        target = section
        placed = [project.excerpts[b.excerpt_id].quote.exact
                  for b in project.note.sections[index].blocks if isinstance(b, ExcerptBlock)]
        assert sentence in placed

    # Prose around them: "+ Text" on the section, then the paragraph.
    for section in project.note.sections:
        if section.title in PROSE:
            widget = w.note_pane.section_widget(section.id)
            user.click(widget.add_button)
            editor = QApplication.focusWidget()
            user.type(editor, PROSE[section.title])
            # Markdown wraps its lines; the words are the paragraph's
            assert any(" ".join(getattr(b, "markdown", "").split()) == PROSE[section.title]
                       for b in section.blocks)
    qtbot.waitUntil(lambda: w.word_count.text().split()[0].replace(",", "").isdigit()
                    and int(w.word_count.text().split()[0].replace(",", "")) > 550,
                    timeout=5000)

    # Export: Ctrl+Shift+X, name the file in the dialog, accept the check's list.
    out = tmp_path / "CUSMA review.docx"
    dlg.answer("export_options", export_options(project, out))
    dlg.answer("confirm", True)
    user.key(Qt.Key.Key_X, CTRL | SHIFT, w)
    user.choose()  # the export dialog's Export button
    qtbot.waitUntil(out.exists, timeout=30000)
    if dlg.named("confirm"):
        user.choose()  # "export anyway" when the check lists missing citation details

    notes = _footnotes(out)
    body = _plain(out)
    assert len(notes) == len(QUOTATIONS)
    assert "CUSMA joint review" in body
    for paragraph in PROSE.values():
        assert paragraph[:60] in body
    words = len(body.split())
    assert words > 600
    pages = len(pdf_pages(convert(out, tmp_path, "pdf")))  # as LibreOffice lays it out
    assert pages >= 2

    with capsys.disabled():
        print(f"\nA note of {pages} pages ({words} words, {len(notes)} footnotes): "
              f"{user.total} actions: {user.actions}")
    # The README's figure; lower is better, so the test fails only if it grows.
    assert user.total <= 48, user.actions
    assert w.note_pane._citations.wait(30000) and w.runner.pool.waitForDone(30000)
