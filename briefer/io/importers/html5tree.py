"""A small, fast document tree for html5lib, so web pages parse the way browsers parse them.

Why not BeautifulSoup's html5lib adapter: measured on bs4 4.15 + html5lib 1.1, it is
quadratic on ordinary bad markup. Its attribute lists never compare equal, which disables
the HTML5 "Noah's Ark" limit on remembered formatting elements (5,000 unclosed ``<b>``,
15 KB, took 14 s), and it re-joins a growing string for every piece of text (its own
source says so). Why not lxml: libxml2's HTML 4 parser is no HTML5 parser; it nests the
text after a void ``<embed>`` inside it, and after ``<select>``, ``<rt>``… where the
importer then drops it.

This tree keeps only what the importer reads (element names, attributes, text and
children in order) and html5lib does all the parsing. Text pieces are joined once, at the
end; nothing here recurses, so deep pages cannot overflow the stack.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any, SupportsIndex

from html5lib import HTMLParser
from html5lib.constants import namespaces
from html5lib.treebuilders import base

_HTML_NS = namespaces["html"]
# Elements whose end tag is implied (the HTML spec's "generate implied end tags").
_IMPLIED_END = frozenset(("dd", "dt", "li", "option", "optgroup", "p", "rp", "rt"))


class Node(base.Node):  # type: ignore[misc]
    """An element (or the document): a name, attributes and ordered children."""

    def __init__(self, name: str, namespace: str | None = None) -> None:
        self.name = name
        self.namespace = namespace
        self.nameTuple = (namespace or _HTML_NS, name)
        self.parent: Node | None = None
        self.value: str | None = None
        self.attributes: dict[Any, str] = {}
        self.childNodes: list[Any] = []
        self._flags: list[str] = []

    def _index(self, ref: Any) -> int:
        """Where ``ref`` is among the children, searched from the end where inserts happen."""
        children = self.childNodes
        for i in range(len(children) - 1, -1, -1):
            if children[i] is ref:
                return i
        raise ValueError("node is not a child of this element")

    def appendChild(self, node: Any) -> None:
        if isinstance(node, Text) and self.childNodes and isinstance(self.childNodes[-1], Text):
            self.childNodes[-1].pieces.append(node.text)
            return
        self.childNodes.append(node)
        node.parent = self

    def insertText(self, data: str, insertBefore: Any = None) -> None:
        children = self.childNodes
        at = len(children) if insertBefore is None else self._index(insertBefore)
        if at and isinstance(children[at - 1], Text):
            children[at - 1].pieces.append(data)
            return
        text = Text(data)
        text.parent = self
        children.insert(at, text)

    def insertBefore(self, node: Any, refNode: Any) -> None:
        self.childNodes.insert(self._index(refNode), node)
        node.parent = self

    def removeChild(self, node: Any) -> None:
        del self.childNodes[self._index(node)]
        node.parent = None

    def reparentChildren(self, newParent: Any) -> None:
        for child in self.childNodes:
            newParent.appendChild(child)
        self.childNodes = []

    def cloneNode(self) -> Node:
        clone = Node(self.name, self.namespace)
        clone.attributes = dict(self.attributes)
        return clone

    def hasContent(self) -> bool:
        return bool(self.childNodes)

    def get(self, key: str, default: str = "") -> str:
        """An attribute's value, as text."""
        value = self.attributes.get(key, default)
        return value if isinstance(value, str) else default


class Text:
    """A run of text; its pieces are joined when first read."""

    __slots__ = ("parent", "pieces")

    def __init__(self, data: str) -> None:
        self.pieces = [data]
        self.parent: Node | None = None

    @property
    def text(self) -> str:
        if len(self.pieces) > 1:
            self.pieces = ["".join(self.pieces)]
        return self.pieces[0]


class Comment(Node):
    """A comment: kept out of the text."""

    def __init__(self, data: str) -> None:
        super().__init__("#comment")
        self.value = data


class Doctype(Node):
    """A ``<!DOCTYPE>``: kept out of the text."""

    def __init__(self, name: str, publicId: str | None = None,
                 systemId: str | None = None) -> None:
        super().__init__("#doctype")
        self.value = name


class TooSlow(Exception):
    """The page took longer to build than its size can justify (pathological markup)."""


class _OpenElements(list):  # type: ignore[type-arg]
    """The HTML5 stack of open elements, indexed so scope checks need not walk it.

    html5lib asks "is a <p> in button scope?" for most start tags by walking down the
    stack; 10,000 nested ``<div>`` (50 KB) took 2 s that way, 20,000 took 9 s. Here each
    element's position and, per name, the positions of open elements of that name are
    kept, so the question costs one look-up per scope boundary name. Pushes and pops (the
    usual changes) update the index; rarer changes in the middle rebuild it.
    """

    def __init__(self) -> None:
        super().__init__()
        self.position: dict[int, int] = {}  # id(node) -> index in the stack
        self.tops: dict[tuple[Any, str], list[int]] = {}  # nameTuple -> indexes, ascending

    def _rebuild(self) -> None:
        self.position = {id(node): i for i, node in enumerate(self)}
        self.tops = {}
        for i, node in enumerate(self):
            self.tops.setdefault(node.nameTuple, []).append(i)

    def __contains__(self, node: object) -> bool:
        return id(node) in self.position and node is not None

    def append(self, node: Any) -> None:
        super().append(node)
        index = len(self) - 1
        self.position[id(node)] = index
        self.tops.setdefault(node.nameTuple, []).append(index)

    def pop(self, index: SupportsIndex = -1) -> Any:
        node = super().pop(index)
        if int(index) in (-1, len(self)):
            del self.position[id(node)]
            self.tops[node.nameTuple].pop()
        else:
            self._rebuild()
        return node

    def remove(self, node: Any) -> None:
        if node not in self:
            raise ValueError("node is not open")
        del self[self.position[id(node)]]

    def insert(self, index: SupportsIndex, node: Any) -> None:
        super().insert(index, node)
        self._rebuild()

    def __setitem__(self, index: Any, node: Any) -> None:
        super().__setitem__(index, node)
        self._rebuild()

    def __delitem__(self, index: Any) -> None:
        super().__delitem__(index)
        self._rebuild()

    def index(self, node: Any, *args: Any) -> int:
        if not args and node in self:
            return self.position[id(node)]
        return super().index(node, *args)

    def top(self, name_tuple: tuple[Any, str]) -> int:
        """The stack index of the last open element with this name, or -1."""
        indexes = self.tops.get(name_tuple)
        return indexes[-1] if indexes else -1


class _TreeBuilder(base.TreeBuilder):  # type: ignore[misc]
    """html5lib's tree construction onto ``Node``, with its slow or recursive steps redone.

    ``deadline`` (a ``time.monotonic()`` value) stops a parse that runs far longer than
    the page's size can justify: a last guard against quadratic corners of the algorithm.
    """

    deadline: float | None = None

    def reset(self) -> None:
        super().reset()
        self.openElements = _OpenElements()

    def _check_time(self) -> None:
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise TooSlow

    def insertElementNormal(self, token: dict[str, Any]) -> Any:
        self._check_time()
        return super().insertElementNormal(token)

    def insertElementTable(self, token: dict[str, Any]) -> Any:
        self._check_time()
        return super().insertElementTable(token)

    def insertText(self, data: str, parent: Any = None) -> None:
        self._check_time()
        super().insertText(data, parent)

    documentClass = staticmethod(lambda: Node("#document"))
    elementClass = Node
    commentClass = Comment
    doctypeClass = Doctype
    fragmentClass = staticmethod(lambda: Node("#fragment"))

    def generateImpliedEndTags(self, exclude: str | None = None) -> None:
        # html5lib recurses once per element closed: a stack of thousands of
        # <optgroup> overflowed Python's recursion limit. Same steps, in a loop.
        open_elements = self.openElements
        while open_elements:
            name = open_elements[-1].name
            if name not in _IMPLIED_END or name == exclude:
                return
            open_elements.pop()

    def elementInScope(self, target: Any, variant: str | None = None) -> bool:
        # The target is in scope when it is open above every open scope boundary.
        boundary, invert = base.listElementsMap[variant]
        stack: _OpenElements = self.openElements
        exact = isinstance(target, Node)
        wanted = target.nameTuple if exact else (
            (_HTML_NS, target) if isinstance(target, str) else target)
        if not invert:
            at = stack.position.get(id(target), -1) if exact else stack.top(wanted)
            if at < 0 or (exact and wanted in boundary and stack.top(wanted) > at):
                return False
            return all(stack.top(name) < at for name in boundary if name != wanted)
        # "select" scope: only <option>/<optgroup> may stand above the target (short walk)
        for node in reversed(stack):
            if node is target if exact else node.nameTuple == wanted:
                return True
            if node.nameTuple not in boundary:
                return False
        return False

    def getDocument(self) -> Node:
        return self.document

    def testSerializer(self, node: Any) -> str:
        return repr(node)


def parse(text: str, seconds: float | None = None) -> Node:
    """The document tree of ``text``, built as an HTML5 browser builds it.

    With ``seconds``, a parse still running after that long raises ``TooSlow``.
    """
    parser = HTMLParser(tree=_TreeBuilder, namespaceHTMLElements=False)
    if seconds is not None:
        parser.tree.deadline = time.monotonic() + seconds
    return parser.parse(text)  # type: ignore[no-any-return]


def elements(root: Node) -> Iterator[Node]:
    """Every element under ``root`` in document order (a loop: pages nest deeply)."""
    stack: list[Iterator[Any]] = [iter(root.childNodes)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif type(child) is Node:
            yield child
            stack.append(iter(child.childNodes))


def text_of(node: Node) -> str:
    """All the text under ``node``, as written (for ``<title>`` and JSON-LD scripts)."""
    parts: list[str] = []
    stack: list[Iterator[Any]] = [iter(node.childNodes)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif isinstance(child, Text):
            parts.append(child.text)
        elif type(child) is Node:
            stack.append(iter(child.childNodes))
    return "".join(parts)
