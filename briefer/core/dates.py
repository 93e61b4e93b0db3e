"""Dates as analysts type them, in English and French, read into CSL dates.

A source's date was kept as the text typed ("September 16, 2025") and then cited
as "n.d.", because the citation formatter reads only CSL date parts. Here the
forms people actually type — ISO, English and French with or without accents,
weekdays, ordinals, abbreviations, seasons, year ranges — become
``{"date-parts": [[2025, 9, 16]]}``, and what cannot be read *safely* is refused
with words that say how to type it: a day that does not exist, a month past 12,
or an all-numeric date whose day and month could be either way round
(09/10/2025 is 9 October in Ottawa's French and September 10 in its English).
Guessing there would cite a wrong date with full confidence.

``csl_date`` brings anything a sidecar or an import may hold to the same form,
and ``format_date`` shows a date in the face's language in a form that reads back
to the same date.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
import unicodedata
from typing import Any

from briefer.core.messages import UserError

MIN_YEAR, MAX_YEAR = 1000, 2999

_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
_FR_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre")
_EN_SEASONS = ("Spring", "Summer", "Autumn", "Winter")
_FR_SEASONS = ("printemps", "été", "automne", "hiver")


def _plain(text: str) -> str:
    """Lower case without accents, so "Févr." and "fevr." are one word."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


# Month names in both languages, without accents, and the abbreviations in use
# ("Sept.", "janv.", "févr.", "juil."); "mar" is March in English, and the French
# "mars" and "mai" have no shorter form.
_MONTHS = {_plain(name): number for names in (_EN_MONTHS, _FR_MONTHS)
           for number, name in enumerate(names, 1)}
_MONTHS.update({"jan": 1, "janv": 1, "feb": 2, "fev": 2, "fevr": 2, "mar": 3, "apr": 4,
                "avr": 4, "jun": 6, "jul": 7, "juil": 7, "aug": 8, "sep": 9, "sept": 9,
                "oct": 10, "nov": 11, "dec": 12})
# CSL seasons: 1 spring, 2 summer, 3 autumn, 4 winter
_SEASONS = {"spring": 1, "summer": 2, "autumn": 3, "fall": 3, "winter": 4,
            "printemps": 1, "ete": 2, "automne": 3, "hiver": 4}
# Weekdays are dropped (analysts copy "Tuesday, September 16, 2025" from bylines);
# French abbreviations are left out because "mar." is both mardi and March.
_WEEKDAYS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"})
_FILLERS = frozenset({"le", "the", "of"})

_DASHES = str.maketrans({"‐": "-", "‑": "-", "−": "-", "—": "–", "\u00a0": " ",
                         "\u202f": " "})
# ASCII digits only: int() reads other scripts' digits, which no analyst types in a date
_ISO_TIME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[t ]\d{2}:\d{2}\S*$", re.ASCII)
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$", re.ASCII)
_YMD = re.compile(r"^(\d{4})(?:([-/.])(\d{1,2})(?:\2(\d{1,2}))?)?$", re.ASCII)
_DMY = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$", re.ASCII)
_MY = re.compile(r"^(\d{1,2})[-/.](\d{4})$", re.ASCII)
_YEARS = re.compile(r"^(\d{4})\s*-\s*(\d{4})$", re.ASCII)
_YEAR = re.compile(r"^\d{4}$", re.ASCII)
_DAY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th|er)?$", re.ASCII)
_MONTH_DAY = re.compile(r"^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?$", re.ASCII)
_DAY_YEAR = re.compile(r"^\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}$", re.ASCII)


class DateError(UserError):
    """Text or a stored value that is no date Briefer can read; the message says how to
    type one."""


def _unreadable(shown: str) -> DateError:
    return DateError("“{text}” is not a date Briefer can read. Type it as 2025-09-16, "
                     "September 16, 2025 or 16 septembre 2025.", text=shown)


def _reversed(shown: str) -> DateError:
    return DateError("“{text}” is not a period Briefer can read: it ends before it starts.",
                     text=shown)


def parse_date(text: str) -> dict[str, Any]:
    """The CSL date ``text`` names: ``{"date-parts": [[y, m, d]]}`` with as many parts as
    are known, ``"season"`` for "Spring 2024", two dates for a range; ``{}`` when the
    text is empty (no date is not an error). Raises ``DateError`` otherwise.
    """
    shown = " ".join(str(text).split())
    clean = _plain(shown.translate(_DASHES)).strip()
    if clean.endswith("."):
        clean = clean[:-1].rstrip()
    if not clean:
        return {}
    years = _YEARS.match(clean)
    if years:
        return _range(years.group(1), years.group(2), shown)
    if "–" in clean or " - " in clean:
        first, second = (h.strip() for h in re.split(r"–| - ", clean, maxsplit=1))
        return _range(first, second, shown)
    return _single(clean, shown)


def _range(first: str, second: str, shown: str) -> dict[str, Any]:
    """Two dates; the start may leave out what the end states, as people write ranges:
    "September 16–18, 2025", "16–18 septembre 2025", "Sept. 16 – Oct. 2, 2025"."""
    lead = _MONTH_DAY.match(first)
    if lead and _DAY_YEAR.match(second):  # "september 16" – "18, 2025"
        second = f"{lead.group(1)} {second}"
    end = _single(second, shown)
    if len(end) > 1:  # a season has no range
        raise _unreadable(shown)
    last = end["date-parts"][0]
    day = _DAY.match(first)
    if day and len(last) == 3:  # "16" – "18 septembre 2025"
        start = _parts(shown, last[0], last[1], int(day.group(1)))
    elif not any(_YEAR.match(t) for t in re.split(r"[\s,./-]+", first)):
        start = _single(f"{first} {last[0]}", shown)  # "16 septembre" – "2 octobre 2025"
    else:
        start = _single(first, shown)
    if len(start) > 1:
        raise _unreadable(shown)
    if start["date-parts"][0] > last:
        raise _reversed(shown)
    return {"date-parts": [start["date-parts"][0], last]}


def _single(clean: str, shown: str) -> dict[str, Any]:
    """One date (no range) from simplified text; ``shown`` is what the user typed."""
    iso = _ISO_TIME.match(clean)
    if iso:
        date = _parts(shown, *(int(g) for g in iso.groups()))
        try:  # the time must be one too: "2025-09-16T25:00" is a typo, not a date
            _dt.datetime.fromisoformat(re.sub("z$", "+00:00", clean))  # 3.10 reads no Z
        except ValueError as exc:
            raise _unreadable(shown) from exc
        return date
    numeric = _COMPACT.match(clean)
    if numeric:
        return _parts(shown, *(int(g) for g in numeric.groups()))
    numeric = _YMD.match(clean)
    if numeric:
        year, _, month, day = numeric.groups()
        return _parts(shown, int(year), *(int(p) for p in (month, day) if p is not None))
    numeric = _MY.match(clean)
    if numeric:
        return _parts(shown, int(numeric.group(2)), int(numeric.group(1)))
    numeric = _DMY.match(clean)
    if numeric:
        return _day_month(shown, int(numeric.group(1)), int(numeric.group(3)),
                          int(numeric.group(4)))
    if not re.search(r"[a-z]", clean):
        raise _unreadable(shown)
    return _words(clean, shown)


def _day_month(shown: str, first: int, second: int, year: int) -> dict[str, Any]:
    """An all-numeric date: read only when one reading exists (16/09, 09/16, 05/05)."""
    if first > 12 or first == second:
        return _parts(shown, year, second, first)
    if second > 12:
        return _parts(shown, year, first, second)
    raise DateError("“{text}” is ambiguous: {first} and {second} both fit. Type the month in "
                    "words, as in September 16, 2025, or type the date as 2025-09-16.",
                    text=shown, first=f"{year:04d}-{second:02d}-{first:02d}",
                    second=f"{year:04d}-{first:02d}-{second:02d}")


def _words(clean: str, shown: str) -> dict[str, Any]:
    """A date with a month or season in words, in either language and any usual order."""
    found: list[tuple[str, int]] = []  # ("m", 9): a month, a season, a year or a day
    for token in re.split(r"[\s,./-]+", clean):
        if not token or token in _WEEKDAYS or token in _FILLERS:
            continue
        day = _DAY.match(token)
        if token in _MONTHS:
            found.append(("m", _MONTHS[token]))
        elif token in _SEASONS:
            found.append(("s", _SEASONS[token]))
        elif _YEAR.match(token):
            found.append(("y", int(token)))
        elif day:
            found.append(("d", int(day.group(1))))
        else:
            raise _unreadable(shown)
    kinds, at = "".join(kind for kind, _ in found), dict(found)
    if kinds in ("my", "ym"):
        return _parts(shown, at["y"], at["m"])
    if kinds in ("mdy", "dmy", "ymd"):
        return _parts(shown, at["y"], at["m"], at["d"])
    if kinds in ("sy", "ys"):
        return {**_parts(shown, at["y"]), "season": at["s"]}
    if kinds in ("m", "md", "dm", "s"):
        raise DateError("“{text}” has no year. Type it as September 16, 2025 or "
                        "16 septembre 2025.", text=shown)
    raise _unreadable(shown)


def _parts(shown: str, year: int, month: int | None = None,
           day: int | None = None) -> dict[str, Any]:
    """``{"date-parts": [[year, month, day]]}`` once each part is checked to exist."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise DateError("“{text}” is not a date Briefer can read: years go from 1000 to "
                        "2999.", text=shown)
    parts = [year]
    if month is not None:
        if not 1 <= month <= 12:
            raise DateError("“{text}” is not a date: there is no month {month}.", text=shown,
                            month=month)
        parts.append(month)
        if day is not None:
            if not 1 <= day <= calendar.monthrange(year, month)[1]:
                raise DateError("“{text}” is not a date: that month has no day {day}.",
                                text=shown, day=day)
            parts.append(day)
    return {"date-parts": [parts]}


# -- what sidecars and imports hold ---------------------------------------------------------

def _shown(value: Any) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def csl_date(value: Any) -> dict[str, Any]:
    """``value`` as a CSL date dict (``{}`` for no date), whatever form it was stored in.

    Sidecars written by hand, by Zotero or by older versions hold CSL dicts (with
    parts as numbers or digit strings), ``raw``/``literal`` text, ISO or free text,
    a bare year, or the ``datetime.date`` PyYAML makes of an unquoted 2025-09-16.
    Raises ``DateError`` when ``value`` is none of these.
    """
    if value is None:
        return {}
    if isinstance(value, str):
        return parse_date(value)
    if isinstance(value, bool):
        raise _unreadable(_shown(value))
    if isinstance(value, int):
        if not MIN_YEAR <= value <= MAX_YEAR:
            raise _unreadable(_shown(value))
        return {"date-parts": [[value]]}
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return {"date-parts": [[value.year, value.month, value.day]]}
    if not isinstance(value, dict):
        raise _unreadable(_shown(value))
    if not value:
        return {}
    if "date-parts" in value:
        return _from_parts(value)
    for key in ("raw", "literal"):
        if key in value:
            if not isinstance(value[key], str):
                raise _unreadable(_shown(value))
            return parse_date(value[key])
    raise _unreadable(_shown(value))


def _from_parts(value: dict[str, Any]) -> dict[str, Any]:
    """A CSL dict with ``date-parts``: each part checked, digit strings made numbers."""
    shown = _shown(value)
    given = value["date-parts"]
    if not isinstance(given, list) or not 1 <= len(given) <= 2 \
            or not all(isinstance(p, list) and len(p) <= 3 for p in given):
        raise _unreadable(shown)
    if given == [[]]:
        return {}
    dates = []
    for parts in given:
        numbers = []
        for part in parts:
            if isinstance(part, str) and part.strip().isascii() and part.strip().isdigit():
                part = int(part.strip())
            if isinstance(part, bool) or not isinstance(part, int):
                raise _unreadable(shown)
            numbers.append(part)
        if not numbers:
            raise _unreadable(shown)
        dates.append(_parts(shown, *numbers)["date-parts"][0])
    if len(dates) == 2 and dates[0] > dates[1]:
        raise _reversed(shown)
    out: dict[str, Any] = {"date-parts": dates}
    season = value.get("season")
    if season not in (None, ""):
        if isinstance(season, str):
            word = _plain(season.strip())
            season = _SEASONS.get(word, int(word) if word.isascii() and word.isdigit() else 0)
        if isinstance(season, bool) or season not in (1, 2, 3, 4):
            raise _unreadable(shown)
        out["season"] = season
    if value.get("circa"):
        out["circa"] = True
    return out


# -- shown in lists and dialogs ------------------------------------------------------------

def format_date(value: Any, language: str = "en") -> str:
    """``value`` as a reader writes it ("September 16, 2025", "1er octobre 2025"), in a
    form ``parse_date`` reads back to the same date; "" for no date. Never raises:
    what is no date is shown as the text it was.
    """
    try:
        date = csl_date(value)
    except DateError:
        if isinstance(value, dict):
            text = value.get("raw") or value.get("literal")
            return text.strip() if isinstance(text, str) else str(value)
        return value.strip() if isinstance(value, str) else str(value)
    if not date:
        return ""
    french = language.replace("-", "_").split("_")[0].lower() == "fr"
    shown = [_one(parts, french) for parts in date["date-parts"]]
    if "season" in date and len(shown) == 1 and len(date["date-parts"][0]) == 1:
        season = (_FR_SEASONS if french else _EN_SEASONS)[date["season"] - 1]
        return f"{season} {shown[0]}"
    if len(shown) == 2:
        years_only = all(len(parts) == 1 for parts in date["date-parts"])
        return ("–" if years_only else " – ").join(shown)
    return shown[0]


def _one(parts: list[int], french: bool) -> str:
    """One date: "2025", "September 2025", "September 16, 2025" / "1er octobre 2025"."""
    if len(parts) == 1:
        return str(parts[0])
    month = (_FR_MONTHS if french else _EN_MONTHS)[parts[1] - 1]
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    if french:
        return f"{'1er' if parts[2] == 1 else parts[2]} {month} {parts[0]}"
    return f"{month} {parts[2]}, {parts[0]}"
