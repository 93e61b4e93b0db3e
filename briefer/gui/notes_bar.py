"""The project's notes: a list above the note pane, and New, Duplicate, Rename, Delete.

A trade desk writes several notes from the same sources — a briefing note, a QP
card, a follow-up — so one project holds them all, sharing its excerpts. The
list at the top of the note pane always shows which note is being written (the
note pane, the details, the page and word counts, the export and the check all
act on that one); choosing another shows it. New, Duplicate, Rename and Delete
are each one undo step (``core.note_edits``); undoing an edit made in another
note shows that note again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from briefer.core.messages import UserError
from briefer.core.note_edits import SetNoteName, add_note, delete_note, duplicate_note
from briefer.gui import dialogs
from briefer.gui.commands.edit import EditCommand
from briefer.gui.session import ProjectSession
from briefer.io.templates import list_templates, load_template


class NotesBar(QWidget):
    """The list of notes and its actions (see module notes)."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._titles: dict[str, str] = {}  # template name -> its title
        self.setObjectName("notesBar")
        self.combo = QComboBox(self)
        self.combo.setObjectName("notesList")
        self.combo.setAccessibleName(self.tr("Note being written"))
        self.combo.setToolTip(self.tr("The note being written; the project's other notes "
                                      "share its sources and excerpts"))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(12)
        self.combo.activated.connect(self._chosen)
        label = QLabel(self.tr("&Working on:"), self)
        label.setBuddy(self.combo)

        self.new_action = self._action(self.tr("&New Note…"), self.new_note, "Ctrl+Alt+N")
        self.duplicate_action = self._action(self.tr("D&uplicate Note"), self.duplicate)
        self.rename_action = self._action(self.tr("Re&name Note…"), self.rename)
        self.delete_action = self._action(self.tr("&Delete Note…"), self.delete)
        self.next_action = self._action(self.tr("Ne&xt Note"), lambda: self.step(1),
                                        "Ctrl+Alt+PgDown")
        self.previous_action = self._action(self.tr("Pre&vious Note"), lambda: self.step(-1),
                                            "Ctrl+Alt+PgUp")
        self.menu = QMenu(self.tr("N&otes"), self)
        self.menu.setObjectName("notesMenu")
        self.menu.aboutToShow.connect(self._fill_menu)
        self._fill_menu()
        button = QToolButton(self)
        button.setObjectName("notesMenuButton")
        button.setText("⋯")
        button.setToolTip(self.tr("New, duplicate, rename or delete a note"))
        button.setAccessibleName(self.tr("Notes menu"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setMenu(self.menu)

        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 0)
        row.addWidget(label)
        row.addWidget(self.combo, 1)
        row.addWidget(button)
        session.notesChanged.connect(self.refresh)
        session.projectReplaced.connect(self.refresh)
        session.noteChanged.connect(self._refresh_names)  # a subject names an unnamed note
        self.refresh()

    def _action(self, text: str, slot, shortcut: str = "") -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        return action

    # -- the list -------------------------------------------------------------------
    def names(self) -> list[str]:
        """Each note's name as the list shows it (unnamed notes by their subject)."""
        return [note.display_name(self._template_title(note.template))
                for note in self.session.project.notes.values()]

    def _template_title(self, name: str) -> str:
        """An unnamed note without a subject is called by its template ("Briefing Note")."""
        if name not in self._titles:
            try:
                app = QCoreApplication.instance()
                language = (app.property("brieferLanguage") if app else None) or "en"
                self._titles[name] = load_template(name).title_in(str(language))
            except UserError:
                self._titles[name] = self.tr("Untitled note")
        return self._titles[name]

    def refresh(self) -> None:
        project = self.session.project
        with QSignalBlocker(self.combo):
            self.combo.clear()
            for (nid, _), name in zip(project.notes.items(), self.names(), strict=True):
                self.combo.addItem(name, nid)
            self.combo.setCurrentIndex(max(0, list(project.notes).index(project.note_id())))
        several = len(project.notes) > 1
        self.delete_action.setEnabled(several)
        self.next_action.setEnabled(several)
        self.previous_action.setEnabled(several)

    def _refresh_names(self) -> None:
        if [self.combo.itemText(i) for i in range(self.combo.count())] != self.names():
            self.refresh()

    def _fill_menu(self) -> None:
        self.menu.clear()
        for action in (self.new_action, self.duplicate_action, self.rename_action,
                       self.delete_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.next_action)
        self.menu.addAction(self.previous_action)
        self.menu.addSeparator()
        group = QActionGroup(self.menu)
        project = self.session.project
        for (nid, _), name in zip(project.notes.items(), self.names(), strict=True):
            action = self.menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(nid == project.current_note)
            action.setActionGroup(group)
            action.triggered.connect(lambda _=False, n=nid: self.show_note(n))

    def _chosen(self, index: int) -> None:
        self.show_note(str(self.combo.itemData(index)))

    def show_note(self, note_id: str) -> None:
        self.session.show_note(note_id)

    def step(self, by: int) -> None:
        order = list(self.session.project.notes)
        if len(order) > 1:
            at = order.index(self.session.project.note_id())
            self.show_note(order[(at + by) % len(order)])

    # -- New, Duplicate, Rename, Delete ------------------------------------------------
    def new_note(self) -> None:
        templates = []
        for name in list_templates():
            try:
                templates.append((name, load_template(name).title))
            except UserError:
                continue
        answer = dialogs.new_note(self.window(), self.tr("New Note"), templates,
                                  self.session.project.note.template)
        if answer is None:
            return
        name, template_name = answer
        try:
            template = load_template(template_name)
        except UserError as exc:
            dialogs.error(self.window(), self.tr("New Note"), str(exc))
            return
        meta = self.session.project.note.meta
        note = template.new_note()
        note.meta.language = meta.language  # the desk's language and author carry over
        note.meta.from_ = meta.from_
        note.meta.prepared_by, note.meta.contact = meta.prepared_by, meta.contact
        edit, _ = add_note(self.session.project, note, name.strip())
        self._push(self.tr("New note “{0}”").format(name.strip() or template.title), edit)

    def duplicate(self) -> None:
        project = self.session.project
        current = project.note.display_name(self._template_title(project.note.template))
        name = self.tr("{0} (copy)").format(current)
        edit, _ = duplicate_note(project, project.note_id(), name)
        self._push(self.tr("Duplicate note “{0}”").format(current), edit)

    def rename(self) -> None:
        project = self.session.project
        note = project.note
        name = dialogs.get_text(self.window(), self.tr("Rename Note"),
                                self.tr("Name of this note in the list of notes:"),
                                note.name or note.display_name(""))
        if name is None or name.strip() == note.name:
            return
        self._push(self.tr("Rename note “{0}”").format(name.strip()),
                   SetNoteName(project.note_id(), " ".join(name.split())))

    def delete(self) -> None:
        project = self.session.project
        if len(project.notes) <= 1:
            return
        name = project.note.display_name(self._template_title(project.note.template))
        blocks = sum(len(s.blocks) for s in project.note.sections)
        if blocks and not dialogs.confirm(
                self.window(), self.tr("Delete Note"),
                self.tr("Delete the note “{0}” and its %n paragraph(s) and quotation(s)?",
                        "", blocks).format(name),
                self.tr("Its excerpts stay in the project for the other notes. "
                        "Edit ▸ Undo brings the note back."),
                yes=self.tr("Delete Note"), default_yes=False):
            return
        self._push(self.tr("Delete note “{0}”").format(name),
                   delete_note(project, project.note_id()))

    def _push(self, text: str, edit) -> None:  # type: ignore[no-untyped-def]
        self.session.undo_stack.push(EditCommand(self.session, text, edit))
