"""`briefer import` as a user runs it: the `briefer` command imports the files without
loading the rest of the command line, and says what `briefer.cli` said."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from briefer.cli import main as cli_main
from briefer.io.project_file import load_project
from tests.helpers.importer_files import HTML_PAGE, make_docx, make_pdf

ROOT = Path(__file__).resolve().parents[2]
# what `briefer import` has no use for: the export, the outline engine, note editing, the
# app, python-docx, pypdf (sound files) and html5lib (the search index is loaded by the
# `briefer` command's own module, which answers searches)
UNUSED = ("briefer.cli", "briefer.export", "briefer.core.themes", "briefer.core.edits",
          "briefer.gui", "PySide6", "docx", "pypdf", "html5lib")


def _inbox(folder: Path) -> Path:
    folder.mkdir()
    make_docx(folder / "outlook.docx", title="Trade outlook")
    (folder / "talks.html").write_text(HTML_PAGE, encoding="utf-8")
    (folder / "note.pdf").write_bytes(make_pdf([["Québec and Ontario export steel."]]))
    return folder


def test_the_briefer_command_imports_without_the_rest_of_the_cli(tmp_path: Path) -> None:
    inbox = _inbox(tmp_path / "in")
    assert cli_main(["new", str(tmp_path / "p")]) == 0
    code = ("import sys\nfrom briefer.cli_search import main\n"
            "status = main(['import', sys.argv[1], sys.argv[2]])\n"
            f"print('LOADED', sorted(m for m in sys.modules if m.split('.')[0] in {UNUSED!r}\n"
            f"      or any(m == u or m.startswith(u + '.') for u in {UNUSED!r})))\n"
            "sys.exit(status)")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "p"), str(inbox)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == ("3 added, 0 updated, 0 already imported (unchanged), 0 refused")
    assert lines[-1] == "LOADED []"
    project = load_project(tmp_path / "p", outline=False)
    titles = {s.meta.title for s in project.sources.values()}
    assert {"Trade outlook", "Trade talks stall over autos"} <= titles


def test_both_ways_in_report_the_same(tmp_path: Path, capsys: object) -> None:
    """A refused file and a plain folder are reported alike by `briefer import` through the
    `briefer` command and through `briefer.cli`."""
    inbox = _inbox(tmp_path / "in")
    (inbox / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    outputs = []
    for way in ("cli_search", "cli"):
        project = tmp_path / way
        assert cli_main(["new", str(project)]) == 0
        code = (f"import sys\nfrom briefer.{way} import main\n"
                "sys.exit(main(['import', *sys.argv[1:]]))")
        runs = [subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                               text=True, cwd=ROOT, timeout=120)
                for args in ([str(project), str(inbox)], [str(ROOT / "seeds"), str(inbox)],
                             [str(project), "--encoding", "klingon", str(inbox)])]
        outputs.append([(r.returncode, r.stdout, r.stderr) for r in runs])
    assert outputs[0] == outputs[1]
    (status, out, err), (plain_status, _, plain_err), (codec_status, _, codec_err) = outputs[0]
    assert status == 0 and out.startswith("3 added")
    assert "refused picture.png" in err
    assert plain_status == 2 and "is a plain folder of sources, not a project" in plain_err
    assert codec_status == 2 and "unknown encoding 'klingon'" in codec_err
