"""The promises the repository makes: layers, packaging, the README's commands."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_core_does_not_import_qt() -> None:
    code = ("import sys, briefer.core.project, briefer.core.check, briefer.core.themes, "
            "briefer.core.anchoring, briefer.core.draft, briefer.io.project_file, "
            "briefer.index, briefer.export; "
            "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_seeds_are_the_shared_originals_byte_for_byte() -> None:
    shared = ROOT.parent / "shared" / "seeds"
    if not shared.is_dir():
        return  # only checkable beside the shared folder
    for original in shared.glob("*.txt"):
        assert (ROOT / "seeds" / original.name).read_bytes() == original.read_bytes()


def test_wheel_contains_seeds_and_resources(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path),
                    str(ROOT)], check=True, capture_output=True)
    wheel = next(tmp_path.glob("briefer-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for seed in (ROOT / "seeds").iterdir():
        if seed.suffix in (".txt", ".yaml"):
            assert f"briefer/seeds/{seed.name}" in names
    assert "briefer/resources/templates/briefing-note.yaml" in names
    assert "briefer/resources/reference.docx" in names
    assert any(n.startswith("briefer/resources/translations/") and n.endswith(".qm")
               for n in names)
    for module in (ROOT / "briefer").rglob("*.py"):
        assert module.relative_to(ROOT).as_posix() in names, f"{module} is not packaged"


def test_installed_wheel_finds_its_sample_and_templates(tmp_path: Path) -> None:
    """`pip install .` (not editable): the installed command works away from the checkout."""
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                    str(tmp_path / "dist"), str(ROOT)], check=True, capture_output=True)
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    # The dependencies come from wherever this test runs — a virtualenv or not: a
    # --system-site-packages venv made from a venv's Python would see the *base*
    # interpreter's packages instead, so the paths are handed over in a .pth file.
    inner = subprocess.run([str(venv / "bin" / "python"), "-c",
                            "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                           capture_output=True, text=True, check=True).stdout.strip()
    outer = [p for p in sys.path if p.rstrip("/").endswith(("site-packages", "dist-packages"))]
    (Path(inner) / "outer-site-packages.pth").write_text("\n".join(outer) + "\n")
    wheel = next((tmp_path / "dist").glob("briefer-*.whl"))
    subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "--no-deps",
                    "--force-reinstall", str(wheel)], check=True, capture_output=True)
    away = tmp_path / "elsewhere"
    away.mkdir()
    env = {"PATH": f"{venv / 'bin'}:/usr/bin:/bin", "HOME": str(tmp_path),
           "QT_QPA_PLATFORM": "offscreen"}
    new = subprocess.run([str(venv / "bin" / "briefer"), "new", "desk"], cwd=away, env=env,
                         capture_output=True, text=True, timeout=120)
    assert new.returncode == 0, new.stderr
    assert len(list((away / "desk" / "sources").glob("*.txt"))) == 5
    out = subprocess.run([str(venv / "bin" / "briefer"), "export", "desk", "-o", "n.docx"],
                         cwd=away, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    where = subprocess.run([str(venv / "bin" / "python"), "-c",
                            "import briefer.bundled as b; print(b.seeds_dir())"],
                           cwd=away, env=env, capture_output=True, text=True, check=True)
    assert str(venv) in where.stdout


def test_readme_quick_start_and_ci_run_the_same_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"^\s*(\S.*)$", "\n".join(re.findall(r"```(?:sh|bash)?\n(.*?)```",
                                                            quick, re.S)), re.M)
    assert len(commands) == 2, commands
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci.splitlines()
    assert "briefer" in commands[0]


def test_layers_point_down_and_the_core_stays_plain() -> None:
    """import-linter's contracts (pyproject.toml): cli > gui > export > index > io > core,
    and the core imports neither Qt nor python-docx nor YAML nor lxml."""
    code = ("import sys; from importlinter.cli import lint_imports; "
            "sys.exit(lint_imports(config_filename='pyproject.toml', no_cache=True))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "2 kept, 0 broken" in done.stdout
