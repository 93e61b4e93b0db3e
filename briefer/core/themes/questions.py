"""Reading a question: its short name, its parts, and whether it is closed.

* ``short_label`` names a question as an analyst would head it.
* ``question_parts`` splits a two-part question ("What is the main risk,
  and is it new?") so that each part is answered: the second part of such
  questions is usually closed ("is it new?", "is it urgent?").
* ``closed_choices`` tells a closed question ("Should Canada join…?", "Do
  you support or oppose…?", "Should Ottawa keep, repeal or suspend…?") and
  the positions it offers, for the tally (``themes.stance``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefer.core.survey_parser import QUESTION_NUMBER
from briefer.core.themes.words import STOP_WORDS, wordset

_LEAD_IN = re.compile(r"^(?:(?:in your (?:view|opinion|experience)|please|briefly|overall"
                      r"|selon vous|à votre avis),?\s+)+", re.IGNORECASE)
_APPRAISAL = re.compile(r"^(?:how|what)\s+(?:do|would|did)\s+you\s+(?:rate|assess|evaluate|judge"
                        r"|view|see|think\s+(?:of|about)|make\s+of)\s+", re.IGNORECASE)
_QUESTION_LEAD = re.compile(
    r"^(?:(?:in your (?:view|opinion|experience)|please|briefly|overall),?\s+)*"
    r"(?:(?:what|which|who|whom|whose|where|when|why|how(?:\s+(?:much|many|far|well))?)"
    r"(?:\s+(?:is|are|was|were|do|does|did|should|would|could|can|will|might|must|has|have"
    r"|kind\s+of|type\s+of|sort\s+of))?\s+|(?:describe|list|name|explain|identify)\s+)?"
    r"(?:(?:the|a|an|your|you|in\s+your\s+view)\s+)*",
    re.IGNORECASE,
)
_WH = wordset("what which who whom whose where when why how")
_HOW_DEGREE = wordset("much many far well long often")
_COPULA = wordset("is are was were")
_AUX = wordset("do does did should would could can will might must shall may has have had")
_NOT_PLURAL = ("ss", "us", "is", "ous")
_CUT_WORDS = wordset(
    "in between among for with to that which who on at from by against within across about "
    "regarding into over under")
_TRAILING = wordset(
    "the a an of and or to for in on at with by from about as is are be been that which "
    "whose your our their its this these those")
_SPLIT = re.compile(r"[?;:!]|,\s|\s[-–—]\s|\.(?:\s|$)")


def strip_numbering(text: str) -> str:
    """"1 – Which markets…" -> "Which markets…" (the parser's own numbering rule)."""
    clean = " ".join(text.split()).strip()
    match = QUESTION_NUMBER.match(clean)
    return clean[match.end():] if match else clean


def short_label(text: str, max_words: int = 6) -> str:
    """A short, editable name for a question, as an analyst would head it.

    * "What is/are ..." gives its noun phrase: "What is the most significant
      challenge in the trade relationship ...?" -> "Most significant challenge".
    * "Which <plural noun> <verb> ..." becomes a noun phrase too: "Which risks
      matter most for ...?" -> "Risks that matter most".
    * "How do you rate <X>?" (assess, judge, view ...) -> "Assessment of <X>".
    * Other questions ("Where should federal funding go first?", "Should
      Canada join…?") cannot be cut to a noun phrase without knowing the
      verb: they keep their question form, whole when it is short, else cut
      at a preposition — never in the middle of a phrase.
    * Numbering ("1 –", "Q3:") never makes or starts a label.
    """
    clean = _LEAD_IN.sub("", strip_numbering(text), count=1).strip()
    appraisal = _APPRAISAL.match(clean)
    if appraisal:
        clean = "Assessment of " + clean[appraisal.end():]
        max_words += 2
    head = _SPLIT.split(clean, maxsplit=1)[0].strip()
    words = head.split()
    if words and words[0].lower() in _WH and not appraisal:
        kind = _question_kind(words)
        if kind == "question":
            return _cut(words, max_words + 2, question=True)
        if kind == "relative":
            return _cut(words[1:], max_words)
    if words and words[0].lower() in _AUX | _COPULA | {"is", "are"} and not appraisal:
        return _cut(words, max_words + 6, question=True)
    rest = _QUESTION_LEAD.sub("", clean, count=1).strip()
    head = _SPLIT.split(rest, maxsplit=1)[0].strip()
    return _cut(head.split() or clean.split(), max_words)


def _question_kind(words: list[str]) -> str:
    """How a wh-question reads best as a label: "noun" (drop the wh-word),
    "relative" (``words`` is rewritten to "<noun> that <verb> ...") or "question"."""
    lower = [w.lower() for w in words]
    k = 2 if len(lower) > 1 and lower[0] == "how" and lower[1] in _HOW_DEGREE else 1
    if k >= len(lower) or lower[k] in _COPULA:
        return "noun"
    if lower[k] in ("kind", "type", "sort") and lower[k + 1:k + 2] == ["of"]:
        return "question"  # "What kind of support ..." names nothing on its own
    if any(w in _AUX for w in lower[k:k + 4]):
        return "question"
    if lower[0] == "which":
        for j in range(k, min(k + 3, len(lower) - 1)):
            noun, verb = words[j], words[j + 1]
            plural = noun.islower() and noun.endswith("s") and not noun.endswith(_NOT_PLURAL)
            bare = verb.isalpha() and verb.islower() and not verb.endswith("s") \
                and verb not in STOP_WORDS and verb not in _CUT_WORDS
            if (plural and bare) or verb.lower() in _COPULA:
                words[:] = [*words[:j + 1], "that", *words[j + 1:]]
                return "relative"
        return "noun"
    return "question"


def _cut(words: list[str], limit: int, question: bool = False) -> str:
    """A label of about ``limit`` words, cut only at a preposition, never mid-phrase.

    A noun phrase is cut at its first preposition after three words ("Area
    of shared interest [among …]"). A question is kept whole, with its "?",
    when it is short; a longer one is cut at a preposition, else kept whole
    up to a few words more, else shortened with an ellipsis that says so.
    """
    if not words:
        return ""
    total = len(words)
    cut = next((i for i, w in enumerate(words) if i >= 3 and w.lower() in _CUT_WORDS), None)
    ellipsis = False
    if question and len(words) <= limit:
        cut = None
    if cut is not None and (not question or cut <= limit):
        words = words[:cut]
    elif len(words) > limit + 6:
        words, ellipsis = words[:limit], True
    whole = question and len(words) == total
    while len(words) > 1 and words[-1].lower() in _TRAILING:
        words.pop()
    label = " ".join(words).strip(" ,.")
    label = label[:1].upper() + label[1:]
    return label + ("?" if whole and not label.endswith("?") else "") + ("…" if ellipsis else "")


# -- parts ----------------------------------------------------------------------------

_PART_BREAK = re.compile(
    r"(?:,\s*|\s+)(?:and|et)\s+(?=(?:if\s+so|is|are|was|were|do|does|did|should|would|will|can"
    r"|could|has|have|what|which|why|how|where|when|who|to\s+what\s+extent|est-ce|est-il"
    r"|est-elle|s'agit-il|pourquoi|comment|quel|quelle|quels|quelles|faut-il|devrait-on"
    r"|si\s+oui)\b)"
    r"|[?]\s+(?=\S)|;\s*(?=(?:if\s+so|and|what|which|why|how|is|are|should|do|si\s+oui)\b)",
    re.IGNORECASE)


def question_parts(text: str) -> list[str]:
    """The parts of a question that asks two things (at most two), else the question.

    "What is the main risk, and is it new?" -> ["What is the main risk",
    "is it new?"]; "Which tool works best? Why?" -> ["Which tool works best?",
    "Why?"]. A part must have a word besides its question word to stand
    alone ("…, and why?" is a part; "pros and cons" is not split).
    """
    clean = strip_numbering(text)
    for match in _PART_BREAK.finditer(clean):
        first = clean[:match.start()].strip(" ,;")
        second = clean[match.end():].strip()
        if len(first.split()) >= 3 and second and re.search(r"\w", second) \
                and (first.endswith("?") or "?" in second or clean.rstrip().endswith("?")):
            return [first, second]
    return [clean]


# -- closed questions ---------------------------------------------------------------------

_CLOSED_LEAD = re.compile(
    r"^(?:in your (?:view|opinion),?\s+|overall,?\s+|and\s+|et\s+)?"
    r"(?:what\s+is\s+your\s+(?:position|view|stance|opinion)\s+on|your\s+(?:position|view)\s+on"
    r"|should|shall|would|will|do|does|did|is|are|was|were|can|could|has|have|must|may"
    r"|faut-il|devrait-on|doit-on|peut-on|êtes-vous|etes-vous|est-ce\s+que|est-ce|est-il"
    r"|est-elle|appuyez-vous|souhaitez-vous|y\s+a-t-il|le\s+canada\s+devrait-il"
    r"|ottawa\s+devrait-il|le\s+gouvernement\s+devrait-il|s'agit-il)\b",
    re.IGNORECASE)
_OPEN_CLOSED = re.compile(r"^(?:is|are)\s+there\s+(?:anything|any\s+other|other)|"
                          r"^(?:do|does)\s+you\s+have\s+(?:any|other)|^anything", re.IGNORECASE)
_OPTION_VERBS = wordset("""
keep maintain retain repeal abolish scrap remove eliminate end suspend pause freeze extend
renew expand reform lower raise increase reduce cut support oppose accept reject join leave
drop lift tighten wait renegotiate ratify delay postpone withdraw carve
sign ratify delay maintenir abolir supprimer suspendre prolonger réformer appuyer soutenir
rejeter accepter adhérer garder conserver élargir réduire augmenter abaisser hausser retirer
""")


_PARTICIPLES = {"kept": "keep", "cut": "cut", "ended": "end", "lowered": "lower",
                "raised": "raise", "removed": "remove", "repealed": "repeal", "scrapped": "scrap",
                "suspended": "suspend", "extended": "extend", "renewed": "renew",
                "expanded": "expand", "reformed": "reform", "abolished": "abolish",
                "maintained": "maintain", "retained": "retain", "reduced": "reduce",
                "increased": "increase", "eliminated": "eliminate", "paused": "pause",
                "frozen": "freeze", "dropped": "drop", "lifted": "lift", "tightened": "tighten",
                "maintenu": "maintenir", "supprimé": "supprimer", "suspendu": "suspendre",
                "réformé": "réformer", "aboli": "abolir", "prolongé": "prolonger"}


# Position words that name one position ("scrap it" is "repeal").
OPTION_CANON = {"abolish": "repeal", "scrap": "repeal", "remove": "repeal",
                   "eliminate": "repeal", "end": "repeal", "maintain": "keep", "retain": "keep",
                   "renew": "extend", "reduce": "lower", "cut": "lower", "increase": "raise",
                   "maintenir": "keep", "garder": "keep", "conserver": "keep", "abolir": "repeal",
                   "supprimer": "repeal", "suspendre": "suspend", "prolonger": "extend",
                   "réformer": "reform", "appuyer": "support", "soutenir": "support",
                   "rejeter": "oppose", "drop": "repeal", "lift": "repeal",
                   "tighten": "raise", "pause": "suspend", "freeze": "suspend",
                   "accept": "support", "reject": "oppose", "carve": "repeal"}


def _option_verb(word: str) -> str:
    lower = word.lower()
    return _PARTICIPLES.get(lower, lower)


@dataclass(frozen=True)
class Closed:
    """A closed question (part): yes / no, or a choice among named positions."""

    options: tuple[str, ...] = ()  # ("keep", "repeal", "suspend"); () for yes / no
    predicate: str = ""  # for "is it new?": the word asked about ("new")
    proposal: str = ""  # for yes / no: the position proposed ("repeal" for "drop the target")
    alternatives: tuple[str, ...] = ()  # "retaliate…, or negotiate…?": the two courses named


def offered_options(text: str) -> tuple[str, ...]:
    """The positions a question offers by name: "keep, lower or repeal it",
    "Ratify now, wait, or renegotiate?", "support or oppose" (at least two
    position verbs joined by "or")."""
    words = re.findall(r"[\w'-]+", text.lower())
    found = [(k, _option_verb(w)) for k, w in enumerate(words) if _option_verb(w) in _OPTION_VERBS]
    if len(found) < 2:
        return ()
    first, last = found[0][0], found[-1][0]
    if not any(w in ("or", "ou") for w in words[first:last]):
        return ()
    return tuple(dict.fromkeys(verb for _, verb in found))[:4]


def answer_options(texts: Sequence[str]) -> tuple[str, ...]:
    """Positions read off the answers when most open with one ("Keep it.", "Scrap it")."""
    firsts = [_option_verb((re.findall(r"[\w'-]+", t.lower()) or [""])[0]) for t in texts]
    named = [OPTION_CANON.get(w, w) for w in firsts if w in _OPTION_VERBS]
    if len(named) < 0.5 * len(texts) or len(set(named)) < 2:
        return ()
    return tuple(sorted(set(named), key=lambda w: (-named.count(w), named.index(w))))[:4]


def closed_choices(part: str) -> Closed | None:
    """The positions a closed question offers, or None for an open question."""
    clean = " ".join(strip_numbering(part).split())
    offered = offered_options(clean)
    if offered:
        return Closed(options=offered)
    graded = re.match(r"^(?:and\s+|et\s+)?(?:how|à\s+quel\s+point|a\s+quel\s+point)\s+"
                      r"(urgent|urgente|soon|new|nouveau|nouvelle|serious|pressing|likely"
                      r"|lasting|permanent|temporary|quickly|fast|rapidly)\b", clean,
                      re.IGNORECASE)
    if graded:
        return Closed(predicate=graded.group(1).lower())
    who = re.match(r"^(?:and\s+|et\s+)?(?:who|qui)\s+(?:should|will|would|must|ought\s+to"
                   r"|is\s+to|devrait|doit|devraient|doivent|va)\s+(?:(pay|fund|finance|bear"
                   r"|cover|foot|payer|financer|assumer)|lead|run|coordinate|decide|own"
                   r"|be\s+responsible|diriger|piloter|coordonner)", clean, re.IGNORECASE)
    if who:
        return Closed(predicate="who-pays" if who.group(1) else "who")
    if _OPEN_CLOSED.search(clean) or not _CLOSED_LEAD.search(clean):
        return None
    options: tuple[str, ...] = ()
    predicate = ""
    verbs = [OPTION_CANON.get(_option_verb(w), _option_verb(w))
             for w in re.findall(r"[\w'-]+", clean.lower())]
    proposed = [v for v in verbs if v in _OPTION_VERBS]
    # "Do you support carving X out?": the proposal is what is supported
    proposal = next((v for v in proposed if v not in ("support", "oppose")), "") or \
        (proposed[0] if proposed else "")
    m = re.match(r"^(?:and\s+|et\s+)?(?:is|are|was|were|est-ce|est-il|est-elle)\s+"
                 r"(?:it|this|that|they|these|the\s+\w+|ce|cela|il|elle)?\s*"
                 r"(?:(?:un|une|a|an|getting|becoming|still)\s+)?"
                 r"(?:(?:phénomène|problème|issue|problem|risk|risque)\s+)?([\w'-]+)",
                 clean, re.IGNORECASE)
    if m and m.group(1).lower() not in STOP_WORDS:
        predicate = m.group(1).lower()
    return Closed(options=options, predicate=predicate, proposal=proposal,
                  alternatives=alternatives(clean))


_ALT_LEAD = re.compile(r"^(?:and\s+|et\s+)?(?:should|shall|would|will|can|could|must|do|does|is"
                       r"|are|faut-il|devrait-on|doit-on)\s+", re.IGNORECASE)
_ALT_OR = re.compile(r",?\s+(?:or|ou)\s+(?:should\s+(?:it|they|we|canada|ottawa)\s+|rather\s+)?",
                     re.IGNORECASE)
_ALT_STOP = re.compile(r",|;|\s+(?:if|when|unless|while|because|once|given|si|lorsque|quand"
                       r"|parce)\s+", re.IGNORECASE)
_SUBJECT = re.compile(r"^(?:(?:the|our|its|le|la|les)\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}"
                      r"|^(?:we|you|it|they|i|on|nous|vous)\s+")


def alternatives(question: str) -> tuple[str, ...]:
    """The two courses a question sets against each other: "Should Canada retaliate with
    counter-tariffs, or negotiate a quota first?" -> ("retaliate with counter-tariffs",
    "negotiate a quota first"). Words in brackets ("(the EPTA, or a full CEPA)") and
    "…, or not?" name no alternative."""
    clean = re.sub(r"\([^)]*\)", " ", " ".join(question.split())).strip().rstrip("?. ")
    lead = _ALT_LEAD.match(clean)
    if lead is None:
        return ()
    pieces = _ALT_OR.split(clean[lead.end():])
    if len(pieces) != 2:
        return ()
    first, second = pieces
    if " be " in f" {first} ":
        first = first.split(" be ", 1)[1] if " be " in first else first
    else:
        first = _SUBJECT.sub("", first, count=1)
    first = _ALT_STOP.split(first)[0].strip()
    second = _ALT_STOP.split(second)[0].strip()
    result = []
    for alt in (first, second):
        words = re.findall(r"[\w'-]+", alt.lower())
        if not words or len(words) > 12 or words[0] in ("not", "no", "pas", "non") \
                or all(w in STOP_WORDS for w in words):
            return ()
        result.append(alt)
    return tuple(result)


_ACTION = re.compile(
    r"\b(?:should|shall|must|recommend\w*|strateg\w*|leverage|levers?|tools?|respond|response"
    r"|priorit\w*|approach|measures?|actions?|do\s+first|do\s+now|ask\s+(?:of|for)|how\s+(?:can|could"
    r"|should|do|would|might)|devrait|devraient|faut-il|doit|comment|recommand\w*"
    r"|levier\w*|mesures?)\b", re.IGNORECASE)
_RISK = re.compile(r"\b(?:risks?|worr\w*|threats?|concerns?|challenges?|impacts?|happen\w*"
                   r"|effects?|consequences?|danger\w*|risques?|menaces?|effets?)\b",
                   re.IGNORECASE)


def asks_what_to_do(text: str) -> bool:
    """A question about a course of action ("What should Ottawa do?"), not about a risk."""
    return bool(_ACTION.search(text)) and not _RISK.search(text)
