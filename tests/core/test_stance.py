"""Closed questions get a tally, two-part questions are answered in both parts, and an
answer that rejects an idea is not counted for it — in English and in French."""

from __future__ import annotations

import pytest

from briefer.core.survey import Question, Response
from briefer.core.themes import find_themes
from briefer.core.themes.questions import closed_choices, question_parts
from briefer.core.themes.stance import answer_stance

YES_NO = {
    "Yes.": "yes", "Yes, quickly.": "yes", "Absolutely.": "yes", "Of course; it is overdue.": "yes",
    "I would support it.": "yes", "Strongly support.": "yes", "In favour.": "yes",
    "Oui.": "yes", "Oui, sans hésiter.": "yes", "Without question.": "yes", "Agreed.": "yes",
    "Strongly agree — one minister, one budget.": "yes", "Yep, for the fertilizer side.": "yes",
    "Electricity is our best card, and a bigger market makes it stronger. So yes.": "yes",
    "Yes, but there is no rush.": "yes",
    "No.": "no", "Never.": "no", "No, not now.": "no", "Definitely not.": "no",
    "Not at all.": "no", "I would oppose it.": "no", "I would not support it.": "no",
    "Non.": "no", "Non, pas maintenant.": "no", "Jamais.": "no", "Je m'y oppose.": "no",
    "Bad idea; it would backfire.": "no", "Not yet.": "no", "Opposed.": "no",
    "No — the costs are too high.": "no", "Not convinced. The cost would be prohibitive.": "no",
    "Disagree. Reorganizing would cost us three years.": "no", "Not at this time.": "no",
    "I understand the appeal, but on balance I'd say no.": "no", "nah": "no",
    "Only if the US does the same.": "conditional",
    "Not unless the provinces agree.": "conditional",
    "Yes, but only if Mexico stays in.": "conditional",
    "Oui, mais seulement si les provinces sont d'accord.": "conditional",
    "It depends on the terms.": "conditional", "Depends who owns the transmission.": "conditional",
    "Ça dépend de ce que la France demande.": "conditional",
    "Yes, if compensation is paid.": "conditional", "Provided the quota floats.": "conditional",
    "Yes, once the tariffs are lifted.": "conditional",
    "Not while the tariffs stay.": "conditional",
    "Oui, mais avec la gestion de l'offre protégée.": "conditional",
    "Good idea in principle, but the grid isn't built for it yet.": "conditional",
    "Maybe.": None, "Too early to say.": None, "Neutral.": None,
}


@pytest.mark.parametrize("answer, stance", YES_NO.items())
def test_answer_stance(answer: str, stance: str | None) -> None:
    assert answer_stance(answer) == stance


def test_a_no_that_is_not_a_condition() -> None:
    # "depends" later in an answer that opens with "No" is a word, not a condition
    assert answer_stance("No, the EU's own project depends on the model staying intact.") == "no"


def test_answers_to_a_proposal() -> None:
    """To "Should Ottawa drop the target?", "Keep it" is a no and "Drop it" a yes."""
    closed = closed_choices("Do you agree that Ottawa should drop the emissions target?")
    assert closed is not None and closed.proposal == "repeal"
    assert answer_stance("Keep it. Buyers will ask about emissions anyway.", closed.proposal) \
        == "no"
    assert answer_stance("Drop it.", closed.proposal) == "yes"


@pytest.mark.parametrize("question, options", [
    ("Should Ottawa keep, repeal or suspend the surtax?", ("keep", "repeal", "suspend")),
    ("What should Canada do with its surtax: keep it, lower it, or repeal it?",
     ("keep", "lower", "repeal")),
    ("Should the tariffs be kept, lowered or removed?", ("keep", "lower", "remove")),
    ("Ratify now, wait, or renegotiate?", ("ratify", "wait", "renegotiate")),
    ("Do you support or oppose a digital services tax?", ("support", "oppose")),
])
def test_questions_offering_positions(question: str, options: tuple[str, ...]) -> None:
    closed = closed_choices(question)
    assert closed is not None and closed.options == options


@pytest.mark.parametrize("question", [
    "Which markets matter most?", "What should Ottawa do first?",
    "Is there anything else you would like to add?", "How do you rate the strategy?",
])
def test_open_questions_are_not_closed(question: str) -> None:
    assert closed_choices(question) is None


@pytest.mark.parametrize("question, parts", [
    ("What is the main risk, and is it new?", ["What is the main risk", "is it new?"]),
    ("Which tool works best, and why?", ["Which tool works best", "why?"]),
    ("Which port should come first, and who should pay?",
     ["Which port should come first", "who should pay?"]),
    ("Quel est le principal risque, et est-il nouveau ?",
     ["Quel est le principal risque", "est-il nouveau ?"]),
    ("What are the pros and cons of a quota?", ["What are the pros and cons of a quota?"]),
])
def test_two_part_questions(question: str, parts: list[str]) -> None:
    assert question_parts(question) == parts


def _question(text: str, answers: list[str]) -> Question:
    question = Question(id="q1", text=text, start=0, end=0)
    question.responses = [Response(id=f"q1.r{k}", number=k, text=t, start=0, end=0)
                          for k, t in enumerate(answers, start=1)]
    return question


def _tally(themes: list, part: int = 0) -> dict[str, list[str]]:
    return {t.label: t.response_ids for t in themes if t.kind == "stance" and t.part == part}


def test_keep_reform_abolish_tally_with_conditions() -> None:
    themes = find_themes(_question("Should Canada keep, reform or abolish supply management?", [
        "Keep it.", "Maintain the system as it is.", "Reform the quotas.", "Scrap it entirely.",
        "Abolish it, but only with full compensation for farmers.",
        "Maintenir la gestion de l'offre.", "n/a"]))
    assert _tally(themes) == {"Keep": ["q1.r1", "q1.r2", "q1.r6"], "Reform": ["q1.r3"],
                              "Abolish": ["q1.r4"], "Conditional": ["q1.r5"]}


def test_second_part_tallies() -> None:
    new = find_themes(_question("What is the main risk, and is it new?", [
        "Duties on lumber. Nothing new: we have been here since 1982.",
        "A national-security tariff; this is new territory.",
        "Weak housing starts; that cycle is not new.",
        "Les tarifs chinois sur le homard. C'est nouveau.",
        "Pas nouveau : le marché américain domine depuis des décennies."]), )
    assert _tally(new, 1) == {"Not new": ["q1.r1", "q1.r3", "q1.r5"],
                              "New": ["q1.r2", "q1.r4"]}
    pay = find_themes(_question("Which port should come first, and who should pay?", [
        "Churchill; Ottawa should pay.", "Iqaluit, funded by the federal government.",
        "Tuktoyaktuk, with user fees from shippers.", "A P3: cost-sharing with industry.",
        "Churchill, shared between Ottawa and the mines."]))
    assert _tally(pay, 1) == {"Government": ["q1.r1", "q1.r2"],
                              "Industry / users": ["q1.r3"],
                              "Shared": ["q1.r4", "q1.r5"]}


def test_an_answer_rejecting_an_idea_is_not_its_support() -> None:
    themes = find_themes(_question("What should Ottawa do now?", [
        "Negotiate a settlement; litigation alone has failed.",
        "Keep litigating at the WTO panels.", "More litigation, and faster.",
        "Litigation through the panels, again.", "Rather than litigation, negotiate."]))
    litigation = next(t for t in themes if "litigation" in t.label.lower()
                      or "litigat" in " ".join(t.terms))
    assert "q1.r1" not in litigation.response_ids and "q1.r5" not in litigation.response_ids
    assert set(litigation.disagree_ids) == {"q1.r1", "q1.r5"}
    assert litigation.count_label(5).endswith("· 2 disagree")


def test_french_answers_join_english_ones() -> None:
    themes = find_themes(_question("Which markets should Canada prioritise?", [
        "Asian markets, Japan first.", "Les marchés asiatiques, surtout le Japon.",
        "The Indo-Pacific.", "L'Indo-Pacifique, grâce au PTPGP.", "Mexico."]))
    asia = themes[0]
    assert asia.response_ids == ["q1.r1", "q1.r2", "q1.r3", "q1.r4"]
    prices = find_themes(_question("What is the main cause of shortages?", [
        "Low prices.", "Les prix trop bas des génériques.", "Quality failures at plants.",
        "Manufacturing problems at two plants.", "Prices set too low by the pCPA."]))
    assert any(t.response_ids == ["q1.r1", "q1.r2", "q1.r5"] for t in prices)


@pytest.mark.parametrize(("question", "alternatives"), [
    ("Should Ottawa subsidize the new terminal, or leave it to the private sector?",
     ("subsidize the new terminal", "leave it to the private sector")),
    ("Should the levy be paid by importers, or absorbed by the federal budget?",
     ("paid by importers", "absorbed by the federal budget")),
    ("Should Canada sign the deal (the CPTPP, or a bilateral) this year?", ()),
    ("Should Canada join, or not?", ()),
    ("Which matters more, price or volume?", ()),
])
def test_questions_setting_two_courses_against_each_other(question: str,
                                                          alternatives: tuple) -> None:
    closed = closed_choices(question)
    assert (closed.alternatives if closed else ()) == alternatives


def test_a_tally_of_two_courses_reads_words_negation_and_ordinals() -> None:
    answers = ["Subsidize it; nobody else will build it.",
               "Leave it to the private sector.",
               "Private investors should carry it, not taxpayers.",
               "Don't subsidize, the port authority can borrow.",
               "The second option, clearly.",
               "Subventionner le terminal, sans hésiter.",
               "Only if the province matches the money.",
               "Neither: the terminal is not needed."]
    question = _question("Should Ottawa subsidize the new terminal, or leave it to the "
                         "private sector?", answers)
    themes = {t.label: [int(r.split("r")[-1]) for r in t.response_ids]
              for t in find_themes(question) if t.kind == "stance"}
    assert themes["Subsidize the new terminal"] == [1, 6]
    assert themes["Leave it to the private sector"] == [2, 3, 4, 5]
    assert themes["Conditional"] == [7]
    assert themes["Neither"] == [8]
