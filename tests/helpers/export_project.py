"""A realistic project for the export tests, built directly from core classes: two
articles with full metadata, one bare article, the sample survey, and a note using them."""

from __future__ import annotations



from briefer.bundled import seeds_dir
from briefer.core.excerpt import make_excerpt
from briefer.core.note import (
    BriefingNote,
    NoteMeta,
    NoteSection,
    new_excerpt_block,
    new_prose,
)
from briefer.core.project import Project
from briefer.core.source import Source, SourceKind, SourceMeta

ARTICLE_A = (
    "Canadian officials are now discussing how the strategy might be reworked.\n\n"
    "Joseph Pickerill, a spokesman for Canada’s trade minister, said Monday “there is still "
    "some work to be done.”\n\nThe government has insisted on labour and environment chapters.\n"
)
ARTICLE_B = (
    "Steel and aluminum tariffs imposed by Washington hit Ontario plants hard this spring.\n\n"
    "Plant managers said orders fell by a third within weeks.\n"
)


def _excerpt(project: Project, source_id: str, words: str):
    source = project.sources[source_id]
    start = source.text.index(words)
    excerpt = make_excerpt(source_id, source.text, start, start + len(words))
    project.excerpts[excerpt.id] = excerpt
    return excerpt


def build_project() -> Project:
    """Two articles with full metadata, one bare article, the sample survey, a note."""
    survey_path = next(seeds_dir().glob("004_*.txt"))
    sources = {
        "hill": Source(id="hill", text=ARTICLE_A, meta=SourceMeta(
            type="article-newspaper", title="Canada rethinks its progressive trade agenda",
            container_title="The Hill Times", author=[{"family": "Smith", "given": "Jane"}],
            issued={"date-parts": [[2018, 3, 5]]}, URL="https://example.com/hill")),
        "steel": Source(id="steel", text=ARTICLE_B, meta=SourceMeta(
            type="article-newspaper", title="Tariffs hit Ontario plants",
            container_title="Reuters", issued="2019-06-02")),
        "bare": Source(id="bare", text="Officials met in Ottawa on Tuesday to review the file.\n"),
        "survey": Source(id="survey", text=survey_path.read_text(encoding="utf-8"),
                         kind=SourceKind.SURVEY, filename="survey.md"),
    }
    project = Project(name="Sample", sources=sources)
    quote_a = _excerpt(project, "hill", "there is still some work to be done.")
    quote_b = _excerpt(project, "steel", "Plant managers said orders fell by a third within weeks.")
    bare = _excerpt(project, "bare", "Officials met in Ottawa on Tuesday")
    survey_text = sources["survey"].text
    phrase = "The degree to which **US domestic politics are driving American trade policy**"
    start = survey_text.index(phrase)
    answer = make_excerpt("survey", survey_text, start, survey_text.index("\n", start))
    project.excerpts[answer.id] = answer
    again = _excerpt(project, "hill", "The government has insisted on labour and environment "
                                      "chapters.")

    note = BriefingNote(
        meta=NoteMeta(to="Minister of International Trade", from_="Director General, Trade Policy",
                      subject="Managing the Canada–US trade relationship", date="2026-11-21",
                      file_number="TPD-2026-0147", classification="PROTECTED B",
                      purpose="decision", prepared_by="Jane Analyst", contact="613-555-0100"),
        template="briefing-note",
        sections=[
            NoteSection(id="s1", title="Purpose", blocks=[
                new_prose("To seek your **decision** on the *approach* to the review.")]),
            NoteSection(id="s2", title="Background", blocks=[
                new_prose("Three points:\n\n- first **point**\n- second point\n"
                          "  - a nested point\n\n1. one\n2. two"),
                new_excerpt_block(quote_a.id, lead_in="As the minister’s spokesman put it:"),
                new_excerpt_block(quote_b.id),
                new_prose("1. again one\n2. again two"),
            ]),
            NoteSection(id="s3", title="Current Status", blocks=[]),
            NoteSection(id="s4", title="Key Considerations", blocks=[
                new_excerpt_block(answer.id),
                new_excerpt_block(again.id, mode="paraphrase",
                                  paraphrase="Ottawa has **insisted** on labour chapters."),
                new_excerpt_block(bare.id, mode="paraphrase",
                                  paraphrase="Officials reviewed the file this week."),
            ]),
        ],
    )
    project.note = note
    return project
