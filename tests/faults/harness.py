"""Fault injection: ``kill -9`` in the middle of a save, an import, an export or ``new``.

A forked child runs one operation with every file operation counted (opening
for writing, writing, fsync, rename, link, unlink, mkdir, rmdir); at the
chosen count it kills itself with SIGKILL *before* that operation — or a
thread kills it after a random delay. The parent then checks what a user
cares about:

* the project opens (no unopenable project, ever);
* after that open, no stray file: no temporary file, no journal, no source
  text, sidecar or original that project.yaml does not list;
* retrying the operation gives no duplicate (no ``alpha-2`` for ``alpha``);
* the note and the sources' metadata come from the same save;
* an exported .docx is either absent or whole; ``new`` leaves either no
  project or a whole one, and can be run again.

Used by ``tests/faults/test_faults.py`` (a sample of kill points) and by
``scripts/fault_injection.py`` (every point, and 200 random moments).
"""

from __future__ import annotations

import builtins
import os
import random
import shutil
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

NP = "000_d766df9ca366892d"
SURVEY = "004_96fd07345242d58f"
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC


@dataclass
class Outcome:
    operation: str
    kill_at: int | str  # the file operation killed before, or "random"
    problems: list[str] = field(default_factory=list)


def _counting(kill_at: int | None) -> Callable[[], int]:
    """Patch the file operations of this (child) process to count, and die at ``kill_at``."""
    count = [0]

    def tick() -> None:
        count[0] += 1
        if kill_at is not None and count[0] == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    def wrap(module: object, name: str, writes: Callable[..., bool] | None = None) -> None:
        real = getattr(module, name)

        def patched(*args, **kwargs):  # type: ignore[no-untyped-def]
            if writes is None or writes(*args, **kwargs):
                tick()
            return real(*args, **kwargs)
        setattr(module, name, patched)

    for name in ("replace", "rename", "unlink", "remove", "link", "mkdir", "rmdir", "fsync",
                 "write", "symlink", "utime", "chmod"):
        wrap(os, name)
    wrap(os, "open", lambda _path, flags, *a, **k: bool(flags & _WRITE_FLAGS))
    wrap(builtins, "open", lambda _f, mode="r", *a, **k: any(c in str(mode) for c in "wax+"))
    return lambda: count[0]


def run_killed(operation: Callable[[], None], kill_at: int | None = None,
               random_ms: float | None = None) -> tuple[bool, int]:
    """Run ``operation`` in a forked child; True if it was killed, and the count of file
    operations it reached (when not killed)."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(read)
        code = 0
        try:
            counter = _counting(kill_at)
            if random_ms is not None:
                threading.Timer(random_ms / 1000, os.kill,
                                (os.getpid(), signal.SIGKILL)).start()
            operation()
            done = counter()
            os.write(write, str(done).encode())
        except BaseException:
            code = 3
        os._exit(code)
    os.close(write)
    _, status = os.waitpid(pid, 0)
    reached = os.read(read, 64).decode() or "0"
    os.close(read)
    killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    return killed, int(reached) if reached.isdigit() else 0


# -- the operations ----------------------------------------------------------------------

def make_project(folder: Path) -> Path:
    from briefer.io.project_file import new_project

    dest = folder / "proj"
    new_project(dest)
    return dest


def write_inputs(folder: Path, count: int = 4) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    names = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot"][:count]
    paths = []
    for k, name in enumerate(names):
        path = folder / f"{name}.md"
        path.write_text(f"# {name.title()} report\n\nParagraph {k} about {name}: "
                        + "trade " * 40 + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def save_generation(project_dir: Path, generation: int) -> Callable[[], None]:
    """A save carrying ``generation`` in both the note and a source's metadata."""
    def operation() -> None:
        from briefer.io.project_file import load_project, save_project

        project = load_project(project_dir)
        project.note.meta.subject = f"gen-{generation}"
        project.sources[NP].meta.title = f"gen-{generation}"
        project.dirty_meta.add(NP)
        save_project(project)
    return operation


def import_files(project_dir: Path, inputs: list[Path]) -> Callable[[], None]:
    def operation() -> None:
        from briefer.io.importing import import_and_save
        from briefer.io.project_file import load_project

        import_and_save(load_project(project_dir), inputs)
    return operation


def export_note(project_dir: Path, out: Path) -> Callable[[], None]:
    def operation() -> None:
        from briefer.export import export_docx
        from briefer.io.project_file import load_project

        export_docx(load_project(project_dir), out)
    return operation


def new_from(sources: Path, dest: Path) -> Callable[[], None]:
    def operation() -> None:
        from briefer.io.project_file import new_project

        new_project(dest, sources)
    return operation


# -- the checks ----------------------------------------------------------------------------

def check_project(project_dir: Path, problems: list[str]) -> None:
    """Open the project, then look for anything a crash left behind."""
    from briefer.io.project_file import ProjectError, load_project

    try:
        project = load_project(project_dir)
    except ProjectError as exc:
        problems.append(f"cannot open: {exc}")
        return
    data = yaml.safe_load((project_dir / "project.yaml").read_text(encoding="utf-8"))
    listed: set[str] = set()
    originals: set[str] = set()
    for entry in data.get("sources") or []:
        name = str(entry["file"])
        listed |= {name, str(Path(name).with_suffix(".yaml"))}
        if entry.get("original"):
            originals.add(str(entry["original"]))
    for path in (project_dir / "sources").iterdir():
        if path.name not in listed:
            problems.append(f"stray file sources/{path.name}")
    if (project_dir / "originals").is_dir():
        for path in (project_dir / "originals").iterdir():
            if path.name not in originals:
                problems.append(f"stray file originals/{path.name}")
    for path in project_dir.rglob("*"):
        if path.name.endswith(".tmp") or path.name.startswith("journal-"):
            problems.append(f"stray {path.relative_to(project_dir)}")
    subject = project.note.meta.subject
    title = project.sources[NP].meta.title if NP in project.sources else ""
    if (subject.startswith("gen-") or title.startswith("gen-")) and subject != title:
        problems.append(f"note and metadata from different saves: {subject!r} / {title!r}")


def check_no_duplicates(project_dir: Path, inputs: list[Path], problems: list[str]) -> None:
    from briefer.io.project_file import load_project

    ids = set(load_project(project_dir).sources)
    for path in inputs:
        twins = [i for i in ids if i.startswith(f"{path.stem}-")]
        if path.stem not in ids:
            problems.append(f"{path.name} not imported after the retry")
        if twins:
            problems.append(f"{path.name} imported twice: {sorted(twins)}")


def check_export(out: Path, problems: list[str]) -> None:
    import docx

    if out.exists():
        try:
            docx.Document(str(out))
        except Exception as exc:
            problems.append(f"partial .docx: {exc}")
    strays = [p.name for p in out.parent.iterdir() if p.name.endswith(".tmp")]
    if strays and not out.exists():
        pass  # cleaned by the next export, checked in ``kill_export``


# -- one kill, checked ---------------------------------------------------------------------

def kill_save(work: Path, kill_at: int | None, random_ms: float | None = None) -> Outcome:
    project_dir = make_project(work)
    save_generation(project_dir, 1)()
    outcome = Outcome("save", kill_at if kill_at is not None else "random")
    run_killed(save_generation(project_dir, 2), kill_at, random_ms)
    check_project(project_dir, outcome.problems)
    return outcome


def kill_import(work: Path, kill_at: int | None, random_ms: float | None = None) -> Outcome:
    project_dir = make_project(work)
    inputs = write_inputs(work / "in")
    outcome = Outcome("import", kill_at if kill_at is not None else "random")
    run_killed(import_files(project_dir, inputs), kill_at, random_ms)
    check_project(project_dir, outcome.problems)
    if not outcome.problems:
        import_files(project_dir, inputs)()  # the retry
        check_no_duplicates(project_dir, inputs, outcome.problems)
    return outcome


def kill_export(work: Path, kill_at: int | None, random_ms: float | None = None) -> Outcome:
    project_dir = make_project(work)
    out = work / "out" / "note.docx"
    out.parent.mkdir()
    outcome = Outcome("export", kill_at if kill_at is not None else "random")
    run_killed(export_note(project_dir, out), kill_at, random_ms)
    check_export(out, outcome.problems)
    export_note(project_dir, out)()  # the next export cleans what a kill left
    check_export(out, outcome.problems)
    strays = [p.name for p in out.parent.iterdir() if p.name != "note.docx"]
    if strays:
        outcome.problems.append(f"stray files beside the export: {strays}")
    return outcome


def kill_new(work: Path, kill_at: int | None, random_ms: float | None = None) -> Outcome:
    from briefer.bundled import seeds_dir

    dest = work / "fresh"
    outcome = Outcome("new", kill_at if kill_at is not None else "random")
    run_killed(new_from(seeds_dir(), dest), kill_at, random_ms)
    if dest.exists() and any(dest.iterdir()):
        check_project(dest, outcome.problems)
    else:
        try:
            new_from(seeds_dir(), dest)()  # the retry is not blocked
        except Exception as exc:
            outcome.problems.append(f"new cannot be run again: {exc}")
    strays = [p.name for p in work.iterdir() if ".partial-" in p.name]
    if strays and dest.exists():
        new_from(seeds_dir(), work / "fresh2")()  # a later `new` beside it cleans them
        strays = [p.name for p in work.iterdir() if ".partial-" in p.name]
        if strays:
            outcome.problems.append(f"half-built folders left: {strays}")
    return outcome


KILLERS: dict[str, Callable[[Path, int | None, float | None], Outcome]] = {
    "save": kill_save, "import": kill_import, "export": kill_export, "new": kill_new,
}


def count_operations(name: str, work: Path) -> tuple[int, float]:
    """How many file operations an unkilled run makes, and how long it takes."""
    from briefer.bundled import seeds_dir

    if name == "new":
        operation = new_from(seeds_dir(), work / "fresh")
    else:
        project_dir = make_project(work)
        if name == "save":
            operation = save_generation(project_dir, 2)
        elif name == "import":
            operation = import_files(project_dir, write_inputs(work / "in"))
        else:
            (work / "out").mkdir()
            operation = export_note(project_dir, work / "out" / "note.docx")
    started = time.monotonic()
    _, reached = run_killed(operation)
    return reached, time.monotonic() - started


def sweep(root: Path, names: list[str], every: int = 1, randoms: int = 0,
          seed: int = 20261129, report: Callable[[str], None] = print) -> list[Outcome]:
    """Kill before every ``every``-th file operation of each named operation, then at
    ``randoms`` random moments in all; returns the outcomes with problems."""
    rng = random.Random(seed)
    failed: list[Outcome] = []
    runs = 0

    def fresh() -> Path:
        nonlocal runs
        runs += 1
        folder = root / f"run-{runs}"
        folder.mkdir(parents=True)
        return folder

    lengths: dict[str, tuple[int, float]] = {}
    for name in names:
        lengths[name] = count_operations(name, fresh())
        total, _ = lengths[name]
        for kill_at in range(1, total + 1, every):
            outcome = KILLERS[name](fresh(), kill_at, None)
            if outcome.problems:
                failed.append(outcome)
        report(f"{name}: {total} file operations, killed before {len(range(1, total + 1, every))}"
               f" of them")
    for _ in range(randoms):
        name = rng.choice(names)
        _, seconds = lengths[name]
        outcome = KILLERS[name](fresh(), None, rng.uniform(0, seconds * 1000))
        if outcome.problems:
            failed.append(outcome)
    if randoms:
        report(f"random moments: {randoms}")
    for folder in root.glob("run-*"):
        shutil.rmtree(folder, ignore_errors=True)
    return failed
