"""Fuzzing each importer entry point: refuse clearly or succeed, never crash, never hang.

Structured inputs come from ``fuzzgen`` (drawn through hypothesis's random object, so
a failure shrinks and replays); raw bytes and text come from hypothesis itself. The
default run takes about 10 s; set BRIEFER_FUZZ_EXAMPLES for more examples per test,
or run ``scripts/fuzz_importers.py`` for the long run.
"""

from __future__ import annotations

import os
import random
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers.fuzzgen import METADATA, SOURCES, mutate, yaml_sidecar
from tests.helpers.fuzzprops import LIMIT_SECONDS, check_extract, check_metadata

EXAMPLES = int(os.environ.get("BRIEFER_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=int(LIMIT_SECONDS * 1000), derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
                database=None)
# hypothesis's own random object: its draws are recorded, so failures shrink and replay
RANDOMS = st.randoms(use_true_random=False)


@pytest.fixture(scope="module")
def folder() -> Path:
    with tempfile.TemporaryDirectory(prefix="briefer-fuzz-") as name:
        yield Path(name)


@pytest.mark.parametrize("suffix", sorted(SOURCES))
@FUZZ
@given(rnd=RANDOMS, with_sidecar=st.booleans())
def test_extract_structured(folder: Path, suffix: str, rnd: random.Random,
                            with_sidecar: bool) -> None:
    data = SOURCES[suffix](rnd)
    check_extract(folder, suffix, data, yaml_sidecar(rnd) if with_sidecar else None)


@pytest.mark.parametrize("suffix", sorted(SOURCES))
@FUZZ
@given(data=st.binary(max_size=4096))
def test_extract_raw_bytes(folder: Path, suffix: str, data: bytes) -> None:
    check_extract(folder, suffix, data)


@pytest.mark.parametrize("suffix", [".txt", ".html"])
@FUZZ
@given(text=st.text(max_size=2000), encoding=st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_extract_any_text(folder: Path, suffix: str, text: str, encoding: str) -> None:
    check_extract(folder, suffix, text.encode(encoding, "replace"))


@pytest.mark.parametrize("suffix", sorted(METADATA))
@FUZZ
@given(rnd=RANDOMS)
def test_read_metadata_structured(folder: Path, suffix: str, rnd: random.Random) -> None:
    check_metadata(folder, suffix, METADATA[suffix](rnd))


@pytest.mark.parametrize("suffix", sorted(METADATA))
@FUZZ
@given(rnd=RANDOMS)
def test_read_metadata_mutated(folder: Path, suffix: str, rnd: random.Random) -> None:
    check_metadata(folder, suffix, mutate(rnd, METADATA[suffix](rnd)))


@FUZZ
@given(items=st.lists(st.dictionaries(
    st.sampled_from(["title", "URL", "author", "issued", "container-title", "note", "x"]),
    st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
                 lambda inner: st.lists(inner, max_size=3)
                 | st.dictionaries(st.text(max_size=8), inner, max_size=3),
                 max_leaves=8)), max_size=4))
def test_read_metadata_any_json_items(folder: Path, items: list[dict[str, object]]) -> None:
    import json

    check_metadata(folder, ".json", json.dumps(items).encode("utf-8", "surrogatepass"))


def _events(node: object, reference: bool) -> list[tuple[str, ...]]:
    """Start, end and (merged) text events of a tree: ours, or html5lib's etree one."""
    out: list[tuple[str, ...]] = []

    def text(value: str | None) -> None:
        if value:
            if out and out[-1][0] == "text":
                out[-1] = ("text", out[-1][1] + value)
            else:
                out.append(("text", value))

    stack: list[tuple[object, bool]] = [(node, False)]
    while stack:
        item, done = stack.pop()
        if reference:
            if done:
                out.append(("end",))
                text(item.tail)  # type: ignore[attr-defined]
                continue
            tag = item.tag  # type: ignore[attr-defined]
            if not isinstance(tag, str) or tag == "<!DOCTYPE>":
                text(item.tail)  # type: ignore[attr-defined]
                continue
            out.append(("start", tag.rsplit("}", 1)[-1]))
            text(item.text)  # type: ignore[attr-defined]
            stack.append((item, True))
            stack.extend((child, False) for child in reversed(list(item)))  # type: ignore
        else:
            from briefer.io.importers.html5tree import Node, Text

            if isinstance(item, Text):
                text(item.text)
            elif done:
                out.append(("end",))
            elif type(item) is Node:
                out.append(("start", item.name))
                stack.append((item, True))
                stack.extend((child, False) for child in reversed(item.childNodes))
    return out


@FUZZ
@given(rnd=RANDOMS)
def test_html_tree_is_html5lib_s_own(rnd: random.Random) -> None:
    """Our fast tree builder builds what html5lib's reference builder builds."""
    import html5lib
    from tests.helpers.fuzzgen import _html_piece

    from briefer.io.importers.html5tree import Node, parse

    pieces = [_html_piece(rnd) for _ in range(rnd.randint(0, 40))]
    if pieces and rnd.random() < 0.3:
        at = rnd.randrange(len(pieces))
        pieces[at] = "".join(pieces[at:at + 3]) * rnd.choice([2, 10, 50, 200])
    markup = "".join(pieces).replace("\ud800", "")
    reference = html5lib.parse(markup, treebuilder="etree", namespaceHTMLElements=False)
    ours = next(c for c in parse(markup).childNodes if type(c) is Node)  # the <html>
    assert _events(ours, reference=False) == _events(reference, reference=True)
