"""The Source details dialog: every CSL field of a source, applied as one undo step.

Real widgets, offscreen: fields are filled by typing and clicking, as an analyst would.
"""

from __future__ import annotations

import copy
import re

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from briefer.gui.name_list import ORGANIZATION, NameListEditor
from briefer.gui.source_details import DateField, SourceDetailsDialog
from briefer.gui.sources_model import TITLE, TYPE

SEPT_16 = {"date-parts": [[2025, 9, 16]]}


@pytest.fixture
def editable(session):
    """The sample's session, editable (the bundled sample opens as a read-only folder),
    its first article carrying a field the dialog does not show."""
    session.project.read_only = False
    source = session.project.articles()[0]
    source.meta.extra = {"custom-field": {"kept": [1, 2]}, "volume": 3}
    return session


def open_dialog(qtbot, session, source_id: str) -> SourceDetailsDialog:
    dialog = SourceDetailsDialog(session, source_id)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # keys and focus go to the active window
        dialog.show()
        dialog.activateWindow()
    return dialog


def type_into(qtbot, widget: QWidget, text: str) -> None:
    """Replace a line edit's text by typing, as a user does."""
    widget.setFocus()
    line = widget.edit if isinstance(widget, DateField) else widget
    assert isinstance(line, QLineEdit)
    line.selectAll()
    qtbot.keyClicks(line, text)


def test_journal_article_filled_in_and_undone_exactly(qtbot, editable):
    session = editable
    source = session.project.articles()[0]
    before = copy.deepcopy(source.meta)
    heard: list[str] = []
    session.sourcesChanged.connect(lambda: heard.append("sources"))
    dialog = open_dialog(qtbot, session, source.id)

    dialog.type.setCurrentIndex(dialog.type.findData("article-journal"))
    assert dialog.labels["container-title"].text() == "Journal:"
    assert dialog.fields["volume"].isVisible() and dialog.fields["DOI"].isVisible()
    for field, text in (("volume", "12"), ("issue", "3"), ("page", "45-67"),
                        ("DOI", "10.1000/xyz123"), ("container-title", "Canadian Public Policy"),
                        ("issued", "September 16, 2025")):
        type_into(qtbot, dialog.fields[field], text)
    authors = dialog.fields["author"]
    assert isinstance(authors, NameListEditor)
    qtbot.mouseClick(authors.add_organization, Qt.MouseButton.LeftButton)
    assert authors.rows[-1].family.hasFocus()
    qtbot.keyClicks(authors.rows[-1].family, "Conference Board of Canada")
    assert dialog.ok.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    meta = source.meta
    assert meta.type == "article-journal"
    assert meta.container_title == "Canadian Public Policy"
    assert meta.issued == SEPT_16
    assert meta.author == [{"literal": "Conference Board of Canada"}]
    assert meta.extra == {"custom-field": {"kept": [1, 2]}, "volume": "12", "issue": "3",
                          "page": "45-67", "DOI": "10.1000/xyz123"}
    assert heard, "the Sources list, reader and note heard of the change"
    stack = session.undo_stack
    assert stack.count() == 1
    assert stack.undoText().startswith("Edit details of “")
    after = copy.deepcopy(meta)
    stack.undo()
    assert source.meta == before
    stack.redo()
    assert source.meta == after


def test_unchanged_fields_keep_their_stored_form(qtbot, editable):
    """A number stays a number, a date stays as it was stored, unknown keys stay."""
    source = editable.project.articles()[0]
    source.meta.issued = "2024-03-05"
    source.meta.author = [{"family": "Gogh", "given": "Vincent",
                           "non-dropping-particle": "van"}]
    before = copy.deepcopy(source.meta)
    dialog = open_dialog(qtbot, editable, source.id)
    assert dialog.fields["issued"].edit.text() == "March 5, 2024"
    type_into(qtbot, dialog.fields["title"], "A new title")
    dialog.accept()
    assert source.meta.title == "A new title"
    assert source.meta.issued == "2024-03-05"
    assert source.meta.extra == before.extra and source.meta.extra["volume"] == 3
    assert source.meta.author == before.author


def test_an_unreadable_date_says_why_and_blocks_ok(qtbot, editable):
    source = editable.project.articles()[0]
    before = copy.deepcopy(source.meta)
    dialog = open_dialog(qtbot, editable, source.id)
    date = dialog.fields["issued"]
    assert isinstance(date, DateField)
    assert not date.message.isVisible()
    type_into(qtbot, date, "Sept 31, 2025")
    assert date.message.isVisible()
    assert "31" in date.message.text()
    assert date.edit.accessibleDescription() == date.message.text()
    assert not dialog.ok.isEnabled()
    dialog.accept()  # Enter in a field: still nothing happens
    assert source.meta == before and editable.undo_stack.count() == 0
    type_into(qtbot, date, "Sept 30, 2025")
    assert not date.message.isVisible() and dialog.ok.isEnabled()


def test_cancel_changes_nothing(qtbot, editable):
    source = editable.project.articles()[0]
    before = copy.deepcopy(source.meta)
    dialog = open_dialog(qtbot, editable, source.id)
    dialog.type.setCurrentIndex(dialog.type.findData("legal_case"))
    type_into(qtbot, dialog.fields["authority"], "Supreme Court of Canada")
    qtbot.mouseClick(dialog.fields["author"].add_person, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert source.meta == before and editable.undo_stack.count() == 0


def test_ok_without_changes_adds_no_undo_step(qtbot, editable):
    source = editable.project.articles()[0]
    dialog = open_dialog(qtbot, editable, source.id)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert editable.undo_stack.count() == 0


def test_labels_and_rows_follow_the_type_and_values_are_kept(qtbot, editable):
    source = editable.project.articles()[0]
    dialog = open_dialog(qtbot, editable, source.id)
    dialog.type.setCurrentIndex(dialog.type.findData("legal_case"))
    assert dialog.labels["authority"].text() == "Court:"
    assert dialog.labels["container-title"].text() == "Law report:"
    assert not dialog.fields["DOI"].isVisible()
    assert dialog.fields["volume"].isVisible()  # it holds 3
    dialog.show_all.setChecked(True)
    assert all(f.isVisible() for f in dialog.fields.values())
    dialog.show_all.setChecked(False)
    dialog.type.setCurrentIndex(dialog.type.findData("webpage"))
    assert dialog.labels["container-title"].text() == "Website:"
    assert not dialog.fields["authority"].isVisible()


def test_an_unknown_type_is_kept_and_offered(qtbot, editable):
    source = editable.project.articles()[0]
    source.meta.type = "musical_score"
    dialog = open_dialog(qtbot, editable, source.id)
    assert dialog.csl_type() == "musical_score"
    type_into(qtbot, dialog.fields["title"], "Score")
    dialog.accept()
    assert source.meta.type == "musical_score"


def test_names_are_added_moved_and_removed(qtbot, editable):
    source = editable.project.articles()[0]
    source.meta.author = [{"family": "Tremblay", "given": "Marie"}]
    dialog = open_dialog(qtbot, editable, source.id)
    authors = dialog.fields["author"]
    assert isinstance(authors, NameListEditor)
    qtbot.mouseClick(authors.add_organization, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(authors.rows[1].family, "Statistics Canada")
    assert authors.rows[1].kind.currentData() == ORGANIZATION
    qtbot.keyClick(authors.rows[1].family, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert authors.names() == [{"literal": "Statistics Canada"},
                               {"family": "Tremblay", "given": "Marie"}]
    assert authors.rows[0].family.hasFocus(), "focus moves with the name"
    qtbot.mouseClick(authors.rows[0].remove, Qt.MouseButton.LeftButton)
    assert authors.names() == [{"family": "Tremblay", "given": "Marie"}]
    editors = dialog.fields["editor"]
    assert isinstance(editors, NameListEditor)
    dialog.show_all.setChecked(True)
    qtbot.mouseClick(editors.add_person, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editors.rows[0].family, "Roy")
    qtbot.keyClicks(editors.rows[0].given, "Gabrielle")
    dialog.accept()
    assert source.meta.author == [{"family": "Tremblay", "given": "Marie"}]
    assert source.meta.extra["editor"] == [{"family": "Roy", "given": "Gabrielle"}]


def test_tab_goes_through_the_names_in_order(qtbot, editable):
    """Rows added later still come between the title and the Add buttons, both ways."""
    source = editable.project.articles()[0]
    dialog = open_dialog(qtbot, editable, source.id)
    authors = dialog.fields["author"]
    qtbot.mouseClick(authors.add_person, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(authors.add_organization, Qt.MouseButton.LeftButton)
    first, second = authors.rows
    expected = [first.kind, first.family, first.given, first.down, first.remove,
                second.kind, second.family, second.up, second.remove,
                authors.add_person, authors.add_organization, dialog.fields["container-title"]]
    dialog.fields["title"].setFocus()
    forward = []
    for _ in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        forward.append(QApplication.focusWidget())
    assert forward == expected
    backward = []
    for _ in expected[:-1]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab,
                       Qt.KeyboardModifier.ShiftModifier)
        backward.append(QApplication.focusWidget())
    assert backward == list(reversed(expected[:-1]))
    qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # "&Authors:"
    assert first.family.hasFocus()


def test_a_read_only_folder_shows_but_does_not_edit(qtbot, session):
    source = session.project.articles()[0]
    assert session.project.read_only
    dialog = open_dialog(qtbot, session, source.id)
    assert not dialog.ok.isEnabled()
    assert dialog.fields["title"].isReadOnly()
    assert not dialog.fields["author"].add_person.isEnabled()


def test_mnemonics_are_distinct_in_the_dialog(language, qtbot, editable):
    source = editable.project.articles()[0]
    dialog = open_dialog(qtbot, editable, source.id)
    dialog.show_all.setChecked(True)
    texts = [dialog.type_label.text(), *(label.text() for label in dialog.labels.values()),
             dialog.show_all.text(), *(b.text() for b in dialog.buttons.buttons())]
    letters = [m.group(1).casefold() for t in texts
               if (m := re.search(r"&([^&\s])", t.replace("&&", "")))]
    assert len(letters) == len(set(letters)), texts
    assert len(letters) >= 14


def _when_dialog_opens(qtbot, act) -> None:
    """Run ``act`` on the Source details dialog once it is shown (it is modal)."""
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, SourceDetailsDialog):
            act(dialog)
        else:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(0, poll)


def test_alt_return_in_the_sources_list_opens_it(project_window, qtbot):
    w = project_window
    w.focus_sources()
    table = w.sources_pane.table
    source_id = w.sources_pane.source_ids()[1]
    w.show_source(source_id)
    seen: list[str] = []

    def rename(dialog: SourceDetailsDialog) -> None:
        seen.append(dialog.source_id)
        type_into(qtbot, dialog.fields["title"], "Renamed in the details")
        qtbot.keyClick(dialog.fields["title"], Qt.Key.Key_Return)  # Enter presses OK

    _when_dialog_opens(qtbot, rename)
    qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.AltModifier)
    assert seen == [source_id]
    assert w.session.project.sources[source_id].meta.title == "Renamed in the details"
    assert w.reader.title.text() == "Renamed in the details"
    assert "Edit details of “" in w.menu_actions.undo.text()
    row = w.sources_pane.source_ids().index(source_id)
    assert w.sources_pane.proxy.index(row, 0).data() == "Renamed in the details"


def test_double_click_on_the_type_column_and_the_menus_open_it(project_window, qtbot):
    w = project_window
    pane = w.sources_pane
    action = w.menu_actions.source_details
    assert action in w.menuBar().actions()[1].menu().actions()  # Edit
    assert action.shortcut().toString() == "Alt+Return"
    index = pane.proxy.index(0, TYPE)
    opened: list[str] = []
    _when_dialog_opens(qtbot, lambda d: (opened.append(d.source_id), d.reject()))
    at = pane.table.visualRect(index).center()
    qtbot.mouseClick(pane.table.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseDClick(pane.table.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert opened == [pane.source_ids()[0]]
    assert pane.table.state() != pane.table.State.EditingState
    # a double-click on the title still edits it in place
    title = pane.proxy.index(0, TITLE)
    pane.table.setCurrentIndex(title)
    pane.table.edit(title)
    assert pane.table.state() == pane.table.State.EditingState


def test_the_context_menu_offers_details(project_window, qtbot):
    pane = project_window.sources_pane
    index = pane.proxy.index(2, 0)
    pane.table.setCurrentIndex(index)
    menu = pane.context_menu()
    assert menu is not None
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "Source &Details…", "Re&move Source…"]
    opened: list[str] = []
    _when_dialog_opens(qtbot, lambda d: (opened.append(d.source_id), d.reject()))
    menu.actions()[0].trigger()
    assert opened == [pane.source_ids()[2]]
