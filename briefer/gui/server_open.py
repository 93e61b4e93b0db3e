"""Opening a project from a team server: ``briefer postgresql://…`` and File ▸ Open Team
Project….

The project is checked out (``workspace.checkout``) into this user's private folder for
the URL (``server_store``) and opened there as a folder project, so every pane, save and
export works as on a folder; a ``ServerLink`` then sends saves and hears others. The
window's title names the URL without its password. A URL that cannot be opened (server
unreachable, refused, wrong schema) is one message, and the project open before stays.
If the private copy holds edits the server never received (the connection dropped), it is
opened as it is and they are sent, rather than replaced by a fresh copy.

The window loads this module (and with it the database driver) only when a URL is opened
(seams in ``app`` and ``actions``): a folder project's start-up pays nothing for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from briefer.db import schema, workspace
from briefer.db.connect import connect, is_url, redact
from briefer.gui import dialogs
from briefer.gui.server_link import ServerLink
from briefer.gui.server_store import (CHECKOUT_DIR, LocalState, new_copy, private_root,
                                      release, tidy, unsent_copy)
from briefer.gui.settings import RECENT_FILES
from briefer.gui.workers import run_with_progress
from briefer.io.project_file import load_project

if TYPE_CHECKING:
    from briefer.gui.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("server_open", text)


def checkout_work(url: str) -> Any:
    """The worker's part of opening ``url``: (connection, local state, loaded project)."""
    def work(_progress: Any, _cancelled: Any) -> tuple[Any, Any, Any]:
        conn = connect(url)
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
