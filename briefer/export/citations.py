"""Citations from CSL-JSON metadata: Chicago notes-bibliography (default) and APA.

Each formatter gives a first note, a later note and a bibliography entry, as
a list of ``Span`` pieces so italics (the outlet's name) reach the document.
The reference for every element is pandoc's citeproc with the CSL styles
chicago-fullnote-bibliography.csl and apa.csl (tests/export compares them);
missing metadata degrades the same way: "n.d." for an unknown date, no empty
commas, the outlet in place of an unknown author in a bibliography.

Chicago (17th ed.): notes separate elements with commas, bibliography entries
with periods. Where the CSL style departs from the Manual, the Manual wins:
an unsigned article is listed under its newspaper (14.207) and sorted there
too, not by its headline; a leading "The", "A" or "An" is ignored in sorting;
the headline of such an entry is closed by a period ("National Post.
“Headline.” July 2, 2025.", where the CSL style leaves a comma); and the
newspaper's name keeps its italics.

APA (7th ed.) is an author-date style: every footnote, first or later, is the
parenthetical citation "(Smith, 2018)" or "(“Headline,” 2022)" — what pandoc's
apa.csl prints for a parenthetical citation in a footnote, ``^[[@id]]`` — and
the full entries are in the reference list. Titles keep the case they were
entered in, as in apa.csl (sentence case would lower-case proper nouns).

A source without a title is described in square brackets by its kind and
opening words: [Article: “Recent trade negotiations between Canada…”].
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
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
# In APA these are parts of a larger work (title upright, outlet in italics) when the outlet
# is known; a web page, or an article whose outlet is unknown, stands alone (title in italics).
_APA_PARTS = ("article-newspaper", "article-magazine", "article-journal", "post-weblog", "post")


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
    genre: str = ""  # "survey", "editorial": printed as a description of the work

    @classmethod
    def from_source(cls, source: Source) -> Item:
        meta = source.meta
        title = _strip_end(meta.title)
        known = bool(title)
        ctype = meta.type or ("report" if source.kind is SourceKind.SURVEY else "article-newspaper")
        genre = _strip_end(meta.genre)
        if not known:
            # the description names the kind of work ("Survey: …"): the genre is used up
            title = describe_untitled(source)
            genre = ""
        return cls(title=title, container=_strip_end(meta.container_title), authors=names(meta),
                   issued=meta.issued, accessed=meta.accessed, url=(meta.URL or "").strip(),
                   publisher=_strip_end(meta.publisher), type=ctype, english=_is_english(meta),
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
    while cut and len(kept) > 1 and kept[-1].lower().strip(",;:") in _STOP_WORDS:
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
        b.add(_lower_first(item.genre), before=",")
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

    @staticmethod
    def _under_outlet(item: Item) -> bool:
        """An unsigned newspaper or magazine article is listed under the outlet (CMOS 14.207)."""
        return not item.authors and item.type in _PERIODICALS and bool(item.container)

    def lead(self, item: Item) -> Span | None:
        """The first element of a bibliography entry: the authors, or the outlet; else None."""
        if item.authors:
            first, *rest = item.authors
            listed = [first.sort_form()] + [a.display() for a in rest]
            if len(listed) == 2:  # "Smith, Jane, and John Doe": the inverted name needs the comma
                return Span(f"{listed[0]}, and {listed[1]}")
            if len(listed) > 10:
                return Span(", ".join(listed[:7]) + ", et al.")
            return Span(_and_list(listed))
        if self._under_outlet(item):
            return Span(item.container, italic=_italic_outlet(item))
        return None

    def bibliography(self, item: Item, lead: Span | None = None) -> list[Span]:
        """Author. “Title.” Outlet, Month D, YYYY. URL. — elements end with periods.

        ``lead`` replaces the first element (the 3-em dash of a repeated author).
        """
        b = _Builder()
        first = lead or self.lead(item)
        if first is not None:
            b.add(first.text, italic=first.italic)
        b.add(self._title(item)[0], before=".")
        # the publication facts: [Genre.] Outlet or Publisher, Date — the date joins the
        # element before it with a comma, or stands alone after a period
        facts = [_upper_first(item.genre)]
        if item.type == "report" or not (item.type in _PERIODICALS or item.container):
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
        return (_sort_text(first), _sort_text(item.title), _iso(item.issued))


REPEATED_NAME = "———"  # 3-em dash: same author(s) as the entry above (CMOS 14.68)


def _italic_outlet(item: Item) -> bool:
    """Newspapers, magazines and blogs are in italics; a website's name is not (CMOS 14.206)."""
    return item.type != "webpage"


def _iso(value: Any) -> str:
    return "-".join(f"{p:04d}" for p in _valid(date_parts(value)))


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:1].isupper() and not text[1:2].isupper() else text


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _sort_text(text: str) -> str:
    """A sort key: case, accents and leading punctuation ignored, then an initial article."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"^[\W_]+", "", text)
    return re.sub(r"^(the|a|an)\W+", "", text)


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
        return text if item.type in _PERIODICALS else text.split(",")[0]

    def bibliography(self, item: Item) -> list[Span]:
        b = _Builder()
        date = f"({self._date(item)})"
        title = item.title if item.title_known else f"[{item.title}]"
        part = self._in_container(item)
        described = f"[{_upper_first(item.genre)}]" if item.genre else ""
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
        elif item.container and item.type in _PERIODICALS:  # a web page's site: upright
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
        return (_sort_text(first), _iso(item.issued), _sort_text(item.title))


def get_style(name: str) -> Style:
    """The formatter for 'chicago' or 'apa'."""
    key = (name or "chicago").strip().lower()
    if key.startswith("chicago"):
        return Chicago()
    if key.startswith("apa"):
        return APA()
    raise ValueError(f"unknown citation style {name!r} (use 'chicago' or 'apa')")
