"""The briefing note as a Word document: footnoted citations, house style, verified quotes.

``export_docx(project, out, style=None, reference_docx=None, force=False, language="en-CA")``
is the entry point. The names below load on first use (``__getattr__``), the one place
python-docx and lxml are loaded for writing: the command line and the app import this
package at start and pay for Word only when a note is exported; and
``python -m briefer.export.reference_doc`` runs cleanly.
"""

from __future__ import annotations

from typing import Any

__all__ = ["ExportError", "ExportReport", "export_docx", "render_docx"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from briefer.export import docx_writer

        return getattr(docx_writer, name)
    raise AttributeError(f"module 'briefer.export' has no attribute {name!r}")
