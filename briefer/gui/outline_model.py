"""The Outline as a Qt tree: survey question → tally, themes, single views → responses.

Under each question: its tally first ("No 8 · Yes 2 · Conditional 2 — of 12"),
then its positions and themes with their counts, each holding its answers
(and, marked, the answers that reject it), then the *single views*: answers
in no theme, so that every answer is visible. Rebuilt from the core
``Outline`` whenever it changes (it is small); the view keeps its expanded
rows across rebuilds by node key. Labels and notes edit in place through undo
commands. Drag and drop lives in ``outline_dnd``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPixmap

from briefer.core.outline import KIND_STANCE, OutlineSection, Theme
from briefer.core.survey import Response
from briefer.gui.colours import opaque, theme_colours
from briefer.gui.commands import outline as cmd
from briefer.gui.mime import RESPONSE_MIME, THEME_MIME
from briefer.gui.outline_dnd import OutlineDragDrop
from briefer.gui.session import ProjectSession
from briefer.gui.wording import say, shown_title

__all__ = ["RESPONSE_MIME", "THEME_MIME", "OutlineModel"]
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
SECTION, THEME, RESPONSE, NOTE = "section", "theme", "response", "note"
TALLY, SINGLES, DISAGREE = "tally", "singles", "disagree"
EXCERPT = "excerpt"  # an excerpt linked to a theme (dropped on it, or from the evidence)
_Index = QModelIndex | QPersistentModelIndex
NodeKey = tuple[str, str, str, str]  # kind, section id, theme id, response id


@dataclass
class Node:
    kind: str
    parent: int  # node number of the parent, -1 for top level
    row: int
    section_id: str = ""
    theme_id: str = ""
    response_id: str = ""
    children: list[int] = field(default_factory=list)

    @property
    def key(self) -> NodeKey:
        return (self.kind, self.section_id, self.theme_id, self.response_id)


class OutlineModel(OutlineDragDrop, QAbstractItemModel):
    def __init__(self, session: ProjectSession, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self._nodes: list[Node] = []
        self._top: list[int] = []
        self._colours: dict[str, QColor] = {}
        self._icons: dict[str, QIcon] = {}
        self._build()
        session.projectReplaced.connect(self.reset)
        session.outlineChanged.connect(self.reset)
        session.excerptsChanged.connect(self._excerpts_changed)

    # -- structure -----------------------------------------------------------
    def reset(self) -> None:
        self.beginResetModel()
        self._build()
        self.endResetModel()

    def _add(self, node: Node) -> int:
        self._nodes.append(node)
        number = len(self._nodes) - 1
        if node.parent < 0:
            node.row = len(self._top)
            self._top.append(number)
        else:
            siblings = self._nodes[node.parent].children
            node.row = len(siblings)
            siblings.append(number)
        return number

    def _themed(self) -> dict[str, list[str]]:
        """Theme id -> the excerpts linked to it, in the order they were collected."""
        themed: dict[str, list[str]] = {}
        for excerpt in self.session.project.excerpts.values():
            for theme_id in excerpt.theme_ids:
                themed.setdefault(theme_id, []).append(excerpt.id)
        return themed

    def _excerpts_changed(self) -> None:
        """Rebuilt only when the excerpts listed under themes changed (a reset keeps the
        tree's open branches, but costs a redraw)."""
        if self._themed() != self._listed:
            self.reset()

    def _build(self) -> None:
        self._listed = self._themed()
        self._nodes, self._top = [], []
        self._icons = {}
        outline = self.session.project.outline
        self._colours = theme_colours(outline)
        for section in outline.sections:
            s = self._add(Node(SECTION, -1, 0, section.id))
            if section.note:
                self._add(Node(NOTE, s, 0, section.id))
            for part in sorted({t.part for t in section.tally()}):
                self._add(Node(TALLY, s, 0, section.id, "", str(part)))
            stance = [t for t in section.themes if t.kind == KIND_STANCE]
            for theme in sorted(stance, key=lambda t: t.part) + section.topics():
                t = self._add(Node(THEME, s, 0, section.id, theme.id))
                if theme.note:
                    self._add(Node(NOTE, t, 0, section.id, theme.id))
                for rid in theme.response_ids:
                    self._add(Node(RESPONSE, t, 0, section.id, theme.id, rid))
                for rid in theme.disagree_ids:
                    self._add(Node(DISAGREE, t, 0, section.id, theme.id, rid))
                for excerpt_id in self._listed.get(theme.id, []):
                    self._add(Node(EXCERPT, t, 0, section.id, theme.id, excerpt_id))
            singles = self.single_views(section)
            if singles:
                g = self._add(Node(SINGLES, s, 0, section.id))
                for rid in singles:
                    self._add(Node(RESPONSE, g, 0, section.id, "", rid))

    def node(self, index: _Index) -> Node | None:
        if not index.isValid():
            return None
        number = index.internalId() - 1
        return self._nodes[number] if 0 <= number < len(self._nodes) else None

    def index_of_key(self, key: NodeKey) -> QModelIndex:
        for number, node in enumerate(self._nodes):
            if node.key == key:
                return self.createIndex(node.row, 0, number + 1)
        return QModelIndex()

    def section_of(self, node: Node) -> OutlineSection | None:
        return self.session.project.outline.section(node.section_id)

    def theme_of(self, node: Node) -> Theme | None:
        found = self.session.project.outline.find_theme(node.theme_id) if node.theme_id else None
        return found[1] if found else None

    def response_of(self, node: Node) -> Response | None:
        section = self.section_of(node)
        survey = self.session.project.survey(section.survey_id) if section else None
        return survey.response(node.response_id) if survey else None

    def single_views(self, section: OutlineSection) -> list[str]:
        """Answers (with a view) in no theme of their question, in survey order."""
        survey = self.session.project.survey(section.survey_id)
        question = survey.question(section.question_id) if survey else None
        if question is None:
            return []
        themed = section.themed_ids()
        return [r.id for r in question.answered if r.id not in themed]

    def question_text(self, section: OutlineSection) -> str:
        survey = self.session.project.survey(section.survey_id)
        question = survey.question(section.question_id) if survey else None
        return question.text if question else section.label

    # -- Qt model API ------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= 2 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            children = self._top
        else:
            node = self.node(parent)
            if node is None or parent.column() != 0:
                return QModelIndex()
            children = node.children
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row] + 1)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        # (Qt overloads parent(): QObject.parent() and the model's parent(index))
        node = self.node(index)
        if node is None or node.parent < 0:
            return QModelIndex()
        parent = self._nodes[node.parent]
        return self.createIndex(parent.row, 0, node.parent + 1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._top)
        if parent.column() != 0:
            return 0
        node = self.node(parent)
        return len(node.children) if node else 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Question, theme, response"), self.tr("Respondents"))[section] \
                if section in (0, 1) else None
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        node = self.node(index)
        if node is None:
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 and node.kind in (SECTION, THEME, NOTE):
            flags |= Qt.ItemFlag.ItemIsEditable
        if node.kind in (THEME, RESPONSE, DISAGREE):
            flags |= Qt.ItemFlag.ItemIsDropEnabled | Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def _swatch(self, theme_id: str) -> QIcon:
        icon = self._icons.get(theme_id)
        if icon is None:
            pixmap = QPixmap(12, 12)
            pixmap.fill(opaque(self._colours.get(theme_id, QColor("gray"))))
            icon = self._icons[theme_id] = QIcon(pixmap)
        return icon

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        col = index.column()
        if role == KIND_ROLE:
            return node.kind
        if role == KEY_ROLE:
            return list(node.key)
        if node.kind == SECTION:
            return self._section_data(node, col, role)
        if node.kind == THEME:
            return self._theme_data(node, col, role)
        if node.kind in (RESPONSE, DISAGREE):
            return self._response_data(node, col, role)
        if node.kind == TALLY:
            return self._tally_data(node, col, role)
        if node.kind == SINGLES:
            return self._singles_data(node, col, role)
        if node.kind == EXCERPT:
            return self._excerpt_data(node, col, role)
        return self._note_data(node, col, role)

    def _excerpt_data(self, node: Node, col: int, role: int) -> Any:
        project = self.session.project
        excerpt = project.excerpts.get(node.response_id)
        if excerpt is None:
            return None
        source = project.sources.get(excerpt.source_id)
        where = shown_title(source) if source is not None else excerpt.source_id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 1:
                return self.tr("excerpt")
            words = " ".join(excerpt.quote.exact.split())
            return f"“{words if len(words) <= 90 else words[:88].rstrip() + '…'}”"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole) \
                and col == 0:
            return self.tr("Excerpt from {0}: “{1}”").format(where, excerpt.quote.exact)
        if role == Qt.ItemDataRole.FontRole and col == 0:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _section_data(self, node: Node, col: int, role: int) -> Any:
        section = self.section_of(node)
        if section is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == 0:
                return section.label
            return self.tr("{0} answers").format(section.total) if section.total else ""
        if role == Qt.ItemDataRole.EditRole and col == 0:
            return section.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.question_text(section)
        if role == Qt.ItemDataRole.FontRole and col == 0:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _theme_data(self, node: Node, col: int, role: int) -> Any:
        theme = self.theme_of(node)
        section = self.section_of(node)
        if theme is None or section is None:
            return None
        count = self.tr("{0} of {1}").format(len(theme.response_ids), section.total)
        if theme.disagree_ids:
            count += " · " + self.tr("{0} disagree").format(len(theme.disagree_ids))
        consensus = bool(theme.agreement(section.total))
        if role == Qt.ItemDataRole.DisplayRole:
            return theme.label if col == 0 else count
        if role == Qt.ItemDataRole.EditRole and col == 0:
            return theme.label
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return theme.label if col == 0 else self.tr("{0} respondents").format(count)
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            return self._swatch(theme.id)
        if role == Qt.ItemDataRole.FontRole and (theme.origin == "user" or consensus):
            font = QFont()
            font.setItalic(theme.origin == "user")
            font.setBold(consensus)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.tr("{0}: {1} respondents").format(theme.label, count)
            if theme.kind == KIND_STANCE:
                tip += "\n" + self.tr("A position taken on the question")
            if consensus:
                tip += "\n" + self.tr("Consensus: at least two respondents in three")
            if theme.disagree_ids:
                tip += "\n" + self.tr("Answers that reject this idea are listed last, "
                                       "marked ✗; they are not counted.")
            if theme.origin == "user":
                tip += "\n" + self.tr("Your own theme")
            if theme.note:
                tip += "\n" + self.tr("Note: {0}").format(theme.note)
            return tip
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _response_data(self, node: Node, col: int, role: int) -> Any:
        if col != 0:
            return None
        response = self.response_of(node)
        if response is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("(response {0} not found in the survey)").format(node.response_id)
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            # responses often open alike; their key phrases tell them apart
            phrases = list(dict.fromkeys(k.text for k in response.key_phrases))
            text = "; ".join(phrases) if phrases else " ".join(response.text.split())
            short = text if len(text) <= 110 else text[:108].rstrip() + "…"
            mark = "✗ " if node.kind == DISAGREE else ""
            return f"{mark}{response.number}. {short}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if node.kind == DISAGREE:
                return self.tr("Rejects this idea (not counted): {0}").format(response.text)
            return f"{response.number}. {response.text}"
        if role == Qt.ItemDataRole.ForegroundRole and node.kind == DISAGREE:
            return QColor("#b3261e")
        return None

    def _tally_data(self, node: Node, col: int, role: int) -> Any:
        section = self.section_of(node)
        if section is None:
            return None
        part = int(node.response_id or 0)
        tally = section.tally_message(part)
        text = say(tally) if tally else ""  # "… — sur 7" in French, as the theme rows
        asked = section.parts[part].strip() if part and part < len(section.parts) else ""
        split = section.split(part)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == 0:
                return f"{asked[:1].upper()}{asked[1:]} {text}" if asked else text
            return self.tr("split") if split else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.tr("The positions respondents take, largest first")
            if split:
                tip += "\n" + self.tr("Split: no position is held by a majority")
            return tip
        if role == Qt.ItemDataRole.FontRole and col == 0:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _singles_data(self, node: Node, col: int, role: int) -> Any:
        section = self.section_of(node)
        count = len(self.single_views(section)) if section else 0
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.tr("Single views") if col == 0 else str(count)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Answers in no theme: each makes its own point. Drag one onto a "
                           "theme to count it there.")
        if role == Qt.ItemDataRole.FontRole and col == 0:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _note_data(self, node: Node, col: int, role: int) -> Any:
        if col != 0:
            return None
        owner = self.theme_of(node) if node.theme_id else self.section_of(node)
        note = owner.note if owner is not None else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Note: {0}").format(note)
        if role in (Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            return note
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def setData(self, index: _Index, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        node = self.node(index)
        if node is None or role != Qt.ItemDataRole.EditRole or index.column() != 0:
            return False
        text = str(value).strip()
        if text == self.data(index, Qt.ItemDataRole.EditRole):
            return False
        stack = self.session.undo_stack
        if node.kind == SECTION and text:
            stack.push(cmd.rename_section(self.session, node.section_id, text))
        elif node.kind == THEME and text:
            stack.push(cmd.rename_theme(self.session, node.theme_id, text))
        elif node.kind == NOTE and node.theme_id:
            stack.push(cmd.set_theme_note(self.session, node.theme_id, text))
        elif node.kind == NOTE:
            stack.push(cmd.set_section_note(self.session, node.section_id, text))
        else:
            return False
        return True
