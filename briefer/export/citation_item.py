"""What a citation is made from: the ``Item`` read from a source, and the ``Style`` shape.

Split from ``citations`` so that both formatters (``chicago_style``,
``apa_style``) can build on it while ``citations`` picks between them. An
``Item`` holds the cleaned CSL fields a formatter needs; a source without a
title gets a bracketed description of its kind and opening words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from briefer.core.source import Source, SourceKind, SourceMeta
from briefer.export.citation_text import (
    STOP_WORDS,
    Name,
    Span,
    is_english,
    names,
    smart,
    strip_end,
)

# CSL types of articles and pages that appear in a newspaper, magazine, site or blog.
PERIODICALS = ("article-newspaper", "article-magazine", "webpage", "post-weblog", "post")


# -- the item -------------------------------------------------------------------

@dataclass
class Item:
    """What a citation needs, read from a Source (title fallback included)."""

    title: str
    container: str
    authors: list[Name]
    issued: Any
    accessed: Any
    url: str
    publisher: str
    type: str
    english: bool
    title_known: bool = True
    genre: str = ""  # "survey", "editorial": printed as a description of the work

    @classmethod
    def from_source(cls, source: Source) -> Item:
        meta = source.meta
        title = strip_end(meta.title)
        known = bool(title)
        ctype = meta.type or ("report" if source.kind is SourceKind.SURVEY else "article-newspaper")
        genre = strip_end(meta.genre)
        if not known:
            # the description names the kind of work ("Survey: …"): the genre is used up
            title = describe_untitled(source)
            genre = ""
        return cls(title=title, container=strip_end(meta.container_title), authors=names(meta),
                   issued=meta.issued, accessed=meta.accessed, url=(meta.URL or "").strip(),
                   publisher=strip_end(meta.publisher), type=ctype, english=is_english(meta),
                   title_known=known, genre=genre)

    @classmethod
    def from_meta(cls, meta: SourceMeta) -> Item:
        return cls.from_source(Source(id="item", text="", meta=meta))


DESCRIPTION_WORDS = 8  # an untitled source's bracketed description, label included

_KIND_LABELS = {"article-newspaper": "Article", "article-magazine": "Article",
                "article-journal": "Article", "webpage": "Web page", "post-weblog": "Blog post",
                "post": "Post", "report": "Report"}


def describe_untitled(source: Source) -> str:
    """What stands for a missing title: the kind of work and its opening words.

    'Article: “Recent trade negotiations between Canada…”' — printed in square
    brackets, as both Chicago and APA ask of a supplied description. The opening words
    are the source's display title, which skips page furniture and datelines;
    the whole description stays within ``DESCRIPTION_WORDS`` words.
    """
    meta = source.meta
    genre = " ".join(str(meta.genre or "").split())
    if genre:
        label = genre[0].upper() + genre[1:]
    elif source.kind is SourceKind.SURVEY:
        label = "Survey"
    else:
        label = _KIND_LABELS.get(meta.type or "article-newspaper", "Document")
    # a survey opens with its first question, which would read like a title
    shown = "" if meta.title or source.kind is SourceKind.SURVEY else source.display_title
    if not source.text.strip() or shown == source.id:
        shown = ""
    words = smart(shown).split()
    keep = DESCRIPTION_WORDS - len(label.split())
    if not words or keep < 1:
        return f"Untitled {label[0].lower() + label[1:]}" if label != "Document" else \
            "Untitled document"
    cut = len(words) > keep or words[-1].endswith("…")
    kept = words[:keep]
    while cut and len(kept) > 1 and kept[-1].lower().strip(",;:") in STOP_WORDS:
        kept.pop()  # "…between Canada…", not "…between Canada and the…"
    opening = " ".join(kept)
    # quotation marks inside the opening words become single ones (a quote in a quote)
    opening = opening.replace("“", "‘").replace("”", "’")
    if cut:
        opening = opening.rstrip("…").rstrip(",;:.—–-‘ ") + "…"
    return f"{label}: “{opening}”"


class Style:
    """Common shape of the two formatters."""

    name = ""

    def full(self, item: Item, locator: str = "") -> list[Span]:
        raise NotImplementedError

    def short(self, item: Item, locator: str = "") -> list[Span]:
        raise NotImplementedError

    def bibliography(self, item: Item) -> list[Span]:
        raise NotImplementedError

    def bibliography_list(self, items: list[Item]) -> list[list[Span]]:
        """Every entry of the reference list, in order."""
        raise NotImplementedError

    def sort_key(self, item: Item) -> tuple[str, str, str]:
        raise NotImplementedError

