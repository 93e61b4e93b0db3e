"""Answers that reject an idea are not its support.

"Litigation alone has failed", "rather than relying on dispute mechanisms",
"I don't think diversification is realistic", "la diversification n'est pas
réaliste": each names an idea to reject it. A coder does not count such an
answer for the idea (and may note it as disagreeing). Rejection is read in
the clause that names the idea, by two cues:

* *before* the words, within four words and no "but" between: a negation
  or a word of rejection ("not", "never", "without", "rather than",
  "instead of", "against", "avoid", "pas", "sans", "plutôt que", "au lieu
  de", "contre"), except fixed phrases that do not negate ("not only",
  "no doubt", "non seulement");
* *after* the words, when they open the clause (its subject): a verdict
  that condemns them ("… alone has failed", "… would backfire", "… won't
  work", "… is unrealistic", "… is a mistake", "… n'est pas réaliste"), and
  for a question about what to do, a harm ("… would only hurt us").

A negation's reach ends at a subordinating word: "not unless the tariffs
go" and "not while the duties stay" reject neither tariffs nor duties.
"""

from __future__ import annotations

from briefer.core.themes.words import Clause, wordset

_NEGATORS = wordset("""
not no never nor neither without against avoid avoiding stop stopping abandon abandoning
reject rejecting oppose opposing don't doesn't didn't can't cannot won't wouldn't shouldn't
mustn't isn't aren't wasn't weren't hardly none less fewer
pas jamais sans ni contre éviter aucun aucune plutôt lieu abandonner rejeter cesser
""")
_NOT_NEGATING = {("not", "only"), ("not", "just"), ("not", "merely"), ("no", "doubt"),
                 ("no", "question"), ("no", "matter"), ("non", "seulement"),
                 ("pas", "seulement"), ("not", "least")}
_BUT = wordset("but however yet mais cependant toutefois")
# A negation does not reach past these: "not unless the tariffs go" rejects nothing.
_SCOPE_END = wordset("unless while until till before after if when once because since as that "
                     "which who where whether so si quand lorsque tant avant après puisque car "
                     "qui que parce")
_VERDICTS = wordset("""
failed fail fails failing backfire backfires backfired futile useless pointless unrealistic
counterproductive counter-productive mistake mistaken illusion dead-end unworkable
échoué échoue échouer inutile irréaliste contre-productif contre-productive erreur illusoire
""")
_NEGATED_VERBS = wordset("won't wouldn't doesn't don't cannot can't isn't aren't")
# Said of a course of action, these condemn it ("retaliation would only hurt us");
# said of a risk they confirm it, so they count only for questions about what to do.
_HARMS = wordset("hurt hurts harm harms harmful self-harm self-defeating damage damaging "
                 "costly nuire nuirait nuisible dommageable")


def is_rejected(clause: Clause, i: int, j: int, action: bool = False) -> bool:
    """Does the clause reject the idea named by its words ``i`` to ``j``?

    ``action``: the question asks what to do, so "… would hurt us" condemns.
    """
    lowers = [w.lower.replace("’", "'") for w in clause]
    for k in range(max(0, i - 4), i):
        word = lowers[k]
        if word in _BUT:
            continue
        if word in _NEGATORS or word.startswith(("n'", "d'aucun")):
            nxt = lowers[k + 1] if k + 1 < len(lowers) else ""
            if (word, nxt) in _NOT_NEGATING:
                continue
            if any(lowers[m] in _BUT or lowers[m] in _SCOPE_END for m in range(k + 1, i)):
                continue
            if word == "less" and k + 1 < i:  # "less reliance on X" rejects; "less X" alone is odd
                continue
            return True
        if word == "rather" and k + 1 < len(lowers) and lowers[k + 1] == "than":
            return True
        if word == "instead" and k + 1 < len(lowers) and lowers[k + 1] == "of":
            return True
    if _subject(lowers, i):
        after = lowers[j:j + 6]
        if any(w in _VERDICTS for w in after):
            return True
        if action and any(w in _HARMS for w in after[:4]):
            return True
        if "alone" in after and any(w in _NEGATORS or w in _NEGATED_VERBS or w == "not"
                                    for w in after):
            return True
        for k, word in enumerate(after[:4]):
            if word in ("is", "are", "would", "will", "n'est", "ne", "n'a", "n'ont", "won't",
                        "isn't", "aren't", "wouldn't", "doesn't", "don't", "will"):
                rest = after[k:k + 4]
                negated = word.endswith("n't") or word.startswith("n'") or word == "ne" \
                    or "not" in rest or "pas" in rest
                if negated and any(w in ("realistic", "work", "answer", "solution", "help",
                                         "réaliste", "solution", "fonctionne", "marche",
                                         "option", "viable", "wise", "sensible")
                                   for w in after[k:k + 6]):
                    return True
    return False


def _subject(lowers: list[str], i: int) -> bool:
    """Do the words at ``i`` open their clause (after determiners and the like)?"""
    lead = wordset("the a an our any more further new this that these those le la les l' des"
                   " un une i think believe")
    return all(w in lead or w.startswith("l'") for w in lowers[:i]) and i <= 3
