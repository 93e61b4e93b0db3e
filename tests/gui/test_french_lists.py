"""The French interface words the outline's tally and the Sources list as it words the
rest: "Non 4 · Oui 1 — sur 5", a survey without a title in French, and a Type column
wide enough for "Sondage" when the one survey is lost among 10,000 articles."""

from __future__ import annotations


import pytest
from PySide6.QtWidgets import QTableView

from briefer.core.project import Project
from briefer.core.source import Source, SourceKind, SourceMeta
from briefer.core.themes import build_outline
from briefer.gui.app import install_translators
from briefer.gui.outline_model import TALLY, OutlineModel
from briefer.gui.session import ProjectSession
from briefer.gui.sources_model import TITLE, TYPE

STANCE = "# Should Canada join the new agreement?\n\n1. No.\n2. No, too costly.\n3. Yes.\n"
@pytest.fixture
def french(qapp):
    translators = install_translators(qapp, "fr")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    qapp.setProperty("brieferLanguage", None)


def test_the_tally_reads_in_french_as_the_theme_rows_do(french, qapp):
    survey = Source("s", STANCE, kind=SourceKind.SURVEY)
    project = Project(sources={"s": survey})
    project.outline = build_outline(project.surveys())
    model = OutlineModel(ProjectSession(project))
    (node,) = [n for n in model._nodes if n.kind == TALLY]
    shown = model.data(model.createIndex(node.row, 0, model._nodes.index(node) + 1))
    assert shown.endswith("— sur 3")  # the positions' labels are the outline's own
    assert " of " not in shown


def _articles_and_a_survey(count: int) -> Project:
    sources = {f"a{i:05d}": Source(f"a{i:05d}", f"Article {i} opens here.\n",
                                   SourceMeta(type="article-newspaper", title=f"Title {i}"))
               for i in range(count)}
    sources["z-survey"] = Source("z-survey", STANCE, kind=SourceKind.SURVEY)
    return Project(sources=sources)


@pytest.fixture
def sources_pane(qtbot):
    from briefer.gui.sources_pane import SourcesPane

    pane = SourcesPane(ProjectSession(_articles_and_a_survey(10_000)))
    qtbot.addWidget(pane)
    pane.resize(480, 500)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def test_an_untitled_survey_reads_in_french(french, sources_pane):
    model = sources_pane.model
    row = model.row_of("z-survey")
    assert model.display(row)[TITLE] == "Sondage sans titre"
    assert model.display(row)[TYPE] == "Sondage"


def test_the_type_column_fits_sondage_when_no_sampled_row_is_a_survey(french, sources_pane):
    table = sources_pane.findChild(QTableView)
    needed = table.fontMetrics().horizontalAdvance("Sondage")
    assert table.horizontalHeader().sectionSize(TYPE) >= needed + 16  # no "Sond…"


def test_the_readers_title_of_an_untitled_survey_reads_in_french(french, qtbot):
    from briefer.gui.reader import Reader

    session = ProjectSession(_articles_and_a_survey(3))
    reader = Reader(session)
    qtbot.addWidget(reader)
    reader.show_source("z-survey")
    assert reader.title.text() == "Sondage sans titre"


def test_an_untitled_survey_is_named_in_french_wherever_the_window_names_it(french, qapp):
    """The Sources list, the reader, the Source Details dialog: one name for one survey."""
    from briefer.gui.reader import Reader
    from briefer.gui.source_details import SourceDetailsDialog
    from briefer.gui.wording import shown_title

    survey = Source("s", STANCE, kind=SourceKind.SURVEY)
    article = Source("a", "Potash exporters brace for a slower spring.\n")
    session = ProjectSession(Project(sources={"s": survey, "a": article}))
    assert shown_title(survey) == "Sondage sans titre"
    assert shown_title(article) == article.display_title  # an article: its opening words
    reader = Reader(session)
    reader.show_source("s")
    assert reader.title.text() == "Sondage sans titre"
    dialog = SourceDetailsDialog(session, "s")
    assert "Sondage sans titre" in dialog.windowTitle() and "Untitled" not in dialog.windowTitle()
    for widget in (reader, dialog):
        widget.deleteLater()
