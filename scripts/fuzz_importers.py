"""A long fuzzing run of the importers, outside the test suite.

    python scripts/fuzz_importers.py [--inputs 100000] [--seed 1] [--jobs 2] [--out DIR]

Runs the properties of tests/helpers/fuzzprops.py (refuse clearly or succeed; no crash;
no input over 5 s) on inputs from tests/helpers/fuzzgen.py, spread evenly over every
entry point: extract() on .txt .md .html .docx .pdf, read_metadata() on .json .ris.
A fifth of the inputs are further damaged byte by byte. Every crash and hang is
saved under --out with its seed, so it can be replayed:

    python scripts/fuzz_importers.py --replay OUT/crash-html-123.bin

Exit status: 0 when nothing crashed or hung, 1 otherwise.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.helpers.fuzzgen import METADATA, SOURCES, mutate, yaml_sidecar  # noqa: E402
from tests.helpers.fuzzprops import Hang, check_extract, check_metadata  # noqa: E402

TARGETS = sorted(SOURCES) + sorted(METADATA)
HARD_STOP_SECONDS = 60  # an input still running after this is stopped and counted a hang


class _Alarm(Exception):
    pass


def _on_alarm(signum: int, frame: Any) -> None:
    raise _Alarm


def make_input(seed: int, index: int) -> tuple[str, bytes, bytes | None]:
    """The suffix, bytes and optional sidecar of input ``index`` (deterministic)."""
    rnd = random.Random(f"{seed}:{index}")
    suffix = TARGETS[index % len(TARGETS)]
    generate = SOURCES.get(suffix) or METADATA[suffix]
    data = generate(rnd)
    if rnd.random() < 0.2:
        data = mutate(rnd, data)
    sidecar = yaml_sidecar(rnd) if suffix in SOURCES and rnd.random() < 0.2 else None
    return suffix, data, sidecar


def run_one(folder: Path, suffix: str, data: bytes, sidecar: bytes | None) -> str:
    """"ok", "refused", "hang: …" or "crash: …" for one input."""
    signal.alarm(HARD_STOP_SECONDS)
    try:
        if suffix in METADATA:
            return check_metadata(folder, suffix, data)
        return check_extract(folder, suffix, data, sidecar)
    except Hang as exc:
        return f"hang: {exc}"
    except _Alarm:
        return f"hang: stopped after {HARD_STOP_SECONDS} s"
    except BaseException as exc:
        if isinstance(exc, KeyboardInterrupt):
            raise
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        return (f"crash: {type(exc).__name__}: {str(exc)[:200]} "
                f"(at {Path(frame.filename).name}:{frame.lineno})")
    finally:
        signal.alarm(0)


def worker(args: tuple[int, int, int, int, str]) -> dict[str, Any]:
    """Inputs ``start``, ``start + step``, … below ``stop``; saves each failure under ``out``."""
    seed, start, stop, step, out = args
    signal.signal(signal.SIGALRM, _on_alarm)
    outcomes: Counter[str] = Counter()
    failures: list[str] = []
    slowest = (0.0, "")
    with tempfile.TemporaryDirectory(prefix="briefer-fuzz-") as name:
        folder = Path(name)
        for index in range(start, stop, step):
            suffix, data, sidecar = make_input(seed, index)
            began = time.perf_counter()
            result = run_one(folder, suffix, data, sidecar)
            took = time.perf_counter() - began
            if took > slowest[0]:
                slowest = (took, f"{suffix} input {index} ({len(data):,} bytes)")
            kind = result.split(":")[0]
            outcomes[f"{suffix} {kind}"] += 1
            if kind in ("crash", "hang"):
                saved = Path(out) / f"{kind}-{suffix[1:]}-{index}.bin"
                saved.write_bytes(data)
                failures.append(f"{saved.name}: {result}")
    return {"outcomes": outcomes, "failures": failures, "slowest": slowest}


def replay(path: Path) -> int:
    """Run one saved input again and print its outcome."""
    suffix = "." + path.name.split("-")[1]
    with tempfile.TemporaryDirectory(prefix="briefer-fuzz-") as name:
        signal.signal(signal.SIGALRM, _on_alarm)
        result = run_one(Path(name), suffix, path.read_bytes(), None)
    print(result)
    return 0 if result in ("ok", "refused") else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", type=int, default=100_000, help="inputs in all")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=2, help="worker processes")
    parser.add_argument("--out", type=Path, default=Path("fuzz-out"),
                        help="folder for the inputs that crashed or hung")
    parser.add_argument("--replay", type=Path, help="run one saved input again")
    args = parser.parse_args(argv)
    if args.replay:
        return replay(args.replay)
    args.out.mkdir(parents=True, exist_ok=True)
    began = time.monotonic()
    chunks = [(args.seed, job, args.inputs, args.jobs, str(args.out)) for job in range(args.jobs)]
    with multiprocessing.get_context("fork").Pool(args.jobs) as pool:
        results = pool.map(worker, chunks)
    outcomes: Counter[str] = Counter()
    failures: list[str] = []
    for result in results:
        outcomes.update(result["outcomes"])
        failures += result["failures"]
    slowest = max(r["slowest"] for r in results)
    crashes = sum(n for k, n in outcomes.items() if k.endswith("crash"))
    hangs = sum(n for k, n in outcomes.items() if k.endswith("hang"))
    print(f"{args.inputs:,} inputs in {time.monotonic() - began:,.0f} s (seed {args.seed}, "
          f"{args.jobs} jobs): {crashes} crashes, {hangs} hangs")
    for suffix in TARGETS:
        counts = {k.split()[1]: n for k, n in outcomes.items() if k.split()[0] == suffix}
        print(f"  {suffix:6} " + ", ".join(f"{n:,} {k}" for k, n in sorted(counts.items())))
    print(f"  slowest: {slowest[0]:.2f} s, {slowest[1]}")
    for line in failures[:50]:
        print("  " + line)
    return 1 if crashes or hangs else 0


if __name__ == "__main__":
    sys.exit(main())
