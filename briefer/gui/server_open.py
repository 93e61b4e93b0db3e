"""Opening a project from a team server: ``briefer postgresql://…`` and File ▸ Open Team
Project….

The project is checked out (``workspace.checkout``) into this user's private folder for
the URL (``server_store``) and opened there as a folder project, so every pane, save and
export works as on a folder; a ``ServerLink`` then sends saves and hears others. The
window's title names the URL without its password. A URL that cannot be opened (server
unreachable, refused, wrong schema) is one message, and the project open before stays.
If the private copy holds edits the server never received (the connection dropped), it is
opened as it is and they are sent, rather than replaced by a fresh copy; and when the
server cannot be reached at all, such a copy is opened offline (the status bar says how
many edits wait; they are sent when the server is back), since the user's work is there.
Without one, an unreachable server is the one message.

The window loads this module (and with it the database driver) only when a URL is opened
(seams in ``app`` and ``actions``): a folder project's start-up pays nothing for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import psycopg
from PySide6.QtCore import QCoreApplication

from briefer.core.project import Project
from briefer.db import schema, workspace
from briefer.db.connect import DbError, connect, is_url, redact
from briefer.gui import dialogs
from briefer.gui.server_link import ServerLink
from briefer.gui.server_store import (CHECKOUT_DIR, LocalState, hold, new_copy, private_root,
                                      release, tidy, unsent_copy)
from briefer.gui.settings import RECENT_FILES
from briefer.gui.workers import run_with_progress
from briefer.io.project_file import load_project

if TYPE_CHECKING:
    from briefer.gui.main_window import MainWindow


# refusals by a server that answered (authorization, no such database): not "offline"
_REFUSED = ("28", "3D000")


def tr(text: str) -> str:
    return QCoreApplication.translate("server_open", text)


def _offline_copy(url: str, exc: DbError) -> tuple[None, LocalState, Project] | None:
    """This user's private copy of ``url`` holding unsent edits, opened without the server
    (None: the server was not unreachable but refused, or no such copy)."""
    cause = exc.__cause__
    if not isinstance(cause, psycopg.OperationalError) or (
            cause.sqlstate or "").startswith(_REFUSED):
        return None  # a wrong password or database is said, not worked around offline
    state = unsent_copy(private_root(url))
    if state is None:
        return None
    hold(state.root, lambda: True)  # until the window's link holds it
    try:
        return None, state, load_project(state.folder)
    except BaseException:
        release(state.root)
        raise


def checkout_work(url: str) -> Any:
    """The worker's part of opening ``url``: (connection or None if offline, local state,
    loaded project)."""
    def work(_progress: Any, _cancelled: Any) -> tuple[Any, Any, Any]:
        try:
            conn = connect(url)
        except DbError as exc:
            offline = _offline_copy(url, exc)
            if offline is None:
                raise
            return offline
        copy = None
        try:
            schema.check(conn)
            root = private_root(url)
            state = unsent_copy(root)
            if state is None:
                copy = new_copy(root)
                # the notes as checked out, with the versions read just before: a part
                # written in between is heard as newer, never mistaken for a local edit
                checkout = workspace.checkout(conn, copy / CHECKOUT_DIR)
                state = LocalState(copy, redact(url), checkout, checkout.notes)
                state.save()
            tidy(root)
            return conn, state, load_project(state.folder)
        except BaseException:
            conn.close()
            if copy is not None:
                release(copy, remove=True)
            raise

    return work


def open_url(window: MainWindow, url: str, *, ask_save: bool = True,
             initial: bool = False) -> None:
    """Check ``url``'s project out and show it in ``window`` (off the window's thread)."""
    if ask_save and not window.files.maybe_save():
        return
    shown = redact(url)

    def opened(result: tuple[Any, Any, Any]) -> None:
        conn, state, project = result
        window.files._install(project)  # as a folder project: one way in
        if window.session.project is not project:
            if conn is not None:
                conn.close()
            release(state.root)
            return
        link = ServerLink(window, url, conn, state)
        window.server_link = link  # type: ignore[attr-defined]
        link.start()
        recent = [p for p in window.settings.get(RECENT_FILES) if p != str(state.folder)]
        window.settings.set(RECENT_FILES, recent)  # a private copy is no project to reopen
        window.update_title()

    def failed(message: str) -> None:
        dialogs.error(window, tr("Cannot open the team project"), message)
        if initial:
            window.show_no_project(tr("Briefer could not open “{0}”.").format(shown))

    run_with_progress(window.runner, window, tr("Opening {0}…").format(shown),
                      checkout_work(url), opened, failed)


def open_initial(window: MainWindow, url: str) -> None:
    """At start, from the command line (``briefer postgresql://…``)."""
    window.files.outline_pending = False
    open_url(window, url, ask_save=False, initial=True)


def ask_and_open(window: MainWindow) -> None:
    """File ▸ Open Team Project…: ask for the URL, then open it."""
    if not window.files.maybe_save():
        return
    url = dialogs.get_text(window, tr("Open Team Project"),
                           tr("The project's address on the team server "
                              "(postgresql://host/database):"), "postgresql://")
    if url is None or not url.strip():
        return
    url = url.strip()
    if not is_url(url):
        dialogs.error(window, tr("Cannot open the team project"),
                      tr("“{0}” is not the address of a PostgreSQL database "
                         "(postgresql://host/database).").format(url))
        return
    open_url(window, url, ask_save=False)
