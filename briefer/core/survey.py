"""The expert survey: questions, numbered responses and their bold key phrases.

Every element records its character span ``[start, end)`` in the source text,
so a view can highlight it and an excerpt can be cut from it exactly.
The parser lives in ``core.survey_parser``.
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


@dataclass
class Question:
    id: str  # "q1"
    text: str  # heading text without the leading #
    start: int
    end: int
    responses: list[Response] = field(default_factory=list)


@dataclass
class Survey:
    source_id: str
    questions: list[Question] = field(default_factory=list)

    def response(self, response_id: str) -> Response | None:
        for question in self.questions:
            for response in question.responses:
                if response.id == response_id:
                    return response
        return None

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)
