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


