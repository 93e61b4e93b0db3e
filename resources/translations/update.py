"""Refresh the translation files from the GUI sources, then compile them.

    python resources/translations/update.py

Runs ``pyside6-lupdate`` (new strings appear in briefer_fr.ts, marked
unfinished, for a translator to fill in with Qt Linguist or a text editor)
and ``pyside6-lrelease`` (writes briefer_fr.qm, which the application loads).
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = ("fr",)
# Modules whose module-level ``tr()`` helper translates in a named context that
# lupdate cannot see; the compiled file also holds their strings in that context.
HELPER_CONTEXTS = {"commands/note.py": "NoteCommands", "commands/excerpts.py": "NoteCommands"}


def _with_helper_contexts(ts: Path) -> str:
    """The .ts text plus copies of the helper-translated strings in their real context."""
    text = ts.read_text(encoding="utf-8")
    match = re.search(r"<context>\s*<name></name>(.*?)</context>", text, re.S)
    if not match:
        return text
    copies: dict[str, list[str]] = {}
    for message in re.findall(r"\s*<message>.*?</message>", match.group(1), re.S):
        context = next((c for f, c in HELPER_CONTEXTS.items() if f'gui/{f}"' in message), None)
        if context:
            copies.setdefault(context, []).append(message)
    blocks = "".join(f"<context>\n    <name>{name}</name>{''.join(msgs)}\n</context>\n"
                     for name, msgs in copies.items())
    return text.replace("</TS>", blocks + "</TS>")


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "briefer" / "gui").rglob("*.py"))
    for lang in LANGUAGES:
        ts = HERE / f"briefer_{lang}.ts"
        subprocess.run(["pyside6-lupdate", "-no-obsolete", *sources, "-ts", str(ts)],
                       check=True)
        with tempfile.TemporaryDirectory() as tmp:
            full = Path(tmp) / ts.name
            full.write_text(_with_helper_contexts(ts), encoding="utf-8")
            subprocess.run(["pyside6-lrelease", str(full), "-qm", str(ts.with_suffix(".qm"))],
                           check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
