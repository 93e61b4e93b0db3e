"""File ▸ Export: choose, check, write the note to Word, and say what came out.

Split from ``file_actions`` (which keeps opening, saving and importing): the export
asks for its options (``export_dialog``), checks the note in the chosen style and says
what the check found in terms of what the export will do, then writes on a worker.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices

import briefer.export
from briefer.core.check import Problem, blocking, check_project
from briefer.export.csl_styles import find_style
from briefer.export.page_count import export_warnings
from briefer.gui import dialogs, export_dialog
from briefer.gui.commands.edit import EditCommand
from briefer.gui.export_dialog import template_edit
from briefer.gui.settings import EXPORT_OPEN_AFTER
from briefer.gui.wording import say
from briefer.gui.workers import run_with_progress, user_message
from briefer.io.templates import load_template

if TYPE_CHECKING:
    from briefer.export import ExportReport  # the package loads python-docx when first used
    from briefer.gui.file_actions import FileController


class ExportActions(QObject):
    """The export's steps, for the window's ``FileController`` (see module notes)."""

    def __init__(self, files: FileController) -> None:
        super().__init__(files)
        self.files = files

    def export(self) -> None:
        """Ask for the template, style, reference document and file (``export_dialog``),
        check the note in that style, then export."""
        project = self.files.session.project
        stem = project.name or "note"
        if len(project.notes) > 1:  # one file per note: "Desk - QP card.docx"
            stem = f"{stem} - {project.note.display_name(project.note_id())}"
        stem = "".join("-" if c in '\\/:*?"<>|' else c for c in stem).strip() or "note"
        default = str(Path(project.path or self.files._start_dir()) / f"{stem}.docx")
        files = self.files
        options = export_dialog.export_options(files.window, files.session, files.settings,
                                               default)
        if options is None:
            return
        try:
            change = template_edit(project, options.template)
            if change is not None:
                self.files.session.undo_stack.push(EditCommand(
                    self.files.session, self.tr("Use template “{0}”").format(
                        load_template(options.template).title), change))
            problems = check_project(project, find_style(options.style).fields)
        except Exception as exc:
            self.files._error(self.tr("Cannot check the note"), user_message(exc))
            return
        force = False
        if problems:
            if not dialogs.confirm(self.files.window, self.tr("Check before export"),
                                   self.check_summary(problems),
                                   "\n".join(f"• {say(p.message)}" for p in problems),
                                   yes=self.tr("Export anyway"), no=self.tr("Cancel"),
                                   default_yes=not blocking(problems)):
                return
            force = True
        self.export_to(options.output, force, problems, style=options.style,
                       reference_docx=options.reference_docx or None)

    def check_summary(self, problems: list[Problem]) -> str:
        """What the check found, said by what it means for the export: quotations that
        would print false (marked in the document), excerpts that changed but are not
        printed as quotations, and sources lacking citation details."""
        marked = [p for p in blocking(problems) if p.kind != "empty-section"]
        empty = [p for p in problems if p.kind == "empty-section"]
        unmarked = [p for p in problems
                    if not p.blocks_export and p.kind not in ("metadata", "marking", "uncited")]
        copied = [p for p in problems if p.kind == "uncited"]
        sources = len({p.source_id for p in problems if p.kind == "metadata"})
        higher = len({p.source_id for p in problems if p.kind == "marking"})
        parts = []
        if empty:
            parts.append(self.tr("%n required section(s) of the note are empty. Each will be "
                                 "marked in the document for you to write.", "", len(empty)))
        if marked:
            parts.append(self.tr("%n quotation(s) in the note no longer match their source. "
                                 "Each will be marked in the document for you to check.", "",
                                 len(marked)))
        if unmarked:
            parts.append(self.tr("%n excerpt(s) no longer match their source, but the note "
                                 "does not quote them; nothing will be marked.", "",
                                 len(unmarked)))
        if sources:
            parts.append(self.tr("%n cited source(s) lack citation details (such as author, "
                                 "date or outlet); their footnotes will give what is known.",
                                 "", sources))
        if higher:
            parts.append(self.tr("%n quoted source(s) are marked higher than the note (or "
                                 "with a caveat it lacks); check the note's classification.",
                                 "", higher))
        if copied:
            parts.append(self.tr("%n text block(s) repeat a source word for word without "
                                 "citing it; the details say where.", "", len(copied)))
        parts.append(self.tr("Export anyway?"))
        return "\n\n".join(parts)

    def export_to(self, out: Path, force: bool = False, problems: list[Problem] | None = None,
                  style: str | None = None, reference_docx: str | None = None) -> None:
        project = self.files.session.project

        def work(_progress, _cancelled) -> Any:
            report = briefer.export.export_docx(project, out, style=style,
                                                reference_docx=reference_docx, force=force,
                                                problems=problems)
            # over the template's page limit? (LibreOffice lays the written file out)
            report.warnings.extend(export_warnings(project, out, bool(report.sources), style))
            return report

        run_with_progress(self.files.runner, self.files.window, self.tr("Exporting to Word…"), work,
                          lambda report: self._exported(out, report),
                          lambda msg: self.files._error(self.tr("Export failed"), msg))

    def _exported(self, out: Path, report: ExportReport) -> None:
        self.files._remember_dir(out)
        self.files.exported.emit(str(out))
        notes = self.tr("%n footnote(s)", "", report.footnotes)
        warnings = [say(w) for w in report.warnings]
        text = self.tr("The note was written to {0} ({1}).").format(out, notes)
        if self.files.settings.get(EXPORT_OPEN_AFTER) and dialogs.confirm(
                self.files.window, self.tr("Export finished"),
                text + "\n" + self.tr("Open it now?"), "\n".join(warnings),
                yes=self.tr("Open"), no=self.tr("Close")):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))
        else:
            self.files.window.statusBar().showMessage(" ".join([text, *warnings]), 8000)
