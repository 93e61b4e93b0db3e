"""The promises the repository makes: layers, packaging, the README's commands."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_core_does_not_import_qt() -> None:
    code = ("import sys, briefer.core.project, briefer.core.check, briefer.core.themes, "
            "briefer.core.anchoring, briefer.core.draft, briefer.io.project_file, "
            "briefer.index, briefer.export; "
            "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# The only imports allowed inside a function: each loads a heavy library on first use, so
# that the command line starts fast and `briefer outline` loads neither Qt nor Word.
# (module file, module it imports) -> why the import waits.
SEAMS = {
    ("briefer/cli.py", "briefer.gui.app"):
        "the `gui` command alone loads PySide6; the other commands never load Qt",
    ("briefer/export/__init__.py", "briefer.export.docx_writer"):
        "python-docx and lxml (writing .docx) load on the first export; the command line "
        "and the app import the package at start, and `python -m "
        "briefer.export.reference_doc` runs without the package importing it first",
    ("briefer/io/importers/__init__.py", "briefer.io.importers.pdf"):
        "PDFium loads when the first PDF is imported",
    ("briefer/io/yamlutil.py", "yaml"):
        "PyYAML loads with the first YAML read or written: `briefer import` forks the reader "
        "of its PDFs before (io/early_reading), which then never loads it",
    ("briefer/io/importers/pdf.py", "pypdf"):
        "pypdf loads for a PDF that PDFium cannot open or had to repair, to name the damage",
    ("briefer/export/page_count.py", "pypdf"):
        "pypdf loads when the first page count is read; `briefer check` without --pages "
        "never loads it",
    ("briefer/io/importers/__init__.py", "briefer.io.importers.word"):
        "lxml (reading .docx) loads when the first Word file is imported",
    ("briefer/io/importers/csl.py", "briefer.io.importers.bibtex"):
        "bibtexparser and pylatexenc load with the first .bib file, not with every import",
    ("briefer/io/importers/__init__.py", "briefer.io.importers.webpage"):
        "selectolax (Lexbor) and webencodings load when the first web page is imported",
    ("briefer/db/connect.py", "psycopg"):
        "the PostgreSQL driver loads when the first connection to a team server opens; a "
        "folder project never loads it",
    ("briefer/cli_db.py", "briefer.db"):
        "the team server's schema, copying and search (and the driver) load for the "
        "commands that use a postgresql:// URL only",
    ("briefer/cli_db.py", "briefer.db.search"):
        "the team server's search loads for `briefer search URL` only",
    ("briefer/cli_db.py", "briefer.gui.app"):
        "Qt loads for `briefer postgresql://…` (the app on a team project) only",
    ("briefer/gui/app.py", "briefer.gui.server_open"):
        "the team server's code (and the PostgreSQL driver) loads when the app is given a "
        "postgresql:// URL only",
    ("briefer/gui/actions.py", "briefer.gui.server_open"):
        "the team server's code (and the PostgreSQL driver) loads when File ▸ Open Team "
        "Project… is chosen",
    ("briefer/cli_exit.py", "briefer.cli_import"):
        "`briefer import` runs without loading the rest of the command line either",
    ("briefer/launch.py", "briefer.cli_exit"):
        "`briefer import` runs without loading the search index either",
    ("briefer/cli_import.py", "briefer.io.importing"):
        "`briefer import` forks its early reader before the importer loads (io/early_reading)",
    ("briefer/cli_import.py", "briefer.io.project_file"):
        "`briefer import` forks its early reader before the project loader loads",
    ("briefer/io/import_pool.py", "multiprocessing"):
        "the process pool's machinery loads for an import big enough to use it",
    ("briefer/io/import_pool.py", "concurrent.futures"):
        "the process pool's machinery loads for an import big enough to use it",
    ("briefer/cli_search.py", "briefer.cli"):
        "`briefer search` answers from the index without loading the rest of the command "
        "line (export, the outline engine); other commands load it",
    ("briefer/cli_search.py", "argparse"):
        "a plain `briefer search` is read without argparse; anything else goes to it",
    ("briefer/index/lazylog.py", "logging"):
        "`briefer search` loads logging (with traceback) only when something is logged",
    ("briefer/index/paths.py", "hashlib"):
        "OpenSSL's hashes load when sources are indexed, not for a search",
    ("briefer/index/fresh.py", "hashlib"):
        "OpenSSL's hashes load when project.yaml changed since the index was vouched for",
    ("briefer/cli_search.py", "briefer.io.project_file"):
        "the project loader (YAML, sidecars) loads only when the index is not known to be "
        "current",
    ("briefer/cli_search.py", "briefer.core.progress"):
        "the terminal's progress bar (and typing) loads with the project loader, when a "
        "project is read and indexed before its search",
    ("briefer/io/project_file.py", "briefer.core.themes"):
        "the outline engine (snowballstemmer, ~150 patterns, word and concept tables) loads "
        "when the first outline is built, which the app does after its window is painted",
    ("briefer/launch.py", "briefer.gui.app"):
        "`briefer` and `briefer FOLDER` start the app without loading the command line",
    ("briefer/launch.py", "briefer.cli_search"):
        "the command line (and its search index) loads for a command, never for the app",
    ("briefer/gui/app.py", "briefer.gui.dialogs"):
        "message boxes load after the window's first paint; the error hook needs them later",
    ("briefer/gui/held_keys.py", "PySide6.QtTest"):
        "QtTest loads only to replay keys typed before the window was complete",
    ("briefer/core/project.py", "briefer.core.survey_parser"):
        "markdown-it loads when the first survey is parsed, after the window's first paint",
    ("briefer/io/sources.py", "briefer.core.survey_parser"):
        "markdown-it loads only for a source whose metadata does not say what it is",
    ("briefer/gui/sources_pane.py", "briefer.gui.source_details"):
        "the details dialog and the undo commands load when first opened, not for the list",
    ("briefer/gui/sources_pane.py", "briefer.gui.source_removal"):
        "removing a source loads its dialog and commands; the list in the first paint does not",
    ("briefer/gui/sources_pane.py", "briefer.gui.dialogs"):
        "message boxes load after the window's first paint, which shows the Sources list",
    ("briefer/gui/sources_model.py", "briefer.gui.commands.sources"):
        "the undo commands load with the first edit, after the window's first paint",
    ("briefer/gui/first_list.py", "briefer.io.quick_list"):
        "the Sources list is read from the files by quick modules at a project's first start "
        "only; a start with the list kept from the last one does not load them",
    ("briefer/gui/window_steps.py", "briefer.gui.sources_pane"):
        "the Sources pane (the core's sources and dates) replaces the list kept from the last "
        "start in the first step after the window's first paint (gui/first_list)",
    ("briefer/gui/window_steps.py", "briefer.core.project"):
        "the core (project, sources, dates, notes, excerpts) loads in a build step of its "
        "own, after the window's first paint",
    ("briefer/gui/window_steps.py", "briefer.core.survey_parser"):
        "markdown-it loads in a build step of its own, before the project loader and the "
        "search pane that need it",
    ("briefer/gui/window_steps.py", "briefer.io.first_look"):
        "PyYAML and the core's project load in the first step after the window's first "
        "paint, which reads the project's sources for the Sources pane",
    ("briefer/gui/window_steps.py", "briefer.gui.search_pane"):
        "the search pane and index load after the window's first paint (its build steps)",
    ("briefer/gui/window_steps.py", "briefer.core.themes"):
        "the outline engine loads in a build step of its own, after the window's first paint",
    ("briefer/gui/window_steps.py", "briefer.gui.commands"):
        "the undo commands (drafting, re-anchoring) load in a build step of their own",
    ("briefer/gui/window_steps.py", "briefer.gui.citation_renderer"):
        "the citation processor loads in a build step of its own, before the note pane",
    ("briefer/gui/window_steps.py", "briefer.io.project_file"):
        "the project loader and saver load in a build step of their own, after the paint",
    ("briefer/gui/window_steps.py", "briefer.io.importing"):
        "importing files into a project loads in a build step of its own, after the paint",
    ("briefer/gui/window_steps.py", "briefer.gui.file_actions"):
        "the project loader, saver and importers load in a build step of their own",
    ("briefer/gui/window_steps.py", "briefer.gui.outline_pane"):
        "the outline pane (and the outline engine) loads after the window's first paint",
    ("briefer/gui/window_steps.py", "briefer.gui.reader"):
        "the reader loads after the window's first paint",
    ("briefer/gui/window_steps.py", "briefer.gui.note_pane"):
        "the note pane (citations, spelling, Markdown) loads after the first paint",
    ("briefer/gui/window_steps.py", "briefer.gui.window_parts"):
        "the file controller (project loader and saver), the menus and the window's dialogs "
        "load in its last build steps, after the paint",
}
HEAVY = ("PySide6", "docx", "lxml", "pypdf", "html5lib", "webencodings")


def _function_level_imports() -> list[tuple[str, int, set[str]]]:
    """(module file, line, the modules it may name) for each import inside a function."""
    found = []
    for path in sorted((ROOT / "briefer").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), name)
        nodes = {node for fn in ast.walk(tree)
                 if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef))
                 for node in ast.walk(fn) if isinstance(node, (ast.Import, ast.ImportFrom))}
        for node in sorted(nodes, key=lambda n: n.lineno):
            if isinstance(node, ast.Import):
                targets = {alias.name for alias in node.names}
            else:  # ``from package import module`` names the module too
                targets = {node.module or ""} | {f"{node.module}.{alias.name}"
                                                 for alias in node.names}
            found.append((name, node.lineno, targets))
    return found


def test_imports_are_at_the_top_except_at_the_seams() -> None:
    """Imports sit at the top of their module. A function-level import hides a cycle or a
    cost; a cycle is removed by moving the shared code to the module that owns it, and
    only the heavy libraries listed in SEAMS wait for first use."""
    stray, used = [], set()
    for name, line, targets in _function_level_imports():
        seams = {(name, t) for t in targets} & SEAMS.keys()
        if seams:
            used |= seams
        else:
            stray.append(f"{name}:{line} imports {' / '.join(sorted(targets))}")
    assert not stray, ("imports inside functions (move them to the top of the module; if one "
                       "hides an import cycle, move the shared code so that the dependencies "
                       "form a tree): " + "; ".join(stray))
    assert used == SEAMS.keys(), f"seams no longer in the code: {SEAMS.keys() - used}"


def test_command_line_loads_no_gui_and_no_word(tmp_path: Path) -> None:
    """`briefer outline`, `search` and `check` run without Qt, python-docx, lxml, pypdf or
    html5lib (the seams above load them for `gui`, `export` and `import` only)."""
    seeds = ROOT / "seeds"
    code = ("import sys, briefer.cli, briefer.core.themes\n"
            "for argv in (['outline', '--json', sys.argv[1]], ['search', sys.argv[1], 'tariffs'],"
            " ['check', sys.argv[1]]):\n"
            "    assert briefer.cli.main(argv) in (0, 1), argv\n"
            f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r})))")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code, str(seeds)], capture_output=True,
                         text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_seeds_are_the_shared_originals_byte_for_byte() -> None:
    shared = ROOT.parent / "shared" / "seeds"
    if not shared.is_dir():
        return  # only checkable beside the shared folder
    for original in shared.glob("*.txt"):
        assert (ROOT / "seeds" / original.name).read_bytes() == original.read_bytes()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel `pip wheel .` builds from the checkout, built once for the tests that
    read it and install it (neither changes it)."""
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist),
                    str(ROOT)], check=True, capture_output=True)
    return next(dist.glob("briefer-*.whl"))


def test_wheel_contains_seeds_and_resources(wheel: Path) -> None:
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


def test_installed_wheel_finds_its_sample_and_templates(tmp_path: Path, wheel: Path) -> None:
    """`pip install .` (not editable): the installed command works away from the checkout."""
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


def test_every_library_imported_is_a_declared_dependency() -> None:
    """A library the code imports but pyproject.toml does not name installs here by chance
    (another package pulled it in) and is missing from a user's install: webencodings was,
    and a clean install could not import a web page."""
    import importlib.metadata as metadata
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {re.split(r"[<>=;\[ ]", d, maxsplit=1)[0].strip().lower().replace("_", "-")
                for d in project["dependencies"]}
    providers = metadata.packages_distributions()
    undeclared = set()
    for module in (ROOT / "briefer").rglob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module] if isinstance(node, ast.ImportFrom) and node.module \
                and not node.level else []
            for name in names:
                top = name.split(".")[0]
                if top == "briefer" or top in sys.stdlib_module_names:
                    continue
                dists = {d.lower().replace("_", "-") for d in providers.get(top, [])}
                if not dists & declared:
                    undeclared.add(f"{top} ({module.relative_to(ROOT)})")
    assert not undeclared, f"imported but not in pyproject.toml's dependencies: {undeclared}"
