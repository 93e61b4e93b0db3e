"""The expert survey: questions, numbered responses and their bold key phrases.

Every element records its character span ``[start, end)`` in the source text,
so a view can highlight it and an excerpt can be cut from it exactly.
The parser lives in ``core.survey_parser``; it also records ``Survey.marks``,
the spans the reader highlights, so the reader and the outline always agree
on what the survey's structure is (one survey grammar).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class KeyPhrase:
    text: str  # the phrase as shown (no ** markers)
    start: int  # span of the phrase's text, markers excluded
    end: int


@dataclass
class Response:
    id: str  # "q1.r3": question 1, third answer (stable across re-parsing)
    number: int  # the respondent's number as written ("3." or "3)"), else its position
    text: str  # plain text: markers removed, wrapped lines joined with spaces
    start: int  # span of the answer's content in the source (list marker excluded)
    end: int
    key_phrases: list[KeyPhrase] = field(default_factory=list)
    # "n/a", "No comment", "—": the respondent gave no view. Such answers stay
    # visible and citable but count in no theme and in no total.
    no_answer: bool = False


@dataclass
class Question:
    id: str  # "q1"
    text: str  # heading text without the leading # (numbering kept, as written)
    start: int
    end: int
    responses: list[Response] = field(default_factory=list)

    @property
    def answered(self) -> list[Response]:
        """The responses that give a view (not "n/a")."""
        return [r for r in self.responses if not r.no_answer]


# Roles of the spans in ``Survey.marks``.
MARK_HEADING = "heading"  # a question's text
MARK_TITLE = "title"  # the survey's title heading
MARK_MARKER = "marker"  # Markdown syntax: #, underlines, ** and __
MARK_NUMBER = "number"  # a response's list marker ("3.", "-")
MARK_KEY = "key"  # a key phrase


@dataclass
class Survey:
    source_id: str
    questions: list[Question] = field(default_factory=list)
    title: str = ""  # from front matter or a title heading above the questions
    marks: list[tuple[int, int, str]] = field(default_factory=list)  # sorted (start, end, role)

    def response(self, response_id: str) -> Response | None:
        for question in self.questions:
            for response in question.responses:
                if response.id == response_id:
                    return response
        return None

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)
