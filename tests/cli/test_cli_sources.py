"""`briefer sources` and `briefer excerpt`, run as a user runs them: a real subprocess on a
copy of the bundled sample, with what they write read back from disk."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml

ARTICLE = "003_f9fcf619b2448e04"  # "Canada Demands Reciprocity…"
OTHER = "000_d766df9ca366892d"  # the National Post article
SURVEY = "004_96fd07345242d58f"
SECTIONS = ["Purpose", "Background", "Current Status", "Key Considerations",
            "Options/Strategy", "Recommendation", "Next Steps"]
# Complete citation details for every sample source (the sample ships with few), each
# with a distinct title word that its footnote will show.
METADATA: dict[str, dict[str, Any]] = {
    "000_d766df9ca366892d": {"type": "article-newspaper",
                             "title": "Progressive Agenda Meets Resistance",
                             "container-title": "National Post",
                             "author": [{"family": "Smith", "given": "Ann"}],
                             "issued": {"date-parts": [[2018, 3, 5]]},
                             "URL": "https://example.org/agenda"},
    "001_3e22afcecaafb256": {"type": "article-newspaper", "title": "Talks Stall in Washington",
                             "container-title": "The Hill Times",
                             "issued": {"date-parts": [[2025, 9, 16]]},
                             "accessed": {"date-parts": [[2025, 9, 20]]}},
    "002_6b756e5339d96a34": {"type": "article-newspaper", "title": "Seventh Round Closes",
                             "container-title": "The Globe and Mail",
                             "author": [{"literal": "Canadian Press"}],
                             "issued": {"date-parts": [[2018, 3]]}},
    "003_f9fcf619b2448e04": {"type": "article-newspaper",
                             "title": "Canada Demands Reciprocity Following Major U.S. Concessions",
                             "container-title": "Ottawa Citizen",
                             "issued": {"date-parts": [[2025, 10, 1]]}},
    "004_96fd07345242d58f": {"type": "report", "genre": "survey",
                             "title": "Panel of Trade Experts", "publisher": "Global Affairs",
                             "issued": {"date-parts": [[2025]]}},
}


def briefer(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("BRIEFER_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "briefer", *map(str, args)],
                          capture_output=True, text=True, env=env, timeout=120)


def ok(*args: str | Path) -> subprocess.CompletedProcess[str]:
    result = briefer(*args)
    assert result.returncode == 0, result.stderr
    return result


def refused(*args: str | Path) -> str:
    """The one line a refused command writes (exit status 2, no traceback)."""
    result = briefer(*args)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def files(project: Path) -> dict[str, bytes]:
    """Every file of the project but its caches (``.briefer/``), with its bytes."""
    return {p.relative_to(project).as_posix(): p.read_bytes()
            for p in sorted(project.rglob("*"))
            if p.is_file() and ".briefer" not in p.relative_to(project).parts}


def project_yaml(project: Path) -> dict:
    return yaml.safe_load((project / "project.yaml").read_text(encoding="utf-8"))


def source_text(project: Path, source_id: str) -> str:
    return (project / "sources" / f"{source_id}.txt").read_text(encoding="utf-8")


def footnotes(docx: Path) -> list[str]:
    """The footnotes' text in the order the document calls them."""
    with zipfile.ZipFile(docx) as package:
        notes_xml = package.read("word/footnotes.xml").decode("utf-8")
        body = package.read("word/document.xml").decode("utf-8")
    notes = {m.group(1): re.sub(r"<[^>]+>", "", m.group(2)) for m in re.finditer(
        r'<w:footnote\b[^>]*\bw:id="(\d+)"[^>]*>(.*?)</w:footnote>', notes_xml, re.S)}
    return [notes[i] for i in re.findall(r'<w:footnoteReference\b[^>]*\bw:id="(\d+)"', body)]


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project made by `briefer new` from the sample (copied by each test)."""
    project = tmp_path_factory.mktemp("sample") / "desk"
    ok("new", project)
    return project


@pytest.fixture
def project(sample: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "desk"
    shutil.copytree(sample, copy)
    return copy


@pytest.fixture
def described(project: Path) -> Path:
    """The sample project with complete citation details in its sidecars."""
    for source_id, csl in METADATA.items():
        (project / "sources" / f"{source_id}.yaml").write_text(
            yaml.safe_dump({"id": source_id, **csl}, allow_unicode=True), encoding="utf-8")
    return project


# -- briefer sources ---------------------------------------------------------------------

def test_sources_table_shows_each_source_and_what_it_lacks(project: Path) -> None:
    out = ok("sources", project).stdout
    rows = {line.split()[0]: line for line in out.splitlines() if line[:3].isdigit()}
    assert set(rows) == set(METADATA)
    assert "National Post" in rows[OTHER] and "title, date" in rows[OTHER]
    assert " survey " in rows[SURVEY] and "Untitled survey" in rows[SURVEY]
    assert "Canada Demands Reciprocity" in rows[ARTICLE] and "outlet, date" in rows[ARTICLE]
    assert "5 sources; 5 lack citation details." in out


def test_sources_table_dates_read_as_words(described: Path) -> None:
    out = ok("sources", described).stdout
    assert "March 5, 2018" in out and "March 2018" in out and "2025" in out
    assert "0 lack citation details" in out


def test_sources_json(project: Path) -> None:
    data = json.loads(ok("sources", project, "--json").stdout)
    assert [row["id"] for row in data] == sorted(METADATA)
    by_id = {row["id"]: row for row in data}
    for row in data:
        assert set(row) == {"id", "kind", "title", "file", "original", "csl", "missing"}
        assert (project / row["file"]).is_file() and row["original"] is None
        assert row["csl"]["id"] == row["id"] and row["csl"]["type"]
    assert by_id[OTHER]["kind"] == "article"
    assert by_id[OTHER]["csl"]["container-title"] == "National Post"
    assert by_id[OTHER]["missing"] == ["title", "issued"]
    assert by_id[OTHER]["title"].startswith("With Canada’s")  # its opening words
    assert by_id[SURVEY]["kind"] == "survey" and by_id[SURVEY]["missing"] == ["title", "issued"]


def test_csl_json_is_valid_and_round_trips_through_import(described: Path,
                                                          tmp_path: Path) -> None:
    items = json.loads(ok("sources", described, "--csl-json").stdout)
    assert [i["id"] for i in items] == sorted(METADATA)
    for item in items:
        assert item["type"] and isinstance(item["issued"]["date-parts"][0][0], int)
        expected = {"id": item["id"], **METADATA[item["id"]]}
        assert item == expected
    bib = tmp_path / "bib.json"
    result = ok("sources", described, "--csl-json", "-o", bib)
    assert "5 CSL-JSON items" in result.stdout and json.loads(bib.read_text()) == items

    twin = tmp_path / "twin"
    shutil.copytree(described, twin)
    before, listing = files(twin), ok("sources", twin, "--json").stdout
    result = ok("import", twin, bib)
    assert result.stdout.startswith("0 added, 0 updated") and "metadata" not in result.stdout
    assert "no source matches" not in result.stderr
    assert files(twin) == before
    assert ok("sources", twin, "--json").stdout == listing

    # the items do match their sources: one whose outlet was lost gets it back
    sidecar = twin / "sources" / "001_3e22afcecaafb256.yaml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8").replace(
        "container-title: The Hill Times\n", ""), encoding="utf-8")
    assert "metadata attached to 1" in ok("import", twin, bib).stdout
    assert ok("sources", twin, "--json").stdout == listing


def test_csl_json_gives_every_item_a_type_and_csl_dates(project: Path) -> None:
    sidecars = project / "sources"
    (sidecars / f"{OTHER}.yaml").write_text(  # hand-typed: no type, an unquoted ISO date
        f"id: {OTHER}\ncontainer-title: National Post\nissued: 2018-03-05\n"
        "accessed: 2019\n", encoding="utf-8")
    (sidecars / f"{SURVEY}.yaml").write_text(f"id: {SURVEY}\ngenre: survey\n",
                                             encoding="utf-8")
    items = {i["id"]: i for i in json.loads(ok("sources", project, "--csl-json").stdout)}
    assert items[OTHER]["type"] == "article-newspaper"
    assert items[OTHER]["issued"] == {"date-parts": [[2018, 3, 5]]}
    assert items[OTHER]["accessed"] == {"date-parts": [[2019]]}
    assert items[SURVEY]["type"] == "report"
    data = {r["id"]: r for r in json.loads(ok("sources", project, "--json").stdout)}
    assert data[OTHER]["csl"] == items[OTHER] and data[OTHER]["missing"] == ["title"]
    assert "March 5, 2018" in ok("sources", project).stdout


def test_sources_option_mistakes_are_one_line(project: Path, tmp_path: Path) -> None:
    assert "--csl-json" in refused("sources", project, "--json", "--csl-json")
    assert "--csl-json" in refused("sources", project, "-o", tmp_path / "x.json")
    assert "Cannot write" in refused("sources", project, "--csl-json", "-o",
                                     tmp_path / "no" / "such" / "x.json")


def test_sources_on_a_plain_folder(seeds: Path) -> None:
    data = json.loads(ok("sources", seeds, "--json").stdout)
    assert {row["file"] for row in data} == {f"{sid}.txt" for sid in METADATA}


# -- briefer excerpt ---------------------------------------------------------------------

def _excerpt(project: Path, *args: str) -> dict:
    return json.loads(ok("excerpt", project, *args, "--json").stdout)


def _stored(project: Path, excerpt_id: str) -> dict:
    return next(e for e in project_yaml(project)["excerpts"] if e["id"] == excerpt_id)


def _section_of(project: Path, block_id: str) -> tuple[str, dict]:
    for section in project_yaml(project)["note"]["sections"]:
        for block in section["blocks"]:
            if block["id"] == block_id:
                return section["title"], block
    raise AssertionError(f"block {block_id} is not in the note")


def test_excerpt_goes_to_the_first_section_by_default(project: Path) -> None:
    quote = "previous concessions regarding tariffs and digital taxes"
    added = _excerpt(project, ARTICLE, "--quote", quote)
    text = source_text(project, ARTICLE)
    assert added["quote"] == quote and text[added["start"]:added["end"]] == quote
    assert added["source_id"] == ARTICLE and added["section"] == "Purpose"
    assert added["mode"] == "quote" and added["tolerant"] is False
    title, block = _section_of(project, added["block_id"])
    assert title == "Purpose" and block["type"] == "excerpt"
    assert block["excerpt"] == added["excerpt_id"] and block["mode"] == "quote"
    stored = _stored(project, added["excerpt_id"])
    quote_sel, position = stored["selector"]
    start, end = added["start"], added["end"]
    assert quote_sel == {"type": "TextQuoteSelector", "exact": quote,
                         "prefix": text[start - 32:start], "suffix": text[end:end + 32]}
    assert position == {"type": "TextPositionSelector", "start": start, "end": end}
    assert stored["source"] == ARTICLE and stored["status"] == "anchored"


def test_excerpt_to_a_named_section_at_its_end(project: Path) -> None:
    first = _excerpt(project, ARTICLE, "--quote", "digital taxes",
                     "--section", "KEY considerations")
    result = ok("excerpt", project, OTHER, "--quote", "progressive trade agenda” meeting",
                "--section", "  key   Considerations ")
    assert re.match(rf"Added excerpt ex-\S+ to “Key Considerations”: {OTHER} @\d+-\d+$",
                    result.stdout.splitlines()[0])
    section = next(s for s in project_yaml(project)["note"]["sections"]
                   if s["title"] == "Key Considerations")
    placed = [b["excerpt"] for b in section["blocks"]]
    assert len(placed) == 2 and placed[0] == first["excerpt_id"] != placed[1]


@pytest.mark.parametrize(("typed", "expected"), [
    ("So far it's being pocketed", "So far it’s being pocketed"),  # straight apostrophe
    ('"So far it\'s being pocketed,"', "So far it’s being pocketed,”"),  # quotes around it
    ("trilateral talks-likely covering", "trilateral talks—likely covering"),  # dash
    ("trilateral talks – likely", "trilateral talks—likely"),  # a spaced dash
    ("trilateral  talks—likely", "trilateral talks—likely"),  # spacing
    ("talks, likely covering", None),  # a comma is no dash
    ("the need for 'mutuality'   to serve", "the need for ‘mutuality’ to serve"),
])
def test_excerpt_tolerant_matching_keeps_the_source_characters(
        project: Path, typed: str, expected: str | None) -> None:
    if expected is None:
        assert "not found in" in refused("excerpt", project, ARTICLE, "--quote", typed)
        return
    added = _excerpt(project, ARTICLE, "--quote", typed)
    assert added["tolerant"] is True and added["quote"] == expected.strip("”")
    assert source_text(project, ARTICLE)[added["start"]:added["end"]] == added["quote"]


def test_excerpt_tolerates_line_breaks(project: Path) -> None:
    typed = "Sectoral Tariffs As the CUSMA review looms"
    added = _excerpt(project, ARTICLE, "--quote", typed)
    assert added["quote"] == "Sectoral Tariffs\nAs the CUSMA review looms"
    assert source_text(project, ARTICLE)[added["start"]:added["end"]] == added["quote"]


def test_excerpt_occurrence_picks_one(project: Path) -> None:
    text = source_text(project, ARTICLE)
    places = [m.start() for m in re.finditer("CUSMA review", text)]
    assert len(places) == 4
    added = _excerpt(project, ARTICLE, "--quote", "CUSMA review", "--occurrence", "3")
    assert added["start"] == places[2]


def test_excerpt_as_paraphrase(project: Path) -> None:
    added = _excerpt(project, ARTICLE, "--quote", "sectoral tariffs", "--occurrence", "1",
                     "--paraphrase", "Ottawa wants the *sectoral* tariffs gone first.\n")
    assert added["mode"] == "paraphrase"
    _, block = _section_of(project, added["block_id"])
    assert block["mode"] == "paraphrase"
    assert block["paraphrase"] == "Ottawa wants the *sectoral* tariffs gone first."


@pytest.mark.parametrize(("args", "says"), [
    (("no-such-source", "--quote", "digital taxes"), "no source no-such-source"),
    (("003", "--quote", "digital taxes"), f"did you mean {ARTICLE}?"),
    ((ARTICLE, "--quote", "tariffs were never mentioned anywhere"), f"not found in {ARTICLE}"),
    ((ARTICLE, "--quote", "CUSMA review"),
     f"appears 4 times in {ARTICLE}; give more words or --occurrence N (1–4)"),
    ((ARTICLE, "--quote", "CUSMA review", "--occurrence", "5"), "--occurrence 5 is out of range"),
    ((ARTICLE, "--quote", "digital taxes", "--occurrence", "2"), "appears once"),
    ((ARTICLE, "--quote", "digital taxes", "--section", "Annexes"),
     "no section 'Annexes' in the note; its sections are: " + "; ".join(SECTIONS)),
    ((ARTICLE, "--quote", ""), "--quote is empty"),
    ((ARTICLE, "--quote", " \n "), "--quote is empty"),
    ((ARTICLE, "--quote", "digital taxes", "--paraphrase", " "), "--paraphrase is empty"),
])
def test_excerpt_refusals_change_nothing(project: Path, args: tuple[str, ...],
                                         says: str) -> None:
    before = files(project)
    assert says in refused("excerpt", project, *args)
    assert files(project) == before


def test_excerpt_refuses_a_plain_folder(seeds: Path) -> None:
    before = files(seeds)
    assert "plain folder" in refused("excerpt", seeds, ARTICLE, "--quote", "digital taxes")
    assert files(seeds) == before


def test_excerpts_are_anchored_and_become_footnotes_in_call_order(described: Path,
                                                                  tmp_path: Path) -> None:
    ok("draft", described)
    first = tmp_path / "first.docx"
    ok("export", described, "-o", first)
    before = footnotes(first)
    calls = [(ARTICLE, "digital taxes", "Reciprocity"),
             (OTHER, "progressive trade agenda” meeting", "Progressive Agenda"),
             (SURVEY, "Buy America plan", "Panel of Trade Experts")]
    ids = [_excerpt(described, source, "--quote", quote, "--section", "Next Steps")["excerpt_id"]
           for source, quote, _ in calls]
    result = briefer("check", described, "--json")
    report = json.loads(result.stdout)
    assert result.returncode == 0 and report["ok"], report
    assert "OK:" in ok("check", described).stdout
    assert all(_stored(described, i)["status"] == "anchored" for i in ids)
    second = tmp_path / "second.docx"
    assert f"({len(before) + 3} footnotes)" in ok("export", described, "-o", second).stdout
    after = footnotes(second)
    assert len(after) == len(before) + 3 and after[:len(before)] == before
    for note, (_, _, title) in zip(after[-3:], calls, strict=True):
        assert title.lower() in note.lower(), note


def test_excerpt_from_an_unreadable_source_is_refused(project: Path) -> None:
    (project / "sources" / f"{OTHER}.txt").unlink()
    before = files(project)
    result = briefer("excerpt", project, OTHER, "--quote", "trade")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    last = result.stderr.strip().splitlines()[-1]  # after the load's warning about the file
    assert f"source {OTHER} cannot be read now (" in last and "is missing" in last
    assert files(project) == before
