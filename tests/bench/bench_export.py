"""Export benchmark: a note with 300 footnoted excerpts, Briefer against pandoc --citeproc.

    python tests/bench/bench_export.py [--excerpts 300] [--articles 120] [--runs 3]

Builds a project from the synthetic corpus (tests/bench/corpus.py), places
the excerpts as quotations and paraphrases across the note's sections, then
times ``export_docx`` and pandoc turning the same note (Markdown with
``[@id]`` citations, a CSL-JSON bibliography, the Chicago notes style) into
a .docx with the same number of footnotes. Prints both times and the ratio.
Target: Briefer takes at most a fifth of pandoc's time.
"""

from __future__ import annotations

import argparse
import json
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
from briefer.export import export_docx
from briefer.export.footnotes import read_footnotes
from briefer.io.project_file import load_project
from briefer.io.templates import load_template

CSL_DIR = Path("/usr/share/citation-style-language/styles")
SENTENCE = re.compile(r"[A-Z][^.!?\n]{40,220}[.!?]")


def build(folder: Path, excerpts: int, articles: int, seed: int = 11) -> Project:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from corpus import write_corpus

    write_corpus(folder, articles, plain=True)
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
    return project


def as_markdown(project: Project) -> tuple[str, list[dict]]:
    """The same note for pandoc: blockquotes and paraphrases with [@source] citations."""
    lines = [f"# {project.note.meta.subject}", ""]
    for section in project.note.sections:
        if not section.blocks:
            continue
        lines += [f"## {section.title}", ""]
        for block in section.blocks:
            if hasattr(block, "markdown"):
                lines += [block.markdown, ""]
                continue
            excerpt = project.excerpts[block.excerpt_id]
            if block.mode == "quote":
                lines += ["> " + " ".join(excerpt.exact.split()) + f"[@{excerpt.source_id}]", ""]
            else:
                lines += [block.paraphrase + f"[@{excerpt.source_id}]", ""]
    lines += ["## Sources", ""]
    cited = {project.excerpts[b.excerpt_id].source_id for b in project.note.excerpt_blocks()}
    bibliography = [project.sources[sid].meta.to_csl(sid) for sid in sorted(cited)]
    return "\n".join(lines), bibliography


def timed(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--excerpts", type=int, default=300)
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    csl = CSL_DIR / "chicago-fullnote-bibliography.csl"
    if shutil.which("pandoc") is None or not csl.exists():
        sys.exit("pandoc and the Debian package citation-style-language-styles are needed")

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        project = build(work / "corpus", args.excerpts, args.articles)
        ours_out = work / "briefer.docx"
        ours = timed(lambda: export_docx(project, ours_out), args.runs)

        text, bibliography = as_markdown(project)
        (work / "note.md").write_text(text, encoding="utf-8")
        (work / "refs.json").write_text(json.dumps(bibliography, default=str), encoding="utf-8")
        pandoc_out = work / "pandoc.docx"
        command = ["pandoc", str(work / "note.md"), "--citeproc", "--csl", str(csl),
                   "--bibliography", str(work / "refs.json"), "-o", str(pandoc_out)]
        theirs = timed(lambda: subprocess.run(command, check=True, capture_output=True),
                       args.runs)

        our_notes = len(read_footnotes(docx.Document(str(ours_out))))
        their_notes = len(read_footnotes(docx.Document(str(pandoc_out))))

    width = 34
    print(f"{'export of a note with ' + str(args.excerpts) + ' excerpts':<{width}} "
          f"{'median s':>9} {'footnotes':>10}")
    print(f"{'-' * width} {'-' * 9} {'-' * 10}")
    print(f"{'Briefer export_docx':<{width}} {ours:>9.3f} {our_notes:>10}")
    print(f"{'pandoc --citeproc (Chicago notes)':<{width}} {theirs:>9.3f} {their_notes:>10}")
    ratio = ours / theirs if theirs else float("inf")
    verdict = "meets" if ratio <= 0.2 else "misses"
    print(f"{'ratio Briefer / pandoc':<{width}} {ratio:>9.3f}   ({verdict} the 0.2 target)")


if __name__ == "__main__":
    main()
