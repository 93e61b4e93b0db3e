"""What the layers below report — errors, import summaries, warnings — reaches the user
in the interface's language (``gui.wording.say``), English or French."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.core.messages import Message
from briefer.gui.workers import user_message
from briefer.io.importers import ImportRefused
from briefer.io.importing import ImportBlocked

SAID = {
    "en": {
        "refused": "photo.txt: the name says plain text but the file is a PNG image; Briefer "
                   "cannot import it",
        "blocked": "the project has not been saved yet; save it to a folder first",
        "headline": "1 added, 0 updated, 0 already imported (unchanged), 1 refused",
        "detail": "refused empty.txt: the file is empty (0 bytes)",
        "title": "Import finished with problems",
        "export": "the folder {folder} does not exist.",
        "warning": "Source {name} is missing from {folder}; it stays listed",
    },
    "fr": {
        "refused": "photo.txt : le nom annonce du texte brut, mais le fichier est une image "
                   "PNG ; Briefer ne peut pas l’importer",
        "blocked": "le projet n’a pas encore été enregistré ; enregistrez-le d’abord dans un "
                   "dossier",
        "headline": "Ajoutés : 1, mis à jour : 0, déjà importés (inchangés) : 0, refusés : 1",
        "detail": "refusé — empty.txt : le fichier est vide (0 octet)",
        "title": "Importation terminée avec des problèmes",
        "export": "le dossier {folder} n’existe pas.",
        "warning": "La source {name} est absente de {folder} ; elle reste inscrite",
    },
}


def test_user_errors_are_worded_in_the_interface_language(language):
    refused = ImportRefused(
        "{file}: the name says {promise} but the file is {description}; {advice}",
        file="photo.txt", promise=Message("plain text"), description=Message("a PNG image"),
        advice=Message("Briefer cannot import it"))
    assert user_message(refused) == SAID[language]["refused"]
    blocked = ImportBlocked("the project has not been saved yet; save it to a folder first")
    assert user_message(blocked) == SAID[language]["blocked"]
    # whatever the interface, the English text stays the error's str (the command line's)
    assert str(refused) == SAID["en"]["refused"]


def test_an_import_summary_is_shown_in_the_interface_language(language, project_window,
                                                              qtbot, dlg, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "tariffs.txt").write_text("Tariffs on softwood lumber rose again.\n",
                                        encoding="utf-8")
    with qtbot.waitSignal(project_window.files.imported, timeout=10000):
        project_window.files.import_paths([folder])
    (_parent, title, headline, details) = dlg.named("warning")[-1]
    said = SAID[language]
    assert (title, headline) == (said["title"], said["headline"])
    assert details.splitlines() == [said["headline"], said["detail"]]


def test_an_export_error_is_shown_in_the_interface_language(language, project_window,
                                                            qtbot, dlg, tmp_path):
    out = tmp_path / "nowhere" / "note.docx"
    project_window.files.exports.export_to(out, force=True)
    qtbot.waitUntil(lambda: bool(dlg.named("error")), timeout=10000)
    (_parent, _title, text) = dlg.named("error")[-1]
    assert text.endswith(SAID[language]["export"].format(folder=out.parent)), text


def test_load_warnings_are_shown_in_the_interface_language(language, qtbot, bw_settings,
                                                           dlg, seeds_copy, tmp_path):
    from briefer.io.project_file import new_project
    from tests.helpers.gui import open_window

    project = tmp_path / "proj"
    new_project(project, seeds_copy)
    gone = sorted((project / "sources").glob("*.txt"))[0]
    gone.unlink()
    open_window(qtbot, bw_settings, project)
    (_parent, _title, _text, details) = dlg.named("warning")[-1]
    expected = SAID[language]["warning"].format(name=gone.name, folder=gone.parent)
    assert details.startswith(expected), details


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_a_missing_source_says_why_in_french_in_the_sources_list(language, qtbot,
                                                                bw_settings, seeds_copy,
                                                                tmp_path):
    from PySide6.QtCore import Qt

    from briefer.gui.sources_model import SOURCE_ID_ROLE
    from briefer.io.project_file import new_project
    from tests.helpers.gui import open_window

    project = tmp_path / "proj"
    new_project(project, seeds_copy)
    gone = sorted((project / "sources").glob("*.txt"))[0]
    gone.unlink()
    window = open_window(qtbot, bw_settings, project)
    model = window.sources_pane.model
    row = next(r for r in range(model.rowCount())
               if model.data(model.index(r, 0), SOURCE_ID_ROLE) == gone.stem)
    tip = model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(f"La source {gone.name} est absente de"), tip
    assert Path(gone.parent).name in tip
