"""The Sources list at scale: the longest event-loop stall while sorting, filtering, selecting.

    python tests/bench/bench_sources_list.py [--sizes 10000 100000]

A project of N fake sources (one in ten without a title, so the list shows
the opening words of its text, as it does for the bundled sample) is shown
in a real ``SourcesPane``. A 5 ms heartbeat timer records the longest gap
between its ticks while the user sorts by title, sorts by date, types
"tariff" into the filter one key at a time (120 ms apart, about a typist's
pace, and the list is given time to settle), clears it, clicks a row, and
retitles a source while the list is sorted (every row's keys are made again).
Target: no stall over 100 ms at 10,000 and 100,000 sources.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from briefer.core.project import Project  # noqa: E402
from briefer.core.source import Source, SourceMeta  # noqa: E402
from briefer.gui.session import ProjectSession  # noqa: E402
from briefer.gui.sources_model import DATE, TITLE  # noqa: E402
from briefer.gui.sources_pane import SourcesPane  # noqa: E402

WORDS = ("tariff", "steel", "aluminum", "lumber", "dairy", "softwood", "quota", "duty",
         "retaliation", "border", "negotiation", "minister", "trade", "agreement", "auto",
         "rules", "origin", "supply", "chain")
OUTLETS = ("Globe and Mail", "Financial Post", "Reuters", "CBC News", "Le Devoir",
           "Toronto Star", "Politico", "The Hill")


def fake_project(count: int, seed: int = 5) -> Project:
    rng = random.Random(seed)
    sources: dict[str, Source] = {}
    for i in range(count):
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 9))).capitalize()
        body = "\n\n".join(" ".join(rng.choice(WORDS) for _ in range(40)) for _ in range(3))
        meta = SourceMeta(type="article-newspaper",
                          title="" if i % 10 == 0 else title,
                          container_title=rng.choice(OUTLETS) if i % 7 else "",
                          issued={"date-parts": [[rng.randint(2015, 2026), rng.randint(1, 12),
                                                  rng.randint(1, 28)]]} if i % 9 else None)
        sid = f"s{i:06d}"
        sources[sid] = Source(id=sid, text=f"{title}\n\n{body}\n", meta=meta)
    return Project(name="bench", sources=sources)


def stall_during(action: Callable[[], None], settle_ms: int = 350) -> float:
    """The longest gap between 5 ms ticks while ``action`` runs (queued) and settles, in ms."""
    clock = QElapsedTimer()
    gaps = [0.0]
    last = [0.0]

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        gaps[0] = max(gaps[0], now - last[0])
        last[0] = now

    heart = QTimer()
    heart.setInterval(5)
    heart.timeout.connect(tick)
    loop = QEventLoop()
    clock.start()
    heart.start()
    QTimer.singleShot(20, action)
    QTimer.singleShot(20 + settle_ms, loop.quit)
    loop.exec()
    heart.stop()
    return max(0.0, gaps[0] - 5.0)


def typing(pane: SourcesPane, text: str) -> float:
    """Type ``text`` into the filter a key every 120 ms; the longest stall, in ms."""
    worst = 0.0
    for i, char in enumerate(text):
        settle = 120 if i < len(text) - 1 else 450
        def key(c: str = char) -> None:
            QTest.keyClicks(pane.filter, c)

        worst = max(worst, stall_during(key, settle))
    return worst


def run(count: int) -> dict[str, float]:
    app = QApplication.instance() or QApplication(sys.argv)
    project = fake_project(count)
    session = ProjectSession(project)
    started = time.perf_counter()
    pane = SourcesPane(session)
    pane.resize(700, 800)
    pane.show()
    QTest.qWaitForWindowExposed(pane)
    results = {"open": (time.perf_counter() - started) * 1000}
    app.processEvents()
    results["sort by title"] = stall_during(
        lambda: pane.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder))
    results["sort by date"] = stall_during(
        lambda: pane.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder))
    results["filter \"tariff\""] = typing(pane, "tariff")
    shown = pane.proxy.rowCount()
    results["clear filter"] = stall_during(pane.filter.clear, 450)
    row_rect = pane.table.visualRect(pane.proxy.index(5, 0))
    results["select a row"] = stall_during(
        lambda: QTest.mouseClick(pane.table.viewport(), Qt.MouseButton.LeftButton,
                                      pos=row_rect.center()))
    from briefer.gui.commands.sources import EditSourceMetaCommand

    first = pane.source_ids()[0]
    results["edit a title (sorted)"] = stall_during(
        lambda: session.undo_stack.push(EditSourceMetaCommand(session, first, "title",
                                                              "Zz retitled")))
    results["rows matching"] = float(shown)
    pane.close()
    pane.deleteLater()
    session.deleteLater()
    app.processEvents()
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args(argv)
    QApplication.instance() or QApplication(sys.argv)
    table = {n: run(n) for n in args.sizes}
    names = list(next(iter(table.values())))
    print(f"{'longest stall (ms)':<22}" + "".join(f"{n:>12,}" for n in args.sizes))
    for name in names:
        label = name + (" (time)" if name == "open" else "")
        print(f"{label:<22}" + "".join(
            f"{table[n][name]:>12.0f}" for n in args.sizes))


if __name__ == "__main__":
    main()
