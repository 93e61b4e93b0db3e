"""`briefer import` reads its files in a second process while the importer loads, and the
project ends up exactly as when the importer reads them itself.

The reader is forked only from a process with one thread; pytest may hold others (Qt's),
so each reading runs in a fresh interpreter, as `briefer import` does.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from briefer.core.source import Source
from briefer.io.duplicates import DuplicateFinder, text_facts
from briefer.io.early_reading import EarlyReads, can_fork
from briefer.io.importers import extract
from briefer.io.importing import import_and_save
from briefer.io.project_file import load_project, new_project
from tests.helpers.importer_files import HTML_PAGE, make_docx, make_pdf

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the reader is forked on Linux only")

# In a fresh interpreter: import FOLDER into PROJECT with the early reader; print what the
# project holds and what the report says.
IMPORT_WITH_READER = """
import json, sys
from pathlib import Path
from briefer.io.early_reading import EarlyReads
from briefer.io.importing import import_and_save
from briefer.io.project_file import load_project
project_dir, folder = Path(sys.argv[1]), Path(sys.argv[2])
early = EarlyReads.start([folder], project_dir)
assert early is not None, "no reader started"
project = load_project(project_dir, outline=False)
report = import_and_save(project, [folder], early=early)
early.close()
print(json.dumps(%s))
"""
SUMMARY = ("{'added': report.added, 'refused': [[Path(n).name, str(r)] for n, r in "
           "report.refused], 'warnings': [str(w) for w in report.warnings]}")

# In a fresh interpreter: the reader's results for the files of FOLDER, the reader made
# slow (SLOW seconds a file) so that the importer's side takes files from the end.
READ_SLOWLY = """
import json, os, sys, time
from pathlib import Path
from briefer.io import import_files
from briefer.io.early_reading import EarlyReads
folder, slow = Path(sys.argv[1]), float(sys.argv[2])
importer, real = os.getpid(), import_files.read_result
def read_result(path, encoding):
    if os.getpid() != importer:
        time.sleep(slow)
    return real(path, encoding)
import_files.read_result = read_result  # the forked reader reads through this
files, _ = import_files.collect_files([folder])
here = []
def read(path):
    here.append(path.name)
    return real(path, None)
early = EarlyReads.start([folder], Path(sys.argv[3]))
texts = []
for path in files:
    outcome = early.result(path, read)
    texts.append(None if outcome is None else
                 [outcome[0], outcome[1].text if outcome[0] == 'ok' else None])
early.close()
print(json.dumps({'here': here, 'texts': texts, 'files': [p.name for p in files]}))
"""


def _python(code: str, *args: object, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True,
                          text=True, cwd=ROOT, timeout=timeout)


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    """PDFs, a Word file, a web page, a damaged PDF, a text file, and a web page that
    repeats another's text: each kind of outcome an import has."""
    folder = tmp_path / "in"
    folder.mkdir()
    topics = ["softwood lumber duties", "dairy supply management", "steel and aluminum"]
    for n, topic in enumerate(topics):  # texts of their own: none repeats another
        pages = [[f"Report {n} on {topic}, filed from Ottawa by the trade desk.",
                  f"Negotiators met {n + 2} times this month about {topic} and the rules."],
                 [f"The minister's office expects news on {topic} before the summer."]]
        (folder / f"r{n}.pdf").write_bytes(make_pdf(pages, title=f"Report {n}"))
    make_docx(folder / "memo.docx", title="Memo", footnote="Interview.")
    (folder / "talks.html").write_text(HTML_PAGE, encoding="utf-8")
    (folder / "talks-copy.htm").write_text(
        HTML_PAGE.replace("<h1>", "<p>Share this article</p><h1>"), encoding="utf-8")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is not a pdf body\x00\x01")
    (folder / "notes.txt").write_text("Notes from the call on dairy quotas.\n",
                                      encoding="utf-8")
    return folder


def _sources(project_dir: Path) -> dict[str, object]:
    project = load_project(project_dir, outline=False)
    return {sid: (s.text, s.meta.to_csl(sid), s.kind.value, s.original, s.filename)
            for sid, s in project.sources.items()}


def test_an_import_read_early_gives_the_same_project_and_report(inbox: Path,
                                                                tmp_path: Path) -> None:
    here = new_project(tmp_path / "here")
    report = import_and_save(here, [inbox])  # every file read by the importer itself
    new_project(tmp_path / "early")
    done = _python(IMPORT_WITH_READER % SUMMARY, tmp_path / "early", inbox)
    assert done.returncode == 0, done.stderr
    early = json.loads(done.stdout)
    assert early == {"added": report.added,
                     "refused": [[Path(n).name, str(r)] for n, r in report.refused],
                     "warnings": [str(w) for w in report.warnings]}
    assert early["refused"][0][0] == "broken.pdf" and "damaged" in early["refused"][0][1]
    # the one repeat is named (which of several equal twins is named varies by process)
    assert [w.split(":")[0] for w in early["warnings"]] == ["talks.html"]
    assert _sources(tmp_path / "early") == _sources(tmp_path / "here")
    for name in ("r0.pdf", "memo.docx", "broken.pdf"):  # the originals, byte for byte
        copied = tmp_path / "early" / "originals" / name
        assert not copied.exists() if name == "broken.pdf" else \
            copied.read_bytes() == (inbox / name).read_bytes()


def test_the_command_imports_the_same_way(inbox: Path, tmp_path: Path) -> None:
    """`briefer import` as a user runs it (the reader forked) gives the project the
    importer gives reading alone."""
    import_and_save(new_project(tmp_path / "here"), [inbox])
    new_project(tmp_path / "cli")
    done = subprocess.run([sys.executable, "-m", "briefer", "import", str(tmp_path / "cli"),
                           str(inbox)], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("7 added, 0 updated, 0 already imported (unchanged), "
                                  "1 refused")
    assert "refused broken.pdf: the PDF is damaged" in done.stderr
    assert _sources(tmp_path / "cli") == _sources(tmp_path / "here")


def test_a_slow_reader_is_helped_from_the_end_and_the_texts_are_the_same(
        inbox: Path, tmp_path: Path) -> None:
    done = _python(READ_SLOWLY, inbox, 0.4, tmp_path / "p")
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout)
    files = got["files"]
    heavy = [n for n in files if not n.endswith(".txt")]
    assert got["here"] and got["here"][0] == heavy[-1]  # taken from the end of the list
    assert len(got["here"]) < len(heavy)  # and the reader still gave the first ones
    for name, outcome in zip(files, got["texts"], strict=True):
        if name.endswith(".txt"):
            assert outcome is None  # light files are never handed to the reader
        elif name == "broken.pdf":
            assert outcome[0] == "refused"
        else:
            assert outcome == ["ok", extract(inbox / name).text]


def test_an_importer_ready_first_reads_from_the_end_rather_than_wait(
        inbox: Path, tmp_path: Path) -> None:
    """With files still ahead of the reader, the importer does not wait out its patience:
    it reads the last ones itself at once (PDFium's reading is the longer side)."""
    code = READ_SLOWLY.replace("import_files.read_result = read_result",
                               "import_files.read_result = read_result\n"
                               "from briefer.io import early_reading\n"
                               "early_reading.PATIENCE = 600")
    done = _python(code, inbox, 0.2, tmp_path / "p", timeout=60)
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout)
    heavy = [n for n in got["files"] if not n.endswith(".txt")]
    assert got["here"][:2] == [heavy[-1], heavy[-2]]  # never waited 600 s for the reader
    for name, outcome in zip(got["files"], got["texts"], strict=True):
        if name.endswith((".pdf", ".docx", ".html", ".htm")) and name != "broken.pdf":
            assert outcome == ["ok", extract(inbox / name).text]


def test_closing_stops_and_reaps_a_reader_still_reading(inbox: Path, tmp_path: Path) -> None:
    code = """
import os, sys, time
from pathlib import Path
from briefer.io import import_files
from briefer.io.early_reading import EarlyReads
importer, real = os.getpid(), import_files.read_result
def read_result(path, encoding):
    if os.getpid() != importer:
        time.sleep(60)
    return real(path, encoding)
import_files.read_result = read_result
early = EarlyReads.start([Path(sys.argv[1])], Path(sys.argv[2]))
pid = early._pid
time.sleep(0.3)  # the reader is in its first file
start = time.monotonic()
early.close()
try:
    os.kill(pid, 0)
    print('still there')
except ProcessLookupError:
    print('gone', round(time.monotonic() - start, 1))
"""
    done = _python(code, inbox, tmp_path / "p", timeout=30)
    assert done.returncode == 0, done.stderr
    word, seconds = done.stdout.split()
    assert word == "gone" and float(seconds) < 5  # stopped, not waited for (60 s a file)


def test_a_failed_import_says_one_thing_and_leaves_no_reader(inbox: Path,
                                                             tmp_path: Path) -> None:
    """A plain folder given as the project: one clear line, nothing written, and the
    reader started for the files is gone when the command returns."""
    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / "a.txt").write_text("An article.\n", encoding="utf-8")
    code = """
import os, sys
from briefer.cli_exit import run_import
status = run_import(['import', sys.argv[1], sys.argv[2]])
try:
    os.waitpid(-1, os.WNOHANG)
    print(status, 'a child is left')
except ChildProcessError:
    print(status, 'no child left')
"""
    done = _python(code, plain, inbox)
    assert done.stdout.strip() == "2 no child left", done.stderr
    assert done.stderr.strip().splitlines() == [
        f"briefer: {plain} is a plain folder of sources, not a project; create one with: "
        f"briefer new PROJECT --from {plain}"]
    assert sorted(p.name for p in plain.iterdir()) == ["a.txt"]


def test_an_import_big_enough_for_the_pool_is_left_to_it(inbox: Path, tmp_path: Path) -> None:
    code = READ_SLOWLY.replace("import_files.read_result = read_result",
                               "import_files.MIN_BYTES = 0")
    done = _python(code, inbox, 0, tmp_path / "p")
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout)
    assert got["texts"] == [None] * len(got["files"]) and got["here"] == []


def test_no_reader_is_forked_from_a_process_with_other_threads(inbox: Path,
                                                                tmp_path: Path) -> None:
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not can_fork()
        assert EarlyReads.start([inbox], tmp_path / "p") is None
    finally:
        stop.set()
        other.join()


def test_a_fork_that_fails_leaves_the_importer_reading_alone(inbox: Path,
                                                             tmp_path: Path) -> None:
    code = """
import os, sys
from pathlib import Path
from briefer.io.early_reading import EarlyReads
def refuse():
    raise OSError(11, 'Resource temporarily unavailable')
os.fork = refuse
before = len(os.listdir('/proc/self/fd'))
early = EarlyReads.start([Path(sys.argv[1])], Path(sys.argv[2]))
print(early, len(os.listdir('/proc/self/fd')) - before)
"""
    done = _python(code, inbox, tmp_path / "p")
    assert done.stdout.split() == ["None", "0"], done.stderr  # and no pipe left open


def test_a_texts_facts_worked_out_ahead_find_the_same_twin(tmp_path: Path) -> None:
    """The duplicate check given the reader's facts of a text names the same source as
    working them out itself; facts of a process whose string hashes differ are ignored."""
    project = new_project(tmp_path / "p")
    words = " ".join(f"word{n}" for n in range(80))
    project.sources["a"] = Source(id="a", text=f"Tariffs on steel. {words}\n")
    repeat = f"Share this. Tariffs on steel! {words}\n"
    other = " ".join(f"other{n}" for n in range(80)) + "\n"
    for text, twin in ((repeat, "a"), (other, None)):
        alone = DuplicateFinder(project).find(text)
        ahead = DuplicateFinder(project).find(text, facts=text_facts(text))
        foreign = replace(text_facts(text), grams=set(), seed=text_facts(text).seed + 1)
        ignored = DuplicateFinder(project).find(text, facts=foreign)
        long_text = replace(text_facts(text), grams=None)  # grams left to ``find``
        unsent = DuplicateFinder(project).find(text, facts=long_text)
        assert [s.id if s else None for s in (alone, ahead, ignored, unsent)] == [twin] * 4


def test_the_reader_is_forked_before_pyyaml_loads() -> None:
    """The reader is forked as soon as the readers' registry is in; what only the importer
    needs (PyYAML: 9 ms, the project machinery) loads after, on the other core. Were the
    registry to load it again, every command-line import of PDFs would wait for it."""
    code = ("import sys; import briefer.io.early_reading; "
            "print(sorted(m for m in ('yaml', 'briefer.io.project_file', 'pypdfium2') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"
