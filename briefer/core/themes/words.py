"""The words of survey answers, as the theme finder counts them.

Answers come in English or French, often both in one survey. Each answer is
cut into clauses at punctuation and into words; each word gets a *stem* under
which it is counted, so that the forms of one word meet:

* English: lower case, possessives dropped, plurals and common suffixes
  folded, and the noun made from a verb joined to it (politics / political ->
  ``politic``; engage / engagement, coordinate / coordination, diversify /
  diversification), plus a few equivalences (U.S. / US / United States ->
  ``us``, Chinese -> china). Snowball's English stemmer does not join
  derivations like these, which coders treat as one idea.
* French: elided articles dropped (l'offre -> offre), then Snowball's French
  stemmer (the ``snowballstemmer`` package), with a few equivalences
  (États-Unis -> ``us``, chinois -> china).
* Accents are folded after stemming, so cognates meet across the languages
  ("sécurité" and "security" -> ``secur``; "investissement" and
  "investment" -> ``invest``). Other English-French pairs meet through the
  concept lexicon (``themes.concepts``).

Stop-words of both languages and content-light words ("approach", "issue")
are kept as words (labels need them) but flagged, so they are never terms.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer


def wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


STOP_WORDS_EN = wordset("""
a about above across after again against all almost along already also although always am
among amongst an and another any anyone anything are around as at be because been before
being below beside besides between beyond both but by can cannot could did do does doing done
down during each either else enough especially etc even ever every e g eg ie i.e e.g few for
from further had has have having he her here hers herself him himself his how however i if in
into is it its itself just least less let like many may me might more most much must my myself
namely near neither no nor not notably now of off often on once one only onto or other others
otherwise our ours ourselves out over own per perhaps quite rather same several shall she
should since so some such than that the their theirs them themselves then there therefore
these they this those though through throughout thus to together too toward towards under
until up upon us very via was we well were what whatever when whenever where whereas whether
which while who whom whose why will with within without would yet you your yours yourself
also i'm it's don't doesn't isn't aren't can't won't we're they're yes
""")
STOP_WORDS_FR = wordset("""
a à afin ai ainsi alors au aucun aucune aussi autre autres aux avec avoir avons bien c ça car
ce ceci cela celle celles celui cependant certains ces cet cette ceux chaque chez comme comment
d dans de des donc dont du elle elles en encore entre est et été être eux fait faire faut il
ils j je l la le les leur leurs lors lui m ma mais me même mêmes mes moins mon n ne ni non nos
notre nous on ont ou où par parce pas peu peut plus plutôt pour pourquoi qu quand que quel
quelle quelles quels qui s sa sans se selon ses si sien soit son sont sous sur t ta tant te
tel telle tes toi ton tous tout toute toutes très trop tu un une vers via voici voilà vos
votre vous y oui devrait doit doivent devraient pourrait serait sera seront était sommes
êtes suis déjà toujours jamais surtout notamment
""")
STOP_WORDS = STOP_WORDS_EN | STOP_WORDS_FR

# Content-light words: never a theme on their own. The nouns are welcome inside a
# label ("Team Canada approach"); the verbs and adjectives may not start or end one.
GENERIC_NOUNS = wordset("""
approach approaches issue issues area areas way ways thing things element elements aspect
aspects level levels term terms point points example examples respect context degree part
parts kind kinds type types matter matters case cases fact facts order basis light lot lots
country countries question questions answer answers respondent respondents time times
problem problems challenge challenges priority priorities option options answer view views
nothing anything something everything everyone someone anyone people year years month months
policy policies government governments
week weeks day days today yesterday tomorrow lot deal side sides trade commerce
enjeu enjeux question questions façon manière chose choses niveau niveaux cas fait faits
pays problème problèmes défi défis priorité priorités option options rien quelque chose
année années an ans mois semaine jour jours gens commerce commercial commerciale
""")
LIGHT_WORDS = wordset("""
significant important key best better good great main major overall certain various new
make making made take taking get getting give given provide providing use using used
continue continued continuing continues remain remains become becomes becoming include
includes including included need needs needed seek seeking ensure ensuring pursue pursuing
focus focused focusing find finding address addressing help helping s t first now soon
really also still already think believe
important importante importants importantes nouveau nouvelle nouveaux nouvelles grand grande
grands grandes meilleur meilleure faire mettre prendre assurer besoin premier première
""")
GENERIC_WORDS = GENERIC_NOUNS | LIGHT_WORDS

# Words telling the language of a short text apart.
_EN_MARKERS = wordset("the and is are of to for with we it this that not be should on by"
                      " yes no must our their have has will would than")
_FR_MARKERS = wordset("le la les des du est et une un pour dans avec sont nous pas que qui au"
                      " aux ce cette il elle sur par ne plus oui non doit faut être leur nos")

_TOKEN = re.compile(
    r"(?P<word>U\.S\.(?:A\.)?|[^\W_]+(?:['’-][^\W_]+)*)|(?P<punct>[.,;:!?()\[\]\"“”/…—–«»])")
_ELISION = re.compile(r"^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|presqu)['’](?=\w)",
                      re.IGNORECASE)

_IRREGULAR = {
    "u.s.": "us", "u.s.a.": "us", "usa": "us", "chinese": "china", "american": "us",
    "americans": "us", "america": "us", "canadian": "canada", "canadians": "canada",
    "mexican": "mexico",
    "european": "europe", "politics": "politic", "political": "politic",
    "politically": "politic", "polities": "polity", "economic": "economy", "economics":
    "economy", "economies": "economy", "economical": "economy", "data": "data", "news": "news",
    # irregular verb forms whose stems the suffix rules cannot reach
    "tied": "tie", "tying": "tie", "kept": "keep", "paid": "pay", "built": "build",
    "held": "hold", "sold": "sell", "bought": "buy", "made": "make", "led": "lead",
    "brought": "bring", "taught": "teach", "thought": "think",
}
_IRREGULAR_FR = {
    "états-unis": "us", "etats-unis": "us", "é.-u": "us", "américain": "us",
    "américaine": "us", "américains": "us", "américaines": "us", "amérique": "us",
    "chinois": "china", "chinoise": "china", "chinoises": "china",
    "chine": "china", "canadien": "canada", "canadienne": "canada", "canadiens": "canada",
    "canadiennes": "canada", "européen": "europe", "européenne": "europe",
    "européens": "europe", "européennes": "europe", "mexique": "mexico",
    "mexicain": "mexico", "économie": "economy", "économique": "economy",
    "économiques": "economy", "économies": "economy", "politique": "politic",
    "politiques": "politic",
}

# Common French words of policy answers and their English equivalents, so that
# "les prix trop bas" and "low prices" meet (other pairs meet through concepts).
_FRENCH_ENGLISH = {
    "prix": "price", "tarif": "tariff", "marché": "market", "coût": "cost", "coûteux": "costly",
    "emploi": "job", "emplois": "jobs", "travailleur": "worker", "entreprise": "company",
    "exportation": "export", "importation": "import",
    "frontière": "border", "chaîne": "chain", "approvisionnement": "supply",
    "fournisseur": "supplier", "fabrication": "manufacturing", "fabricant": "manufacturer",
    "usine": "plant", "dépendance": "dependence", "accord": "agreement",
    "négociation": "negotiation", "négocier": "negotiate", "représailles": "retaliation",
    "subvention": "subsidy", "investissement": "investment", "investir": "invest",
    "chemin": "rail", "réglementation": "regulation", "règle": "rule", "norme": "standard",
    "sécurité": "security", "énergie": "energy", "électricité": "electricity",
    "pétrole": "oil", "gaz": "gas", "minéral": "mineral", "minéraux": "minerals",
    "agriculteur": "farmer", "ferme": "farm", "producteur": "producer", "pêche": "fishing",
    "pêcheur": "fisher", "homard": "lobster", "crabe": "crab", "lait": "milk",
    "laitier": "dairy", "bœuf": "beef", "boeuf": "beef", "porc": "pork", "bois": "wood",
    "forêt": "forest", "fédéral": "federal", "gouvernement": "government", "loi": "law",
    "tribunal": "court", "différend": "dispute", "japon": "japan", "corée": "korea",
    "inde": "india", "consommateur": "consumer", "hausse": "increase", "baisse": "decrease",
    "pénurie": "shortage", "réserve": "reserve", "médicament": "drug", "santé": "health",
    "logement": "housing", "formation": "training", "compétence": "skill",
    "salaire": "wage", "impôt": "tax", "taxe": "tax", "numérique": "digital",
    "donnée": "data", "technologie": "technology", "recherche": "research",
    "climat": "climate", "carbone": "carbon", "émission": "emission",
    "environnement": "environment", "camion": "truck", "navire": "ship", "glace": "ice",
    "arctique": "arctic", "souveraineté": "sovereignty", "autochtone": "indigenous",
    "communauté": "community", "région": "region", "ville": "city", "retard": "delay",
    "délai": "delay", "lent": "slow", "permis": "permit", "approbation": "approval",
    "incertitude": "uncertainty", "certitude": "certainty", "prévisibilité": "predictability",
    "confiance": "trust", "allié": "ally", "partenaire": "partner",
    "partenariat": "partnership", "coopération": "cooperation", "diplomatie": "diplomacy",
    "pression": "pressure", "menace": "threat", "risque": "risk", "crise": "crisis",
    "guerre": "war", "croissance": "growth", "investisseur": "investor", "banque": "bank",
    "crédit": "credit", "prêt": "loan", "garantie": "guarantee", "liquidité": "liquidity",
    "faillite": "bankruptcy", "fermeture": "closure", "chômage": "unemployment",
    "contingent": "quota", "douane": "customs", "conformité": "compliance",
    "protectionnisme": "protectionism", "réciprocité": "reciprocity", "équité": "fairness",
    "transparence": "transparency", "réforme": "reform", "examen": "review",
    "révision": "review", "prolongation": "extension", "renouvellement": "renewal",
    "abolir": "abolish", "maintenir": "maintain", "réduire": "reduce",
    "augmenter": "increase", "marge": "margin", "générique": "generic",
    "fabriquer": "manufacture", "qualité": "quality", "stockage": "storage",
    "dirigeant": "leader", "province": "province", "provincial": "provincial",
    "main-d'œuvre": "labour", "main-d'oeuvre": "labour", "syndicat": "union",
    "industrie": "industry", "secteur": "sector", "infrastructure": "infrastructure",
    "véhicule": "vehicle", "batterie": "battery", "acier": "steel", "aluminium": "aluminum",
    "engrais": "fertilizer", "potasse": "potash", "port": "port", "ports": "ports",
}

# (suffix, replacement, shortest stem left) -- the first that applies wins.
_SUFFIXES = (
    ("ologies", "olog", 3), ("ological", "olog", 3), ("ology", "olog", 3),
    ("ically", "ic", 3), ("ical", "ic", 3), ("ivity", "iv", 3), ("izations", "iz", 3),
    ("ization", "iz", 3), ("ations", "at", 3), ("ation", "at", 3), ("ating", "at", 3),
    ("ated", "at", 3), ("ate", "at", 3), ("ions", "", 4), ("ion", "", 4),
    ("ifying", "ificat", 3), ("ified", "ificat", 3), ("ify", "ificat", 3),
    ("ements", "", 4), ("ement", "", 4), ("mental", "", 4), ("ments", "", 4), ("ment", "", 4),
    ("ities", "", 4), ("ity", "", 4), ("ive", "iv", 3),
    ("ings", "", 4), ("ing", "", 4), ("ed", "", 4), ("ally", "", 4), ("al", "", 4),
    ("ly", "", 5), ("ists", "", 4), ("ist", "", 4), ("ism", "", 4), ("es", "", 4), ("e", "", 4),
)


def fold_accents(text: str) -> str:
    """"Québec" -> "Quebec": accents dropped, letters kept."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed
                                                if not unicodedata.combining(c)))


def normalise_word(word: str, lang: str = "en") -> str:
    """The stem a word is counted under (see the module notes).

    A hyphenated compound stays one word ("non-tariff" is not "tariff"), each
    part normalised.
    """
    return _normalise_cached(word, lang)


@lru_cache(maxsize=65536)
def _normalise_cached(word: str, lang: str) -> str:
    lower = word.lower().replace("’", "'")
    if lang == "fr" and lower in _IRREGULAR_FR:
        return _IRREGULAR_FR[lower]
    bare = _ELISION.sub("", word)
    if "-" in bare.strip("-"):
        return "-".join(_normalise_simple(part, lang) for part in bare.split("-") if part)
    return _normalise_simple(bare, lang)


def _normalise_simple(word: str, lang: str) -> str:
    if word in ("US", "USA") or word.upper().startswith("U.S."):
        return "us"
    w = word.lower().replace("’", "'")
    if lang == "fr":
        if w in _IRREGULAR_FR:
            return _IRREGULAR_FR[w]
        stem = fold_accents(_FRENCH.stemWord(w))
        english = _french_english().get(stem)
        return _normalise_simple(english, "en") if english else stem
    if w.endswith("'s"):
        w = w[:-2]
    elif w.endswith("'"):
        w = w[:-1]
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    w = fold_accents(w)
    if len(w) > 4 and w.endswith(("ies", "ied")):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith("sses"):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ous")):
        w = w[:-1]
    for suffix, repl, keep in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= keep:
            return w[: len(w) - len(suffix)] + repl
    return w


_FRENCH = snowballstemmer.stemmer("french")


@lru_cache(maxsize=1)
def _french_english() -> dict[str, str]:
    """French stems (Snowball, accents folded) -> the English word they stand for."""
    return {fold_accents(_FRENCH.stemWord(fr.lower())): en for fr, en in _FRENCH_ENGLISH.items()}


# Stem tables are built on first use, not at import: the window paints before any outline.
@lru_cache(maxsize=1)
def _light_stems() -> frozenset[str]:
    return frozenset(normalise_word(w) for w in LIGHT_WORDS) | frozenset(
        normalise_word(w, "fr") for w in LIGHT_WORDS)


@lru_cache(maxsize=1)
def _generic_stems() -> frozenset[str]:
    return frozenset(normalise_word(w) for w in GENERIC_WORDS) | frozenset(
        normalise_word(w, "fr") for w in GENERIC_NOUNS)


def language(text: str) -> str:
    """"fr" when a text reads as French, else "en" (by their commonest words)."""
    words = [m.group(0).lower() for m in re.finditer(r"[^\W\d_]+", text)]
    fr = sum(1 for w in words if w in _FR_MARKERS)
    en = sum(1 for w in words if w in _EN_MARKERS)
    if fr == en == 0:
        accented = sum(1 for w in words if w != fold_accents(w))
        return "fr" if accented else "en"
    return "fr" if fr > en else "en"


@dataclass(frozen=True)
class Word:
    surface: str
    stem: str
    stop: bool  # a function word: never a term, never at a label's edge
    start: int  # span in the text the word was read from
    end: int

    @property
    def generic(self) -> bool:
        return self.stem in _generic_stems() or self.surface.lower() in GENERIC_WORDS

    @property
    def edge_ok(self) -> bool:
        """May this word start or end a label?"""
        return not self.stop and self.stem not in _light_stems() \
            and self.surface.lower() not in LIGHT_WORDS

    @property
    def lower(self) -> str:
        return self.surface.lower()


Clause = list[Word]


def is_stop(surface: str, stem: str) -> bool:
    lower = surface.lower().replace("’", "'")
    if stem == "us":
        return lower == "us" and surface != "US"
    return lower in STOP_WORDS or stem in STOP_WORDS or len(stem) < 2 or stem.isdigit() \
        or bool(_ELISION.match(lower) and lower.split("'", 1)[1] in STOP_WORDS)


def clauses(text: str, lang: str | None = None) -> list[Clause]:
    """Words of a text, grouped into clauses split at punctuation."""
    return _clauses_cached(text, lang or language(text))


@lru_cache(maxsize=16384)
def _clauses_cached(text: str, lang: str) -> list[Clause]:
    result: list[Clause] = [[]]
    for m in _TOKEN.finditer(text):
        if m.group("punct"):
            if result[-1]:
                result.append([])
            continue
        surface = m.group("word")
        stem = normalise_word(surface, lang)
        word = Word(surface, stem, is_stop(surface, stem), m.start(), m.end())
        current = result[-1]
        if current and current[-1].lower == "united" and surface.lower() == "states":
            current[-1] = Word(text[current[-1].start:m.end()], "us", False,
                               current[-1].start, m.end())
            continue
        current.append(word)
    return [c for c in result if c]
