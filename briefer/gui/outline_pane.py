"""The Outline pane: the tree, and buttons for the analyst's own edits.

Clicking a response or theme asks the Reader to show it; edits go through
undo commands (``commands.outline``); a span dragged from the Reader onto a
theme becomes an excerpt of that theme.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QMenu, QSplitter, QToolBar,
                               QTreeView, QVBoxLayout, QWidget)

from briefer.gui import dialogs
from briefer.gui.commands import outline as cmd
from briefer.gui.evidence_panel import EvidencePanel
from briefer.gui.outline_model import (DISAGREE, EXCERPT, NOTE, RESPONSE, SECTION, THEME, Node,
                                       NodeKey, OutlineModel)
from briefer.gui.session import ProjectSession

Span = tuple[int, int]


class OutlineTree(QTreeView):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("outlineTree")
        self.setAccessibleName(self.tr("Outline tree"))
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        # an answer dragged to another theme moves (Ctrl copies); spans are always copied
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.SelectedClicked)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setAnimated(False)
        self.setAllColumnsShowFocus(True)


class OutlinePane(QWidget):
    """The outline of survey questions, themes and responses."""

    responseActivated = Signal(str, int, int)  # survey source id, start, end
    themeActivated = Signal(str, list)  # survey source id, spans of its responses
    excerptActivated = Signal(str)  # an excerpt listed under a theme: show it in its source

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outlinePane")
        self.setAccessibleName(self.tr("Outline"))
        self.session = session
        self.model = OutlineModel(session, self)
        self.tree = OutlineTree(self)
        self.tree.setModel(self.model)
        header = self.tree.header()
        header.setAccessibleName(self.tr("Outline columns"))
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.clicked.connect(self._activate)
        self.tree.activated.connect(self._activate)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self._expanded: set[NodeKey] = set()
        self._current_key: NodeKey | None = None
        self.model.modelAboutToBeReset.connect(self._remember)
        self.model.modelReset.connect(self._restore)

        self.add_action = self._action(self.tr("Add theme…"), self.add_theme,
                                       self.tr("Add your own theme to this question"),
                                       QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_T))
        self.rename_action = self._action(self.tr("Rename"), self.rename,
                                          self.tr("Rename the question or theme (F2)"),
                                          QKeySequence(Qt.Key.Key_F2))
        self.note_action = self._action(self.tr("Note…"), self.edit_note,
                                        self.tr("Write your note on this question or theme"))
        self.up_action = self._action(self.tr("Move up"), lambda: self.move_theme(-1),
                                      self.tr("Move the theme up"),
                                      QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Up))
        self.down_action = self._action(self.tr("Move down"), lambda: self.move_theme(1),
                                        self.tr("Move the theme down"),
                                        QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Down))
        self.merge_action = self._action(self.tr("Merge into…"), self.merge,
                                         self.tr("Fold this theme into another theme"))
        self.remove_action = self._action(self.tr("Delete theme"), self.remove,
                                          self.tr("Delete the theme (its responses stay in "
                                                  "the survey)"),
                                          QKeySequence(QKeySequence.StandardKey.Delete))
        self.copy_action = self._action(self.tr("Copy to theme…"), self.copy_to_theme,
                                        self.tr("Count this answer in another theme too "
                                                "(or Ctrl+drag it there)"))
        self.move_action = self._action(self.tr("Move to theme…"), self.move_to_theme,
                                        self.tr("Count this answer in another theme instead "
                                                "(or drag it there)"))
        self.unthemed_action = self._action(self.tr("Remove from theme"),
                                            self.remove_from_theme,
                                            self.tr("This answer does not share the idea"))
        self.disagree_action = self._action(self.tr("Disagrees with theme"),
                                            self.toggle_disagreeing,
                                            self.tr("This answer rejects the idea: show it, "
                                                    "do not count it"),
                                            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_D))
        self.disagree_action.setCheckable(True)
        self.new_theme_action = self._action(self.tr("New theme from answer…"),
                                             self.theme_from_answer,
                                             self.tr("Start a theme with this answer"))
        toolbar = QToolBar(self)
        toolbar.setObjectName("outlineToolbar")
        toolbar.setAccessibleName(self.tr("Outline tools"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setIconSize(toolbar.iconSize() * 0.75)
        for action in (self.add_action, self.rename_action, self.note_action,
                       self.merge_action):
            toolbar.addAction(action)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(toolbar)
        # The news on the theme selected, below the tree (``evidence_panel``).
        self.evidence = EvidencePanel(session, self)
        self.evidence.passageActivated.connect(self.responseActivated)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("outlineEvidenceSplitter")
        splitter.addWidget(self.tree)
        splitter.addWidget(self.evidence)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([300, 200])
        layout.addWidget(splitter, 1)
        self._update_actions()
        self.expand_sections()

    def _action(self, text: str, slot, tip: str, shortcut: QKeySequence | None = None
                ) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # -- expansion across rebuilds ---------------------------------------------------
    def _remember(self) -> None:
        self._expanded = set()
        for number, node in enumerate(self.model._nodes):
            index = self.model.createIndex(node.row, 0, number + 1)
            if self.tree.isExpanded(index):
                self._expanded.add(node.key)
        current = self.tree.currentIndex()
        current_node = self.model.node(current)
        self._current_key = current_node.key if current_node is not None else None

    def _restore(self) -> None:
        for key in self._expanded:
            index = self.model.index_of_key(key)
            if index.isValid():
                self.tree.setExpanded(index, True)
        if not self._expanded:
            self.expand_sections()
        if self._current_key:
            index = self.model.index_of_key(self._current_key)
            if index.isValid():
                self.tree.setCurrentIndex(index)
        self._update_actions()

    def expand_sections(self) -> None:
        for row in range(self.model.rowCount()):
            self.tree.setExpanded(self.model.index(row, 0), True)

    # -- selection ---------------------------------------------------------------
    def current_node(self) -> Node | None:
        return self.model.node(self.tree.currentIndex().siblingAtColumn(0))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()
        node = self.current_node()
        if node is not None and node.kind == THEME and node.theme_id:
            self.evidence.show_theme(node.theme_id)

    def _update_actions(self) -> None:
        node = self.current_node()
        kind = node.kind if node else ""
        self.add_action.setEnabled(node is not None)
        self.rename_action.setEnabled(kind in (SECTION, THEME))
        self.note_action.setEnabled(kind in (SECTION, THEME, NOTE))
        for action in (self.up_action, self.down_action, self.merge_action, self.remove_action):
            action.setEnabled(kind == THEME)
        answer = kind in (RESPONSE, DISAGREE)
        themed = answer and bool(node and node.theme_id)
        self.copy_action.setEnabled(answer)
        self.new_theme_action.setEnabled(answer)
        for action in (self.move_action, self.unthemed_action, self.disagree_action):
            action.setEnabled(themed)
        self.disagree_action.setChecked(kind == DISAGREE)

    def _activate(self, index: QModelIndex) -> None:
        node = self.model.node(index.siblingAtColumn(0))
        if node is None:
            return
        if node.kind == EXCERPT:
            self.excerptActivated.emit(node.response_id)
            return
        section = self.model.section_of(node)
        if section is None:
            return
        if node.kind == RESPONSE:
            response = self.model.response_of(node)
            if response is not None:
                self.responseActivated.emit(section.survey_id, response.start, response.end)
        elif node.kind == THEME:
            theme = self.model.theme_of(node)
            survey = self.session.project.survey(section.survey_id)
            if theme is not None and survey is not None:
                spans = [(r.start, r.end) for r in
                         (survey.response(rid) for rid in theme.response_ids) if r]
                self.themeActivated.emit(section.survey_id, spans)
        elif node.kind == SECTION:
            survey = self.session.project.survey(section.survey_id)
            question = survey.question(section.question_id) if survey else None
            if question is not None:
                self.themeActivated.emit(section.survey_id, [(question.start, question.end)])

    def select_key(self, key: tuple[str, str, str, str]) -> None:
        index = self.model.index_of_key(key)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    # -- edits ----------------------------------------------------------------------
    def _push(self, command) -> None:
        self.session.undo_stack.push(command)

    def add_theme(self) -> None:
        node = self.current_node()
        if node is None:
            return
        label = dialogs.get_text(self, self.tr("Add theme"), self.tr("Name of the new theme:"))
        if label and label.strip():
            command = cmd.add_theme(self.session, node.section_id, label.strip())
            self._push(command)
            theme = command.result
            self.select_key((THEME, node.section_id, getattr(theme, "id", ""), ""))

    def rename(self) -> None:
        index = self.tree.currentIndex().siblingAtColumn(0)
        if index.isValid() and self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            self.tree.edit(index)

    def edit_note(self) -> None:
        node = self.current_node()
        if node is None:
            return
        theme = self.model.theme_of(node) if node.theme_id else None
        owner = theme or self.model.section_of(node)
        if owner is None:
            return
        text = dialogs.get_text(self, self.tr("Note"), self.tr("Your note on “{0}”:").format(
            owner.label), owner.note, multiline=True)
        if text is None or text == owner.note:
            return
        if theme is not None:
            self._push(cmd.set_theme_note(self.session, theme.id, text.strip()))
        else:
            self._push(cmd.set_section_note(self.session, node.section_id, text.strip()))

    def move_theme(self, delta: int) -> None:
        """Move the current theme ``delta`` places within its section."""
        node = self.current_node()
        if node is None or node.kind != THEME:
            return
        section = self.model.section_of(node)
        theme = self.model.theme_of(node)
        if section is None or theme is None:
            return
        new = section.themes.index(theme) + delta
        if 0 <= new < len(section.themes):
            self._push(cmd.move_theme(self.session, theme.id, new))

    def merge(self) -> None:
        node = self.current_node()
        theme = self.model.theme_of(node) if node else None
        section = self.model.section_of(node) if node else None
        if theme is None or section is None:
            return
        others = [t for t in section.themes if t.id != theme.id]
        choice = dialogs.choose(self, self.tr("Merge theme"),
                                self.tr("Fold “{0}” into:").format(theme.label),
                                [t.label for t in others])
        if choice >= 0:
            target = others[choice]
            self._push(cmd.merge_themes(self.session, target.id, theme.id))
            self.select_key((THEME, section.id, target.id, ""))

    def remove(self) -> None:
        node = self.current_node()
        if node is not None and node.kind == THEME:
            self._push(cmd.remove_theme(self.session, node.theme_id))

    # -- answers ------------------------------------------------------------------
    def _choose_theme(self, node: Node, title: str) -> str | None:
        """Ask for another theme of the node's question; its id, or None."""
        section = self.model.section_of(node)
        if section is None:
            return None
        others = [t for t in section.themes if t.id != node.theme_id]
        if not others:
            dialogs.info(self, title, self.tr("This question has no other theme yet: use "
                                                "“New theme from answer…”."))
            return None
        choice = dialogs.choose(self, title, self.tr("Theme:"), [t.label for t in others])
        return others[choice].id if choice >= 0 else None

    def copy_to_theme(self) -> None:
        node = self.current_node()
        if node is None or node.kind not in (RESPONSE, DISAGREE):
            return
        target = self._choose_theme(node, self.tr("Copy answer to theme"))
        if target:
            self._push(cmd.copy_response(self.session, node.response_id, target))

    def move_to_theme(self) -> None:
        node = self.current_node()
        if node is None or node.kind not in (RESPONSE, DISAGREE) or not node.theme_id:
            return
        target = self._choose_theme(node, self.tr("Move answer to theme"))
        if target:
            self._push(cmd.move_response(self.session, node.response_id, node.theme_id, target))

    def remove_from_theme(self) -> None:
        node = self.current_node()
        if node is not None and node.kind in (RESPONSE, DISAGREE) and node.theme_id:
            self._push(cmd.remove_response(self.session, node.response_id, node.theme_id))

    def toggle_disagreeing(self) -> None:
        node = self.current_node()
        if node is None or node.kind not in (RESPONSE, DISAGREE) or not node.theme_id:
            return
        disagrees = node.kind == RESPONSE
        self._push(cmd.mark_disagreeing(self.session, node.response_id, node.theme_id,
                                        disagrees))
        self.select_key((DISAGREE if disagrees else RESPONSE, node.section_id, node.theme_id,
                         node.response_id))

    def theme_from_answer(self) -> None:
        node = self.current_node()
        if node is None or node.kind not in (RESPONSE, DISAGREE):
            return
        label = dialogs.get_text(self, self.tr("New theme"), self.tr("Name of the new theme:"))
        if label and label.strip():
            command = cmd.theme_from_response(self.session, node.section_id, node.response_id,
                                              label.strip(), node.theme_id)
            self._push(command)
            self.select_key((THEME, node.section_id, getattr(command.result, "id", ""), ""))

    def _context_menu(self, pos) -> None:
        self._update_actions()
        menu = QMenu(self)
        node = self.current_node()
        actions: tuple[QAction | None, ...]
        if node is not None and node.kind in (RESPONSE, DISAGREE):
            actions = (self.copy_action, self.move_action, self.new_theme_action, None,
                       self.disagree_action, self.unthemed_action)
        else:
            actions = (self.add_action, self.rename_action, self.note_action, None,
                       self.up_action, self.down_action, self.merge_action, None,
                       self.remove_action)
        for action in actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(self.tree.viewport().mapToGlobal(pos))
        menu.deleteLater()
