"""The Note composer: metadata form, then each section with its blocks.

Structure changes (a block added, moved, deleted; a draft) touch only the
sections whose blocks changed, and in them only the blocks that came, went or
moved (``SectionWidget.set_blocks``); a text edit updates the widgets already
made, which skip what did not change. Blocks far from the view are made when
they come into it (``note_lazy``), so a note of thousands of excerpts opens at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLayout,
    QScrollArea,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from briefer.core.note import Block
from briefer.gui import dialogs
from briefer.gui.citation_renderer import CitationRenderer
from briefer.gui.mime import SpanPayload
from briefer.gui.note_blocks import (
    BlockWidget,
    ExcerptBlockWidget,
    ProseBlockWidget,
    SectionWidget,
    make_block_widget,
)
from briefer.gui.note_editor import NoteEditor, Place
from briefer.gui.note_meta_form import NoteMetaForm
from briefer.gui.note_runs import discard as _discard
from briefer.gui.note_actions import NoteActions
from briefer.gui.prose_editor import ProseEditor
from briefer.gui.section_actions import SectionActions
from briefer.gui.session import ProjectSession
from briefer.gui.wording import say
from briefer.io.templates import TemplateError

STYLE = """
QFrame#noteSection { border: 1px solid palette(midlight); border-radius: 6px;
                     background: palette(base); }
QFrame#noteSection[current="true"] { border: 2px solid palette(highlight); }
QLabel#noteSectionTarget { background: palette(highlight); color: palette(highlighted-text);
                           border-radius: 3px; padding: 1px 6px; }
QFrame#noteSection:focus { border: 2px solid palette(highlight); }
QFrame#noteBlock { border: 1px solid transparent; border-radius: 4px; }
QFrame#noteExcerpt { border: 1px solid palette(midlight); border-left: 3px solid palette(mid);
                     border-radius: 4px; background: palette(alternate-base); }
QFrame#noteBlock:focus, QFrame#noteExcerpt:focus { border: 2px solid palette(highlight); }
"""


FEW_NEW_BLOCKS = 8  # new blocks made at once; more start as placeholders (``note_lazy``)


class NotePane(NoteActions):
    """The briefing note being written; every change goes through the undo stack."""

    excerptActivated = Signal(str)  # excerpt id: show it at its place in its source
    targetChanged = Signal(str)  # the title of the section new excerpts go to ("": none)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.editor = NoteEditor(session)
        self.setObjectName("notePane")
        self.setAccessibleName(self.tr("Briefing note"))
        self.setStyleSheet(STYLE)
        self._sections: dict[str, SectionWidget] = {}
        self._section_order: list[str] = []
        self._blocks: dict[str, BlockWidget] = {}  # the blocks made so far (``note_lazy``)
        self._citation_failure: str | None = None
        self._make_now = False  # new blocks get real widgets at once (a few added)
        self._structure: tuple | None = None
        self._current_section_id: str | None = None
        self._current_block_id: str | None = None
        self._last_editor: ProseEditor | None = None

        self.toolbar = QToolBar(self.tr("Note"), self)
        self.toolbar.setObjectName("noteToolbar")
        self.toolbar.setAccessibleName(self.tr("Note tools"))
        self._make_actions()
        self.section_actions = SectionActions(self)  # rename, add, move, remove sections

        self.meta_form = NoteMetaForm(session, self)
        self.empty_text = self.tr("This note has no sections yet. Use “Draft from "
                                  "outline” to start one from the survey outline.")
        self.opening = False  # the project is being read: its note is not here yet
        self.empty_label = QLabel(self.empty_text, self)
        self.empty_label.setObjectName("noteEmptyLabel")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAccessibleName(self.tr("Empty note"))

        self.content = QWidget()
        self.content.setObjectName("noteContent")
        self.sections_layout = QVBoxLayout()
        self.sections_layout.setSpacing(8)
        content_layout = self.content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(8, 4, 8, 8)
        content_layout.addWidget(self.meta_form)
        content_layout.addWidget(self.empty_label)
        content_layout.addLayout(self.sections_layout)
        content_layout.addStretch(1)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("noteScroll")
        self.scroll_area.setAccessibleName(self.tr("Note sections"))
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.content)
        self._init_lazy()
        layout = QVBoxLayout(self)
        # As a window of its own (tests, a detached pane) the user sizes it freely.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.scroll_area, 1)

        self._citations = CitationRenderer(self)
        self._citations.rendered.connect(self._citations_rendered)
        self._citations.failed.connect(self._citations_failed)
        session.noteChanged.connect(self.sync)
        session.excerptsChanged.connect(self._excerpts_changed)
        session.sourcesChanged.connect(self.refresh_excerpts)
        session.projectReplaced.connect(self.rebuild)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self.sync()

    # -- building and syncing -------------------------------------------------------
    def rebuild(self) -> None:
        """Another project: throw every widget away and build afresh."""
        for section_widget in self._sections.values():
            self.sections_layout.removeWidget(section_widget)
        runs = {id(run): run for run in self._placeholders.values()}
        for widget in [*self._blocks.values(), *runs.values(), *self._sections.values()]:
            _discard(widget)
        self._blocks.clear()
        self._placeholders.clear()
        self._stale.clear()
        self._sections.clear()
        self._section_order = []
        self._structure = None
        self._current_section_id = self._current_block_id = None
        self._last_editor = None
        self.sync()
        self._highlight_current()

    def sync(self) -> None:
        """Bring the widgets in line with the note; cheap when only text changed."""
        note = self.session.project.note
        self.meta_form.sync()
        structure = tuple((s.id, tuple(b.id for b in s.blocks)) for s in note.sections)
        if structure != self._structure:
            self._relayout()
            self._structure = structure
        project = self.session.project
        made = self._blocks
        for section in note.sections:
            self._sections[section.id].update_from(section)
            for block in section.blocks:
                widget = made.get(block.id)
                if widget is not None:
                    widget.update_from(block, project)
        self._update_actions()
        self._render_citations()
        self._schedule_realize()
        target = note.section(self.current_section_id() or "")  # renamed, or gone
        self.targetChanged.emit(target.title if target is not None else "")

    def _relayout(self) -> None:
        focused = QApplication.focusWidget()
        note = self.session.project.note
        wanted = [s.id for s in note.sections]
        # A few new blocks (added, pasted, undone) get their widgets at once, as they are
        # shown and focused next; many (a note opened, a draft) start as placeholders.
        known = self._blocks.keys() | self._placeholders.keys()
        fresh = sum(1 for s in note.sections for b in s.blocks if b.id not in known)
        self._make_now = self._structure is not None and fresh <= FEW_NEW_BLOCKS
        for section in note.sections:
            if section.id not in self._sections:
                self._sections[section.id] = self._new_section_widget(section)
        # sections shown before their blocks go in: showing one that already holds
        # thousands of (hidden) placeholders walked them all once more
        if wanted != self._section_order:
            for sid in self._section_order:
                self.sections_layout.removeWidget(self._sections[sid])
            for i, sid in enumerate(wanted):
                self.sections_layout.insertWidget(i, self._sections[sid])
                self._sections[sid].show()
            self._section_order = wanted
        self._arrange([(self._sections[s.id], s.blocks) for s in note.sections
                       if [b.id for b in s.blocks] != self._sections[s.id].block_ids()])
        alive = {b.id for s in note.sections for b in s.blocks}
        for block_id in [b for b in self._blocks if b not in alive]:
            _discard(self._blocks.pop(block_id))
        for block_id in [b for b in self._placeholders if b not in alive]:
            del self._placeholders[block_id]  # its run went with its section, or lost it
        self._stale &= alive
        for sid in [s for s in self._sections if s not in wanted]:
            widget = self._sections.pop(sid)
            self.sections_layout.removeWidget(widget)
            _discard(widget)
        self.empty_label.setVisible(self.opening or not note.sections)
        self._settle()  # block positions true at once (drops, scrolling to a new block)
        if (focused is not None and QApplication.focusWidget() is not focused
                and self.isAncestorOf(focused) and focused.isVisible()):
            focused.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_opening(self, opening: bool) -> None:
        """While the project is read the note shown is the empty project's standing in:
        say that the note is being opened, not that it has no sections."""
        self.opening = opening
        self.empty_label.setText(self.tr("Opening the note… It appears here once the "
                                         "project is read.") if opening else self.empty_text)
        self.empty_label.setAccessibleName(self.tr("Note being opened") if opening
                                           else self.tr("Empty note"))
        self.empty_label.setVisible(opening or not self.session.project.note.sections)
        # first in the pane while opening (the fields below are the stand-in's, empty)
        layout = self.content_layout
        layout.insertWidget(0 if opening else layout.indexOf(self.meta_form) + 1,
                            self.empty_label)

    def _new_section_widget(self, section) -> SectionWidget:
        widget = SectionWidget(section, self.content)
        widget.spanDropped.connect(self._on_span_dropped)
        widget.blockDropped.connect(self._on_block_dropped)
        widget.themeDropped.connect(self.add_theme)
        widget.addProseRequested.connect(self.add_prose)
        widget.stepRequested.connect(lambda step, w=widget: self.step_focus(w, step))
        self.section_actions.attach(widget)  # its menu, F2, Alt+Shift+Up/Down
        return widget

    def _new_block_widget(self, block: Block, parent: QWidget | None = None) -> BlockWidget:
        widget = make_block_widget(self.session, block, parent)
        widget.deleteRequested.connect(self.delete_block)
        widget.stepRequested.connect(lambda step, w=widget: self.step_focus(w, step))
        if isinstance(widget, ExcerptBlockWidget):
            widget.activated.connect(self.excerptActivated)
            editors = [widget.paraphrase]
            if widget.citation_pending and self._citation_failure is not None:
                widget.citation_label.setText(self._citation_failure)
            widget.set_active(block.id == self._current_block_id)
        else:
            assert isinstance(widget, ProseBlockWidget)
            editors = [widget.text_edit]
            widget.spanPasted.connect(self._on_span_pasted)
        for editor in editors:
            editor.cursorPositionChanged.connect(lambda e=editor: self._show_caret(e))
        self._blocks[block.id] = widget
        return widget

    def _released(self, widget: BlockWidget) -> None:
        if self._last_editor is not None and widget.isAncestorOf(self._last_editor):
            self._last_editor = None

    # -- where the user is ----------------------------------------------------------
    def focusInEvent(self, event: QFocusEvent) -> None:
        """``setFocus()`` on the pane (View ▸ Note) lands where the user was working."""
        target: QWidget | None = self._blocks.get(self.current_block_id() or "")
        if target is None:
            # where the user was; else the subject, so that no section becomes the one
            # excerpts go to without the user choosing it
            target = self._sections.get(self.current_section_id() or "") \
                or self.meta_form.edits["subject"]
        target.setFocus(event.reason())
    def section_widget(self, section_id: str) -> SectionWidget | None:
        return self._sections.get(section_id)

    def current_section_id(self) -> str | None:
        """The section the user last worked in (where new excerpts go)."""
        if self._current_section_id in self._sections:
            return self._current_section_id
        return None

    def current_block_id(self) -> str | None:
        if self._current_block_id in self._blocks:
            return self._current_block_id
        return None

    def set_current_section(self, section_id: str) -> None:
        if section_id in self._sections:
            self._current_section_id = section_id
            self._highlight_current()

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not self.isAncestorOf(new):
            return
        widget: QWidget | None = new
        block_id = section_id = None
        while widget is not None and widget is not self:
            if isinstance(widget, BlockWidget) and block_id is None:
                block_id = widget.block_id
            if isinstance(widget, SectionWidget):
                section_id = widget.section_id
                break
            widget = widget.parentWidget()
        if isinstance(new, ProseEditor):
            self._last_editor = new
        if section_id is not None:
            self._current_section_id = section_id
            self._set_current_block(block_id)
            self._highlight_current()
            if new is not None and not isinstance(new, ProseEditor):
                self.scroll_area.ensureWidgetVisible(new, 10, 10)
        self._update_actions()

    def _set_current_block(self, block_id: str | None) -> None:
        if block_id == self._current_block_id:
            return
        for bid, active in ((self._current_block_id, False), (block_id, True)):
            widget = self._blocks.get(bid or "")
            if isinstance(widget, ExcerptBlockWidget):
                widget.set_active(active)
        self._current_block_id = block_id

    def _highlight_current(self) -> None:
        """The current section is where new excerpts go: its frame and badge say so."""
        for sid, widget in self._sections.items():
            widget.set_target(sid == self._current_section_id)
        section = self.session.project.note.section(self.current_section_id() or "")
        self.targetChanged.emit(section.title if section is not None else "")

    def _show_caret(self, editor: ProseEditor) -> None:
        if not editor.hasFocus():
            return
        rect = editor.cursorRect()
        point = editor.viewport().mapTo(self.content, rect.center())
        self.scroll_area.ensureVisible(point.x(), point.y(), 10, rect.height())

    def _target(self, section_id: str | None = None) -> Place | None:
        """Where a new block goes: after the current block, else at the end of the section."""
        return self.editor.place(section_id, self.current_section_id(), self.current_block_id())

    # -- edits (the rules are ``NoteEditor``'s; the pane chooses focus and scrolling) -------
    def add_excerpt(self, source_id: str, start: int, end: int,
                    section_id: str | None = None) -> str | None:
        """Add ``source[start:end]`` as an excerpt to a section; returns the excerpt id.

        Without ``section_id`` it goes to the current section; when the user has
        not chosen one yet, a menu of the sections asks (never a silent default).
        """
        if section_id is None and self.current_section_id() is None:
            section_id = self.ask_section()
            if section_id is None:
                return None
        target = self._target(section_id)
        if target is None:
            return None
        return self._add_excerpt(source_id, start, end, target)

    def _add_excerpt(self, source_id: str, start: int, end: int, place: Place) -> str | None:
        command = self.editor.add_excerpt(source_id, start, end, place)
        if command is None:
            return None
        self._current_section_id = place.section_id
        self._highlight_current()
        self._show(command.block_id)
        return command.excerpt_id

    def _on_span_dropped(self, section_id: str, span: SpanPayload, index: int) -> None:
        command = self.editor.add_excerpt(span.source_id, span.start, span.end,
                                          Place(section_id, index))
        if command is not None and command.block_id:
            self.focus_block(command.block_id)

    def _on_span_pasted(self, block_id: str, span: SpanPayload) -> None:
        """Reader words pasted into a text block: a cited quotation right after it."""
        found = self.session.project.note.find_block(block_id)
        if found is not None:
            self._on_span_dropped(found[0].id, span, found[1] + 1)

    def add_theme(self, section_id: str, theme_id: str, index: int | None = None) -> None:
        """Put an outline theme in the note: its count sentence and its best quotation."""
        blocks = self.editor.add_theme(theme_id, Place(section_id, index))
        if blocks:
            self.focus_block(blocks[0])

    def _on_block_dropped(self, section_id: str, block_id: str, index: int) -> None:
        self.editor.drop_block(block_id, section_id, index)

    def add_prose(self, section_id: str | None = None) -> str | None:
        """Add an empty text block and put the cursor in it; returns the block id."""
        if isinstance(section_id, bool):  # QAction.triggered(checked)
            section_id = None
        target = self._target(section_id or None)
        if target is None:
            return None
        block_id = self.editor.add_prose(target)
        widget = self.block_widget(block_id)
        if isinstance(widget, ProseBlockWidget):
            widget.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.reveal(widget)
        return block_id

    def move_current(self, step: int) -> None:
        """Move the current block one place; past a section's edge it changes section."""
        block_id = self.current_block_id()
        if block_id is not None and self.editor.move(block_id, step):
            self._show(block_id)

    def delete_current(self) -> None:
        block_id = self.current_block_id()
        if block_id is not None:
            self.delete_block(block_id)

    def delete_block(self, block_id: str) -> None:
        """Delete a block; the selection moves to its neighbour (or to its section)."""
        neighbour, section_id = self.editor.delete(block_id)
        if neighbour is not None:
            self.focus_block(neighbour)
        elif section_id in self._sections:
            self._sections[section_id].setFocus(Qt.FocusReason.OtherFocusReason)

    def toggle_mode(self) -> None:
        block_id = self.current_block_id()
        if block_id is not None:
            self.editor.toggle_mode(block_id)

    def _show(self, block_id: str | None) -> None:
        widget = self.block_widget(block_id or "")
        if widget is not None:
            self.reveal(widget)

    def _format(self, what: str) -> None:
        focused = QApplication.focusWidget()
        editor = focused if isinstance(focused, ProseEditor) else self._last_editor
        if editor is None or not self.isAncestorOf(editor) or not editor.isVisible():
            return
        {"bold": editor.toggle_bold, "italic": editor.toggle_italic,
         "bullets": editor.toggle_bullets}[what]()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def ask_section(self) -> str | None:
        """The section the user picks from a menu of the note's sections (None: cancelled)."""
        sections = self.session.project.note.sections
        index = dialogs.choose_from_menu(self, self.tr("Add the excerpt to:"),
                                         [s.title for s in sections])
        if not 0 <= index < len(sections):
            return None
        self.set_current_section(sections[index].id)
        return sections[index].id

    # -- draft ----------------------------------------------------------------------
    def confirm_replace(self) -> bool:
        """Ask before a draft replaces what the analyst wrote (through ``gui.dialogs``)."""
        return dialogs.confirm(
            self, self.tr("Replace the note?"),
            self.tr("The note already has content. Replace its sections with a draft from "
                    "the outline? (Edit ▸ Undo brings them back.)"),
            yes=self.tr("Replace"), no=self.tr("Keep my note"))

    def show_message(self, text: str) -> None:
        """Tell the user why something could not be done (through ``gui.dialogs``)."""
        dialogs.warning(self, self.tr("Briefing note"), text)

    def draft(self) -> None:
        """Fill the note from the outline with the note's template (one undo step)."""
        if not self.session.project.note.is_empty() and not self.confirm_replace():
            return
        try:
            self.editor.draft()
        except TemplateError as exc:  # the message names the file
            self.show_message(say(exc))
            return
        self._current_section_id = self._current_block_id = None
        self._highlight_current()
