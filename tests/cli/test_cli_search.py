"""``briefer search`` answered from the index: as fast as the index, never stale.

Each test runs the real command in a subprocess, as a user does, and checks
what they would see: the same answer the second time, and the files as they are
now after any change (a source edited in place, a title changed, a source
imported), with the same warnings.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def briefer(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("BRIEFER_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "briefer", *map(str, args)],
                          capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture
def project(tmp_path: Path, seeds: Path) -> Path:
    folder = tmp_path / "p"
    assert briefer("new", folder, "--from", seeds).returncode == 0
    return folder


def _hits(result: subprocess.CompletedProcess[str]) -> list[dict[str, object]]:
    assert result.returncode == 0, result.stderr
    hits: list[dict[str, object]] = json.loads(result.stdout)["hits"]
    return hits


def test_the_second_search_reads_only_the_index(project: Path) -> None:
    first = briefer("search", project, "rules of origin")
    second = briefer("search", project, "rules of origin")
    assert first.returncode == second.returncode == 0
    assert (first.stdout, first.stderr) == (second.stdout, second.stderr)
    assert "rules of origin" in second.stdout.lower()
    # the project (every text, the outline engine, python-docx) is not even imported
    probe = ("import sys; from briefer.cli_search import main; "
             f"code = main(['search', {str(project)!r}, 'tariff']); "
             "sys.exit(code or 'briefer.io.project_file' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert "tariff" in done.stdout.lower()


def test_a_source_rewritten_in_place_is_read_again(project: Path) -> None:
    hit = _hits(briefer("search", project, "rules of origin", "--json"))[0]
    file = project / "sources" / f"{hit['source']}.txt"
    text = file.read_text(encoding="utf-8")
    with open(file, "r+", encoding="utf-8") as stream:  # same file, same folder listing
        stream.write("A new opening paragraph.\n\n" + text)
    new_text = file.read_text(encoding="utf-8")
    again = _hits(briefer("search", project, "rules of origin", "--json"))
    shown = next(h for h in again if h["source"] == hit["source"])
    start, end = shown["start"], shown["end"]
    assert isinstance(start, int) and isinstance(end, int)
    assert start == hit["start"] + len("A new opening paragraph.\n\n")  # type: ignore[operator]
    assert new_text[start:end].lower() in {"rules", "rules of origin"}


def test_a_title_edited_in_its_sidecar_is_shown(project: Path) -> None:
    hit = _hits(briefer("search", project, "tariff", "--json"))[0]
    side = project / "sources" / f"{hit['source']}.yaml"
    lines = [line for line in side.read_text(encoding="utf-8").splitlines()
             if not line.startswith("title:")]
    side.write_text("title: A Retitled Article\n" + "\n".join(lines) + "\n", encoding="utf-8")
    again = _hits(briefer("search", project, "tariff", "--json"))
    assert any(h["title"] == "A Retitled Article" for h in again)


def test_an_imported_source_is_found(project: Path, tmp_path: Path) -> None:
    assert briefer("search", project, "zebra").stdout.startswith("No match")
    new = tmp_path / "zebra.txt"
    new.write_text("Zebra mussels and the quota on Lake Erie shipping.\n", encoding="utf-8")
    assert briefer("import", project, new).returncode == 0
    hits = _hits(briefer("search", project, "zebra", "--json"))
    assert [h["title"] for h in hits] == ["Zebra mussels and the quota on Lake Erie shipping."]


def test_a_removed_source_is_no_longer_found(tmp_path: Path, seeds: Path) -> None:
    folder = tmp_path / "plain"
    shutil.copytree(seeds, folder)
    first = _hits(briefer("search", folder, "tariff", "--json"))
    gone = str(first[0]["source"])
    (folder / f"{gone}.txt").unlink()
    again = _hits(briefer("search", folder, "tariff", "--json"))
    assert again and gone not in {h["source"] for h in again}


def test_load_warnings_are_repeated_on_every_search(tmp_path: Path, seeds: Path) -> None:
    folder = tmp_path / "plain"
    shutil.copytree(seeds, folder)
    (folder / "legacy.txt").write_bytes("Caf\u00e9 owners fear the tariff.".encode("cp1252"))
    first = briefer("search", folder, "tariff")
    second = briefer("search", folder, "tariff")
    assert "legacy.txt is not valid UTF-8" in first.stderr
    assert (first.stdout, first.stderr) == (second.stdout, second.stderr)


def test_help_and_mistakes_are_the_full_command_lines(seeds: Path) -> None:
    assert "--limit" in briefer("search", "--help").stdout
    wrong = briefer("search", seeds, "x", "--limit", "many")
    assert wrong.returncode == 2 and "invalid int value" in wrong.stderr


def _without_source(project: Path, source_id: str) -> None:
    """project.yaml no longer lists ``source_id`` (its files stay where they are)."""
    file = project / "project.yaml"
    text = file.read_text(encoding="utf-8")
    entry = f"- id: {source_id}\n  file: {source_id}.txt\n  kind: article\n"
    assert entry in text
    file.write_text(text.replace(entry, ""), encoding="utf-8")


def test_a_source_dropped_from_project_yaml_is_no_longer_found(project: Path) -> None:
    first = _hits(briefer("search", project, "tariff", "--json"))
    gone = str(first[0]["source"])
    _without_source(project, gone)
    again = _hits(briefer("search", project, "tariff", "--json"))
    assert again and gone not in {h["source"] for h in again}
    # and once more, from the index vouched for again
    assert gone not in {h["source"] for h in _hits(briefer("search", project, "tariff",
                                                           "--json"))}


def test_a_note_saved_in_project_yaml_keeps_the_answer_from_the_index(project: Path) -> None:
    first = briefer("search", project, "rules of origin")
    file = project / "project.yaml"
    text = file.read_text(encoding="utf-8")
    assert "    note: ''\n" in text
    file.write_text(text.replace("    note: ''\n", "    note: 'Check with Ottawa.'\n", 1),
                    encoding="utf-8")
    probe = ("import sys; from briefer.cli_search import main; "
             f"code = main(['search', {str(project)!r}, 'rules of origin']); "
             "sys.exit(code or 'briefer.io.project_file' in sys.modules)")
    for _ in range(2):  # the file read again once, then not at all (tests/index/test_fresh)
        done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                              timeout=120)
        assert done.returncode == 0, done.stderr
        assert done.stdout == first.stdout


PLAIN = [["p", "tariff"], ["p", "tariff", "--json"], ["--json", "p", "tariff"],
         ["p", "--limit", "3", "tariff"], ["p", "tariff", "--limit", "007"],
         ["p", "--", "-tariff"], ["p", "rules of origin", "--json", "--limit", "12"],
         ["--limit", "2", "--json", "p", "--", "--json"]]
# left to argparse: abbreviations, "=", signs, repeats, mistakes
NOT_PLAIN = [["p", "tariff", "--lim", "3"], ["p", "tariff", "--limit=4"], ["p", "tariff", "--js"],
             ["p", "tariff", "--limit", "-1"], ["p", "-5"], ["p", "tariff", "--json", "--json"],
             ["p", "tariff", "--limit", "2", "--limit", "5"], ["p", "--", "a", "--", "b"],
             ["p", "tariff", "--limit", "x"], ["p"], ["p", "a", "b"], ["p", "-"]]


@pytest.mark.parametrize("words", PLAIN + NOT_PLAIN)
def test_a_plain_search_is_read_as_argparse_reads_it(words: list[str]) -> None:
    # read without argparse (2 ms of every search), or left to it: never read otherwise
    from briefer.cli_search import _parser, _plain

    plain = _plain(words)
    assert (plain is not None) == (words in PLAIN)
    if plain is not None:
        assert vars(plain) == vars(_parser().parse_args(words))


def test_a_search_called_in_process_leaves_the_collector_alone(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the command's own process skips the last collection at exit (gc.freeze); a caller
    # running it in its process (a test, a script) keeps collecting its objects
    import gc

    from briefer.cli_search import main

    frozen = gc.get_freeze_count()
    assert main(["search", str(project), "tariff"]) == 0
    assert "tariff" in capsys.readouterr().out.lower()
    assert gc.get_freeze_count() == frozen
