"""The French interface: loaded for a French locale or when chosen in Preferences."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from briefer.gui.app import chosen_language, install_translators


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
    from tests.gui.conftest import open_window

    assert french, "the .qm file loads"
    w = open_window(qtbot, bw_settings, seeds_copy)
    menus = [a.text() for a in w.menuBar().actions()]
    assert menus[:2] == ["&Fichier", "É&dition"]
    assert w.reader.add_action.text() == "&Ajouter l’extrait"
    assert w.sources_pane.model.headerData(1, Qt.Orientation.Horizontal) == "Média"
    assert QCoreApplication.translate("FileController", "%n footnote(s)", "", 2) == \
        "2 notes de bas de page"


def test_language_choice(bw_settings, monkeypatch):
    bw_settings.set("ui/language", "fr")
    assert chosen_language(bw_settings) == "fr"
    bw_settings.set("ui/language", "system")
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
    assert bw_settings.get("ui/language") == "fr"
    assert bw_settings.get("reader/font_size") == 13
