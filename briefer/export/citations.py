"""Citations from CSL-JSON metadata: Chicago notes-bibliography (default) and APA.

Each formatter gives a full note (first citation of a source), a short note
(later citations) and a bibliography entry, as a list of ``Span`` pieces so
italics (the outlet's name) reach the document. Missing metadata degrades the
way pandoc's citeproc does with the CSL styles: "n.d." for an unknown date,
no empty commas, the outlet in place of an unknown author in a bibliography.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Any

from briefer.core.source import Source, SourceKind, SourceMeta

STYLES = ("chicago", "apa")

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")

# The words citeproc leaves in lower case when it title-cases an English title.
_STOP_WORDS = frozenset((
    "a", "about", "an", "and", "as", "at", "but", "by", "down", "for", "from", "in", "into",
    "nor", "of", "on", "onto", "or", "over", "so", "the", "till", "to", "up", "via", "with", "yet",
))
_PERIODICALS = ("article-newspaper", "article-magazine", "webpage", "post-weblog", "post")


@dataclass(frozen=True)
class Span:
    """A piece of citation text; ``italic`` for titles of outlets."""

    text: str
    italic: bool = False


def plain(spans: list[Span]) -> str:
    """The citation as plain text (what tests compare with pandoc's plain output)."""
    return "".join(s.text for s in spans)


# -- dates --------------------------------------------------------------------

def date_parts(value: Any) -> tuple[int, ...]:
    """(year, month, day) as far as known, from a CSL date dict or an ISO string."""
    if value in (None, "", {}, []):
        return ()
    if isinstance(value, (_dt.date, _dt.datetime)):
        return (value.year, value.month, value.day)
    if isinstance(value, int):
        return (value,)
    if isinstance(value, dict):
        parts = value.get("date-parts")
        if parts and isinstance(parts, list) and parts[0]:
            out = []
            for p in parts[0][:3]:
                try:
                    out.append(int(p))
                except (TypeError, ValueError):
                    break
            return tuple(out)
        for key in ("raw", "literal"):
            if value.get(key):
                return date_parts(str(value[key]))
        return ()
    match = re.match(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", str(value))
    if not match:
        return ()
    return tuple(int(g) for g in match.groups() if g)


def _valid(parts: tuple[int, ...]) -> tuple[int, ...]:
    """Drop a month or day that cannot be (month 13, day 0)."""
    if len(parts) >= 2 and not 1 <= parts[1] <= 12:
        return parts[:1]
    if len(parts) == 3 and not 1 <= parts[2] <= 31:
        return parts[:2]
    return parts


def long_date(value: Any) -> str:
    """'March 5, 2018', 'November 2019', '2019' or '' (Chicago's form)."""
    parts = _valid(date_parts(value))
    if not parts:
        return ""
    if len(parts) == 1:
        return str(parts[0])
    if len(parts) == 2:
        return f"{MONTHS[parts[1] - 1]} {parts[0]}"
    return f"{MONTHS[parts[1] - 1]} {parts[2]}, {parts[0]}"


def apa_date(value: Any) -> str:
    """'2018, March 5', '2019, November', '2019' or 'n.d.' (APA's form)."""
    parts = _valid(date_parts(value))
    if not parts:
        return "n.d."
    if len(parts) == 1:
        return str(parts[0])
    if len(parts) == 2:
        return f"{parts[0]}, {MONTHS[parts[1] - 1]}"
    return f"{parts[0]}, {MONTHS[parts[1] - 1]} {parts[2]}"


# -- names ----------------------------------------------------------------------

@dataclass(frozen=True)
class Name:
    family: str = ""
    given: str = ""
    particle: str = ""  # "van" in "Pieter van Dyk"
    suffix: str = ""
    literal: str = ""  # an organisation ("Canadian Press")

    @classmethod
    def from_csl(cls, data: Any) -> Name | None:
        if isinstance(data, str):
            return cls(literal=data.strip()) if data.strip() else None
        if not isinstance(data, dict):
            return None
        literal = str(data.get("literal") or "").strip()
        family = str(data.get("family") or "").strip()
        given = str(data.get("given") or "").strip()
        particle = " ".join(str(data.get(k) or "").strip() for k in
                            ("dropping-particle", "non-dropping-particle")).strip()
        if not family and not literal:
            literal = given
            given = ""
        if not (family or literal):
            return None
        return cls(family, given, particle, str(data.get("suffix") or "").strip(), literal)

    def display(self) -> str:
        """'Jane Smith', 'Pieter van Dyk'."""
        if self.literal:
            return self.literal
        return " ".join(p for p in (self.given, self.particle, self.family) if p) + (
            f", {self.suffix}" if self.suffix else "")

    def sort_form(self) -> str:
        """'Smith, Jane', 'Dyk, Pieter van' (the first name of a bibliography entry)."""
        if self.literal:
            return self.literal
        rest = " ".join(p for p in (self.given, self.particle) if p)
        out = f"{self.family}, {rest}" if rest else self.family
        return out + (f", {self.suffix}" if self.suffix else "")

    def short(self) -> str:
        """'Smith', 'van Dyk'."""
        if self.literal:
            return self.literal
        return " ".join(p for p in (self.particle, self.family) if p)

    def initials(self) -> str:
        """'J.', 'M.-È.' (APA)."""
        words = []
        for word in self.given.split():
            pieces = [p for p in word.split("-") if p]
            words.append("-".join(p[0] + "." for p in pieces))
        return " ".join(words)

    def apa(self) -> str:
        """'Smith, J.', 'van Dyk, P.'."""
        if self.literal:
            return self.literal
        out = self.short()
        ini = self.initials()
        return f"{out}, {ini}" if ini else out


def names(meta: SourceMeta) -> list[Name]:
    raw = meta.author
    if isinstance(raw, (str, dict)):
        raw = [raw]
    out = [Name.from_csl(a) for a in raw or []]
    return [n for n in out if n is not None]


def _and_list(items: list[str], conj: str = "and") -> str:
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2:
        return f"{items[0]} {conj} {items[1]}"
    return ", ".join(items[:-1]) + f", {conj} {items[-1]}"


# -- text helpers -------------------------------------------------------------

def _is_english(meta: SourceMeta) -> bool:
    lang = (meta.language or "").strip().lower()
    return not lang or lang.startswith("en")


def title_case(title: str) -> str:
    """Chicago headline style as citeproc applies it: lower-case words get a capital.

    Words already holding a capital ("iPhone", "AI") are left alone; short
    prepositions, articles and conjunctions stay lower case except first and
    after a colon.
    """
    out = []
    start = True
    for token in re.split(r"(\s+|-|–|—|/)", title):
        if not token or token.isspace() or token in "-–—/":
            out.append(token)
            continue
        core = token.lstrip("“‘\"'([")
        lead = token[: len(token) - len(core)]
        word = core.rstrip(".,;:!?”’\"')]")
        lower_word = word.islower() and word.replace("’", "").replace("'", "").isalpha()
        if lower_word and (start or (word not in _STOP_WORDS and len(word) > 1)):
            core = core[0].upper() + core[1:]
        out.append(lead + core)
        start = token.endswith((":", "?", "!")) or (token.endswith(".") and len(word) > 3)
        if token.endswith(":"):
            start = True
    return "".join(out)


def smart(text: str) -> str:
    """Typographic apostrophes and quotes, as citeproc prints them."""
    text = re.sub(r"(?<=\w)'(?=\w)", "’", text)
    text = re.sub(r"(^|[\s(\[])\"", "\\1“", text)
    text = text.replace('"', "”")
    text = re.sub(r"(^|[\s(\[])'", "\\1‘", text)
    return text.replace("'", "’")


def _strip_end(text: str) -> str:
    return smart(" ".join(str(text or "").split()).rstrip(",;:").strip())


class _Builder:
    """Joins citation pieces with their delimiters, moving punctuation inside quotes."""

    def __init__(self) -> None:
        self.spans: list[Span] = []

    def _last(self) -> str:
        return self.spans[-1].text if self.spans else ""

    def punct(self, mark: str) -> None:
        """Add ',' or '.' (or '') after what is there, American style: inside a quote."""
        if not mark or not self.spans:
            return
        last = self._last()
        if last.endswith("”"):
            body = last[:-1]
            if body.endswith((".", "?", "!", ",")):
                return
            self._replace_last(body + mark + "”")
            return
        if last.endswith((".", "?", "!")) and mark in ".," and (
                mark == "." or last.endswith(("?", "!"))):
            return
        if self.spans[-1].italic:  # punctuation after a title stays upright
            self.spans.append(Span(mark))
        else:
            self._replace_last(last + mark)

    def _replace_last(self, text: str) -> None:
        span = self.spans[-1]
        self.spans[-1] = Span(text, span.italic)

    def add(self, text: str, italic: bool = False, before: str = "", space: bool = True) -> None:
        """Append ``text`` after the delimiter ``before`` (',' '.' or '')."""
        if not text:
            return
        if self.spans:
            self.punct(before)
            if space:
                self.spans.append(Span(" "))
        self.spans.append(Span(text, italic))

    def end(self, mark: str = ".") -> list[Span]:
        self.punct(mark)
        merged: list[Span] = []
        for span in self.spans:
            if merged and merged[-1].italic == span.italic:
                merged[-1] = Span(merged[-1].text + span.text, span.italic)
            else:
                merged.append(span)
        return merged


def _quoted(title: str) -> str:
    return f"“{title}”" if title else ""


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

    @classmethod
    def from_source(cls, source: Source) -> Item:
        meta = source.meta
        title = _strip_end(meta.title)
        known = bool(title)
        if not known:
            title = _untitled(source)
        ctype = meta.type or ("report" if source.kind is SourceKind.SURVEY else "article-newspaper")
        return cls(title=title, container=_strip_end(meta.container_title), authors=names(meta),
                   issued=meta.issued, accessed=meta.accessed, url=(meta.URL or "").strip(),
                   publisher=_strip_end(meta.publisher), type=ctype, english=_is_english(meta),
                   title_known=known)

    @classmethod
    def from_meta(cls, meta: SourceMeta) -> Item:
        return cls.from_source(Source(id="item", text="", meta=meta))


def _untitled(source: Source) -> str:
    """A description for a source without a title: its first words, marked as supplied."""
    if source.kind is SourceKind.SURVEY:
        return "Expert survey"
    words = " ".join(source.text.split()).split(" ")
    first = " ".join(words[:8]).strip()
    if not first:
        return "Untitled document"
    if len(words) > 8:
        first = first.rstrip(",;:.") + "…"
    return f"Untitled article beginning “{first}”"


class Style:
    """Common shape of the two formatters."""

    name = ""

    def full(self, item: Item, locator: str = "") -> list[Span]:
        raise NotImplementedError

    def short(self, item: Item, locator: str = "") -> list[Span]:
        raise NotImplementedError

    def bibliography(self, item: Item) -> list[Span]:
        raise NotImplementedError

    def sort_key(self, item: Item) -> str:
        raise NotImplementedError


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
        return _quoted(text), True

    def _note_authors(self, item: Item) -> str:
        shown = [a.display() for a in item.authors]
        if len(shown) >= 4:
            return f"{shown[0]} et al."
        return _and_list(shown)

    def full(self, item: Item, locator: str = "") -> list[Span]:
        b = _Builder()
        b.add(self._note_authors(item))
        b.add(self._title(item)[0], before=",")
        date = long_date(item.issued)
        if item.type == "report":  # “Title” (Publisher, 2023)
            inner = ", ".join(p for p in (item.publisher, date or "n.d.") if p)
            b.add(f"({inner})", before="")
        else:  # articles and pages: “Title,” Outlet, Date
            b.add(item.container, italic=True, before=",")
            if not item.container:
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
        b = _Builder()
        authors = [a.short() for a in item.authors]
        if len(authors) >= 4:
            b.add(f"{authors[0]} et al.")
        else:
            b.add(_and_list(authors))
        if item.title_known or item.title:
            title, _ = self._title(item)
            b.add(title, before=",")
        b.add(locator, before=",")
        spans = b.end(".")
        if spans and spans[0].text[:1].islower():  # a note starts with a capital
            spans[0] = Span(spans[0].text[0].upper() + spans[0].text[1:], spans[0].italic)
        return spans

    def bibliography(self, item: Item) -> list[Span]:
        b = _Builder()
        periodical = item.type in _PERIODICALS
        # An unsigned newspaper article is listed under the newspaper (CMOS 14.207).
        under_outlet = not item.authors and periodical and bool(item.container)
        if item.authors:
            first, *rest = item.authors
            listed = [first.sort_form()] + [a.display() for a in rest]
            if len(listed) == 2:  # "Smith, Jane, and John Doe": the inverted name needs the comma
                b.add(f"{listed[0]}, and {listed[1]}")
            elif len(listed) > 10:
                b.add(", ".join(listed[:7]) + ", et al.")
            else:
                b.add(_and_list(listed))
        elif under_outlet:
            b.add(item.container, italic=True)
        b.add(self._title(item)[0], before=".")
        if item.type == "report" or not (periodical or item.container):
            b.add(item.publisher, before=".")
            b.add(long_date(item.issued) or "n.d.", before=",")
        else:
            if not under_outlet:
                b.add(item.container, italic=True, before=".")
            when = self._date_or_access(item, "Accessed")
            b.add(when, before="." if when.startswith("Accessed") else ",")
        b.add(item.url, before=".")
        return b.end(".")

    def sort_key(self, item: Item) -> str:
        # An unsigned article is shown under its outlet but sorted by its title.
        return _sort_text(item.authors[0].sort_form() if item.authors else item.title)


def _sort_text(text: str) -> str:
    text = re.sub(r"^[\W_]+", "", text.lower())
    return re.sub(r"^(the|a|an) ", "", text)


class APA(Style):
    """APA 7th edition: the reference entry as the note, (Author, year) when repeated."""

    name = "apa"

    def _authors(self, item: Item) -> str:
        listed = [a.apa() for a in item.authors]
        if len(listed) == 1:
            return listed[0]
        if len(listed) <= 20:
            return ", ".join(listed[:-1]) + ", & " + listed[-1]
        return ", ".join(listed[:19]) + ", … " + listed[-1]

    def bibliography(self, item: Item) -> list[Span]:
        b = _Builder()
        date = f"({apa_date(item.issued)})"
        title = item.title if item.title_known else f"[{item.title}]"
        periodical = item.type in _PERIODICALS
        if item.authors:
            b.add(self._authors(item))
            b.add(date, before=".")
            b.add(title, before=".", italic=not periodical and item.title_known)
        else:
            b.add(title, italic=not periodical and item.title_known)
            b.add(date, before=".")
        if periodical:
            b.add(item.container, italic=True, before=".")
        elif item.container:
            b.add("In " + item.container, before=".")
        else:
            b.add(item.publisher, before=".")
        if item.url:
            b.add(item.url, before=".")
            return b.end("")
        return b.end(".")

    def full(self, item: Item, locator: str = "") -> list[Span]:
        """The reference entry; a locator follows as its own sentence ("Response 3 …")."""
        spans = self.bibliography(item)
        if not locator:
            return spans
        where = locator[0].upper() + locator[1:]
        if plain(spans).endswith("."):
            return [*spans, Span(f" {where}.")]
        return [*spans, Span(f" ({where}.)")]

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
            title = title_case(item.title) if item.english and item.title_known else item.title
            if item.type in _PERIODICALS and item.title_known and item.container:
                return f"“{title},” {year}"
            return f"{title}, {year}"
        return f"{who}, {year}"

    def short(self, item: Item, locator: str = "") -> list[Span]:
        text = self.intext(item)
        if locator:
            text += f", {locator}"
        return [Span(text + ".")]

    def sort_key(self, item: Item) -> str:
        if item.authors:
            return _sort_text(item.authors[0].apa())
        return _sort_text(item.title)


def get_style(name: str) -> Style:
    """The formatter for 'chicago' or 'apa'."""
    key = (name or "chicago").strip().lower()
    if key.startswith("chicago"):
        return Chicago()
    if key.startswith("apa"):
        return APA()
    raise ValueError(f"unknown citation style {name!r} (use 'chicago' or 'apa')")
