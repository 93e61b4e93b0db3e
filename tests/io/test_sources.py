"""Reading sources: exact text, encodings, sidecars, refusals that spare the rest."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.core.source import SourceKind
from briefer.io.sources import SourceError, load_folder, load_source, read_text_file

SEED_IDS = ["000_d766df9ca366892d", "001_3e22afcecaafb256", "002_6b756e5339d96a34",
            "003_f9fcf619b2448e04", "004_96fd07345242d58f"]


def test_sample_loads_exactly_with_kinds_and_metadata(seeds: Path) -> None:
    sources, problems = load_folder(seeds)
    assert problems == []
    assert [s.id for s in sources] == SEED_IDS
    for source in sources:
        assert source.text == (seeds / source.filename).read_text(encoding="utf-8")
    kinds = {s.id: s.kind for s in sources}
    assert kinds["004_96fd07345242d58f"] is SourceKind.SURVEY
    assert all(kinds[i] is SourceKind.ARTICLE for i in SEED_IDS[:4])
    national_post = sources[0]
    assert national_post.meta.container_title == "National Post"
    assert national_post.meta.issued is None and national_post.meta.author == []
    assert sources[3].meta.title == "Canada Demands Reciprocity Following Major U.S. Concessions"


def test_seed_sidecars_invent_nothing(seeds: Path) -> None:
    """No seed text shows a date, an author or a URL, so no sidecar may claim one."""
    sources, _ = load_folder(seeds)
    for source in sources:
        assert not source.meta.issued and not source.meta.author and not source.meta.URL
        if source.meta.container_title:
            assert source.meta.container_title in source.text
        if source.meta.title:
            assert source.meta.title in source.text


def test_utf8_with_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffCaf\u00e9 \u201cquoted\u201d\r\nline two\rthree".encode("utf-8"))
    text, encoding, warnings = read_text_file(path)
    assert text == "Caf\u00e9 \u201cquoted\u201d\nline two\nthree"
    assert encoding == "utf-8" and warnings == []


def test_cp1252_falls_back_with_a_warning_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("Ottawa\u2019s \u201cdeal\u201d \u2013 caf\u00e9".encode("cp1252"))
    text, encoding, warnings = read_text_file(path)
    assert text == "Ottawa\u2019s \u201cdeal\u201d \u2013 caf\u00e9"
    assert encoding == "cp1252"
    assert len(warnings) == 1 and "legacy.txt" in str(warnings[0]) and "cp1252" in str(warnings[0])


def test_explicit_encoding_override(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("na\u00efve".encode("latin-1"))
    assert read_text_file(path, "latin-1")[0] == "na\u00efve"
    with pytest.raises(SourceError, match="utf-8"):
        read_text_file(path, "utf-8")


def test_control_characters_are_removed_and_counted(tmp_path: Path) -> None:
    path = tmp_path / "ctrl.txt"
    path.write_bytes(b"page one\x0cpage two\x00\x1f end\x0b")
    source, warnings = load_source(path)
    assert source.text == "page one\n\npage two end"
    assert source.removed_chars == 3
    assert any("3 control character" in str(w) for w in warnings)


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n ", "empty"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary"),
])
def test_bad_files_are_refused_and_the_rest_still_loads(tmp_path: Path, name: str,
                                                        content: bytes, reason: str) -> None:
    (tmp_path / name).write_bytes(content)
    (tmp_path / "good.txt").write_text("A good article about trade.", encoding="utf-8")
    sources, problems = load_folder(tmp_path)
    assert [s.id for s in sources] == ["good"]
    assert len(problems) == 1 and name in str(problems[0]) and reason in str(problems[0])


def test_oversized_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import briefer.io.sources as sources_module

    monkeypatch.setattr(sources_module, "MAX_SOURCE_BYTES", 100)
    (tmp_path / "big.txt").write_text("x" * 200, encoding="utf-8")
    with pytest.raises(SourceError, match="larger than"):
        load_source(tmp_path / "big.txt")


def test_broken_sidecar_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "a.yaml").write_text("title: ok\ncontainer-title: [unclosed\n", encoding="utf-8")
    sources, problems = load_folder(tmp_path)
    assert sources == []
    assert "a.yaml" in str(problems[0]) and "line" in str(problems[0])


def test_markdown_front_matter_declares_a_survey(tmp_path: Path) -> None:
    path = tmp_path / "panel.md"
    path.write_text("---\ntype: report\ngenre: survey\ntitle: Panel\n---\n\nNo headings.\n",
                    encoding="utf-8")
    source, _ = load_source(path)
    assert source.kind is SourceKind.SURVEY and source.meta.title == "Panel"
    assert source.text.startswith("---\ntype: report")  # the text itself is untouched


def test_structure_tells_a_survey_without_metadata(tmp_path: Path) -> None:
    path = tmp_path / "s.md"
    path.write_text("# Q one?\n\n1. Answer **a**.\n2. Answer b.\n\n# Q two?\n\n1) x\n2) y\n",
                    encoding="utf-8")
    assert load_source(path)[0].kind is SourceKind.SURVEY


def test_duplicate_ids_are_reported(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "a.md").write_text("Two.", encoding="utf-8")
    sources, problems = load_folder(tmp_path)
    assert len(sources) == 1 and "already named" in str(problems[0])
