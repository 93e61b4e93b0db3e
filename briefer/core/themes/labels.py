"""Theme labels in the respondents' own words, read as noun phrases.

a. *Wording.* Among the word sequences around the theme's main term (up
   to four words besides determiners and "of", within a clause, not
   starting or ending with a stop-word or a light word like "address") that
   recur in enough of the theme's answers (40 %, at least two), a complete
   one wins over one always followed by a noun it qualifies ("US domestic"
   in "US domestic politics"); then the longest, the most used, the one in
   more key phrases. The same words in another order, determiners and "of"
   aside, count as the same wording ("build coalitions", "coalition
   building"). It is written the way it is most often written, preferring a
   form not led by a verb ("coordination with provinces" over "coordinate
   with the provinces").
b. *Completion.* A lone adjective takes the noun it qualifies in a key
   phrase ("Proactive approach"). Otherwise a wording always followed by a
   lower-case noun that ends the phrase takes that noun, or both when there
   are two ("Border" -> "Border closures and inspections").
c. *Modifier.* A word that recurs right before the label (in two answers
   and 40 % of those using its first word) and is never used as a verb is
   put in front ("US" + "domestic policy"); a lone adjective takes a
   recurring "too" / "very" ("Too slow").
d. *Nouns, not verbs.* A label led by a word the answers use as a verb
   ("must engage", "pursue a") or that the theme's answers also write as a
   noun is given that noun as written in the answers: a derived noun
   ("Engage" -> "Engagement"), else an "-ing" form ("Lobbying"). No form is
   invented: without one the word stays.
e. *Other words for one idea.* When a theme gathers answers through a
   concept ("Asian markets", "Indo-Pacific") and the best wording covers
   fewer than three answers in five, the wording most used by the others
   is joined to it: "Asian markets / Indo-Pacific".
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from briefer.core.themes.terms import NONE_TERM, Doc, Group
from briefer.core.themes.words import Word, clauses, wordset

MAX_LABEL_WORDS = 4
LABEL_SUPPORT = 0.4  # a label's wording must recur in this share of the theme's answers


def _contains(stems: Sequence[str], term: str) -> bool:
    parts = term.split(" ")
    if len(parts) == 1:
        return term in stems
    return any(list(stems[i:i + len(parts)]) == parts for i in range(len(stems)))


def label(group: Group, docs: Sequence[Doc], verbs: set[str], _joined: bool = False) -> str:
    """The respondents' wording that best names the group (see module notes, step 4).

    Among word sequences around the main term that recur in enough of the
    theme's responses (the same words in any order, determiners and "of"
    aside: "build coalitions" is "coalition building"), a complete one (not always followed
    by a noun it qualifies) with most content words wins; ties go to the one
    used by more responses, then to the one found in more key phrases, then to
    words shared more widely. The winner is then completed and, when it leads
    with a verb, turned into a noun phrase. ``verbs``: the stems the answers
    use as verbs.
    """
    members = [docs[i] for i in sorted(group.members)]
    if group.terms[0] == NONE_TERM:
        return _display(_forms_label(NONE_TERM, members))
    stem_df: Counter[str] = Counter()
    for doc in members:
        stem_df.update({w.stem for c in doc.clauses for w in c if not w.stop})
    main = group.terms[0]
    windows: dict[tuple[str, ...], list[str]] = {}  # stems -> surface per response
    places: dict[tuple[str, ...], list[tuple[list[Word], int, int, int]]] = {}
    content: dict[tuple[str, ...], int] = {}
    for doc in members:
        seen: set[tuple[str, ...]] = set()
        mains = doc.places.get(main, [])
        for c_index, clause in enumerate(doc.clauses):
            spots = [(a, b) for c, a, b in mains if c == c_index]
            if not spots:
                continue
            for i in range(len(clause)):
                if not clause[i].edge_ok or i > max(a for a, _ in spots):
                    continue
                counted = 0  # words beside determiners and "of"
                for j in range(i + 1, len(clause) + 1):
                    counted += clause[j - 1].surface.lower() not in _ARTICLES
                    if counted > MAX_LABEL_WORDS:
                        break
                    if not clause[j - 1].edge_ok:
                        continue
                    words = clause[i:j]
                    if not any(i <= a and b <= j for a, b in spots):
                        continue
                    stems = tuple(sorted(w.stem for w in words
                                         if w.surface.lower() not in _ARTICLES))
                    places.setdefault(stems, []).append((clause, i, j, doc.index))
                    if stems in seen:
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
        return readable_term(main, members)
    order = {stems: k for k, stems in enumerate(windows)}
    phrases = {doc.index: doc.key_stems for doc in members}

    def in_key_phrases(stems: tuple[str, ...]) -> int:
        return len({index for clause, i, j, index in places[stems]
                    if any(_contains(p, " ".join(w.stem for w in clause[i:j]))
                           for p in phrases[index])})

    def incomplete(stems: tuple[str, ...]) -> bool:
        return all(j < len(clause) and clause[j].edge_ok for clause, _i, j, _ in places[stems])

    def rank(stems: tuple[str, ...]) -> tuple[bool, int, int, int, int, int]:
        shared = sum(stem_df[s] - 1 for s in set(stems) if s in stem_df)
        return (incomplete(stems), -content[stems], -len(windows[stems]),
                -in_key_phrases(stems), -shared, order[stems])

    best = min(good, key=rank)
    nominal = _nominal_stems(members)
    words = _wording(windows[best], verbs | nominal | _gerund_stems(members))
    tail = None
    if len(words) == 1:
        completed = _complete_modifier(words, places, members)
        tail = completed[1:] or None
        words = completed[:1]
    tail = tail or _coordinated_heads(places[best], verbs)
    if tail is not None and len(words) + len(tail) <= MAX_LABEL_WORDS + 1:
        words = words + tail
    words = _complete_adjective(words, members)
    words = _left_modifier(words, members, verbs) + words
    text = _display(" ".join(w.surface for w in _nominalise(words, docs, verbs, nominal)))
    covered = {index for _, _, _, index in places[best]}
    rest = group.members - covered
    if main.startswith("@") and not _joined and rest and len(covered) < 0.6 * len(group.members):
        other = label(Group([main], set(rest)), docs, verbs, _joined=True)
        if other.lower() not in text.lower() and text.lower() not in other.lower() \
                and not other.startswith("@"):
            text = f"{text} / {other}"
    return text


def _wording(forms: Sequence[str], verbal: set[str]) -> list[Word]:
    """The words of the most used wording, preferring one not led by a verb.

    ``verbal`` are the stems also written as verbs or as nouns made from
    verbs: a wording led by such a stem in a plain form ("coordinate with the
    provinces", "build coalitions") gives way to one that is not
    ("coordination with provinces", "coalition building").
    """
    def verb_led(form: str) -> bool:
        first = _phrase_words(form)[0]
        return first.stem in verbal and not _is_nominal(first.surface) \
            and not first.surface.lower().endswith("ing")

    nouns = [f for f in forms if not verb_led(f)]
    return _phrase_words(_most_common(nouns or forms))


# Left out when comparing wordings: "protect the sector" is "protection of the sector".
_ARTICLES = wordset("a an the of our their its your my his her this these those")
_MODALS = wordset("must should can could would will may might shall cannot we they")
_DETERMINERS = wordset("a an the our their its this these those your my his her both each")
_BE = wordset("is are was were be been being am")
_DEGREE = wordset("too very overly")
# Content-light nouns that may still complete a label ("US domestic" -> "US domestic policy").
_HEAD_NOUNS = wordset("policy policies government politics")
# Endings of nouns made from verbs ("engagement", "coordination", "reliance").
_NOMINAL_ENDINGS = ("ment", "ments", "tion", "tions", "sion", "sions", "ance", "ances",
                    "ence", "ences", "ship", "ness")


def _phrase_words(text: str) -> list[Word]:
    """The words of a label's wording (one clause: labels never cross punctuation)."""
    return [w for c in clauses(text) for w in c]


def _verb_cue(clause: Sequence[Word], i: int) -> bool:
    """Is the word at ``i`` used as a verb here ("must engage", "pursue a", "to remind the")?"""
    prev = clause[i - 1].surface.lower() if i else None
    nxt = clause[i + 1].surface.lower() if i + 1 < len(clause) else None
    if prev in _MODALS:
        return True
    return (prev is None or prev in ("to", "and", "or")) and nxt in _DETERMINERS


def _is_nominal(surface: str) -> bool:
    return surface.lower().endswith(_NOMINAL_ENDINGS)


def _verb_stems(docs: Sequence[Doc]) -> set[str]:
    """Stems the responses use as verbs at least once (in a non-noun form)."""
    return {w.stem for doc in docs for c in doc.clauses for i, w in enumerate(c)
            if not w.stop and not _is_nominal(w.surface) and _verb_cue(c, i)}


def _gerund_stems(docs: Sequence[Doc]) -> set[str]:
    """Stems the responses write as an "-ing" noun ("coalition building", not "is driving")."""
    return {w.stem for doc in docs for c in doc.clauses for i, w in enumerate(c)
            if not w.stop and w.surface.lower().endswith("ing")
            and not (i and c[i - 1].surface.lower() in _BE)}


def _nominal_stems(docs: Sequence[Doc]) -> set[str]:
    """Stems the responses also write as nouns made from verbs ("coordination")."""
    return {w.stem for doc in docs for c in doc.clauses for w in c
            if not w.stop and _is_nominal(w.surface)}


def _coordinated_heads(places: Sequence[tuple[list[Word], int, int, int]],
                       verbs: set[str]) -> list[Word] | None:
    """"Border" -> "Border closures and inspections": the nouns a modifier always qualifies.

    Only when every use of the wording is followed by a lower-case word that
    ends the phrase (at most one light word in between, as in "domestic
    focused priorities"), in at least two responses, and those words are one
    or two different ones.
    """
    heads: dict[str, list[Word]] = {}
    responses: set[int] = set()
    for clause, _i, j, index in places:
        k = j
        if k < len(clause) and not clause[k].stop and not clause[k].edge_ok:
            k += 1  # a light word: "focused", "new"
        if k >= len(clause) or not clause[k].edge_ok \
                or (clause[k].generic and clause[k].lower not in _HEAD_NOUNS) \
                or clause[k].stem in verbs or clause[j - 1].stem in verbs \
                or not clause[k].surface.islower() \
                or (k + 1 < len(clause) and not clause[k + 1].stop):
            return None  # no noun, a proper name, or not the end of the noun phrase
        heads.setdefault(clause[k].stem, []).append(clause[k])
        responses.add(index)
    if len(responses) < 2 or not 1 <= len(heads) <= 2:
        return None
    chosen = [Word(_most_common([w.surface for w in ws]), stem, False, 0, 0)
              for stem, ws in heads.items()]
    if len(chosen) == 2:
        chosen.insert(1, Word("and", "and", True, 0, 0))
    return chosen


def _left_modifier(words: list[Word], members: Sequence[Doc],
                   verbs: set[str]) -> list[Word]:
    """A word that recurs just before the label's first word ("US" + "domestic policy").

    It must come right before that word in at least two responses and 40 % of
    those using it, never be used as a verb, and not already be in the label.
    A lone adjective may instead take a recurring degree word ("Too slow").
    """
    first = words[0]
    used: set[int] = set()
    before: dict[str, list[str]] = {}
    whom: dict[str, set[int]] = {}
    for doc in members:
        for clause in doc.clauses:
            for i, w in enumerate(clause):
                if w.stem != first.stem:
                    continue
                used.add(doc.index)
                if i == 0:
                    continue
                left = clause[i - 1]
                degree = left.surface.lower() in _DEGREE and len(words) == 1
                if not degree and (not left.edge_ok or left.generic):
                    continue
                before.setdefault(left.stem, []).append(left.surface)
                whom.setdefault(left.stem, set()).add(doc.index)
    need = max(2, math.ceil(LABEL_SUPPORT * len(used)))
    label_stems = {w.stem for w in words}
    ranked = sorted(whom, key=lambda s: -len(whom[s]))  # stable: first seen first
    for stem in ranked[:1]:
        if len(whom[stem]) >= need and stem not in label_stems and stem not in verbs \
                and (len(ranked) == 1 or len(whom[ranked[1]]) < len(whom[stem])):
            surface = _most_common(before[stem])
            if surface.lower() in _DEGREE:
                surface = surface.lower()
            return [Word(surface, stem, False, 0, 0)]
    return []


def _nominalise(words: list[Word], docs: Sequence[Doc], verbs: set[str],
                nominal: set[str]) -> list[Word]:
    """A label led by a verb ("Engage") takes the answers' noun for it ("Engagement").

    The word counts as a verb when the answers use it so (``verbs``: "must
    engage", "pursue a") or when the theme's own responses also write it as a
    noun made from a verb (``nominal``). The noun must be written somewhere in the answers to
    the question: a derived noun ("engagement", "coordination") first, else
    an "-ing" form not preceded by "is"/"are" ("diversifying"). Without one
    the word stays: no form is invented.
    """
    first = words[0]
    if _is_nominal(first.surface) or first.surface.lower().endswith("ing") or (
            first.stem not in verbs and first.stem not in nominal):
        return words
    nouns: list[str] = []
    gerunds: list[str] = []
    for doc in docs:
        for clause in doc.clauses:
            for i, w in enumerate(clause):
                if w.stem != first.stem or w.surface.lower() == first.surface.lower():
                    continue
                lower = w.surface.lower()
                if _is_nominal(lower):
                    nouns.append(lower)
                elif lower.endswith("ing") and not (i and clause[i - 1].surface.lower() in _BE):
                    gerunds.append(lower)
    if not nouns and not gerunds:
        return words
    noun = _most_common(nouns or gerunds)
    rest = words[1:]
    if nouns and rest and not rest[0].stop:  # "engage provinces" -> "engagement of provinces"
        rest = [Word("of", "of", True, 0, 0), *rest]
    return [Word(noun, first.stem, False, 0, 0), *rest]


_MODIFIER_ENDINGS = ("al", "ive", "ic", "ous", "ful", "able", "ible", "ary")


def _complete_modifier(words: list[Word], places: dict[tuple[str, ...], list[
        tuple[list[Word], int, int, int]]], members: Sequence[Doc]) -> list[Word]:
    """A lone adjective ("Proactive") gets the noun it qualifies in a key phrase."""
    if not words[0].surface.lower().endswith(_MODIFIER_ENDINGS):
        return words
    phrase_stems = [stems for doc in members for stems in doc.key_stems]
    for found in places.values():
        for clause, i, j, _ in found:
            pair = clause[i:j]
            if len(pair) == 2 and pair[0].stem == words[0].stem and any(
                    _contains(p, f"{pair[0].stem} {pair[1].stem}") for p in phrase_stems):
                return [words[0], pair[1]]
    return words


def _complete_adjective(words: list[Word], members: Sequence[Doc]) -> list[Word]:
    """A label ending on an adjective ("US domestic") takes the noun that most often
    follows it in the theme's answers, when two of them use it ("US domestic policy")."""
    last = words[-1]
    if len(words) > 3 or not last.lower.endswith(_MODIFIER_ENDINGS) or not last.lower.isalpha():
        return words
    after: dict[str, list[str]] = {}
    for doc in members:
        seen: set[str] = set()
        for clause in doc.clauses:
            for i, w in enumerate(clause[:-1]):
                nxt = clause[i + 1]
                if w.stem == last.stem and not nxt.stop and nxt.edge_ok \
                        and nxt.stem not in seen and nxt.lower.isalpha():
                    seen.add(nxt.stem)
                    after.setdefault(nxt.stem, []).append(nxt.surface)
    best = sorted(after.items(), key=lambda kv: -len(kv[1]))
    if best and len(best[0][1]) >= 2 and (len(best) == 1 or len(best[1][1]) < len(best[0][1])):
        return [*words, Word(_most_common([s.lower() for s in best[0][1]]), best[0][0], False,
                             0, 0)]
    return words


def _most_common(forms: Sequence[str]) -> str:
    """The most frequent wording; ties go to the shorter, then the first seen."""
    counts = Counter(forms)
    first = {form: k for k, form in reversed(list(enumerate(forms)))}
    return min(counts, key=lambda f: (-counts[f], len(f), first[f]))


def _display(text: str) -> str:
    return text[:1].upper() + text[1:]


def slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text.lower()).strip("-") or "theme"


def _forms_label(term: str, docs: Sequence[Doc]) -> str:
    """The two commonest wordings of a term, joined: "nothing / very little"."""
    forms = Counter(" ".join(d.response.text[d.clauses[c][i].start:d.clauses[c][j - 1].end]
                             .split()).lower() for d in docs for c, i, j in d.places.get(term, []))
    common = [f for f, _ in sorted(forms.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))]
    return " / ".join(common[:2])


def readable_term(term: str, docs: Sequence[Doc]) -> str:
    """The most common lower-case wording of a term, for showing and saving."""
    forms: Counter[str] = Counter()
    first: dict[str, int] = {}
    for doc in docs:
        for c, i, j in doc.places.get(term, []):
            words = doc.clauses[c][i:j]
            form = " ".join(doc.response.text[words[0].start:words[-1].end].split()).lower()
            forms[form] += 1
            first.setdefault(form, len(first))
    if not forms:
        return term
    return min(forms, key=lambda f: (-forms[f], len(f), first[f]))


