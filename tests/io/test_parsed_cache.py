"""A large project.yaml's parse is kept and read back the same, a batch at a time.

The window's thread must never wait on one long call into the C JSON code while a
project is read on a worker, so the kept parse is made of short lines; and whatever the
cache holds, the project opened is the one project.yaml says.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
import yaml

from briefer.io import parsed_cache
from briefer.io.parsed_cache import BATCH, CACHE_NAME, parse_project_text


def _project_text(sources: int, extra: str = "") -> str:
    entries = [{"id": f"s{i:06d}", "file": f"s{i:06d}.txt", "kind": "article"}
               for i in range(sources)]
    data = {"format": "briefer-project", "version": 2, "name": "Desk", "sources": entries,
            "outline": {"sections": [{"title": "Tariffs"}]}, "excerpts": []}
    return yaml.safe_dump(data, sort_keys=False) + extra


def test_a_large_projects_parse_is_kept_in_short_lines_and_read_back_the_same(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = _project_text(3 * BATCH + 5)
    file = tmp_path / "project.yaml"
    first = parse_project_text(text, tmp_path, file)
    kept = (tmp_path / ".briefer" / CACHE_NAME).read_text(encoding="utf-8")
    lines = kept.splitlines()
    assert len(lines) == 1 + 4  # the rest, then the sources four batches
    assert max(len(line) for line in lines) < len(kept) / 3
    # the second open reads the cache, not the YAML
    monkeypatch.setattr(parsed_cache, "parse_project_yaml", lambda *a: pytest.fail("parsed again"))
    again = parse_project_text(text, tmp_path, file)
    assert again == first == yaml.safe_load(text)
    assert list(again) == list(first)  # the keys in the file's order


def test_a_changed_text_or_a_damaged_cache_is_parsed_again(tmp_path: Path) -> None:
    file = tmp_path / "project.yaml"
    text = _project_text(BATCH + 1)
    parse_project_text(text, tmp_path, file)
    changed = text.replace("name: Desk", "name: Trade desk")
    assert parse_project_text(changed, tmp_path, file)["name"] == "Trade desk"
    cache = tmp_path / ".briefer" / CACHE_NAME
    cache.write_text(cache.read_text(encoding="utf-8")[:-200], encoding="utf-8")  # cut
    assert parse_project_text(changed, tmp_path, file) == yaml.safe_load(changed)
    cache.write_text("{not json", encoding="utf-8")
    assert parse_project_text(changed, tmp_path, file) == yaml.safe_load(changed)


def test_what_json_cannot_hold_exactly_is_not_kept(tmp_path: Path) -> None:
    """A date, or a mapping with number keys, would not come back from JSON as it was."""
    file = tmp_path / "project.yaml"
    for extra in ("saved: 2026-11-30\n", "numbers:\n  1: one\n"):
        text = _project_text(BATCH + 1, extra)
        cache = tmp_path / ".briefer" / CACHE_NAME
        cache.unlink(missing_ok=True)
        data = parse_project_text(text, tmp_path, file)
        assert data == yaml.safe_load(text)
        assert not cache.exists()
        assert parse_project_text(text, tmp_path, file) == data
    assert isinstance(yaml.safe_load("d: 2026-11-30")["d"], datetime.date)
