"""The rules that make a source's row in the Sources list, in the standard library only.

A source untitled in its metadata is titled by the opening words of its text;
its metadata may declare it a survey or an article; a citation of its CSL type
needs certain fields, and a row lacking one is marked. ``core.source`` and
``io.sources`` apply these rules to their objects; the window's first paint
(``io.quick_list``) applies them to a folder's files before any of the core
is loaded (``core.source`` costs 13 ms of imports: dataclasses, enums, dates),
so they live here, each once.
"""

from __future__ import annotations

import re

# The fields without which a citation of each CSL type is incomplete (what a reader
# needs to find the work again). A style that never prints a field does not need
# it: ``SourceMeta.missing`` takes the chosen style's fields (``export.csl_styles``).
NEEDED_FIELDS: dict[str, tuple[str, ...]] = {
    "article-newspaper": ("title", "container-title", "issued"),
    "article-magazine": ("title", "container-title", "issued"),
    "article-journal": ("author", "title", "container-title", "issued", "volume", "page"),
    "article": ("title", "issued"),
    "report": ("title", "issued"),
    "book": ("author", "title", "publisher", "issued"),
    "chapter": ("author", "title", "container-title", "publisher", "issued"),
    "paper-conference": ("author", "title", "container-title", "issued"),
    "thesis": ("author", "title", "publisher", "issued"),
    "webpage": ("title", "URL"),
    "post-weblog": ("title", "container-title", "URL", "issued"),
    "post": ("title", "URL", "issued"),
    "legislation": ("title", "issued"),
    "bill": ("title", "number", "issued"),
    "legal_case": ("title", "authority", "issued"),
    "speech": ("author", "title", "issued"),
    "interview": ("author", "issued"),
    "broadcast": ("title", "container-title", "issued"),
    "dataset": ("title", "publisher", "issued"),
    "document": ("title", "issued"),
}
SURVEY_NEEDS = ("title", "issued")
OTHER_NEEDS = ("title", "issued")

UNTITLED_SURVEY = "Untitled survey"  # a survey's opening words are a question, not a title

# Lines a web clipping starts with that are page furniture, not the article.
_BOILERPLATE = re.compile(
    r"^(skip to (main )?content|advertisement|sign in|log in|subscribe( now)?|menu|search|"
    r"share( this article)?|close|home|accept( all)? cookies|cookie settings|"
    r"(this article was )?(updated|published)\b.*)$", re.I)
# A news dateline before the first sentence: "WASHINGTON, D.C. — ", "OTTAWA -- ".
_DATELINE = re.compile(r"^[A-Z][A-Z .,'’()-]{1,40}\s(—|–|--|-)\s+(?=\S)")
TITLE_CHARS = 70


def needed_fields(csl_type: str, survey: bool) -> tuple[str, ...]:
    """The CSL fields a citation of a work of ``csl_type`` needs (a survey or an article
    of no stated type: what those need)."""
    if csl_type:
        return NEEDED_FIELDS.get(csl_type, OTHER_NEEDS)
    return SURVEY_NEEDS if survey else NEEDED_FIELDS["article-newspaper"]


def declared_kind_name(csl_type: str, genre: str, kind: object) -> str | None:
    """"survey" or "article" as the metadata declares it (its CSL type, its genre, or
    an extra ``kind`` field), or None if it does not (the text's structure decides)."""
    declared = f"{csl_type} {genre} {kind}".lower()
    if "survey" in declared:
        return "survey"
    if csl_type.startswith(("article", "webpage", "post")):
        return "article"
    return None


def opening_words(text: str, limit: int = TITLE_CHARS) -> str:
    """The start of the first line of real content, cut at a word boundary."""
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if not line or _BOILERPLATE.match(line):
            continue
        line = _DATELINE.sub("", line)
        if len(line) <= limit:
            return line
        cut = line[:limit].rsplit(" ", 1)[0].rstrip(",;:—–- ")
        return cut + "…"
    return ""
