"""Issue 16 in one table: every action it measured, at 1,000 and 10,000 articles (100,000 too).

    python tests/bench/bench_issue16.py [--100k] [--json FILE] [--dir DIR] [--only ROW ...]

Each row runs in a process of its own (memory and Qt state never leak from one row to the
next); the peak resident memory of that process and everything it started is read from the
kernel when it ends (``wait4``), so every row has its peak memory. The measuring is the
per-area benchmarks' own, imported from them, so both always measure the same thing:

- note: ``bench_note_pane`` (a note of 300, 1,000, 3,000 excerpts over the sample; the corpus
  size does not change what the pane does) - open, one key, one excerpt added;
- sources: ``bench_sources_list`` (N sources in a real Sources pane) - sort by Title, by Date,
  "tariff" typed into the filter;
- find: ``bench_reader`` (a 5 MB source) - Ctrl+F and "tariff" typed at 8 keys a second;
- open, save: ``bench_open`` - ``briefer PROJECT`` to a painted window, Ctrl+S;
- startup: ``bench_startup`` - start-up against a bare PySide6 window, search available after
  opening (``bench_gui``'s start-up timing when ``bench_startup`` is absent);
- query: search latency of every query of ``corpus.benchmark_queries`` and ``bench_cli.HARDER``
  in one process beside ``rg -l -i -F`` for the same words (one process a query);
- cli: ``bench_cli`` - ``briefer search PROJECT QUERY`` end to end beside ``rg -l -i``;
- import: ``bench_cli`` - ``briefer import`` of .pdf/.docx/.html beside pdftotext and pandoc.

A "stall" is the longest gap between the ticks of a 5 ms timer on the window's thread while
the action runs and settles: how long the window could not answer. Corpora are those of
``bench_scale`` (kept in DIR: linked from ``bench_scale``'s folder when it has them, so a
run never touches an index another benchmark is using).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for _path in (str(ROOT), str(HERE)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

Figures = dict[str, Any]
SIZED = ("sources", "open", "ready", "cli", "query")  # rows measured at each corpus size
UNSIZED = ("note300", "note1000", "note3000", "find", "startup", "import")
SHARED = Path(tempfile.gettempdir()) / f"briefer-bench-{os.getuid()}"


# -- in the row's own process ---------------------------------------------------------------

def bench(name: str) -> ModuleType:
    """A sibling benchmark module, imported by name (they import ``corpus`` under two names,
    which a type checker following them would reject)."""
    return importlib.import_module(name)


def corpus(base: Path, size: int) -> Path:
    """The ``bench_scale`` corpus of ``size`` articles in ``base``: hard links to the shared
    one when it exists (never its ``.briefer`` caches), else written by ``bench_scale``."""
    scale = bench("bench_scale")
    folder = base / f"corpus-{size}-7"
    shared = SHARED / folder.name
    marker = shared / ".bench-corpus"
    if (not folder.exists() and base != SHARED and marker.exists()
            and marker.read_text() == scale.CORPUS_VERSION):
        shutil.copytree(shared, folder, copy_function=os.link,
                        ignore=lambda d, names: [".briefer"] if d == str(shared) else [])
    return Path(scale.corpus_dir(base, size, 7))


def row_note(count: int) -> Figures:
    return dict(bench("bench_note_pane").child(count, None))


def row_sources(size: int) -> Figures:
    return dict(bench("bench_sources_list").run(size))


def row_find() -> Figures:
    reader = bench("bench_reader")
    with tempfile.TemporaryDirectory() as tmp:
        news = reader.news_text(Path(tmp))
        return dict(reader.run(ROOT, "tariff", news))


def row_query(base: Path, size: int) -> Figures:
    """Each query's first run on the saved index (built here if missing), and rg's time to
    the list of files for the same words; all queries, and the harder ones alone."""
    from briefer.index import SearchIndex

    scale = bench("bench_scale")
    harder: list[str] = bench("bench_cli").HARDER
    folder = corpus(base, size)
    path = folder / ".briefer" / "index.sqlite"
    if not path.exists():
        from briefer.io.project_file import load_project

        project = load_project(folder)
        with SearchIndex.for_project(project) as built:
            built.update(project.sources.values())
        del project
    queries: list[str] = bench("corpus").benchmark_queries() + harder
    ours: dict[str, float] = {}
    with SearchIndex(path) as index:
        for query in queries:
            start = time.perf_counter()
            index.search(query)
            ours[query] = (time.perf_counter() - start) * 1000
    rg: dict[str, float] = {}
    for query in queries:
        terms = scale.peer_terms(query)
        if terms and shutil.which("rg"):
            rg[query] = scale.time_peer(["rg", "-l", "-i", "-F", "-g", "*.txt",
                                         *[a for t in terms for a in ("-e", t)],
                                         str(folder / "sources")])[0]
    out: Figures = {"queries": len(queries), "harder": len(harder)}
    for name, chosen in (("all", queries), ("hard", harder)):
        times = [ours[q] for q in chosen]
        out[f"{name}_p95"] = scale.percentile(times, 0.95)
        out[f"{name}_max"] = max(times)
        out[f"{name}_over50"] = sum(1 for t in times if t > 50)
        peers = [rg[q] for q in chosen if q in rg]
        if peers:
            out[f"{name}_rg_p95"] = scale.percentile(peers, 0.95)
    return out


def row_cli(base: Path, size: int) -> Figures:
    return {**bench("bench_cli").search_row(corpus(base, size)), "venv": VENV}


def row_import(base: Path) -> Figures:
    corpus(base, 1000)  # the documents are written from its articles
    return {"kinds": bench("bench_cli").import_rows(base, 24), "venv": VENV}


# ``--python``: the command-line rows run Briefer as a user installs it, in a virtualenv
VENV = bool(os.environ.get("BRIEFER_BENCH_PYTHON"))
INSTALLED = " (Briefer installed in a virtualenv)"


def marks_of(code: str, *args: str, timeout: float = 60) -> dict[str, float]:
    """Seconds from process start to each marker line ``code`` prints (or the number after
    the marker), as ``bench_startup`` and ``bench_gui`` time them; killed after ``timeout``
    (a window that never becomes ready must not stop the run)."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its .pyc files
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=env, cwd=str(ROOT))
    killer = threading.Timer(timeout, proc.kill)
    killer.start()
    assert proc.stdout is not None
    marks: dict[str, float] = {}
    for line in proc.stdout:
        name, _, value = line.strip().partition(" ")
        marks.setdefault(name, float(value) if value else time.perf_counter() - started)
    proc.wait()
    killer.cancel()
    return marks


def row_startup() -> Figures:
    """Start-up to the painted window with the sample against a bare window: medians of 7
    interleaved runs after an untimed one of each, as ``bench_startup`` starts Briefer
    (``python -m briefer``, its own cache folder): once Briefer has opened the sample
    before (the Sources list kept from that start) and as a first start (none kept: just
    installed, or the project's files changed since)."""
    import statistics

    startup = bench("bench_startup")
    run, bare_code, ours_code = startup.run_marked, bench("bench_gui").BARE, startup.BRIEFER
    run(bare_code)  # untimed: bytecode written, files cached
    if "READY" not in run(ours_code):
        raise SystemExit("Briefer's window never became ready")
    bare: list[float] = []
    warm: list[float] = []
    first: list[float] = []
    for _ in range(7):
        bare.append(run(bare_code)["READY"])
        if not startup.KEPT_LISTS.exists():
            run(ours_code)  # untimed: the list kept again
        warm.append(run(ours_code)["READY"])
        first.append(startup.run_first(ours_code)["READY"])
    return {"bare_ms": statistics.median(bare) * 1000, "by": "bench_startup",
            "ours_ms": statistics.median(warm) * 1000,
            "first_ms": statistics.median(first) * 1000}


def row_ready(base: Path, size: int) -> Figures:
    """``bench_startup``'s search typed as soon as the window paints, on a folder never opened
    (no caches, no index) and then again: seconds from the paint to the first results."""
    folder = corpus(base, size)
    shutil.rmtree(folder / ".briefer", ignore_errors=True)
    startup = bench("bench_startup")
    out: Figures = {}
    for label in ("new", "seen"):
        marks = marks_of(startup.SEARCH, str(folder), timeout=120 + size / 100)
        for mark in ("OPENED", "RESULTS", "COMPLETE"):  # seconds after the paint
            out[f"{label}_{mark.lower()}"] = marks.get(mark)
    return out


def row_open(base: Path, size: int) -> Figures:
    """``bench_open``'s worker, never seen (no caches) then seen: ``briefer PROJECT`` opened
    in a shown window (``open_initial``), then Ctrl+S after one edit; its figures."""
    folder = corpus(base, size)
    out: Figures = {}
    for label, extra in (("never", []), ("seen", ["--seen"])):
        done = subprocess.run([sys.executable, str(HERE / "bench_open.py"), "--worker",
                               str(folder), *extra], cwd=ROOT, capture_output=True, text=True,
                              check=False)
        if done.returncode != 0:
            raise SystemExit(f"bench_open {label}: {done.stderr[-500:]}")
        for key, value in json.loads(done.stdout.strip().splitlines()[-1]).items():
            out[f"{label}_{key}"] = value
    return out


def run_row(name: str, size: int, base: Path) -> Figures:
    """The figures of one row (``name``, corpus ``size``), in this process."""
    if name.startswith("note"):
        return row_note(int(name[4:]))
    table: dict[str, Callable[[], Figures]] = {
        "sources": lambda: row_sources(size),
        "find": row_find,
        "query": lambda: row_query(base, size),
        "cli": lambda: row_cli(base, size),
        "import": lambda: row_import(base),
        "startup": row_startup,
        "ready": lambda: row_ready(base, size),
        "open": lambda: row_open(base, size),
    }
    return table[name]()


# -- the table ------------------------------------------------------------------------------

STALL = "stall ≤ 100 ms"
Line = tuple[str, str, str, str, str, bool | None, Figures]  # the last: the row's figures


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def verdict(met: bool | None) -> str:
    return "—" if met is None else ("yes" if met else "**no**")


def note_lines(figures: dict[str, Figures]) -> list[Line]:
    lines: list[Line] = []
    for count in (300, 1000, 3000):
        f = figures.get(f"note{count}@0")
        if not f or "error" in f:
            continue
        size, peak = f"{count:,} excerpts", f
        goal = "opens < 2 s; " + STALL if count == 3000 else STALL
        met = f["open_stall"] <= 0.1 and (count != 3000 or f["open_wall"] < 2)
        lines.append(("open a note", size, f"opens in {f['open_wall']:.2f} s; longest stall "
                      f"{ms(f['open_stall'])}", "", goal, met, peak))
        if count >= 1000:
            limit = 0.03 if count == 3000 else 0.1
            lines.append(("type one key in the note", size, f"stall {ms(f['key_stall'])}", "",
                          f"stall < {limit * 1000:.0f} ms", f["key_stall"] < limit, peak))
        if count == 1000:
            lines.append(("add one excerpt", size, f"stall {ms(f['add_stall'])}", "", STALL,
                          f["add_stall"] <= 0.1, peak))
    return lines


def sized_lines(figures: dict[str, Figures], size: int) -> list[Line]:
    lines: list[Line] = []
    label, at10k = f"{size:,} articles", size >= 10_000
    f = figures.get(f"sources@{size}", {})
    for key, what in (("sort by title", "sort Sources by Title"),
                      ("sort by date", "sort Sources by Date"),
                      ('filter "tariff"', 'type "tariff" in the Sources filter')):
        if key in f:
            lines.append((what, label, f"stall {f[key]:.0f} ms", "", STALL, f[key] <= 100,
                          f))
    lines += open_lines(figures.get(f"open@{size}", {}), label)
    f = figures.get(f"ready@{size}", {})
    if f.get("new_results") is not None and f.get("seen_results") is not None:
        worst = max(f["new_results"], f["seen_results"])
        listed = [f[k] or 0.0 for k in ("new_opened", "seen_opened")]
        complete = [f[k] or 0.0 for k in ("new_complete", "seen_complete")]
        lines.append(("search available after opening (never opened / opened before)", label,
                      f"search typed at the paint: first results {f['new_results']:.2f} s / "
                      f"{f['seen_results']:.2f} s after it (sources listed at "
                      f"{listed[0]:.2f} / {listed[1]:.2f} s); "
                      f"index complete {complete[0]:.1f} / {complete[1]:.1f} s", "",
                      "< 1 s after the window", worst < 1, f))
    if "peak_mb" in f and at10k:
        limit = 400 if size < 100_000 else 1024
        lines.append(("memory, app and index together (window open, index built, searched)",
                      label, f"peak {f['peak_mb']:.0f} MB", "", f"< {limit} MB",
                      f["peak_mb"] < limit, f))
    f = figures.get(f"query@{size}", {})
    for name, what in (("all", f"search, all {f.get('queries', '')} queries"),
                       ("hard", f"search, {f.get('harder', '')} harder queries")):
        if f"{name}_p95" not in f:
            continue
        rg = f.get(f"{name}_rg_p95")
        met = (f[f"{name}_max"] <= 50 and rg is not None and f[f"{name}_p95"] <= rg / 10)
        lines.append((what, label, f"p95 {f[f'{name}_p95']:.1f} ms, max {f[f'{name}_max']:.1f} "
                      f"ms, {f[f'{name}_over50']} over 50 ms",
                      f"rg p95 {rg:.0f} ms" if rg is not None else "",
                      "p95 ≤ rg/10, max ≤ 50 ms" + ("" if at10k else " (goal at 10k+)"),
                      met if at10k else None, f))
    f = figures.get(f"cli@{size}", {})
    if "cli_p50" in f:
        rg = f.get("rg_p50")
        peer = f"rg -l -i {rg:.3f} s" if rg is not None else ""
        ratio = f" ({f['ratio']:.2f}× rg)" if "ratio" in f else ""
        if size >= 100_000:
            goal, met = "< 10 % of rg -l -i", "ratio" in f and f["ratio"] < 0.1
        else:
            goal, met = "< 0.2 s", f["cli_p50"] < 0.2
        lines.append(("`briefer search PROJECT QUERY`, whole command"
                      + (INSTALLED if f.get("venv") else ""), label,
                      f"median {f['cli_p50']:.3f} s, max {f['cli_max']:.3f} s{ratio}", peer,
                      goal + " (median of 12 queries)", met, f))
    return lines


def open_lines(f: Figures, label: str) -> list[Line]:
    """``bench_open``'s figures: ``briefer PROJECT`` to a window, Ctrl+S."""
    lines: list[Line] = []
    if "never_open_stall" in f:
        stall = max(f["never_open_stall"], f["seen_open_stall"])
        lines.append(("`briefer PROJECT` to a window (never opened / opened before)", label,
                      f"{f['never_open']:.2f} s / {f['seen_open']:.2f} s to sources and "
                      f"outline; longest stall {f['never_open_stall']:.0f} / "
                      f"{f['seen_open_stall']:.0f} ms; {f['seen_rss_mb']:.0f} MB open", "",
                      STALL, stall <= 100, f))
        stall = max(f["never_save_stall"], f["seen_save_stall"])
        lines.append(("Ctrl+S after one edit (never opened / opened before)", label,
                      f"{f['never_save']:.2f} s / {f['seen_save']:.2f} s; stall "
                      f"{f['never_save_stall']:.0f} / {f['seen_save_stall']:.0f} ms", "", STALL,
                      stall <= 100, f))
    return lines


def other_lines(figures: dict[str, Figures]) -> list[Line]:
    lines: list[Line] = []
    f = figures.get("find@0", {})
    if "stall_ms" in f:
        lines.append(("Ctrl+F in a 5 MB source, \"tariff\" typed", "5 MB source",
                      f"stall {f['stall_ms']:.0f} ms at 8 keys/s, {f['stall_slow_ms']:.0f} ms "
                      f"at 2.5 keys/s; shown again in {f['show_again_ms']:.0f} ms", "", STALL,
                      max(f["stall_ms"], f["stall_slow_ms"]) <= 100, f))
    f = figures.get("startup@0", {})
    if "ours_ms" in f:
        ratio = f["ours_ms"] / f["bare_ms"]
        how = "`python -m briefer`" if f.get("by") == "bench_startup" else "MainWindow"
        lines.append((f"start-up to the painted window ({how}, median of 7)", "sample",
                      f"{f['ours_ms']:.0f} ms ({ratio:.2f}× bare)",
                      f"bare PySide6 window {f['bare_ms']:.0f} ms", "≤ 1.5× bare", ratio <= 1.5,
                      f))
    if "first_ms" in f:
        ratio = f["first_ms"] / f["bare_ms"]
        lines.append(("start-up to the painted window, first start (no list kept: just "
                      "installed, or the files changed)", "sample",
                      f"{f['first_ms']:.0f} ms ({ratio:.2f}× bare)",
                      f"bare PySide6 window {f['bare_ms']:.0f} ms", "≤ 1.5× bare", ratio <= 1.5,
                      f))
    for kind in figures.get("import@0", {}).get("kinds", []):
        want = 1.0 if kind["kind"] == ".pdf" else 5.0
        installed = INSTALLED if figures["import@0"].get("venv") else ""
        lines.append((f"`briefer import` {kind['files']} {kind['kind']} files{installed}",
                      "24 files",
                      f"{kind['ours']:.2f} s", f"{kind['peer']} {kind['theirs']:.2f} s, "
                      f"{kind['ratio']:.1f}× ours", f"≥ {want:g}× faster than "
                      f"{kind['peer']}", kind["ratio"] >= want, figures["import@0"]))
    return lines


# the order of the table; the goals it adds after it
ORDER = ("open a note", "type one key", "add one excerpt", "sort Sources by Title",
         "sort Sources by Date", "type \"tariff\"", "Ctrl+F", "`briefer PROJECT`", "Ctrl+S",
         "search available", "memory", "search, all", "search, ", "`briefer search",
         "start-up", "`briefer import`")


def render(figures: dict[str, Figures], sizes: list[int]) -> str:
    lines = note_lines(figures) + other_lines(figures)
    for size in sizes:
        lines += sized_lines(figures, size)
    lines.sort(key=lambda line: next(i for i, what in enumerate(ORDER)
                                     if line[0].startswith(what)))
    out = ["| row | size | measured | peer | goal | met? | peak MB | load |",
           "|---|---|---|---|---|---|---|---|"]
    for what, where, got, peer, goal, met, row in lines:
        peak, load = row.get("peak_mb"), row.get("load")
        out.append(f"| {what} | {where} | {got} | {peer or '—'} | {goal} | {verdict(met)} | "
                   f"{'' if peak is None else f'{peak:.0f}'} | "
                   f"{'' if load is None else f'{load:.1f}'} |")
    failed = [k for k, f in figures.items() if "error" in f]
    if failed:
        out.append("")
        out.append("Not measured (the row failed): " + ", ".join(
            f"{k.replace('@0', '')} ({figures[k]['error'][:80]})" for k in failed))
    return "\n".join(out)


# -- in the parent: one process a row, then the table --------------------------------------

def measure(name: str, size: int, base: Path) -> Figures:
    """Run one row in a new process; its figures, its peak RSS (with its children) and time."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        load = os.getloadavg()[0]
        started = time.perf_counter()
        proc = subprocess.Popen([sys.executable, __file__, "--row", name, "--size", str(size),
                                 "--dir", str(base)], cwd=ROOT, env=env, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        elapsed = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        line = next((x for x in out.read().splitlines() if x.startswith("RESULT ")), None)
        if line is None:
            message = err.read()[-1500:]
            print(f"row {name} at {size} failed:\n{message}", file=sys.stderr)
            return {"error": message.strip().splitlines()[-1] if message.strip() else "failed"}
    figures: Figures = json.loads(line[len("RESULT "):])
    figures["peak_mb"] = usage.ru_maxrss / 1024
    figures["load"] = max(load, os.getloadavg()[0])  # other work on the machine meanwhile
    figures["seconds"] = elapsed
    print(f"  {name} at {size}: {elapsed:.0f} s", file=sys.stderr, flush=True)
    return figures


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--100k", dest="big", action="store_true",
                        help="also 100,000 articles (long: the index is built from nothing)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--only", nargs="*", choices=SIZED + UNSIZED + ("note",),
                        help="measure these rows only (the others taken from --reuse; none: "
                        "print --reuse's table)")
    parser.add_argument("--reuse", type=Path, help="figures of an earlier --json for the rest")
    parser.add_argument("--json", type=Path, help="save the figures to FILE")
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) /
                        f"briefer-issue16-{os.getuid()}", help="where the corpora are kept")
    parser.add_argument("--python", help="run `briefer search` and `briefer import` with this "
                        "interpreter: a virtualenv's, Briefer installed by `pip install .`, "
                        "as a user installs it (no editable install's finder at each start)")
    parser.add_argument("--row", help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.row:
        print("RESULT " + json.dumps(run_row(args.row, args.size, args.dir)), flush=True)
        return
    if args.python:  # for the rows' processes (``bench_cli.PYTHON``)
        os.environ["BRIEFER_BENCH_PYTHON"] = args.python
    args.dir.mkdir(parents=True, exist_ok=True)
    sizes = args.sizes + ([100_000] if args.big else [])
    only = set(SIZED + UNSIZED if args.only is None else args.only)
    if "note" in only:
        only |= {"note300", "note1000", "note3000"}
    figures: dict[str, Figures] = {}
    if args.reuse:
        figures = json.loads(args.reuse.read_text())["rows"]
    for name in UNSIZED:
        if name in only:
            figures[f"{name}@0"] = measure(name, 0, args.dir)
    for size in sizes:
        for name in SIZED:
            if name in only:
                figures[f"{name}@{size}"] = measure(name, size, args.dir)
    machine = (f"{os.cpu_count()} cores (shared), Python {platform.python_version()}, "
               f"{platform.system()} {platform.machine()}")
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    print(f"{when}; {machine}")
    print(render(figures, sorted({int(k.split('@')[1]) for k in figures} - {0})))
    if args.json:
        args.json.write_text(json.dumps({"when": when, "machine": machine, "rows": figures},
                                        indent=1))


if __name__ == "__main__":
    main()
