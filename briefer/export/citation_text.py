"""The pieces every citation style is made of: spans, dates, names and wording.

Split from ``citations`` so that the Chicago and APA formatters share one
reading of CSL-JSON dates and names and one way of joining elements with
their punctuation (``Builder``); nothing here knows a style's rules.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from briefer.core.source import SourceMeta

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")

# The words citeproc leaves in lower case when it title-cases an English title.
STOP_WORDS = frozenset((
    "a", "about", "an", "and", "as", "at", "but", "by", "down", "for", "from", "in", "into",
    "nor", "of", "on", "onto", "or", "over", "so", "the", "till", "to", "up", "via", "with", "yet",
))


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


def iso_date(value: Any) -> str:
    """The known date parts, zero-padded and joined by "-": a key that sorts by date."""
    return "-".join(f"{p:04d}" for p in _valid(date_parts(value)))


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


def and_list(items: list[str], conj: str = "and") -> str:
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2:
        return f"{items[0]} {conj} {items[1]}"
    return ", ".join(items[:-1]) + f", {conj} {items[-1]}"


# -- text helpers -------------------------------------------------------------

def is_english(meta: SourceMeta) -> bool:
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
        if lower_word and (start or (word not in STOP_WORDS and len(word) > 1)):
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


def strip_end(text: str) -> str:
    return smart(" ".join(str(text or "").split()).rstrip(",;:").strip())


class Builder:
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


def quoted(title: str) -> str:
    return f"“{title}”" if title else ""


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:1].isupper() and not text[1:2].isupper() else text


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def sort_text(text: str) -> str:
    """A sort key: case, accents and leading punctuation ignored, then an initial article."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"^[\W_]+", "", text)
    return re.sub(r"^(the|a|an)\W+", "", text)
