"""Web pages parsed by Lexbor (through selectolax), the HTML5 algorithm browsers use, in C.

html5lib runs the same algorithm in Python: 2.5 ms for a short article and 35 ms of
imports, when ``pdftotext`` reads a page in less and pandoc, the peer a user would reach
for, in not much more. Lexbor builds the tree in microseconds and is checked against
the same html5lib test suite, so text after a void ``<embed>``, inside unclosed tags or
misplaced in a table lands where a browser shows it, as before (lxml's HTML 4 parser
does not).

The page's tree is copied into the small tree ``webpage`` walks (element names,
attributes, text and children in order; SVG and MathML elements marked with their
namespace, as html5lib marks them), in a loop, since pages nest deeply. A parse past its
time budget is refused, as before: Lexbor's own work cannot be interrupted, but the copy
checks the clock.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from selectolax.lexbor import LexborHTMLParser

SVG_NS = "http://www.w3.org/2000/svg"
MATHML_NS = "http://www.w3.org/1998/Math/MathML"
_FOREIGN = {"svg": SVG_NS, "math": MATHML_NS}
# Elements inside SVG or MathML whose children are HTML again (the HTML spec's
# integration points)
_BACK_TO_HTML = frozenset(("foreignObject", "desc", "title", "annotation-xml", "mi", "mo",
                           "mn", "ms", "mtext"))
_CHECK_EVERY = 4096  # nodes copied between two looks at the clock


class Node:
    """An element (or the document): a name, attributes and ordered children."""

    __slots__ = ("attributes", "childNodes", "name", "namespace")

    def __init__(self, name: str, namespace: str | None = None,
                 attributes: dict[str, str | None] | None = None) -> None:
        self.name = name
        self.namespace = namespace
        self.attributes: dict[str, str | None] = attributes or {}
        self.childNodes: list[Node | Text] = []

    def get(self, key: str, default: str = "") -> str:
        """An attribute's value, as text ("" for one written without a value)."""
        value = self.attributes.get(key, default)
        return value if isinstance(value, str) else default


class Text:
    """A run of text."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


class TooSlow(Exception):
    """The page took longer to read than its budget."""


def parse(text: str, seconds: float | None = None) -> Node:
    """The document tree of ``text``, built as an HTML5 browser builds it.

    With ``seconds``, a parse that took longer than that raises ``TooSlow``.
    """
    deadline = None if seconds is None else time.monotonic() + seconds
    tree = LexborHTMLParser(text)
    document = Node("#document")
    root = tree.root
    if root is None:
        return document
    # (the first of a run of Lexbor siblings, the copy they go into, their namespace):
    # each run is copied in order, so the runs themselves can be taken in any order
    runs: list[tuple[Any, Node, str | None]] = [(root, document, None)]
    copied = 0
    while runs:
        node, parent, namespace = runs.pop()
        children = parent.childNodes
        while node is not None:
            copied += 1
            if deadline is not None and copied % _CHECK_EVERY == 1 and \
                    time.monotonic() > deadline:
                raise TooSlow
            if node.is_text_node:
                value = node.text_content or ""
                last = children[-1] if children else None
                if type(last) is Text:
                    last.text += value
                elif value:
                    children.append(Text(value))
            elif node.is_element_node:
                name = node.tag
                own = _FOREIGN.get(name) if namespace is None else namespace
                element = Node(name, own, node.attributes)
                children.append(element)
                if node.child is not None:
                    inner = None if own is not None and name in _BACK_TO_HTML else own
                    runs.append((node.child, element, inner))
            node = node.next
    return document


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
        elif type(child) is Text:
            parts.append(child.text)
        elif type(child) is Node:
            stack.append(iter(child.childNodes))
    return "".join(parts)
