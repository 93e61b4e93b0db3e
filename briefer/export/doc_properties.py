"""The exported note's properties, as Word's File ▸ Info and the file system show them.

A note leaves the department: what its properties say is read by whoever receives
it. The reference document comes from python-docx's template or a department's
file, so unless they are rewritten here the note claims to be written in
"Microsoft Macintosh Word" with 0 words, by python-docx or the last person who
saved the letterhead, opens in Compatibility Mode, and carries a thumbnail of
another document. So: the author is the preparer's name (only the name: never a
telephone number or an e-mail address), docProps/app.xml names Briefer and
counts the note's words, and the settings ask for Word 2013+ layout (mode 15).
"""

from __future__ import annotations

import datetime as _dt
import re

from docx.document import Document as DocumentObject
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part, XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from lxml import etree

from briefer.core.note import NoteMeta
from briefer.core.template import is_french
from briefer.export.labels import purpose_label
from briefer.export.wml import escape
from briefer.export.word_text import clean

CORE_PROPERTY_LIMIT = 255  # python-docx (and Word) refuse longer core-property strings
APPLICATION = "Briefer"
WORD_2013 = "15"  # the compatibilityMode of Word 2013 and later: no Compatibility Mode
_WORD_URI = "http://schemas.microsoft.com/office/word"
_EXTENDED = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
_KEPT = ("Company", "Manager")  # the department's, from its reference document
# Children of w:settings that come after w:compat (ECMA-376 CT_Settings order).
_AFTER_COMPAT = (
    "docVars", "rsids", "mathPr", "attachedSchema", "themeFontLang", "clrSchemeMapping",
    "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade", "captions",
    "readModeInkLockDown", "smartTagType", "schemaLibrary", "shapeDefaults",
    "doNotEmbedSmartTags", "decimalSymbol", "listSeparator",
)
_NOT_A_NAME = re.compile(r"\d|@|https?:|www\.", re.I)


def person_name(prepared_by: str) -> str:
    """The name in "Jane Analyst, Senior Policy Analyst, 613-555-0100": what comes
    before the first comma (or semicolon, slash, parenthesis, dash), without anything
    that is a number or an address."""
    first = re.split(r"[,;/|(]| [–—-] ", clean(prepared_by), maxsplit=1)[0]
    return " ".join(w for w in first.split() if not _NOT_A_NAME.search(w))


def _limit(text: str, limit: int = CORE_PROPERTY_LIMIT) -> str:
    text = " ".join(clean(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def set_core_properties(doc: DocumentObject, meta: NoteMeta, kind: str, marking: str,
                        keywords: list[str], language: str) -> None:
    """Title and subject (in the note's language), author (the preparer's name), the
    marking as category and keyword, the purpose as comments, created now."""
    props = doc.core_properties
    subject = meta.subject_fr if is_french(language) and meta.subject_fr.strip() \
        else meta.subject
    props.title = _limit(subject or kind)
    props.subject = _limit(subject)
    props.author = props.last_modified_by = _limit(person_name(meta.prepared_by))
    props.keywords = _limit("; ".join([kind, marking, *keywords]))
    props.category = _limit(marking)
    props.comments = _limit(purpose_label(meta.purpose, language))
    now = _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0, tzinfo=None)
    props.created = props.modified = now
    props.revision = 1


def finish_package(doc: DocumentObject) -> None:
    """Word 2013+ layout, true extended properties, no stale thumbnail (see module)."""
    _word_2013_layout(doc)
    _extended_properties(doc)
    package = doc.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            package.rels.pop(rel_id)


def _word_2013_layout(doc: DocumentObject) -> None:
    """``<w:compatSetting w:name="compatibilityMode" w:val="15"/>`` in the settings."""
    settings = doc.settings.element
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = parse_xml(f'<w:compat {nsdecls("w")}/>')
        for child in settings:
            if etree.QName(child).localname in _AFTER_COMPAT:
                child.addprevious(compat)
                break
        else:
            settings.append(compat)
    for setting in compat.findall(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:uri"), _WORD_URI)
            setting.set(qn("w:val"), WORD_2013)
            return
    compat.append(parse_xml(
        f'<w:compatSetting {nsdecls("w")} w:name="compatibilityMode" w:uri="{_WORD_URI}" '
        f'w:val="{WORD_2013}"/>'))


def _statistics(doc: DocumentObject) -> dict[str, int]:
    """Words, characters and paragraphs of the note's text (tables included), counted
    as Word counts them: words between white space, characters without the spaces."""
    texts = ["".join(t.text or "" for t in p.iter(qn("w:t")))
             for p in doc.element.body.iter(qn("w:p"))]
    texts = [t for t in texts if t.strip()]
    return {"Words": sum(len(t.split()) for t in texts),
            "Characters": sum(len("".join(t.split())) for t in texts),
            "CharactersWithSpaces": sum(len(t) for t in texts),
            "Paragraphs": len(texts)}


def _extended_properties(doc: DocumentObject) -> None:
    """docProps/app.xml written anew: Briefer, the note's counts, the department's
    company and manager kept."""
    package = doc.part.package
    part = next((p for p in package.iter_parts() if p.content_type ==
                 CT.OFC_EXTENDED_PROPERTIES), None)
    kept = {}
    if part is not None:
        try:
            old = etree.fromstring(part.blob)
            for name in _KEPT:
                kept[name] = old.findtext(f"{{{_EXTENDED}}}{name}") or ""
        except etree.XMLSyntaxError:
            pass
    counts = _statistics(doc)
    fields = [("Application", APPLICATION), ("DocSecurity", "0"), ("ScaleCrop", "false"),
              *((name, str(value)) for name, value in counts.items()),
              *((name, value) for name, value in kept.items() if value.strip()),
              ("LinksUpToDate", "false"), ("SharedDoc", "false"),
              ("HyperlinksChanged", "false")]
    blob = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Properties xmlns="{_EXTENDED}" xmlns:vt="http://schemas.openxmlformats.org/'
            'officeDocument/2006/docPropsVTypes">'
            + "".join(f"<{n}>{escape(v)}</{n}>" for n, v in fields)
            + "</Properties>").encode("utf-8")
    if part is None:
        part = Part(PackURI("/docProps/app.xml"), CT.OFC_EXTENDED_PROPERTIES, blob, package)
        package.relate_to(part, RT.EXTENDED_PROPERTIES)
    elif isinstance(part, XmlPart):
        part._element = parse_xml(blob)
    else:
        part._blob = blob
