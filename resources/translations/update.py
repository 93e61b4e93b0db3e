"""Refresh the translation files from the GUI sources, then compile them.

    python resources/translations/update.py

Runs ``pyside6-lupdate`` (new strings appear in briefer_fr.ts, marked
unfinished, for a translator to fill in with Qt Linguist or a text editor)
and ``pyside6-lrelease`` (writes briefer_fr.qm, which the application loads).

English needs a catalogue too, for its plural forms only: Qt shows
``tr("%n footnote(s)", "", n)`` as written unless a translation gives the
forms. briefer_en.ts holds just those strings (``lupdate -pluralonly``); their
forms are written here from the source text ("word(s)" → "word" / "words",
"entr(y|ies)"…), with ``EN_FORMS`` for the sentences whose verb agrees too.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = ("fr",)
# English sentences whose singular changes more than "(s)": source -> (one, other).
EN_FORMS: dict[str, tuple[str, str]] = {}
# Modules whose module-level ``tr()`` helper translates in a named context that
# lupdate cannot see; the compiled file also holds their strings in that context.
HELPER_CONTEXTS = {"commands/note.py": "NoteCommands", "commands/excerpts.py": "NoteCommands",
                   "spell_check.py": "SpellCheck", "window_parts.py": "MainWindow",
                   "server_open.py": "server_open", "recovery_offer.py": "FileController",
                   "opening_progress.py": "OpeningProgress"}


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


def french_spacing(text: str) -> str:
    """French typography in the compiled catalogue: a narrow no-break space before ; ! ?,
    a no-break space before : and inside « », so a line never starts with the sign. The
    .ts keeps plain spaces, which translators type."""
    def fix(match: re.Match[str]) -> str:
        inner = match.group(2)
        inner = re.sub(r" ([;!?])", "\u202f\\1", inner)
        inner = re.sub(r" :", "\u00a0:", inner)
        inner = inner.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
        return match.group(1) + inner + match.group(3)

    return re.sub(r"(<(?:translation|numerusform)[^>]*>)(.*?)(</(?:translation|numerusform)>)",
                  fix, text, flags=re.S)


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "briefer" / "gui").rglob("*.py"))
    for lang in LANGUAGES:
        ts = HERE / f"briefer_{lang}.ts"
        subprocess.run(["pyside6-lupdate", "-no-obsolete", *sources, "-ts", str(ts)],
                       check=True)
        with tempfile.TemporaryDirectory() as tmp:
            full = Path(tmp) / ts.name
            full.write_text(french_spacing(_with_helper_contexts(ts)), encoding="utf-8")
            subprocess.run(["pyside6-lrelease", str(full), "-qm", str(ts.with_suffix(".qm"))],
                           check=True)
    english()
    return 0


def english_forms(source: str) -> tuple[str, str]:
    """The singular and plural of an English source with "(s)" markers."""
    if source in EN_FORMS:
        return EN_FORMS[source]
    one = re.sub(r"\((?:s|es)\)", "", source)
    other = re.sub(r"\((s|es)\)", r"\1", source)
    for a, b in (("(is|are)", ("is", "are")), ("(was|were)", ("was", "were")),
                 ("(has|have)", ("has", "have"))):
        one, other = one.replace(a, b[0]), other.replace(a, b[1])
    # the verb that follows a plural subject: "%n source(s) lack" / "are" / "repeat"
    verbs = {" are ": " is ", " lack ": " lacks ", " repeat ": " repeats ", " go ": " goes ",
             " no longer match ": " no longer matches ", " were ": " was ", " have ": " has "}
    head, _, rest = one.partition("%n")
    subject, _, tail = rest.partition(" ")
    words = tail
    for many, single in verbs.items():
        if f" {words}".find(many) >= 0 and "(s)" in source.partition(many.strip())[0]:
            words = f" {words}".replace(many, single, 1)[1:]
            break
    one = f"{head}%n{subject} {words}" if rest else one
    return one, other


def english() -> None:
    """briefer_en.ts and .qm: the plural forms of the English strings (module notes)."""
    sources = sorted(str(p) for p in (ROOT / "briefer" / "gui").rglob("*.py"))
    ts = HERE / "briefer_en.ts"
    subprocess.run(["pyside6-lupdate", "-no-obsolete", "-pluralonly", "-source-language", "en",
                    "-target-language", "en", *sources, "-ts", str(ts)], check=True)
    text = ts.read_text(encoding="utf-8")

    def fill(match: re.Match[str]) -> str:
        source = html.unescape(match.group(2))
        one, other = english_forms(source)
        forms = "".join(f"\n            <numerusform>{html.escape(f, quote=False)}"
                        "</numerusform>" for f in (one, other))
        return f"{match.group(1)}<translation>{forms}\n        </translation>"

    text = re.sub(r'(<message numerus="yes">.*?<source>(.*?)</source>.*?)'
                  r'<translation[^>]*>.*?</translation>', fill, text, flags=re.S)
    ts.write_text(text, encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        full = Path(tmp) / ts.name
        full.write_text(_with_helper_contexts(ts), encoding="utf-8")
        subprocess.run(["pyside6-lrelease", str(full), "-qm", str(ts.with_suffix(".qm"))],
                       check=True)


if __name__ == "__main__":
    sys.exit(main())
