"""The team server against the embedded index, in the same run, on the same corpus.

    python tests/bench/bench_pg.py [--large] [--size N] [--dir DIR] [--seed N]

10,000 synthetic articles by default (``corpus.py``; ``--large``: 100,000; corpora are kept
in DIR and reused). A throwaway PostgreSQL cluster is started as the tests start theirs
(``tests/helpers/pg.py``: a Unix socket, fsync and synchronous commit off — a test server,
so writes are faster than on a department's durable one). Measured, each side:

- import: from the project folder to searchable — embedded: ``load_project`` and building
  the SQLite FTS5 index from nothing; server: ``briefer push`` (which loads the folder,
  copies every source in one transaction and fills the GIN and trigram indexes);
  articles per second;
- search: latency of the 50 fixed queries of ``corpus.benchmark_queries`` (20 hits with
  offsets and snippets), each run once to warm up and timed on its second run; p50/p95;
- quote: finding where 40 pasted quotes come from (20 exact, 20 with a word changed and
  straight quote marks for curly ones, timed apart) — embedded: ``locate_quote`` over the sources in
  memory, as the app does; server: ``find_quote`` (trigram index, then ``locate_quote`` on
  its candidates); p50/p95, and how often both name the same first source and span.

Ratios are server / embedded (above 1: the server is slower).
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))

from corpus import benchmark_queries, write_corpus  # noqa: E402

from briefer.core.anchoring import locate_quote  # noqa: E402
from briefer.db import schema, transfer  # noqa: E402
from briefer.db.connect import connect  # noqa: E402
from briefer.db.search import find_quote, search  # noqa: E402
from briefer.index import SearchIndex  # noqa: E402
from briefer.io.project_file import load_project  # noqa: E402
from tests.helpers.pg import missing_reason, start_cluster  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    low = int(k)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


def corpus(base: Path, size: int, seed: int) -> Path:
    folder = base / f"pg-corpus-{size}-{seed}"
    if not (folder / "project.yaml").exists():
        shutil.rmtree(folder, ignore_errors=True)
        write_corpus(folder, size, seed=seed)
    shutil.rmtree(folder / ".briefer", ignore_errors=True)
    return folder


def quotes(texts: dict[str, str], seed: int, count: int = 40) -> list[str]:
    """Pasted quotes: a sentence-long stretch of a random article, every other one altered."""
    rng = random.Random(seed)
    ids = sorted(t for t in texts if t != "survey")
    made: list[str] = []
    while len(made) < count:
        text = texts[rng.choice(ids)]
        start = rng.randrange(0, max(1, len(text) - 200))
        start = text.find(" ", start) + 1
        end = text.rfind(" ", start, start + rng.randint(60, 140))
        quote = " ".join(text[start:end].split())
        words = quote.split()
        if len(words) < 8:
            continue
        if len(made) % 2:
            words[len(words) // 2] = "indeed"  # one word changed
            quote = " ".join(words).replace("’", "'")
        made.append(quote)
    return made


def timed(fn: Callable[[str], Any], arg: str) -> tuple[float, Any]:
    start = time.perf_counter()
    value = fn(arg)
    return (time.perf_counter() - start) * 1000, value


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--large", action="store_true", help="100,000 articles")
    parser.add_argument("--size", type=int, default=None)
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()))
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    size = args.size or (100_000 if args.large else 10_000)
    reason = missing_reason()
    if reason:
        raise SystemExit(f"no PostgreSQL: {reason}")
    folder = corpus(args.dir, size, args.seed)
    megabytes = sum(p.stat().st_size for p in (folder / "sources").glob("*.txt")) / 1e6
    print(f"{size} articles, {megabytes:.0f} MB of text")

    # embedded: open and index from nothing
    start = time.perf_counter()
    project = load_project(folder, outline=False)
    index = SearchIndex.for_project(project)
    index.update(project.sources.values())
    embedded_import = time.perf_counter() - start
    sources = list(project.sources.values())
    texts = {s.id: s.text for s in sources}

    cluster = start_cluster()
    try:
        url = cluster.create_database()
        with connect(url) as conn:
            schema.upgrade(conn)
            conn.commit()
            start = time.perf_counter()
            transfer.push(folder, conn)
            server_import = time.perf_counter() - start
            conn.execute("ANALYZE")
            conn.commit()

            rows: list[tuple[str, dict[str, list[float]], int, int, int]] = []
            pasted = quotes(texts, args.seed)
            searching = (lambda q: index.search(q, limit=20),
                         lambda q: search(conn, q, limit=20))
            finding = (lambda q: locate_quote(sources, q, limit=5),
                       lambda q: find_quote(conn, q, limit=5))
            for name, asked, (run_embedded, run_server) in (
                    ("search", benchmark_queries(), searching),
                    ("quote exact", pasted[::2], finding),
                    ("quote changed", pasted[1::2], finding)):
                times: dict[str, list[float]] = {"embedded": [], "server": []}
                same = both_exact = 0
                for q in asked:
                    found: dict[str, Any] = {}
                    for side, fn in (("embedded", run_embedded), ("server", run_server)):
                        fn(q)  # warm
                        ms, result = timed(fn, q)
                        conn.rollback()
                        times[side].append(ms)
                        found[side] = result
                    if name.startswith("quote"):
                        first = [list(found[s])[:1] for s in ("embedded", "server")]
                        same += first[0] == first[1]
                        # the synthetic corpus repeats sentences: an exact quote may be in
                        # several sources, and each side may name a different one first
                        both_exact += bool(first[0] and first[1] and first[0][0].exact
                                           and first[1][0].exact and first[0] != first[1])
                rows.append((name, times, same, both_exact, len(asked)))
    finally:
        index.close()
        cluster.stop()

    print(f"\n{'':18}{'embedded':>16}{'server':>16}{'ratio':>9}")
    print(f"{'import':18}{size / embedded_import:>11.0f} a/s{size / server_import:>12.0f} a/s"
          f"{embedded_import and server_import / embedded_import:>8.1f}x"
          f"   ({embedded_import:.1f} s / {server_import:.1f} s)")
    for name, times, same, both_exact, total in rows:
        for share, label in ((0.5, "p50"), (0.95, "p95")):
            e, s = percentile(times["embedded"], share), percentile(times["server"], share)
            print(f"{name + ' ' + label:18}{e:>13.1f} ms{s:>13.1f} ms{s / e:>8.1f}x")
        if name.startswith("quote"):
            print(f"{name}: same first source and span on {same} of {total} quotes"
                  + (f"; {both_exact} more found exactly by both, in different sources"
                     if both_exact else ""))


if __name__ == "__main__":
    main()
