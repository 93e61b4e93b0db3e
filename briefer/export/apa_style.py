"""APA (7th ed.) citations: author-date footnotes and a reference list.

Split from ``citations`` so each style's rules read on their own; the pieces
both styles share are in ``citation_text`` and ``citation_item``.
"""

from __future__ import annotations

from briefer.export.citation_item import PERIODICALS, Item, Style
from briefer.export.citation_text import (
    Builder,
    Span,
    apa_date,
    iso_date,
    long_date,
    sort_text,
    title_case,
    upper_first,
)

# In APA these are parts of a larger work (title upright, outlet in italics) when the outlet
# is known; a web page, or an article whose outlet is unknown, stands alone (title in italics).
_APA_PARTS = ("article-newspaper", "article-magazine", "article-journal", "post-weblog", "post")


class APA(Style):
    """APA 7th edition: (Author, Year) in the footnotes, the full entry in the reference list.

    APA is an author-date style, so a footnote carries the parenthetical
    citation, the first time and every time: "(Smith, 2018)", "(“Unsigned
    Headline,” 2022)", "(Expert Survey, 2023, response 3 to question 1)".
    That is exactly what pandoc's apa.csl prints for a parenthetical citation
    placed in a footnote (``^[[@id]]``); pandoc's bare ``^[@id]`` gives the
    narrative form "Smith (2018)", which reads as the start of a sentence and
    is not used. The reader finds the full reference in the list at the end.

    Titles keep the case they were entered in, as pandoc's apa.csl does:
    sentence case cannot be made safely (it would lower-case proper nouns
    such as "Canada" or "NAFTA"), so the metadata is expected in sentence
    case, for signed and unsigned works alike. Only the short title of an
    unsigned work in a citation is put in title case (APA 8.14), like pandoc.
    """

    name = "apa"

    def _authors(self, item: Item) -> str:
        listed = [a.apa() for a in item.authors]
        if len(listed) == 1:
            return listed[0]
        if len(listed) <= 20:
            return ", ".join(listed[:-1]) + ", & " + listed[-1]
        return ", ".join(listed[:19]) + ", … " + listed[-1]

    @staticmethod
    def _in_container(item: Item) -> bool:
        """An article in a newspaper or magazine: title upright, the outlet in italics."""
        return item.type in _APA_PARTS and bool(item.container)

    @staticmethod
    def _date(item: Item) -> str:
        """Month and day for dated media (articles, pages); the year alone for reports."""
        text = apa_date(item.issued)
        return text if item.type in PERIODICALS else text.split(",")[0]

    def bibliography(self, item: Item) -> list[Span]:
        b = Builder()
        date = f"({self._date(item)})"
        title = item.title if item.title_known else f"[{item.title}]"
        part = self._in_container(item)
        described = f"[{upper_first(item.genre)}]" if item.genre else ""
        italic = not part and item.title_known  # a work standing alone is in italics
        if item.authors:
            b.add(self._authors(item))
            b.add(date, before=".")
            b.add(title, before=".", italic=italic)
            b.add(described, before="")  # Title [Survey].
        else:
            b.add(title, italic=italic)
            b.add(date, before=".")
            b.add(described, before=".")  # Title. (2023). [Survey].
        if part:
            b.add(item.container, italic=True, before=".")
        elif item.container and item.type in PERIODICALS:  # a web page's site: upright
            b.add(item.container, before=".")
        elif item.container:
            b.add("In " + item.container, before=".")
        else:
            b.add(item.publisher, before=".")
        if item.url:
            if apa_date(item.issued) == "n.d." and long_date(item.accessed):
                # an undated page that may change: when it was read (APA 9.16)
                b.add(f"Retrieved {long_date(item.accessed)}, from {item.url}", before=".")
            else:
                b.add(item.url, before=".")
            return b.end("")
        return b.end(".")

    def bibliography_list(self, items: list[Item]) -> list[list[Span]]:
        return [self.bibliography(item) for item in sorted(items, key=self.sort_key)]

    def full(self, item: Item, locator: str = "") -> list[Span]:
        """The footnote: "(Smith, 2018)" or "(Smith, 2018, response 3 to question 1)"."""
        text = self.intext(item)
        if locator:
            text += f", {locator}"
        return [Span(f"({text})")]

    def short(self, item: Item, locator: str = "") -> list[Span]:
        """Later footnotes are the same parenthetical citation (APA has no short form)."""
        return self.full(item, locator)

    def intext(self, item: Item) -> str:
        """'Smith, 2018', 'Smith & Doe, 2020', 'Smith et al., 2020', '“Title,” n.d.'."""
        year = apa_date(item.issued).split(",")[0]
        shorts = [a.short() for a in item.authors]
        if len(shorts) >= 3:
            who = f"{shorts[0]} et al."
        elif len(shorts) == 2:
            who = f"{shorts[0]} & {shorts[1]}"
        elif shorts:
            who = shorts[0]
        else:
            if not item.title_known:
                return f"[{item.title}], {year}"
            title = title_case(item.title) if item.english else item.title
            if self._in_container(item):  # an article's title is quoted, a work's is not
                return f"“{title},” {year}"
            return f"{title}, {year}"
        return f"{who}, {year}"

    def sort_key(self, item: Item) -> tuple[str, str, str]:
        """By author (else title), then the oldest first (APA 9.46), then the title."""
        first = self._authors(item) if item.authors else item.title
        return (sort_text(first), iso_date(item.issued), sort_text(item.title))

