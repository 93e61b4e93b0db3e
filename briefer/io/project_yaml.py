"""What a project folder holds and what its project.yaml says, shared by all who read it.

The names of the folder's parts (``project.yaml``, ``sources/``…), the
mapping written to project.yaml (``project_to_dict``) and the digest that
tells whether the file changed. ``project_file`` loads and saves a project,
``saving`` merges a save with what someone else saved, ``sync`` takes that in
while the project is open: all three depend on this module, none on another
for these.
"""

from __future__ import annotations

import hashlib
from typing import Any

from briefer.core.project import FORMAT_VERSION, Project
from briefer.core.source import Source
from briefer.io.yamlutil import dump_yaml

PROJECT_FILE = "project.yaml"
SOURCES_DIR = "sources"
ORIGINALS_DIR = "originals"
CACHE_DIR = ".briefer"
FORMAT_NAME = "briefer-project"


def project_to_dict(project: Project) -> dict[str, Any]:
    """Everything project.yaml holds (source metadata lives in the sidecars)."""
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "name": project.name,
        "citation_style": project.citation_style,
        "sources": [*(_source_entry(s) for s in project.sources.values()),
                    *(dict(m.entry) for m in project.missing.values()
                      if m.id not in project.sources)],
        "outline": project.outline.to_dict(),
        "excerpts": [e.to_dict() for e in project.excerpts.values()],
        "note": project.note.to_dict(),
    }


def _source_entry(source: Source) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": source.id, "file": source.filename or f"{source.id}.txt",
                             "kind": source.kind.value}
    if source.original:
        entry["original"] = source.original
    return entry


def project_yaml_header() -> str:
    return "# Briefer project file. Edit with care; a backup is kept as project.yaml.bak\n"


def project_yaml_text(project: Project) -> str:
    return project_yaml_header() + dump_yaml(project_to_dict(project))


def digest(data: bytes) -> str:
    """The digest of project.yaml's bytes that says whether someone changed the file."""
    return hashlib.sha1(data).hexdigest()
