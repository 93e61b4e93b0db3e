"""Opening and saving a large project in the window: wall time, longest stall, memory.

    python tests/bench/bench_open.py [SIZES...] [--big] [--dir DIR] [--seed N]

Default sizes 1000 and 10000 articles; ``--big`` adds 100,000 (648 MB of
text; the corpus is written once into DIR, as ``bench_scale.py`` does, and
reused). Each measurement runs in a fresh process: the window is shown, then
the project is opened as ``briefer PROJECT`` opens it (``open_initial``)
while a 1 ms heartbeat timer records the longest gap in the event loop.

- open seen: the project's caches in ``.briefer/`` are there (the usual case);
  open never seen: they are removed first (the search index is kept: its
  building is ``bench_scale``'s to measure);
- open s: from the call until the sources are listed and the outline drawn;
- stall ms: the longest the window could not paint or take a key meanwhile;
- save stall ms: Ctrl+S after one metadata edit, until the save is done;
- RSS MB: resident memory once the project is open (before the search index
  is built, which ``bench_scale`` measures).

Target: no stall over 100 ms; RSS under 400 MB at 10,000, 1 GB at 100,000.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

CACHES = ("sidecars.json", "project-yaml.json", "texts.json")


def worker(folder: Path, seen: bool) -> dict[str, float]:
    """Open ``folder`` in a window in this fresh process; measure (see the module notes)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import psutil
    from PySide6.QtCore import QSettings, QStandardPaths
    from stall import Heartbeat

    from briefer.core.project import Project
    from briefer.gui import dialogs
    from briefer.gui.app import make_application
    from briefer.gui.main_window import MainWindow
    from briefer.gui.session import ProjectSession
    from briefer.gui.settings import Settings

    QStandardPaths.setTestModeEnabled(True)
    for name in ("error", "warning", "info"):
        setattr(dialogs, name, lambda *a, **k: None)
    dialogs.confirm = lambda *a, **k: False
    dialogs.project_in_use = lambda *a, **k: "take-over"  # a run stopped midway left it open
    if not seen:
        for name in CACHES:
            (folder / ".briefer" / name).unlink(missing_ok=True)
    app = make_application([])
    settings_file = Path(tempfile.mkdtemp()) / "settings.ini"
    window = MainWindow(ProjectSession(Project(name="")),
                        Settings(QSettings(str(settings_file), QSettings.Format.IniFormat)))
    window.search_service.rebuild_later = lambda *a, **k: None  # type: ignore[method-assign]
    window.resize(1366, 768)
    window.show()
    app.processEvents()

    heart = Heartbeat()

    def run_until(done, limit: float = 600) -> None:
        deadline = time.perf_counter() + limit
        while not done() and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.0005)

    result: dict[str, float] = {}
    heart.start()
    start = time.perf_counter()
    window.files.open_initial(folder)
    run_until(lambda: len(window.session.project.sources) > 1
              and not window.files.outline_pending)
    result["open"] = time.perf_counter() - start
    app.processEvents()
    result["open_stall"] = heart.longest()
    result["sources"] = len(window.session.project.sources)
    result["rss_mb"] = psutil.Process().memory_info().rss / 1e6

    project = window.session.project
    source = next(iter(project.sources.values()))
    source.meta.note = f"benchmark {time.time()}"
    project.dirty_meta.add(source.id)
    window.files._set_extra_dirty(True)
    heart.restart()
    start = time.perf_counter()
    window.menu_actions.save.trigger()  # Ctrl+S
    run_until(lambda: not window.files.is_modified())
    result["save"] = time.perf_counter() - start
    app.processEvents()
    result["save_stall"] = heart.longest()
    heart.stop()
    window.files.maybe_save = lambda: True  # type: ignore[method-assign]
    window.close()
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    parser.add_argument("--big", action="store_true", help="add 100,000 articles")
    parser.add_argument("--dir", type=Path,
                        default=Path(tempfile.gettempdir()) / f"briefer-bench-{os.getuid()}")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--seen", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args.worker, args.seen)))
        return
    from bench_scale import corpus_dir

    sizes = args.sizes + ([100000] if args.big and 100000 not in args.sizes else [])
    rows = []
    for size in sizes:
        folder = corpus_dir(args.dir, size, args.seed)
        row: dict[str, float] = {"articles": size}
        for seen in (False, True):
            command = [sys.executable, __file__, "--worker", str(folder)]
            done = subprocess.run(command + (["--seen"] if seen else []),
                                  stdout=subprocess.PIPE, check=True, text=True)
            got = json.loads(done.stdout.strip().splitlines()[-1])
            prefix = "seen" if seen else "never"
            for key, value in got.items():
                row[f"{prefix}_{key}"] = value
        rows.append(row)
    print_table(rows)


def print_table(rows: list[dict[str, float]]) -> None:
    columns = [
        ("articles", "articles", "{:.0f}"),
        ("open never seen s", "never_open", "{:.2f}"),
        ("stall ms", "never_open_stall", "{:.0f}"),
        ("open seen s", "seen_open", "{:.2f}"), ("stall ms", "seen_open_stall", "{:.0f}"),
        ("save s", "seen_save", "{:.2f}"), ("save stall ms", "seen_save_stall", "{:.0f}"),
        ("RSS MB (seen)", "seen_rss_mb", "{:.0f}"),
        ("RSS MB (never)", "never_rss_mb", "{:.0f}"),
    ]
    from bench_scale import print_grid

    print_grid(columns, rows)
    for row in rows:
        stall = max(row.get(k, 0.0) for k in ("never_open_stall", "seen_open_stall",
                                             "seen_save_stall"))
        limit = 400 if row["articles"] <= 10000 else 1000
        rss = max(row.get("seen_rss_mb", 0), row.get("never_rss_mb", 0))
        print(f"{row['articles']:.0f} articles: longest stall {stall:.0f} ms "
              f"({'OK' if stall <= 100 else 'OVER'} 100 ms); RSS {rss:.0f} MB "
              f"({'OK' if rss < limit else 'OVER'} {limit} MB)")


if __name__ == "__main__":
    main()
