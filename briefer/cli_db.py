"""The team-server commands: ``briefer db upgrade``, ``push``, ``pull`` and ``search`` on a
``postgresql://`` URL, and the folder commands ``new``, ``import``, ``export``, ``check``,
``sources``, ``outline``, ``draft``, ``excerpt`` and ``notes`` given a URL for their project
(run on a private checkout of it, see ``briefer.db.workspace``).

``briefer.cli`` hands these over before its own parsing (``wants``), so a URL never goes
through ``pathlib`` (which would fold its ``//``) and the driver is imported only when a
URL is used. Errors are one line and exit status 2, as in the rest of the command line.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from briefer.cli_exit import guarded
from briefer.cli_search import show
from briefer.core.messages import UserError
from briefer.db.connect import DbError, connect, is_url, redact

if TYPE_CHECKING:
    import psycopg

EXIT_OK = 0


# folder commands that also take a URL for their project (run on a private checkout)
ON_URL = ("new", "import", "export", "check", "sources", "outline", "draft", "excerpt",
          "notes")
# those that change the project: what they changed is written back
WRITES = ("import", "draft", "excerpt", "notes")


def wants(argv: list[str]) -> bool:
    """Is this command line one of the team-server commands?"""
    if not argv:
        return False
    if argv[0] in ("db", "push", "pull") or is_url(argv[0]):
        return True  # a bare URL: the app opens it (a path would fold its "//")
    if argv[0] == "gui" and any(is_url(a) for a in argv[1:2]):
        return True
    return argv[0] in ("search", *ON_URL) and any(is_url(a) for a in argv[1:2])


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefer", description="A project on a PostgreSQL "
                                     "team server.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    p = sub.add_parser("db", help="the database's schema")
    dbsub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    u = dbsub.add_parser("upgrade", help="create or upgrade the tables (versioned migrations)")
    u.add_argument("url", metavar="URL", help="postgresql://host/database")
    g = dbsub.add_parser("grant", help="let a role use the project, up to a clearance")
    g.add_argument("url", metavar="URL")
    g.add_argument("role", metavar="ROLE", help="an existing PostgreSQL role")
    g.add_argument("--clearance", required=True, metavar="MARKING",
                   help='the highest marking it may read, e.g. "PROTECTED B"')

    m = dbsub.add_parser("mark", help="give a source its security marking")
    m.add_argument("url", metavar="URL")
    m.add_argument("source_id", metavar="SOURCE_ID")
    m.add_argument("marking", metavar="MARKING", help='e.g. "PROTECTED B"')

    p = sub.add_parser("push", help="copy a project folder into a database")
    p.add_argument("folder", type=Path, metavar="FOLDER")
    p.add_argument("url", metavar="URL")
    p.add_argument("--replace", action="store_true",
                   help="overwrite the project the database already holds")

    p = sub.add_parser("pull", help="copy a database's project into a new folder")
    p.add_argument("url", metavar="URL")
    p.add_argument("folder", type=Path, metavar="FOLDER")

    p = sub.add_parser("search", help="full-text search on the server")
    p.add_argument("url", metavar="URL")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=10)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    return parser


def main(argv: list[str], run_folder: Callable[[list[str]], int] | None = None) -> int:
    """Run a team-server command; ``run_folder`` is the folder command line's ``main``, which
    the folder commands on a URL (``ON_URL``) run on their checkout."""
    def command() -> int:
        if argv[0] == "gui" or is_url(argv[0]):
            from briefer.gui.app import run as run_app  # the app, on a team project

            return run_app(argv[-1])
        if argv[0] in ON_URL:
            if run_folder is None:  # pragma: no cover - briefer.cli always passes it
                raise DbError("{command} on a URL needs the folder commands.",
                              command=argv[0])
            return on_url(argv, run_folder)
        return run(build_parser().parse_args(argv))

    return guarded(command)


def run(args: argparse.Namespace) -> int:
    from briefer.db import schema, security, transfer

    url = args.url
    if not is_url(url):
        raise DbError("{url} is not a PostgreSQL URL (postgresql://host/database).", url=url)
    with connect(url) as conn:
        if args.command == "db" and args.action == "upgrade":
            before = schema.current_version(conn)
            applied = schema.upgrade(conn)
            now = applied[-1] if applied else before
            print(f"Schema {now} at {redact(url)}" +
                  (f" (applied {', '.join(map(str, applied))})." if applied
                   else " (already current)."))
        elif args.command == "db" and args.action == "grant":
            schema.check(conn)
            level = security.grant(conn, args.role, args.clearance)
            conn.commit()
            print(f"{args.role} may use the project and read up to level {level} "
                  f"({args.clearance}).")
        elif args.command == "db" and args.action == "mark":
            schema.check(conn)
            security.mark_source(conn, args.source_id, args.marking)
            conn.commit()
            print(f"{args.source_id} is marked {args.marking.strip().upper()}; only roles "
                  "cleared for it can read it.")
        elif args.command == "push":
            count = transfer.push(args.folder, conn, replace=args.replace)
            print(f"Copied {args.folder} ({count} sources) to {redact(url)}.")
        elif args.command == "pull":
            count = transfer.pull(conn, args.folder)
            print(f"Copied {redact(url)} ({count} sources) to {args.folder}.")
        else:
            return _search(args, conn)
    return EXIT_OK


def _search(args: argparse.Namespace, conn: psycopg.Connection) -> int:
    from briefer.db import schema
    from briefer.db.search import search

    if args.limit < 1:
        raise UserError("--limit must be at least 1")
    schema.check(conn)
    show(args, search(conn, args.query, limit=args.limit), None)
    return EXIT_OK


def _quietly(run_folder: Callable[[list[str]], int], argv: list[str], folder: Path,
             url: str) -> tuple[int, str, str]:
    """Run a folder command, its output kept back and the checkout's path in it shown as
    the URL (the user named the URL, not the private folder)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run_folder(argv)
    shown = redact(url)
    return (code, out.getvalue().replace(str(folder), shown),
            err.getvalue().replace(str(folder), shown))


def _emit(out: str, err: str) -> None:
    sys.stdout.write(out)
    sys.stderr.write(err)


def on_url(argv: list[str], run_folder: Callable[[list[str]], int]) -> int:
    """A folder command (``ON_URL``) on a URL.

    The project is read out into a private temporary folder (mode 0700, removed after) and
    the folder command runs there; ``new`` pushes the folder it made; ``import``, ``draft``,
    ``excerpt`` and ``notes`` write back what they changed (``workspace.write_back``:
    sources and excerpts if nobody changed the project meanwhile, notes part by part)."""
    from briefer.db import schema, transfer, workspace

    command, url, rest = argv[0], argv[1], argv[2:]
    with connect(url) as conn, tempfile.TemporaryDirectory(prefix="briefer-") as tmp:
        folder = Path(tmp) / (conn.info.dbname or "project")
        if command == "new":
            if schema.current_version(conn) == 0:
                schema.upgrade(conn)  # a new project on an empty database: its tables too
                conn.commit()
            schema.check(conn)
            if transfer.holds_project(conn):
                raise DbError("{url} already holds a project; nothing was changed.",
                              url=redact(url))
            conn.rollback()
            code, out, err = _quietly(run_folder, [command, str(folder), *rest], folder, url)
            if code == EXIT_OK:
                transfer.push(folder, conn)
            _emit(out, err)
            return code
        seen = workspace.checkout(conn, folder)
        code, out, err = _quietly(run_folder, [command, str(folder), *rest], folder, url)
        if command in WRITES:
            workspace.write_back(conn, seen)
        _emit(out, err)
        return code
