"""The parts of a Word file the importer reads, taken straight from the zip and parsed by lxml.

python-docx read them before: it is a fine library for writing documents (the export
uses it), but opening one to read it cost 40 ms of imports and parsed every part of the
package, relationships and all, when the importer walks four of them (the document,
its styles, numbering and notes) and three fields of the core properties. This module
finds those parts as python-docx found them (the package's relationships, resolved
against the part that names them; external targets ignored; the main part's content
type checked) and parses them with the XML parser settings python-docx uses (blank text
between elements removed, entities not resolved), so the elements the importer walks
are the same.
"""

from __future__ import annotations

import posixpath
import zipfile
from pathlib import Path
from typing import Any

from lxml import etree

_PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False)
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
RT_DOCUMENT = _OFFICE + "officeDocument"
RT_STYLES = _OFFICE + "styles"
RT_CORE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
WML_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def parse_xml(data: bytes) -> Any:
    """An XML part as python-docx parses it."""
    return etree.fromstring(data, _PARSER)


class WordPackage:
    """A .docx file's main document, its related parts and its core properties."""

    def __init__(self, path: Path) -> None:
        self._zip = zipfile.ZipFile(path)
        self._rels: dict[str, list[tuple[str, str]]] = {}
        try:
            main = self._related("", RT_DOCUMENT)
            if main is None:
                raise KeyError(f"no relationship of type '{RT_DOCUMENT}' in collection")
            self.main = main
            content_type = self._content_type(self.main)
            if content_type != WML_MAIN:
                raise ValueError(f"file '{path}' is not a Word file, content type is "
                                 f"'{content_type}'")
            self.element = self.part(self.main)
        except BaseException:
            self._zip.close()
            raise

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> WordPackage:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def part(self, name: str) -> Any:
        """The parsed XML of the part stored as ``name`` (a zip member name)."""
        return parse_xml(self._zip.read(name))

    def relations(self, source: str) -> list[tuple[str, str]]:
        """(type, part name) of the internal relationships of part ``source`` ("" for the
        package), in the order its .rels file lists them."""
        if source not in self._rels:
            folder, name = posixpath.split(source)
            rels_name = posixpath.join(folder, "_rels", name + ".rels")
            found: list[tuple[str, str]] = []
            try:
                data = self._zip.read(rels_name)
            except KeyError:  # a part without relationships
                data = b""
            if data:
                for rel in parse_xml(data).iter(_RELS + "Relationship"):
                    if rel.get("TargetMode") == "External":
                        continue
                    target = posixpath.normpath(posixpath.join("/" + folder,
                                                               rel.get("Target") or ""))
                    found.append((rel.get("Type") or "", target.lstrip("/")))
            self._rels[source] = found
        return self._rels[source]

    def _related(self, source: str, reltype: str) -> str | None:
        return next((name for kind, name in self.relations(source) if kind == reltype), None)

    def related_element(self, reltype: str) -> Any:
        """The parsed XML of the main part's first related part of ``reltype``, or None."""
        name = self._related(self.main, reltype)
        return None if name is None else self.part(name)

    def styles(self) -> Any:
        """The styles part, or None (python-docx's stand-in then had no heading, list or
        outline-level style either: the text is the same)."""
        return self.related_element(RT_STYLES)

    def _content_type(self, name: str) -> str:
        types = parse_xml(self._zip.read("[Content_Types].xml"))
        for override in types.iter(_TYPES + "Override"):
            if (override.get("PartName") or "").lower() == "/" + name.lower():
                return override.get("ContentType") or ""
        extension = posixpath.splitext(name)[1].lstrip(".").lower()
        for default in types.iter(_TYPES + "Default"):
            if (default.get("Extension") or "").lower() == extension:
                return default.get("ContentType") or ""
        return ""

    def core_properties(self) -> dict[str, str]:
        """Title, author (``dc:creator``) and language, "" when absent."""
        name = self._related("", RT_CORE)
        if name is None:
            return {"title": "", "author": "", "language": ""}
        root = self.part(name)

        def text(tag: str) -> str:
            element = root.find(_DC + tag)
            return "" if element is None or element.text is None else element.text

        return {"title": text("title"), "author": text("creator"), "language": text("language")}
