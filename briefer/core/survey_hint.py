"""Whether a text may be a survey, told without parsing it (and without markdown-it).

Most texts imported or read are news articles; telling them from surveys by parsing
loaded markdown-it (15–25 ms of every ``briefer import`` and of reading a project
never opened) for a test that these two patterns answer for nearly all of them. Only a
text with both hints is parsed (``survey_parser.looks_like_survey``).
"""

from __future__ import annotations

import re

# A respondent's label: "R3:", "Expert 2 —", "Répondante A." (``survey_parser`` reads it)
WHO = (r"(?:R|P|E|Resp\.?|Respondent|Expert|Experte|Participant|Participante|Interviewee|"
       r"Informant|Panell?ist|Répondant|Répondante)")

# A heading (``#`` or underlined) or a line asking a question, and a list item or a
# respondent's label. Texts without both are articles.
_HEADING = re.compile(r"^ {0,3}(?:#{1,6}\s+\S|(?:=+|-+)[ \t]*$)|\?[*_ \t]*$", re.M)
_ITEM = re.compile(r"^ {0,3}(?:\d{1,9}[.)]|[-*+])[ \t]+\S|^ {0,3}[*_]{0,2}" + WHO +
                   r"[ \t]*#?[ \t]*(?:\d{1,4}|[A-Z])\b[*_]{0,2}[ \t]*[:.)—–-]",
                   re.M | re.IGNORECASE)


def might_be_survey(text: str) -> bool:
    """A fast first test (no parsing): False means "certainly not a survey"."""
    return bool(_HEADING.search(text) and _ITEM.search(text))
