"""Draw the README's sample pages: the bundled sample drafted as a decision memo in
English and as a briefing note in French, exported and laid out by LibreOffice.

    python resources/screenshots/render_pages.py

Needs LibreOffice (``soffice``) and poppler's ``pdftoppm``. The sample's survey has
no title in its own text, so one is given here as an analyst would in Source
details; nothing else is added to what the sample holds.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from briefer.core.draft import draft_note  # noqa: E402
from briefer.core.note import new_prose  # noqa: E402
from briefer.core.source import SourceKind  # noqa: E402
from briefer.export import export_docx  # noqa: E402
from briefer.io.project_file import load_project  # noqa: E402
from briefer.io.templates import load_template  # noqa: E402
from briefer.bundled import seeds_dir  # noqa: E402

NOTES = {
    "note-decision": ("memo-decision", "en-CA", "decision", "PROTECTED B",
                      "Responding to the CUSMA joint review"),
    "note-fr": ("briefing-note", "fr-CA", "information", "NON CLASSIFIÉ",
                "La relation commerciale Canada–États-Unis"),
}


def render(name: str, template: str, language: str, purpose: str, marking: str,
           subject: str, work: Path) -> list[Path]:
    project = load_project(seeds_dir())
    for source in project.sources.values():
        if source.kind is SourceKind.SURVEY and not source.meta.title:
            source.meta.title = "Survey of trade policy experts" if language == "en-CA" \
                else "Sondage auprès d’experts en politique commerciale"
    project.note.meta.language = language
    project.note.meta.purpose = purpose
    draft_note(project, load_template(template))
    meta = project.note.meta
    meta.to = "Minister of International Trade" if language == "en-CA" else \
        "Ministre du Commerce international"
    meta.from_ = "Deputy Minister" if language == "en-CA" else "Sous-ministre"
    meta.subject, meta.date, meta.classification = subject, "2026-11-30", marking
    meta.file_number = "TPD-2026-0147"
    meta.prepared_by = "Trade Policy Analyst" if language == "en-CA" else \
        "Analyste des politiques commerciales"
    if purpose == "decision":
        meta.approver = "Minister of International Trade"
        for section in project.note.sections:  # what the analyst writes around the draft
            if section.title == "Summary":
                section.blocks.insert(0, new_prose(
                    "Five of seven experts surveyed see US domestic politics as the main "
                    "challenge in the trade relationship; most favour a Team Canada approach."))
            if section.title == "Recommendation":
                section.blocks.insert(0, new_prose(
                    "That you **agree** to pursue a Team Canada approach in the CUSMA joint "
                    "review, as most experts surveyed advise."))
    docx = work / f"{name}.docx"
    export_docx(project, docx, force=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(work),
                    str(docx)], check=True, capture_output=True, timeout=180)
    subprocess.run(["pdftoppm", "-png", "-r", "70", str(work / f"{name}.pdf"),
                    str(work / name)], check=True, timeout=120)
    pages = sorted(work.glob(f"{name}-*.png"))
    out = []
    for number, page in enumerate(pages[:3], 1):
        target = HERE / f"{name}-page{number}.png"
        shutil.copyfile(page, target)
        out.append(target)
    return out


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for name, args in NOTES.items():
            for path in render(name, *args, work=Path(tmp)):
                print(path.relative_to(HERE.parent.parent))


if __name__ == "__main__":
    main()
