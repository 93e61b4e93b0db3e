"""``briefer search`` on a project never searched says on a terminal how far it is.

The first search reads and indexes the whole project (8 s at 10,000 articles), and was
silent all that time. On a terminal it now draws its progress on stderr, as ``briefer
import`` does; for a script or a pipe (stderr not a terminal) it says nothing more, and
its answer on stdout is the same either way.
"""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.projects import large_project


def _project(folder: Path) -> Path:
    return large_project(folder, {"a0007": "Article 7 is about softwood lumber duties.\n"})


def _search(folder: Path, stderr_on_terminal: bool, *extra: str) -> tuple[int, str, str]:
    """Run ``briefer search`` as a user does: (exit status, stdout, what stderr showed)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("BRIEFER_DEBUG", None)
    args = [sys.executable, "-m", "briefer", "search", str(folder), "softwood lumber", *extra]
    if not stderr_on_terminal:
        done = subprocess.run(args, capture_output=True, text=True, env=env, timeout=120)
        return done.returncode, done.stdout, done.stderr
    main, side = pty.openpty()
    try:
        proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=side, env=env)
        os.close(side)
        shown = b""
        while True:
            try:
                chunk = os.read(main, 4096)
            except OSError:  # the terminal's other side closed: the command ended
                break
            if not chunk:
                break
            shown += chunk
        out, _ = proc.communicate(timeout=120)
    finally:
        os.close(main)
    return proc.returncode, out.decode(), shown.decode()


@pytest.mark.parametrize("extra", [(), ("--json",)], ids=["text", "json"])
def test_a_first_search_shows_its_progress_on_a_terminal_only(tmp_path: Path, extra) -> None:
    on_terminal = _search(_project(tmp_path / "a"), True, *extra)
    piped = _search(_project(tmp_path / "b"), False, *extra)
    assert on_terminal[0] == piped[0] == 0
    lines = on_terminal[2].replace("\r", "\n").splitlines()
    total = len(list((tmp_path / "a" / "sources").glob("*.txt")))
    assert any(line.endswith(f"[{total}/{total}] sources read") for line in lines), lines
    assert any(line.endswith(f"[{total}/{total}] sources indexed") for line in lines), lines
    assert piped[2] == ""  # a script's stderr: nothing but real warnings
    answer = on_terminal[1].replace(str(tmp_path / "a"), str(tmp_path / "b"))
    assert answer == piped[1] and "a0007" in answer  # stdout as it was


def test_a_search_answered_from_the_index_draws_nothing(tmp_path: Path) -> None:
    folder = _project(tmp_path / "p")
    assert _search(folder, False)[0] == 0  # indexes it, and vouches for the index
    status, out, shown = _search(folder, True)
    assert status == 0 and "a0007" in out
    assert shown == ""
