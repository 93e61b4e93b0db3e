"""Importing, in the app, a file whose text is already a source: the app asks (from the
import's worker thread) whether to import it anyway or skip it."""

from __future__ import annotations

from tests.io.test_duplicates import article_docx, article_html


def test_skip_leaves_the_second_copy_out_and_import_anyway_keeps_it(
        project_window, qtbot, dlg, tmp_path):
    w = project_window
    files = w.files
    with qtbot.waitSignal(files.imported, timeout=10000):
        files.import_paths([article_docx(tmp_path / "sunset.docx")])
    assert "sunset" in w.session.project.sources
    assert dlg.named("confirm") == []  # nothing to ask about a new text

    count = len(w.session.project.sources)
    dlg.answer("confirm", False)  # Skip
    with qtbot.waitSignal(files.imported, timeout=10000):
        files.import_paths([article_html(tmp_path / "sunset-web.html")])
    (asked,) = dlg.named("confirm")
    assert "sunset-web.html" in asked[2] and "Sunset clause still blocks a deal" in asked[2]
    assert dlg.kwargs_of("confirm")[0]["yes"] == "Import Anyway"
    assert dlg.kwargs_of("confirm")[0]["no"] == "Skip"
    assert len(w.session.project.sources) == count
    assert len(w.sources_pane.source_ids()) == count

    dlg.answer("confirm", True)  # Import anyway
    with qtbot.waitSignal(files.imported, timeout=10000):
        files.import_paths([article_html(tmp_path / "sunset-web.html")])
    assert len(w.session.project.sources) == count + 1
    assert "sunset-web" in w.sources_pane.source_ids()
    warned = [args for args in dlg.named("warning") if "already in the project" in args[3]]
    assert warned, "the import's report names the source it repeats"
