"""The properties fuzzed for the survey parser, the outline, project files, sidecars and
search queries — shared by tests/fuzz/test_fuzz_core.py (a few hundred inputs each) and
scripts/fuzz_core.py (100,000 and more).

Each property takes one input and returns nothing; it raises AssertionError when the
input made Briefer crash, hang or break a promise. Briefer's own clear errors
(ProjectError with a message) are fine.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

from briefer.core.source import Source, SourceKind
from briefer.core.survey_parser import looks_like_survey, parse_survey
from briefer.core.themes import build_outline

LIMIT_S = 5.0
VALID_PROJECT = None  # the text of a valid project.yaml, set by ``seed_project``

MARKDOWN_BITS = ["# ", "## ", "### ", "Q1: ", "1. ", "1) ", "- ", "* ", "+ ", "**", "__", "*",
                 "_", "`", "> ", "---\n", "===\n", "\n", "\n\n", "   ", "\t", "?", "n/a",
                 "Yes", "No, not now", "Only if", "[link](http://x)", "<b>", "&amp;", "\\",
                 "é", "😀", "\u2028", "\r\n", "title: x\n", "Japan", "tariffs", "and is it new?"]


def markdownish(rng: random.Random, size: int) -> str:
    """Text made of the bits surveys are made of, in random order."""
    parts = []
    for _ in range(size):
        if rng.random() < 0.3:
            parts.append(" ".join(rng.choice(["trade", "Canada", "steel", "Asie", "marché",
                                              "not", "rather", "than"])
                                  for _ in range(rng.randint(1, 8))))
        else:
            parts.append(rng.choice(MARKDOWN_BITS))
    return "".join(parts)


def _timed(what: str, started: float) -> None:
    assert time.monotonic() - started < LIMIT_S, f"{what} took over {LIMIT_S} s"


def survey_property(text: str) -> None:
    """Parsing and the outline never crash; every span lies in the text."""
    started = time.monotonic()
    survey = parse_survey(text, "s")
    looks_like_survey(text)
    for question in survey.questions:
        assert 0 <= question.start <= question.end <= len(text)
        for response in question.responses:
            assert 0 <= response.start <= response.end <= len(text)
            for phrase in response.key_phrases:
                assert response.start <= phrase.start <= phrase.end <= response.end
    for start, end, _role in survey.marks:
        assert 0 <= start <= end <= len(text)
    build_outline([survey])
    _timed("the outline", started)


def project_file_property(folder: Path, text: str) -> None:
    """Any project.yaml opens or gives a ProjectError; nothing outside is read."""
    from briefer.io.project_file import ProjectError, load_project

    (folder / "project.yaml").write_text(text, encoding="utf-8", errors="surrogatepass")
    started = time.monotonic()
    try:
        project = load_project(folder)
    except ProjectError as exc:
        assert str(exc), "an error without a message"
    else:
        for source in project.sources.values():
            assert "OUTSIDE" not in source.text
    _timed("opening the project", started)


def mutate_yaml(rng: random.Random, text: str) -> str:
    """A hand edit gone wrong: lines dropped, repeated, swapped, retyped or cut."""
    lines = text.splitlines()
    for _ in range(rng.randint(1, 4)):
        if not lines:
            break
        k = rng.randrange(len(lines))
        action = rng.randrange(8)
        if action == 0:
            del lines[k]
        elif action == 1:
            lines.insert(k, lines[k])
        elif action == 2:
            j = rng.randrange(len(lines))
            lines[k], lines[j] = lines[j], lines[k]
        elif action == 3:
            head = lines[k].split(":", 1)[0]
            lines[k] = head + ": " + rng.choice(["[]", "{}", "null", "12", "-3", "'x'", "[1, 2]",
                                               "../../OUTSIDE.txt", "/etc/hostname", "~"])
        elif action == 4:
            lines[k] = lines[k][: rng.randrange(len(lines[k]) + 1)]
        elif action == 5:
            lines[k] = "  " * rng.randint(0, 4) + lines[k].lstrip()
        elif action == 6:
            lines[k] = lines[k].replace(":", "", 1)
        else:
            lines.insert(k, rng.choice(["&a [1]", "*a", "- - -", "? x", "!!python/object:os.system"
                                        " ls", "%YAML 1.1", "'unclosed", "[[[[[["]))
    return "\n".join(lines) + ("\n" if rng.random() < 0.8 else "")


def sidecar_property(folder: Path, text: str) -> None:
    """Any sidecar text leaves its source readable or listed as missing, never a crash."""
    from briefer.io.project_file import ProjectError, load_project

    side = next((folder / "sources").glob("000_*.yaml"))
    side.write_text(text, encoding="utf-8", errors="surrogatepass")
    started = time.monotonic()
    try:
        project = load_project(folder)
    except ProjectError as exc:
        raise AssertionError(f"a sidecar made the whole project unopenable: {exc}") from exc
    assert any(s.startswith("000_") for s in [*project.sources, *project.missing])
    _timed("opening with that sidecar", started)


def query_property(index, query: str) -> None:  # type: ignore[no-untyped-def]
    """Whatever the user types, search answers (perhaps nothing), quickly."""
    started = time.monotonic()
    hits = index.search(query, limit=10)
    for hit in hits:
        assert hit.start <= hit.end
    _timed("a search", started)


def search_index(folder: Path):  # type: ignore[no-untyped-def]
    from briefer.index import SearchIndex

    sources = [Source(f"s{k}", text, kind=SourceKind.ARTICLE) for k, text in enumerate([
        "Canada and the United States trade steel, aluminum and lumber.",
        "Le Canada exporte du bois d'œuvre; les tarifs américains pèsent.",
        "Rules of origin for autos: 75 % regional value content."])]
    index = SearchIndex(folder / "index.sqlite")
    index.update(sources)
    return index
