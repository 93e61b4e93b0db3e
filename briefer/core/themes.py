"""Finding themes in survey answers: the automatic first draft of the outline.

A theme is a group of responses to one question that share a salient idea
("5 of 7 respondents name US domestic politics"). The method is deliberately
simple, deterministic and explainable, so an analyst can trust and then edit it:

1. **Terms.** Each response is cut into clauses at punctuation and into words.
   Words are lightly normalised: lower case, possessives dropped, plurals and
   common suffixes folded (politics / political / politically -> ``politic``),
   a few equivalences (U.S. / US / United States -> ``us``, Chinese -> china).
   Stop-words, content-light words ("approach", "issue") and words that merely
   repeat the question are not terms. Terms are single words and pairs of
   adjacent words ("climate change", "supply chain").
2. **Scores.** A term's support is the set of distinct responses using it. Its
   score counts those responses, each counting double when the term sits in
   one of the respondent's bold key phrases. When the survey's other
   questions are given, a term common in the answers to every one of them is
   background (in a Canada-US survey: "Canada"): its score shrinks with how
   much more common it is here, and it is dropped unless twice as common.
   Without other questions, a term used in every one of four or more answers
   is taken for the topic itself.
   A term needs at least two responses (more for long lists); when the
   question has key phrases at all, a term needs one key-phrase occurrence,
   or two when only two responses use it.
3. **Selection.** Terms are taken best first. A term whose responses all lie
   within an existing theme joins its terms if it names the same idea (it
   shares a clause with the theme's main term in half its responses, or
   covers half the theme); a term overlapping a theme strongly (Jaccard
   >= 0.75) and naming the same idea is merged into it; one mostly inside a
   theme is skipped; otherwise it starts a new theme, up to ``MAX_THEMES``.
4. **Labels** come from the respondents' own wording: among the word
   sequences around the theme's main term (up to four words, within a clause,
   not starting or ending with a stop-word or a light word like "address")
   that recur in enough of the theme's responses (40 %, at least two), the
   longest wins, then the most used; it is written the way it is most often
   written ("Climate change", "Team Canada approach"). A lone adjective is
   completed by the noun it qualifies in a key phrase ("Technological
   leadership").

Nothing depends on hash order or randomness: ties are broken by first
appearance and then alphabetically.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from briefer.core.outline import Outline, OutlineSection, Theme
from briefer.core.survey import Question, Response, Survey

MAX_THEMES = 6
KEY_PHRASE_WEIGHT = 1.0  # extra weight of a response whose key phrase holds the term
MERGE_JACCARD = 0.75
SKIP_CONTAINED = 0.75
MAX_LABEL_WORDS = 4
MIN_SPECIFICITY = 0.5  # a term must be at least twice as common here as elsewhere
LABEL_SUPPORT = 0.4  # a label's wording must recur in this share of the theme's responses

def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


STOP_WORDS = _wordset("""
a about above across after again against all almost along already also although always am
among amongst an and another any anyone anything are around as at be because been before
being below beside besides between beyond both but by can cannot could did do does doing done
down during each either else enough especially etc even ever every e g eg ie i.e e.g few for
from further had has have having he her here hers herself him himself his how however i if in
into is it its itself just least less let like many may me might more most much must my myself
namely neither no nor not notably now of off often on once one only onto or other others
otherwise our ours ourselves out over own per perhaps quite rather same several shall she
should since so some such than that the their theirs them themselves then there therefore
these they this those though through throughout thus to together too toward towards under
until up upon us very via was we well were what whatever when whenever where whereas whether
which while who whom whose why will with within without would yet you your yours yourself
also i'm it's don't doesn't isn't aren't can't won't we're they're
""")

# Content-light words: never a theme on their own. The nouns are welcome inside a
# label ("Team Canada approach"); the verbs and adjectives may not start or end one.
GENERIC_NOUNS = _wordset("""
approach approaches issue issues area areas way ways thing things element elements aspect
aspects level levels term terms point points example examples respect context degree part
parts kind kinds type types matter matters case cases fact facts order basis light lot lots
country countries question questions answer answers respondent respondents time times
""")
LIGHT_WORDS = _wordset("""
significant important key best better good great main major overall certain various new
make making made take taking get getting give given provide providing use using used
continue continued continuing continues remain remains become becomes becoming include
includes including included need needs needed seek seeking ensure ensuring pursue pursuing
focus focused focusing find finding address addressing help helping s t
""")
GENERIC_WORDS = GENERIC_NOUNS | LIGHT_WORDS
_NUMBERING = re.compile(r"^(?:q(?:uestion)?\s*\d+[.:)\-]?|\d+[.:)\-])\s+", re.IGNORECASE)
_TRAILING = _wordset(
    "the a an of and or to for in on at with by from about as is are be been that which "
    "whose your our their its this these those")
_QUESTION_LEAD = re.compile(
    r"^(?:(?:in your (?:view|opinion|experience)|please|briefly|overall),?\s+)*"
    r"(?:(?:what|which|who|whom|whose|where|when|why|how(?:\s+(?:much|many|far|well))?)"
    r"(?:\s+(?:is|are|was|were|do|does|did|should|would|could|can|will|might|must|has|have"
    r"|kind\s+of|type\s+of|sort\s+of))?\s+|(?:describe|list|name|explain|identify)\s+)?"
    r"(?:(?:the|a|an|your|you|in\s+your\s+view)\s+)*",
    re.IGNORECASE,
)
_CUT_WORDS = _wordset(
    "in between among for with to that which who on at from by against within across about "
    "regarding into over under")

_TOKEN = re.compile(
    r"(?P<word>U\.S\.(?:A\.)?|[^\W_]+(?:['’-][^\W_]+)*)|(?P<punct>[.,;:!?()\[\]\"“”/…—–])")

_IRREGULAR = {
    "u.s.": "us", "u.s.a.": "us", "usa": "us", "chinese": "china", "american": "america",
    "americans": "america", "canadian": "canada", "canadians": "canada", "mexican": "mexico",
    "european": "europe", "politics": "politic", "political": "politic",
    "politically": "politic", "polities": "polity", "economic": "economy", "economics":
    "economy", "economies": "economy", "economical": "economy", "data": "data", "news": "news",
}

# (suffix, replacement, shortest stem left) -- the first that applies wins.
_SUFFIXES = (
    ("ologies", "olog", 3), ("ological", "olog", 3), ("ology", "olog", 3),
    ("ically", "ic", 3), ("ical", "ic", 3), ("ivity", "iv", 3), ("izations", "iz", 3),
    ("ization", "iz", 3), ("ations", "at", 3), ("ation", "at", 3), ("ating", "at", 3),
    ("ated", "at", 3), ("ate", "at", 3), ("ements", "", 4), ("ement", "", 4),
    ("ities", "", 4), ("ity", "", 4), ("ive", "iv", 3),
    ("ings", "", 4), ("ing", "", 4), ("ed", "", 4), ("ally", "", 4), ("al", "", 4),
    ("ly", "", 5), ("ists", "", 4), ("ist", "", 4), ("ism", "", 4), ("es", "", 4), ("e", "", 4),
)


def normalise_word(word: str) -> str:
    """The stem a word is counted under (see the module notes).

    A hyphenated compound stays one word ("non-tariff" is not "tariff"), each
    part normalised.
    """
    if "-" in word.strip("-"):
        return "-".join(_normalise_simple(part) for part in word.split("-") if part)
    return _normalise_simple(word)


def _normalise_simple(word: str) -> str:
    if word in ("US", "USA") or word.upper().startswith("U.S."):
        return "us"
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    elif w.endswith("'"):
        w = w[:-1]
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith("sses"):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ous")):
        w = w[:-1]
    for suffix, repl, keep in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= keep:
            return w[: len(w) - len(suffix)] + repl
    return w


_LIGHT_STEMS = frozenset(normalise_word(w) for w in LIGHT_WORDS)
_GENERIC_STEMS = frozenset(normalise_word(w) for w in GENERIC_WORDS)


@dataclass(frozen=True)
class _Word:
    surface: str
    stem: str
    stop: bool  # a function word: never a term, never at a label's edge
    start: int  # span in the text the word was read from
    end: int

    @property
    def generic(self) -> bool:
        return self.stem in _GENERIC_STEMS or self.surface.lower() in GENERIC_WORDS

    @property
    def edge_ok(self) -> bool:
        """May this word start or end a label?"""
        return not self.stop and self.stem not in _LIGHT_STEMS \
            and self.surface.lower() not in LIGHT_WORDS


def _is_stop(surface: str, stem: str) -> bool:
    lower = surface.lower()
    if stem == "us":
        return lower == "us" and surface != "US"
    return lower in STOP_WORDS or stem in STOP_WORDS or len(stem) < 2 or stem.isdigit()


def clauses(text: str) -> list[list[_Word]]:
    """Words of a text, grouped into clauses split at punctuation."""
    result: list[list[_Word]] = [[]]
    for m in _TOKEN.finditer(text):
        if m.group("punct"):
            if result[-1]:
                result.append([])
            continue
        surface = m.group("word")
        stem = normalise_word(surface)
        word = _Word(surface, stem, _is_stop(surface, stem), m.start(), m.end())
        current = result[-1]
        if current and current[-1].surface.lower() == "united" and surface.lower() == "states":
            current[-1] = _Word(text[current[-1].start:m.end()], "us", False,
                                current[-1].start, m.end())
            continue
        current.append(word)
    return [c for c in result if c]


def _term_keys(words: Sequence[_Word], excluded: frozenset[str]) -> list[str]:
    """Unigram and bigram terms of one clause, in order of appearance."""
    keys: list[str] = []

    def usable(w: _Word) -> bool:
        return not w.stop and not w.generic and len(w.stem) >= 3

    for i, word in enumerate(words):
        if usable(word) and word.stem not in excluded:
            keys.append(word.stem)
        if i + 1 < len(words):
            nxt = words[i + 1]
            if usable(word) and usable(nxt) and word.stem not in excluded \
                    and nxt.stem not in excluded:
                keys.append(f"{word.stem} {nxt.stem}")
    return keys


@dataclass
class _Doc:
    """One response seen as terms."""

    index: int
    response: Response
    clauses: list[list[_Word]]
    terms: list[str]  # in order of first appearance, without repeats
    key_terms: set[str]  # terms that occur inside a key phrase


def _analyse(responses: Sequence[Response], excluded: frozenset[str]) -> list[_Doc]:
    docs: list[_Doc] = []
    for index, response in enumerate(responses):
        cls = clauses(response.text)
        terms = list(dict.fromkeys(k for c in cls for k in _term_keys(c, excluded)))
        key_terms = {k for kp in response.key_phrases for c in clauses(kp.text)
                     for k in _term_keys(c, excluded)}
        docs.append(_Doc(index, response, cls, terms, key_terms))
    return docs


def _question_stems(text: str) -> frozenset[str]:
    return frozenset(w.stem for c in clauses(text) for w in c if not w.stop)


@lru_cache(maxsize=8192)
def _all_terms(text: str) -> frozenset[str]:
    """Every term of a text, question words included (for the background)."""
    return frozenset(k for c in clauses(text) for k in _term_keys(c, frozenset()))


def _background(others: Iterable[Question]) -> dict[str, float] | None:
    """For each term, its lowest rate of use among the other questions' answers.

    A term is background only if it is common in *every* other question, so a
    theme shared by two questions out of five is not lost. Fewer than two other
    answered questions say too little: then there is no background.
    """
    rates: list[Counter[str]] = []
    sizes: list[int] = []
    for question in others:
        if not question.responses:
            continue
        counts: Counter[str] = Counter()
        for response in question.responses:
            counts.update(_all_terms(response.text))
        rates.append(counts)
        sizes.append(len(question.responses))
    if len(rates) < 2:
        return None
    terms = set(rates[0]).intersection(*rates[1:])
    return {t: min(c[t] / n for c, n in zip(rates, sizes, strict=True)) for t in sorted(terms)}


@dataclass
class _Group:
    terms: list[str]  # the main term first
    members: set[int]


def _min_support(n: int) -> int:
    return max(2, math.ceil(0.15 * n))


def _candidates(docs: Sequence[_Doc], others: Sequence[Question]) -> list[tuple[str, set[int]]]:
    """Eligible terms with their responses, best first."""
    support: dict[str, set[int]] = {}
    key_support: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    order = 0
    for doc in docs:
        for term in doc.terms:
            support.setdefault(term, set()).add(doc.index)
            if term not in first_seen:
                first_seen[term] = order
                order += 1
            if term in doc.key_terms:
                key_support[term] += 1
    has_key_phrases = any(doc.response.key_phrases for doc in docs)
    background = _background(others)
    n = len(docs)
    scored: list[tuple[float, int, int, str]] = []
    for term, members in support.items():
        if len(members) < _min_support(n):
            continue
        if has_key_phrases and key_support[term] < (2 if len(members) == 2 else 1):
            continue
        specificity = 1.0
        if background is None and n >= 4 and len(members) == n:
            continue  # used by everyone and nothing to compare with: the topic itself
        if background is not None:
            rate_here = len(members) / n
            rate_there = background.get(term, 0.0)
            specificity = 1.0 - min(1.0, rate_there / rate_here)
            if specificity < MIN_SPECIFICITY:
                continue
        score = specificity * (len(members) + KEY_PHRASE_WEIGHT * key_support[term])
        scored.append((-score, -len(members), first_seen[term], term))
    scored.sort()
    return [(term, support[term]) for _, _, _, term in scored]


def _clause_terms(doc: _Doc) -> list[set[str]]:
    return [set(_term_keys(c, frozenset())) for c in doc.clauses]


def _same_idea(term: str, members: set[int], group: _Group,
               clause_terms: Sequence[list[set[str]]]) -> bool:
    """Does ``term`` share a clause with the group's main term in at least half its responses?"""
    together = sum(1 for i in members
                   if any(term in c and group.terms[0] in c for c in clause_terms[i]))
    return 2 * together >= len(members)


def _select(candidates: Sequence[tuple[str, set[int]]], docs: Sequence[_Doc]) -> list[_Group]:
    """Greedy choice of themes from the ranked terms (see module notes, step 3)."""
    clause_terms = [_clause_terms(doc) for doc in docs]
    groups: list[_Group] = []
    for term, members in candidates:
        placed = False
        for group in groups:
            inter = len(members & group.members)
            jaccard = inter / len(members | group.members)
            if inter == len(members) and (jaccard >= 0.5
                                          or _same_idea(term, members, group, clause_terms)):
                group.terms.append(term)
                placed = True
            elif jaccard >= MERGE_JACCARD and _same_idea(term, members, group, clause_terms):
                group.members |= members
                group.terms.append(term)
                placed = True
            elif inter < len(members) and inter / len(members) >= SKIP_CONTAINED:
                placed = True
            if placed:
                break
        if not placed and len(groups) < MAX_THEMES:
            groups.append(_Group(terms=[term], members=set(members)))
    return groups


def _contains(stems: Sequence[str], term: str) -> bool:
    parts = term.split(" ")
    if len(parts) == 1:
        return term in stems
    return any(list(stems[i:i + len(parts)]) == parts for i in range(len(stems)))


def _label(group: _Group, docs: Sequence[_Doc]) -> str:
    """The respondents' wording that best names the group (see module notes).

    Among word sequences around the main term that recur in enough of the
    theme's responses, the one with most content words wins; ties go to the
    one used by more responses, then to words shared more widely.
    """
    members = [docs[i] for i in sorted(group.members)]
    stem_df: Counter[str] = Counter()
    for doc in members:
        stem_df.update({w.stem for c in doc.clauses for w in c if not w.stop})
    main = group.terms[0]
    windows: dict[tuple[str, ...], list[str]] = {}  # stems -> surface per response
    content: dict[tuple[str, ...], int] = {}
    for doc in members:
        seen: set[tuple[str, ...]] = set()
        for clause in doc.clauses:
            for i in range(len(clause)):
                if not clause[i].edge_ok:
                    continue
                for j in range(i + 1, min(len(clause), i + MAX_LABEL_WORDS) + 1):
                    if not clause[j - 1].edge_ok:
                        continue
                    words = clause[i:j]
                    stems = tuple(w.stem for w in words)
                    if stems in seen or not _contains(stems, main):
                        continue
                    seen.add(stems)
                    windows.setdefault(stems, []).append(
                        " ".join(doc.response.text[words[0].start:words[-1].end].split()))
                    content[stems] = sum(1 for w in words if not w.stop)
    need = max(2, math.ceil(LABEL_SUPPORT * max((len(v) for v in windows.values()), default=0)))
    good = [stems for stems, used in windows.items() if len(used) >= need]
    if not good:
        good = list(windows)
    if not good:
        return main
    order = {stems: k for k, stems in enumerate(windows)}

    def rank(stems: tuple[str, ...]) -> tuple[int, int, int, int]:
        shared = sum(stem_df[s] - 1 for s in set(stems) if s in stem_df)
        return (-content[stems], -len(windows[stems]), -shared, order[stems])

    best = min(good, key=rank)
    if len(best) == 1:
        best = _complete_modifier(best, windows, members)
    return _display(_most_common(windows[best]))


_MODIFIER_ENDINGS = ("al", "ive", "ic", "ous", "ful", "able", "ible", "ary")


def _complete_modifier(best: tuple[str, ...], windows: dict[tuple[str, ...], list[str]],
                       members: Sequence[_Doc]) -> tuple[str, ...]:
    """A lone adjective ("Technological") gets the noun it qualifies in a key phrase."""
    forms = windows[best]
    if not _most_common(forms).lower().endswith(_MODIFIER_ENDINGS):
        return best
    phrase_stems = [tuple(w.stem for w in c) for doc in members
                    for kp in doc.response.key_phrases for c in clauses(kp.text)]
    for stems in windows:
        if len(stems) == 2 and stems[0] == best[0] and any(
                _contains(p, " ".join(stems)) for p in phrase_stems):
            return stems
    return best


def _most_common(forms: Sequence[str]) -> str:
    """The most frequent wording; ties go to the shorter, then the first seen."""
    counts = Counter(forms)
    first = {form: k for k, form in reversed(list(enumerate(forms)))}
    return min(counts, key=lambda f: (-counts[f], len(f), first[f]))


def _display(text: str) -> str:
    return text[:1].upper() + text[1:]


def _slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text.lower()).strip("-") or "theme"


def _readable_term(term: str, docs: Sequence[_Doc]) -> str:
    """The most common lower-case wording of a term, for showing and saving."""
    forms: Counter[str] = Counter()
    first: dict[str, int] = {}
    parts = term.split(" ")
    for doc in docs:
        for clause in doc.clauses:
            stems = [w.stem for w in clause]
            for i in range(len(clause) - len(parts) + 1):
                if stems[i:i + len(parts)] == parts:
                    words = clause[i:i + len(parts)]
                    form = " ".join(doc.response.text[words[0].start:words[-1].end].split()).lower()
                    forms[form] += 1
                    first.setdefault(form, len(first))
    if not forms:
        return term
    return min(forms, key=lambda f: (-forms[f], len(f), first[f]))


def find_themes(question: Question, others: Sequence[Question] = (),
                id_prefix: str | None = None) -> list[Theme]:
    """Themes among the responses to one question, largest first.

    ``others`` are the survey's other questions: terms just as frequent there
    are background, not themes. Theme ids start with ``id_prefix``
    (default ``th-<question id>``) and are stable for the same text.
    """
    responses = question.responses
    if len(responses) < 2:
        return []
    docs = _analyse(responses, _question_stems(question.text))
    groups = _select(_candidates(docs, [q for q in others if q is not question]), docs)
    prefix = id_prefix or f"th-{question.id}"
    themes: list[tuple[int, int, Theme]] = []
    used: set[str] = set()
    for group in groups:
        label = _label(group, docs)
        slug = base = f"{prefix}-{_slug(label)}"
        k = 2
        while slug in used:
            slug, k = f"{base}-{k}", k + 1
        used.add(slug)
        members = sorted(group.members)
        theme = Theme(id=slug, label=label, response_ids=[responses[i].id for i in members],
                      origin="auto", terms=list(dict.fromkeys(_readable_term(t, docs)
                                                              for t in group.terms)))
        themes.append((-len(members), members[0], theme))
    themes.sort(key=lambda item: (item[0], item[1]))
    return [theme for _, _, theme in themes]


def short_label(text: str, max_words: int = 6) -> str:
    """A short, editable name for a question: its head noun phrase.

    "What is the most significant challenge in the trade relationship ...?"
    gives "Most significant challenge".
    """
    clean = _NUMBERING.sub("", " ".join(text.split()).strip(), count=1)
    rest = _QUESTION_LEAD.sub("", clean, count=1).strip()
    head = re.split(r"[?;:!]|,\s|\s[-–—]\s|\.(?:\s|$)", rest, maxsplit=1)[0].strip()
    words = head.split() or clean.split()
    if not words:
        return ""
    cut = len(words)
    for i, word in enumerate(words):
        if i >= 3 and word.lower() in _CUT_WORDS:
            cut = i
            break
    words = words[:min(cut, max_words)]
    while len(words) > 1 and words[-1].lower() in _TRAILING:
        words.pop()
    label = " ".join(words).strip(" ,.")
    return label[:1].upper() + label[1:]


def build_outline(surveys: list[Survey]) -> Outline:
    """One section per survey question, with its automatic themes."""
    outline = Outline()
    for survey in surveys:
        for question in survey.questions:
            others = [q for q in survey.questions if q is not question]
            themes = find_themes(question, others,
                                 id_prefix=f"th-{survey.source_id}-{question.id}")
            outline.sections.append(OutlineSection(
                id=f"sec-{survey.source_id}-{question.id}", survey_id=survey.source_id,
                question_id=question.id, label=short_label(question.text), themes=themes,
                total=len(question.responses)))
    return outline
