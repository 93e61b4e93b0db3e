"""The widgets of a note's blocks: prose and excerpts, each with its drag handle.

Split from ``note_blocks`` (which keeps the section widget and what is dropped
on it) because a block widget is a unit of its own: it edits its core block
through undo commands and updates itself in place from it (``update_from``),
so typing never rebuilds the pane.
"""

from __future__ import annotations

import html
import json
from functools import lru_cache

from PySide6.QtCore import QMimeData, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QDrag, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from briefer.core.excerpt import AnchorStatus, Excerpt
from briefer.core.note import Block, ExcerptBlock, ProseBlock
from briefer.core.project import Project
from briefer.core.source import Source
from briefer.core.template import DEFAULT_BLOCK_QUOTE_WORDS
from briefer.core.messages import UserError
from briefer.export.cite import cached_preview
from briefer.export import quote_marks
from briefer.export.markdown_runs import Run
from briefer.export.quotations import quote_paragraphs, runs_in
from briefer.gui.commands import (
    EditLeadInCommand,
    EditParaphraseCommand,
    EditProseCommand,
    SetExcerptModeCommand,
)
from briefer.gui.mime import BLOCK_MIME, SpanPayload
from briefer.gui.prose_editor import ProseEditor, StackLineEdit
from briefer.gui.session import ProjectSession
from briefer.io.templates import load_template
from briefer.gui.wording import shown_title


def block_mime(block_id: str) -> QMimeData:
    data = QMimeData()
    data.setData(BLOCK_MIME, json.dumps({"block": block_id}).encode())
    return data


def read_block(data: QMimeData) -> str | None:
    if not data.hasFormat(BLOCK_MIME):
        return None
    try:
        return str(json.loads(bytes(data.data(BLOCK_MIME).data()).decode())["block"])
    except (ValueError, KeyError, TypeError):
        return None


@lru_cache(maxsize=8)
def _block_words(template: str) -> int:
    """How long a quotation is set off as a block: the template's, read as the export
    reads it (``docx_writer``), once per template rather than at every repaint."""
    try:
        return load_template(template).block_quote_words
    except Exception:  # an unknown or broken template still shows, as it still exports
        return DEFAULT_BLOCK_QUOTE_WORDS


def printed_quote(excerpt: Excerpt, source: Source | None, language: str,
                  template: str) -> list[list[Run]]:
    """The quotation's paragraphs as the Word note prints them, marks included.

    The export's own calls, so the pane never shows another rule: its runs
    (``quotations.quote_paragraphs``, a survey's emphasis read by markdown-it),
    then a short quotation in the note's marks with the source's marks inside
    turned to inner ones and the note's period (``quote_marks.run_in``: “…” and
    ‘…’ in English, « … » and “…” in French), a long one set off as a block
    with no marks of its own (``quote_marks.balance``).
    """
    if source is None:
        paragraphs = [[Run(" ".join(excerpt.exact.split()))]]
    else:
        paragraphs = quote_paragraphs(excerpt, source)
    if runs_in(paragraphs, _block_words(template)):
        words, after = quote_marks.run_in(paragraphs[0], language)
        return [[*words, *after]]  # a French period follows the footnote call: shown last
    return quote_marks.balance(paragraphs)


def quote_html(paragraphs: list[list[Run]], italic_label: bool) -> str:
    """Escaped HTML of printed paragraphs (``printed_quote``): a survey's **key phrases**
    and *emphasis* shown as bold and italic, never as markers.

    In a label already in italics, emphasis is set upright, as an editor would.
    """
    shown = []
    for paragraph in paragraphs:
        parts = []
        for run in paragraph:
            text = html.escape(run.text)
            if run.italic:
                text = (f'<span style="font-style: normal;">{text}</span>' if italic_label
                        else f"<i>{text}</i>")
            parts.append(f"<b>{text}</b>" if run.bold else text)
        shown.append("".join(parts))
    return "<br>".join(shown)


def quote_text(paragraphs: list[list[Run]]) -> str:
    """Printed paragraphs as plain text, markers left out (for screen readers)."""
    return "\n".join("".join(r.text for r in paragraph) for paragraph in paragraphs)


def citation_text(project: Project, excerpt: Excerpt) -> str | None:
    """The excerpt's first footnote as the export writes it (``export.cite``); None while
    the citation processor has not rendered it yet (the note pane asks for it on a
    worker); "Title — Outlet" when the project's citation style cannot be used."""
    try:
        return cached_preview(project, excerpt)
    except UserError:
        source = project.sources.get(excerpt.source_id)
        if source is None:
            return ""
        outlet = source.meta.container_title
        return shown_title(source) + (f" — {outlet}" if outlet else "")


class DragHandle(QWidget):
    """The grip a block is dragged by (six dots)."""

    dragStarted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedWidth(14)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setToolTip(self.tr("Drag to move this block (or Alt+Up / Alt+Down)"))
        self.setAccessibleName(self.tr("Move handle"))
        self._press: QPoint | None = None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().mid())
        for row in range(3):
            for col in range(2):
                painter.drawEllipse(QRect(3 + col * 5, 8 + row * 5, 3, 3))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        moved = (event.position().toPoint() - self._press).manhattanLength()
        if moved >= QApplication.startDragDistance():
            self._press = None
            self.dragStarted.emit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None


class ClickableLabel(QLabel):
    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class BlockWidget(QFrame):
    """Common frame: focusable (Delete removes it, Alt+Up/Down move it), a drag handle."""

    deleteRequested = Signal(str)  # block id
    stepRequested = Signal(int)  # Up/Down on the block itself: go to the one above/below

    def __init__(self, session: ProjectSession, block_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.block_id = block_id
        self.setObjectName("noteBlock")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.handle = DragHandle(self)
        self.handle.dragStarted.connect(self.start_drag)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(2, 2, 4, 2)
        self.row.setSpacing(4)
        self.row.addWidget(self.handle)

    def editor(self) -> QWidget | None:
        """The widget typing goes to, if any."""
        return None

    def focus_parts(self) -> list[QWidget]:
        """The block's own fields, in the order Tab visits them after the block itself."""
        return []

    def _select_block(self) -> None:
        """Esc in the text selects the whole block (then Delete, Alt+Up/Down act on it)."""
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def start_drag(self) -> None:
        drag = QDrag(self)
        drag.setMimeData(block_mime(self.block_id))
        drag.setPixmap(self.grab().scaledToWidth(min(self.width(), 320)))
        drag.exec(Qt.DropAction.MoveAction)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
            self.deleteRequested.emit(self.block_id)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            editor = self.editor()
            if editor is not None and editor.isVisible():
                editor.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not event.modifiers():
            self.stepRequested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)

    def update_from(self, block: Block, project: Project, force: bool = False) -> None:
        raise NotImplementedError


class ProseBlockWidget(BlockWidget):
    """The analyst's own words, edited in place."""

    spanPasted = Signal(str, object)  # block id, SpanPayload: words pasted from the reader

    def _span_pasted(self, span: SpanPayload) -> bool:
        """Words pasted from the reader become a cited quotation after this block."""
        self.spanPasted.emit(self.block_id, span)
        return True

    def __init__(self, session: ProjectSession, block: ProseBlock,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, block.id, parent)
        self.text_edit = ProseEditor(self, self.tr("Write here (Ctrl+B bold, Ctrl+I italic, "
                                                   "\"- \" or Ctrl+Shift+L for bullets)"),
                                     undo_stack=session.undo_stack)
        self.text_edit.setObjectName("noteProseEditor")
        self.text_edit.span_paste = self._span_pasted
        self.text_edit.markdownEdited.connect(self._edited)
        self.text_edit.escapePressed.connect(self._select_block)
        self.row.addWidget(self.text_edit, 1)
        self.setAccessibleName(self.tr("Text block"))
        self.text_edit.setAccessibleName(self.tr("Text block"))
        self.update_from(block, session.project)

    def editor(self) -> QWidget:
        return self.text_edit

    def focus_parts(self) -> list[QWidget]:
        return [self.text_edit]

    def _edited(self, markdown: str) -> None:
        self.session.undo_stack.push(EditProseCommand(self.session, self.block_id, markdown))

    def update_from(self, block: Block, project: Project, force: bool = False) -> None:
        assert isinstance(block, ProseBlock)
        self.text_edit.set_markdown(block.markdown)


STATUS_STYLE = {
    AnchorStatus.FUZZY: "background: #fff3cd; color: #664d03; border: 1px solid #e0b400;",
    AnchorStatus.ORPHANED: "background: #f8d7da; color: #842029; border: 1px solid #d9534f;",
    AnchorStatus.MOVED: "background: #e7f1ff; color: #084298; border: 1px solid #9ec5fe;",
}


class ExcerptBlockWidget(BlockWidget):
    """An excerpt: the exact words (click to see them in the source), its citation,
    and its anchoring status; as a quotation or in the analyst's words."""

    activated = Signal(str)  # excerpt id

    def __init__(self, session: ProjectSession, block: ExcerptBlock,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, block.id, parent)
        self.setObjectName("noteExcerpt")
        self.excerpt_id = block.excerpt_id
        self._key: tuple | None = None
        self._active = False
        self._quoting = block.mode == "quote"
        body = QVBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(2)

        top = QHBoxLayout()
        self.mode_combo = QComboBox(self)
        self.mode_combo.setObjectName("noteExcerptMode")
        self.mode_combo.addItem(self.tr("Quotation"), "quote")
        self.mode_combo.addItem(self.tr("Paraphrase"), "paraphrase")
        self.mode_combo.setAccessibleName(self.tr("Use as quotation or paraphrase"))
        self.mode_combo.setToolTip(self.tr("Quote the exact words or put them in your own "
                                           "(Ctrl+Shift+Q)"))
        self.mode_combo.activated.connect(self._mode_chosen)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("noteExcerptStatus")
        self.status_label.setWordWrap(True)
        self.mode_combo.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        top.addWidget(self.mode_combo)
        top.addWidget(self.status_label, 1)
        top.addStretch(0)
        body.addLayout(top)

        self.lead_in = StackLineEdit(self, session.undo_stack)
        self.lead_in.setObjectName("noteExcerptLeadIn")
        self.lead_in.setPlaceholderText(self.tr("Lead-in (optional): “As one expert put it,”"))
        self.lead_in.setAccessibleName(self.tr("Lead-in before the quotation"))
        self.lead_in.setFrame(False)
        self.lead_in.textEdited.connect(self._lead_in_edited)
        body.addWidget(self.lead_in)

        self.paraphrase = ProseEditor(self, self.tr("Your words for this excerpt"),
                                      undo_stack=session.undo_stack)
        self.paraphrase.setObjectName("noteParaphraseEditor")
        self.paraphrase.setAccessibleName(self.tr("Paraphrase"))
        self.paraphrase.markdownEdited.connect(self._paraphrase_edited)
        self.paraphrase.escapePressed.connect(self._select_block)
        body.addWidget(self.paraphrase)

        self.quote_label = ClickableLabel(self)
        self.quote_label.setObjectName("noteExcerptQuote")
        self.quote_label.setWordWrap(True)
        self.quote_label.setTextFormat(Qt.TextFormat.RichText)
        self.quote_label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.quote_label.setToolTip(self.tr("Click to show these words in their source"))
        self.quote_label.clicked.connect(self.activate)
        body.addWidget(self.quote_label)

        self.citation_pending = False  # its citation is still being rendered
        self.citation_label = ClickableLabel(self)
        self.citation_label.setObjectName("noteExcerptCitation")
        self.citation_label.setWordWrap(True)
        self.citation_label.setTextFormat(Qt.TextFormat.PlainText)
        self.citation_label.setStyleSheet("color: palette(placeholder-text); font-size: 90%;")
        self.citation_label.clicked.connect(self.activate)
        body.addWidget(self.citation_label)
        self.row.addLayout(body, 1)
        self.update_from(block, session.project)

    def editor(self) -> QWidget:
        return self.paraphrase if self.paraphrase.isVisibleTo(self) else self.lead_in

    def focus_parts(self) -> list[QWidget]:
        return [self.mode_combo, self.lead_in, self.paraphrase]

    def activate(self) -> None:
        self.activated.emit(self.excerpt_id)

    def set_active(self, active: bool) -> None:
        """The block the user is on shows its (optional) lead-in field even when empty."""
        self._active = active
        self._show_lead_in()

    def _show_lead_in(self) -> None:
        self.lead_in.setVisible(self._quoting and (self._active or bool(self.lead_in.text())))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            self.activate()
            return
        super().keyPressEvent(event)

    def _mode_chosen(self, index: int) -> None:
        mode = str(self.mode_combo.itemData(index))
        found = self.session.project.note.find_block(self.block_id)
        if found is not None and getattr(found[0].blocks[found[1]], "mode", mode) != mode:
            self.session.undo_stack.push(SetExcerptModeCommand(self.session, self.block_id, mode))

    def _lead_in_edited(self, text: str) -> None:
        self.session.undo_stack.push(EditLeadInCommand(self.session, self.block_id, text))

    def _paraphrase_edited(self, markdown: str) -> None:
        self.session.undo_stack.push(EditParaphraseCommand(self.session, self.block_id, markdown))

    def update_from(self, block: Block, project: Project, force: bool = False) -> None:
        assert isinstance(block, ExcerptBlock)
        self.excerpt_id = block.excerpt_id
        excerpt = project.excerpts.get(block.excerpt_id)
        source = project.sources.get(excerpt.source_id) if excerpt else None
        status = excerpt.status if excerpt and source else AnchorStatus.ORPHANED
        # what the shown words, citation and status depend on, but the source's metadata
        # (edited in place: a caller that changed it passes ``force``)
        key = (block.mode, block.excerpt_id, excerpt.exact if excerpt else None,
               (excerpt.position.start, excerpt.position.end) if excerpt else None, status,
               id(source), project.citation_style, project.note.meta.language,
               project.note.template)
        if self.lead_in.text() != block.lead_in:
            self.lead_in.setText(block.lead_in)
            self._show_lead_in()
        self.paraphrase.set_markdown(block.paraphrase)
        if key == self._key and not force:
            return
        self._key = key
        quoting = self._quoting = block.mode == "quote"
        self.mode_combo.setCurrentIndex(0 if quoting else 1)
        self._show_lead_in()
        self.paraphrase.setVisible(not quoting)
        if excerpt is not None:  # the marks and words the export prints
            printed = printed_quote(excerpt, source, project.note.meta.language or "en-CA",
                                    project.note.template)
            exact = quote_text(printed)
            shown = quote_html(printed, italic_label=quoting)
        else:
            exact = self.tr("(this excerpt is missing from the project)")
            shown = f"“{html.escape(exact)}”"
        if quoting:
            self.quote_label.setText(shown)
            self.quote_label.setStyleSheet("font-style: italic;")
        else:
            self.quote_label.setText(self.tr("Source words: %1").replace("%1", shown))
            self.quote_label.setStyleSheet("color: palette(placeholder-text); font-size: 90%;")
        citation = citation_text(project, excerpt) if excerpt else ""
        self.citation_pending = citation is None
        if citation is None:
            citation = self.tr("Citation…")
        if excerpt and source is None:
            citation = self.tr("Source %1 is missing from the project").replace(
                "%1", excerpt.source_id)
        self.citation_label.setText(citation)
        self.citation_label.setVisible(bool(citation))
        messages = {
            AnchorStatus.MOVED: self.tr("Moved: found at another place in its source"),
            AnchorStatus.FUZZY: self.tr("⚠ Approximate match: the source's words changed. "
                                        "Check this quotation."),
            AnchorStatus.ORPHANED: self.tr("✖ Not found in its source: this quotation "
                                           "cannot be verified."),
        }
        message = messages.get(status, "")
        self.status_label.setText(message)
        self.status_label.setStyleSheet(
            STATUS_STYLE.get(status, "") + " padding: 1px 4px; border-radius: 3px;")
        self.status_label.setVisible(bool(message))
        title = shown_title(source) if source else block.excerpt_id
        name = (self.tr("Quotation from %1") if quoting else self.tr("Paraphrase of %1")
                ).replace("%1", title)
        self.setAccessibleName(name)
        self.setAccessibleDescription(message or exact)
        self.quote_label.setAccessibleName(self.tr("Excerpt text: show in source"))
        self.citation_label.setAccessibleName(self.tr("Citation"))
        self.status_label.setAccessibleName(self.tr("Excerpt status"))


def make_block_widget(session: ProjectSession, block: Block,
                      parent: QWidget | None = None) -> BlockWidget:
    if isinstance(block, ExcerptBlock):
        return ExcerptBlockWidget(session, block, parent)
    return ProseBlockWidget(session, block, parent)
