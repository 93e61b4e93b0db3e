"""Chicago Manual of Style (17th ed.) notes and bibliography: the default style.

Notes separate elements with commas, bibliography entries with periods.
Where pandoc's chicago-fullnote-bibliography.csl departs from the Manual, the
Manual wins (see ``citations``). Split from ``citations`` so each style's
rules read on their own; the pieces both styles share are in
``citation_text`` and ``citation_item``.
"""

from __future__ import annotations

from briefer.export.citation_item import PERIODICALS, Item, Style
from briefer.export.citation_text import (
    Builder,
    Span,
    and_list,
    iso_date,
    long_date,
    lower_first,
    quoted,
    sort_text,
    title_case,
    upper_first,
)

REPEATED_NAME = "———"  # 3-em dash: same author(s) as the entry above (CMOS 14.68)


def _title_text(item: Item, case: bool) -> str:
    if not item.title_known:
        return item.title
    return title_case(item.title) if case and item.english else item.title


class Chicago(Style):
    """Chicago Manual of Style (17th ed.) notes and bibliography."""

    name = "chicago"

    def _title(self, item: Item) -> tuple[str, bool]:
        """(title text, quoted?) — an unknown title is a bracketed description."""
        text = _title_text(item, True)
        if not item.title_known:
            return f"[{text}]", False
        return quoted(text), True

    def _note_authors(self, item: Item) -> str:
        shown = [a.display() for a in item.authors]
        if len(shown) >= 4:
            return f"{shown[0]} et al."
        return and_list(shown)

    def full(self, item: Item, locator: str = "") -> list[Span]:
        b = Builder()
        b.add(self._note_authors(item))
        b.add(self._title(item)[0], before=",")
        b.add(lower_first(item.genre), before=",")
        date = long_date(item.issued)
        if item.type == "report" and item.publisher:  # “Title” (Publisher, 2023)
            b.add(f"({item.publisher}, {date or 'n.d.'})", before="")
        else:  # articles and pages: “Title,” Outlet, Date
            b.add(item.container, italic=_italic_outlet(item), before=",")
            if not item.container and item.type != "report":
                b.add(item.publisher, before=",")
            b.add(self._date_or_access(item, "accessed"), before=",")
        b.add(locator, before=",")
        b.add(item.url, before=",")
        return b.end(".")

    @staticmethod
    def _date_or_access(item: Item, word: str) -> str:
        """The date; for an undated web item its access date; else 'n.d.'."""
        if long_date(item.issued):
            return long_date(item.issued)
        if long_date(item.accessed) and item.url:
            return f"{word} {long_date(item.accessed)}"
        return "n.d."

    def short(self, item: Item, locator: str = "") -> list[Span]:
        b = Builder()
        authors = [a.short() for a in item.authors]
        if len(authors) >= 4:
            b.add(f"{authors[0]} et al.")
        else:
            b.add(and_list(authors))
        if item.title_known or item.title:
            title, _ = self._title(item)
            b.add(title, before=",")
        b.add(locator, before=",")
        spans = b.end(".")
        if spans and spans[0].text[:1].islower():  # a note starts with a capital
            spans[0] = Span(spans[0].text[0].upper() + spans[0].text[1:], spans[0].italic)
        return spans

    @staticmethod
    def _under_outlet(item: Item) -> bool:
        """An unsigned newspaper or magazine article is listed under the outlet (CMOS 14.207)."""
        return not item.authors and item.type in PERIODICALS and bool(item.container)

    def lead(self, item: Item) -> Span | None:
        """The first element of a bibliography entry: the authors, or the outlet; else None."""
        if item.authors:
            first, *rest = item.authors
            listed = [first.sort_form()] + [a.display() for a in rest]
            if len(listed) == 2:  # "Smith, Jane, and John Doe": the inverted name needs the comma
                return Span(f"{listed[0]}, and {listed[1]}")
            if len(listed) > 10:
                return Span(", ".join(listed[:7]) + ", et al.")
            return Span(and_list(listed))
        if self._under_outlet(item):
            return Span(item.container, italic=_italic_outlet(item))
        return None

    def bibliography(self, item: Item, lead: Span | None = None) -> list[Span]:
        """Author. “Title.” Outlet, Month D, YYYY. URL. — elements end with periods.

        ``lead`` replaces the first element (the 3-em dash of a repeated author).
        """
        b = Builder()
        first = lead or self.lead(item)
        if first is not None:
            b.add(first.text, italic=first.italic)
        b.add(self._title(item)[0], before=".")
        # the publication facts: [Genre.] Outlet or Publisher, Date — the date joins the
        # element before it with a comma, or stands alone after a period
        facts = [upper_first(item.genre)]
        if item.type == "report" or not (item.type in PERIODICALS or item.container):
            facts.append(item.publisher)
            when = long_date(item.issued) or "n.d."
        else:
            if not self._under_outlet(item):
                facts.append(item.container)
            when = self._date_or_access(item, "Accessed")
        facts = [f for f in facts if f]
        for fact in facts:
            b.add(fact, italic=fact == item.container and _italic_outlet(item), before=".")
        b.add(when, before="," if facts and not when.startswith("Accessed") else ".")
        b.add(item.url, before=".")
        return b.end(".")

    def bibliography_list(self, items: list[Item]) -> list[list[Span]]:
        """The entries in order; a name repeated from the entry above becomes ‘———’."""
        out: list[list[Span]] = []
        previous = None
        for item in sorted(items, key=self.sort_key):
            lead = self.lead(item)
            same = lead is not None and previous is not None and lead.text == previous.text
            out.append(self.bibliography(item, Span(REPEATED_NAME) if same else None))
            previous = lead
        return out

    def sort_key(self, item: Item) -> tuple[str, str, str]:
        """Alphabetical by what the entry starts with, an initial The, A or An ignored.

        An unsigned article is listed under its outlet, so it sorts there too
        (pandoc's chicago-fullnote-bibliography.csl sorts it by its headline,
        and keeps a leading "The": both misplace the entry).
        """
        lead = self.lead(item)
        first = lead.text if lead is not None else item.title
        return (sort_text(first), sort_text(item.title), iso_date(item.issued))


def _italic_outlet(item: Item) -> bool:
    """Newspapers, magazines and blogs are in italics; a website's name is not (CMOS 14.206)."""
    return item.type != "webpage"

