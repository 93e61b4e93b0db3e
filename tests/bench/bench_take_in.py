"""A colleague's project change taken into an open team-project window: time and stall.

    python tests/bench/bench_take_in.py [SIZE] [--dir DIR] [--seed N] [--rounds N] [--why]

SIZE articles (default 10,000; ``bench_scale``'s synthetic corpus, written once into DIR
and reused) are pushed to a throwaway PostgreSQL cluster (``tests/helpers/pg.py``), and a
window opens the URL as ``briefer URL`` does. Then, ROUNDS times, a colleague changes the
project on the server (its name, with the version moved on, as a write-back does) and
the window takes it in (its first save has sent the survey's outline drawn at the open,
so the window has no change of its own): a fresh checkout of every source, the merge,
the fresh copy loaded and swapped in, while a 1 ms timer on the window's thread records the longest
gap in its event loop (the *stall*: how long the window could not paint or take a key).

- take-in s: from the colleague's commit until the window shows the change;
- stall ms: the longest gap meanwhile;
- idle stall ms: the longest gap in as long a time just before, with nothing to do (what
  the machine's other work costs the window on its own: on a shared 2-core machine the
  window's thread is not always given a core).

Then once, a save's merge: the window adds an excerpt (a change of its own, so a
colleague's change is not taken in), the colleague changes the name again, and Ctrl+S
writes the copy, finds on a worker that the server moved on, merges on a worker
(``ProjectNews.merge_for_save``), then sends: *save merge s* until the server holds the
excerpt, and the stall meanwhile.

Before it, a plain save (nothing to merge) for comparison: the copy written, then read,
hashed and sent on a worker (``server_send``, as every team save is): *plain save*
until the server has it, and its stall.

The note's spelling dictionary is loaded before any of it (once a session, when a
paragraph is first drawn: a stall of its own, not a save's). Target: stall ≤ 100 ms.

``--why``: after each part, where the threads were during its stalls of 60 ms or more
(``stall_why``; the window's thread in C too when py-spy is installed).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("size", nargs="?", type=int, default=10_000)
    parser.add_argument("--dir", type=Path,
                        default=Path(tempfile.gettempdir()) / f"briefer-bench-{os.getuid()}")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--switch-ms", type=float, default=None,
                        help="the interpreter's switch interval (sys.setswitchinterval), "
                             "to see what the lock's hand-over costs the window")
    parser.add_argument("--why", action="store_true",
                        help="say where the threads were during each long stall")
    args = parser.parse_args(argv)
    if args.switch_ms is not None:
        sys.setswitchinterval(args.switch_ms / 1000)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    import psycopg
    from PySide6.QtCore import QSettings, QStandardPaths
    from stall import Heartbeat

    from bench_scale import corpus_dir
    from briefer.core.project import Project
    from briefer.db import schema, transfer
    from briefer.db.connect import connect
    from briefer.gui import dialogs, server_store
    from briefer.gui.app import make_application
    from briefer.gui.main_window import MainWindow
    from briefer.gui.server_open import open_initial
    from briefer.gui.session import ProjectSession
    from briefer.gui.settings import Settings
    from tests.helpers.pg import missing_reason, start_cluster

    reason = missing_reason()
    if reason:
        raise SystemExit(f"no PostgreSQL: {reason}")
    folder = corpus_dir(args.dir, args.size, args.seed)
    QStandardPaths.setTestModeEnabled(True)
    scratch = Path(tempfile.mkdtemp(prefix="bench-take-in-"))
    server_store.app_data = lambda: scratch / "appdata"  # type: ignore[assignment]
    for name in ("error", "warning", "info"):
        setattr(dialogs, name, lambda *a, **k: None)
    dialogs.project_in_use = lambda *a, **k: "take-over"  # type: ignore[assignment]

    cluster = start_cluster()
    try:
        url = cluster.create_database()
        start = time.perf_counter()
        with connect(url) as conn:
            schema.upgrade(conn)
            conn.commit()
            transfer.push(folder, conn)
            conn.commit()
        print(f"{args.size} articles pushed in {time.perf_counter() - start:.1f} s")

        app = make_application([])
        window = MainWindow(ProjectSession(Project(name="")),
                            Settings(QSettings(str(scratch / "settings.ini"),
                                               QSettings.Format.IniFormat)))
        window.search_service.rebuild_later = lambda *a, **k: None  # type: ignore[method-assign]
        window.resize(1366, 768)
        window.show()

        def link() -> Any:
            return getattr(window, "server_link", None)

        def run_until(done, limit: float = 600) -> None:
            deadline = time.perf_counter() + limit
            while not done() and time.perf_counter() < deadline:
                app.processEvents()
                time.sleep(0.0005)
            if not done():
                raise SystemExit("timed out")

        start = time.perf_counter()
        open_initial(window, url)
        run_until(lambda: link() is not None and link().online)
        print(f"opened in {time.perf_counter() - start:.1f} s "
              f"({len(window.session.project.sources)} sources)")
        run_until(lambda: not window.files.outline_pending, 60)
        # the survey's outline, drawn at the open, is this window's until saved: saved
        # and sent once, as a user's first save does, so that it is no change of its own
        window.files._set_extra_dirty(True)
        window.files.save_now()
        run_until(lambda: not link().state.pending())
        app.processEvents()

        # the note's spelling dictionary, loaded once a session when a paragraph is first
        # drawn (Hunspell, in C, 70-600 ms of the window's thread: ``spell_check``): loaded
        # now, as after a user's first minute in the note, so that no part below counts it
        from briefer.gui.spell_check import SpellService

        SpellService.of(window.session).checker_now()
        heart = Heartbeat()
        heart.start()
        dog = None
        if args.why:
            from stall_why import Watchdog

            dog = Watchdog()
            dog.start()

        def why(part: str) -> None:
            if dog is not None:
                print(f"[why: {part}]\n{dog.report()}")
                dog.stalls.clear()
        print(f"\n{'round':>5}{'take-in s':>12}{'stall ms':>10}{'idle stall ms':>15}")
        worst = 0.0
        took = 10.0
        for round_ in range(1, args.rounds + 1):
            name = f"Desk, round {round_}"
            heart.restart()
            idle_until = time.perf_counter() + took
            run_until(lambda: time.perf_counter() >= idle_until)  # noqa: B023
            idle = heart.longest()
            app.processEvents()
            heart.restart()
            start = time.perf_counter()
            with psycopg.connect(url) as conn:
                conn.execute("UPDATE project SET name = %s, version = version + 1", (name,))
            run_until(lambda: window.session.project.name == name  # noqa: B023
                      and not link().news.busy())
            took = time.perf_counter() - start
            app.processEvents()
            stall = heart.longest()
            worst = max(worst, stall)
            print(f"{round_:>5}{took:>12.2f}{stall:>10.0f}{idle:>15.0f}")
            why(f"round {round_}")
        # a plain save (nothing to merge), for comparison: the copy written, then sent
        window.files._set_extra_dirty(True)
        app.processEvents()
        heart.restart()
        start = time.perf_counter()
        window.menu_actions.save.trigger()  # Ctrl+S
        run_until(lambda: not window.files.is_modified() and window.files.saving is None
                  and not link().state.pending())
        app.processEvents()
        plain = heart.longest()
        print(f"\nplain save: {time.perf_counter() - start:.2f} s, stall {plain:.0f} ms")
        why("plain save")

        # a save's merge
        project = window.session.project
        source = next(sid for sid, s in project.sources.items() if s.kind.value != "survey")
        section = project.note.sections[-1].id if project.note.sections else None
        mine = window.add_excerpt(source, 0, 60, section_id=section)
        assert mine is not None
        with psycopg.connect(url) as conn:
            conn.execute("UPDATE project SET name = 'Desk, merged', version = version + 1")
        run_until(lambda: link().news.waiting > link().state.checkout.version)
        app.processEvents()
        heart.restart()
        start = time.perf_counter()
        window.menu_actions.save.trigger()  # Ctrl+S

        def sent() -> bool:
            with psycopg.connect(url) as conn:
                return conn.execute("SELECT 1 FROM excerpts WHERE id = %s",
                                    (mine,)).fetchone() is not None
        # sent once nothing is on its way and nothing is unsent (asked of the server only
        # then: a connection made by this loop would be a stall of its own)
        run_until(lambda: window.session.project.name == "Desk, merged"
                  and not link().news.busy() and not link().sending.busy()
                  and window.files.saving is None and not window.files.is_modified()
                  and not link().state.pending())
        took = time.perf_counter() - start
        app.processEvents()
        stall = heart.longest()
        assert sent()
        worst = max(worst, stall)
        assert window.session.project.name == "Desk, merged"
        assert mine in window.session.project.excerpts
        print(f"\nsave merge: {took:.2f} s, stall {stall:.0f} ms")
        why("save merge")
        heart.stop()
        print(f"\nlongest stall {worst:.0f} ms ({'OK' if worst <= 100 else 'OVER'} 100 ms)")
        window.files.maybe_save = lambda: True  # type: ignore[method-assign]
        window.close()
    finally:
        cluster.stop()
        shutil.rmtree(scratch, ignore_errors=True)  # the window's copies: 130-210 MB


if __name__ == "__main__":
    main()
