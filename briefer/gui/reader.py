"""The Reader: one source's exact text, with survey structure, excerpts and hits shown.

The text shown is the source text itself, character for character, so a
selection maps straight back to source offsets (``textmap`` handles the rare
characters Qt counts twice, and shows a very long line as short blocks by
turning some of its spaces into line breaks, one character for another).
Survey emphasis comes from a syntax highlighter; excerpts, search hits and
outline focus are extra selections drawn over it, only for the part on
screen: every extra selection is a text cursor the document updates at every
change, and a find matching 80,000 times once left 80,000 of them behind.
Find in source waits for a pause in the typing and counts its matches on the
Python text (``reader_text``).

This module is the pane and its logic; the widgets it is built from (the
survey highlighter, the text view, the find bar) are in ``reader_view``.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (QAction, QColor, QKeySequence, QPalette, QTextCharFormat, QTextCursor,
                           QTextFormat)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextEdit, QToolButton, QVBoxLayout, QWidget

from briefer.core.selection import grow
from briefer.core.excerpt import AnchorStatus
from briefer.core.source import Source, SourceKind
from briefer.gui.colours import NO_THEME, theme_colours
from briefer.gui.numbers import number
from briefer.gui.wording import shown_title
from briefer.gui.reader_view import FindBar, ReaderView, SurveyHighlighter
from briefer.gui.session import ProjectSession
from briefer.gui.excerpt_target import ExcerptTargetButton
from briefer.gui.reader_text import (FindMatches, SpanMatches, escape, format_date, plain_spans,
                                     sentence_at)
from briefer.gui.textmap import OffsetMap, display_text


Span = tuple[int, int]
FIND_DELAY_MS = 150  # a pause in typing this long runs the find
MAX_DRAWN_HITS = 400  # hits drawn at most (those on screen)


class Reader(QWidget):
    """The selected source, its citation line, and the Add excerpt button."""

    addExcerptRequested = Signal(str, int, int)  # source id, start, end
    spanSelected = Signal(bool)  # whether an excerpt can be added now

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readerPane")
        self.setAccessibleName(self.tr("Reader"))
        self.session = session
        self.source: Source | None = None
        self._map = OffsetMap("")
        self._highlighter: SurveyHighlighter | None = None
        self._focus: list[Span] = []
        # hits of a search, or the matches of a find: counted, never all drawn
        self._matches: SpanMatches | FindMatches | None = None
        self._current: Span | None = None
        self._lowered: str | None = None  # the source lowered once, for finds
        self._find_from = 0  # where the caret was when the find bar opened
        self._find_timer = QTimer(self)  # a find waits for a pause in the typing
        self._find_timer.setSingleShot(True)
        self._find_timer.setInterval(FIND_DELAY_MS)
        self._find_timer.timeout.connect(self._find_now)
        self._font_size = 0

        self.title = QLabel(self)
        self.title.setObjectName("readerTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setAccessibleName(self.tr("Source title"))
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.citation = QLabel(self)
        self.citation.setObjectName("readerCitation")
        self.citation.setWordWrap(True)
        self.citation.setTextFormat(Qt.TextFormat.RichText)
        self.citation.setAccessibleName(self.tr("Source details"))

        self.add_action = QAction(self.tr("&Add excerpt"), self)
        self.add_action.setToolTip(self.tr("Add the selected text to the note as an excerpt"))
        self.add_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E))
        self.add_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.add_action.setEnabled(False)
        self.add_action.triggered.connect(self.request_add)
        # F8, again and again: the word, the sentence, the paragraph (as in Word)
        self.grow_action = QAction(self.tr("Select &Sentence (again: Paragraph)"), self)
        self.grow_action.setShortcut(QKeySequence(Qt.Key.Key_F8))
        self.grow_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.grow_action.triggered.connect(self.grow_selection)
        self.addAction(self.grow_action)
        self.add_button = QToolButton(self)
        self.add_button.setDefaultAction(self.add_action)
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_button.setAccessibleName(self.tr("Add excerpt"))
        # where Add excerpt puts the words, always in sight; a click chooses another section
        self.target_button = ExcerptTargetButton(self)

        self.view = ReaderView(self)
        self.view.selection_actions.append(self.grow_action)
        self.view.selectionChanged.connect(self._selection_changed)
        # only what is on screen is highlighted: again when it scrolls or resizes, once
        # the view is done (not from inside its own scrolling or layout)
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(0)
        self._redraw.timeout.connect(self.refresh_highlights)
        self.view.verticalScrollBar().valueChanged.connect(lambda _value: self._redraw.start())
        self.view.resized.connect(lambda: self._redraw.start())
        self.find_bar = FindBar(self)
        self.find_bar.hide()

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(1)
        titles.addWidget(self.title)
        titles.addWidget(self.citation)
        header.addLayout(titles, 1)
        header.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.target_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        header.setContentsMargins(8, 6, 8, 2)
        layout.addLayout(header)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.find_bar)

        session.projectReplaced.connect(self.clear)
        session.excerptsChanged.connect(self.refresh_highlights)
        session.noteChanged.connect(self.refresh_highlights)
        session.outlineChanged.connect(self.refresh_highlights)
        session.sourcesChanged.connect(self._sources_changed)
        self.clear()

    # -- showing a source -----------------------------------------------------
    @property
    def source_id(self) -> str | None:
        return self.source.id if self.source else None

    def clear(self) -> None:
        self.source = None
        self._map = OffsetMap("")
        if self._highlighter is not None:
            self._highlighter.setDocument(None)
            self._highlighter = None
        self.view.setExtraSelections([])
        self.view.setPlainText("")
        self._focus, self._matches, self._current, self._lowered = [], None, None, None
        self.title.setText(self.tr("No source open"))
        self.citation.setText(self.tr("Choose a source in the list, or search with Ctrl+K."))

    def set_font_size(self, points: int) -> None:
        self._font_size = points
        font = self.view.font()
        if points > 0:
            font.setPointSize(points)
        self.view.setFont(font)
        self.view.document().setDefaultFont(font)

    def show_source(self, source_id: str, focus: Iterable[Span] = (),
                    select: Span | None = None) -> bool:
        """Open a source (if not already shown); highlight ``focus``; select ``select``."""
        source = self.session.project.sources.get(source_id)
        if source is None:
            return False
        if self.source is not source:
            self.source = source
            self._map = OffsetMap(source.text)
            if self._highlighter is not None:
                self._highlighter.setDocument(None)
                self._highlighter = None
            # drop the old highlights' cursors first: each one would be moved by the edit
            self.view.setExtraSelections([])
            self._matches, self._current, self._lowered = None, None, None
            self.view.setPlainText(display_text(source.text))
            self._find_from = 0
            if self.find_bar.isVisible() and self.find_bar.edit.text().strip():
                self.find_soon()  # the open find bar looks in the new source too
            survey = self.session.project.survey(source.id)
            if survey is not None:
                spans = [(self._map.to_doc(s), self._map.to_doc(e), r)
                         for s, e, r in survey.marks]
                self._highlighter = SurveyHighlighter(self.view.document(), spans,
                                                      self.palette())
            self._update_header()
        self._focus = list(focus)
        self.refresh_highlights()
        target = select or (self._focus[0] if self._focus else None)
        if select is not None:
            self.select_span(*select)
        elif target is not None:
            self._scroll_to(target[0])
        return True

    def _sources_changed(self) -> None:
        if self.source is not None:
            current = self.session.project.sources.get(self.source.id)
            if current is None:
                self.clear()
            else:
                self.source = current
                self._update_header()

    def _update_header(self) -> None:
        source = self.source
        if source is None:
            return
        meta = source.meta
        self.title.setText(shown_title(source))  # as the Sources list names it
        missing = "<i>{0}</i>"
        authors = ", ".join(a.get("literal") or " ".join(
            x for x in (a.get("given", ""), a.get("family", "")) if x) for a in meta.author)
        parts = [escape(authors)] if authors else []
        parts.append(escape(meta.container_title) if meta.container_title
                     else missing.format(self.tr("outlet unknown")))
        date = format_date(meta.issued)
        parts.append(escape(date) if date else missing.format(self.tr("date unknown")))
        parts.append(self.tr("Survey") if source.kind is SourceKind.SURVEY else self.tr("Article"))
        if not meta.title:
            parts.append(missing.format(self.tr("title unknown")))
        self.citation.setText(" · ".join(parts))

    # -- selection and excerpts -------------------------------------------------
    def selected_span(self) -> tuple[str, int, int] | None:
        if self.source is None:
            return None
        cursor = self.view.textCursor()
        if not cursor.hasSelection():
            return None
        start = self._map.to_source(cursor.selectionStart())
        end = self._map.to_source(cursor.selectionEnd())
        text = self.source.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (self.source.id, start, end) if end > start else None

    def grow_selection(self) -> None:
        """The selection grows to its word, then its sentence, then its paragraph
        (``core.selection.grow``); a quotation is picked in a key or two."""
        if self.source is None:
            return
        cursor = self.view.textCursor()
        start = self._map.to_source(cursor.selectionStart())
        end = self._map.to_source(cursor.selectionEnd())
        grown = grow(self.source.text, start, end)
        if grown != (start, end):
            self.select_span(*grown)

    def select_unit_at(self, position: int, paragraph: bool = False) -> bool:
        """A triple-click selects the sentence at a view position (by F8's rules), a
        fourth click its paragraph; the view stays where it is."""
        if self.source is None:
            return False
        span = sentence_at(self.source.text, self._map.to_source(position))
        if span is None:
            return False
        if paragraph:
            span = grow(self.source.text, *span)
        cursor = self.view.textCursor()
        cursor.setPosition(self._map.to_doc(span[0]))
        cursor.setPosition(self._map.to_doc(span[1]), QTextCursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(cursor)
        return True

    def select_span(self, start: int, end: int) -> None:
        """Select a span with its anchor at the start, so Shift+arrows extend it forward."""
        cursor = self.view.textCursor()
        cursor.setPosition(self._map.to_doc(start))
        cursor.setPosition(self._map.to_doc(end), QTextCursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(cursor)
        self.view.centerCursor()

    def _scroll_to(self, start: int) -> None:
        cursor = self.view.textCursor()
        cursor.setPosition(self._map.to_doc(start))
        self.view.setTextCursor(cursor)
        self.view.centerCursor()

    def _selection_changed(self) -> None:
        can = self.selected_span() is not None
        self.add_action.setEnabled(can)
        self.spanSelected.emit(can)

    def request_add(self) -> None:
        span = self.selected_span()
        if span is not None:
            self.addExcerptRequested.emit(*span)

    def excerpt_usage(self, excerpt_id: str) -> list[str]:
        """Titles of the note sections where an excerpt is placed."""
        note = self.session.project.note
        return [s.title for s in note.sections for b in s.blocks
                if getattr(b, "excerpt_id", None) == excerpt_id]

    def tooltip_at(self, position: int) -> str:
        if self.source is None:
            return ""
        offset = self._map.to_source(position)
        project = self.session.project
        lines = []
        for excerpt in project.excerpts_of(self.source.id):
            if excerpt.status is AnchorStatus.ORPHANED:
                continue
            if excerpt.position.start <= offset < excerpt.position.end:
                used = self.excerpt_usage(excerpt.id)
                where = ", ".join(f"“{t}”" for t in used) if used else self.tr("not in the note")
                themes = [found[1].label for tid in excerpt.theme_ids
                          if (found := project.outline.find_theme(tid))]
                line = self.tr("Excerpt used in: {0}").format(where)
                if themes:
                    line += "\n" + self.tr("Theme: {0}").format(", ".join(themes))
                if excerpt.status is AnchorStatus.FUZZY:
                    line += "\n" + self.tr("The source's words changed here; check the quote.")
                lines.append(line)
        return "\n\n".join(lines)

    # -- highlights ---------------------------------------------------------------
    def _selection(self, span: Span, background: QColor, underline: bool = False,
                   tip: str = "") -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(self._map.to_doc(span[0]))
        cursor.setPosition(self._map.to_doc(span[1]), QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(background)
        if underline:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(self.palette().color(QPalette.ColorRole.Highlight))
        if tip:
            fmt.setToolTip(tip)
        fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
        sel.format = fmt
        return sel

    def excerpt_spans(self) -> list[tuple[str, Span, QColor]]:
        """(excerpt id, span, colour) of this source's excerpts as drawn."""
        if self.source is None:
            return []
        colours = theme_colours(self.session.project.outline)
        out = []
        for excerpt in self.session.project.excerpts_of(self.source.id):
            if excerpt.status is AnchorStatus.ORPHANED:
                continue
            colour = next((colours[t] for t in excerpt.theme_ids if t in colours), NO_THEME)
            out.append((excerpt.id, (excerpt.position.start, excerpt.position.end), colour))
        return out

    def visible_span(self) -> Span:
        """The source offsets on screen now (whole blocks, so a little more)."""
        view = self.view
        first = view.firstVisibleBlock()
        if not first.isValid():
            return 0, 0
        corner = QPoint(view.viewport().width() - 1, view.viewport().height() - 1)
        last = view.cursorForPosition(corner).block()
        end = last.position() + last.length() if last.isValid() else first.position()
        return self._map.to_source(first.position()), self._map.to_source(end)

    def refresh_highlights(self) -> None:
        """Draw focus, excerpts and hits that are on screen; a highlight is a text cursor
        the document moves at every change, so off-screen ones are not kept."""
        self._redraw.stop()
        if self.source is None:
            return
        start, end = self.visible_span()

        def shown(spans: Iterable[Span]) -> list[Span]:
            return [sp for sp in spans if sp[1] > start and sp[0] < end]

        selections = []
        focus = self.palette().color(QPalette.ColorRole.Highlight)
        focus.setAlpha(45)
        for span in shown(self._focus):
            selections.append(self._selection(span, focus))
        for _, span, colour in self.excerpt_spans():
            if shown([span]):
                selections.append(self._selection(span, colour, underline=True))
        if self._matches is not None:
            hit_colour = QColor(255, 200, 0, 110)
            current_colour = QColor(255, 140, 0, 200)
            for span in self._matches.within(start, end, MAX_DRAWN_HITS):
                selections.append(self._selection(span, current_colour if span == self._current
                                                  else hit_colour))
        self.view.setExtraSelections(selections)

    # -- hits (global search and find in source) -------------------------------
    @property
    def hits(self) -> list[Span]:
        """Every hit, listed (a pending find is run first, so they match the query shown)."""
        self._flush_find()
        return self._matches.all() if self._matches is not None else []

    @property
    def hit_count(self) -> int:
        self._flush_find()
        return len(self._matches) if self._matches is not None else 0

    @property
    def current_hit(self) -> int:
        """The current hit's place among the hits (0 first), or -1."""
        self._flush_find()
        if self._matches is None or self._current is None:
            return -1
        return self._matches.ordinal(self._current)

    def set_hits(self, spans: list[Span], current_at: int | None = None) -> None:
        """Highlight a search's hits; select the first one ending after ``current_at``."""
        self._find_timer.stop()
        self._show_matches(SpanMatches(spans), current_at or 0)

    def _show_matches(self, matches: SpanMatches | FindMatches, at: int) -> None:
        self._matches = matches if len(matches) else None
        self._current = matches.after(at) if len(matches) else None
        if self._current is not None:
            self.select_span(*self._current)  # scrolls: highlights follow
        self.refresh_highlights()
        self._update_count()

    def _step(self, delta: int) -> None:
        self._flush_find()
        if self._matches is None or self._current is None:
            return
        self._current = self._matches.step(self._current, delta)
        self.select_span(*self._current)
        self.refresh_highlights()
        self._update_count()

    def next_hit(self) -> None:
        self._step(1)

    def previous_hit(self) -> None:
        self._step(-1)

    def _update_count(self) -> None:
        if self._matches is None or self._current is None:
            text = self.tr("No matches") if self.find_bar.edit.text().strip() else ""
        else:
            current = self._matches.ordinal(self._current) + 1  # "1 of 2,671"
            text = self.tr("{0} of {1}").format(number(current), number(len(self._matches)))
        self.find_bar.count.setText(text)

    def open_find(self) -> None:
        self.find_bar.show()
        span = self.selected_span()
        self._find_from = span[1] if span else self._map.to_source(
            self.view.textCursor().position())
        if span and self.source and "\n" not in self.source.text[span[1]:span[2]]:
            self.find_bar.edit.setText(self.source.text[span[1]:span[2]])
        self.find_bar.edit.setFocus()
        self.find_bar.edit.selectAll()

    def find_soon(self) -> None:
        """The find bar's text changed: find once the typing pauses."""
        self._find_timer.start()

    def find_or_next(self) -> None:
        """Enter in the find bar: the first match if the find has not run yet, else the next."""
        if self._find_timer.isActive():
            self._flush_find()
        else:
            self.next_hit()

    def _flush_find(self) -> None:
        if self._find_timer.isActive():
            self._find_timer.stop()
            self._find_now()

    def _find_now(self) -> None:
        self.find_text(self.find_bar.edit.text())

    def find_text(self, query: str) -> None:
        """Find ``query`` in this source (ignoring case), from where the find began."""
        self._find_timer.stop()
        if self.source is None:
            return
        query = query.strip()
        text = self.source.text
        if self._lowered is None:
            lowered = text.lower()
            # lowering "İ" makes two characters: then offsets would drift; find by regex
            self._lowered = lowered if len(lowered) == len(text) else ""
        matches: SpanMatches | FindMatches
        if not query:
            matches = SpanMatches([])
        elif self._lowered:
            matches = FindMatches(self._lowered, query)
        else:
            matches = SpanMatches(plain_spans(text, query))
        self._show_matches(matches, self._find_from)
