"""Tallies for closed questions: "No 8 · Yes 2 · Conditional 2 — of 12".

The first thing a Minister asks of a closed question is the split. Each
answer is given at most one position, read the way a coder reads it:

1. **Conditions first.** "Only if the provinces agree", "Not unless…",
   "Yes, but…", "Oui, mais…", "à condition que…", "it depends" make an
   answer *Conditional*, whatever word opens it.
2. **The opening word.** "Yes", "Absolutely", "Of course", "Oui" answer yes;
   "No", "Never", "Definitely not", "No, not now", "Non", "Jamais" answer no.
3. **The verdict in the answer**, negation-aware: "I would not support it",
   "Je m'y oppose", "It would backfire", "Canada should not…" answer no;
   "I support it", "We should…" answer yes.

A question offering named positions ("keep, reform or abolish", "support or
oppose") is tallied by those positions, with their synonyms ("maintain",
"scrap", "phase out"). A part asking about one quality ("…, and is it new?",
"how urgent is it?") is tallied by that quality and its opposite ("Not new"
for "long-standing", "has been building for years"; "Urgent" for
"immediately").

Answers with no readable position stay out of the tally and are shown as
single views; "n/a" answers never count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from briefer.core.themes.questions import OPTION_CANON, Closed
from briefer.core.themes.words import STOP_WORDS, fold_accents, normalise_word, wordset

_CONDITION = re.compile(
    r"\b(?:only\s+(?:if|when|after|once|with|for|above|below|under|over|in|where|on|as|at"
    r"|through|within|to|in\s+exchange)|if\s+and\s+only\s+if|provided"
    r"|as\s+long\s+as|so\s+long\s+as|on\s+(?:the\s+)?condition|conditional(?:ly)?"
    r"|subject\s+to|unless|contingent"
    r"|in\s+exchange\s+for|as\s+part\s+of\s+a\s+(?:deal|package)|seulement\s+si"
    r"|uniquement\s+si|a\s+condition|pourvu\s+que|sous\s+reserve|a\s+moins\s+que"
    r"|si\s+et\s+seulement\s+si|en\s+echange|in\s+principle,?\s+but|en\s+principe,?\s+mais)\b")
# "It depends", "Depends who owns the grid", "Ça dépend": a condition when it opens the
# answer; later ("No, the project depends on the model") it is only a word.
_DEPENDS = re.compile(r"^\W*(?:(?:well|honestly|frankly),?\s+)?(?:it\s+|that\s+|ca\s+|cela\s+)?"
                      r"(?:depends|dependra|depend)\b|^\W*depending\s+on\b")
# "…, so yes.", "Probably yes." "A market, yes; a regulator, no.": a verdict said last
# or standing alone after a first clause.
_FINAL = re.compile(r"(?:^|[.;,!?:]\s*|\bso,?\s+|\bthen,?\s+)(?:probably\s+|likely\s+|so\s+)?"
                    r"(yes|no|oui|non)\s*[.!]*\s*$")
# "Yes, but only with…", "Oui, mais avec…": a yes that sets a condition. "Yes, but
# there is no rush" sets none and stays a yes.
_YES_BUT = re.compile(r"^\W*(?:yes|oui|yeah|absolutely|agreed|in\s+principle|en\s+principe)"
                      r"\b[\s,;:.!—–-]*(?:but|mais|however|cependant|though)\b"
                      r"(?=.{0,60}\b(?:only|with|without|if|once|after|when|first|must|needs?"
                      r"|provided|so\s+long|as\s+long|not\s+before|avec|sans|si|seulement"
                      r"|une\s+fois|apres|lorsque|quand|doit|doivent|faut|d'abord|pas\s+avant)\b)")
# "Yes, once the tariffs are lifted", "Not while the duties stay": a condition of time.
_WHEN = re.compile(r"^\W*(?:(?:yes|oui|no|non|maybe|perhaps)\b[\s,;:—–-]*)?(?:not\s+|pas\s+)?"
                   r"(?:once|after|when|while|until|till|before|as\s+soon\s+as|une\s+fois"
                   r"|apres|lorsque|quand|tant\s+que|pas\s+avant|not\s+before)\b")
_IF_AFTER_OPENER = re.compile(r"^\W*(?:yes|oui|no|non|perhaps|maybe|possibly|peut-etre)"
                              r"\b[\s,;:—–-]*(?:but\s+|mais\s+)?(?:only\s+)?(?:if|si|when)\b")
_YES_OPENERS = re.compile(
    r"^\W*(?:yes|yeah|yep|absolutely|definitely|certainly|of\s+course|by\s+all\s+means"
    r"|without\s+(?:a\s+)?(?:doubt|question|hesitation)|sure|agreed|agree|yep|yup"
    r"|(?:strongly\s+|fully\s+)?(?:support|in\s+favou?r|agree)|for\s+it|indeed|i\s+(?:fully\s+|strongly\s+)?agree"
    r"|i\s+(?:fully\s+|strongly\s+)?support|strongly\s+support|in\s+favou?r|oui|absolument"
    r"|certainement|bien\s+sur|tout\s+a\s+fait|evidemment|d'accord|je\s+suis\s+d'accord"
    r"|je\s+suis\s+pour|favorable|sans\s+aucun\s+doute)\b(?!\s*(?:not|pas)\b)")
_NO_OPENERS = re.compile(
    r"^\W*(?:no|nope|never|hardly|not\s+(?:at\s+all|now|yet|really|likely|a\s+chance)|absolutely\s+not"
    r"|definitely\s+not|certainly\s+not|of\s+course\s+not|by\s+no\s+means|no\s+way"
    r"|i\s+(?:strongly\s+)?(?:disagree|oppose)|(?:strongly\s+)?(?:oppose|disagree)|opposed"
    r"|against(?:\s+it)?|not\s+(?:convinced|in\s+favou?r|persuaded|a\s+good\s+idea)|no\s+way"
    r"|nah|not\s+(?:at\s+this\s+(?:time|stage|point)|for\s+now|right\s+now|yet)"
    r"|non|jamais|pas\s+du\s+tout|surtout\s+pas|absolument\s+pas|pas\s+maintenant"
    r"|je\s+m'y\s+oppose|je\s+suis\s+contre|je\s+m'oppose|defavorable)\b")
_NO_VERDICT = re.compile(
    r"\b(?:(?:would|will|could|should|do|does|did|can|must)\s*(?:not|n't)\s+(?:support|back"
    r"|endorse|favou?r|recommend|agree|accept|join|sign|do\s+it)|(?:don't|do\s+not|cannot"
    r"|can't|won't|wouldn't)\s+(?:support|back|agree|accept|recommend)|oppose[ds]?"
    r"|against\s+(?:it|this|that|the)|bad\s+idea|a\s+mistake|backfire|counterproductive"
    r"|counter-productive|too\s+risky|premature|not\s+the\s+time|no\s+reason\s+to"
    r"|m'y\s+oppose|m'oppose|oppose|contre-productif|mauvaise\s+idee|une\s+erreur"
    r"|premature)\b")
_YES_VERDICT = re.compile(
    r"\b(?:i\s+(?:would\s+)?(?:fully\s+|strongly\s+)?support|we\s+should|canada\s+should"
    r"|ottawa\s+should|it\s+(?:is|'s)\s+(?:time|overdue|necessary|essential)|long\s+overdue"
    r"|makes?\s+sense|good\s+idea|worth\s+it|j'appuie|je\s+soutiens|il\s+faut)\b")
_NEGATION = re.compile(r"\b(?:not|never|no|n't|pas|jamais|plus)\b|n'")

# Synonyms of the positions a choice question offers, by position word.
_OPTION_WORDS: dict[str, tuple[str, ...]] = {
    "keep": ("keep", "maintain", "retain", "preserve", "protect", "leave it", "leave them",
             "leave in place", "in place", "as is", "status quo", "stay the course", "stay",
             "defend",
             "maintenir", "garder", "conserver", "preserver", "proteger"),
    "repeal": ("repeal", "abolish", "scrap", "remove", "eliminate", "end it", "drop",
               "get rid", "phase out", "phase it out", "dismantle", "lift", "abolir", "supprimer",
               "eliminer", "abroger", "lever", "demanteler"),
    "suspend": ("suspend", "pause", "freeze", "put on hold", "defer", "delay", "suspendre",
                "geler", "reporter"),
    "reform": ("reform", "modernize", "modernise", "overhaul", "adjust", "change", "fix",
               "reformer", "moderniser", "ajuster"),
    "extend": ("extend", "renew", "prolong", "prolonger", "renouveler"),
    "expand": ("expand", "broaden", "widen", "elargir", "etendre"),
    "lower": ("lower", "reduce", "cut", "ease", "abaisser", "reduire", "baisser"),
    "raise": ("raise", "increase", "hike", "tighten", "hausser", "augmenter"),
    "wait": ("wait", "hold off", "not yet", "later", "delay", "postpone", "attendre", "plus tard",
             "reporter"),
    "renegotiate": ("renegotiate", "renegotiation", "reopen", "renégocier", "renégociation"),
    "ratify": ("ratify", "ratification", "ratify now", "ratifier"),
    "join": ("join", "sign", "adhere", "adhérer", "signer", "joindre"),
    "leave": ("leave", "withdraw", "exit", "quit", "se retirer", "quitter"),
    "support": ("support", "favour", "favor", "back", "endorse", "welcome", "appuyer",
                "soutenir", "favorable"),
    "oppose": ("oppose", "against", "reject", "opposer", "contre", "rejeter"),
}
_OPTION_ALIASES = OPTION_CANON

# The positions that deny a proposal ("Should Ottawa drop…?" "Keep it.").
_OPPOSITES: dict[str, tuple[str, ...]] = {
    "repeal": ("keep",), "keep": ("repeal",), "raise": ("lower",), "lower": ("raise",),
    "extend": ("repeal",), "suspend": ("keep",), "join": ("leave",), "leave": ("join",),
    "support": ("oppose",), "oppose": ("support",), "expand": ("keep",),
}

# The quality a part asks about: the words saying it holds, the words saying the
# opposite, the words of a middle position, and the labels of the three.
_QUALITIES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...],
                            tuple[str, str, str]]] = {
    "new": (("new", "novel", "unprecedented", "recent", "first time", "never before",
             "never seen", "different this time", "new territory", "nouveau", "nouvelle",
             "inedit", "inedite", "sans precedent", "recente", "premiere fois"),
            ("long-standing", "longstanding", "long-running", "old", "decades", "for years",
             "years", "always", "chronic", "persistent", "recurring", "recurrent", "familiar",
             "endured", "perennial", "cycle", "cyclical", "history", "again", "nothing new",
             "de longue date", "ancien", "ancienne", "depuis longtemps", "recurrente",
             "depuis des annees", "depuis des decennies", "cyclique", "toujours", "encore"),
            (), ("New", "Not new", "")),
    "urgent": (("urgent", "urgently", "urgency", "immediately", "immediate", "now", "pressing",
                "right away", "without delay", "as soon as possible", "asap", "critical",
                "emergency", "this year", "next year", "within a year", "within two years",
                "two years", "before the review", "quickly", "fast", "rapidly", "soon", "today",
                "urgence", "urgente", "immediatement", "maintenant", "rapidement", "vite",
                "sans tarder", "des maintenant", "tout de suite", "cette annee"),
               ("can wait", "no rush", "not urgent", "later", "long term", "long-term",
                "longer term", "eventually", "gradual", "gradually", "in time", "over time",
                "not a priority", "next decade", "decade", "decades", "five years", "ten years",
                "years", "generation", "peut attendre", "pas urgent", "a long terme",
                "plus tard", "graduellement", "progressivement", "decennie"),
               (), ("Urgent", "Not urgent", "")),
    "worse": (("worse", "worsening", "intensifying", "growing", "increasing", "deepening",
               "escalating", "stronger", "more and more", "s'aggrave", "s'intensifie",
               "croissant", "pire", "empire"),
              ("better", "improving", "improved", "easing", "receding", "progress",
               "s'ameliore", "mieux", "amelioration"),
              ("stable", "unchanged", "the same", "same as", "no change", "steady", "flat",
               "constant", "no worse", "not worse", "about the same", "inchange", "stable",
               "pareil", "meme chose"),
              ("Getting worse", "Improving", "Stable")),
    "likely": (("likely", "probable", "expect", "will happen", "inevitable", "probablement"),
               ("unlikely", "improbable", "doubt", "won't happen", "peu probable"),
               (), ("Likely", "Unlikely", "")),
    "temporary": (("temporary", "short-lived", "passing", "will pass", "short term",
                   "temporaire", "passager"),
                  ("permanent", "lasting", "here to stay", "structural", "durable",
                   "structurel", "structurelle"),
                  (), ("Temporary", "Lasting", "")),
}
_QUALITY_ALIASES = {"soon": "urgent", "pressing": "urgent", "serious": "urgent",
                    "quickly": "urgent", "fast": "urgent", "rapidly": "urgent",
                    "nouveau": "new", "nouvelle": "new", "urgente": "urgent",
                    "growing": "worse", "getting": "worse", "lasting": "temporary",
                    "permanent": "temporary"}

# "…, and who should pay?", "who should lead?": the payer or leader named.
_WHO: dict[str, tuple[str, ...]] = {
    "shared": ("shared", "share", "cost-sharing", "cost-shared", "cost sharing", "split",
               "both", "jointly", "joint", "partnership", "p3", "p3s", "public-private",
               "50-50", "50/50", "together", "matching", "partage", "partagee", "partager",
               "conjointement", "partenariat", "les deux", "moitie-moitie"),
    "government": ("federal", "ottawa", "government", "governments", "feds", "crown",
                   "taxpayer", "taxpayers", "public funds", "public money", "public purse",
                   "the state", "transport canada", "gouvernement", "contribuables",
                   "fonds publics", "l'etat"),
    "provinces": ("provinces", "province", "provincial", "provincially", "premiers",
                  "provinciaux", "provinciales"),
    "industry": ("industry", "industries", "employers", "employer", "growers", "grower",
                 "producers", "producer", "companies", "company", "firms", "shippers",
                 "users", "user fees", "user-pay", "operators", "owners", "private sector",
                 "private", "proponents", "miners", "exporters", "carriers", "railways",
                 "employeurs", "producteurs", "entreprises", "industrie", "utilisateurs",
                 "secteur prive", "exploitants", "armateurs", "expediteurs"),
}
_WHO_LABELS = {"shared": "Shared", "government": "Government", "industry": "Industry / users",
               "provinces": "Provinces"}
WHO = "who"  # "who should lead?": federal, provinces, industry, shared
WHO_PAYS = "who-pays"  # "who should pay?": the provinces are government too

# Stems of the words that take a position: never a theme of their own beside a tally.
@lru_cache(maxsize=1)
def stance_stems() -> frozenset[str]:
    """Stems of the words that take a position (built on first use, not at import)."""
    return frozenset(
        normalise_word(w, lang) for words in _OPTION_WORDS.values() for phrase in words
        for w in phrase.split() for lang in ("en", "fr")) | frozenset(
        normalise_word(w, lang) for w in wordset(
            "yes no never absolutely definitely certainly agree disagree support oppose "
            "favour favor idea mistake condition conditional unless provided only time now "
            "yet oui non jamais absolument accord appuie condition seulement")
        for lang in ("en", "fr"))


@dataclass
class Position:
    """One line of a tally: a position and the answers that take it."""

    key: str  # "yes", "no", "conditional", an option ("keep"), or "quality"/"not-quality"
    label: str  # "Yes", "No", "Conditional", "Keep", "Not new"
    members: list[int]  # indices of the answers


def _plain(text: str) -> str:
    return " ".join(fold_accents(text.lower().replace("’", "'")).replace("*", " ")
                    .replace("_", " ").split())


# A verdict given late: "…, but on balance I'd say no", "My answer is yes."
_LATE = re.compile(r"\b(?:i'?d\s+say|i\s+would\s+say|on\s+balance,?|my\s+answer\s+is"
                   r"|so,?\s+in\s+short,?|bottom\s+line:?|en\s+somme,?|je\s+dirais)\s+(no|yes|non|oui)\b")
_NO_MORE = re.compile(r"(?:^|[.!?;]\s+)(?:no\s+(?:extension|change|more|need|thanks)"
                      r"|(?:don't|do\s+not|should\s+not|shouldn't|must\s+not|never)\s+"
                      r"\w+\s+(?:it|this|that|them))\b")


def answer_stance(text: str, proposal: str = "") -> str | None:
    """"yes", "no", "conditional" or None for one answer to a yes/no question.

    ``proposal``: the position verb the question proposes ("drop" in "Should Ottawa
    drop the target?"), so that "Keep it" answers no and "Drop it" yes.
    """
    plain = _plain(text)
    if _CONDITION.search(plain) or _YES_BUT.match(plain) or _IF_AFTER_OPENER.match(plain) \
            or _WHEN.match(plain) or _DEPENDS.match(plain) \
            or re.match(r"^\W*(?:not|no,?\s+not)\s+unless\b", plain):
        return "conditional"
    if _NO_OPENERS.match(plain):
        return "no"
    if _YES_OPENERS.match(plain):
        return "yes"
    late = _LATE.search(plain) or _FINAL.search(plain)
    if late:
        return "yes" if late.group(1) in ("yes", "oui") else "no"
    if _NO_VERDICT.search(plain) or _NO_MORE.search(plain):
        return "no"
    if proposal:
        taken = _option_of(plain, (proposal, *_OPPOSITES.get(proposal, ())))
        if taken is not None:
            return "yes" if taken == proposal else "no"
    if _YES_VERDICT.search(plain):
        return "yes"
    return None


def _mentions(plain: str, phrases: Sequence[str]) -> list[int]:
    """Offsets where any of the phrases occurs as whole words."""
    return [m.start() for m in _alternation(tuple(phrases)).finditer(plain)]


@lru_cache(maxsize=256)
def _alternation(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for a list of phrases, longest first, each as whole words (overlapping
    mentions are found by a lookahead)."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    body = "|".join(re.escape(p) for p in ordered) or "(?!)"
    return re.compile(r"(?<![\w-])(?=(?:" + body + r")(?![\w-]))")


def _negated_before(plain: str, at: int) -> bool:
    window = plain[max(0, at - 30):at]
    clause = re.split(r"[,;:.!?]|\bbut\b|\bmais\b", window)[-1]
    return bool(_NEGATION.search(clause)) or bool(re.search(r"\bnone\s+of\s+which\b", clause))


def _option_of(plain: str, options: Sequence[str]) -> str | None:
    """The first offered position an answer takes (not one it rejects)."""
    best: tuple[int, str] | None = None
    for option in options:
        key = _OPTION_ALIASES.get(option, option)
        words = _OPTION_WORDS.get(key, (option,))
        for at in _mentions(plain, words):
            if _negated_before(plain, at):
                continue
            if best is None or at < best[0]:
                best = (at, option)
    return best[1] if best else None


def _quality_of(plain: str, quality: str) -> str | None:
    """"yes" when an answer says the quality holds, "no" when it says the opposite,
    "middle" for the middle position; the commonest reading wins, then the first."""
    yes_words, no_words, middle_words, _ = _QUALITIES[quality]
    hits: list[tuple[int, str]] = []
    for at in _mentions(plain, middle_words):
        hits.append((at, "middle"))
    taken = {at for at, _ in hits}
    for at in _mentions(plain, yes_words):
        if not any(a <= at < a + 15 for a in taken):
            hits.append((at, "no" if _negated_before(plain, at) else "yes"))
    for at in _mentions(plain, no_words):
        if not any(a <= at < a + 15 for a in taken):
            hits.append((at, "yes" if _negated_before(plain, at) else "no"))
    if not hits:
        return None
    votes: dict[str, int] = {}
    for _, kind in hits:
        votes[kind] = votes.get(kind, 0) + 1
    best = max(votes.values())
    return min((at, kind) for at, kind in hits if votes[kind] == best)[1]


def _who_of(plain: str, pays: bool) -> str | None:
    """Who an answer says should pay or lead: "government", "provinces" (for leading;
    for paying they are government), "industry", or "shared" when it names two."""
    found = {key for key, words in _WHO.items() if _mentions(plain, words)}
    if pays and "provinces" in found:
        found = (found - {"provinces"}) | {"government"}
    if "shared" in found or len(found) >= 2:
        return "shared"
    return next((key for key in ("government", "provinces", "industry") if key in found), None)


def quality_stems(quality: str) -> frozenset[str]:
    """Stems of the words that answer a quality ("new", "long-standing"…): they
    answer the part about it, they are not themes of the question."""
    if quality in (WHO, WHO_PAYS):
        return frozenset(normalise_word(w, lang) for words in _WHO.values() for phrase in words
                         for w in re.split(r"[\s'/-]+", phrase) if w for lang in ("en", "fr"))
    yes_words, no_words, middle_words, _ = _QUALITIES[quality]
    return frozenset(normalise_word(w, lang)
                     for phrase in (*yes_words, *no_words, *middle_words)
                     for w in re.split(r"[\s']+", phrase) if w for lang in ("en", "fr"))


def quality_key(predicate: str) -> str | None:
    """The quality a predicate word asks about ("new", "urgent"…), if known."""
    word = fold_accents(predicate.lower())
    word = _QUALITY_ALIASES.get(word, word)
    return word if word in _QUALITIES or word in (WHO, WHO_PAYS) else None


_NEITHER = re.compile(r"^\W*(?:neither|none\s+of\s+(?:the\s+)?(?:two|them|those|these)"
                      r"|ni\s+l'un\s+ni\s+l'autre|aucun(?:e)?\s+des\s+deux|ni\s+l'une)\b")
_ORDINAL = re.compile(r"\b(?:the\s+)?(?:(first|second)\s+(?:option|one|choice|approach|course)"
                      r"|(former|latter)|(?:la\s+)?(premiere|seconde|deuxieme)\s+(?:option|voie))\b")
_WITHOUT = re.compile(r"\b(?:without|sans|no|not|pas\s+de|pas\s+d'|aucune?|never|don't|do\s+not"
                      r"|n't)\s+(?:\w+\s+){0,2}$")
_ALT_SKIP = frozenset({"first", "now", "instead", "rather", "simply", "just", "also", "then",
                       "canada", "canadian", "ottawa", "federal"})


def alternative_stems(alternative: str) -> tuple[set[str], set[str]]:
    """The stems naming a course, split into those it takes and those it rules out
    ("flow without conditions": takes "flow", rules out "condition")."""
    takes: set[str] = set()
    rules_out: set[str] = set()
    text = _plain(alternative)
    for m in re.finditer(r"[\w'-]+", text):
        word = m.group(0)
        if word in _ALT_SKIP or word in STOP_WORDS or len(word) < 3:
            continue
        stems = {normalise_word(part, lang) for part in word.split("-") if len(part) > 2
                 for lang in ("en", "fr")}
        (rules_out if _WITHOUT.search(text[:m.start()]) else takes).update(stems)
    return takes, rules_out


def alternative_of(plain: str, alternatives: Sequence[str]) -> str | None:
    """"alt-0", "alt-1", "neither" or None: the course an answer chooses. The first
    course it names and does not reject wins; "the second option" and a bare yes (the
    first course) or no (the second) are read too."""
    if _NEITHER.match(plain):
        return "neither"
    ordinal = _ORDINAL.search(plain)
    if ordinal and len(alternatives) == 2:
        word = next(g for g in ordinal.groups() if g)
        return "alt-0" if word in ("first", "former", "premiere") else "alt-1"
    stems = [alternative_stems(a) for a in alternatives]
    shared = set.intersection(*(t | r for t, r in stems)) if stems else set()
    votes: list[tuple[int, int]] = []
    for m in re.finditer(r"[\w'-]+", plain):
        word = m.group(0)
        if word in STOP_WORDS or len(word) < 3:
            continue
        word_stems = {normalise_word(part, lang) for part in word.split("-") if len(part) > 2
                      for lang in ("en", "fr")}
        negated = _negated_before(plain, m.start()) or bool(_WITHOUT.search(plain[:m.start()]))
        for index, (takes, rules_out) in enumerate(stems):
            other = 1 - index if len(stems) == 2 else None
            if word_stems & (takes - shared):
                vote = other if negated else index
            elif word_stems & (rules_out - shared):
                vote = index if negated else other
            else:
                continue
            if vote is not None:
                votes.append((m.start(), vote))
    if votes:
        return f"alt-{min(votes)[1]}"
    if len(alternatives) == 2:
        if _YES_OPENERS.match(plain):
            return "alt-0"
        if _NO_OPENERS.match(plain):
            return "alt-1"
    return None


def alternative_label(alternative: str) -> str:
    """A tally line's name for a course: its first words, capitalised."""
    words = alternative.split()
    text = " ".join(words[:6])
    return text[:1].upper() + text[1:]


def tally(closed: Closed, texts: Sequence[str]) -> list[Position]:
    """The positions the answers take, largest first (answers with none left out)."""
    quality = quality_key(closed.predicate) if closed.predicate else None
    chosen: dict[str, list[int]] = {}
    labels: dict[str, str] = {}
    for index, text in enumerate(texts):
        plain = _plain(text)
        if quality in (WHO, WHO_PAYS):
            who = _who_of(plain, quality == WHO_PAYS)
            if who is None:
                continue
            key, labels[who] = who, _WHO_LABELS[who]
        elif quality is not None:
            kind = _quality_of(plain, quality)
            if kind is None:
                continue
            yes_label, no_label, middle_label = _QUALITIES[quality][3]
            key = {"yes": quality, "no": f"not-{quality}", "middle": f"middle-{quality}"}[kind]
            labels[key] = {"yes": yes_label, "no": no_label, "middle": middle_label}[kind]
        elif closed.options:
            option = _option_of(plain, closed.options)
            if _CONDITION.search(plain) or _YES_BUT.match(plain) or _WHEN.match(plain) \
                    or _DEPENDS.match(plain):
                key, labels["conditional"] = "conditional", "Conditional"
            elif option is not None:
                key = option
                labels[key] = option.capitalize()
            else:
                continue
        elif closed.alternatives:
            if _CONDITION.search(plain) or _YES_BUT.match(plain) or _WHEN.match(plain) \
                    or _DEPENDS.match(plain):
                key, labels["conditional"] = "conditional", "Conditional"
            else:
                chosen_alt = alternative_of(plain, closed.alternatives)
                if chosen_alt is None:
                    continue
                key = chosen_alt
                labels[key] = "Neither" if key == "neither" else \
                    alternative_label(closed.alternatives[int(key[4:])])
        else:
            stance = answer_stance(text, closed.proposal)
            if stance is None:
                continue
            key = stance
            labels[key] = stance.capitalize()
        chosen.setdefault(key, []).append(index)
    order = {key: k for k, key in enumerate(chosen)}
    return sorted((Position(key, labels[key], members) for key, members in chosen.items()),
                  key=lambda p: (-len(p.members), order[p.key]))


def tally_text(positions: Sequence[Position], total: int) -> str:
    """"No 8 · Yes 2 · Conditional 2 — of 12"."""
    if not positions:
        return ""
    return " · ".join(f"{p.label} {len(p.members)}" for p in positions) + f" — of {total}"
