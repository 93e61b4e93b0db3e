"""The French interface: loaded for a French locale or when chosen in Preferences."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from briefer.gui.app import chosen_language, install_translators
from briefer.gui.settings import READER_FONT_SIZE, UI_LANGUAGE


@pytest.fixture
def french(qapp):
    translators = install_translators(qapp, "fr")
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)


def test_french_translation_is_shipped_and_complete():
    from briefer.bundled import resources_dir

    ts = (resources_dir() / "translations" / "briefer_fr.ts").read_text(encoding="utf-8")
    assert (resources_dir() / "translations" / "briefer_fr.qm").exists()
    assert 'type="unfinished"' not in ts


def test_french_menus_and_plurals(french, qtbot, bw_settings, seeds_copy):
    from tests.helpers.gui import open_window

    assert french, "the .qm file loads"
    w = open_window(qtbot, bw_settings, seeds_copy)
    menus = [a.text() for a in w.menuBar().actions()]
    assert menus[:2] == ["&Fichier", "É&dition"]
    assert w.reader.add_action.text() == "Ajouter l’e&xtrait"
    # the title of a read-only folder project is French too
    assert "(dossier en lecture seule)" in w.windowTitle()
    assert "read-only" not in w.windowTitle()
    assert w.sources_pane.model.headerData(1, Qt.Orientation.Horizontal) == "Média"
    assert QCoreApplication.translate("ExportActions", "%n footnote(s)", "", 2) == \
        "2 notes de bas de page"


def test_french_typographic_spaces(french):
    """A no-break space before ":" and inside « », a narrow one before ; ! ? — never a line
    that starts with the sign."""
    say = QCoreApplication.translate
    assert say("NotesBar", "Name of this note in the list of notes:") == \
        "Nom de cette note dans la liste des notes\u00a0:"
    assert say("NotesBar", "Delete note “{0}”") == "Supprimer la note «\u00a0{0}\u00a0»"
    assert say("DuplicatePrompt", "The text of {0} is that of “{1}” ({2}), already in the "
               "project: the same article in another format?").endswith("format\u202f?")


def test_english_plural_forms(qapp):
    """English says "1 footnote", "2 footnotes" — never "footnote(s)" — in every %n string."""
    from briefer.bundled import resources_dir

    translators = install_translators(qapp, "en")
    try:
        assert translators, "briefer_en.qm loads"
        say = QCoreApplication.translate
        assert say("ExportActions", "%n footnote(s)", "", 1) == "1 footnote"
        assert say("ExportActions", "%n footnote(s)", "", 3) == "3 footnotes"
        ts = (resources_dir() / "translations" / "briefer_en.ts").read_text(encoding="utf-8")
        assert ts.count("<message numerus") >= 10 and 'type="unfinished"' not in ts
        assert "(s)</numerusform>" not in ts
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_language_choice(bw_settings, monkeypatch):
    bw_settings.set(UI_LANGUAGE, "fr")
    assert chosen_language(bw_settings) == "fr"
    bw_settings.set(UI_LANGUAGE, "system")
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("fr_CA")))
    assert chosen_language(bw_settings) == "fr"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_CA")))
    assert chosen_language(bw_settings) == "en"


def test_preferences_dialog_saves_choices(qtbot, bw_settings):
    from briefer.gui.preferences import PreferencesDialog

    dialog = PreferencesDialog(bw_settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.font_size.setValue(13)
    dialog.accept()
    assert bw_settings.get(UI_LANGUAGE) == "fr"
    assert bw_settings.get(READER_FONT_SIZE) == 13


def test_qt_own_translations_load_from_qlibraryinfo(french):
    """Qt's dialogs (file choosers, message boxes) speak French with the rest."""
    from pathlib import Path

    from PySide6.QtCore import QLibraryInfo

    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    files = [Path(t.filePath()) for t in french]
    assert any(f.name == "qtbase_fr.qm" and f.parent == qt_dir for f in files), files
    assert QCoreApplication.translate("QFileDialog", "&Choose") == "&Choisir"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"


def test_qt_file_dialog_reads_in_french(french, qtbot):
    from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton

    dialog = QFileDialog(None, "x")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    buttons = {b.text() for b in dialog.findChildren(QPushButton)}
    # two labels Qt's own French catalogue lacks come from Briefer's
    assert labels["lookInLabel"] == "&Voir dans\u00a0:"
    assert labels["fileTypeLabel"] == "Fichiers de &type\u00a0:"
    assert "Annuler" in buttons and "&Ouvrir" in buttons


def test_qt_translations_found_beside_pyside_when_qlibraryinfo_is_elsewhere(
        qapp, monkeypatch, tmp_path):
    """A Qt built elsewhere (a distribution's) may point to a folder without them."""
    from PySide6.QtCore import QLibraryInfo

    from briefer.gui import app as gui_app

    monkeypatch.setattr(QLibraryInfo, "path", staticmethod(lambda _which: str(tmp_path)))
    translators = gui_app.install_translators(qapp, "fr")
    try:
        assert any(t.filePath().endswith("qtbase_fr.qm") for t in translators)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_the_file_dialog_is_qt_s_own_when_the_language_differs(qapp, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from briefer.gui import dialogs

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_CA")))
    qapp.setProperty("brieferLanguage", "fr")
    try:
        assert dialogs._file_dialog_options() == QFileDialog.Option.DontUseNativeDialog
        qapp.setProperty("brieferLanguage", "en")
        assert dialogs._file_dialog_options() == QFileDialog.Option(0)
    finally:
        qapp.setProperty("brieferLanguage", None)
