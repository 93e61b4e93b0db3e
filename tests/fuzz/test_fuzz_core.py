"""Fuzzing the survey parser and outline, project.yaml, sidecars and search queries
(hypothesis; scripts/fuzz_core.py runs the same properties for 100,000 inputs and more)."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import core_props

SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                      HealthCheck.too_slow])


@settings(max_examples=150, **SETTINGS)
@given(st.text(max_size=400))
def test_any_text_parses_as_a_survey_or_not(text: str) -> None:
    core_props.survey_property(text)


@settings(max_examples=150, **SETTINGS)
@given(st.integers(0, 2**32 - 1), st.integers(1, 80))
def test_survey_shaped_text(seed: int, size: int) -> None:
    core_props.survey_property(core_props.markdownish(random.Random(seed), size))


@pytest.fixture(scope="module")
def project_dir(tmp_path_factory) -> Path:
    from briefer.io.project_file import new_project

    folder = tmp_path_factory.mktemp("fuzz") / "proj"
    new_project(folder)
    (folder.parent / "OUTSIDE.txt").write_text("OUTSIDE\n", encoding="utf-8")
    return folder


@settings(max_examples=80, **SETTINGS)
@given(st.integers(0, 2**32 - 1))
def test_hand_edited_project_files(project_dir: Path, seed: int) -> None:
    valid = (project_dir / "project.yaml.orig")
    if not valid.exists():
        shutil.copy(project_dir / "project.yaml", valid)
    text = core_props.mutate_yaml(random.Random(seed), valid.read_text(encoding="utf-8"))
    try:
        core_props.project_file_property(project_dir, text)
    finally:
        shutil.copy(valid, project_dir / "project.yaml")


@settings(max_examples=60, **SETTINGS)
@given(st.text(max_size=300))
def test_any_sidecar(project_dir: Path, text: str) -> None:
    side = next((project_dir / "sources").glob("000_*.yaml"))
    kept = side.read_bytes()
    try:
        core_props.sidecar_property(project_dir, text)
    finally:
        side.write_bytes(kept)


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    return core_props.search_index(tmp_path_factory.mktemp("index"))


@settings(max_examples=200, **SETTINGS)
@given(st.text(max_size=80))
def test_any_query(index, query: str) -> None:
    core_props.query_property(index, query)
