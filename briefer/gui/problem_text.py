"""The check's problems, worded in the interface's language.

``core.check`` writes English messages for the command line; each Problem also
carries its parts (quote, title, missing fields), which are reworded here.
Every string is a literal ``translate`` call so that lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from briefer.core.check import Problem

translate = QCoreApplication.translate


def field_label(csl_name: str) -> str:
    """What a user calls a citation field."""
    labels = {
        "title": translate("CheckProblems", "title"),
        "container-title": translate("CheckProblems", "outlet"),
        "issued": translate("CheckProblems", "date"),
        "author": translate("CheckProblems", "author"),
        "URL": translate("CheckProblems", "web address"),
    }
    return labels.get(csl_name, csl_name)


def problem_text(problem: Problem) -> str:
    """One line for a list of problems."""
    if problem.kind == "metadata":
        text = translate("CheckProblems", "{title} lacks {fields} for its citation.")
        return text.format(title=problem.title,
                           fields=", ".join(field_label(m) for m in problem.missing))
    if problem.kind == "changed":
        text = translate("CheckProblems", "Excerpt “{quote}” no longer matches {title} "
                         "exactly; the source now reads “{now}”.")
        return text.format(quote=problem.quote, title=problem.title, now=problem.now)
    if problem.kind == "missing-source":
        text = translate("CheckProblems", "Excerpt “{quote}” comes from source {source}, "
                         "which is missing from the project.")
        return text.format(quote=problem.quote, source=problem.source_id)
    if problem.kind == "orphaned" and problem.quote:
        text = translate("CheckProblems", "Excerpt “{quote}” can no longer be found in "
                         "{title}.")
        return text.format(quote=problem.quote, title=problem.title)
    if problem.kind == "orphaned":
        return translate("CheckProblems", "The note cites an excerpt that no longer exists.")
    return problem.message
