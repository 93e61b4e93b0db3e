"""Export benchmark: `briefer export` end to end against `pandoc --citeproc` end to end.

    python tests/bench/bench_export.py [--sizes sample,300,3000] [--articles 120] [--runs 3]

For each size — the bundled sample's drafted note, then synthetic notes of 300
and 3,000 footnoted excerpts placed as quotations and paraphrases across the
note's sections (tests/bench/corpus.py) — times, as a user runs them, from
process start to file written:

* ``briefer export PROJECT -o note.docx`` (a new process: load the project,
  check every excerpt, render every citation with the CSL processor, write);
* ``pandoc note.md --citeproc --csl chicago-notes-bibliography.csl
  --bibliography refs.json -o note.docx`` on the same note as Markdown.

Both use the same pandoc (the pypandoc-binary wheel's) and the same CSL style,
so the footnotes are the same. Prints the medians and the ratio Briefer/pandoc;
target: Briefer no slower than pandoc at any size (ratio at most 1).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import docx

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from briefer.core.excerpt import make_excerpt
from briefer.core.note import NoteMeta, new_excerpt_block, new_prose
from briefer.core.project import Project
from briefer.core.source import SourceKind
from briefer.export.cite import csl_item
from briefer.export.citeproc import pandoc_path
from briefer.export.csl_styles import find_style
from briefer.export.footnotes import read_footnotes
from briefer.io.project_file import load_project, new_project, save_project
from briefer.io.templates import load_template

SENTENCE = re.compile(r"[A-Z][^.!?\n]{40,220}[.!?]")


def build(folder: Path, excerpts: int, articles: int, seed: int = 11) -> Project:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from corpus import write_corpus

    corpus = folder.parent / (folder.name + "-files")
    write_corpus(corpus, articles, plain=True)
    new_project(folder, corpus)
    project = load_project(folder)
    project.note = load_template("briefing-note").new_note(NoteMeta(
        to="Minister of International Trade", from_="Director General", subject="Benchmark note",
        date="2026-11-21", classification="PROTECTED A"))
    rng = random.Random(seed)
    sources = [s for s in project.sources.values() if s.kind is SourceKind.ARTICLE]
    sections = project.note.sections
    for i in range(excerpts):
        source = rng.choice(sources)
        spans = [m.span() for m in SENTENCE.finditer(source.text)]
        start, end = rng.choice(spans)
        excerpt = make_excerpt(source.id, source.text, start, end)
        project.excerpts[excerpt.id] = excerpt
        section = sections[i * len(sections) // excerpts]
        if i % 3 == 0:
            section.blocks.append(new_prose(f"Point {i}: **key** finding and *context*."))
        if i % 2:
            section.blocks.append(new_excerpt_block(excerpt.id, mode="paraphrase",
                                                    paraphrase=f"In short, finding {i} holds."))
        else:
            section.blocks.append(new_excerpt_block(excerpt.id))
    save_project(project)
    return project


def sample(folder: Path) -> Project:
    """The bundled sample with its note drafted from the outline."""
    new_project(folder)
    subprocess.run([sys.executable, "-m", "briefer", "draft", str(folder)], check=True,
                   capture_output=True)
    return load_project(folder)


def as_markdown(project: Project) -> tuple[str, list[dict]]:
    """The same note for pandoc: blockquotes and paraphrases with [@source] citations."""
    lines = [f"# {project.note.meta.subject or 'Note'}", ""]
    for section in project.note.sections:
        if not section.blocks:
            continue
        lines += [f"## {section.title}", ""]
        for block in section.blocks:
            if hasattr(block, "markdown"):
                lines += [block.markdown, ""]
                continue
            excerpt = project.excerpts[block.excerpt_id]
            if block.mode == "quote" or not block.paraphrase.strip():
                lines += ["> " + " ".join(excerpt.exact.split()) + f"[^@{excerpt.source_id}]",
                          ""]
            else:
                lines += [block.paraphrase + f"[^@{excerpt.source_id}]", ""]
    lines += ["## Sources", ""]
    text = re.sub(r"\[\^@([^\]]+)\]", r"^[[@\1]]", "\n".join(lines))
    cited = {project.excerpts[b.excerpt_id].source_id for b in project.note.excerpt_blocks()}
    bibliography = [{**csl_item(project.sources[sid]), "id": sid} for sid in sorted(cited)]
    return text, bibliography


def timed(command: list[str], runs: int, env: dict[str, str],
          forget: Path | None = None) -> float:
    """Median seconds of ``runs`` runs; ``forget``: a folder removed before each run."""
    times = []
    for _ in range(runs):
        if forget is not None:
            shutil.rmtree(forget, ignore_errors=True)
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def measure(work: Path, size: str, articles: int, runs: int
            ) -> tuple[float, float, float, int, int]:
    folder = work / f"project-{size}"
    project = sample(folder) if size == "sample" else build(folder, int(size), articles)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["XDG_CACHE_HOME"] = str(work / "cache")  # not the user's own cache
    ours_out = work / f"briefer-{size}.docx"
    briefer = [sys.executable, "-m", "briefer", "export", str(folder), "-o", str(ours_out)]
    subprocess.run(briefer, check=True, capture_output=True, env=env)  # .pyc written once
    cold = timed(briefer, runs, env, forget=work / "cache" / "briefer" / "citations")
    ours = timed(briefer, runs, env)
    text, bibliography = as_markdown(project)
    (work / f"note-{size}.md").write_text(text, encoding="utf-8")
    refs = work / f"refs-{size}.json"
    refs.write_text(json.dumps(bibliography, default=str), encoding="utf-8")
    pandoc_out = work / f"pandoc-{size}.docx"
    pandoc = [pandoc_path(), str(work / f"note-{size}.md"), "--citeproc", "--csl",
              str(find_style("chicago").path), "--bibliography", str(refs), "-o",
              str(pandoc_out)]
    theirs = timed(pandoc, runs, env)
    return (cold, ours, theirs, len(read_footnotes(docx.Document(str(ours_out)))),
            len(read_footnotes(docx.Document(str(pandoc_out)))))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="sample,300,3000")
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes.split(","):
            rows.append((size, *measure(Path(tmp), size.strip(), args.articles, args.runs)))
    print("briefer export: 'first' renders every citation (no cached batch); 'again' exports "
          "an unchanged note")
    print(f"{'note':<8} {'briefer first s':>16} {'briefer again s':>16} {'pandoc s':>9} "
          f"{'ratio first':>12} {'ratio again':>12} {'footnotes B/p':>14}")
    print(f"{'-' * 8} {'-' * 16} {'-' * 16} {'-' * 9} {'-' * 12} {'-' * 12} {'-' * 14}")
    for size, cold, ours, theirs, our_notes, their_notes in rows:
        print(f"{size:<8} {cold:>16.3f} {ours:>16.3f} {theirs:>9.3f} {cold / theirs:>12.2f} "
              f"{ours / theirs:>12.2f} {f'{our_notes}/{their_notes}':>14}")
    worst = max(cold / theirs for _, cold, _, theirs, _, _ in rows)
    print(f"worst ratio (first export) {worst:.2f} ({'meets' if worst <= 1 else 'misses'} "
          "the target: no slower than pandoc)")


if __name__ == "__main__":
    main()
