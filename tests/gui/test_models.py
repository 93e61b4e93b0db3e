"""Every Qt model passes qtmodeltester, with the sample loaded and after edits."""

from __future__ import annotations

from briefer.gui.search_pane import HitsModel
from briefer.index import SearchIndex


def test_sources_model(qtmodeltester, main_window):
    pane = main_window.sources_pane
    qtmodeltester.check(pane.model)
    qtmodeltester.check(pane.proxy)


def test_outline_model(qtmodeltester, main_window):
    model = main_window.outline_pane.model
    qtmodeltester.check(model)
    section = main_window.session.project.outline.sections[0]
    from briefer.gui.commands import outline as cmd

    main_window.session.undo_stack.push(cmd.set_theme_note(
        main_window.session, section.themes[0].id, "Check with trade policy"))
    qtmodeltester.check(model)


def test_hits_model(qtmodeltester, main_window):
    model = HitsModel()
    index = SearchIndex(":memory:")
    index.update(main_window.session.project.sources.values())
    model.set_hits("trade", index.search("trade"))
    assert model.rowCount() > 0
    qtmodeltester.check(model)
