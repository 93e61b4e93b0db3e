"""The analyst's typed prose set as an editor would set it: curly quotes, French spacing, links.

Analysts type straight quotes (" and ') and ordinary spaces; a Minister's
office sends back a note that prints them. ``smarten`` turns the runs of
typed prose (paragraphs, lead-ins, paraphrases) into curly quotation marks and
apostrophes — “ ” ‘ ’ in English; « » with narrow no-break spaces, ’, and the
no-break space French puts before ; : ! ? in a French note. ``link_bare_urls``
makes a web address typed as text a link. Code and web addresses are never
touched, and neither are quotations from sources: their words are the source's.
"""

from __future__ import annotations

import re

from briefer.export.markdown_runs import Run

NNBSP = "\u202f"  # narrow no-break space: inside « », before ; ! ?
NBSP = "\u00a0"  # no-break space: before :

# Characters after which a quotation mark opens (else it closes).
_OPENING_CONTEXT = "([{<‘“«—–-/"
_SPACES = " \t\n" + NBSP + NNBSP
_CLOSING = "»”’)]}"
_AFTER_WORD = "\"'.,;:!?)]}»”’"  # what may follow a closing quote or a French ; : ! ?

# A web address typed as text. Trailing punctuation is the sentence's, not the address's.
_URL = re.compile(r"(?<![\w@/.])(?:https?://|www\.)[^\s<>\"“”«»]+", re.I)
_TRAILING = ".,;:!?'’\")]}"


def is_french(language: str) -> bool:
    """"fr-CA", "fr_CA", "fr": the note is written in French."""
    return language.replace("_", "-").split("-")[0].lower() == "fr"


def _opaque(run: Run) -> bool:
    """Code and web addresses keep every character (a link's own words do not)."""
    if run.code:
        return True
    return bool(run.url) and (run.text.strip() in run.url or "://" in run.text
                              or run.text.lower().startswith("www."))


def link_bare_urls(runs: list[Run]) -> list[Run]:
    """Runs with each web address typed as plain text made a link to itself."""
    out: list[Run] = []
    for run in runs:
        if run.code or run.url:
            out.append(run)
            continue
        last = 0
        newline = run.newline
        for match in _URL.finditer(run.text):
            address = _trim_url(match.group())
            if not address or "." not in address.split("//")[-1]:
                continue
            begin, end = match.start(), match.start() + len(address)
            if begin > last:
                out.append(Run(run.text[last:begin], run.bold, run.italic, newline=newline))
                newline = False
            href = address if "://" in address else "https://" + address
            out.append(Run(address, run.bold, run.italic, url=href, newline=newline))
            newline = False
            last = end
        if last == 0:
            out.append(run)
        elif last < len(run.text):
            out.append(Run(run.text[last:], run.bold, run.italic))
    return out


def _trim_url(address: str) -> str:
    """An address without the punctuation that ends the sentence around it."""
    while address and address[-1] in _TRAILING:
        if address[-1] == ")" and address.count("(") >= address.count(")"):
            break  # a parenthesis of the address itself (Wikipedia-style)
        address = address[:-1]
    return address


def smarten(runs: list[Run], language: str = "en-CA") -> list[Run]:
    """Typed prose with curly quotation marks and apostrophes, and French spacing in French.

    Whether a straight quote opens or closes is read from the characters on
    either side, across runs (the quote before a bold phrase is in another
    run), and from whether one is open. Code and web addresses are left as
    typed, and count as words for their neighbours.
    """
    french = is_french(language)
    # the text as one stream: each opaque run stands for a word
    # (character, run index): -1 stands in for an opaque run, -2 for a line break
    stream: list[tuple[str, int]] = []
    for index, run in enumerate(runs):
        if run.newline:
            stream.append(("\n", -2))
        if _opaque(run):
            stream.append(("x", -1))
        else:
            stream.extend((ch, index) for ch in run.text)
    pieces: list[list[str]] = [[] for _ in runs]  # each run's new text, piece by piece
    last = -1  # the run that got the last piece (-1: none, or an opaque run came since)
    skip_space = quoting = False
    for at, (ch, index) in enumerate(stream):
        if index < 0:  # printed as it is, by its own run
            skip_space, last = False, -1
            continue
        before = stream[at - 1][0] if at else ""
        after = stream[at + 1][0] if at + 1 < len(stream) else ""
        if skip_space and ch in _SPACES:
            continue  # the space typed inside « gives way to a narrow one
        skip_space = False
        out = ch
        if ch == '"':
            closes = quoting and (not after or after in _SPACES or after in _AFTER_WORD)
            opens = not closes and (not before or before in _SPACES
                                    or before in _OPENING_CONTEXT)
            quoting = opens
            out = ("«" if opens else "»") if french else ("“" if opens else "”")
        elif ch == "'":
            out = _apostrophe(before, after, french)
        if french:
            if out == "«":
                skip_space = True
                out += NNBSP
            elif out == "»" or (out in (";", "!", "?", ":") and _spaced(before, after)):
                if last >= 0 and pieces[last] and pieces[last][-1] in _SPACES:
                    pieces[last].pop()
                out = (NBSP if out == ":" else NNBSP) + out
        pieces[index].append(out)
        last = index
    result: list[Run] = []
    for index, run in enumerate(runs):
        if _opaque(run):
            result.append(run)
        else:
            text = "".join(pieces[index])
            if text or run.newline:
                result.append(Run(text, run.bold, run.italic, run.code, run.url, run.newline))
    return result


def _apostrophe(before: str, after: str, french: bool) -> str:
    """A typed ' as printed: an apostrophe or closing quote ’, or an opening ‘ (English)."""
    opening = not before or before in _SPACES or before in _OPENING_CONTEXT
    if french or not opening or after.isdigit():
        return "’"  # l’État, the minister’s, the ’90s, or a closing quote
    return "‘"


def _spaced(before: str, after: str) -> bool:
    """True where French puts a space before ; : ! ? (never in 14:30 or a?b)."""
    if not before or before in "!?;:":
        return False
    return not after or after in _SPACES or after in _CLOSING or after in _AFTER_WORD
