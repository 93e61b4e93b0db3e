"""Kill Briefer with SIGKILL in the middle of saves, imports, exports and `new`.

    python scripts/fault_injection.py            # every file operation, 200 random moments
    python scripts/fault_injection.py --quick    # a sample (what the test run does)

See tests/faults/harness.py for what is checked after each kill. Prints one
line per operation and a last line ``faults: N kills, M with problems``;
exits 1 if any kill left a problem.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.faults.harness import sweep  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="every 4th point, 12 random")
    parser.add_argument("--randoms", type=int, default=None)
    parser.add_argument("--only", nargs="*", default=["save", "import", "export", "new"])
    args = parser.parse_args()
    every = 4 if args.quick else 1
    randoms = args.randoms if args.randoms is not None else (12 if args.quick else 200)
    started = time.monotonic()
    lines: list[str] = []
    with tempfile.TemporaryDirectory(prefix="briefer-faults-") as tmp:
        failed = sweep(Path(tmp), args.only, every=every, randoms=randoms,
                       report=lambda line: (print(line, flush=True), lines.append(line)))
    kills = sum(int(line.split("killed before ")[1].split()[0]) for line in lines
                if "killed before" in line) + randoms
    for outcome in failed[:20]:
        print(f"PROBLEM {outcome.operation} @ {outcome.kill_at}: {'; '.join(outcome.problems)}")
    print(f"faults: {kills} kills, {len(failed)} with problems "
          f"({time.monotonic() - started:.0f} s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
