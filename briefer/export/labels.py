"""The words an exported note prints by itself, in the note's language.

These are part of the document, not messages to the user: a note written in
French is read in French whatever the language of Briefer's window, so they
follow ``NoteMeta.language`` and never the interface's. French follows the
Translation Bureau's usage: a non-breaking space before the colon.
"""

from __future__ import annotations

from collections.abc import Mapping

from briefer.core.template import is_french

_NBSP = "\u00a0"

EN: Mapping[str, str] = {
    "to": "To:", "from": "From:", "subject": "Subject:", "subject_other": "Objet (français):",
    "date": "Date:", "file": "File:", "purpose": "Purpose:",
    "information": "For information", "decision": "For decision",
    "page": "Page ", "of": " of ",
    "prepared_by": "Prepared by: ", "contact": "Contact: ",
    "kind": "Briefing note",
    "agree": "I agree", "disagree": "I do not agree", "signature": "Signature:",
    "approved": "Approved by:",
    "required-empty": "[Required section left empty: write it before sending]",
}
FR: Mapping[str, str] = {
    "to": f"À{_NBSP}:", "from": f"De{_NBSP}:", "subject": f"Objet{_NBSP}:",
    "subject_other": f"Subject (English){_NBSP}:", "date": f"Date{_NBSP}:",
    "file": f"N° de dossier{_NBSP}:", "purpose": f"But{_NBSP}:",
    "information": "Pour information", "decision": "Pour décision",
    "page": "Page ", "of": " de ",
    "prepared_by": f"Rédigé par{_NBSP}: ", "contact": f"Personne-ressource{_NBSP}: ",
    "kind": "Note d’information",
    "agree": "Je suis d’accord", "disagree": "Je ne suis pas d’accord",
    "signature": f"Signature{_NBSP}:", "approved": f"Approuvé par{_NBSP}:",
    "required-empty": f"[Section obligatoire laissée vide{_NBSP}: à rédiger avant l’envoi]",
}


def labels(language: str) -> Mapping[str, str]:
    """The table of words for a note in ``language`` ("en-CA", "fr-CA")."""
    return FR if is_french(language) else EN


def purpose_label(purpose: str, language: str) -> str:
    """"For decision" / "Pour décision"; a purpose typed by hand stays as typed."""
    key = purpose.strip().lower()
    return labels(language)[key] if key in ("information", "decision") else purpose
