"""Two windows on one project folder: the second is told who has it open; saves merge;
an open window takes in what others save; collisions are chosen, never overwritten."""

from __future__ import annotations

from pathlib import Path

from briefer.core.note import new_prose
from briefer.io.project_file import load_project, save_project
from tests.helpers.gui import open_window


def _paragraphs(path: Path) -> set[str]:
    project = load_project(path)
    return {b.markdown for s in project.note.sections for b in s.blocks
            if hasattr(b, "markdown")}


def _type(window, text: str, section: int = 0) -> None:
    from briefer.gui.commands.note import InsertProseCommand

    sid = window.session.project.note.sections[section].id
    window.session.undo_stack.push(InsertProseCommand(window.session, sid, markdown=text))


def test_a_second_window_is_told_who_has_the_project_open(project_window, qtbot, dlg,
                                                           bw_settings):
    path = Path(project_window.session.project.path)
    dlg.answer("project_in_use", "read-only")
    second = open_window(qtbot, bw_settings, path)
    (call,) = dlg.named("project_in_use")
    assert "since" in call[1] and call[2] is False  # who and since when; not stale
    assert second.session.project.read_only
    # the first window closes: the project is free again
    project_window.files.maybe_save = lambda: True
    project_window.close()
    third = open_window(qtbot, bw_settings, path)
    assert not third.session.project.read_only
    assert len(dlg.named("project_in_use")) == 1


def test_a_stale_lock_can_be_taken_over(project_window, qtbot, dlg, bw_settings):
    import json

    path = Path(project_window.session.project.path)
    project_window.files.sharing.release()
    lock = path / ".briefer" / "open.lock"
    lock.write_text(json.dumps({"user": "ana", "host": __import__("socket").gethostname(),
                                "pid": 999_999_999, "since": "2026-11-29T09:00:00+00:00",
                                "token": "gone"}), encoding="utf-8")
    dlg.answer("project_in_use", "take-over")
    second = open_window(qtbot, bw_settings, path)
    (call,) = dlg.named("project_in_use")
    assert call[2] is True and "ana" in call[1]
    assert not second.session.project.read_only
    assert second.files.sharing.token in lock.read_text(encoding="utf-8")


def test_an_open_window_takes_in_what_another_writer_saves(project_window, qtbot):
    path = Path(project_window.session.project.path)
    other = load_project(path)  # what `briefer draft` or another window does
    other.note.sections[1].blocks.append(new_prose("Saved by a colleague."))
    save_project(other)
    qtbot.waitUntil(lambda: "Saved by a colleague." in {
        getattr(b, "markdown", "") for s in project_window.session.project.note.sections
        for b in s.blocks}, timeout=5000)
    assert not project_window.isWindowModified()


def test_collisions_are_chosen_side_by_side(project_window, qtbot, dlg):
    window = project_window
    path = Path(window.session.project.path)
    _type(window, "My paragraph.")
    window.menu_actions.save.trigger()
    block_id = window.session.project.note.sections[0].blocks[-1].id
    # both change that paragraph: the colleague saves first
    other = load_project(path)
    other.note.find_block(block_id)[0].blocks[-1].markdown = "Their version."
    window.files.sharing.unwatch()  # the colleague saves while this window is busy
    save_project(other)
    window.session.project.note.find_block(block_id)[0].blocks[-1].markdown = "My version."
    window.files._set_extra_dirty(True)
    dlg.answer("resolve_conflicts", None)  # cancelled: nothing is written
    assert not window.files.save()
    assert "Their version." in _paragraphs(path)
    (args,) = dlg.named("resolve_conflicts")
    (conflict,) = args[1]
    assert (conflict.mine["markdown"], conflict.theirs["markdown"]) == \
        ("My version.", "Their version.")
    dlg.answer("resolve_conflicts", {conflict.key: "mine"})
    assert window.files.save()
    assert "My version." in _paragraphs(path) and "Their version." not in _paragraphs(path)


def test_two_windows_thirty_rounds_lose_no_edit(project_window, qtbot, dlg, bw_settings):
    first = project_window
    path = Path(first.session.project.path)
    dlg.answer("project_in_use", "take-over")  # not offered live: both write anyway
    first.files.sharing.release()  # as if its lock had gone stale
    second = open_window(qtbot, bw_settings, path)
    for k in range(30):
        _type(first, f"first-{k}", 0)
        assert first.files.save()
        _type(second, f"second-{k}", 1)
        assert second.files.save()
    on_disk = _paragraphs(path)
    expected = {f"{w}-{k}" for w in ("first", "second") for k in range(30)}
    assert expected <= on_disk, sorted(expected - on_disk)
