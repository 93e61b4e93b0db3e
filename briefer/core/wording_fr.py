"""French wording of the messages in ``core.messages`` (English template -> French).

Keys are the English templates exactly as written in the code; each French
text uses the same ``{placeholders}`` (a test checks both, and that every
template the code writes has its French here).
"""

from __future__ import annotations

FR: dict[str, str] = {
    # -- the check (core.check) ------------------------------------------------------------
    "The note cites excerpt {id}, which no longer exists.":
        "La note cite l’extrait {id}, qui n’existe plus.",
    "Excerpt “{quote}” comes from source {source}, which is missing from the project ({reason}).":
        "L’extrait « {quote} » provient de la source {source}, absente du projet ({reason}).",
    "Excerpt “{quote}” comes from source {source}, which is missing from the project.":
        "L’extrait « {quote} » provient de la source {source}, absente du projet.",
    "Excerpt “{quote}” can no longer be found in {title}.":
        "L’extrait « {quote} » est introuvable dans {title}.",
    "Excerpt “{quote}” no longer matches {title} exactly; the source now reads “{now}”.":
        "L’extrait « {quote} » ne correspond plus exactement à {title} ; la source indique "
        "maintenant « {now} ».",
    "{title} lacks {fields} for its citation.": "Il manque {fields} à {title} pour sa citation.",
    "title": "titre",
    "outlet": "média",
    "date": "date",
    "author": "auteur",
    "web address": "adresse Web",
    "publisher": "éditeur",
    "volume": "volume",
    "pages": "pages",
    "DOI": "DOI",
}
