"""Autosave and recovery, closing with unsaved changes, and errors shown as dialogs."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.gui import open_window


def _add(window, words_len: int = 30) -> str:
    source = window.session.project.articles()[0]
    window.add_excerpt(source.id, 0, words_len,
                       section_id=window.session.project.note.sections[1].id)
    return next(iter(window.session.project.excerpts))


def test_autosave_then_recover_after_a_crash(project_window, qtbot, dlg, bw_settings):
    from briefer.gui.autosave import recovery_path

    w = project_window
    excerpt_id = _add(w)
    with qtbot.waitSignal(w.autosave.written, timeout=5000) as blocker:
        pass  # the timer fires a few ms after the change
    path = Path(blocker.args[0])
    assert path == recovery_path(w.session.project, w.autosave.token) and path.exists()
    project_path = w.session.project.path
    # a crash: the window goes away without saving or discarding
    w.files.maybe_save = lambda: True
    w.close()
    assert path.exists()
    dlg.answer("confirm", True)  # "Restore unsaved changes?"
    again = open_window(qtbot, bw_settings, Path(project_path))
    assert any("Restore" in str(args) for args in dlg.named("confirm"))
    assert excerpt_id in again.session.project.excerpts
    assert again.isWindowModified()
    again.menu_actions.save.trigger()
    assert not path.exists(), "a save removes the recovery copy"
    assert not list(path.parent.glob("recovery-*")), "and the copy it was restored from"


def test_read_only_folder_recovers_from_app_data(main_window, qtbot, dlg, bw_settings):
    from briefer.gui.autosave import recovery_path

    w = main_window
    _add(w)
    path = recovery_path(w.session.project, w.autosave.token)
    assert ".briefer" not in str(path)
    with qtbot.waitSignal(w.autosave.written, timeout=5000):
        pass
    assert path.exists()
    folder = w.session.project.path
    w.files.maybe_save = lambda: True
    w.close()
    dlg.answer("confirm", True)
    again = open_window(qtbot, bw_settings, Path(folder))
    assert len(again.session.project.excerpts) == 1
    assert again.session.project.read_only


def test_declining_recovery_discards_it(project_window, qtbot, dlg, bw_settings):
    w = project_window
    _add(w)
    with qtbot.waitSignal(w.autosave.written, timeout=5000) as blocker:
        pass
    folder = w.session.project.path
    w.files.maybe_save = lambda: True
    w.close()
    again = open_window(qtbot, bw_settings, Path(folder))  # confirm answers False
    assert not again.session.project.excerpts
    assert not Path(blocker.args[0]).exists()


def test_close_with_unsaved_changes_asks(project_window, dlg):
    w = project_window
    _add(w)
    dlg.answer("save_discard_cancel", "cancel")
    assert not w.close()
    assert w.isVisible()
    dlg.answer("save_discard_cancel", "save")
    assert w.close()
    assert not w.session.undo_stack.count() or w.session.undo_stack.isClean()


def test_broken_project_file_shows_a_dialog_and_keeps_running(main_window, qtbot, dlg,
                                                              tmp_path):
    broken = tmp_path / "broken"
    (broken / "sources").mkdir(parents=True)
    (broken / "project.yaml").write_text("format: briefer-project\nversion: 1\nsources: [\n")
    before = main_window.session.project
    main_window.files.open_path(broken)
    qtbot.waitUntil(lambda: bool(dlg.named("error")), timeout=5000)
    _title, message = dlg.named("error")[0][1:3]
    assert "project.yaml" in message and "line" in message
    assert "Traceback" not in message
    assert main_window.session.project is before


def test_broken_project_at_start_shows_no_project_not_the_sample(qtbot, bw_settings, dlg,
                                                                  tmp_path):
    """A project that fails to open must not look opened: no sample swapped in."""
    from PySide6.QtWidgets import QApplication, QPushButton

    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "project.yaml").write_text("format: something-else\n")
    w = open_window(qtbot, bw_settings, broken)
    assert dlg.named("error")
    assert not w.session.project.sources
    assert not w.has_project
    assert w.pages.currentWidget() is w.no_project_page and w.no_project_page.isVisible()
    assert not w.main_splitter.isVisible()
    assert "No project" in w.windowTitle()
    assert "broken" in w.no_project_page.message.text()
    assert not w.menu_actions.save.isEnabled() and not w.menu_actions.export.isEnabled()
    page = w.no_project_page
    buttons = [page.open_button, page.new_button, page.sample_button]
    assert all(isinstance(b, QPushButton) and b.isVisible() for b in buttons)
    # keyboard: the first button has focus, Tab reaches the others
    w.activateWindow()
    page.focus_first()
    assert QApplication.focusWidget() is page.open_button
    reached = []
    for _ in range(3):
        reached.append(QApplication.focusWidget())
        w.focusNextChild()
    assert reached == buttons
    # the sample opens on request, and the window shows it
    with qtbot.waitSignal(w.session.projectReplaced, timeout=10000):
        page.sample_button.click()
    assert len(w.session.project.sources) == 5
    assert w.has_project and w.pages.currentWidget() is w.main_splitter
    assert "No project" not in w.windowTitle()


def test_missing_sample_at_start_also_shows_no_project(qtbot, bw_settings, dlg, tmp_path,
                                                      monkeypatch):
    from briefer.gui import file_actions

    monkeypatch.setattr(file_actions, "seeds_dir", lambda: tmp_path / "nowhere")
    w = open_window(qtbot, bw_settings, None)
    assert dlg.named("error") and not w.has_project
    assert "No project" in w.windowTitle()


def test_save_failure_is_a_dialog(project_window, dlg, monkeypatch):
    from briefer.gui import file_actions
    from briefer.io.project_file import ProjectError

    def refuse(*_args, **_kwargs):
        raise ProjectError("Cannot write project.yaml: Permission denied.")

    monkeypatch.setattr(file_actions, "save_project", refuse)
    _add(project_window)
    project_window.menu_actions.save.trigger()
    assert "Permission denied" in dlg.named("error")[0][2]
    assert project_window.isWindowModified()


def test_uncaught_exception_becomes_dialog(dlg, capsys):
    from briefer.gui.app import _ErrorHook

    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        _ErrorHook()(RuntimeError, exc, exc.__traceback__)
    assert "boom" in dlg.named("error")[0][2]


def test_import_into_read_only_folder_explains(main_window, dlg, tmp_path):
    main_window.files.import_paths([tmp_path])
    assert "Save As" in dlg.named("error")[0][2]


def test_import_files_with_progress(project_window, qtbot, dlg, tmp_path):
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "tariffs.txt").write_text("Tariffs on softwood lumber rose again this spring.\n")
    with qtbot.waitSignal(project_window.files.imported, timeout=10000):
        project_window.files.import_paths([extra])
    titles = [s.text for s in project_window.session.project.sources.values()]
    assert any("softwood lumber" in t for t in titles)
    assert project_window.sources_pane.model.rowCount() == 6
    # import and save are one step: nothing is left written but unlisted
    assert not project_window.isWindowModified()
    from briefer.io.project_file import load_project

    reopened = load_project(Path(project_window.session.project.path))
    assert any("softwood lumber" in s.text for s in reopened.sources.values())


def test_the_recovery_copy_keeps_up_with_continuous_typing(project_window, qtbot,
                                                           monkeypatch):
    """However long the typing goes on, the copy is written within the maximum wait.

    The typing is a timer adding a change every 100 ms (the idle delay alone would
    never elapse); the test waits for the ``written`` signal, not for a fixed time."""
    import time

    from PySide6.QtCore import QTimer

    from briefer.gui import autosave

    w = project_window
    monkeypatch.setattr(autosave, "MAX_WAIT_MS", 600)
    w.autosave.timer.setInterval(400)  # longer than the gap between keystrokes
    edits: list[float] = []
    typing = QTimer()
    typing.setInterval(100)
    typing.timeout.connect(lambda: (_add(w, 20), edits.append(time.monotonic())))
    started = time.monotonic()
    _add(w, 20)
    typing.start()
    try:
        with qtbot.waitSignal(w.autosave.written, timeout=10000):
            pass
    finally:
        typing.stop()
    written = time.monotonic()
    assert len([t for t in edits if t < written]) >= 3, "the typing went on meanwhile"
    # within the maximum wait, with a margin for a loaded machine (never the 10 s timeout)
    assert written - started < 0.6 + 2.0


def test_two_windows_keep_two_recovery_copies(project_window, qtbot, dlg, bw_settings):
    from briefer.gui.autosave import recovery_path

    first = project_window
    dlg.answer("project_in_use", "read-only")
    second = open_window(qtbot, bw_settings, Path(first.session.project.path))
    assert recovery_path(first.session.project, first.autosave.token) != \
        recovery_path(second.session.project, second.autosave.token)


def test_restore_shows_both_times_and_merges_with_a_later_save(project_window, qtbot, dlg,
                                                               bw_settings):
    import os
    import time

    from briefer.core.note import new_prose
    from briefer.io.project_file import load_project, save_project

    w = project_window
    folder = Path(w.session.project.path)
    excerpt_id = _add(w)
    with qtbot.waitSignal(w.autosave.written, timeout=5000) as blocker:
        pass
    w.files.maybe_save = lambda: True
    w.close()  # the crash
    copy = Path(blocker.args[0])
    os.utime(copy, (time.time() - 120, time.time() - 120))
    colleague = load_project(folder)  # a colleague saves after the copy was written
    colleague.note.sections[2].blocks.append(new_prose("Saved after the crash."))
    save_project(colleague)
    dlg.answer("confirm", True)
    again = open_window(qtbot, bw_settings, folder)
    text = next(args[2] for args in dlg.named("confirm") if "Restore" in str(args))
    assert "last saved at" in text and "AFTER" in text
    assert again.files.save()
    back = load_project(folder)
    assert excerpt_id in back.excerpts
    assert "Saved after the crash." in {getattr(b, "markdown", "")
                                        for s in back.note.sections for b in s.blocks}


def test_a_missing_source_is_listed_with_its_reason(project_window, qtbot, bw_settings, dlg,
                                                    qtmodeltester):
    from PySide6.QtCore import Qt

    folder = Path(project_window.session.project.path)
    project_window.files.maybe_save = lambda: True
    project_window.close()
    gone = next((folder / "sources").glob("000_*.txt"))
    gone.rename(folder / "elsewhere.txt")
    again = open_window(qtbot, bw_settings, folder)
    model = again.sources_pane.model
    qtmodeltester.check(model)
    last = model.rowCount() - 1
    assert model.data(model.index(last, 0)) == gone.name
    assert model.data(model.index(last, 3)) == "Missing"
    assert "missing" in model.data(model.index(last, 0), Qt.ItemDataRole.ToolTipRole)
    assert not model.flags(model.index(last, 0)) & Qt.ItemFlag.ItemIsEditable
