"""Web pages (.html/.htm): the visible words in reading order, plus the page's metadata.

Scripts, styles, navigation, forms and hidden elements are dropped; each
block element becomes a paragraph. Metadata comes from ``<title>``, Open
Graph / article ``<meta>`` tags and JSON-LD, mapped to CSL-JSON fields.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from collections.abc import Iterator
from typing import Any

from briefer.core.source import SourceMeta
from briefer.io.importers.base import Extracted, ImportRefused, finish

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
                ) -> tuple[str, str, list[str]]:
    """Text of an HTML file: the chosen ``encoding``, else BOM, meta charset, UTF-8, cp1252."""
    if encoding:
        try:
            text = data.decode(encoding)
        except (LookupError, UnicodeDecodeError) as exc:
            raise ImportRefused(f"{path.name}: cannot be read as {encoding} ({exc}); "
                                "choose another encoding") from exc
        return text.removeprefix("\ufeff"), encoding, []
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"),
                     (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), enc, []
    match = _CHARSET.search(data[:4096])
    if match:
        declared = match.group(1).decode("ascii").lower()
        try:
            return data.decode(declared), declared, []
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252", [
            f"{path.name}: not valid UTF-8 and no usable charset declared; read as "
            "Windows-1252 (cp1252) — if accented letters or quotation marks look wrong, "
            "re-import it naming its encoding (briefer import --encoding NAME)"]


def _iso_to_csl(value: str) -> dict[str, Any] | None:
    match = _ISO_DATE.match(value or "")
    if not match:
        return None
    parts = [int(p) for p in match.groups() if p]
    if len(parts) > 1 and not 1 <= parts[1] <= 12:
        return None
    return {"date-parts": [parts]}


def _meta_content(soup: Any, *keys: str) -> str:
    for key in keys:
        for attr in ("property", "name", "itemprop"):
            tag = soup.find("meta", attrs={attr: re.compile(f"^{re.escape(key)}$", re.I)})
            if tag is not None and str(tag.get("content") or "").strip():
                return " ".join(str(tag["content"]).split())
    return ""


def _json_ld(soup: Any) -> dict[str, Any]:
    """The first JSON-LD object that describes an article or page."""
    for script in soup.find_all("script", attrs={"type": re.compile("ld\\+json", re.I)}):
        try:
            data = json.loads(script.string or "")
        except (ValueError, TypeError):
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(
            data, dict) else []
        for item in items:
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


def _metadata(soup: Any) -> SourceMeta:
    meta = SourceMeta()
    ld = _json_ld(soup)
    title_tag = soup.find("title")
    meta.title = (_meta_content(soup, "og:title", "twitter:title", "citation_title", "dc.title")
                  or (" ".join(title_tag.get_text().split()) if title_tag else "")
                  or " ".join(str(ld.get("headline") or "").split()))
    meta.container_title = (_meta_content(soup, "og:site_name", "citation_journal_title")
                            or next(iter(_ld_names(ld.get("publisher"))), ""))
    authors = [a for a in (_meta_content(soup, "author", "citation_author", "dc.creator"),)
               if a and not a.lower().startswith("http")]
    if not authors:
        article_author = _meta_content(soup, "article:author")
        if article_author and not article_author.lower().startswith("http"):
            authors = [article_author]
    if not authors:
        authors = _ld_names(ld.get("author"))
    meta.author = [{"literal": a} for a in authors]
    published = (_meta_content(soup, "article:published_time", "citation_publication_date",
                               "dc.date", "date", "pubdate", "datePublished")
                 or str(ld.get("datePublished") or ""))
    meta.issued = _iso_to_csl(published)
    url = _meta_content(soup, "og:url")
    if not url:
        canonical = soup.find("link", rel=lambda r: r and "canonical" in r)
        url = str(canonical.get("href") or "") if canonical is not None else ""
    meta.URL = url if url.lower().startswith(("http://", "https://")) else ""
    html = soup.find("html")
    meta.language = str(html.get("lang") or "").strip() if html is not None else ""
    og_type = _meta_content(soup, "og:type").lower()
    meta.type = "article-newspaper" if og_type == "article" else "webpage"
    return meta


def _hidden(tag: Any) -> bool:
    attrs = tag.attrs or {}
    if "hidden" in attrs or str(attrs.get("aria-hidden", "")).lower() == "true":
        return True
    return bool(_HIDDEN_STYLE.search(str(attrs.get("style", ""))))


def _walk(root: Any, out: list[Any]) -> None:
    """Text and break tokens in document order (a loop, not recursion: pages nest deeply)."""
    from bs4 import Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

    stack: list[tuple[Iterator[Any], bool, Any]] = [(iter(root.children), False, None)]
    while stack:
        children, pre, closing = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if closing is not None:
                out.append(closing)
            continue
        if isinstance(child, (Comment, Declaration, Doctype, ProcessingInstruction)):
            continue
        if isinstance(child, NavigableString):
            text = str(child)
            out.append(text if pre else _SPACE.sub(" ", text))
            continue
        if not isinstance(child, Tag):
            continue
        name = (child.name or "").lower()
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
        stack.append((iter(child.children), pre, closing))


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
    """Visible text in reading order; ``<main>`` or a lone ``<article>`` when present."""
    from bs4 import BeautifulSoup

    text, encoding, warnings = decode_html(path, data, encoding)
    try:
        soup = BeautifulSoup(text, "lxml")
        meta = _metadata(soup)
    except RecursionError as exc:
        raise ImportRefused(f"{path.name}: the web page is nested too deeply to read") from exc
    except Exception as exc:  # lxml may fail on pathological markup
        raise ImportRefused(f"{path.name}: the web page cannot be read ({exc})") from exc
    root = soup.find("main")
    if root is None:
        articles = soup.find_all("article")
        root = articles[0] if len(articles) == 1 else (soup.find("body") or soup)
    tokens: list[Any] = []
    try:
        _walk(root, tokens)
    except RecursionError as exc:
        raise ImportRefused(f"{path.name}: the web page is nested too deeply to read") from exc
    body = _assemble(tokens).replace("\xa0", " ")
    return finish(path, body + "\n" if body else "", meta, warnings, encoding=encoding)
