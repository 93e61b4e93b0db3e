"""Real Word footnotes (word/footnotes.xml) for python-docx, which has no footnote API.

The part holds the separator (id -1) and continuation separator (id 0) notes
Word expects (a reference document's own, whatever their ids: LibreOffice
writes 0 and 1), then one ``w:footnote`` per citation, numbered above them;
the body refers to each with a ``w:footnoteReference`` run. ``w:footnotePr``
goes into settings.xml in schema order. LibreOffice, pandoc and Word all read the result.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from docx.document import Document as DocumentObject
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import PartFactory, XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.text.paragraph import Paragraph
from lxml import etree

from briefer.export.citeproc import Span

# So that python-docx parses footnotes.xml when it opens a document (tests, and a
# reference document that already has footnotes).
PartFactory.part_type_for[CT.WML_FOOTNOTES] = XmlPart

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

_EMPTY_PART = (
    f'<w:footnotes {nsdecls("w", "r")}>'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>'
    '</w:footnote></w:footnotes>'
)

# Children of w:settings that come after w:footnotePr (ECMA-376 CT_Settings order).
_AFTER_FOOTNOTE_PR = (
    "endnotePr", "compat", "docVars", "rsids", "mathPr", "attachedSchema", "themeFontLang",
    "clrSchemeMapping", "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures",
    "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType", "schemaLibrary",
    "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator",
)


def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def run_properties(span: Span) -> str:
    """``<w:rPr>`` for how a piece of citation text looks ("" when plain)."""
    props = "".join(tag for on, tag in (
        (span.bold, "<w:b/>"), (span.italic, "<w:i/>"), (span.small_caps, "<w:smallCaps/>"),
        (span.underline, '<w:u w:val="single"/>'),
        (span.superscript, '<w:vertAlign w:val="superscript"/>'),
        (span.subscript, '<w:vertAlign w:val="subscript"/>')) if on)
    return f"<w:rPr>{props}</w:rPr>" if props else ""


def span_run(span: Span) -> str:
    """The ``<w:r>`` of a piece of citation text."""
    return (f'<w:r>{run_properties(span)}<w:t xml:space="preserve">{_escape(span.text)}'
            '</w:t></w:r>')


def footnotes_part(doc: DocumentObject) -> XmlPart | None:
    """The document's footnotes part, if it has one."""
    for rel in doc.part.rels.values():
        if rel.reltype == RT.FOOTNOTES and not rel.is_external:
            part = rel.target_part
            if isinstance(part, XmlPart):
                return part
    return None


class Footnotes:
    """Adds numbered footnotes to a document, in the order they are added."""

    def __init__(self, doc: DocumentObject, text_style_id: str, ref_style_id: str) -> None:
        self._text_style = text_style_id
        self._ref_style = ref_style_id
        part = footnotes_part(doc)
        if part is None:
            part = XmlPart(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES,
                           parse_xml(_EMPTY_PART), doc.part.package)
            doc.part.relate_to(part, RT.FOOTNOTES)
        else:  # a reference document's own notes are not ours to keep (its separators are)
            for note in part.element.findall(qn("w:footnote")):
                if not _is_special(note):
                    part.element.remove(note)
        self.part = part
        self._root = part.element
        # LibreOffice numbers the separators 0 and 1, Word -1 and 0: real notes come after
        special = [_note_id(n) for n in part.element.findall(qn("w:footnote"))]
        self._first = max([0, *special]) + 1
        self._next = self._first
        self._pending: list[tuple[int, Iterable[Span] | Callable[[], Iterable[Span]]]] = []
        _declare_in_settings(doc, special or [-1, 0])

    @property
    def count(self) -> int:
        return self._next - self._first

    def new(self, spans: Iterable[Span] | Callable[[], Iterable[Span]]) -> str:
        """A new footnote holding ``spans``; returns the XML of the run that refers to it.

        ``spans`` may be a function giving them: the citations of a whole note are
        rendered in one batch after the note is walked, so a note's text is known
        only when ``flush`` writes it. Notes are kept as text and parsed together
        (one parse for hundreds of notes is what keeps a long note's export fast).
        """
        note_id = self._next
        self._next += 1
        self._pending.append((note_id, spans))
        return (f'<w:r><w:rPr><w:rStyle w:val="{self._ref_style}"/></w:rPr>'
                f'<w:footnoteReference w:id="{note_id}"/></w:r>')

    def _xml(self, note_id: int, spans: Iterable[Span]) -> str:
        runs = "".join(span_run(s) for s in spans if s.text)
        return (f'<w:footnote w:id="{note_id}"><w:p><w:pPr>'
                f'<w:pStyle w:val="{self._text_style}"/></w:pPr>'
                f'<w:r><w:rPr><w:rStyle w:val="{self._ref_style}"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:t xml:space="preserve"> </w:t></w:r>{runs}</w:p></w:footnote>')

    def add(self, paragraph: Paragraph, spans: Iterable[Span]) -> int:
        """Put a footnote reference at the end of ``paragraph``; return its number."""
        ref = self.new(spans)
        paragraph._p.append(parse_xml(f'<w:wrap xmlns:w="{_W}">{ref}</w:wrap>')[0])
        self.flush()
        return self._next - self._first

    def flush(self) -> None:
        """Parse the pending notes into the footnotes part."""
        if not self._pending:
            return
        notes = "".join(self._xml(note_id, spans() if callable(spans) else spans)
                        for note_id, spans in self._pending)
        wrapper = parse_xml(f'<w:wrap xmlns:w="{_W}">{notes}</w:wrap>')
        self._root.extend(list(wrapper))
        self._pending.clear()


def _note_id(note: etree._Element) -> int:
    try:
        return int(note.get(qn("w:id"), "0"))
    except ValueError:
        return 0


def _is_special(note: etree._Element) -> bool:
    """A separator, continuation separator or continuation notice: not a citation."""
    return note.get(qn("w:type"), "normal") != "normal"


def _declare_in_settings(doc: DocumentObject, special: list[int]) -> None:
    """Add ``<w:footnotePr>`` naming the separators, placed where the schema wants it."""
    settings = doc.settings.element
    if settings.find(qn("w:footnotePr")) is not None:
        return
    notes = "".join(f'<w:footnote w:id="{i}"/>' for i in special)
    pr = parse_xml(f'<w:footnotePr {nsdecls("w")}>{notes}</w:footnotePr>')
    for child in settings:
        if etree.QName(child).localname in _AFTER_FOOTNOTE_PR:
            child.addprevious(pr)
            return
    settings.append(pr)


def read_footnotes(doc: DocumentObject) -> list[str]:
    """The text of each real footnote (not a separator), in order: for tests and checks."""
    part = footnotes_part(doc)
    if part is None:
        return []
    out = []
    for note in part.element.findall(qn("w:footnote")):
        if not _is_special(note):
            out.append("".join(t.text or "" for t in note.iter(qn("w:t"))).strip())
    return out
