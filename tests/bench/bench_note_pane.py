"""Note pane benchmark: opening, typing and adding an excerpt in a very long note.

    python tests/bench/bench_note_pane.py [--sizes 300 1000 3000] [--profile N]

Each size runs in a fresh process (so its RSS is its own): the bundled sample
with a synthetic note of N excerpt blocks (quotations from every source) and
one prose block after every fifth excerpt, over the template's sections. It
measures, with a 5 ms heartbeat timer recording the longest gap in the event
loop (layout and paint after the call included):

* open: ``NotePane.rebuild()`` on the pane shown at 820x900 — wall time of the
  call, and the longest stall until the pane is idle (citations rendered);
* keystroke: one key typed in a prose block in the middle of the note;
* Return: a new line in that block (it grows; the blocks below move);
* add excerpt: ``add_excerpt`` of a new span into a middle section;
* jump: the scroll bar dragged a third of the way down the note (the longest
  stall), then two thirds (how long until no part of the view is left blank);
* scroll: the longest stall (and the 90th percentile) while reading the note
  from top to bottom, half a screen at a time;
* RSS of the process once the note is open and idle, and after reading it through.

Targets (issue 16): open under 2 s at 3,000 excerpts, keystroke stall under
30 ms, add-excerpt stall at most 100 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def build_note(project, count: int) -> None:
    """``count`` excerpt blocks (and a prose block after every fifth) over the sections."""
    from briefer.core.draft import draft
    from briefer.core.excerpt import make_excerpt
    from briefer.core.note import ExcerptBlock, new_excerpt_block, new_prose
    from briefer.io.templates import load_template

    sections = draft(project, load_template("briefing-note")).note.sections
    for section in sections:
        section.blocks = [b for b in section.blocks if not isinstance(b, ExcerptBlock)]
    sources = [s for s in project.sources.values() if len(s.text) > 400]
    for i in range(count):
        source = sources[i % len(sources)]
        start = (i * 97) % (len(source.text) - 300)
        excerpt = make_excerpt(source.id, source.text, start, start + 80 + i % 120)
        project.excerpts[excerpt.id] = excerpt
        section = sections[i * len(sections) // count]
        section.blocks.append(new_excerpt_block(excerpt.id))
        if i % 5 == 4:
            section.blocks.append(new_prose(f"Paragraph {i}: the **analyst's** words about it."))
    project.note.sections[:] = sections


class Heartbeat:
    """The longest gap between ticks of a 5 ms timer: how long the window froze."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.worst = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def measure(self, app, action, settle: float = 0.6) -> tuple[float, float]:
        """(wall time of ``action``, longest stall) with ``settle`` s of events after it."""
        from PySide6.QtCore import QTimer

        result: dict[str, float] = {}

        def run() -> None:
            t0 = time.perf_counter()
            action()
            result["wall"] = time.perf_counter() - t0

        self.worst, self.last = 0.0, time.perf_counter()
        self.timer.start()
        QTimer.singleShot(0, run)
        end = time.perf_counter() + settle
        while time.perf_counter() < end or "wall" not in result:
            app.processEvents()
            time.sleep(0.001)
        self.timer.stop()
        return result["wall"], max(self.worst, result["wall"])


def idle(app, seconds: float = 0.8) -> None:
    """Let the pane finish what a scroll started (blocks made as they come into view)."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.002)


def until_filled(app, pane, action) -> float:
    """Seconds from ``action`` until no part of the view waits for a block to be made."""
    from briefer.gui.note_lazy import BlockPlaceholder

    viewport = pane.scroll_area.viewport()

    def blank() -> bool:
        for widget in pane.findChildren(BlockPlaceholder):
            top = widget.mapTo(viewport, widget.rect().topLeft()).y()
            if top < viewport.height() and top + widget.height() > 0:
                return True
        return False

    started = time.perf_counter()
    action()
    while blank() and time.perf_counter() - started < 5:
        app.processEvents()
    return time.perf_counter() - started


def child(count: int, profile: str | None) -> dict[str, float]:
    import psutil
    from PySide6.QtCore import QStandardPaths, Qt
    from PySide6.QtTest import QTest

    QStandardPaths.setTestModeEnabled(True)
    from briefer.core.note import ProseBlock
    from briefer.gui.app import make_application
    from briefer.gui.note_pane import NotePane
    from briefer.gui.session import ProjectSession
    from tests.helpers.projects import seeds_project

    app = make_application([])
    session = ProjectSession(seeds_project())
    pane = NotePane(session)
    pane.resize(820, 900)
    pane.show()
    app.processEvents()
    build_note(session.project, count)
    beat = Heartbeat()
    out: dict[str, float] = {"excerpts": count}
    profiler = None
    if profile == "open":
        import cProfile
        profiler = cProfile.Profile()
        profiler.enable()
    out["open_wall"], out["open_stall"] = beat.measure(app, pane.rebuild, settle=1.0)
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(f"/tmp/notepane-open-{count}.prof")
    pane._citations.wait()
    # idle: the citations rendered on the worker are shown
    out["citations_wall"], out["citations_stall"] = beat.measure(app, lambda: None, settle=1.0)
    out["rss_mb"] = psutil.Process().memory_info().rss / 2**20

    note = session.project.note
    middle = note.sections[len(note.sections) // 2]
    prose = next(b for s in note.sections[len(note.sections) // 2:] for b in s.blocks
                 if isinstance(b, ProseBlock))
    pane.focus_block(prose.id)
    widget = pane.block_widget(prose.id)
    editor = widget.text_edit  # type: ignore[union-attr]
    editor.setFocus(Qt.FocusReason.OtherFocusReason)
    idle(app)
    if profile == "key":
        import cProfile
        profiler = cProfile.Profile()
        profiler.enable()
    stalls = [beat.measure(app, lambda: QTest.keyClick(editor, Qt.Key.Key_A), settle=0.15)[1]
              for _ in range(5)]
    if profiler is not None and profile == "key":
        profiler.disable()
        profiler.dump_stats(f"/tmp/notepane-key-{count}.prof")
    out["key_stall"] = max(stalls)
    assert note.find_block(prose.id) and "aaaaa" in prose.markdown.replace("*", "")

    source = next(iter(session.project.sources.values()))
    pane.set_current_section(middle.id)
    idle(app)
    if profile == "add":
        import cProfile
        profiler = cProfile.Profile()
        profiler.enable()
    out["add_wall"], out["add_stall"] = beat.measure(
        app, lambda: pane.add_excerpt(source.id, 10, 70, middle.id))
    if profiler is not None and profile == "add":
        profiler.disable()
        profiler.dump_stats(f"/tmp/notepane-add-{count}.prof")
    # Return in a text block: it grows by a line, so the blocks below move
    editor.setFocus(Qt.FocusReason.OtherFocusReason)
    idle(app, 0.3)
    out["newline_stall"] = beat.measure(
        app, lambda: QTest.keyClick(editor, Qt.Key.Key_Return), settle=0.3)[1]
    # a jump of the scroll bar to the middle, then reading the note from top to bottom
    bar = pane.scroll_area.verticalScrollBar()
    out["jump_stall"] = beat.measure(app, lambda: bar.setValue(bar.maximum() // 3))[1]
    out["jump_filled"] = until_filled(app, pane, lambda: bar.setValue(bar.maximum() * 2 // 3))
    gaps: list[float] = []
    step = pane.scroll_area.viewport().height() // 2
    bar.setValue(0)
    idle(app, 0.3)
    if profile == "scroll":
        import cProfile
        profiler = cProfile.Profile()
        profiler.enable()
    while bar.value() < bar.maximum():
        gaps.append(beat.measure(app, lambda: bar.setValue(bar.value() + step),
                                 settle=0.02)[1])
    gaps.sort()
    out["scroll_stall"] = gaps[-1]
    out["scroll_p90"] = gaps[int(len(gaps) * 0.9)]
    if profiler is not None and profile == "scroll":
        profiler.disable()
        profiler.dump_stats(f"/tmp/notepane-scroll-{count}.prof")
    idle(app, 0.5)
    out["rss_read_mb"] = psutil.Process().memory_info().rss / 2**20
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[300, 1000, 3000])
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--profile", choices=["open", "key", "add", "scroll"],
                        help="write a cProfile of that step to /tmp/notepane-<step>-<N>.prof")
    args = parser.parse_args()
    if args.child:
        print("RESULT " + json.dumps(child(args.child, args.profile)), flush=True)
        return
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    rows = []
    for size in args.sizes:
        command = [sys.executable, __file__, "--child", str(size)]
        if args.profile:
            command += ["--profile", args.profile]
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                              check=False)
        line = next((x for x in done.stdout.splitlines() if x.startswith("RESULT ")), None)
        if line is None:
            print(done.stdout, done.stderr, file=sys.stderr)
            raise SystemExit(f"the run with {size} excerpts failed")
        rows.append(json.loads(line[7:]))
    header = ("excerpts", "open s", "open stall s", "citations stall ms", "key stall ms",
              "Return stall ms", "add stall ms", "jump stall ms", "jump filled ms",
              "scroll stall ms", "scroll p90 ms", "RSS MB open", "RSS MB read through")
    print(" | ".join(header))
    for r in rows:
        print(" | ".join(f"{value:>{len(name)}}" for name, value in zip(header, [
            f"{int(r['excerpts'])}", f"{r['open_wall']:.2f}", f"{r['open_stall']:.2f}",
            f"{r['citations_stall'] * 1000:.0f}", f"{r['key_stall'] * 1000:.1f}",
            f"{r['newline_stall'] * 1000:.1f}", f"{r['add_stall'] * 1000:.1f}",
            f"{r['jump_stall'] * 1000:.1f}", f"{r['jump_filled'] * 1000:.0f}",
            f"{r['scroll_stall'] * 1000:.1f}",
            f"{r['scroll_p90'] * 1000:.1f}",
            f"{r['rss_mb']:.0f}", f"{r['rss_read_mb']:.0f}"], strict=True)))


if __name__ == "__main__":
    main()
