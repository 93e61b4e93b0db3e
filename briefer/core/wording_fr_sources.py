"""French wording of the messages about sources: reading them, importing files and
bibliographies (English template -> French; merged into ``core.wording_fr.FR``).

Split from ``core.wording_fr`` by subject; the same rules hold: keys are the
English templates exactly as the code writes them, and each French text uses
the same ``{placeholders}``.
"""

from __future__ import annotations

SOURCES_FR: dict[str, str] = {
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
    "{file}: {count} control character{count:?|s} that documents cannot hold "
    "{count:?was|were} removed":
        "{file} : {count} caractère{count:?|s} de contrôle que les documents ne peuvent pas "
        "contenir {count:?a été supprimé|ont été supprimés}",
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
    ", metadata attached to {count}": ", métadonnées associées à {count} source{count:?|s}",
    " (cancelled)": " (importation annulée)",
    "{headline}\n{details}": "{headline}\n{details}",
    "refused {reason}": "refusé — {reason}",
    "refused {file}: {reason}": "refusé — {file} : {reason}",
    "{count} excerpt{count:?|s} orphaned — their words are gone from the new text: {ids}":
        "{count} extrait{count:?|s} orphelin{count:?|s} — leurs mots ne figurent plus dans le "
        "nouveau texte : {ids}",
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
    "{file}: its text is that of {title!r} (source {id}), already in the project; "
    "imported as {new}":
        "{file} : son texte est celui de {title!r} (source {id}), déjà dans le projet ; "
        "importé sous {new}",
    "{file}: not imported; its text is that of {title!r} (source {id}), already in the "
    "project":
        "{file} : non importé ; son texte est celui de {title!r} (source {id}), déjà dans le "
        "projet",
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
    "{where}: removed {count} control character{count:?|s} that a Word document cannot hold":
        "{where} : {count} caractère{count:?|s} de contrôle qu’un document Word ne peut pas "
        "contenir {count:?a été supprimé|ont été supprimés}",
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
    "{file}: {count} @{kind} entr{count:?y|ies} read as documents; Briefer does not know that "
    "type":
        "{file} : {count} entrée{count:?|s} @{kind} lue{count:?|s} comme documents ; Briefer "
        "ne connaît pas "
        "ce type",
    "{file}: {field} left out of {count} entr{count:?y|ies}; Briefer does not use it":
        "{file} : {field} omis dans {count} entrée{count:?|s} ; Briefer ne s’en sert pas",
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
    "{folder} is a plain folder of sources, not a project; nothing is removed from it":
        "{folder} est un simple dossier de sources, pas un projet ; rien n’y est retiré",
    "source {source} cannot be read now ({reason}); bring its file back before removing it":
        "la source {source} est illisible pour le moment ({reason}) ; remettez son fichier "
        "en place avant de la retirer",

}
