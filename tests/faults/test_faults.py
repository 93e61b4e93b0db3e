"""A sample of `kill -9` moments in saves, imports, exports and `new` (the quick form of
scripts/fault_injection.py, which kills before every file operation and at 200 random
moments): after each, the project opens, nothing stray is left, a retry makes no
duplicate, and the note and the metadata come from the same save."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "fault_injection.py"


def test_killed_saves_imports_exports_and_new_lose_nothing() -> None:
    done = subprocess.run([sys.executable, str(SCRIPT), "--quick"], capture_output=True,
                          text=True, timeout=600)
    last = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert last.startswith("faults: ") and ", 0 with problems" in last
    kills = int(last.split()[1])
    assert kills >= 50
