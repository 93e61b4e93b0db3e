"""Scale benchmark: open, index and search synthetic corpora; ripgrep and grep as peers.

    python tests/bench/bench_scale.py [SIZES...] [--dir DIR] [--seed N]

Default sizes 1000 and 10000 articles (see ``corpus.py``; corpora are kept in
DIR and reused). Each size runs in a fresh process so its peak memory is its
own. Prints one table, one row per size:

- open: ``load_project`` until every source is in memory — "first" with no
  caches in ``.briefer/``, "again" with them (the usual case);
- index: building the search index from nothing, and confirming on reopen
  that the persisted one is current;
- search: latency of ``SearchIndex.search`` (20 hits with offsets and
  snippets) over the 50 fixed queries of ``corpus.benchmark_queries``,
  each query's first run (SQLite page cache cold, OS file cache warm);
- rg / grep: time to the list of matching .txt files for the same terms, one
  process per query (``-l -i -F``: fixed strings, their fastest mode; a
  query's words are given as alternatives, a single pass that is a lower
  bound for their AND);
- ratio: our p95 over ripgrep's p95; peak RSS of the whole run.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import re
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import benchmark_queries, write_corpus  # noqa: E402

CORPUS_VERSION = "2"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    low = int(k)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


def corpus_dir(base: Path, size: int, seed: int) -> Path:
    folder = base / f"corpus-{size}-{seed}"
    marker = folder / ".bench-corpus"
    if marker.exists() and marker.read_text() == CORPUS_VERSION:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    start = time.perf_counter()
    write_corpus(folder, size, seed=seed)
    marker.write_text(CORPUS_VERSION)
    print(f"  wrote {size} articles to {folder} in {time.perf_counter() - start:.1f} s",
          file=sys.stderr)
    return folder


def peer_terms(query: str) -> list[str]:
    """The query's positive terms as a user would give them to rg or grep: fixed
    strings (a phrase as typed, a prefix without its ``*``), no word boundaries,
    which is the fastest way for both to search."""
    terms = []
    for phrase, word in re.findall(r'"([^"]*)"?|(\S+)', query):
        if word in ("AND", "OR", "NOT") or word.startswith("-"):
            continue
        text = (phrase or word).rstrip("*").strip()
        if re.search(r"\w", text):
            terms.append(text)
    return terms


def time_peer(command: list[str]) -> tuple[float, int]:
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    return elapsed * 1000, len(done.stdout.splitlines())


def worker(folder: Path) -> dict[str, float]:
    """Everything measured for one corpus, in this (fresh) process."""
    from briefer.index import SearchIndex
    from briefer.io.project_file import load_project

    shutil.rmtree(folder / ".briefer", ignore_errors=True)
    result: dict[str, float] = {}
    texts = sorted((folder / "sources").glob("*.txt"))
    result["articles"] = len(texts) - 1  # the survey
    result["mb"] = sum(p.stat().st_size for p in texts) / 1e6

    start = time.perf_counter()
    project = load_project(folder)
    result["open_first"] = time.perf_counter() - start

    start = time.perf_counter()
    index = SearchIndex.for_project(project)
    index.update(project.sources.values())
    result["build"] = time.perf_counter() - start
    index.close()
    result["index_mb"] = (folder / ".briefer" / "index.sqlite").stat().st_size / 1e6
    del project, index
    gc.collect()

    start = time.perf_counter()
    project = load_project(folder)
    result["open_again"] = time.perf_counter() - start
    start = time.perf_counter()
    index = SearchIndex.for_project(project)
    assert index.update(project.sources.values()) == 0
    result["reuse"] = time.perf_counter() - start

    latencies = []
    for query in benchmark_queries():
        start = time.perf_counter()
        index.search(query)
        latencies.append((time.perf_counter() - start) * 1000)
    result["p50"] = percentile(latencies, 0.5)
    result["p95"] = percentile(latencies, 0.95)
    result["max"] = max(latencies)
    result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    sources = str(folder / "sources")
    for name, base in (("rg", ["rg", "-l", "-i", "-F", "-g", "*.txt"]),
                       ("grep", ["grep", "-r", "-l", "-i", "-F", "--include=*.txt"])):
        if shutil.which(base[0]) is None:
            continue
        times = []
        for query in benchmark_queries():
            terms = peer_terms(query)
            if not terms:
                continue
            args = [a for t in terms for a in ("-e", t)]
            times.append(time_peer(base + args + [sources])[0])
        result[f"{name}_p50"] = percentile(times, 0.5)
        result[f"{name}_p95"] = percentile(times, 0.95)
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    parser.add_argument("--dir", type=Path,
                        default=Path(tempfile.gettempdir()) / f"briefer-bench-{os.getuid()}")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args.worker)))
        return
    rows = []
    for size in args.sizes:
        folder = corpus_dir(args.dir, size, args.seed)
        done = subprocess.run([sys.executable, __file__, "--worker", str(folder)],
                              stdout=subprocess.PIPE, check=True, text=True)
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
    print_table(rows)


def print_grid(columns: list[tuple[str, str, str]], rows: list[dict[str, float]]) -> None:
    """A Markdown table: ``columns`` are (title, key, format); a missing key shows "-"."""
    cells = [[title for title, _, _ in columns]]
    for row in rows:
        cells.append([fmt.format(row[key]) if key in row else "-" for _, key, fmt in columns])
    widths = [max(len(r[i]) for r in cells) for i in range(len(columns))]
    for i, line in enumerate(cells):
        print("| " + " | ".join(c.rjust(w) for c, w in zip(line, widths, strict=True)) + " |")
        if i == 0:
            print("|" + "|".join("-" * (w + 2) for w in widths) + "|")


def print_table(rows: list[dict[str, float]]) -> None:
    print(f"machine: {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"SQLite {sqlite3.sqlite_version}, {platform.system()} {platform.machine()}")
    columns = [
        ("articles", "articles", "{:.0f}"), ("MB", "mb", "{:.1f}"),
        ("open first s", "open_first", "{:.2f}"), ("open again s", "open_again", "{:.2f}"),
        ("index build s", "build", "{:.2f}"), ("index MB", "index_mb", "{:.0f}"),
        ("reuse s", "reuse", "{:.2f}"),
        ("search p50 ms", "p50", "{:.2f}"), ("p95 ms", "p95", "{:.2f}"),
        ("max ms", "max", "{:.1f}"),
        ("rg p50 ms", "rg_p50", "{:.1f}"), ("rg p95 ms", "rg_p95", "{:.1f}"),
        ("grep p50 ms", "grep_p50", "{:.1f}"), ("grep p95 ms", "grep_p95", "{:.1f}"),
        ("p95/rg p95", "ratio", "{:.3f}"), ("peak RSS MB", "rss_mb", "{:.0f}"),
    ]
    for row in rows:
        if row.get("rg_p95"):
            row["ratio"] = row["p95"] / row["rg_p95"]
    print_grid(columns, rows)
    for row in rows:
        checks = [f"open again < 2 s: {'yes' if row['open_again'] < 2 else 'NO'}",
                  f"RSS < 400 MB: {'yes' if row['rss_mb'] < 400 else 'NO'}",
                  f"max < 50 ms: {'yes' if row['max'] < 50 else 'NO'}"]
        if "ratio" in row:
            checks.append(f"p95 <= rg p95 / 10: {'yes' if row['ratio'] <= 0.1 else 'NO'}")
        print(f"{row['articles']:.0f} articles: " + "; ".join(checks))


if __name__ == "__main__":
    main()
