"""The briefing note as a Word document an analyst can send up the chain.

Starts from a reference .docx (styles, page set-up, letterhead — the
built-in one or the department's own), empties its body, then writes: the
security marking on every page (in place of the reference's own; top and
bottom when classified), "Page X of Y" in the footer, a title block, the
note's sections (Heading 1) with prose (real Word list styles, curly quotes,
real links), quotations (short ones run into the text in quotation marks,
long ones in Quote style) and paraphrases, one real footnote per citation,
and a Sources list ("References" in APA). Quotations are verified first; a
quotation from the Markdown survey shows its bold key phrases in bold, never
its ** markers. Every word the note prints by itself is in the note's
language (``labels``), and its properties are true (``doc_properties``).

This module runs the export (checks, files, the body of the note); the page
furniture (header marking, page numbers, title block) is in ``page_furniture``,
the printed form of a quotation in ``quotations`` and ``quote_marks``, the
typography of the analyst's own words in ``typography``.
"""

from __future__ import annotations

import os
import stat
import time
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any
from io import BytesIO
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from briefer.core.check import Problem, blocking, check_project
from briefer.core.markings import printed_marking, read_marking
from briefer.core.template import DEFAULT_BLOCK_QUOTE_WORDS
from briefer.core.messages import Listing, Message, UserError
from briefer.core.note import ExcerptBlock, NoteSection, ProseBlock
from briefer.core.project import Project
from briefer.core.source import Source
from briefer.export import markdown_runs, quote_marks, wml
from briefer.export.cite import Citations
from briefer.export.csl_styles import CslStyle, StyleError, find_style
from briefer.export.decision_block import decision_anchor, decision_paragraphs
from briefer.export.footnotes import Footnotes, span_run
from briefer.export.doc_properties import finish_package, set_core_properties
from briefer.export.labels import labels as note_labels
from briefer.export.page_furniture import (
    blank_rows,
    write_footers,
    write_markings,
    write_title_block,
)
from briefer.export.quotations import quote_paragraphs, runs_in
from briefer.export.reference_doc import (
    BIBLIOGRAPHY,
    FOOTNOTE_REFERENCE,
    FOOTNOTE_TEXT,
    HYPERLINK,
    ensure_styles,
    reference_path,
    set_language,
)
from briefer.export.typography import link_bare_urls, smarten
from briefer.export.word_text import clean, mark, word_run, word_runs
from briefer.io.atomic import write_atomic
from briefer.io.journal import remove_stale
from briefer.io.templates import load_template


class ExportError(UserError):
    """The export cannot go ahead; the message says why and what to do. ``problems``:
    the check's problems that stopped it."""

    def __init__(self, message: str | Message, /, problems: list[Problem] | None = None,
                 **params: Any) -> None:
        super().__init__(message, **params)
        self.problems = list(problems or [])


@dataclass
class ExportReport:
    path: Path
    footnotes: int = 0
    sources: list[str] = field(default_factory=list)  # cited source ids, as listed
    unverified: list[Problem] = field(default_factory=list)  # marked (force=True)
    warnings: list[Message] = field(default_factory=list)
    seconds: float = 0.0


# -- the public entry point -----------------------------------------------------

def export_docx(project: Project, out: Path | str, style: str | None = None,
                reference_docx: Path | str | None = None, force: bool = False,
                language: str | None = None, problems: list[Problem] | None = None
                ) -> ExportReport:
    """Write ``project``'s note to ``out`` (.docx); raises ExportError with a clear message.

    ``style``: a citation style's name or .csl file (default: the project's);
    ``language``: the note's language (default: the note's own, else en-CA), which is
    the citations' CSL locale and the document's language tag.
    The problems of ``core.check`` that block export stop it; with
    ``force=True`` the blocks they name are marked in the document instead.
    ``problems``: the check's result when the caller has just asked for it
    (so every excerpt is anchored once per export), else it is asked here.
    """
    started = time.perf_counter()
    out = Path(out)
    _check_target(out)
    report = ExportReport(path=out)
    data = render_docx(project, style=style, reference_docx=reference_docx, force=force,
                       language=language, report=report, problems=problems)
    folder = out.parent if str(out.parent) else Path(".")
    remove_stale(folder, f".{out.name}.")  # left by an export that was killed
    write_atomic(out, data, error=ExportError)
    report.seconds = time.perf_counter() - started
    return report


def render_docx(project: Project, style: str | None = None,
                reference_docx: Path | str | None = None, force: bool = False,
                language: str | None = None, report: ExportReport | None = None,
                problems: list[Problem] | None = None) -> bytes:
    """The .docx bytes for the note (the check included); see ``export_docx``."""
    report = report or ExportReport(path=Path())
    language = language or project.note.meta.language or "en-CA"
    try:
        formatter = find_style(style or project.citation_style)
    except StyleError as exc:
        raise ExportError(exc.message) from exc
    stops = blocking(check_project(project) if problems is None else problems)
    empty = [p for p in stops if p.kind == "empty-section"]
    if empty and not force:
        raise ExportError(
            Message("The note is not ready, so the export stopped:\n{listing}\nWrite what is "
                    "missing (and fix any excerpt named), or export anyway to mark it in the "
                    "document (briefer export --force).",
                    listing=Listing([Message("  - {problem}", problem=p.message)
                                     for p in [*empty, *(p for p in stops if p not in empty)]])),
            stops)
    if stops and not force:
        raise ExportError(
            Message("{count} excerpt{count:?|s} in the note no longer match{count:?es|} their "
                    "sources, so the "
                    "export stopped:\n{listing}\nFix or remove them, or export anyway to mark "
                    "them in the document (briefer export --force).", count=len(stops),
                    listing=Listing([Message("  - {section}: {problem}", section=p.section,
                                             problem=p.message) for p in stops])), stops)
    report.unverified = stops
    doc = _open_reference(reference_docx)
    marked = {block_id: p for p in stops for block_id in p.block_ids}
    writer = _NoteWriter(doc, project, formatter, marked, report, language)
    writer.write()
    set_language(doc, language)
    buffer = BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


# -- files ------------------------------------------------------------------------

def _check_target(out: Path) -> None:
    """Refuse, with what to do, a target that cannot become a Word document."""
    if out.is_dir():
        raise ExportError("{path} is a folder; give a file name such as {example}.", path=out,
                          example=out / "note.docx")
    if out.suffix.lower() != ".docx":
        hint = out.with_suffix(".docx").name if out.stem and out.suffix != "." else "note.docx"
        if out.suffix:
            raise ExportError("Cannot export to {path}: the name ends in {suffix}, but the "
                              "export is a Word document. Give a name ending in .docx, such as "
                              "{hint}.", path=out, suffix=out.suffix, hint=hint)
        raise ExportError("Cannot export to {path}: the name has no .docx ending, but the "
                          "export is a Word document. Give a name ending in .docx, such as "
                          "{hint}.", path=out, hint=hint)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        blocker = next((p for p in (folder, *folder.parents) if p.exists()), None)
        if blocker is not None and not blocker.is_dir():
            raise ExportError("Cannot export to {path}: {blocker} is a file, not a folder. "
                              "Choose a folder to save the note in.", path=out, blocker=blocker)
        raise ExportError("Cannot export to {path}: the folder {folder} does not exist.",
                          path=out, folder=folder)
    if out.exists():
        mode = out.stat().st_mode
        if not mode & stat.S_IWUSR or not os.access(out, os.W_OK):
            raise ExportError("Cannot overwrite {path}: the file is read-only. Choose another "
                              "name, or make the file writable and export again.", path=out)
    if not os.access(folder, os.W_OK):
        raise ExportError("Cannot write in {folder}: permission denied. Choose another "
                          "folder.", folder=folder)


def _open_reference(reference_docx: Path | str | None) -> DocumentObject:
    path = Path(reference_docx) if reference_docx else reference_path()
    if not path.is_file():
        raise ExportError("The reference document {path} does not exist.", path=path)
    try:
        doc = Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise ExportError("The reference document {path} is not a Word (.docx) file that "
                          "can be read ({reason}).", path=path, reason=str(exc)) from exc
    except Exception as exc:  # a damaged zip or XML: say which file
        raise ExportError("The reference document {path} cannot be read ({reason}).",
                          path=path, reason=str(exc)) from exc
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    ensure_styles(doc)
    return doc


# -- writing the note -------------------------------------------------------------

@dataclass
class _Para:
    """A body paragraph waiting to be written (the last one of a block gets the note)."""

    style: str  # style id
    runs: list[str]
    keep_next: bool = False
    num: tuple[str, int] | None = None
    space_before: float | None = None
    keep_lines: bool = False

    def xml(self) -> str:
        return wml.paragraph(self.style, self.runs, self.keep_next, self.num,
                             self.space_before, self.keep_lines)


class _NoteWriter:
    def __init__(self, doc: DocumentObject, project: Project, style: CslStyle,
                 problems: dict[str, Problem], report: ExportReport,
                 language: str = "en-CA") -> None:
        self.doc = doc
        self.project = project
        self.note = project.note
        self.style = style
        self.problems = problems
        self.report = report
        self._ids = {s.name: s.style_id for s in doc.styles}
        self.footnotes = Footnotes(doc, self._ids[FOOTNOTE_TEXT], self._ids[FOOTNOTE_REFERENCE])
        self.citations = Citations(project, style, language)
        self.language = language
        self._numbering: dict[int, str] = {}
        self._pending: list[_Para] = []
        self._kind: str | None = None
        self._sect_pr = doc.element.body.find(qn("w:sectPr"))

    def _style(self, *names: str) -> str:
        """The id of the first of ``names`` the reference document has (else Normal's)."""
        for name in names:
            if name in self._ids:
                return str(self._ids[name])
        return str(self._ids.get("Normal", "Normal"))

    def _add(self, para: _Para) -> _Para:
        self._pending.append(para)
        return para

    def _flush(self) -> None:
        """Parse the pending paragraphs in one go and put them before the section properties."""
        if not self._pending:
            return
        elements = wml.parse_many(p.xml() for p in self._pending)
        body = self.doc.element.body
        for element in elements:
            if self._sect_pr is not None:
                self._sect_pr.addprevious(element)
            else:
                body.append(element)
        self._pending.clear()

    # -- whole document
    def write(self) -> None:
        meta = self.note.meta
        marking = read_marking(clean(meta.classification))
        classification = printed_marking(clean(meta.classification), self.language)
        write_footers(self.doc, self._ids, self.language)
        write_markings(self.doc, self._ids, classification,
                       marking is not None and marking.classified)
        self._add(_Para(self._style("Title"), [wml.run(clean(self._kind_title()))]))
        self._flush()
        write_title_block(self.doc, self.note.meta, self.language)
        self.report.warnings.extend(blank_rows(meta, self.language))
        decision_after = decision_anchor(self.note)
        for section in self.note.sections:
            self._section(section)
            if section.id == decision_after:
                self._decision_block()
        self._signature()
        self.citations.render()  # every footnote of the note, in one batch
        self._sources()
        self._flush()
        self.footnotes.flush()
        self.report.footnotes = self.footnotes.count
        self._properties(classification)
        finish_package(self.doc)

    def _kind_title(self) -> str:
        if self._kind is None:
            try:
                self._kind = load_template(self.note.template).title_in(self.language)
            except Exception:  # an unknown or broken template still exports
                self._kind = self.note.template.replace("-", " ").capitalize() or \
                    note_labels(self.language)["kind"]
        return self._kind

    # -- sections and blocks
    def _section(self, section: NoteSection) -> None:
        blocks = [b for b in section.blocks
                  if not (isinstance(b, ProseBlock) and not b.markdown.strip())]
        if not blocks and section.required:  # exported anyway: the gap is marked, not hidden
            self._add(_Para(self._style("Heading 1"), [wml.run(clean(section.title))]))
            gap = note_labels(self.language)["required-empty"]
            self._add(_Para(self._style("Normal"), [mark(gap)]))
            return
        if not blocks:
            self.report.warnings.append(Message("Section “{title}” is empty and was left "
                                                "out.", title=section.title))
            return
        self._add(_Para(self._style("Heading 1"), [wml.run(clean(section.title))]))
        for block, following in zip(blocks, [*blocks[1:], None], strict=True):
            if isinstance(block, ProseBlock):
                written = self._prose(block.markdown)
                if written and isinstance(following, ExcerptBlock):
                    written[-1].keep_next = True  # a point stays on the page of its quote
            else:
                self._excerpt(block, section.title)

    def _decision_block(self) -> None:
        """The Minister's "I agree / I do not agree", signature, date and approver, kept
        together on one page (see ``decision_block``)."""
        paragraphs = decision_paragraphs(self.note.meta, self.language)
        for i, runs in enumerate(paragraphs):
            self._add(_Para(self._style("Normal"), runs, keep_next=i < len(paragraphs) - 1,
                            space_before=18 if i == 0 else 10, keep_lines=True))

    def _prose(self, markdown: str) -> list[_Para]:
        return [self._add(self._md_paragraph(p)) for p in markdown_runs.parse(clean(markdown))]

    def _md_paragraph(self, para: markdown_runs.Para) -> _Para:
        num = None
        if para.kind == "bullet":
            style = self._style("List Bullet 2" if para.level else "List Bullet", "List Bullet")
        elif para.kind == "number":
            name = "List Number 2" if para.level and "List Number 2" in self._ids \
                else "List Number"
            style = self._style(name)
            num = self._list_number(name, para.list_id)
        elif para.kind == "quote":
            style = self._style("Quote")
        elif para.kind == "heading":
            style = self._style("Heading 2")
        else:
            style = self._style("Normal")
        return _Para(style, self._typed(para.runs), num=num)

    def _typed(self, runs: list[markdown_runs.Run]) -> list[str]:
        """The analyst's own words as Word runs: curly quotes (French spacing in French),
        web addresses as real links (``typography``)."""
        return word_runs(smarten(link_bare_urls(runs), self.language), self._link,
                         self._ids.get(HYPERLINK, ""))

    def _link(self, url: str) -> str:
        return str(self.doc.part.relate_to(url, RT.HYPERLINK, is_external=True))

    @cached_property
    def _block_words(self) -> int:
        """A quotation this long is set as a block (the template's ``block_quote_words``)."""
        try:
            return load_template(self.note.template).block_quote_words
        except Exception:  # an unknown or broken template still exports
            return DEFAULT_BLOCK_QUOTE_WORDS

    def _list_number(self, style_name: str, list_id: int) -> tuple[str, int] | None:
        """A numbering instance of its own for each list, so each starts again at 1."""
        num_id = self._numbering.get(list_id)
        if num_id is None:
            if style_name not in self._ids:
                return None
            style_num = self.doc.styles[style_name].element.xpath(".//w:numPr/w:numId/@w:val")
            if not style_num:
                return None
            numbering = self.doc.part.numbering_part.element
            abstract = numbering.xpath(f"./w:num[@w:numId='{style_num[0]}']/w:abstractNumId/@w:val")
            if not abstract:
                return None
            used = [int(n) for n in numbering.xpath("./w:num/@w:numId")]
            num_id = str(max(used, default=0) + 1)
            numbering.append(parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract[0]}"/>'
                '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
            self._numbering[list_id] = num_id
        return (num_id, 0)

    def _excerpt(self, block: ExcerptBlock, section_title: str) -> None:
        problem = self.problems.get(block.id)
        excerpt = self.project.excerpts.get(block.excerpt_id)
        source = self.project.sources.get(excerpt.source_id) if excerpt else None
        if excerpt is None or source is None:
            reason = str(problem.message) if problem else "not found"
            self._add(_Para(self._style("Normal"), [mark(f"[Excerpt missing: {reason}]")]))
            return
        last: _Para | None = None
        after: list[markdown_runs.Run] = []
        if block.mode == "paraphrase" and block.paraphrase.strip():
            text = " ".join(p for p in (block.lead_in.strip(), block.paraphrase.strip()) if p)
            written = self._prose(text)
            last = written[-1] if written else None
        else:
            if block.mode == "paraphrase":
                self.report.warnings.append(Message(
                    "A paraphrase in “{section}” has no words of its own; the quotation was "
                    "printed instead.", section=section_title))
            lead = [r for para in markdown_runs.parse(clean(" ".join(block.lead_in.split())))
                    for r in para.runs]
            quoted = quote_paragraphs(excerpt, source)
            if runs_in(quoted, self._block_words):  # in the text, in quotation marks
                words, after = quote_marks.run_in(quoted[0], self.language)
                runs = [*self._typed(lead), *([wml.run(" ")] if lead else []),
                        *(word_run(r) for r in words)]
                last = self._add(_Para(self._style("Normal"), runs))
            else:  # set off as a block: no marks of its own
                if lead:
                    self._add(_Para(self._style("Normal"), self._typed(lead), keep_next=True))
                for chunk in quote_marks.balance(quoted):
                    last = self._add(_Para(self._style("Quote"), [word_run(r) for r in chunk]))
        if last is None:
            last = self._add(_Para(self._style("Normal"), []))
        last.runs.append(self._cite(source, excerpt.position.start))
        last.runs.extend(word_run(r) for r in after)  # a French note's period follows the call
        if problem is not None:
            last.runs.append(mark(f" [NOT VERIFIED: {problem.message}]"))

    def _cite(self, source: Source, position: int) -> str:
        return self.footnotes.new(self.citations.cite(source, position))

    def _signature(self) -> None:
        meta = self.note.meta
        words = note_labels(self.language)
        lines = [(label, " ".join(clean(value).split())) for label, value in
                 ((words["prepared_by"], meta.prepared_by), (words["contact"], meta.contact))]
        lines = [(label, value) for label, value in lines if value]
        if not lines:
            return
        runs = []
        for i, (label, value) in enumerate(lines):
            runs.append(wml.run(("\n" if i else "") + label, wml.Look(bold=True)))
            runs.append(wml.run(value))
        self._add(_Para(self._style("Normal"), runs, space_before=18, keep_lines=True))

    def _sources(self) -> None:
        entries = self.citations.bibliography()
        if not entries:
            return
        heading = self.style.bibliography_heading(self.language)
        self._add(_Para(self._style("Heading 1"), [wml.run(heading)]))
        style = self._style(BIBLIOGRAPHY)
        for source_id, entry in entries:
            self._add(_Para(style, [span_run(s) for s in entry]))
            self.report.sources.append(source_id)

    def _properties(self, classification: str) -> None:
        labels = [s.label for s in self.project.outline.sections if s.label]
        set_core_properties(self.doc, self.note.meta, self._kind_title(), classification,
                            labels, self.language)
