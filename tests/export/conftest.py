"""Fixtures of the export tests (the project itself is ``tests.helpers.export_project``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.core.project import Project
from tests.helpers.export_project import build_project


@pytest.fixture
def project() -> Project:
    return build_project()


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> tuple[Project, Path]:
    """The sample note exported once for the whole module."""
    from briefer.export import export_docx

    project = build_project()
    out = tmp_path_factory.mktemp("export") / "note.docx"
    export_docx(project, out)
    return project, out
