"""The team-server commands through the real ``briefer`` front door (a new process), where a
``search`` is first seen by ``briefer.cli_search`` and a URL must not be read as a path."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def briefer(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefer", *args], capture_output=True,
                          text=True, timeout=120, check=False)


def test_upgrade_push_search_pull_from_the_shell(pg_url: str, tmp_path: Path) -> None:
    folder, back = tmp_path / "p", tmp_path / "back"
    assert briefer("new", str(folder)).returncode == 0
    assert briefer("db", "upgrade", pg_url).returncode == 0
    done = briefer("push", str(folder), pg_url)
    assert done.returncode == 0 and "(5 sources)" in done.stdout
    found = briefer("search", pg_url, '"rules of origin"')
    assert found.returncode == 0, found.stderr
    assert found.stdout.startswith("1. ") and "«rules of origin»" in found.stdout.lower()
    listed = briefer("sources", pg_url)  # a folder command on the URL, through the front door
    assert listed.returncode == 0 and "5 sources" in listed.stdout, listed.stderr
    assert not (Path.cwd() / "postgresql:").exists()  # the URL was never taken for a folder
    assert briefer("pull", pg_url, str(back)).returncode == 0
    assert (back / "project.yaml").read_bytes() == (folder / "project.yaml").read_bytes()


def test_help_names_the_commands(pg_url: str) -> None:
    done = briefer("db", "--help")
    assert done.returncode == 0 and "upgrade" in done.stdout and "grant" in done.stdout
