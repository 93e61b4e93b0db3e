"""Web pages (.html/.htm): the visible words in reading order, plus the page's metadata.

Scripts, styles, navigation, forms and hidden elements are dropped; each
block element becomes a paragraph. Metadata comes from ``<title>``, Open
Graph / article ``<meta>`` tags and JSON-LD, mapped to CSL-JSON fields.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import webencodings

from briefer.core.messages import Message
from briefer.core.source import SourceMeta
from briefer.io.importers.base import Extracted, ImportRefused, finish
from briefer.io.importers.cslfields import url_problem
from briefer.io.importers.lexbortree import Node, Text, TooSlow, elements, parse, text_of

# Parsing runs at about 2 MB/s; a page that takes 20 times longer than that (a few
# seconds, plus 1 s per 100 KB) has markup built to defeat the parser, and is refused.
PARSE_SECONDS = 3.0
PARSE_CHARS_PER_SECOND = 100_000
# marks a refusal caused by a bug (the fuzz tests look; it is in that refusal's template)
INTERNAL = "internal parser error"

_DROP = ("script", "style", "noscript", "template", "svg", "canvas", "iframe", "object",
         "embed", "nav", "aside", "footer", "form", "button", "select", "textarea", "input",
         "dialog", "head", "title", "meta", "link", "audio", "video", "map", "math")
_BLOCK = {"address", "article", "blockquote", "body", "caption", "dd", "details", "div",
          "dl", "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
          "header", "hgroup", "hr", "html", "legend", "li", "main", "ol", "p", "pre",
          "section", "summary", "table", "ul"}
_CELL = {"td", "th"}
_SPACE = re.compile(r"[ \t\n\r\f]+")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_ISO_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)

_BREAK = object()  # paragraph break
_LINE = object()  # line break inside a paragraph (<br>)
_ROW = object()  # a table row: its own line unless the line is still empty


def decode_html(path: Path, data: bytes, encoding: str | None = None
                ) -> tuple[str, str, list[Message]]:
    """Text of an HTML file: the chosen ``encoding``, else BOM, meta charset, UTF-8, cp1252."""
    if encoding:
        try:
            text = data.decode(encoding)
        except (LookupError, ValueError) as exc:  # UnicodeError is a ValueError
            raise ImportRefused("{file}: cannot be read as {encoding} ({reason}); choose "
                                "another encoding", file=path.name, encoding=encoding,
                                reason=str(exc)) from exc
        return text.removeprefix("\ufeff"), encoding, []
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"),
                     (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), enc, []
    declared = _declared_codec(data)
    if declared:
        try:
            return data.decode(declared), declared, []
        except ValueError:
            pass
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252", [Message(
            "{file}: not valid UTF-8 and no usable charset declared; read as Windows-1252 "
            "(cp1252) — if accented letters or quotation marks look wrong, re-import it "
            "naming its encoding (briefer import --encoding NAME)", file=path.name)]


def _declared_codec(data: bytes) -> str:
    """The Python codec for a ``<meta charset>``, read as browsers read it, or "".

    Only the WHATWG Encoding Standard's labels count (so "latin1" means Windows-1252,
    and a label such as "punycode" or "rot13" is ignored, as browsers ignore it); a
    page that declares UTF-16 in its own ASCII bytes is UTF-8, as the HTML spec says.
    """
    match = _CHARSET.search(data[:4096])
    if not match:
        return ""
    found = webencodings.lookup(match.group(1).decode("ascii"))
    if found is None:
        return ""
    name = "utf-8" if found.name.startswith("utf-16") else found.codec_info.name
    try:
        codecs.lookup(name)
    except LookupError:  # x-user-defined has a decoder only inside webencodings
        return ""
    return name


def _iso_to_csl(value: str) -> dict[str, Any] | None:
    match = _ISO_DATE.match(value or "")
    if not match:
        return None
    parts = [int(p) for p in match.groups() if p]
    if len(parts) > 1 and not 1 <= parts[1] <= 12:
        return None
    return {"date-parts": [parts]}


class _Page:
    """The elements metadata and text are read from, found in one pass over the tree."""

    def __init__(self, document: Node) -> None:
        self.document = document
        self.title: Node | None = None
        self.html: Node | None = None
        self.body: Node | None = None
        self.main: Node | None = None
        self.articles: list[Node] = []
        self.metas: list[Node] = []
        self.links: list[Node] = []
        self.json_ld: list[str] = []
        for node in elements(document):
            if node.namespace is not None:  # SVG and MathML have <title>s of their own
                continue
            name = node.name
            if name == "meta":
                self.metas.append(node)
            elif name == "link":
                self.links.append(node)
            elif name == "script":
                if "ld+json" in node.get("type").lower():
                    self.json_ld.append(text_of(node))
            elif name == "title":
                self.title = self.title or node
            elif name == "article":
                self.articles.append(node)
            elif name in ("html", "body", "main") and getattr(self, name) is None:
                setattr(self, name, node)

    def meta_content(self, *keys: str) -> str:
        """The first non-empty ``content`` of a ``<meta>`` named by one of ``keys``, in order."""
        for key in keys:
            key = key.lower()
            for attr in ("property", "name", "itemprop"):
                for tag in self.metas:
                    if tag.get(attr).lower() == key and tag.get("content").strip():
                        return " ".join(tag.get("content").split())
        return ""

    def ld(self) -> dict[str, Any]:
        """The first JSON-LD object that describes an article or page."""
        for script in self.json_ld:
            try:
                data = json.loads(script)
            except (ValueError, TypeError, RecursionError):
                continue
            items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(
                data, dict) else []
            for item in items if isinstance(items, list) else []:
                if isinstance(item, dict) and ("headline" in item or "datePublished" in item):
                    return item
        return {}


def _ld_names(value: Any) -> list[str]:
    values = value if isinstance(value, list) else [value]
    names = []
    for v in values:
        name = v.get("name") if isinstance(v, dict) else v
        if isinstance(name, str) and name.strip():
            names.append(" ".join(name.split()))
    return names


def _metadata(page: _Page) -> SourceMeta:
    meta = SourceMeta()
    ld = page.ld()
    title = " ".join(text_of(page.title).split()) if page.title is not None else ""
    meta.title = (page.meta_content("og:title", "twitter:title", "citation_title", "dc.title")
                  or title or " ".join(str(ld.get("headline") or "").split()))
    meta.container_title = (page.meta_content("og:site_name", "citation_journal_title")
                            or next(iter(_ld_names(ld.get("publisher"))), ""))
    authors = [a for a in (page.meta_content("author", "citation_author", "dc.creator"),)
               if a and not a.lower().startswith("http")]
    if not authors:
        article_author = page.meta_content("article:author")
        if article_author and not article_author.lower().startswith("http"):
            authors = [article_author]
    if not authors:
        authors = _ld_names(ld.get("author"))
    meta.author = [{"literal": a} for a in authors]
    published = (page.meta_content("article:published_time", "citation_publication_date",
                                   "dc.date", "date", "pubdate", "datePublished")
                 or str(ld.get("datePublished") or ""))
    meta.issued = _iso_to_csl(published)
    url = page.meta_content("og:url")
    if not url:
        canonical = next((link for link in page.links
                          if "canonical" in link.get("rel").lower().split()), None)
        url = canonical.get("href").strip() if canonical is not None else ""
    meta.URL = url if url.lower().startswith(("http://", "https://")) else ""
    meta.language = page.html.get("lang").strip() if page.html is not None else ""
    og_type = page.meta_content("og:type").lower()
    meta.type = "article-newspaper" if og_type == "article" else "webpage"
    return meta


def _hidden(tag: Node) -> bool:
    attrs = tag.attributes
    if "hidden" in attrs or tag.get("aria-hidden").strip().lower() == "true":
        return True
    return bool(_HIDDEN_STYLE.search(tag.get("style")))


def _walk(root: Node, out: list[Any]) -> None:
    """Text and break tokens in document order (a loop, not recursion: pages nest deeply)."""
    stack: list[tuple[Iterator[Any], bool, Any]] = [(iter(root.childNodes), False, None)]
    while stack:
        children, pre, closing = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if closing is not None:
                out.append(closing)
            continue
        if isinstance(child, Text):
            text = child.text if pre else _SPACE.sub(" ", child.text)
            if not pre and text.startswith(" ") and out and isinstance(out[-1], str) \
                    and out[-1].endswith(" "):
                text = text[1:]  # spaces on both sides of a tag show as one, as on screen
            if text:
                out.append(text)
            continue
        if type(child) is not Node:  # comments, doctypes
            continue
        name = child.name.lower()
        if name in _DROP or _hidden(child):
            continue
        if name == "br":
            out.append(_LINE)
            continue
        if name == "tr":
            out.append(_ROW)
            closing = _ROW
        elif name in _CELL:
            out.append("\t")
            closing = None
        elif name in _BLOCK:
            out.append(_BREAK)
            closing = _BREAK
            pre = pre or name == "pre"
        else:
            closing = None
        stack.append((iter(child.childNodes), pre, closing))


def _assemble(tokens: list[Any]) -> str:
    paragraphs: list[str] = []
    lines: list[str] = []
    current: list[str] = []

    def end_line() -> None:
        line = "".join(current)
        current.clear()
        line = "\t".join(_SPACE.sub(" ", cell).strip() for cell in line.split("\t")
                         ) if "\t" in line else line.strip(" ")
        lines.append(line.strip("\t"))

    def end_paragraph() -> None:
        end_line()
        # an empty line (from <br><br>) separates paragraphs, as it looks on screen
        group: list[str] = []
        for line in [*lines, ""]:
            if line.strip():
                group.append(line)
            elif group:
                paragraphs.append("\n".join(group))
                group = []
        lines.clear()

    for token in tokens:
        if token is _BREAK:
            end_paragraph()
        elif token is _LINE:
            end_line()
        elif token is _ROW:
            if "".join(current).strip():
                end_line()
        else:
            current.append(token)
    end_paragraph()
    return "\n\n".join(paragraphs)


def extract_html(path: Path, data: bytes, encoding: str | None = None) -> Extracted:
    """Visible text in reading order; ``<main>`` or a lone ``<article>`` when present.

    The page is parsed by Lexbor, the HTML5 algorithm browsers use, so text after
    void elements (``<embed>``) and unclosed tags stays where a browser shows it.
    """
    text, encoding, warnings = decode_html(path, data, encoding)
    try:
        document = parse(text, seconds=PARSE_SECONDS + len(text) / PARSE_CHARS_PER_SECOND)
    except TooSlow as exc:
        raise ImportRefused("{file}: the web page's markup is too tangled to read in "
                            "reasonable time; open it in a browser and save it again",
                            file=path.name) from exc
    except RecursionError as exc:
        raise ImportRefused("{file}: the web page is nested too deeply to read",
                            file=path.name) from exc
    except Exception as exc:  # a parser bug must refuse one file, not abort the batch
        raise ImportRefused("{file}: the web page cannot be read (internal parser error: "
                            "{error})", file=path.name, error=f"{type(exc).__name__}: "
                            f"{' '.join(str(exc).split())[:100]}") from exc
    page = _Page(document)
    meta = _metadata(page)
    if url_problem(meta.URL):
        warnings.append(Message("{file}: URL {url!r} is not a valid address; left empty",
                                file=path.name, url=meta.URL))
        meta.URL = ""
    root = page.main
    if root is None:
        root = page.articles[0] if len(page.articles) == 1 else (page.body or document)
    tokens: list[Any] = []
    _walk(root, tokens)
    body = _assemble(tokens).replace("\xa0", " ")
    return finish(path, body + "\n" if body else "", meta, warnings, encoding=encoding)
