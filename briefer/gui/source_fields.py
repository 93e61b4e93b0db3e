"""Which CSL fields the Source details dialog shows for each kind of source, and their names.

A citation style prints a journal article with its volume, issue and pages,
a court decision with its court and docket number, a report with its
publisher and report number. The dialog offers first the fields the chosen
CSL type uses (``RELEVANT``), with the labels an analyst knows for them
("Journal", "Court"), so the form asks for what the citation will need.

Strings are marked here and translated where they are shown (context
``SourceDetails``), so a change of language needs no restart of this module.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "SourceDetails"


def _t(text: object) -> str:
    """Marks text for lupdate; QT_TRANSLATE_NOOP gives it back, str() tells mypy so."""
    return str(text)


# The CSL 1.0.2 types analysts meet, with the names they know, in the order offered.
TYPES: tuple[tuple[str, str], ...] = (
    ("article-newspaper", _t(QT_TRANSLATE_NOOP("SourceDetails", "Newspaper article"))),
    ("article-magazine", _t(QT_TRANSLATE_NOOP("SourceDetails", "Magazine article"))),
    ("article-journal", _t(QT_TRANSLATE_NOOP("SourceDetails", "Journal article"))),
    ("report", _t(QT_TRANSLATE_NOOP("SourceDetails", "Report"))),
    ("book", _t(QT_TRANSLATE_NOOP("SourceDetails", "Book"))),
    ("chapter", _t(QT_TRANSLATE_NOOP("SourceDetails", "Book chapter"))),
    ("webpage", _t(QT_TRANSLATE_NOOP("SourceDetails", "Web page"))),
    ("post-weblog", _t(QT_TRANSLATE_NOOP("SourceDetails", "Blog post"))),
    ("legislation", _t(QT_TRANSLATE_NOOP("SourceDetails", "Legislation (act, regulation)"))),
    ("bill", _t(QT_TRANSLATE_NOOP("SourceDetails", "Bill"))),
    ("legal_case", _t(QT_TRANSLATE_NOOP("SourceDetails", "Court decision"))),
    ("speech", _t(QT_TRANSLATE_NOOP("SourceDetails", "Speech"))),
    ("interview", _t(QT_TRANSLATE_NOOP("SourceDetails", "Interview"))),
    ("broadcast", _t(QT_TRANSLATE_NOOP("SourceDetails", "Broadcast (radio, TV, podcast)"))),
    ("dataset", _t(QT_TRANSLATE_NOOP("SourceDetails", "Dataset"))),
    ("paper-conference", _t(QT_TRANSLATE_NOOP("SourceDetails", "Conference paper"))),
    ("thesis", _t(QT_TRANSLATE_NOOP("SourceDetails", "Thesis"))),
    ("document", _t(QT_TRANSLATE_NOOP("SourceDetails", "Document"))),
    ("manuscript", _t(QT_TRANSLATE_NOOP("SourceDetails", "Manuscript"))),
    ("pamphlet", _t(QT_TRANSLATE_NOOP("SourceDetails", "Pamphlet"))),
    ("personal_communication",
     _t(QT_TRANSLATE_NOOP("SourceDetails", "Personal communication (letter, email)"))),
)
TYPE_NAMES = dict(TYPES)

# Every field the dialog edits, in the form's order, with the kind of editor it takes.
LINE, DATE, NAMES, TEXT = "line", "date", "names", "text"
FIELDS: tuple[tuple[str, str], ...] = (
    ("title", LINE), ("author", NAMES), ("container-title", LINE), ("issued", DATE),
    ("volume", LINE), ("issue", LINE), ("page", LINE), ("section", LINE), ("number", LINE),
    ("authority", LINE), ("edition", LINE), ("publisher", LINE), ("publisher-place", LINE),
    ("collection-title", LINE), ("genre", LINE), ("editor", NAMES), ("URL", LINE),
    ("DOI", LINE), ("accessed", DATE), ("language", LINE), ("note", TEXT),
)

# Shown for every type: what any citation may print.
COMMON = ("title", "author", "issued", "URL", "accessed", "note")
RELEVANT: dict[str, tuple[str, ...]] = {
    "article-newspaper": ("container-title", "section", "page", "edition", "publisher-place"),
    "article-magazine": ("container-title", "volume", "issue", "page"),
    "article-journal": ("container-title", "volume", "issue", "page", "DOI"),
    "report": ("publisher", "publisher-place", "number", "genre", "collection-title", "DOI"),
    "book": ("editor", "publisher", "publisher-place", "edition", "volume",
             "collection-title", "DOI"),
    "chapter": ("container-title", "editor", "publisher", "publisher-place", "page",
                "edition", "DOI"),
    "webpage": ("container-title",),
    "post-weblog": ("container-title",),
    "legislation": ("authority", "container-title", "number", "section", "volume", "page"),
    "bill": ("authority", "number", "container-title", "section"),
    "legal_case": ("authority", "container-title", "volume", "page", "number"),
    "speech": ("genre", "publisher-place"),
    "interview": ("container-title", "genre"),
    "broadcast": ("container-title", "publisher", "number"),
    "dataset": ("publisher", "genre", "DOI"),
    "paper-conference": ("container-title", "editor", "publisher", "publisher-place", "page",
                         "DOI"),
    "thesis": ("genre", "publisher", "publisher-place"),
    "document": ("publisher", "publisher-place", "genre", "number"),
    "manuscript": ("genre", "publisher-place"),
    "pamphlet": ("publisher", "publisher-place"),
    "personal_communication": ("genre",),
}
# A type the dialog does not know (or none yet): the fields most citations use.
DEFAULT_RELEVANT = ("container-title", "publisher", "page")

LABELS: dict[str, str] = {
    # mnemonics differ from each other and from OK/Cancel in both languages
    # (tests/gui/test_source_details.py); the container's label has none, it changes
    "title": _t(QT_TRANSLATE_NOOP("SourceDetails", "&Title:")),
    "author": _t(QT_TRANSLATE_NOOP("SourceDetails", "&Authors:")),
    "container-title": _t(QT_TRANSLATE_NOOP("SourceDetails", "Published in:")),
    "issued": _t(QT_TRANSLATE_NOOP("SourceDetails", "&Date:")),
    "volume": _t(QT_TRANSLATE_NOOP("SourceDetails", "&Volume:")),
    "issue": _t(QT_TRANSLATE_NOOP("SourceDetails", "I&ssue:")),
    "page": _t(QT_TRANSLATE_NOOP("SourceDetails", "&Pages:")),
    "section": _t(QT_TRANSLATE_NOOP("SourceDetails", "Section:")),
    "number": _t(QT_TRANSLATE_NOOP("SourceDetails", "Number:")),
    "authority": _t(QT_TRANSLATE_NOOP("SourceDetails", "Authority:")),
    "edition": _t(QT_TRANSLATE_NOOP("SourceDetails", "Edition:")),
    "publisher": _t(QT_TRANSLATE_NOOP("SourceDetails", "Pu&blisher:")),
    "publisher-place": _t(QT_TRANSLATE_NOOP("SourceDetails", "Place of publication:")),
    "collection-title": _t(QT_TRANSLATE_NOOP("SourceDetails", "Series:")),
    "genre": _t(QT_TRANSLATE_NOOP("SourceDetails", "Genre:")),
    "editor": _t(QT_TRANSLATE_NOOP("SourceDetails", "&Editors:")),
    "URL": _t(QT_TRANSLATE_NOOP("SourceDetails", "&URL:")),
    "DOI": _t(QT_TRANSLATE_NOOP("SourceDetails", "D&OI:")),
    "accessed": _t(QT_TRANSLATE_NOOP("SourceDetails", "A&ccessed:")),
    "language": _t(QT_TRANSLATE_NOOP("SourceDetails", "Lan&guage:")),
    "note": _t(QT_TRANSLATE_NOOP("SourceDetails", "&Note:")),
}

# Labels that depend on the type: what the container, number, authority and genre are.
BY_TYPE: dict[str, dict[str, str]] = {
    "container-title": {
        "article-newspaper": _t(QT_TRANSLATE_NOOP("SourceDetails", "Newspaper:")),
        "article-magazine": _t(QT_TRANSLATE_NOOP("SourceDetails", "Magazine:")),
        "article-journal": _t(QT_TRANSLATE_NOOP("SourceDetails", "Journal:")),
        "chapter": _t(QT_TRANSLATE_NOOP("SourceDetails", "Book title:")),
        "webpage": _t(QT_TRANSLATE_NOOP("SourceDetails", "Website:")),
        "post-weblog": _t(QT_TRANSLATE_NOOP("SourceDetails", "Blog:")),
        "paper-conference": _t(QT_TRANSLATE_NOOP("SourceDetails", "Proceedings:")),
        "broadcast": _t(QT_TRANSLATE_NOOP("SourceDetails", "Program:")),
        "legal_case": _t(QT_TRANSLATE_NOOP("SourceDetails", "Law report:")),
        "legislation": _t(QT_TRANSLATE_NOOP("SourceDetails", "Statute book:")),
        "bill": _t(QT_TRANSLATE_NOOP("SourceDetails", "Statute book:")),
        "interview": _t(QT_TRANSLATE_NOOP("SourceDetails", "Published in:")),
    },
    "number": {
        "report": _t(QT_TRANSLATE_NOOP("SourceDetails", "Report number:")),
        "bill": _t(QT_TRANSLATE_NOOP("SourceDetails", "Bill number:")),
        "legislation": _t(QT_TRANSLATE_NOOP("SourceDetails", "Chapter or number:")),
        "legal_case": _t(QT_TRANSLATE_NOOP("SourceDetails", "Docket number:")),
        "broadcast": _t(QT_TRANSLATE_NOOP("SourceDetails", "Episode:")),
    },
    "authority": {
        "legal_case": _t(QT_TRANSLATE_NOOP("SourceDetails", "Court:")),
        "legislation": _t(QT_TRANSLATE_NOOP("SourceDetails", "Legislature:")),
        "bill": _t(QT_TRANSLATE_NOOP("SourceDetails", "Legislature:")),
    },
    "genre": {
        "report": _t(QT_TRANSLATE_NOOP("SourceDetails", "Kind of report:")),
        "thesis": _t(QT_TRANSLATE_NOOP("SourceDetails", "Degree:")),
        "speech": _t(QT_TRANSLATE_NOOP("SourceDetails", "Occasion:")),
    },
    "publisher": {
        "thesis": _t(QT_TRANSLATE_NOOP("SourceDetails", "Pu&blisher or university:")),
        "broadcast": _t(QT_TRANSLATE_NOOP("SourceDetails", "Pu&blisher or network:")),
    },
}

PLACEHOLDERS: dict[str, str] = {
    "issued": _t(QT_TRANSLATE_NOOP("SourceDetails", "e.g. September 16, 2025 or 2025-09-16")),
    "accessed": _t(QT_TRANSLATE_NOOP("SourceDetails", "When you read it online")),
    "page": _t(QT_TRANSLATE_NOOP("SourceDetails", "e.g. 112–130")),
    "URL": "https://…",
    "DOI": _t(QT_TRANSLATE_NOOP("SourceDetails", "e.g. 10.1000/xyz123")),
    "language": _t(QT_TRANSLATE_NOOP("SourceDetails", "e.g. en, fr-CA")),
    "genre": _t(QT_TRANSLATE_NOOP("SourceDetails", "e.g. Working paper, PhD thesis")),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def type_name(csl_type: str) -> str:
    """The name an analyst knows for a CSL type; an unknown type shows as it is spelt."""
    return tr(TYPE_NAMES[csl_type]) if csl_type in TYPE_NAMES else csl_type


def label(field: str, csl_type: str) -> str:
    """A field's label for this type ("Journal:" for an article's container)."""
    return tr(BY_TYPE.get(field, {}).get(csl_type) or LABELS[field])


def relevant(csl_type: str) -> set[str]:
    """The fields a citation of this type uses."""
    return {*COMMON, *RELEVANT.get(csl_type, DEFAULT_RELEVANT)}
