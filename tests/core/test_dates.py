"""Dates as analysts type them, in English and French, read into CSL dates and shown back.

The table below is what people actually type in a source's date field (from a page's
byline, a report's cover, a French press release); each is read to the CSL date a
citation needs. What cannot be read safely is refused with words that say how to type it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefer.core.dates import DateError, csl_date, format_date, parse_date


def d(*parts: int) -> dict[str, Any]:
    return {"date-parts": [list(parts)]}


READ = [
    # ISO and other all-numeric forms
    ("2025-09-16", d(2025, 9, 16)),
    ("2025-09", d(2025, 9)),
    ("2025", d(2025)),
    ("2025-9-6", d(2025, 9, 6)),
    ("2025/09/16", d(2025, 9, 16)),
    ("2025.09.16", d(2025, 9, 16)),
    ("20250916", d(2025, 9, 16)),
    ("  2025-09-16 ", d(2025, 9, 16)),
    ("2025-09-16.", d(2025, 9, 16)),
    ("2025-09-16T14:30:00Z", d(2025, 9, 16)),
    ("2025-09-16T23:30:00-05:00", d(2025, 9, 16)),
    ("2025-09-16 14:30", d(2025, 9, 16)),
    ("09/2025", d(2025, 9)),
    ("16/09/2025", d(2025, 9, 16)),  # one reading only: there is no month 16
    ("09/16/2025", d(2025, 9, 16)),
    ("16.09.2025", d(2025, 9, 16)),
    ("05/05/2025", d(2025, 5, 5)),  # both readings are the same day
    ("2024-02-29", d(2024, 2, 29)),
    # English
    ("September 16, 2025", d(2025, 9, 16)),
    ("september 16, 2025", d(2025, 9, 16)),
    ("SEPTEMBER 16 2025", d(2025, 9, 16)),
    ("Sept. 16, 2025", d(2025, 9, 16)),
    ("Sep 16 2025", d(2025, 9, 16)),
    ("Sep. 16, 2025.", d(2025, 9, 16)),
    ("September 16th, 2025", d(2025, 9, 16)),
    ("October 1st, 2025", d(2025, 10, 1)),
    ("16 September 2025", d(2025, 9, 16)),
    ("the 16th of September, 2025", d(2025, 9, 16)),
    ("September 2025", d(2025, 9)),
    ("Sept 2025", d(2025, 9)),
    ("Sept. 2025", d(2025, 9)),
    ("16-Sep-2025", d(2025, 9, 16)),
    ("2025 Sep 16", d(2025, 9, 16)),  # as PubMed writes it
    ("2025 Sep", d(2025, 9)),
    ("Tuesday, September 16, 2025", d(2025, 9, 16)),
    ("Tue, 16 Sep 2025", d(2025, 9, 16)),
    ("Feb 29, 2024", d(2024, 2, 29)),
    ("May 2025", d(2025, 5)),
    # French
    ("16 septembre 2025", d(2025, 9, 16)),
    ("le 16 septembre 2025", d(2025, 9, 16)),
    ("Le 16 septembre 2025", d(2025, 9, 16)),
    ("1er octobre 2025", d(2025, 10, 1)),
    ("1er oct. 2025", d(2025, 10, 1)),
    ("septembre 2025", d(2025, 9)),
    ("sept. 2025", d(2025, 9)),
    ("févr. 2024", d(2024, 2)),
    ("fevrier 2024", d(2024, 2)),
    ("Février 2024", d(2024, 2)),
    ("29 février 2024", d(2024, 2, 29)),
    ("15 août 2025", d(2025, 8, 15)),
    ("15 aout 2025", d(2025, 8, 15)),
    ("3 déc. 2024", d(2024, 12, 3)),
    ("mardi 16 septembre 2025", d(2025, 9, 16)),
    ("mardi, le 16 septembre 2025", d(2025, 9, 16)),
    ("7 juil. 2025", d(2025, 7, 7)),
    ("mai 2025", d(2025, 5)),
    ("mars 2025", d(2025, 3)),
    # seasons (CSL: 1 spring, 2 summer, 3 autumn, 4 winter)
    ("Spring 2024", {"date-parts": [[2024]], "season": 1}),
    ("summer 2024", {"date-parts": [[2024]], "season": 2}),
    ("Fall 2024", {"date-parts": [[2024]], "season": 3}),
    ("Autumn 2024", {"date-parts": [[2024]], "season": 3}),
    ("Winter 2024", {"date-parts": [[2024]], "season": 4}),
    ("printemps 2024", {"date-parts": [[2024]], "season": 1}),
    ("été 2024", {"date-parts": [[2024]], "season": 2}),
    ("automne 2024", {"date-parts": [[2024]], "season": 3}),
    ("hiver 2024", {"date-parts": [[2024]], "season": 4}),
    # ranges
    ("2024–2025", {"date-parts": [[2024], [2025]]}),
    ("2024-2025", {"date-parts": [[2024], [2025]]}),
    ("2024 - 2025", {"date-parts": [[2024], [2025]]}),
    ("September 16, 2025 – October 2, 2025", {"date-parts": [[2025, 9, 16], [2025, 10, 2]]}),
    ("September 16–18, 2025", {"date-parts": [[2025, 9, 16], [2025, 9, 18]]}),
    ("16–18 septembre 2025", {"date-parts": [[2025, 9, 16], [2025, 9, 18]]}),
    ("Sept. 16 – Oct. 2, 2025", {"date-parts": [[2025, 9, 16], [2025, 10, 2]]}),
    ("16 septembre – 2 octobre 2025", {"date-parts": [[2025, 9, 16], [2025, 10, 2]]}),
    ("September–October 2025", {"date-parts": [[2025, 9], [2025, 10]]}),
    # nothing typed is no date, not an error
    ("", {}),
    ("   ", {}),
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_what_analysts_type_is_read(text: str, expected: dict[str, Any]) -> None:
    assert parse_date(text) == expected


REFUSED = [
    ("February 30, 2025", "“February 30, 2025” is not a date: that month has no day 30."),
    ("2025-02-29", "“2025-02-29” is not a date: that month has no day 29."),
    ("31 avril 2025", "“31 avril 2025” is not a date: that month has no day 31."),
    ("2025-09-00", "“2025-09-00” is not a date: that month has no day 0."),
    ("2025-13-01", "“2025-13-01” is not a date: there is no month 13."),
    ("2025-13", "“2025-13” is not a date: there is no month 13."),
    ("13/13/2025", "“13/13/2025” is not a date: there is no month 13."),
    ("09/10/2025", "“09/10/2025” is ambiguous: 2025-10-09 and 2025-09-10 both fit. Type the "
                   "month in words, as in September 16, 2025, or type the date as 2025-09-16."),
    ("10/09/2025", "“10/09/2025” is ambiguous: 2025-09-10 and 2025-10-09 both fit. Type the "
                   "month in words, as in September 16, 2025, or type the date as 2025-09-16."),
    ("0999", "“0999” is not a date Briefer can read: years go from 1000 to 2999."),
    ("3025-01-01", "“3025-01-01” is not a date Briefer can read: years go from 1000 to 2999."),
    ("September 16", "“September 16” has no year. Type it as September 16, 2025 or "
                     "16 septembre 2025."),
    ("16 septembre", "“16 septembre” has no year. Type it as September 16, 2025 or "
                     "16 septembre 2025."),
    ("2025–2024", "“2025–2024” is not a period Briefer can read: it ends before it starts."),
    ("September 18–16, 2025", "“September 18–16, 2025” is not a period Briefer can read: it "
                              "ends before it starts."),
    ("September 16 – 31, 2025", "“September 16 – 31, 2025” is not a date: that month has no "
                                "day 31."),
    ("next Tuesday", "“next Tuesday” is not a date Briefer can read. Type it as 2025-09-16, "
                     "September 16, 2025 or 16 septembre 2025."),
    ("n.d.", "“n.d.” is not a date Briefer can read. Type it as 2025-09-16, "
             "September 16, 2025 or 16 septembre 2025."),
    ("16/9/25", "“16/9/25” is not a date Briefer can read. Type it as 2025-09-16, "
                "September 16, 2025 or 16 septembre 2025."),
]


@pytest.mark.parametrize(("text", "message"), REFUSED)
def test_what_cannot_be_read_safely_is_refused_with_words(text: str, message: str) -> None:
    with pytest.raises(DateError) as caught:
        parse_date(text)
    assert str(caught.value) == message


@pytest.mark.parametrize("text", [
    "mid-September 2025", "Q3 2025", "25 décembre", "2025-09-16T25:00", "2025-09-16-17",
    "September 16, 25", "Sept 16, 2025 3:00 p.m.", "spring", "16 2025 September",
    "Spring 16, 2024", "2025 2026 2027", "Spring – Summer 2024", "2024 – Spring 2025",
    "16–18", "2025-09-16 – ", "Sepember 16, 2025", "123 September 2025",
])
def test_other_text_is_refused(text: str) -> None:
    with pytest.raises(DateError):
        parse_date(text)


def test_refusals_are_worded_in_french() -> None:
    with pytest.raises(DateError) as caught:
        parse_date("09/10/2025")
    assert caught.value.text("fr") == (
        "La date « 09/10/2025 » est ambiguë : 2025-10-09 et 2025-09-10 conviennent toutes deux. "
        "Écrivez le mois en toutes lettres, comme dans 16 septembre 2025, ou tapez la date "
        "sous la forme 2025-09-16.")
    with pytest.raises(DateError) as caught:
        parse_date("n.d.")
    assert caught.value.text("fr") == (
        "« n.d. » n’est pas une date que Briefer sait lire. Tapez-la sous la forme "
        "2025-09-16, 16 septembre 2025 ou September 16, 2025.")


# -- what sidecars and imports hold --------------------------------------------------------

CSL: list[tuple[Any, dict[str, Any]]] = [
    (None, {}),
    ("", {}),
    ({}, {}),
    ({"date-parts": [[2025, 9, 16]]}, d(2025, 9, 16)),
    ({"date-parts": [["2025", "9"]]}, d(2025, 9)),
    ({"date-parts": [[2024], [2025]]}, {"date-parts": [[2024], [2025]]}),
    ({"date-parts": [[]]}, {}),
    ({"date-parts": [[2024]], "season": 3}, {"date-parts": [[2024]], "season": 3}),
    ({"date-parts": [[2024]], "season": "Spring"}, {"date-parts": [[2024]], "season": 1}),
    ({"date-parts": [[2024]], "circa": True}, {"date-parts": [[2024]], "circa": True}),
    ({"raw": "September 16, 2025"}, d(2025, 9, 16)),
    ({"literal": "16 septembre 2025"}, d(2025, 9, 16)),
    ({"raw": ""}, {}),
    ("2025-09-16", d(2025, 9, 16)),
    ("Sept. 2025", d(2025, 9)),
    (2025, d(2025)),
    (dt.date(2025, 9, 16), d(2025, 9, 16)),
    (dt.datetime(2025, 9, 16, 14, 30), d(2025, 9, 16)),
]


@pytest.mark.parametrize(("value", "expected"), CSL)
def test_what_a_sidecar_or_an_import_holds_becomes_a_csl_date(value: Any,
                                                             expected: dict[str, Any]) -> None:
    assert csl_date(value) == expected


@pytest.mark.parametrize("value", [
    {"date-parts": [[2025, 13]]}, {"date-parts": [[2025, 2, 30]]}, {"date-parts": "2025"},
    {"date-parts": [["twenty", 9]]}, {"date-parts": [[2025, 9, 16, 4]]},
    {"date-parts": [[2025], [2024]]}, {"date-parts": [[2025]], "season": 7},
    {"date-parts": [[True]]}, {"raw": "soon"}, {"literal": 2025}, {"foo": "bar"},
    "forthcoming", True, 12, 2025.5, [2025, 9, 16], object(),
])
def test_what_is_no_date_is_refused(value: Any) -> None:
    with pytest.raises(DateError):
        csl_date(value)


def test_a_refused_value_that_is_no_text_is_shown_short() -> None:
    with pytest.raises(DateError) as caught:
        csl_date({"date-parts": [[2025, 9, 16, 4]], "note": "x" * 500})
    assert len(str(caught.value)) < 250


# -- shown in lists and dialogs ------------------------------------------------------------

SHOWN = [
    (d(2025, 9, 16), "September 16, 2025", "16 septembre 2025"),
    (d(2025, 10, 1), "October 1, 2025", "1er octobre 2025"),
    (d(2025, 9), "September 2025", "septembre 2025"),
    (d(2024, 2), "February 2024", "février 2024"),
    (d(2025, 8, 15), "August 15, 2025", "15 août 2025"),
    (d(2025), "2025", "2025"),
    ({"date-parts": [[2024]], "season": 1}, "Spring 2024", "printemps 2024"),
    ({"date-parts": [[2024]], "season": 2}, "Summer 2024", "été 2024"),
    ({"date-parts": [[2024], [2025]]}, "2024–2025", "2024–2025"),
    ({"date-parts": [[2025, 9, 16], [2025, 10, 2]]},
     "September 16, 2025 – October 2, 2025", "16 septembre 2025 – 2 octobre 2025"),
    ("2025-09-16", "September 16, 2025", "16 septembre 2025"),
    ({"raw": "1er oct. 2025"}, "October 1, 2025", "1er octobre 2025"),
    (None, "", ""),
    ({}, "", ""),
    ("", "", ""),
    ("forthcoming", "forthcoming", "forthcoming"),
    ({"raw": "soon"}, "soon", "soon"),
    ({"literal": "Undated"}, "Undated", "Undated"),
]


@pytest.mark.parametrize(("value", "english", "french"), SHOWN)
def test_a_date_is_shown_in_the_language_of_the_face(value: Any, english: str,
                                                     french: str) -> None:
    assert format_date(value) == english
    assert format_date(value, "en") == english
    assert format_date(value, "fr") == french
    assert format_date(value, "fr_CA") == french


def test_showing_never_raises() -> None:
    for value in ({"date-parts": [[2025, 2, 30]]}, object(), 2025.5, [1, 2], {"raw": 3}):
        assert isinstance(format_date(value), str)


@pytest.mark.parametrize(("text", "expected"), [row for row in READ if row[1]])
def test_what_is_shown_reads_back_the_same(text: str, expected: dict[str, Any]) -> None:
    for language in ("en", "fr"):
        assert parse_date(format_date(parse_date(text), language)) == expected


# -- any date ------------------------------------------------------------------------------

_DAYS = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2999, 12, 31))


@st.composite
def csl_dates(draw: st.DrawFn) -> dict[str, Any]:
    """A CSL date as Briefer stores one: a day, a month, a year, a season or a year range."""
    day = draw(_DAYS)
    kind = draw(st.sampled_from(["day", "month", "year", "season", "years"]))
    if kind == "day":
        return d(day.year, day.month, day.day)
    if kind == "month":
        return d(day.year, day.month)
    if kind == "year":
        return d(day.year)
    if kind == "season":
        return {"date-parts": [[day.year]], "season": draw(st.integers(1, 4))}
    end = draw(st.integers(day.year, 2999))
    return {"date-parts": [[day.year], [end]]}


@given(csl_dates(), st.sampled_from(["en", "fr"]))
def test_any_date_shown_reads_back_the_same(date: dict[str, Any], language: str) -> None:
    assert parse_date(format_date(date, language)) == date


@given(st.text(max_size=40))
def test_any_text_is_read_or_refused_never_crashes(text: str) -> None:
    try:
        date = parse_date(text)
    except DateError as error:
        assert error.text("fr")
    else:
        assert date == {} or csl_date(date) == date
