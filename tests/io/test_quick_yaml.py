"""The sidecar reader of the window's first paint (io.quick_yaml) means what PyYAML means.

Whatever it reads must be what ``yaml.safe_load`` gives (else the first list would show
another title, date or mark than the Sources pane a moment later); whatever PyYAML
refuses it must refuse too. It may refuse more: the usual reader then reads the file.
"""

from __future__ import annotations

import datetime
from typing import Any

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from briefer.io.quick_yaml import OTHER, DateParts, read_mapping
from briefer.io.yamlutil import dump_yaml

TRICKY = ["", "null", "Null", "~", "yes", "No", "on", "y", "n", "1984", "2018-03-05",
          "2018-3-5", "1_000", "0x1F", "0o17", "017", "08", ".5", "+1", "-1", "1e5", "1.5e+3",
          ".inf", ".NaN", "12:30", "1:30:00.5", "<<", "=", "a: b", "a:b", "#x", "x #y",
          "x# y", "'quoted'", '"dq"', "- dash", "-dash", "[x]", "{y}", "@at", "%p", "*star",
          "&amp", "!bang", "|pipe", ">gt", "?q", ":c", "http://x.y/z?a=b#c", "a'b", 'a"b',
          "a\\b", " lead", "trail ", "ünïcödé — «guillemets»", "Ottawa’s “agenda”",
          "line\nbreak", "para\n\nbreak", "tab\tin", "\u2028", "x\x85y", "\ufeffbom",
          "ÿ", "2018 review", "2018, a year", "Canada's trade agenda: resistance from partners "
          "as Ottawa rethinks its progressive strategy in the region, officials say"]


def _agrees(mine: Any, theirs: Any) -> bool:
    if mine is OTHER:
        return theirs is not None and not isinstance(theirs, str) \
            and not (isinstance(theirs, (list, dict)) and not theirs)
    if isinstance(mine, DateParts):
        return theirs == {"date-parts": [list(mine)]}
    return type(mine) is type(theirs) and mine == theirs


def _check(text: str) -> dict[str, Any] | None:
    """read_mapping(text), checked against PyYAML; returns it."""
    mine = read_mapping(text)
    try:
        theirs = yaml.safe_load(text)
    except yaml.YAMLError:
        assert mine is None, text
        return None
    if mine is not None:
        if theirs is None:
            assert mine == {}, text
        else:
            assert isinstance(theirs, dict) and list(mine) == list(theirs), text
            for key, value in mine.items():
                assert _agrees(value, theirs[key]), (text, key, value, theirs[key])
    return mine


def test_sidecars_as_briefer_writes_them_are_read_as_pyyaml_reads_them() -> None:
    for value in TRICKY:
        meta = {"id": "s1", "type": "article-newspaper", "title": value,
                "container-title": value[::-1], "issued": value}
        text = "# Metadata for s1.txt\n" + dump_yaml(meta)
        _check(text)
    sample = {"id": "s2", "type": "article-journal", "title": "Rules of origin",
              "author": [{"family": "Tremblay", "given": "Marie"}, {"literal": "CBC News"}],
              "issued": {"date-parts": [[2018, 3, 5]]}, "volume": 12, "page": "3-9",
              "URL": "https://example.org/a?b=c", "accessed": {"date-parts": [[2019]]},
              "note": "", "language": None, "kind": [], "genre": {}}
    mine = _check(dump_yaml(sample))
    assert mine is not None  # every value read: none refused
    assert mine["issued"] == DateParts((2018, 3, 5)) and mine["accessed"] == DateParts((2019,))
    assert mine["author"] is OTHER and mine["volume"] is OTHER and mine["page"] == "3-9"
    assert mine["language"] is None and mine["kind"] == [] and mine["genre"] == {}


def test_what_briefer_writes_of_the_usual_values_is_read() -> None:
    for value in ["Tariffs rise", "Ottawa’s “agenda”: a reply", "It's done", "2018 review",
                  "ünïcödé — «guillemets»", "a " * 80, "September 16, 2025", "2018-03-05",
                  "x #y", "a: b", ""]:
        assert read_mapping(dump_yaml({"title": value})) == {"title": value}, value


def test_hand_written_sidecars() -> None:
    cases = ["title: plain\n", "title:   spaced   \n", "title: a\n  folded\n  over\n",
             "title: 'a\n  b'\n", "title: 'a''s'\n", "title: \"dq\"\n", "title: \"a\\tb\"\n",
             "title: \"a\n  b\"\n", "title: a # comment\n", "title: |\n  block\n",
             "title: >\n  folded\n", "title: &a x\nother: *a\n", "title: !!str 12\n",
             "title: [a, b]\n", "title: {a: b}\n", "---\ntitle: x\n", "title: x\n...\n",
             "- a\n- b\n", "just text\n", "", "# only a comment\n", "title: x\ntitle: y\n",
             "title:\n- a\n- b\n", "author:\n  - family: X\n    given: Y\n",
             "author:\n- family: X\n\n  given: Y\n", "issued: 2018-03-05\n", "issued: 2018\n",
             "issued:\n  date-parts:\n  - - 2018\n    - 3\n    - 5\n",
             "issued:\n  date-parts:\n  - - 2018\n    - 03\n", "issued:\n  raw: 2018\n",
             "title: a\n b\n", "title:a\n", "yes: x\n", "'title': x\n", "title: x\r\n",
             "title: x\n\tnext: y\n", "title: x\n  # comment\n", "title: \ufeffx\n",
             "\ufefftitle: x\n", "title: x\x85y\n", "title: a\u2028b\n", "title: 'a\n\n  b'\n"]
    for text in cases:
        _check(text)


_scalars = st.one_of(st.sampled_from(TRICKY), st.text(max_size=120), st.none(),
                     st.integers(-5, 3000), st.booleans(), st.floats(allow_nan=False),
                     st.dates(min_value=datetime.date(1900, 1, 1)),
                     st.just([]), st.just({}))
_values = st.one_of(
    _scalars,
    st.lists(st.dictionaries(st.sampled_from(["family", "given", "literal"]),
                             st.sampled_from(TRICKY), min_size=1), min_size=1, max_size=3),
    st.builds(lambda parts: {"date-parts": [parts]},
              st.lists(st.integers(1, 2100), min_size=1, max_size=3)))
_keys = st.sampled_from(["title", "container-title", "type", "genre", "issued", "author",
                         "URL", "volume", "page", "kind", "note", "publisher", "id"])


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(_keys, _values, max_size=8))
def test_any_sidecar_briefer_could_write_is_read_as_pyyaml_reads_it(data: dict[str, Any]
                                                                      ) -> None:
    _check(dump_yaml(data))


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(_keys, _values, max_size=6), st.integers(0, 10_000),
       st.sampled_from(["", " ", "  ", "\n", "- ", "#", ":", "'", '"', " #c", "\t", "---\n",
                        "|", "&a ", "*a", "!!str ", "[", "{", "\n\n", "\n  "]))
def test_a_sidecar_edited_by_hand_is_read_as_pyyaml_reads_it_or_refused(
        data: dict[str, Any], at: int, insert: str) -> None:
    text = dump_yaml(data)
    at %= len(text) + 1
    _check(text[:at] + insert + text[at:])
