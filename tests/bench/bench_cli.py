"""Command-line benchmark: ``briefer search`` and ``briefer import`` against their peers.

    python tests/bench/bench_cli.py [--sizes 1000 10000] [--100k] [--dir DIR]
                                    [--files 24] [--skip-import]

Everything is measured in this one run, on this machine, as a user runs it
(one process per command, wall-clock time):

- search, per corpus size (the corpora of ``bench_scale``, kept in DIR):
  ``briefer search PROJECT QUERY`` end to end for twelve queries of the kinds
  of ``corpus.benchmark_queries`` (the first run, which builds the index, is
  shown apart), beside ``rg -l -i -F`` for the same words (ripgrep's fastest
  mode: fixed strings, the words as alternatives); then, in one process, the
  latency of every query of ``benchmark_queries`` and of ``HARDER`` (prefix and
  word, long phrases): p50, p95, max and how many took over 50 ms;
- import: N articles of the corpus written as .pdf (LibreOffice), .docx and
  .html (pandoc) once, then ``briefer import`` of each kind into a new project,
  beside ``pdftotext`` and ``pandoc -t plain`` converting the same files one
  process per file (as a script would: see ``import_rows``), alternated three
  times, medians. "reading alone" is the text extraction of those files in one
  process on one core, without the import's start-up, writing and saving.

Set PYTHONPATH to another checkout to measure it instead (the "before" column
of a change); give it its own DIR, since an index is per version.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_scale import corpus_dir, peer_terms, percentile  # noqa: E402
from corpus import benchmark_queries  # noqa: E402

CLI_QUERIES = ["tariff", "Canada", '"rules of origin"', '"softwood lumber"', "negotiat*",
               "Québec", "steel tariffs", "dairy quota", "Freeland Lighthizer", "C-1234",
               "potash -fertilizer", "lumber OR timber"]
HARDER = ["negotiat* tariffs", "steel alumin*", "Canada tariff*", "proc* rules",
          '"Office of the U.S. Trade Representative"', '"the Canadian Federation of '
          'Independent Business"', '"the Business Council of Canada"',
          '"the Canada Border Services Agency"', "trade minister Ottawa Washington",
          "critical minerals electric vehicle batteries", "re* tariffs", "Champ* Joly"]


# The interpreter that runs ``briefer``: this one, or (``--python``, or
# BRIEFER_BENCH_PYTHON from ``bench_issue16 --python``) a virtualenv's with Briefer
# installed as a user installs it. An editable install's finder and a machine's own
# ``.pth`` files cost 10-20 ms at every start, which a user's install does not pay.
PYTHON = os.environ.get("BRIEFER_BENCH_PYTHON") or sys.executable


def briefer_command() -> list[str]:
    """``python -m briefer``: what the ``briefer`` script runs (the same entry point), and
    what runs another checkout given in PYTHONPATH, so before and after compare fairly."""
    return [PYTHON, "-m", "briefer"]


def wall(command: list[str], check: bool = False, cwd: str | None = None,
         env: dict[str, str] | None = None) -> float:
    """Seconds ``command`` takes; ``check``: it must succeed (a failed run is no figure)."""
    env = dict(os.environ if env is None else env)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its .pyc files
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          check=False, cwd=cwd, env=env)
    elapsed = time.perf_counter() - start
    if check and done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {done.stderr.decode()[-500:]}")
    return elapsed


def search_row(folder: Path) -> dict[str, float]:
    """End-to-end search and ripgrep for one corpus, then in-process latencies."""
    row: dict[str, float] = {"articles": len(list((folder / "sources").glob("*.txt"))) - 1}
    shutil.rmtree(folder / ".briefer", ignore_errors=True)
    briefer = briefer_command()
    row["first"] = wall([*briefer, "search", str(folder), "tariff"])
    ours = [wall([*briefer, "search", str(folder), "--", q]) for q in CLI_QUERIES]
    rg = [wall(["rg", "-l", "-i", "-F", "-g", "*.txt",
                *[a for t in peer_terms(q) for a in ("-e", t)], str(folder / "sources")])
          for q in CLI_QUERIES] if shutil.which("rg") else []
    row["cli_p50"], row["cli_max"] = percentile(ours, 0.5), max(ours)
    if rg:
        row["rg_p50"] = percentile(rg, 0.5)
        row["ratio"] = row["cli_p50"] / row["rg_p50"]
    probe = subprocess.run([sys.executable, __file__, "--latency", str(folder)],
                           capture_output=True, text=True, check=True)
    for line in probe.stdout.splitlines():
        key, value = line.split()
        row[key] = float(value)
    return row


def latency(folder: Path) -> None:
    """In this process: each query's first run against the persisted index."""
    from briefer.index import SearchIndex

    with SearchIndex(folder / ".briefer" / "index.sqlite") as index:
        times = []
        for query in benchmark_queries() + HARDER:
            start = time.perf_counter()
            index.search(query)
            times.append((time.perf_counter() - start) * 1000)
    print("p50", percentile(times, 0.5))
    print("p95", percentile(times, 0.95))
    print("max", max(times))
    print("over50", sum(1 for t in times if t > 50))
    print("queries", len(times))


def documents(base: Path, count: int) -> dict[str, list[Path]]:
    """``count`` corpus articles as .docx, .html and .pdf (written once, kept in ``base``)."""
    folder = base / f"documents-{count}"
    kinds = {s: sorted(folder.glob(f"*{s}")) for s in (".docx", ".html", ".pdf")}
    if all(len(files) == count for files in kinds.values()):
        return kinds
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    articles = sorted((corpus_dir(base, 1000, 7) / "sources").glob("a*.txt"))[:count]
    for article in articles:
        text = article.read_text(encoding="utf-8")
        markdown = folder / f"{article.stem}.md"
        markdown.write_text(text.replace("\n", "\n\n"), encoding="utf-8")
        for suffix in (".docx", ".html"):
            subprocess.run(["pandoc", "-s", "--metadata", f"title={article.stem}", str(markdown),
                            "-o", str(folder / f"{article.stem}{suffix}")], check=True,
                           capture_output=True)
        markdown.unlink()
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(folder),
                    *map(str, sorted(folder.glob("*.docx")))], check=True, capture_output=True)
    return {s: sorted(folder.glob(f"*{s}")) for s in (".docx", ".html", ".pdf")}


IMPORT_ROUNDS = 3  # import and peer alternated, each figure the median of its rounds


def cpu_of_children() -> float:
    """CPU seconds (user and system) of the finished child processes so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def import_once(briefer: list[str], files: list[Path]) -> tuple[float, float]:
    """``briefer import NEW_PROJECT FOLDER`` of ``files`` (linked into a folder): seconds
    of wall-clock time and of CPU."""
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "p"
        inbox = Path(tmp) / "in"
        inbox.mkdir()
        for file in files:
            os.link(file, inbox / file.name)
        # run from the temporary folder: ``python -m`` puts the working directory first on
        # the path, so run from a checkout it measured that checkout whatever PYTHONPATH said
        env = {**os.environ, "PYTHONPATH": os.environ.get("PYTHONPATH") or str(HERE.parents[1])}
        subprocess.run([*briefer, "new", str(project)], check=True, capture_output=True,
                       cwd=tmp, env=env)
        cpu = cpu_of_children()
        seconds = wall([*briefer, "import", str(project), str(inbox)], check=True, cwd=tmp,
                       env=env)
        return seconds, cpu_of_children() - cpu


def import_rows(base: Path, count: int,
                rounds: int = IMPORT_ROUNDS) -> list[dict[str, object]]:
    """Each kind: ``briefer import`` of the files (one process for the folder, as a user
    imports one) and the peer converting the same files, one process a file: pdftotext
    takes one file, and pandoc given several joins them into one document, so a user (or
    a script) runs it once a file. The two alternate, ``rounds`` times, so a busy moment
    of the shared machine falls on both; the figures are the medians."""
    briefer = briefer_command()
    peers = {".pdf": lambda f: ["pdftotext", str(f), "/dev/null"],
             ".docx": lambda f: ["pandoc", str(f), "-t", "plain", "-o", "/dev/null"],
             ".html": lambda f: ["pandoc", str(f), "-t", "plain", "-o", "/dev/null"]}
    rows: list[dict[str, object]] = []
    for suffix, files in documents(base, count).items():
        peer = peers[suffix]
        ours_runs, their_runs, ours_cpu, their_cpu = [], [], [], []
        for _ in range(rounds):
            seconds, cpu = import_once(briefer, files)
            ours_runs.append(seconds)
            ours_cpu.append(cpu)
            cpu = cpu_of_children()
            their_runs.append(sum(wall(peer(f)) for f in files))
            their_cpu.append(cpu_of_children() - cpu)
        probe = subprocess.run([sys.executable, __file__, "--extract", *map(str, files)],
                               capture_output=True, text=True, check=True)
        reading = float(probe.stdout.split()[-1])
        ours, theirs = percentile(ours_runs, 0.5), percentile(their_runs, 0.5)
        name = "pdftotext" if suffix == ".pdf" else "pandoc"
        rows.append({"kind": suffix, "files": len(files), "ours": ours, "reading": reading,
                     "peer": name, "theirs": theirs, "ratio": theirs / ours,
                     "reading_ratio": theirs / reading, "rounds": rounds,
                     "ours_runs": ours_runs, "their_runs": their_runs,
                     # the CPU each side used: what the work costs, whatever else runs
                     "ours_cpu": percentile(ours_cpu, 0.5),
                     "theirs_cpu": percentile(their_cpu, 0.5)})
    return rows


def extraction(files: list[Path]) -> None:
    """In this process, one core: the time to read the files' text and metadata."""
    from briefer.io.importers import extract

    extract(files[0])  # the readers' own imports are not the files' cost
    start = time.perf_counter()
    for file in files:
        extract(file)
    print(time.perf_counter() - start)


def table(header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for n, line in enumerate([header, *rows]):
        print("| " + " | ".join(c.rjust(w) for c, w in zip(line, widths, strict=True)) + " |")
        if n == 0:
            print("|" + "|".join("-" * (w + 2) for w in widths) + "|")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="*", type=int, default=[1000, 10000])
    parser.add_argument("--100k", dest="big", action="store_true", help="also 100,000 articles")
    parser.add_argument("--dir", type=Path,
                        default=Path(tempfile.gettempdir()) / f"briefer-bench-{os.getuid()}")
    parser.add_argument("--files", type=int, default=24, help="documents of each kind")
    parser.add_argument("--skip-import", action="store_true")
    parser.add_argument("--python", help="run briefer with this interpreter (a virtualenv's "
                        "python with Briefer installed by `pip install .`)")
    parser.add_argument("--latency", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--extract", nargs="+", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.latency:
        latency(args.latency)
        return
    if args.extract:
        extraction(args.extract)
        return
    if args.python:
        global PYTHON
        PYTHON = args.python
    sizes = args.sizes + ([100000] if args.big else [])
    code = os.environ.get("PYTHONPATH", "the installed briefer")
    print(f"machine: {os.cpu_count()} cores; measuring {code} run by {PYTHON}")
    rows = [search_row(corpus_dir(args.dir, size, 7)) for size in sizes]
    if rows:
        search_table(rows)
    if not args.skip_import:
        print()
        table(["kind", "files", "briefer import s", "reading alone s (one core)", "peer",
               "peer s (a process a file)", "peer / import", "peer / reading",
               "CPU s import / peer"],
              [[str(r["kind"]), str(r["files"]), f"{r['ours']:.2f}", f"{r['reading']:.3f}",
                str(r["peer"]), f"{r['theirs']:.2f}", f"{r['ratio']:.2f}",
                f"{r['reading_ratio']:.1f}", f"{r['ours_cpu']:.2f} / {r['theirs_cpu']:.2f}"]
               for r in import_rows(args.dir, args.files)])


def search_table(rows: list[dict[str, float]]) -> None:
    table(["articles", "first search s", "search p50 s", "search max s", "rg -l -i p50 s",
           "search / rg", "query p50 ms", "p95 ms", "max ms", "over 50 ms"],
          [[f"{r['articles']:.0f}", f"{r['first']:.2f}", f"{r['cli_p50']:.3f}",
            f"{r['cli_max']:.3f}", f"{r.get('rg_p50', 0):.3f}", f"{r.get('ratio', 0):.2f}",
            f"{r['p50']:.1f}", f"{r['p95']:.1f}", f"{r['max']:.1f}",
            f"{r['over50']:.0f} of {r['queries']:.0f}"] for r in rows])


if __name__ == "__main__":
    main()
