"""The main window as a user meets it: the sample open, panes named, layout remembered."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tests.helpers.gui import open_window


def test_sample_opens_with_all_panes(main_window):
    w = main_window
    for name in ("sourcesPane", "searchPane", "outlinePane", "readerPane", "notePane"):
        pane = w.findChild(QWidget, name)
        assert pane is not None, name
        assert pane.accessibleName()
    assert w.sources_pane.model.rowCount() == 5
    assert w.outline_pane.model.rowCount() >= 3
    assert "Briefer" in w.windowTitle() and "read-only" in w.windowTitle()
    # the survey is shown first, with its key phrases emphasised
    assert w.reader.source is not None and w.reader.source.kind.value == "survey"
    assert w.reader._highlighter is not None


def test_every_button_and_field_has_an_accessible_name(main_window):
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QAbstractItemView

    unnamed = []
    for kind in (QAbstractButton, QLineEdit, QAbstractItemView):
        for widget in main_window.findChildren(kind):
            if widget.objectName().startswith("qt_") or not widget.isVisibleTo(main_window):
                continue
            text = widget.text() if isinstance(widget, QAbstractButton) else ""
            if not (widget.accessibleName() or text.replace("&", "").strip()):
                unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    assert not unnamed


def test_layout_is_remembered(qtbot, bw_settings, seeds_copy):
    first = open_window(qtbot, bw_settings, seeds_copy)
    first.main_splitter.setSizes([400, 500, 466])
    sizes = first.main_splitter.sizes()
    first.close()
    second = open_window(qtbot, bw_settings, seeds_copy)
    assert second.main_splitter.sizes() == sizes


def test_missing_metadata_is_marked(main_window):
    from PySide6.QtCore import Qt

    from briefer.gui.sources_model import MISSING_ROLE, TITLE

    model = main_window.sources_pane.model
    index = model.index(0, TITLE)
    assert model.data(index, MISSING_ROLE)  # the sample lacks titles and dates
    assert model.data(index, Qt.ItemDataRole.DecorationRole) is not None
    assert "Missing" in model.data(index, Qt.ItemDataRole.ToolTipRole)


def test_filter_box_filters_sources(main_window, qtbot):
    pane = main_window.sources_pane
    qtbot.keyClicks(pane.filter, "survey")
    assert pane.proxy.rowCount() == 1
    pane.filter.clear()
    assert pane.proxy.rowCount() == 5


def test_about_shows_version(main_window, dlg):
    import briefer

    main_window.menu_actions.about.trigger()
    (args,) = dlg.named("about")
    assert briefer.__version__ in args[2]


def test_a_tiny_or_off_screen_saved_geometry_gives_a_window_to_work_in(qtbot, bw_settings,
                                                                        seeds_copy):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QGuiApplication

    from briefer.core.project import Project
    from briefer.gui.main_window import MainWindow
    from briefer.gui.session import ProjectSession
    from briefer.gui.settings import WINDOW_GEOMETRY
    from tests.helpers.gui import open_window

    first = open_window(qtbot, bw_settings, seeds_copy)
    first.setGeometry(QRect(-5000, -5000, 300, 200))  # as saved on a screen that is gone
    first.save_layout()
    assert not bw_settings.get(WINDOW_GEOMETRY).isEmpty()
    first.close()
    again = MainWindow(ProjectSession(Project(name="")), bw_settings)  # as started
    qtbot.addWidget(again)
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert again.width() >= min(1000, int(area.width() * 0.6))
    assert again.height() >= min(600, int(area.height() * 0.6))
    assert area.intersects(again.frameGeometry())
