"""Start-up and search-available benchmarks (issue 16).

    python tests/bench/bench_startup.py [--runs 7] [--sizes 1000 10000] [--huge]
                                        [--skip-start] [--skip-search] [--imports]
                                        [--first] [--python VENV/bin/python]

1. Start-up: each run is a new process started the way a user starts the app
   (``python -m briefer``, no arguments: the sample), timed from process start
   to the first paint of the main window *with the sample's sources listed*,
   against a bare PySide6 QMainWindow painted in the same run (the two
   interleaved, so other load on the machine hits both). Median of ``--runs``.
   Target: at most 1.5x the bare window. The probe hooks ``QApplication.exec``
   (PySide6 is loaded by both programs anyway), so it does not import any of
   Briefer's modules ahead of the app; it watches the paints of the window
   itself, as the bare window's probe does (a filter on the whole application
   would make every object's events pass through Python, and cost the app
   12 ms that a user does not wait for). The sources listed may be the list
   kept from the last start (``io.kept_list``), the rows read from the files
   with none kept (``io.quick_list``) or the Sources pane; should the window
   paint without them, it watches every paint after that one. After that paint the window builds its
   other panes and menus and opens the project whole (``window_steps``): the
   time until that is done (the window *complete*, the outline drawn) and the
   longest the event loop was held meanwhile (*stall*, a 1 ms timer started at
   the paint) are reported too.
   ``--first`` times the first start too, in the same table: a start with no
   list kept (the kept lists' cache removed before each run), as right after
   installing, or after the project's files changed; Briefer's two starts and
   the bare window are interleaved. Both programs run with a cache folder of
   their own (``XDG_CACHE_HOME``, a temporary folder), never the user's.
   ``--imports`` lists the modules loaded before that first paint (with
   ``-X importtime``), slowest first (with ``--first``: in a first start).
2. Search available: a folder of N synthetic articles opened in the main
   window, then a search typed as soon as the window is painted; the time
   from the paint to the first results shown, and to the index being complete,
   for a folder never opened (no index) and one opened before (index current).
   ``--huge`` adds 100,000 articles (650 MB written to a temporary folder).
   Target: results within a second of the window at any size.

The child processes run without PYTHONDONTWRITEBYTECODE: an installed app has
its bytecode; an untimed first run of each program writes it.

``--python`` runs both programs (bare and Briefer) with another interpreter, from
a folder outside the checkout: a virtual environment where Briefer is installed
from its wheel (``pip install``) measures the app as installed, without the
development install's import hook (``__editable___briefer_*_finder``, loaded by
every Python process of that interpreter, the bare window's too).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench_gui import BARE  # noqa: E402 - the same bare window, measured the same way

# The app started as ``python -m briefer`` would start it; QApplication.exec is
# wrapped to watch paints: READY once a paint comes with the sources listed.
BRIEFER = """
import os, runpy, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer, QStandardPaths
from PySide6.QtWidgets import QApplication
QStandardPaths.setTestModeEnabled(True)
_exec = QApplication.exec

def listed(w):  # the list in the Sources tab (the kept first list, then the pane)
    tabs = getattr(w, "left_tabs", None)
    tab = tabs.widget(0) if tabs is not None else None
    table = getattr(tab, "table", None)
    return table is not None and tab.isVisible() and table.model().rowCount() >= 5

class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and hasattr(obj, "window"):
            w = obj.window()
            if listed(w):
                obj.removeEventFilter(self)
                QApplication.instance().removeEventFilter(self)
                self.window = w
                QTimer.singleShot(0, self.done)
            elif obj is w:  # painted without the sources: watch every paint after
                obj.removeEventFilter(self)
                QApplication.instance().installEventFilter(self)
        return False
    def done(self):
        print("READY", flush=True)
        print("MODULES", len(sys.modules), flush=True)
        print(PAINTED, file=sys.stderr, flush=True)  # -X importtime: what came before
        self.last, self.worst = time.perf_counter(), 0.0
        self.tick = QTimer(); self.tick.setInterval(1); self.tick.timeout.connect(self.beat)
        self.tick.start()
    def beat(self):
        now = time.perf_counter()
        self.worst, self.last = max(self.worst, now - self.last), now
        w = self.window
        if getattr(w, "built", True) and not w.files.outline_pending \
                and w.outline_pane.model.rowCount():
            print("COMPLETE", flush=True)
            print("STALL", self.worst * 1000, flush=True)
            os._exit(0)  # closing is not timed here

def exec_(*args):  # called as app.exec(): args is (app,)
    probe = Probe(QApplication.instance())
    for w in QApplication.topLevelWidgets():  # as the bare window's probe: on the window
        if hasattr(w, "left_tabs"):
            w.installEventFilter(probe)
    return _exec()  # a static method
QApplication.exec = exec_
sys.argv = ["briefer"]
runpy.run_module("briefer", run_name="__main__")
""".replace("PAINTED", repr(PAINTED := "-- first paint --"))

# Opens a folder in the main window, searches as soon as it is painted.
SEARCH = """
import os, sys, time
t0 = time.perf_counter()
from PySide6.QtCore import QEvent, QObject, QStandardPaths, QTimer
QStandardPaths.setTestModeEnabled(True)
from briefer.gui import dialogs
from briefer.gui.app import make_application
from briefer.gui.main_window import MainWindow
from briefer.gui.session import ProjectSession
from briefer.core.project import Project
from pathlib import Path
for name in ("error", "warning", "info"):
    setattr(dialogs, name, lambda *a, **k: None)
app = make_application([])
w = MainWindow(ProjectSession(Project(name="")))
w.files.open_initial(Path(sys.argv[1]))
w.resize(1366, 768)
marks = {}
def mark(name):
    if name not in marks:
        marks[name] = time.perf_counter()
        print(name, f"{marks[name] - marks.get('PAINTED', t0):.3f}", flush=True)
def results(query, hits):
    if len(hits):
        mark("RESULTS")
        if "COMPLETE" in marks:
            finish()
def state(s, done, total):
    if s == "ready" and "OPENED" in marks:
        mark("COMPLETE")
        if "RESULTS" in marks:
            finish()
def finish():
    w.files.sharing.release()  # the next run opens it too
    os._exit(0)  # closing is not timed here
def opened():
    if len(w.session.project.sources) > 1 and "PAINTED" in marks:
        mark("OPENED")
def typed():  # as a user does: the search typed as soon as the window shows
    w.focus_search()
    w.search_pane.box.setText("tariffs")
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            mark("PAINTED")
            QTimer.singleShot(0, typed)
            QTimer.singleShot(0, opened)
        return False
w.session.projectReplaced.connect(opened)
w.search_service.resultsReady.connect(results)
w.search_service.stateChanged.connect(state)
painted = Painted(); w.installEventFilter(painted)
w.show()
QTimer.singleShot(900_000, app.quit)
app.exec()
"""


PYTHON = sys.executable  # the interpreter of both programs (--python)
CWD = ROOT  # where they run: the checkout, whose briefer/ comes first on sys.path
# the programs' cache folder (XDG_CACHE_HOME): their own, so that a first start can be
# made by removing the kept lists, and the user's cache is left alone
CACHE = Path(tempfile.mkdtemp(prefix="bench-startup-cache-"))
KEPT_LISTS = CACHE / "briefer" / "first-list.marshal"  # as briefer.io.kept_list has it


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               XDG_CACHE_HOME=str(CACHE))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its .pyc files
    return env


def run_first(code: str) -> dict[str, float]:
    """``run_marked(code)`` with no list kept from the last start (a first start)."""
    KEPT_LISTS.unlink(missing_ok=True)
    return run_marked(code)


def run_marked(code: str, *args: str, timeout: float = 60) -> dict[str, float]:
    """Seconds from process start to each marker line the program prints (or the
    number printed after the marker, when there is one)."""
    started = time.perf_counter()
    proc = subprocess.Popen([PYTHON, "-c", code, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=_env(), cwd=str(CWD))
    assert proc.stdout is not None
    marks: dict[str, float] = {}
    for line in proc.stdout:
        name, _, value = line.strip().partition(" ")
        marks.setdefault(name, float(value) if value else time.perf_counter() - started)
    proc.wait(timeout)
    return marks


def bench_start(runs: int, first: bool = False) -> None:
    run_marked(BARE)  # untimed: bytecode written, files cached
    run_marked(BRIEFER)
    starts = {"warm": _Timings()} | ({"first": _Timings()} if first else {})
    bare: list[float] = []
    for _ in range(runs):
        bare.append(run_marked(BARE)["READY"])
        for kind, timings in starts.items():
            if kind == "warm" and not KEPT_LISTS.exists():
                run_marked(BRIEFER)  # untimed: the list kept again (a first run exited early)
            timings.add(run_first(BRIEFER) if kind == "first" else run_marked(BRIEFER))
    b = statistics.median(bare)
    print(f"\nStart-up to first paint (median of {runs}; min-max in brackets; load "
          f"{os.getloadavg()[0]:.1f})\n")
    print("| program | painted ms | ratio | modules loaded | complete ms | stall after paint ms |")
    print("|---|---|---|---|---|---|")
    print(f"| bare PySide6 QMainWindow | {b * 1000:.0f} ({min(bare) * 1000:.0f}-"
          f"{max(bare) * 1000:.0f}) | 1.00 | | | |")
    labels = {"warm": "Briefer, sample's sources listed (list kept from the last start)",
              "first": "Briefer, first start (no list kept)"}
    for kind, timings in starts.items():
        o = statistics.median(timings.ready)
        print(f"| {labels[kind] if first else labels[kind].split(' (')[0]} | "
              f"{o * 1000:.0f} ({min(timings.ready) * 1000:.0f}-"
              f"{max(timings.ready) * 1000:.0f}) | **{o / b:.2f}** | "
              f"{statistics.median(timings.modules):.0f} | "
              f"{statistics.median(timings.complete) * 1000:.0f} | "
              f"{statistics.median(timings.stalls):.0f} (max {max(timings.stalls):.0f}) |")
    for kind, timings in starts.items():
        ratio = statistics.median(timings.ready) / b
        print(f"\ntarget <= 1.5x ({kind}): {'met' if ratio <= 1.5 else 'NOT met'}", end="")
    print()


class _Timings:
    """One program's marks over the runs."""

    def __init__(self) -> None:
        self.ready: list[float] = []
        self.modules: list[float] = []
        self.complete: list[float] = []
        self.stalls: list[float] = []

    def add(self, marks: dict[str, float]) -> None:
        if "READY" not in marks:
            raise RuntimeError("Briefer's window never painted its sources")
        self.ready.append(marks["READY"])
        self.modules.append(marks["MODULES"])
        self.complete.append(marks.get("COMPLETE", float("nan")))
        self.stalls.append(marks.get("STALL", float("nan")))


def list_imports(top: int = 25, first: bool = False) -> None:
    """The slowest modules loaded before the first paint (cumulative, -X importtime);
    ``first``: in a first start (no list kept)."""
    env = _env()
    if first:
        KEPT_LISTS.unlink(missing_ok=True)
    else:
        run_marked(BRIEFER)  # a list kept
    proc = subprocess.run([PYTHON, "-X", "importtime", "-c", BRIEFER], env=env,
                          cwd=str(CWD), capture_output=True, text=True, timeout=60)
    rows = []
    for line in proc.stderr.split(PAINTED)[0].splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        self_text, cumulative_text, raw = line[len("import time:"):].split("|")
        depth = (len(raw) - len(raw.lstrip()) - 1) // 2
        rows.append((int(cumulative_text), int(self_text), depth, raw.strip()))
    print(f"\nModules before the first paint, top level of each import, slowest {top}:\n")
    for cumulative, self_us, depth, name in sorted(
            (r for r in rows if r[2] <= 2), reverse=True)[:top]:
        print(f"{cumulative / 1000:8.1f} ms  {self_us / 1000:6.1f} self  {'  ' * depth}{name}")


def bench_search(sizes: list[int], keep: Path | None = None) -> None:
    from tests.bench.corpus import write_corpus

    print("\nSearch available: seconds from the window painted to its sources listed "
          "(a large folder is read after the paint), then from that to the first results "
          "of a search typed then, and to the index complete\n")
    print("| articles | index | sources listed s | first results s | index complete s |")
    print("|---|---|---|---|---|")
    for count in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = (keep or Path(tmp)) / f"corpus-{count}"
            if not (folder / "project.yaml").exists():
                write_corpus(folder, count)
            shutil.rmtree(folder / ".briefer", ignore_errors=True)
            for label in ("never seen", "seen"):
                marks = run_marked(SEARCH, str(folder), timeout=900)
                nan = float("nan")
                listed = marks.get("OPENED", nan)
                print(f"| {count:,} | {label} | {listed:.2f} | "
                      f"{marks.get('RESULTS', nan) - listed:.2f} | "
                      f"{marks.get('COMPLETE', nan) - listed:.2f} |", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--huge", action="store_true", help="also 100,000 articles")
    parser.add_argument("--skip-start", action="store_true")
    parser.add_argument("--skip-search", action="store_true")
    parser.add_argument("--imports", action="store_true")
    parser.add_argument("--first", action="store_true",
                        help="also time the first start (no list kept from the last start)")
    parser.add_argument("--keep", type=Path, help="write the corpora here, reuse them after")
    parser.add_argument("--python", help="run both programs with this interpreter (a venv "
                        "where Briefer is installed), outside the checkout")
    args = parser.parse_args()
    if args.python:
        global PYTHON, CWD
        PYTHON, CWD = args.python, Path(tempfile.mkdtemp(prefix="bench-startup-"))
    if not args.skip_start:
        bench_start(args.runs, args.first)
    if args.imports:
        list_imports(first=args.first)
    if not args.skip_search:
        bench_search(args.sizes + ([100_000] if args.huge else []), args.keep)
    return 0


if __name__ == "__main__":
    sys.exit(main())
