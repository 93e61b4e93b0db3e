"""The CSL processor behind every citation: pandoc's citeproc, run once per batch, its
output read with the formatting a style asks for, and batches kept for next time."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.export import citeproc
from briefer.export.citeproc import CitationError, Cite, Span, plain, render
from briefer.export.csl_styles import find_style

JOURNAL = {"type": "article-journal", "title": "Rules of origin in CUSMA",
           "container-title": "Journal of Continental Policy", "volume": "12", "issue": "3",
           "page": "45-67", "DOI": "10.1234/jcp.2022.003",
           "author": [{"family": "Smith", "given": "Jane"}], "issued": {"date-parts": [[2022]]}}
REPORT = {"type": "report", "title": "Trade Experts Survey",
          "author": [{"literal": "Global Affairs Canada"}], "publisher": "Global Affairs Canada",
          "issued": {"date-parts": [[2025, 9, 16]]}}


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "briefer" / "citations"


def test_first_citation_full_later_short_with_italics_and_locator() -> None:
    done = render(find_style("chicago"), {"j": JOURNAL, "s": REPORT},
                  [Cite("j"), Cite("s", "response 3 to question 1"), Cite("j")])
    first, survey, later = done.notes
    assert plain(first) == ("Jane Smith, “Rules of Origin in CUSMA,” Journal of Continental "
                            "Policy 12, no. 3 (2022): 45–67, https://doi.org/10.1234/jcp.2022.003.")
    assert Span("Journal of Continental Policy", italic=True) in first
    assert plain(survey).endswith("(Global Affairs Canada, 2025), response 3 to question 1.")
    assert plain(later) == "Smith, “Rules of Origin in CUSMA.”"
    assert [item for item, _ in done.entries] == ["s", "j"]  # the style's order


def test_a_locator_with_markdown_characters_is_passed_as_written() -> None:
    done = render(find_style("chicago"), {"s": REPORT},
                  [Cite("s", "response {3} [b] to *question* @1; _x_")])
    assert plain(done.notes[0]).endswith("response {3} [b] to *question* @1; _x_.")


def test_superscript_numbers_of_a_numeric_style() -> None:
    done = render(find_style("nature"), {"j": JOURNAL}, [Cite("j")])
    assert done.notes[0] == [Span("1", superscript=True)]


def test_a_batch_is_rendered_once_then_read_from_the_cache(own_cache: Path, monkeypatch) -> None:
    style = find_style("apa")
    first = render(style, {"j": JOURNAL}, [Cite("j")])
    assert len(list(own_cache.iterdir())) == 1

    def no_processor(*_args, **_kwargs):
        raise AssertionError("the processor ran again")

    monkeypatch.setattr(citeproc, "_run", no_processor)
    assert render(style, {"j": JOURNAL}, [Cite("j")]) == first
    changed = {**JOURNAL, "volume": "13"}
    with pytest.raises(AssertionError):  # another item is another batch
        render(style, {"j": changed}, [Cite("j")])
    monkeypatch.undo()
    for entry in own_cache.iterdir():  # a damaged cache file is rendered again
        entry.write_text("{not json", encoding="utf-8")
    assert render(style, {"j": JOURNAL}, [Cite("j")]) == first


def test_without_pandoc_one_clear_message(monkeypatch) -> None:
    monkeypatch.setattr(citeproc, "_PANDOC", [])
    monkeypatch.setattr(citeproc.importlib.util, "find_spec", lambda _name: None)
    monkeypatch.setattr(citeproc.shutil, "which", lambda _name: None)
    with pytest.raises(CitationError, match="Citations need pandoc 3"):
        citeproc.pandoc_path()


def test_a_style_the_processor_refuses_is_named(tmp_path: Path) -> None:
    style_file = tmp_path / "odd.csl"
    style_file.write_text('<style xmlns="http://purl.org/net/xbiblio/csl" class="note" '
                          'version="1.0"><info><title>Odd</title></info>'
                          '<citation><layout><text varable="title"/></layout></citation>'
                          '</style>', encoding="utf-8")
    style = find_style(str(style_file))
    assert style.title == "Odd" and style.note
    try:
        done = render(style, {"j": JOURNAL}, [Cite("j")])
    except CitationError as exc:
        assert "“" + str(style_file) + "” could not be used" in str(exc)
    else:
        assert len(done.notes) == 1  # a lenient processor: still one note per citation
