"""Check problems are worded in the interface's language, with their parts filled in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from briefer.bundled import resources_dir
from briefer.core.check import Problem
from briefer.gui.problem_text import problem_text

METADATA = Problem("metadata", "x lacks issued", "s1", title="Talks stall",
                   missing=("container-title", "issued"))
CHANGED = Problem("changed", "changed", "s1", "ex-1", quote="far apart", title="Talks stall",
                  now="very far apart")


def test_english_wording(qapp) -> None:
    assert problem_text(METADATA) == "Talks stall lacks outlet, date for its citation."
    assert problem_text(CHANGED) == ("Excerpt “far apart” no longer matches Talks stall "
                                     "exactly; the source now reads “very far apart”.")


def test_french_wording(qapp) -> None:
    translator = QTranslator()
    assert translator.load("briefer_fr", str(resources_dir() / "translations"))
    QCoreApplication.installTranslator(translator)
    try:
        assert problem_text(METADATA) == "Il manque média, date à Talks stall pour sa citation."
        assert "ne correspond plus" in problem_text(CHANGED)
    finally:
        QCoreApplication.removeTranslator(translator)
