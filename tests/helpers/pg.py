"""A throwaway PostgreSQL cluster for tests: ``initdb`` in a temporary folder, the server
listening on a Unix socket in that folder only (no TCP), stopped and removed at the end.

Nothing is faked: without PostgreSQL's programs on the machine the tests that need a server
are skipped, saying why. PostgreSQL refuses to run as root (CI runs as root), so as root the
cluster is made and run by an unprivileged user — ``postgres`` (Debian's package creates it),
else ``nobody`` — through ``runuser``, in a folder that user owns.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path

# Debian installs the programs outside PATH (pg_wrapper offers only the client tools).
SEARCH_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True) \
    if Path("/usr/lib/postgresql").is_dir() else []
SUPERUSER = "briefer_admin"  # the cluster's superuser (any name: trust over the socket)


def find_bin_dir() -> Path | None:
    """The folder holding ``initdb``, ``pg_ctl`` and ``postgres``, or None."""
    on_path = shutil.which("initdb")
    candidates = ([Path(on_path).resolve().parent] if on_path else []) + SEARCH_DIRS
    for folder in candidates:
        if all((folder / name).is_file() for name in ("initdb", "pg_ctl", "postgres")):
            return folder
    return None


def missing_reason() -> str | None:
    """Why a cluster cannot be started here (None when it can)."""
    if find_bin_dir() is None:
        return ("PostgreSQL's initdb/pg_ctl/postgres not found on PATH or in "
                "/usr/lib/postgresql/*/bin (Debian package: postgresql)")
    if os.geteuid() == 0 and _run_as_user() is None:
        return "running as root and no 'postgres' or 'nobody' user to run the server as"
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        return "running as root and no runuser to start the server as another user"
    return None


def _run_as_user() -> str | None:
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    return None


@dataclass
class Cluster:
    """A running cluster; ``url(db)`` is the libpq URL of one of its databases."""

    root: Path
    bin_dir: Path
    user: str | None  # the system user the server runs as (None: this process's)
    log: Path = field(init=False)

    def __post_init__(self) -> None:
        self.log = self.root / "server.log"

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root

    def _cmd(self, *args: str) -> list[str]:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self.user is None:
            return command
        return ["runuser", "-u", self.user, "--", *command]

    def _run(self, *args: str) -> None:
        done = subprocess.run(self._cmd(*args), cwd=self.root, capture_output=True, text=True,
                              timeout=120, check=False)
        if done.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise RuntimeError(f"{' '.join(args[:2])} failed ({done.returncode}): "
                               f"{done.stderr.strip()}\n{log}")

    def start(self) -> None:
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust",
                  "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync")
        options = (f"-k {self.socket_dir} -c listen_addresses='' -c fsync=off "
                   "-c full_page_writes=off -c synchronous_commit=off")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w",
                  "start")

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, dbname: str = "postgres", user: str = SUPERUSER) -> str:
        return f"postgresql:///{dbname}?host={self.socket_dir}&user={user}"

    def create_database(self, name: str | None = None) -> str:
        """A new empty database; returns its URL."""
        import psycopg

        name = name or f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def start_cluster() -> Cluster:
    """Make and start a cluster (the caller stops it); raises RuntimeError if it cannot."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise RuntimeError(missing_reason() or "no PostgreSQL")
    user = _run_as_user() if os.geteuid() == 0 else None
    # short path: a Unix socket's path must fit in about 100 bytes
    root = Path(tempfile.mkdtemp(prefix="briefer-pg-", dir="/tmp"))
    if user is not None:
        entry = pwd.getpwnam(user)
        os.chown(root, entry.pw_uid, entry.pw_gid)
    os.chmod(root, 0o700)
    cluster = Cluster(root, bin_dir, user)
    try:
        cluster.start()
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)
        raise
    return cluster
