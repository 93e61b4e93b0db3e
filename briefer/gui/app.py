"""Starting the desktop application: QApplication, icon, translations, the window.

``run`` never lets an exception escape: errors at start or later become
dialogs, and the application keeps running.

Start-up is the wait a user notices most, so this module imports only what the
window's first paint needs: the window's frame and its Sources list as the last
start kept it (``io.kept_list``, ``first_list``), or with none kept as the
standard library's quick modules read it from the files (``io.quick_list``) —
Qt and a few small files, none of the core, no YAML. The Sources pane on the
project's files (``io.first_look``), the rest of the window, and the project
opened whole come in the moments after that paint (``MainWindow(staged=True)``,
``window_steps``); once it is open, its list is kept again for the next start.
With nothing kept for it and files the quick modules do not read (``quick_list``'s
notes), the first look comes before the paint.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

import briefer
from briefer.bundled import resources_dir, seeds_dir
from briefer.gui.first_list import FirstList, first_rows, keep_later, keep_shown
from briefer.gui.main_window import MainWindow
from briefer.gui.settings import UI_LANGUAGE, Settings
from briefer.gui.workers import user_message, wait_let_go

log = logging.getLogger(__name__)


def app_icon(scalable: bool = True) -> QIcon:
    """The app's icon: its pictures at 16 to 256 pixels, and the drawing they come from
    (``scalable``: loading Qt's SVG engine takes 1.5 ms, which the app spends after its
    window's first paint)."""
    icon = QIcon()
    folder = resources_dir() / "icons"
    svg = folder / "briefer.svg"
    if scalable and svg.exists():
        icon.addFile(str(svg))
    for size in (16, 24, 32, 48, 64, 128, 256):
        png = folder / f"briefer-{size}.png"
        if png.exists():
            icon.addFile(str(png))
    return icon


def chosen_language(settings: Settings) -> str:
    """'fr' or 'en': the Preferences choice, else the system locale."""
    choice = settings.get(UI_LANGUAGE)
    if choice in ("en", "fr"):
        return choice
    return "fr" if QLocale.system().name().lower().startswith("fr") else "en"


def qt_translation_dirs() -> list[str]:
    """Where Qt's own catalogues (qtbase_fr.qm) may be: Qt's reported folder first, then
    the one inside the PySide6 package (a Qt from elsewhere may report a folder without
    them)."""
    dirs = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")]
    return list(dict.fromkeys(d for d in dirs if d))


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Briefer's and Qt's own translations for ``language``; returns them (keep them).

    Qt's catalogue is installed last, so Qt asks it first; strings it lacks fall
    back to Briefer's (``qt_strings``).
    """
    installed: list[QTranslator] = []
    app.setProperty("brieferLanguage", language)
    if language == "en":  # English's catalogue holds only the plural forms ("1 footnote")
        plurals = QTranslator(app)
        if plurals.load("briefer_en", str(resources_dir() / "translations")):
            app.installTranslator(plurals)
            installed.append(plurals)
        return installed
    ours = QTranslator(app)
    if ours.load(f"briefer_{language}", str(resources_dir() / "translations")):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.info("no %s translation found", language)
    qt = QTranslator(app)
    for folder in qt_translation_dirs():
        if qt.load(QLocale(language), "qtbase", "_", folder):
            app.installTranslator(qt)
            installed.append(qt)
            break
    else:
        log.warning("Qt's own %s translation (qtbase_%s.qm) not found in %s", language,
                    language, ", ".join(qt_translation_dirs()))
    return installed


class _ErrorHook:
    """Uncaught exceptions become an error dialog; the application keeps running."""

    def __init__(self) -> None:
        self._busy = False

    def __call__(self, kind: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        traceback.print_exception(kind, exc, tb, file=sys.stderr)
        if self._busy:
            return
        self._busy = True
        # message boxes load after the window's first paint, long before any error
        from briefer.gui import dialogs

        try:
            dialogs.error(QApplication.activeWindow(),
                          QCoreApplication.translate("app", "Something went wrong"),
                          QCoreApplication.translate(
                              "app", "Briefer could not finish that action: {0}\n\nYour work "
                              "is still open; save it to be safe.").format(user_message(exc)))
        finally:
            self._busy = False


def make_application(argv: list[str] | None = None, scalable_icon: bool = True
                     ) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("Briefer")
    app.setOrganizationName("Briefer")
    app.setApplicationVersion(briefer.__version__)
    QGuiApplication.setDesktopFileName("briefer")
    app.setWindowIcon(app_icon(scalable_icon))
    return app


def run(project_path: Path | str | None = None) -> int:
    """Open the main window on ``project_path`` (or the bundled sample; a ``str`` is a team
    project's ``postgresql://`` URL); returns the exit code."""
    app = make_application(scalable_icon=False)  # the SVG after the first paint
    settings = Settings()
    language = chosen_language(settings)
    # kept on the app so they live as long as it does
    app._briefer_translators = install_translators(  # type: ignore[attr-defined]
        app, language)
    sys.excepthook = _ErrorHook()
    # the sources listed at the first paint as kept, else as read from the files by quick
    # modules (else as a first look reads them, before the paint); read from the files
    # right after, and the project opened whole once the window is built
    opening = None if isinstance(project_path, str) else \
        Path(project_path) if project_path else seeds_dir()
    kept_rows = first_rows(opening, language) if opening is not None else None
    window = MainWindow(None, settings, staged=True, opening=opening,
                        first_list=FirstList(kept_rows) if kept_rows else None)
    window.show()
    window.after_first_paint(lambda: app.setWindowIcon(app_icon()))
    window.then(lambda built: _keep_lists(built, language))
    window.then(lambda built: _open_initial(built, project_path))
    app.aboutToQuit.connect(lambda: keep_shown(window, language))  # as the user left it
    code = app.exec()
    # work the closed window let go of (a save being written) ends before the process
    wait_let_go(5000)
    return code


def _keep_lists(window: MainWindow, language: str) -> None:
    """Each project opened from now on (the one asked for first): its Sources list kept
    for the next start's first paint (``first_list``)."""
    window.session.projectReplaced.connect(lambda: keep_later(window, language))


def _open_initial(window: MainWindow, project_path: Path | str | None) -> None:
    """Open the project asked for, once the window is complete."""
    if isinstance(project_path, str):  # a team project's URL (from briefer.cli_db)
        from briefer.gui.server_open import open_initial
        open_initial(window, project_path)
    else:
        window.files.open_initial(Path(project_path) if project_path else None)
