"""The decision block of a note for decision: where the Minister answers and signs.

A memorandum asking for a decision comes back from the Minister's office with
the decision on it, so the note gives the lines to fill in by hand: a box to
tick for "I agree" or "I do not agree", a signature line and a date line, and
the name of whoever approves it. The block follows the section that makes the
recommendation (the template's "recommendation" role), else the last section.
Its labels are printed in the note's language, not the interface's: a French
note goes up in French.
"""

from __future__ import annotations

from briefer.core.note import BriefingNote, NoteMeta
from briefer.export import wml
from briefer.export.labels import labels
from briefer.export.word_text import clean

BOX = "\u2610"  # ☐, ticked by hand on the printed or signed copy
SIGNATURE_LINE = "_" * 32
DATE_LINE = "_" * 16
NAME_LINE = "_" * 32  # no approver named yet: a line to write the name on

def decision_anchor(note: BriefingNote) -> str | None:
    """The id of the section the decision block follows; None when the note asks for no
    decision (or has no section to follow)."""
    if note.meta.purpose.strip().lower() != "decision" or not note.sections:
        return None
    recommending = [s.id for s in note.sections if s.role == "recommendation"]
    return recommending[-1] if recommending else note.sections[-1].id


def decision_paragraphs(meta: NoteMeta, language: str) -> list[list[str]]:
    """The block's paragraphs, each a list of WordprocessingML runs: the two boxes, the
    signature and date lines, and "Approved by:" with the approver's name."""
    words = labels(language)
    bold = wml.Look(bold=True)
    approver = " ".join(clean(meta.approver).split())
    return [
        [wml.run(f"{BOX} {words['agree']}\t\t{BOX} {words['disagree']}")],
        [wml.run(f"{words['signature']} {SIGNATURE_LINE}\t{words['date']} {DATE_LINE}")],
        [wml.run(words["approved"], bold), wml.run(" " + (approver or NAME_LINE))],
    ]
