"""Long fuzz run: the survey parser and outline, project.yaml, sidecars and search.

    python scripts/fuzz_core.py [--scale 1.0] [--seed 1]

At scale 1: 60,000 survey texts (half random Unicode, half survey-shaped),
15,000 hand-edited project files, 10,000 sidecars and 20,000 queries — 105,000
inputs. Each input must give an answer or Briefer's own clear error, within
5 s. Prints counts, crashes (with the input's seed) and hangs; exits 1 on any.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.helpers import core_props  # noqa: E402


def random_text(rng: random.Random) -> str:
    alphabet = "abc XYZ éà😀\n\t#*_-1.)>[]()<>&\\`~?:'\"\u00a0\u2028\x00"
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 300)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    counts = {name: int(n * args.scale) for name, n in (
        ("survey", 60_000), ("project", 15_000), ("sidecar", 10_000), ("query", 20_000))}
    crashes: list[str] = []
    hangs = 0
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="briefer-fuzz-") as tmp:
        from briefer.io.project_file import new_project

        folder = Path(tmp) / "proj"
        new_project(folder)
        (Path(tmp) / "OUTSIDE.txt").write_text("OUTSIDE\n", encoding="utf-8")
        valid = (folder / "project.yaml").read_text(encoding="utf-8")
        side = next((folder / "sources").glob("000_*.yaml"))
        side_bytes = side.read_bytes()
        index = core_props.search_index(Path(tmp))
        for name, total in counts.items():
            for k in range(total):
                rng = random.Random(f"{args.seed}-{name}-{k}")
                try:
                    if name == "survey":
                        text = random_text(rng) if k % 2 else core_props.markdownish(
                            rng, rng.randint(1, 120))
                        core_props.survey_property(text)
                    elif name == "project":
                        core_props.project_file_property(folder, core_props.mutate_yaml(rng,
                                                                                        valid))
                        (folder / "project.yaml").write_text(valid, encoding="utf-8")
                    elif name == "sidecar":
                        core_props.sidecar_property(folder, random_text(rng))
                        side.write_bytes(side_bytes)
                    else:
                        core_props.query_property(index, random_text(rng)[:80])
                except AssertionError as exc:
                    if "took over" in str(exc):
                        hangs += 1
                    crashes.append(f"{name} #{k}: {exc}")
                except Exception:
                    crashes.append(f"{name} #{k}: {traceback.format_exc(limit=3)}")
                if name == "project" and not (folder / "sources").exists():
                    shutil.rmtree(folder)
                    new_project(folder)
            print(f"{name}: {total} inputs", flush=True)
    print(f"fuzz: {sum(counts.values())} inputs, {len(crashes)} crashes, {hangs} hangs over "
          f"5 s ({time.monotonic() - started:.0f} s)")
    for crash in crashes[:20]:
        print(crash)
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
