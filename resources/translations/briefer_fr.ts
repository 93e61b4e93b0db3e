<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../briefer/gui/commands/excerpts.py" line="45"/>
        <source>Add excerpt</source>
        <translation>Ajouter l’extrait</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/excerpts.py" line="58"/>
        <source>Use as paraphrase</source>
        <translation>Utiliser comme paraphrase</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/excerpts.py" line="59"/>
        <source>Use as quotation</source>
        <translation>Utiliser comme citation</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/excerpts.py" line="71"/>
        <source>Edit paraphrase</source>
        <translation>Modifier la paraphrase</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/excerpts.py" line="83"/>
        <source>Edit lead-in</source>
        <translation>Modifier l’introduction</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/excerpts.py" line="117"/>
        <source>Add theme to note</source>
        <translation>Ajouter le thème à la note</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/note.py" line="26"/>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/note.py" line="26"/>
        <source>From</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/note.py" line="26"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/note.py" line="27"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/note.py" line="27"/>
        <source>French subject</source>
        <translation>Objet en français</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/note.py" line="28"/>
        <source>File number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/note.py" line="28"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/note.py" line="29"/>
        <source>Purpose</source>
        <translation>But</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/note.py" line="29"/>
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/note.py" line="29"/>
        <source>Contact</source>
        <translation>Personne-ressource</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/note.py" line="30"/>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/note.py" line="52"/>
        <source>Add text block</source>
        <translation>Ajouter un bloc de texte</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/note.py" line="64"/>
        <source>Delete excerpt</source>
        <translation>Supprimer l’extrait</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/note.py" line="63"/>
        <source>Delete text block</source>
        <translation>Supprimer le bloc de texte</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/note.py" line="80"/>
        <source>Move block</source>
        <translation>Déplacer le bloc</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/note.py" line="94"/>
        <source>Edit text</source>
        <translation>Modifier le texte</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/note.py" line="107"/>
        <source>Edit metadata: %1</source>
        <translation>Modifier les métadonnées : %1</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/note.py" line="121"/>
        <source>Draft from outline</source>
        <translation>Rédiger à partir du plan</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/spell_check.py" line="45"/>
        <source>English (Canada)</source>
        <translation>anglais (Canada)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/spell_check.py" line="45"/>
        <source>French (Canada)</source>
        <translation>français (Canada)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/spell_check.py" line="133"/>
        <source>Spelling is not checked: no %1 dictionary. Install the Debian package %2.</source>
        <translation>L’orthographe n’est pas vérifiée : aucun dictionnaire %1. Installez le paquet Debian %2.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/spell_check.py" line="135"/>
        <source>Spelling is not checked: no %1 dictionary.</source>
        <translation>L’orthographe n’est pas vérifiée : aucun dictionnaire %1.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/spell_check.py" line="234"/>
        <source>Add “%1” to the project dictionary</source>
        <translation>Ajouter « %1 » au dictionnaire du projet</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/spell_check.py" line="278"/>
        <source>Check Spelling as You Type</source>
        <translation>Vérifier l’orthographe pendant la frappe</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/spell_check.py" line="341"/>
        <source>(No spelling suggestions)</source>
        <translation>(Aucune suggestion)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/spell_check.py" line="344"/>
        <source>Add to Project Dictionary</source>
        <translation>Ajouter au dictionnaire du projet</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/spell_check.py" line="346"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/spell_check.py" line="366"/>
        <source>Correct spelling</source>
        <translation>Corriger l’orthographe</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/server_open.py" line="124"/>
        <location filename="../../briefer/gui/server_open.py" line="149"/>
        <source>Cannot open the team project</source>
        <translation>Impossible d’ouvrir le projet d’équipe</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/server_open.py" line="126"/>
        <source>Briefer could not open “{0}”.</source>
        <translation>Briefer n’a pas pu ouvrir « {0} ».</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/server_open.py" line="128"/>
        <source>Opening {0}…</source>
        <translation>Ouverture de {0}…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/server_open.py" line="142"/>
        <source>Open Team Project</source>
        <translation>Ouvrir un projet d’équipe</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/server_open.py" line="143"/>
        <source>The project&apos;s address on the team server (postgresql://host/database):</source>
        <translation>L’adresse du projet sur le serveur d’équipe (postgresql://hôte/base) :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/server_open.py" line="150"/>
        <source>“{0}” is not the address of a PostgreSQL database (postgresql://host/database).</source>
        <translation>« {0} » n’est pas l’adresse d’une base PostgreSQL (postgresql://hôte/base).</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/window_parts.py" line="108"/>
        <source>Find &amp;Evidence in the News</source>
        <translation>Chercher dans les &amp;nouvelles</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/window_parts.py" line="109"/>
        <source>News passages on the words selected</source>
        <translation>Passages des nouvelles sur les mots sélectionnés</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/window_parts.py" line="119"/>
        <source>Recovery copy not saved: {0}</source>
        <translation>Copie de récupération non enregistrée : {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/window_parts.py" line="155"/>
        <source>The source opens as soon as the project is read.</source>
        <translation>La source s’ouvrira dès que le projet sera lu.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/window_parts.py" line="187"/>
        <source>This excerpt&apos;s words are no longer in its source.</source>
        <translation>Les mots de cet extrait ne sont plus dans sa source.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/window_parts.py" line="200"/>
        <location filename="../../briefer/gui/window_parts.py" line="212"/>
        <source>Cannot add the excerpt</source>
        <translation>Impossible d’ajouter l’extrait</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/window_parts.py" line="201"/>
        <source>The note has no sections yet. Use Note ▸ Draft from outline first, then add excerpts to its sections.</source>
        <translation>La note n’a pas encore de sections. Utilisez d’abord Note ▸ Rédiger à partir du plan, puis ajoutez les extraits à ses sections.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/window_parts.py" line="206"/>
        <location filename="../../briefer/gui/window_parts.py" line="244"/>
        <source>Add the excerpt to:</source>
        <translation>Ajouter l’extrait à :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/window_parts.py" line="208"/>
        <source>No excerpt added: no section chosen.</source>
        <translation>Aucun extrait ajouté : aucune section choisie.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/window_parts.py" line="213"/>
        <source>Select some text of a source in the reader first.</source>
        <translation>Sélectionnez d’abord du texte d’une source dans le lecteur.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/window_parts.py" line="216"/>
        <source>Excerpt added to “{0}”.</source>
        <translation>Extrait ajouté à « {0} ».</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/window_parts.py" line="239"/>
        <source>The note has no sections yet: use Note ▸ Draft from outline first.</source>
        <translation>La note n’a pas encore de sections : utilisez d’abord Note ▸ Rédiger à partir du plan.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/window_parts.py" line="244"/>
        <location filename="../../briefer/gui/window_parts.py" line="257"/>
        <source>New excerpts go to:</source>
        <translation>Les nouveaux extraits vont dans :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/window_parts.py" line="251"/>
        <source>New excerpts go to “{0}”.</source>
        <translation>Les nouveaux extraits vont dans « {0} ».</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/recovery_offer.py" line="36"/>
        <source>Briefer found changes to “{0}” that were not saved: a recovery copy written at {1}.</source>
        <translation>Briefer a trouvé des modifications non enregistrées de « {0} » : une copie de récupération écrite à {1}.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/recovery_offer.py" line="39"/>
        <source>The project was last saved at {0}.</source>
        <translation>Le projet a été enregistré pour la dernière fois à {0}.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/recovery_offer.py" line="43"/>
        <source>It was saved AFTER this copy was written: restoring brings the copy&apos;s changes back and merges them with what was saved since; where both changed the same part, saving will ask which to keep.</source>
        <translation>Il a été enregistré APRÈS l’écriture de cette copie : la restauration rétablit les modifications de la copie et les fusionne avec ce qui a été enregistré depuis ; là où les deux ont modifié la même partie, l’enregistrement vous demandera laquelle garder.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/recovery_offer.py" line="46"/>
        <source>Restore unsaved changes?</source>
        <translation>Restaurer les modifications non enregistrées&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/recovery_offer.py" line="47"/>
        <source>Restore them?</source>
        <translation>Les restaurer&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/recovery_offer.py" line="48"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/recovery_offer.py" line="48"/>
        <source>Discard them</source>
        <translation>Les abandonner</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/recovery_offer.py" line="55"/>
        <source>Cannot restore the changes</source>
        <translation>Impossible de restaurer les modifications</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/recovery_offer.py" line="62"/>
        <source>Unsaved changes restored; save to keep them.</source>
        <translation>Modifications restaurées&#x202f;; enregistrez pour les conserver.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/opening_progress.py" line="63"/>
        <source>Opening {0}… search meanwhile with Ctrl+K</source>
        <translation>Ouverture de {0}… cherchez en attendant avec Ctrl+K</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/opening_progress.py" line="67"/>
        <source>Sources read</source>
        <translation>Sources lues</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/opening_progress.py" line="69"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/opening_progress.py" line="70"/>
        <source>Cancel opening {0}</source>
        <translation>Annuler l’ouverture de {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/opening_progress.py" line="109"/>
        <source>Opening {0}: {1} of {2} sources read; search meanwhile with Ctrl+K</source>
        <translation>Ouverture de {0} : {1} sources lues sur {2} ; cherchez en attendant avec Ctrl+K</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/opening_progress.py" line="246"/>
        <source>Opening “{0}” was cancelled.</source>
        <translation>L’ouverture de « {0} » a été annulée.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/opening_progress.py" line="252"/>
        <source>Cannot open the project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
</context>
<context>
    <name>CitationStyleMenu</name>
    <message>
        <location filename="../../briefer/gui/style_menu.py" line="29"/>
        <source>Citation &amp;style</source>
        <translation>&amp;Style de citation</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/style_menu.py" line="33"/>
        <source>&amp;Chicago (notes and bibliography, 18th ed.)</source>
        <translation>&amp;Chicago (notes et bibliographie, 18e éd.)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/style_menu.py" line="34"/>
        <source>&amp;APA (7th ed.)</source>
        <translation>&amp;APA (7e éd.)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/style_menu.py" line="35"/>
        <source>&amp;McGill Guide (Canadian legal citation)</source>
        <translation>Guide &amp;McGill (référence juridique canadienne)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/style_menu.py" line="46"/>
        <location filename="../../briefer/gui/style_menu.py" line="62"/>
        <source>Other style…</source>
        <translation>Autre style…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/style_menu.py" line="47"/>
        <source>A style of the CSL repository by name, such as ieee</source>
        <translation>Un style du dépôt CSL, par son nom, comme ieee</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/style_menu.py" line="52"/>
        <source>Style &amp;file (.csl)…</source>
        <translation>&amp;Fichier de style (.csl)…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/style_menu.py" line="63"/>
        <source>Other style (%1)…</source>
        <translation>Autre style (%1)…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/style_menu.py" line="71"/>
        <location filename="../../briefer/gui/style_menu.py" line="83"/>
        <source>Citation style</source>
        <translation>Style de citation</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/style_menu.py" line="76"/>
        <source>Citation style: %1</source>
        <translation>Style de citation : %1</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/style_menu.py" line="84"/>
        <source>Name of a style in the CSL repository (for example ieee, harvard-cite-them-right, modern-language-association):</source>
        <translation>Nom d’un style du dépôt CSL (par exemple ieee, harvard-cite-them-right, modern-language-association) :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/style_menu.py" line="93"/>
        <source>Citation style file</source>
        <translation>Fichier de style de citation</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/style_menu.py" line="94"/>
        <source>Citation styles (*.csl)</source>
        <translation>Styles de citation (*.csl)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../briefer/gui/conflict_dialog.py" line="49"/>
        <source>Someone else saved the same parts</source>
        <translation>Quelqu’un d’autre a enregistré les mêmes parties</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/gui/conflict_dialog.py" line="53"/>
        <source>Since you opened this project, someone else saved it on the team server, and changed %n part(s) you changed too. Everything else was merged. Choose which version of each part to keep; nothing is sent to the server until you press Save.</source>
        <translation>
            <numerusform>Depuis que vous avez ouvert ce projet, quelqu’un d’autre l’a enregistré sur le serveur d’équipe et a modifié %n partie que vous avez aussi modifiée. Tout le reste a été fusionné. Choisissez la version à garder pour chaque partie ; rien n’est envoyé au serveur avant que vous appuyiez sur Enregistrer.</numerusform>
            <numerusform>Depuis que vous avez ouvert ce projet, quelqu’un d’autre l’a enregistré sur le serveur d’équipe et a modifié %n parties que vous avez aussi modifiées. Tout le reste a été fusionné. Choisissez la version à garder pour chaque partie ; rien n’est envoyé au serveur avant que vous appuyiez sur Enregistrer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/gui/conflict_dialog.py" line="57"/>
        <source>Since you opened this project, someone else saved it, and changed %n part(s) you changed too. Everything else was merged. Choose which version of each part to keep; nothing is saved until you press Save.</source>
        <translation>
            <numerusform>Depuis que vous avez ouvert ce projet, quelqu’un d’autre l’a enregistré et a modifié %n partie que vous avez aussi modifiée. Tout le reste a été fusionné. Choisissez la version à garder pour chaque partie ; rien n’est enregistré avant que vous appuyiez sur Enregistrer.</numerusform>
            <numerusform>Depuis que vous avez ouvert ce projet, quelqu’un d’autre l’a enregistré et a modifié %n parties que vous avez aussi modifiées. Tout le reste a été fusionné. Choisissez la version à garder pour chaque partie ; rien n’est enregistré avant que vous appuyiez sur Enregistrer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefer/gui/conflict_dialog.py" line="63"/>
        <source>&lt;b&gt;Your version&lt;/b&gt;</source>
        <translation>&lt;b&gt;Votre version&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/conflict_dialog.py" line="64"/>
        <source>&lt;b&gt;Saved on the team server&lt;/b&gt;</source>
        <translation>&lt;b&gt;Version enregistrée sur le serveur d’équipe&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/conflict_dialog.py" line="65"/>
        <source>&lt;b&gt;Saved on disk&lt;/b&gt;</source>
        <translation>&lt;b&gt;Version enregistrée sur le disque&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/conflict_dialog.py" line="72"/>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/conflict_dialog.py" line="73"/>
        <source>Keep theirs</source>
        <translation>Garder l’autre</translation>
    </message>
</context>
<context>
    <name>DragHandle</name>
    <message>
        <location filename="../../briefer/gui/note_block_widgets.py" line="145"/>
        <source>Drag to move this block (or Alt+Up / Alt+Down)</source>
        <translation>Glisser pour déplacer ce bloc (ou Alt+Haut / Alt+Bas)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_block_widgets.py" line="146"/>
        <source>Move handle</source>
        <translation>Poignée de déplacement</translation>
    </message>
</context>
<context>
    <name>DuplicatePrompt</name>
    <message>
        <location filename="../../briefer/gui/duplicate_prompt.py" line="44"/>
        <source>Same text as a source already there</source>
        <translation>Même texte qu’une source déjà présente</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/duplicate_prompt.py" line="45"/>
        <source>The text of {0} is that of “{1}” ({2}), already in the project: the same article in another format?</source>
        <translation>Le texte de {0} est celui de « {1} » ({2}), déjà dans le projet : le même article dans un autre format ?</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/duplicate_prompt.py" line="47"/>
        <source>Importing it anyway makes a second source; excerpts would then be split between the two.</source>
        <translation>L’importer quand même crée une deuxième source ; les extraits seraient alors répartis entre les deux.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/duplicate_prompt.py" line="49"/>
        <source>Import Anyway</source>
        <translation>Importer quand même</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/duplicate_prompt.py" line="49"/>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../briefer/gui/evidence_panel.py" line="124"/>
        <source>Evidence in the news</source>
        <translation>Ce que disent les nouvelles</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/evidence_panel.py" line="141"/>
        <source>News passages</source>
        <translation>Passages des nouvelles</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/evidence_panel.py" line="152"/>
        <source>Add as excerpt</source>
        <translation>Ajouter comme extrait</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/evidence_panel.py" line="154"/>
        <source>Quote the passage in the note, linked to the theme (Ctrl+E)</source>
        <translation>Citer le passage dans la note, lié au thème (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/evidence_panel.py" line="157"/>
        <source>Find evidence for selection</source>
        <translation>Chercher pour la sélection</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/evidence_panel.py" line="159"/>
        <source>News passages on the words selected in the reader</source>
        <translation>Passages des nouvelles sur les mots sélectionnés dans le lecteur</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/evidence_panel.py" line="185"/>
        <source>Select a theme to see what the news says about it.</source>
        <translation>Sélectionnez un thème pour voir ce qu’en disent les nouvelles.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/evidence_panel.py" line="196"/>
        <location filename="../../briefer/gui/evidence_panel.py" line="207"/>
        <source>News on “{0}”</source>
        <translation>Nouvelles sur « {0} »</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/evidence_panel.py" line="197"/>
        <source>No news source speaks to this theme.</source>
        <translation>Aucune source d’actualité ne traite de ce thème.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/evidence_panel.py" line="209"/>
        <source>No news source speaks to this.</source>
        <translation>Aucune source d’actualité n’en traite.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/evidence_panel.py" line="278"/>
        <source>Score {0:.1f} · matched: {1}</source>
        <translation>Score {0:.1f} · mots trouvés : {1}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/evidence_panel.py" line="285"/>
        <source>Reading the news…</source>
        <translation>Lecture des nouvelles…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/evidence_panel.py" line="306"/>
        <source>The note has no sections yet: use Note ▸ Draft from outline first.</source>
        <translation>La note n’a pas encore de sections : utilisez d’abord Note ▸ Rédiger à partir du plan.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/evidence_panel.py" line="311"/>
        <source>Choose where excerpts go first (Ctrl+Shift+E).</source>
        <translation>Choisissez d’abord où vont les extraits (Ctrl+Maj+E).</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/evidence_panel.py" line="321"/>
        <source>Excerpt added to “{0}”.</source>
        <translation>Extrait ajouté à « {0} ».</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/evidence_panel.py" line="330"/>
        <source>Select some words in the reader first.</source>
        <translation>Sélectionnez d’abord des mots dans le lecteur.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/evidence_panel.py" line="344"/>
        <source>Add the excerpt to:</source>
        <translation>Ajouter l’extrait à :</translation>
    </message>
</context>
<context>
    <name>ExcerptBlockWidget</name>
    <message>
        <location filename="../../briefer/gui/note_block_widgets.py" line="307"/>
        <source>Quotation</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_block_widgets.py" line="308"/>
        <location filename="../../briefer/gui/note_block_widgets.py" line="333"/>
        <source>Paraphrase</source>
        <translation>Paraphrase</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_block_widgets.py" line="309"/>
        <source>Use as quotation or paraphrase</source>
        <translation>Utiliser comme citation ou paraphrase</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_block_widgets.py" line="310"/>
        <source>Quote the exact words or put them in your own (Ctrl+Shift+Q)</source>
        <translation>Citer les mots exacts ou les reformuler (Ctrl+Maj+Q)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_block_widgets.py" line="324"/>
        <source>Lead-in (optional): “As one expert put it,”</source>
        <translation>Introduction (facultative) : « Comme l’a dit un expert, »</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_block_widgets.py" line="325"/>
        <source>Lead-in before the quotation</source>
        <translation>Introduction avant la citation</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_block_widgets.py" line="330"/>
        <source>Your words for this excerpt</source>
        <translation>Vos mots pour cet extrait</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_block_widgets.py" line="343"/>
        <source>Click to show these words in their source</source>
        <translation>Cliquer pour voir ces mots dans leur source</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_block_widgets.py" line="422"/>
        <source>(this excerpt is missing from the project)</source>
        <translation>(cet extrait est absent du projet)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_block_widgets.py" line="428"/>
        <source>Source words: %1</source>
        <translation>Mots de la source : %1</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_block_widgets.py" line="433"/>
        <source>Citation…</source>
        <translation>Citation…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_block_widgets.py" line="435"/>
        <source>Source %1 is missing from the project</source>
        <translation>La source %1 est absente du projet</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_block_widgets.py" line="440"/>
        <source>Moved: found at another place in its source</source>
        <translation>Déplacé : trouvé à un autre endroit de sa source</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_block_widgets.py" line="441"/>
        <source>⚠ Approximate match: the source&apos;s words changed. Check this quotation.</source>
        <translation>⚠ Correspondance approximative : les mots de la source ont changé. Vérifiez cette citation.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_block_widgets.py" line="443"/>
        <source>✖ Not found in its source: this quotation cannot be verified.</source>
        <translation>✖ Introuvable dans sa source : cette citation ne peut pas être vérifiée.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_block_widgets.py" line="452"/>
        <source>Quotation from %1</source>
        <translation>Citation de %1</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_block_widgets.py" line="452"/>
        <source>Paraphrase of %1</source>
        <translation>Paraphrase de %1</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_block_widgets.py" line="456"/>
        <source>Excerpt text: show in source</source>
        <translation>Texte de l’extrait : afficher dans la source</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_block_widgets.py" line="457"/>
        <source>Citation</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_block_widgets.py" line="458"/>
        <source>Excerpt status</source>
        <translation>État de l’extrait</translation>
    </message>
</context>
<context>
    <name>ExcerptTargetButton</name>
    <message>
        <location filename="../../briefer/gui/excerpt_target.py" line="22"/>
        <source>Note section for new excerpts</source>
        <translation>Section de la note qui reçoit les nouveaux extraits</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/excerpt_target.py" line="28"/>
        <source>→ {0}</source>
        <translation>→ {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/excerpt_target.py" line="29"/>
        <source>Excerpts go to “{0}” in the note; click (or Ctrl+Shift+E) to choose another section</source>
        <translation>Les extraits vont dans « {0} » ; cliquez (ou Ctrl+Maj+E) pour choisir une autre section</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/excerpt_target.py" line="33"/>
        <source>→ choose a section</source>
        <translation>→ choisir une section</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/excerpt_target.py" line="34"/>
        <source>No note section is chosen yet: the first excerpt asks where it goes</source>
        <translation>Aucune section n’est encore choisie : le premier extrait demandera où il va</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../briefer/gui/export_actions.py" line="58"/>
        <source>Use template “{0}”</source>
        <translation>Utiliser le modèle « {0} »</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/export_actions.py" line="62"/>
        <source>Cannot check the note</source>
        <translation>Impossible de vérifier la note</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/export_actions.py" line="66"/>
        <source>Check before export</source>
        <translation>Vérification avant l’exportation</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/export_actions.py" line="69"/>
        <source>Export anyway</source>
        <translation>Exporter quand même</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/export_actions.py" line="69"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/gui/export_actions.py" line="89"/>
        <source>%n required section(s) of the note are empty. Each will be marked in the document for you to write.</source>
        <translation>
            <numerusform>%n section obligatoire de la note est vide. Elle sera signalée dans le document pour que vous la rédigiez.</numerusform>
            <numerusform>%n sections obligatoires de la note sont vides. Chacune sera signalée dans le document pour que vous la rédigiez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/gui/export_actions.py" line="92"/>
        <source>%n quotation(s) in the note no longer match their source. Each will be marked in the document for you to check.</source>
        <translation>
            <numerusform>%n citation de la note ne correspond plus à sa source. Elle sera signalée dans le document pour que vous la vérifiiez.</numerusform>
            <numerusform>%n citations de la note ne correspondent plus à leur source. Chacune sera signalée dans le document pour que vous la vérifiiez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/gui/export_actions.py" line="96"/>
        <source>%n excerpt(s) no longer match their source, but the note does not quote them; nothing will be marked.</source>
        <translation>
            <numerusform>%n extrait ne correspond plus à sa source, mais la note ne le cite pas ; rien ne sera signalé.</numerusform>
            <numerusform>%n extraits ne correspondent plus à leur source, mais la note ne les cite pas ; rien ne sera signalé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/gui/export_actions.py" line="100"/>
        <source>%n cited source(s) lack citation details (such as author, date or outlet); their footnotes will give what is known.</source>
        <translation>
            <numerusform>%n source citée n’a pas toutes ses références (auteur, date ou média, par exemple) ; sa note de bas de page donnera ce qui est connu.</numerusform>
            <numerusform>%n sources citées n’ont pas toutes leurs références (auteur, date ou média, par exemple) ; leurs notes de bas de page donneront ce qui est connu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/gui/export_actions.py" line="104"/>
        <source>%n quoted source(s) are marked higher than the note (or with a caveat it lacks); check the note&apos;s classification.</source>
        <translation>
            <numerusform>%n source citée porte une cote plus élevée que la note (ou une mise en garde qui lui manque) ; vérifiez la cote de la note.</numerusform>
            <numerusform>%n sources citées portent une cote plus élevée que la note (ou une mise en garde qui lui manque) ; vérifiez la cote de la note.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/gui/export_actions.py" line="108"/>
        <source>%n text block(s) repeat a source word for word without citing it; the details say where.</source>
        <translation>
            <numerusform>%n bloc de texte reprend une source mot pour mot sans la citer ; le détail dit où.</numerusform>
            <numerusform>%n blocs de texte reprennent une source mot pour mot sans la citer ; le détail dit où.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefer/gui/export_actions.py" line="110"/>
        <source>Export anyway?</source>
        <translation>Exporter quand même ?</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/export_actions.py" line="125"/>
        <source>Exporting to Word…</source>
        <translation>Exportation vers Word…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/export_actions.py" line="127"/>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/gui/export_actions.py" line="132"/>
        <source>%n footnote(s)</source>
        <translation>
            <numerusform>%n note de bas de page</numerusform>
            <numerusform>%n notes de bas de page</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefer/gui/export_actions.py" line="134"/>
        <source>The note was written to {0} ({1}).</source>
        <translation>La note a été écrite dans {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/export_actions.py" line="136"/>
        <source>Export finished</source>
        <translation>Exportation terminée</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/export_actions.py" line="137"/>
        <source>Open it now?</source>
        <translation>L’ouvrir maintenant&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/export_actions.py" line="138"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/export_actions.py" line="138"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../briefer/gui/export_dialog.py" line="84"/>
        <location filename="../../briefer/gui/export_dialog.py" line="85"/>
        <location filename="../../briefer/gui/export_dialog.py" line="256"/>
        <source>Export the note to Word</source>
        <translation>Exporter la note vers Word</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/export_dialog.py" line="90"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/export_dialog.py" line="95"/>
        <source>Other template file…</source>
        <translation>Autre fichier de modèle…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/export_dialog.py" line="104"/>
        <location filename="../../briefer/gui/export_dialog.py" line="233"/>
        <source>Citation style</source>
        <translation>Style de citation</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/export_dialog.py" line="111"/>
        <source>Other style…</source>
        <translation>Autre style…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/export_dialog.py" line="116"/>
        <location filename="../../briefer/gui/export_dialog.py" line="250"/>
        <source>Reference document</source>
        <translation>Document de référence</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/export_dialog.py" line="117"/>
        <source>Briefer&apos;s built-in house style</source>
        <translation>La présentation intégrée de Briefer</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/export_dialog.py" line="118"/>
        <source>A Word document whose styles, page set-up and letterhead the note takes</source>
        <translation>Un document Word dont la note reprend les styles, la mise en page et l’en-tête</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/export_dialog.py" line="120"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/export_dialog.py" line="120"/>
        <source>Choose a reference document</source>
        <translation>Choisir un document de référence</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/export_dialog.py" line="125"/>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/export_dialog.py" line="126"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/export_dialog.py" line="126"/>
        <source>Choose where to save the note</source>
        <translation>Choisir où enregistrer la note</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/export_dialog.py" line="141"/>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/export_dialog.py" line="142"/>
        <source>&amp;Citation style:</source>
        <translation>&amp;Style de citation :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/export_dialog.py" line="144"/>
        <source>&amp;Reference document:</source>
        <translation>Document de &amp;référence :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/export_dialog.py" line="146"/>
        <source>&amp;Save as:</source>
        <translation>Enre&amp;gistrer sous :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/export_dialog.py" line="149"/>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/export_dialog.py" line="205"/>
        <source>Template file</source>
        <translation>Fichier de modèle</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/export_dialog.py" line="206"/>
        <source>Note templates (*.yaml *.yml)</source>
        <translation>Modèles de note (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/export_dialog.py" line="225"/>
        <source>The note takes this template&apos;s sections.</source>
        <translation>La note prend les sections de ce modèle.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/export_dialog.py" line="226"/>
        <source>The sections you wrote stay as they are; the next “Draft from outline” uses this template.</source>
        <translation>Les sections rédigées restent telles quelles ; la prochaine « Ébauche à partir du plan » utilisera ce modèle.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/export_dialog.py" line="234"/>
        <source>Name of a style in the CSL repository (for example ieee), or the path of a .csl file:</source>
        <translation>Nom d’un style du dépôt CSL (par exemple ieee) ou chemin d’un fichier .csl :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/export_dialog.py" line="251"/>
        <location filename="../../briefer/gui/export_dialog.py" line="257"/>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/export_dialog.py" line="271"/>
        <source>Give the name of the Word file to write.</source>
        <translation>Indiquez le nom du fichier Word à écrire.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/export_dialog.py" line="274"/>
        <source>The reference document “%1” does not exist.</source>
        <translation>Le document de référence « %1 » n’existe pas.</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../briefer/gui/file_actions.py" line="127"/>
        <location filename="../../briefer/gui/file_actions.py" line="198"/>
        <source>Cannot open the project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/file_actions.py" line="128"/>
        <source>Cannot open the sample</source>
        <translation>Impossible d’ouvrir l’exemple</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/file_actions.py" line="130"/>
        <source>Briefer could not open “{0}”.</source>
        <translation>Briefer n’a pas pu ouvrir « {0} ».</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/file_actions.py" line="169"/>
        <source>Cannot draw the outline</source>
        <translation>Impossible de tracer le plan</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/file_actions.py" line="179"/>
        <source>Open a project or a folder of sources</source>
        <translation>Ouvrir un projet ou un dossier de sources</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/file_actions.py" line="196"/>
        <source>Opening {0}…</source>
        <translation>Ouverture de {0}…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/file_actions.py" line="220"/>
        <source>Some sources need attention</source>
        <translation>Certaines sources demandent votre attention</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/gui/file_actions.py" line="221"/>
        <source>The project opened, with %n problem(s). Details below.</source>
        <translation>
            <numerusform>Le projet s’est ouvert, avec %n problème. Détails ci-dessous.</numerusform>
            <numerusform>Le projet s’est ouvert, avec %n problèmes. Détails ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefer/gui/file_actions.py" line="233"/>
        <source>Choose the folder of sources</source>
        <translation>Choisir le dossier des sources</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/file_actions.py" line="238"/>
        <source>Choose an empty folder for the new project</source>
        <translation>Choisir un dossier vide pour le nouveau projet</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/file_actions.py" line="246"/>
        <source>Creating the project…</source>
        <translation>Création du projet…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/file_actions.py" line="248"/>
        <source>Cannot create the project</source>
        <translation>Impossible de créer le projet</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/file_actions.py" line="285"/>
        <location filename="../../briefer/gui/file_actions.py" line="306"/>
        <location filename="../../briefer/gui/file_actions.py" line="335"/>
        <location filename="../../briefer/gui/file_actions.py" line="376"/>
        <source>Cannot save the project</source>
        <translation>Impossible d’enregistrer le projet</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/file_actions.py" line="310"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/file_actions.py" line="328"/>
        <source>Saved to {0}; changes made while saving are not saved yet.</source>
        <translation>Enregistré dans {0} ; les modifications faites pendant l’enregistrement ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/file_actions.py" line="362"/>
        <source>their changes</source>
        <translation>ses modifications</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/file_actions.py" line="364"/>
        <source>Took in what someone else saved: {0}</source>
        <translation>Ce que quelqu’un d’autre a enregistré a été intégré : {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/file_actions.py" line="368"/>
        <source>Choose an empty folder for the project</source>
        <translation>Choisir un dossier vide pour le projet</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/file_actions.py" line="393"/>
        <source>Saved to {0}</source>
        <translation>Enregistré dans {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/file_actions.py" line="403"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/file_actions.py" line="404"/>
        <source>“{0}” has changes that are not saved. Save them?</source>
        <translation>« {0} » a des modifications non enregistrées. Les enregistrer&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/file_actions.py" line="418"/>
        <source>Import sources</source>
        <translation>Importer des sources</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/file_actions.py" line="419"/>
        <source>Sources (*.txt *.md *.docx *.html *.htm *.pdf *.bib *.json *.ris);;All files (*)</source>
        <translation>Sources (*.txt *.md *.docx *.html *.htm *.pdf *.bib *.json *.ris);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/file_actions.py" line="425"/>
        <source>Import every source in a folder</source>
        <translation>Importer toutes les sources d’un dossier</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/file_actions.py" line="434"/>
        <source>Cannot import into this project</source>
        <translation>Impossible d’importer dans ce projet</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/file_actions.py" line="435"/>
        <source>This is a folder of sources opened read-only. Use File ▸ Save As to make it a project first, then import.</source>
        <translation>Ce dossier de sources est ouvert en lecture seule. Faites d’abord Fichier ▸ Enregistrer sous pour en faire un projet, puis importez.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/file_actions.py" line="446"/>
        <source>Importing and saving…</source>
        <translation>Importation et enregistrement…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/file_actions.py" line="448"/>
        <source>Import failed</source>
        <translation>Échec de l’importation</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/file_actions.py" line="467"/>
        <source>Import finished with problems</source>
        <translation>Importation terminée avec des problèmes</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../briefer/gui/reader_view.py" line="174"/>
        <location filename="../../briefer/gui/reader_view.py" line="175"/>
        <source>Find in this source</source>
        <translation>Chercher dans cette source</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/reader_view.py" line="178"/>
        <source>Matches found</source>
        <translation>Occurrences trouvées</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/reader_view.py" line="180"/>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/reader_view.py" line="181"/>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/reader_view.py" line="184"/>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/reader_view.py" line="185"/>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/reader_view.py" line="189"/>
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/reader_view.py" line="190"/>
        <source>Close find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
</context>
<context>
    <name>IndexStatus</name>
    <message>
        <location filename="../../briefer/gui/index_status.py" line="50"/>
        <source>Indexing {0}/{1}</source>
        <translation>Indexation {0}/{1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/gui/index_status.py" line="51"/>
        <source>%n source(s) searchable</source>
        <translation>
            <numerusform>%n source consultable</numerusform>
            <numerusform>%n sources consultables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="90"/>
        <source>Briefer</source>
        <translation>Briefer</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="108"/>
        <source>Sources and search</source>
        <translation>Sources et recherche</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="111"/>
        <source>&amp;Sources</source>
        <translation>&amp;Sources</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="112"/>
        <source>Sea&amp;rch</source>
        <translation>Recherc&amp;he</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="144"/>
        <source>Search index status</source>
        <translation>État de l’index de recherche</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="241"/>
        <source>No project — Briefer</source>
        <translation>Aucun projet — Briefer</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="249"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="251"/>
        <source>{0}[*] (read-only folder) — Briefer</source>
        <translation>{0}[*] (dossier en lecture seule) — Briefer</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="253"/>
        <source>{0}[*] — Briefer</source>
        <translation>{0}[*] — Briefer</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="365"/>
        <source>No recent projects</source>
        <translation>Aucun projet récent</translation>
    </message>
</context>
<context>
    <name>NameListEditor</name>
    <message>
        <location filename="../../briefer/gui/name_list.py" line="161"/>
        <source>Add person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/name_list.py" line="162"/>
        <source>Add organization</source>
        <translation>Ajouter un organisme</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/name_list.py" line="163"/>
        <source>Add a person: {0}</source>
        <translation>Ajouter une personne : {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/name_list.py" line="165"/>
        <source>Add an organization: {0}</source>
        <translation>Ajouter un organisme : {0}</translation>
    </message>
</context>
<context>
    <name>NameRow</name>
    <message>
        <location filename="../../briefer/gui/name_list.py" line="43"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/name_list.py" line="44"/>
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/name_list.py" line="47"/>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/name_list.py" line="50"/>
        <source>Move up (Alt+Up)</source>
        <translation>Monter (Alt+Haut)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/name_list.py" line="53"/>
        <source>Move down (Alt+Down)</source>
        <translation>Descendre (Alt+Bas)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/name_list.py" line="56"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/name_list.py" line="103"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/name_list.py" line="104"/>
        <source>Name of the organization</source>
        <translation>Nom de l’organisme</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/name_list.py" line="110"/>
        <source>{0}: person or organization</source>
        <translation>{0} : personne ou organisme</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/name_list.py" line="111"/>
        <source>{0}, family name</source>
        <translation>{0}, nom de famille</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/name_list.py" line="113"/>
        <source>{0}, organization</source>
        <translation>{0}, organisme</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/name_list.py" line="114"/>
        <source>{0}, given name</source>
        <translation>{0}, prénom</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/name_list.py" line="115"/>
        <source>Move {0} up</source>
        <translation>Déplacer {0} vers le haut</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/name_list.py" line="116"/>
        <source>Move {0} down</source>
        <translation>Déplacer {0} vers le bas</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/name_list.py" line="117"/>
        <source>Remove {0}</source>
        <translation>Retirer {0}</translation>
    </message>
</context>
<context>
    <name>NoProjectPage</name>
    <message>
        <location filename="../../briefer/gui/no_project.py" line="24"/>
        <source>No project open</source>
        <translation>Aucun projet ouvert</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/no_project.py" line="25"/>
        <source>No project is open</source>
        <translation>Aucun projet n’est ouvert</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/no_project.py" line="43"/>
        <source>Open pro&amp;ject…</source>
        <translation>Ouvrir un pro&amp;jet…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/no_project.py" line="45"/>
        <source>Open a project or a folder of sources</source>
        <translation>Ouvrir un projet ou un dossier de sources</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/no_project.py" line="46"/>
        <source>Ne&amp;w project…</source>
        <translation>No&amp;uveau projet…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/no_project.py" line="48"/>
        <source>Make a project from a folder of sources</source>
        <translation>Créer un projet à partir d’un dossier de sources</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/no_project.py" line="49"/>
        <source>Open the s&amp;ample</source>
        <translation>Ouvrir l’exe&amp;mple</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/no_project.py" line="51"/>
        <source>Open the sample articles and survey that come with Briefer</source>
        <translation>Ouvrir les articles et le sondage d’exemple fournis avec Briefer</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/no_project.py" line="81"/>
        <source>Open a project folder or a folder of sources, make a new project, or look around in the sample.</source>
        <translation>Ouvrez un dossier de projet ou un dossier de sources, créez un projet, ou découvrez l’exemple.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/no_project.py" line="90"/>
        <source>&amp;Open “{0}” again</source>
        <translation>&amp;Rouvrir « {0} »</translation>
    </message>
</context>
<context>
    <name>NoteFindBar</name>
    <message>
        <location filename="../../briefer/gui/note_find.py" line="74"/>
        <source>Find and replace in note</source>
        <translation>Rechercher et remplacer dans la note</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_find.py" line="86"/>
        <source>Find in note</source>
        <translation>Rechercher dans la note</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_find.py" line="87"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_find.py" line="91"/>
        <location filename="../../briefer/gui/note_find.py" line="92"/>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_find.py" line="95"/>
        <source>Matches</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_find.py" line="98"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_find.py" line="99"/>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_find.py" line="102"/>
        <source>Next match (Enter, F3)</source>
        <translation>Occurrence suivante (Entrée, F3)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_find.py" line="103"/>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_find.py" line="104"/>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_find.py" line="105"/>
        <source>Whole words</source>
        <translation>Mots entiers</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_find.py" line="106"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_find.py" line="108"/>
        <source>Replace all</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_find.py" line="112"/>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_find.py" line="113"/>
        <source>Close find and replace</source>
        <translation>Fermer la recherche</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_find.py" line="218"/>
        <source>Only in quotations ({0}), which are never changed</source>
        <translation>Seulement dans des citations ({0}), qui ne sont jamais modifiées</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_find.py" line="219"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_find.py" line="221"/>
        <source>{0} of {1}</source>
        <translation>{0} sur {1}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_find.py" line="223"/>
        <source>{0} found</source>
        <translation>{0} trouvée(s)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_find.py" line="225"/>
        <source>(+{0} in quotations)</source>
        <translation>(+{0} dans des citations)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_find.py" line="228"/>
        <source>Quotations are the sources&apos; exact words: they are found but never replaced.</source>
        <translation>Les citations sont les mots exacts des sources : elles sont trouvées mais jamais remplacées.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_find.py" line="314"/>
        <source>Replace “{0}”</source>
        <translation>Remplacer « {0} »</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_find.py" line="318"/>
        <source>Replaced; no more matches</source>
        <translation>Remplacé ; plus d’occurrence</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_find.py" line="339"/>
        <source>Replace all “{0}” ({1})</source>
        <translation>Tout remplacer « {0} » ({1})</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_find.py" line="342"/>
        <source>Replaced {0}</source>
        <translation>Remplacées : {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_find.py" line="344"/>
        <source>{0} in quotations left as quoted</source>
        <translation>{0} dans des citations, laissées telles quelles</translation>
    </message>
</context>
<context>
    <name>NoteMetaForm</name>
    <message>
        <location filename="../../briefer/gui/note_meta_form.py" line="51"/>
        <location filename="../../briefer/gui/note_meta_form.py" line="56"/>
        <source>Note details</source>
        <translation>Détails de la note</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_meta_form.py" line="57"/>
        <source>Show or hide the note details</source>
        <translation>Afficher ou masquer les détails de la note</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_meta_form.py" line="70"/>
        <source>&amp;To:</source>
        <translation>Dest&amp;inataire :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_meta_form.py" line="71"/>
        <source>&amp;Date:</source>
        <translation>Da&amp;te :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_meta_form.py" line="69"/>
        <source>S&amp;ubject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_meta_form.py" line="69"/>
        <source>French sub&amp;ject:</source>
        <translation>Ob&amp;jet en français :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_meta_form.py" line="70"/>
        <source>Fro&amp;m:</source>
        <translation>E&amp;xpéditeur :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_meta_form.py" line="71"/>
        <source>F&amp;ile number:</source>
        <translation>N° de dossie&amp;r :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_meta_form.py" line="72"/>
        <source>Prepared b&amp;y:</source>
        <translation>&amp;Préparé par :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_meta_form.py" line="72"/>
        <source>C&amp;ontact:</source>
        <translation>&amp;Contact :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_meta_form.py" line="73"/>
        <source>&amp;Approved by:</source>
        <translation>Appro&amp;uvé par :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_meta_form.py" line="76"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_meta_form.py" line="76"/>
        <source>French subject</source>
        <translation>Objet en français</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_meta_form.py" line="77"/>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_meta_form.py" line="77"/>
        <source>From</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_meta_form.py" line="78"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_meta_form.py" line="78"/>
        <source>File number</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_meta_form.py" line="79"/>
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_meta_form.py" line="79"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_meta_form.py" line="80"/>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_meta_form.py" line="83"/>
        <source>What the note is about</source>
        <translation>Le sujet de la note</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_meta_form.py" line="84"/>
        <source>The subject in French, for a bilingual title block</source>
        <translation>L’objet en français, pour un bloc-titre bilingue</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_meta_form.py" line="85"/>
        <source>e.g. Minister</source>
        <translation>p. ex. Ministre</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_meta_form.py" line="86"/>
        <source>e.g. Deputy Minister</source>
        <translation>p. ex. Sous-ministre</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_meta_form.py" line="86"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_meta_form.py" line="87"/>
        <source>Name, title, branch</source>
        <translation>Nom, titre, direction</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_meta_form.py" line="88"/>
        <source>Name, telephone</source>
        <translation>Nom, téléphone</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_meta_form.py" line="89"/>
        <source>Who signs the decision</source>
        <translation>Qui signe la décision</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_meta_form.py" line="103"/>
        <location filename="../../briefer/gui/note_meta_form.py" line="109"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_meta_form.py" line="117"/>
        <source>Purpose</source>
        <translation>But</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_meta_form.py" line="118"/>
        <source>For information</source>
        <translation>Pour information</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_meta_form.py" line="119"/>
        <source>For decision</source>
        <translation>Pour décision</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_meta_form.py" line="127"/>
        <source>Language of the note</source>
        <translation>Langue de la note</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_meta_form.py" line="128"/>
        <source>The citations&apos; language and the Word document&apos;s</source>
        <translation>La langue des citations et du document Word</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_meta_form.py" line="137"/>
        <source>C&amp;lassification:</source>
        <translation>C&amp;lassification :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_meta_form.py" line="139"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;But :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_meta_form.py" line="140"/>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_meta_form.py" line="268"/>
        <source>Language of the note: %1</source>
        <translation>Langue de la note : %1</translation>
    </message>
</context>
<context>
    <name>NotePane</name>
    <message>
        <location filename="../../briefer/gui/note_pane.py" line="73"/>
        <location filename="../../briefer/gui/note_pane.py" line="462"/>
        <source>Briefing note</source>
        <translation>Note d’information</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_pane.py" line="85"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_pane.py" line="87"/>
        <source>Note tools</source>
        <translation>Outils de la note</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_pane.py" line="92"/>
        <source>This note has no sections yet. Use “Draft from outline” to start one from the survey outline.</source>
        <translation>Cette note n’a pas encore de sections. Utilisez « Rédiger à partir du plan » pour la commencer à partir du plan du sondage.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_pane.py" line="98"/>
        <location filename="../../briefer/gui/note_pane.py" line="224"/>
        <source>Empty note</source>
        <translation>Note vide</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_pane.py" line="113"/>
        <source>Note sections</source>
        <translation>Sections de la note</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_pane.py" line="221"/>
        <source>Opening the note… It appears here once the project is read.</source>
        <translation>Ouverture de la note… Elle s’affiche ici une fois le projet lu.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_pane.py" line="223"/>
        <source>Note being opened</source>
        <translation>Note en cours d’ouverture</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_actions.py" line="69"/>
        <source>&amp;Draft from outline</source>
        <translation>&amp;Rédiger à partir du plan</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_actions.py" line="70"/>
        <source>Fill the note from the survey outline and the template</source>
        <translation>Remplir la note à partir du plan du sondage et du modèle</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_actions.py" line="74"/>
        <source>Add &amp;text</source>
        <translation>Ajouter du &amp;texte</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_actions.py" line="75"/>
        <source>Add a text block after the current one (Ctrl+Return)</source>
        <translation>Ajouter un bloc de texte après le bloc actuel (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_actions.py" line="78"/>
        <source>&amp;Bold</source>
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_actions.py" line="78"/>
        <source>Bold (Ctrl+B)</source>
        <translation>Gras (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_actions.py" line="81"/>
        <source>&amp;Italic</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_actions.py" line="81"/>
        <source>Italic (Ctrl+I)</source>
        <translation>Italique (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_actions.py" line="84"/>
        <source>B&amp;ullets</source>
        <translation>&amp;Puces</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_actions.py" line="85"/>
        <source>Bulleted list (%1)</source>
        <translation>Liste à puces (%1)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_actions.py" line="89"/>
        <source>&amp;Quote/Paraphrase</source>
        <translation>&amp;Citation/paraphrase</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_actions.py" line="90"/>
        <source>Switch the excerpt between quotation and paraphrase (Ctrl+Shift+Q)</source>
        <translation>Passer l’extrait de citation à paraphrase et inversement (Ctrl+Maj+Q)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_actions.py" line="94"/>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_actions.py" line="94"/>
        <source>Move the block up (Alt+Up)</source>
        <translation>Monter le bloc (Alt+Haut)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_actions.py" line="97"/>
        <source>Move do&amp;wn</source>
        <translation>Descen&amp;dre</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_actions.py" line="98"/>
        <source>Move the block down (Alt+Down)</source>
        <translation>Descendre le bloc (Alt+Bas)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_actions.py" line="101"/>
        <source>&amp;Delete block</source>
        <translation>&amp;Supprimer le bloc</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_actions.py" line="102"/>
        <source>Delete the block (Delete, when the block itself is selected; Esc selects it)</source>
        <translation>Supprimer le bloc (Suppr, lorsque le bloc lui-même est sélectionné&#x202f;; Échap le sélectionne)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_actions.py" line="106"/>
        <source>Next section</source>
        <translation>Section suivante</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_actions.py" line="107"/>
        <source>Go to the next section (Alt+Page Down)</source>
        <translation>Aller à la section suivante (Alt+Page suivante)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_actions.py" line="110"/>
        <source>Previous section</source>
        <translation>Section précédente</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_actions.py" line="111"/>
        <source>Go to the previous section (Alt+Page Up)</source>
        <translation>Aller à la section précédente (Alt+Page précédente)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_pane.py" line="444"/>
        <source>Add the excerpt to:</source>
        <translation>Ajouter l’extrait à :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_pane.py" line="455"/>
        <source>Replace the note?</source>
        <translation>Remplacer la note&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_pane.py" line="456"/>
        <source>The note already has content. Replace its sections with a draft from the outline? (Edit ▸ Undo brings them back.)</source>
        <translation>La note a déjà du contenu. Remplacer ses sections par une ébauche tirée du plan&#x202f;? (Édition ▸ Annuler les ramène.)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_pane.py" line="458"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_pane.py" line="458"/>
        <source>Keep my note</source>
        <translation>Garder ma note</translation>
    </message>
</context>
<context>
    <name>NotesBar</name>
    <message>
        <location filename="../../briefer/gui/notes_bar.py" line="36"/>
        <source>Note being written</source>
        <translation>Note en cours de rédaction</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/notes_bar.py" line="37"/>
        <source>The note being written; the project&apos;s other notes share its sources and excerpts</source>
        <translation>La note en cours ; les autres notes du projet partagent ses sources et ses extraits</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/notes_bar.py" line="42"/>
        <source>&amp;Working on:</source>
        <translation>Note en co&amp;urs :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/notes_bar.py" line="45"/>
        <source>&amp;New Note…</source>
        <translation>&amp;Nouvelle note…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/notes_bar.py" line="46"/>
        <source>D&amp;uplicate Note</source>
        <translation>D&amp;upliquer la note</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/notes_bar.py" line="47"/>
        <source>Re&amp;name Note…</source>
        <translation>Re&amp;nommer la note…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/notes_bar.py" line="48"/>
        <source>&amp;Delete Note…</source>
        <translation>&amp;Supprimer la note…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/notes_bar.py" line="49"/>
        <source>Ne&amp;xt Note</source>
        <translation>Note sui&amp;vante</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/notes_bar.py" line="51"/>
        <source>Pre&amp;vious Note</source>
        <translation>Note &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/notes_bar.py" line="53"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/notes_bar.py" line="60"/>
        <source>New, duplicate, rename or delete a note</source>
        <translation>Créer, dupliquer, renommer ou supprimer une note</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/notes_bar.py" line="61"/>
        <source>Notes menu</source>
        <translation>Menu des notes</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/notes_bar.py" line="97"/>
        <source>Untitled note</source>
        <translation>Note sans titre</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/notes_bar.py" line="154"/>
        <location filename="../../briefer/gui/notes_bar.py" line="162"/>
        <source>New Note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/notes_bar.py" line="170"/>
        <source>New note “{0}”</source>
        <translation>Nouvelle note « {0} »</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/notes_bar.py" line="175"/>
        <source>{0} (copy)</source>
        <translation>{0} (copie)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/notes_bar.py" line="177"/>
        <source>Duplicate note “{0}”</source>
        <translation>Dupliquer la note « {0} »</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/notes_bar.py" line="182"/>
        <source>Rename Note</source>
        <translation>Renommer la note</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/notes_bar.py" line="183"/>
        <source>Name of this note in the list of notes:</source>
        <translation>Nom de cette note dans la liste des notes :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/notes_bar.py" line="187"/>
        <source>Rename note “{0}”</source>
        <translation>Renommer la note « {0} »</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/notes_bar.py" line="197"/>
        <location filename="../../briefer/gui/notes_bar.py" line="202"/>
        <source>Delete Note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/gui/notes_bar.py" line="198"/>
        <source>Delete the note “{0}” and its %n paragraph(s) and quotation(s)?</source>
        <translation>
            <numerusform>Supprimer la note « {0} » et son bloc (paragraphe ou citation) ?</numerusform>
            <numerusform>Supprimer la note « {0} » et ses %n paragraphes et citations ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefer/gui/notes_bar.py" line="200"/>
        <source>Its excerpts stay in the project for the other notes. Edit ▸ Undo brings the note back.</source>
        <translation>Ses extraits restent dans le projet pour les autres notes. Édition ▸ Annuler rétablit la note.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/notes_bar.py" line="204"/>
        <source>Delete note “{0}”</source>
        <translation>Supprimer la note « {0} »</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../briefer/gui/outline_model.py" line="203"/>
        <source>Question, theme, response</source>
        <translation>Question, thème, réponse</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_model.py" line="203"/>
        <source>Respondents</source>
        <translation>Répondants</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_model.py" line="258"/>
        <source>excerpt</source>
        <translation>extrait</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_model.py" line="263"/>
        <source>Excerpt from {0}: “{1}”</source>
        <translation>Extrait de {0} : « {1} »</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_model.py" line="277"/>
        <source>{0} answers</source>
        <translation>{0} réponses</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_model.py" line="293"/>
        <source>{0} of {1}</source>
        <translation>{0} sur {1}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_model.py" line="295"/>
        <source>{0} disagree</source>
        <translation>{0} en désaccord</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_model.py" line="302"/>
        <source>{0} respondents</source>
        <translation>{0} répondants</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_model.py" line="311"/>
        <source>{0}: {1} respondents</source>
        <translation>{0} : {1} répondants</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_model.py" line="313"/>
        <source>A position taken on the question</source>
        <translation>Une position prise sur la question</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_model.py" line="315"/>
        <source>Consensus: at least two respondents in three</source>
        <translation>Consensus : au moins deux répondants sur trois</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_model.py" line="317"/>
        <source>Answers that reject this idea are listed last, marked ✗; they are not counted.</source>
        <translation>Les réponses qui rejettent cette idée figurent en dernier, marquées ✗ ; elles ne sont pas comptées.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_model.py" line="320"/>
        <source>Your own theme</source>
        <translation>Votre propre thème</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_model.py" line="322"/>
        <location filename="../../briefer/gui/outline_model.py" line="395"/>
        <source>Note: {0}</source>
        <translation>Note : {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_model.py" line="334"/>
        <source>(response {0} not found in the survey)</source>
        <translation>(réponse {0} introuvable dans le sondage)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_model.py" line="345"/>
        <source>Rejects this idea (not counted): {0}</source>
        <translation>Rejette cette idée (non comptée) : {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_model.py" line="363"/>
        <source>split</source>
        <translation>partagé</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_model.py" line="365"/>
        <source>The positions respondents take, largest first</source>
        <translation>Les positions des répondants, de la plus répandue à la moins répandue</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_model.py" line="367"/>
        <source>Split: no position is held by a majority</source>
        <translation>Partagé : aucune position n’est majoritaire</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_model.py" line="379"/>
        <source>Single views</source>
        <translation>Points de vue isolés</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_model.py" line="381"/>
        <source>Answers in no theme: each makes its own point. Drag one onto a theme to count it there.</source>
        <translation>Réponses sans thème : chacune soulève un point qui lui est propre. Faites-en glisser une sur un thème pour l’y compter.</translation>
    </message>
</context>
<context>
    <name>OutlinePane</name>
    <message>
        <location filename="../../briefer/gui/outline_pane.py" line="54"/>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_pane.py" line="60"/>
        <source>Outline columns</source>
        <translation>Colonnes du plan</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_pane.py" line="74"/>
        <source>Add theme…</source>
        <translation>Ajouter un thème…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_pane.py" line="75"/>
        <source>Add your own theme to this question</source>
        <translation>Ajouter votre propre thème à cette question</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_pane.py" line="77"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_pane.py" line="78"/>
        <source>Rename the question or theme (F2)</source>
        <translation>Renommer la question ou le thème (F2)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_pane.py" line="80"/>
        <source>Note…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_pane.py" line="81"/>
        <source>Write your note on this question or theme</source>
        <translation>Écrire votre note sur cette question ou ce thème</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_pane.py" line="82"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_pane.py" line="83"/>
        <source>Move the theme up</source>
        <translation>Monter le thème</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_pane.py" line="85"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_pane.py" line="86"/>
        <source>Move the theme down</source>
        <translation>Descendre le thème</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_pane.py" line="88"/>
        <source>Merge into…</source>
        <translation>Fusionner avec…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_pane.py" line="89"/>
        <source>Fold this theme into another theme</source>
        <translation>Fondre ce thème dans un autre thème</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_pane.py" line="90"/>
        <source>Delete theme</source>
        <translation>Supprimer le thème</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_pane.py" line="91"/>
        <source>Delete the theme (its responses stay in the survey)</source>
        <translation>Supprimer le thème (ses réponses restent dans le sondage)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_pane.py" line="94"/>
        <source>Copy to theme…</source>
        <translation>Copier dans le thème…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_pane.py" line="95"/>
        <source>Count this answer in another theme too (or Ctrl+drag it there)</source>
        <translation>Compter aussi cette réponse dans un autre thème (ou la faire glisser en maintenant Ctrl)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_pane.py" line="97"/>
        <source>Move to theme…</source>
        <translation>Déplacer vers le thème…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_pane.py" line="98"/>
        <source>Count this answer in another theme instead (or drag it there)</source>
        <translation>Compter plutôt cette réponse dans un autre thème (ou l’y faire glisser)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_pane.py" line="100"/>
        <source>Remove from theme</source>
        <translation>Retirer du thème</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_pane.py" line="102"/>
        <source>This answer does not share the idea</source>
        <translation>Cette réponse ne partage pas cette idée</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_pane.py" line="103"/>
        <source>Disagrees with theme</source>
        <translation>En désaccord avec le thème</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_pane.py" line="105"/>
        <source>This answer rejects the idea: show it, do not count it</source>
        <translation>Cette réponse rejette l’idée : l’afficher, sans la compter</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_pane.py" line="109"/>
        <source>New theme from answer…</source>
        <translation>Nouveau thème à partir de la réponse…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_pane.py" line="111"/>
        <source>Start a theme with this answer</source>
        <translation>Créer un thème à partir de cette réponse</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_pane.py" line="114"/>
        <source>Outline tools</source>
        <translation>Outils du plan</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_pane.py" line="245"/>
        <source>Add theme</source>
        <translation>Ajouter un thème</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_pane.py" line="245"/>
        <location filename="../../briefer/gui/outline_pane.py" line="356"/>
        <source>Name of the new theme:</source>
        <translation>Nom du nouveau thème :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_pane.py" line="265"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_pane.py" line="265"/>
        <source>Your note on “{0}”:</source>
        <translation>Votre note sur « {0} » :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_pane.py" line="294"/>
        <source>Merge theme</source>
        <translation>Fusionner le thème</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_pane.py" line="295"/>
        <source>Fold “{0}” into:</source>
        <translation>Fondre « {0} » dans :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_pane.py" line="315"/>
        <source>This question has no other theme yet: use “New theme from answer…”.</source>
        <translation>Cette question n’a pas encore d’autre thème : utilisez « Nouveau thème à partir de la réponse… ».</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_pane.py" line="318"/>
        <source>Theme:</source>
        <translation>Thème :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_pane.py" line="325"/>
        <source>Copy answer to theme</source>
        <translation>Copier la réponse dans le thème</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_pane.py" line="333"/>
        <source>Move answer to theme</source>
        <translation>Déplacer la réponse vers le thème</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/outline_pane.py" line="356"/>
        <source>New theme</source>
        <translation>Nouveau thème</translation>
    </message>
</context>
<context>
    <name>OutlineTree</name>
    <message>
        <location filename="../../briefer/gui/outline_pane.py" line="29"/>
        <source>Outline tree</source>
        <translation>Arborescence du plan</translation>
    </message>
</context>
<context>
    <name>PageCountLabel</name>
    <message>
        <location filename="../../briefer/gui/page_count.py" line="52"/>
        <source>Page count</source>
        <translation>Nombre de pages</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/page_count.py" line="83"/>
        <source>Page count needs LibreOffice</source>
        <translation>Le nombre de pages exige LibreOffice</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/page_count.py" line="84"/>
        <source>Install LibreOffice to see how many pages the note takes as you write.</source>
        <translation>Installez LibreOffice pour voir combien de pages la note occupe pendant que vous écrivez.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/page_count.py" line="101"/>
        <source>Counting pages…</source>
        <translation>Décompte des pages…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/page_count.py" line="114"/>
        <source>{0} — over the {1}-page limit</source>
        <translation>{0} — au-delà de la limite de {1} pages</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/page_count.py" line="116"/>
        <source>{0} ({1} with the sources)</source>
        <translation>{0} ({1} avec les sources)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/page_count.py" line="119"/>
        <source>As LibreOffice lays out the exported note: the body ends on page {0} of {1}.</source>
        <translation>Selon la mise en page de LibreOffice pour la note exportée : le corps se termine à la page {0} sur {1}.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/page_count.py" line="122"/>
        <source>The template allows {0} before the sources.</source>
        <translation>Le modèle permet {0} avant les sources.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/page_count.py" line="130"/>
        <source>Pages not counted</source>
        <translation>Pages non comptées</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../briefer/gui/preferences.py" line="17"/>
        <location filename="../../briefer/gui/preferences.py" line="18"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/preferences.py" line="21"/>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/preferences.py" line="22"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/preferences.py" line="27"/>
        <source>Reader font size</source>
        <translation>Taille du texte du lecteur</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/preferences.py" line="29"/>
        <source>System size</source>
        <translation>Taille du système</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/preferences.py" line="30"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/preferences.py" line="33"/>
        <source>Autosave delay</source>
        <translation>Délai de sauvegarde automatique</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/preferences.py" line="35"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/preferences.py" line="37"/>
        <source>A new language takes effect when Briefer next starts.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage de Briefer.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/preferences.py" line="40"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/preferences.py" line="42"/>
        <source>&amp;Reader font size:</source>
        <translation>&amp;Taille du texte du lecteur :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/preferences.py" line="43"/>
        <source>&amp;Save a recovery copy after:</source>
        <translation>&amp;Copie de récupération après :</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../briefer/gui/print_preview.py" line="45"/>
        <location filename="../../briefer/gui/print_preview.py" line="46"/>
        <source>Print Preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/print_preview.py" line="58"/>
        <source>Preview progress</source>
        <translation>Progression de l’aperçu</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/print_preview.py" line="69"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/print_preview.py" line="73"/>
        <source>&amp;Lay Out Again</source>
        <translation>Re&amp;faire la mise en page</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/print_preview.py" line="74"/>
        <source>Show the note as it is now</source>
        <translation>Montrer la note telle qu’elle est maintenant</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/print_preview.py" line="104"/>
        <source>Laying out the note with LibreOffice…</source>
        <translation>Mise en page de la note avec LibreOffice…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/print_preview.py" line="112"/>
        <source>Drawing page {0} of {1}…</source>
        <translation>Dessin de la page {0} sur {1}…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/print_preview.py" line="128"/>
        <source>Page {0} of {1}</source>
        <translation>Page {0} sur {1}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/print_preview.py" line="131"/>
        <source>{0}, as LibreOffice lays out the exported note.</source>
        <translation>{0}, selon la mise en page de LibreOffice pour la note exportée.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/print_preview.py" line="134"/>
        <source>The pages cannot be shown: drawing them needs pdftoppm (poppler-utils).</source>
        <translation>Les pages ne peuvent pas être affichées : il faut pdftoppm (poppler-utils) pour les dessiner.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/print_preview.py" line="137"/>
        <source>Only the first page is shown: drawing every page needs pdftoppm (poppler-utils).</source>
        <translation>Seule la première page est affichée : il faut pdftoppm (poppler-utils) pour dessiner toutes les pages.</translation>
    </message>
</context>
<context>
    <name>ProjectNews</name>
    <message>
        <location filename="../../briefer/gui/server_project.py" line="124"/>
        <source>Merging with what someone else changed on the team server…</source>
        <translation>Fusion avec ce que quelqu’un d’autre a modifié sur le serveur d’équipe…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/server_project.py" line="217"/>
        <source>Took in the sources, excerpts or outline someone else changed on the team server.</source>
        <translation>Les sources, extraits ou plan modifiés par quelqu’un d’autre sur le serveur d’équipe ont été repris.</translation>
    </message>
</context>
<context>
    <name>ProseBlockWidget</name>
    <message>
        <location filename="../../briefer/gui/note_block_widgets.py" line="253"/>
        <source>Write here (Ctrl+B bold, Ctrl+I italic, &quot;- &quot; or Ctrl+Shift+L for bullets)</source>
        <translation>Écrivez ici (Ctrl+B gras, Ctrl+I italique, « - » ou Ctrl+Maj+L pour les puces)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_block_widgets.py" line="261"/>
        <location filename="../../briefer/gui/note_block_widgets.py" line="262"/>
        <source>Text block</source>
        <translation>Bloc de texte</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../briefer/gui/qt_strings.py" line="12"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/qt_strings.py" line="13"/>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
    </message>
</context>
<context>
    <name>QuoteFinder</name>
    <message>
        <location filename="../../briefer/gui/quote_finder.py" line="26"/>
        <location filename="../../briefer/gui/quote_finder.py" line="27"/>
        <source>Find the source of a quote</source>
        <translation>Trouver la source d’une citation</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/quote_finder.py" line="31"/>
        <source>Paste a sentence from the note or anywhere else:</source>
        <translation>Collez une phrase de la note ou d’ailleurs :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/quote_finder.py" line="34"/>
        <source>Quote to find</source>
        <translation>Citation à trouver</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/quote_finder.py" line="39"/>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/quote_finder.py" line="43"/>
        <source>Places the quote was found</source>
        <translation>Endroits où la citation a été trouvée</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/quote_finder.py" line="48"/>
        <source>&amp;Find</source>
        <translation>&amp;Chercher</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/quote_finder.py" line="49"/>
        <source>Find</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/quote_finder.py" line="65"/>
        <source>Paste a sentence first.</source>
        <translation>Collez d’abord une phrase.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/quote_finder.py" line="70"/>
        <source>Looking…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/quote_finder.py" line="93"/>
        <source>exact</source>
        <translation>exacte</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/quote_finder.py" line="93"/>
        <source>close match, {0:.0f}%</source>
        <translation>proche, {0:.0f} %</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/quote_finder.py" line="100"/>
        <source>Characters {0}–{1}</source>
        <translation>Caractères {0} à {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/gui/quote_finder.py" line="103"/>
        <source>Found in %n place(s). Press Enter to open.</source>
        <translation>
            <numerusform>Trouvée à %n endroit. Appuyez sur Entrée pour l’ouvrir.</numerusform>
            <numerusform>Trouvée à %n endroits. Appuyez sur Entrée pour ouvrir.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefer/gui/quote_finder.py" line="108"/>
        <source>No source contains this quote or anything close.</source>
        <translation>Aucune source ne contient cette citation ni rien d’approchant.</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../briefer/gui/reader.py" line="55"/>
        <source>Reader</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/reader.py" line="76"/>
        <source>Source title</source>
        <translation>Titre de la source</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/reader.py" line="85"/>
        <source>Source details</source>
        <translation>Détails de la source</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/reader.py" line="87"/>
        <source>&amp;Add excerpt</source>
        <translation>Ajouter l’e&amp;xtrait</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/reader.py" line="88"/>
        <source>Add the selected text to the note as an excerpt</source>
        <translation>Ajouter le texte sélectionné à la note comme extrait</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/reader.py" line="94"/>
        <source>Select &amp;Sentence (again: Paragraph)</source>
        <translation>Sélectionner la &amp;phrase (encore : le paragraphe)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/reader.py" line="102"/>
        <source>Add excerpt</source>
        <translation>Ajouter l’extrait</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/reader.py" line="157"/>
        <source>No source open</source>
        <translation>Aucune source ouverte</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/reader.py" line="158"/>
        <source>Choose a source in the list, or search with Ctrl+K.</source>
        <translation>Choisissez une source dans la liste, ou cherchez avec Ctrl+K.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/reader.py" line="223"/>
        <source>outlet unknown</source>
        <translation>média inconnu</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/reader.py" line="225"/>
        <source>date unknown</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/reader.py" line="226"/>
        <source>Survey</source>
        <translation>Sondage</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/reader.py" line="226"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/reader.py" line="228"/>
        <source>title unknown</source>
        <translation>titre inconnu</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/reader.py" line="316"/>
        <source>not in the note</source>
        <translation>pas dans la note</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/reader.py" line="319"/>
        <source>Excerpt used in: {0}</source>
        <translation>Extrait utilisé dans : {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/reader.py" line="321"/>
        <source>Theme: {0}</source>
        <translation>Thème : {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/reader.py" line="323"/>
        <source>The source&apos;s words changed here; check the quote.</source>
        <translation>Les mots de la source ont changé ici&#x202f;; vérifiez la citation.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/reader.py" line="447"/>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/reader.py" line="450"/>
        <source>{0} of {1}</source>
        <translation>{0} sur {1}</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../briefer/gui/reader_view.py" line="99"/>
        <source>Source text</source>
        <translation>Texte de la source</translation>
    </message>
</context>
<context>
    <name>Removals</name>
    <message>
        <location filename="../../briefer/gui/server_removed.py" line="102"/>
        <source>Someone else deleted the note “{0}”; your unsent edits in it are kept here.</source>
        <translation>Quelqu’un d’autre a supprimé la note « {0} » ; vos modifications non envoyées y sont gardées ici.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/server_removed.py" line="113"/>
        <source>Someone else deleted the note “{0}”.</source>
        <translation>Quelqu’un d’autre a supprimé la note « {0} ».</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/server_removed.py" line="154"/>
        <source>Someone else removed a paragraph you are editing; saving will let you keep it or let it go.</source>
        <translation>Quelqu’un d’autre a retiré un paragraphe que vous modifiez ; l’enregistrement vous laissera le garder ou le laisser partir.</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <location filename="../../briefer/gui/search_pane.py" line="240"/>
        <location filename="../../briefer/gui/search_pane.py" line="246"/>
        <source>Search all sources</source>
        <translation>Chercher dans toutes les sources</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/search_pane.py" line="245"/>
        <source>Search all sources (Ctrl+K)</source>
        <translation>Chercher dans toutes les sources (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/search_pane.py" line="250"/>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/search_pane.py" line="257"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/search_pane.py" line="328"/>
        <source>Indexing sources… {0} of {1}</source>
        <translation>Indexation des sources… {0} sur {1}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/search_pane.py" line="348"/>
        <source>Searching {0} of {1} sources — indexing…</source>
        <translation>Recherche dans {0} sources sur {1} — indexation…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/gui/search_pane.py" line="358"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefer/gui/search_pane.py" line="359"/>
        <source>No source matches “{0}”</source>
        <translation>Aucune source ne correspond à « {0} »</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/search_pane.py" line="362"/>
        <source>No source has all the words; showing sources with most of them.</source>
        <translation>Aucune source ne contient tous les mots ; voici celles qui en contiennent le plus.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/search_pane.py" line="365"/>
        <source>Too many sources match to rank them all: these are the best of the {0} most recently added.</source>
        <translation>Trop de sources correspondent pour les classer toutes : voici les meilleures des {0} ajoutées le plus récemment.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/search_pane.py" line="370"/>
        <source>Did you mean {0}?</source>
        <translation>Vouliez-vous dire {0}&#x202f;?</translation>
    </message>
</context>
<context>
    <name>SectionActions</name>
    <message>
        <location filename="../../briefer/gui/section_actions.py" line="43"/>
        <source>&amp;Rename Section…</source>
        <translation>&amp;Renommer la section…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/section_actions.py" line="44"/>
        <source>&amp;Add Section After…</source>
        <translation>&amp;Ajouter une section après…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/section_actions.py" line="45"/>
        <source>Move Section &amp;Up</source>
        <translation>&amp;Monter la section</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/section_actions.py" line="47"/>
        <source>Move Section &amp;Down</source>
        <translation>&amp;Descendre la section</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/section_actions.py" line="49"/>
        <source>Re&amp;move Section…</source>
        <translation>Re&amp;tirer la section…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/section_actions.py" line="85"/>
        <source>The template requires this section</source>
        <translation>Le modèle exige cette section</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/section_actions.py" line="94"/>
        <source>Section actions</source>
        <translation>Actions sur la section</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/section_actions.py" line="132"/>
        <source>Rename section</source>
        <translation>Renommer la section</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/section_actions.py" line="133"/>
        <source>New title of the section:</source>
        <translation>Nouveau titre de la section :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/section_actions.py" line="136"/>
        <source>Rename section “%1”</source>
        <translation>Renommer la section « %1 »</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/section_actions.py" line="144"/>
        <source>Add section</source>
        <translation>Ajouter une section</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/section_actions.py" line="145"/>
        <source>Title of the new section:</source>
        <translation>Titre de la nouvelle section :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/section_actions.py" line="149"/>
        <source>Add section “%1”</source>
        <translation>Ajouter la section « %1 »</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/section_actions.py" line="159"/>
        <source>Move section “%1” up</source>
        <translation>Monter la section « %1 »</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/section_actions.py" line="160"/>
        <source>Move section “%1” down</source>
        <translation>Descendre la section « %1 »</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/section_actions.py" line="170"/>
        <source>Remove the section?</source>
        <translation>Retirer la section ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/gui/section_actions.py" line="171"/>
        <source>“%1” holds %n block(s). Remove the section and its blocks? (Edit ▸ Undo brings them back.)</source>
        <translation>
            <numerusform>« %1 » contient %n bloc. Retirer la section et son bloc ? (Édition ▸ Annuler le rétablit.)</numerusform>
            <numerusform>« %1 » contient %n blocs. Retirer la section et ses blocs ? (Édition ▸ Annuler les rétablit.)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefer/gui/section_actions.py" line="174"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/section_actions.py" line="174"/>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/section_actions.py" line="178"/>
        <source>Remove section “%1”</source>
        <translation>Retirer la section « %1 »</translation>
    </message>
</context>
<context>
    <name>SectionWidget</name>
    <message>
        <location filename="../../briefer/gui/note_blocks.py" line="122"/>
        <source>+ Text</source>
        <translation>+ Texte</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_blocks.py" line="124"/>
        <source>Add a text block to this section (Ctrl+Return)</source>
        <translation>Ajouter un bloc de texte à cette section (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_blocks.py" line="125"/>
        <source>Add a text block</source>
        <translation>Ajouter un bloc de texte</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_blocks.py" line="134"/>
        <source>Rename, add, move or remove sections (Menu key or Shift+F10)</source>
        <translation>Renommer, ajouter, déplacer ou retirer des sections (touche Menu ou Maj+F10)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_blocks.py" line="136"/>
        <source>Section actions</source>
        <translation>Actions sur la section</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_blocks.py" line="139"/>
        <source>⬇ Excerpts go here</source>
        <translation>⬇ Les extraits vont ici</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_blocks.py" line="141"/>
        <source>Ctrl+E adds the words selected in the reader to this section; Ctrl+Shift+E chooses another one</source>
        <translation>Ctrl+E ajoute à cette section les mots sélectionnés dans le lecteur ; Ctrl+Maj+E en choisit une autre</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_blocks.py" line="143"/>
        <source>New excerpts go to this section</source>
        <translation>Les nouveaux extraits vont dans cette section</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_blocks.py" line="168"/>
        <source>Required: the export stops while this section is empty.</source>
        <translation>Obligatoire : l’exportation s’arrête tant que cette section est vide.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_blocks.py" line="171"/>
        <source>Drop an excerpt here, or press Ctrl+Return to write.</source>
        <translation>Déposez un extrait ici, ou appuyez sur Ctrl+Entrée pour écrire.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_blocks.py" line="173"/>
        <source>Section: %1</source>
        <translation>Section : %1</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_blocks.py" line="174"/>
        <source>Up/Down: go through the blocks · Ctrl+Return: write here · Ctrl+E: add the reader&apos;s selection to this section</source>
        <translation>Haut/Bas : parcourir les blocs · Ctrl+Entrée : écrire ici · Ctrl+E : ajouter la sélection du lecteur à cette section</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/note_blocks.py" line="178"/>
        <source>Section hint</source>
        <translation>Indication de la section</translation>
    </message>
</context>
<context>
    <name>ServerConflictDialog</name>
    <message>
        <location filename="../../briefer/gui/server_conflicts.py" line="64"/>
        <source>Someone else changed the same paragraphs</source>
        <translation>Quelqu’un d’autre a modifié les mêmes paragraphes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/gui/server_conflicts.py" line="70"/>
        <source>Since this window last heard from the team server, someone else saved %n part(s) of the note that you changed too. Everything else was sent. Choose which version of each to keep; Cancel keeps your text unsent, to choose at the next save.</source>
        <translation>
            <numerusform>Depuis les dernières nouvelles du serveur d’équipe reçues par cette fenêtre, quelqu’un d’autre a enregistré %n partie de la note que vous avez aussi modifiée. Tout le reste a été envoyé. Choisissez la version à garder ; Annuler garde votre texte sans l’envoyer, pour choisir au prochain enregistrement.</numerusform>
            <numerusform>Depuis les dernières nouvelles du serveur d’équipe reçues par cette fenêtre, quelqu’un d’autre a enregistré %n parties de la note que vous avez aussi modifiées. Tout le reste a été envoyé. Choisissez la version à garder pour chacune ; Annuler garde votre texte sans l’envoyer, pour choisir au prochain enregistrement.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefer/gui/server_conflicts.py" line="80"/>
        <source>&lt;b&gt;Saved on the server&lt;/b&gt;</source>
        <translation>&lt;b&gt;Enregistré sur le serveur&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ServerLabels</name>
    <message>
        <location filename="../../briefer/gui/server_status.py" line="26"/>
        <source>Team server status</source>
        <translation>État du serveur d’équipe</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/server_status.py" line="31"/>
        <source>Others working on this note</source>
        <translation>Autres personnes travaillant sur cette note</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/gui/server_status.py" line="41"/>
        <source>Offline — %n edit(s) not yet sent</source>
        <translation>
            <numerusform>Hors ligne — %n modification pas encore envoyée</numerusform>
            <numerusform>Hors ligne — %n modifications pas encore envoyées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefer/gui/server_status.py" line="42"/>
        <source>The team server {0} cannot be reached. Your edits are kept on this computer and sent when it is back.</source>
        <translation>Le serveur d’équipe {0} est injoignable. Vos modifications sont gardées sur cet ordinateur et seront envoyées à son retour.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/server_status.py" line="50"/>
        <source>Also here: {0}</source>
        <translation>Aussi présents : {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/server_status.py" line="52"/>
        <source>{0}, on “{1}”</source>
        <translation>{0}, sur « {1} »</translation>
    </message>
</context>
<context>
    <name>ServerLink</name>
    <message numerus="yes">
        <location filename="../../briefer/gui/server_link.py" line="247"/>
        <source>Saved on this computer; %n edit(s) not yet sent to the team server</source>
        <translation>
            <numerusform>Enregistré sur cet ordinateur ; %n modification pas encore envoyée au serveur d’équipe</numerusform>
            <numerusform>Enregistré sur cet ordinateur ; %n modifications pas encore envoyées au serveur d’équipe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefer/gui/server_link.py" line="277"/>
        <source>Cannot send the changes to the team server</source>
        <translation>Impossible d’envoyer les modifications au serveur d’équipe</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/server_link.py" line="262"/>
        <source>Saved and sent to {0}</source>
        <translation>Enregistré et envoyé à {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/server_link.py" line="352"/>
        <source>Someone else changed a paragraph you are editing; saving will show both versions.</source>
        <translation>Quelqu’un d’autre a modifié un paragraphe que vous modifiez ; l’enregistrement montrera les deux versions.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/server_link.py" line="396"/>
        <source>Someone else changed a paragraph you had edited: undo starts from here.</source>
        <translation>Quelqu’un d’autre a modifié un paragraphe que vous aviez modifié : l’annulation repart d’ici.</translation>
    </message>
</context>
<context>
    <name>SharingController</name>
    <message>
        <location filename="../../briefer/gui/sharing.py" line="83"/>
        <source>Opened read-only: {0} has it open. Save As makes your own copy.</source>
        <translation>Ouvert en lecture seule : {0} l’a ouvert. Enregistrer sous en fait votre propre copie.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/sharing.py" line="99"/>
        <source>Choose an empty folder for your copy</source>
        <translation>Choisissez un dossier vide pour votre copie</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/sharing.py" line="106"/>
        <source>Cannot make the copy</source>
        <translation>Impossible de faire la copie</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/sharing.py" line="116"/>
        <source>Someone took over this project</source>
        <translation>Quelqu’un a pris le contrôle de ce projet</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/sharing.py" line="117"/>
        <source>Another window took over “{0}”. This window is now read-only; use Save As to keep your changes in a copy.</source>
        <translation>Une autre fenêtre a pris le contrôle de « {0} ». Cette fenêtre est maintenant en lecture seule ; utilisez Enregistrer sous pour conserver vos modifications dans une copie.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/sharing.py" line="189"/>
        <source>Someone else saved changes to parts you changed too; saving will let you choose whose version stays.</source>
        <translation>Quelqu’un d’autre a enregistré des modifications dans des parties que vous avez aussi modifiées ; à l’enregistrement, vous pourrez choisir la version à garder.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="25"/>
        <location filename="../../briefer/gui/shortcuts_help.py" line="26"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="30"/>
        <source>Keys and what they do</source>
        <translation>Touches et leur effet</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="31"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="31"/>
        <source>What they do</source>
        <translation>Effet</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="60"/>
        <source>Moving around</source>
        <translation>Se déplacer</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="62"/>
        <source>Go to the sources, the outline, the reader, the note</source>
        <translation>Aller aux sources, au plan, au lecteur, à la note</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="63"/>
        <source>Search every source</source>
        <translation>Chercher dans toutes les sources</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="65"/>
        <source>Find in the source shown; next and previous match</source>
        <translation>Chercher dans la source affichée ; occurrence suivante et précédente</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="66"/>
        <source>Find and replace in the note (Enter or F3: next match, Shift+F3: previous, Esc: close); quotations are never changed</source>
        <translation>Rechercher et remplacer dans la note (Entrée ou F3 : occurrence suivante, Maj+F3 : précédente, Échap : fermer) ; les citations ne sont jamais modifiées</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="68"/>
        <source>Edit every citation field of the selected source (Source Details)</source>
        <translation>Modifier tous les champs de référence de la source sélectionnée (Détails de la source)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="70"/>
        <source>Excerpts</source>
        <translation>Extraits</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="71"/>
        <source>Select words in the reader</source>
        <translation>Sélectionner des mots dans le lecteur</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="71"/>
        <source>Shift+arrows</source>
        <translation>Maj+flèches</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="72"/>
        <source>In the reader: select the word, then (again) its sentence, then its paragraph</source>
        <translation>Dans le lecteur : sélectionner le mot, puis (encore) sa phrase, puis son paragraphe</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="74"/>
        <source>Double, triple click</source>
        <translation>Double, triple clic</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="74"/>
        <source>In the reader: select the word; the sentence (a fourth click: the paragraph)</source>
        <translation>Dans le lecteur : sélectionner le mot ; la phrase (un quatrième clic : le paragraphe)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="76"/>
        <source>Add the selected words to the section marked “Excerpts go here” (named beside Add excerpt: “→ Background”); if none is marked yet, a menu asks which section</source>
        <translation>Ajouter les mots sélectionnés à la section marquée « Les extraits vont ici » (nommée à côté d’Ajouter l’extrait : « → Contexte ») ; si aucune n’est marquée, un menu demande laquelle</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="79"/>
        <source>Choose the section new excerpts go to (a menu of the note&apos;s sections: 1–9, or arrows and Enter), adding the selected words there</source>
        <translation>Choisir la section des nouveaux extraits (un menu des sections de la note : 1 à 9, ou flèches et Entrée) et y ajouter les mots sélectionnés</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="82"/>
        <source>In the note</source>
        <translation>Dans la note</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="84"/>
        <source>Go through each section, its “+ Text” button and its blocks</source>
        <translation>Parcourir chaque section, son bouton « + Texte » et ses blocs</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="85"/>
        <source>On a section or a block: go to the block above or below</source>
        <translation>Sur une section ou un bloc : aller au bloc au-dessus ou en dessous</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="86"/>
        <source>Go to the previous or next section</source>
        <translation>Aller à la section précédente ou suivante</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="87"/>
        <source>Menu, Shift+F10</source>
        <translation>Menu, Maj+F10</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="87"/>
        <source>On a section: its menu (rename, add a section after it, move, remove)</source>
        <translation>Sur une section : son menu (renommer, ajouter une section après, déplacer, retirer)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="89"/>
        <source>On a section: rename it</source>
        <translation>Sur une section : la renommer</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="90"/>
        <source>On a section: move it up or down</source>
        <translation>Sur une section : la monter ou la descendre</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="91"/>
        <source>On a block: edit its text</source>
        <translation>Sur un bloc : modifier son texte</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="92"/>
        <source>In a block&apos;s text: select the whole block</source>
        <translation>Dans le texte d’un bloc : sélectionner le bloc entier</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="93"/>
        <source>Move the selected block up or down (into the next section at the edge)</source>
        <translation>Monter ou descendre le bloc sélectionné (dans la section voisine au bord)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="95"/>
        <source>Delete the selected block</source>
        <translation>Supprimer le bloc sélectionné</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="96"/>
        <source>On an excerpt: show its words in the source</source>
        <translation>Sur un extrait : montrer ses mots dans la source</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="97"/>
        <source>Switch an excerpt between quotation and paraphrase</source>
        <translation>Passer un extrait de citation à paraphrase et inversement</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="98"/>
        <source>Add a text block after the current one</source>
        <translation>Ajouter un bloc de texte après le bloc courant</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="99"/>
        <source>Bold, italic, bulleted list</source>
        <translation>Gras, italique, liste à puces</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="100"/>
        <source>In a text block: words copied from the reader become a cited quotation after it</source>
        <translation>Dans un bloc de texte : les mots copiés dans le lecteur deviennent une citation référencée après le bloc</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="102"/>
        <source>In a text block: paste the words alone, uncited</source>
        <translation>Dans un bloc de texte : coller les mots seuls, sans référence</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="103"/>
        <source>Check spelling as you type, on or off (right-click a word underlined in red for suggestions)</source>
        <translation>Vérifier l’orthographe pendant la frappe, ou non (clic droit sur un mot souligné en rouge pour des suggestions)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="105"/>
        <source>A new note in the project (Note ▸ Notes: duplicate, rename, delete)</source>
        <translation>Une nouvelle note dans le projet (Note ▸ Notes : dupliquer, renommer, supprimer)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="107"/>
        <source>The project&apos;s previous or next note</source>
        <translation>La note précédente ou suivante du projet</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="108"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="109"/>
        <source>Undo; redo (the Edit menu names each step)</source>
        <translation>Annuler ; rétablir (le menu Édition nomme chaque étape)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="110"/>
        <source>Save; save as</source>
        <translation>Enregistrer ; enregistrer sous</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="111"/>
        <source>Check the note and export it to Word</source>
        <translation>Vérifier la note et l’exporter vers Word</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/shortcuts_help.py" line="112"/>
        <source>Print preview: the note&apos;s pages as they will print</source>
        <translation>Aperçu avant impression : les pages de la note telles qu’elles seront imprimées</translation>
    </message>
</context>
<context>
    <name>SourceDetails</name>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="27"/>
        <source>Newspaper article</source>
        <translation>Article de journal</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="28"/>
        <source>Magazine article</source>
        <translation>Article de magazine</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="29"/>
        <source>Journal article</source>
        <translation>Article de revue</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="30"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="31"/>
        <source>Book</source>
        <translation>Livre</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="32"/>
        <source>Book chapter</source>
        <translation>Chapitre de livre</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="33"/>
        <source>Web page</source>
        <translation>Page Web</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="34"/>
        <source>Blog post</source>
        <translation>Billet de blogue</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="35"/>
        <source>Legislation (act, regulation)</source>
        <translation>Texte législatif (loi, règlement)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="36"/>
        <source>Bill</source>
        <translation>Projet de loi</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="37"/>
        <source>Court decision</source>
        <translation>Décision judiciaire</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="38"/>
        <source>Speech</source>
        <translation>Discours</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="39"/>
        <source>Interview</source>
        <translation>Entrevue</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="40"/>
        <source>Broadcast (radio, TV, podcast)</source>
        <translation>Émission (radio, télévision, balado)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="41"/>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="42"/>
        <source>Conference paper</source>
        <translation>Communication de colloque</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="43"/>
        <source>Thesis</source>
        <translation>Thèse ou mémoire</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="44"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="45"/>
        <source>Manuscript</source>
        <translation>Manuscrit</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="46"/>
        <source>Pamphlet</source>
        <translation>Brochure</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="48"/>
        <source>Personal communication (letter, email)</source>
        <translation>Communication personnelle (lettre, courriel)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="96"/>
        <source>&amp;Title:</source>
        <translation>T&amp;itre :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="97"/>
        <source>&amp;Authors:</source>
        <translation>&amp;Auteurs :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="98"/>
        <location filename="../../briefer/gui/source_fields.py" line="133"/>
        <source>Published in:</source>
        <translation>Publié dans :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="99"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="100"/>
        <source>&amp;Volume:</source>
        <translation>&amp;Volume :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="101"/>
        <source>I&amp;ssue:</source>
        <translation>&amp;Numéro :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="102"/>
        <source>&amp;Pages:</source>
        <translation>&amp;Pages :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="103"/>
        <source>Section:</source>
        <translation>Section :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="104"/>
        <source>Number:</source>
        <translation>Numéro de document :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="105"/>
        <source>Authority:</source>
        <translation>Autorité :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="106"/>
        <source>Edition:</source>
        <translation>Édition :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="107"/>
        <source>Pu&amp;blisher:</source>
        <translation>Éditeu&amp;r :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="108"/>
        <source>Place of publication:</source>
        <translation>Lieu de publication :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="109"/>
        <source>Series:</source>
        <translation>Collection :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="110"/>
        <source>Genre:</source>
        <translation>Genre :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="111"/>
        <source>&amp;Editors:</source>
        <translation>Directeurs de pu&amp;blication :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="112"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="113"/>
        <source>D&amp;OI:</source>
        <translation>D&amp;OI :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="114"/>
        <source>A&amp;ccessed:</source>
        <translation>&amp;Consulté le :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="115"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="116"/>
        <source>&amp;Note:</source>
        <translation>Not&amp;e :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="122"/>
        <source>Newspaper:</source>
        <translation>Journal :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="123"/>
        <source>Magazine:</source>
        <translation>Magazine :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="124"/>
        <source>Journal:</source>
        <translation>Revue :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="125"/>
        <source>Book title:</source>
        <translation>Titre du livre :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="126"/>
        <source>Website:</source>
        <translation>Site Web :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="127"/>
        <source>Blog:</source>
        <translation>Blogue :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="128"/>
        <source>Proceedings:</source>
        <translation>Actes :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="129"/>
        <source>Program:</source>
        <translation>Émission :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="130"/>
        <source>Law report:</source>
        <translation>Recueil :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="131"/>
        <location filename="../../briefer/gui/source_fields.py" line="132"/>
        <source>Statute book:</source>
        <translation>Recueil des lois :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="136"/>
        <source>Report number:</source>
        <translation>Numéro du rapport :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="137"/>
        <source>Bill number:</source>
        <translation>Numéro du projet de loi :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="138"/>
        <source>Chapter or number:</source>
        <translation>Chapitre ou numéro :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="139"/>
        <source>Docket number:</source>
        <translation>Numéro de dossier :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="140"/>
        <source>Episode:</source>
        <translation>Épisode :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="143"/>
        <source>Court:</source>
        <translation>Tribunal :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="144"/>
        <location filename="../../briefer/gui/source_fields.py" line="145"/>
        <source>Legislature:</source>
        <translation>Législature :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="148"/>
        <source>Kind of report:</source>
        <translation>Type de rapport :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="149"/>
        <source>Degree:</source>
        <translation>Grade :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="150"/>
        <source>Occasion:</source>
        <translation>Occasion :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="153"/>
        <source>Pu&amp;blisher or university:</source>
        <translation>Éditeu&amp;r ou université :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="154"/>
        <source>Pu&amp;blisher or network:</source>
        <translation>Éditeu&amp;r ou réseau :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="159"/>
        <source>e.g. September 16, 2025 or 2025-09-16</source>
        <translation>p. ex. 16 septembre 2025 ou 2025-09-16</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="160"/>
        <source>When you read it online</source>
        <translation>Quand vous l’avez lu en ligne</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="161"/>
        <source>e.g. 112–130</source>
        <translation>p. ex. 112–130</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="163"/>
        <source>e.g. 10.1000/xyz123</source>
        <translation>p. ex. 10.1000/xyz123</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="164"/>
        <source>e.g. en, fr-CA</source>
        <translation>p. ex. fr, en-CA</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_fields.py" line="165"/>
        <source>e.g. Working paper, PhD thesis</source>
        <translation>p. ex. Document de travail, thèse de doctorat</translation>
    </message>
</context>
<context>
    <name>SourceDetailsDialog</name>
    <message>
        <location filename="../../briefer/gui/source_details.py" line="139"/>
        <source>Source Details — {0}</source>
        <translation>Détails de la source — {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_details.py" line="140"/>
        <source>Source details</source>
        <translation>Détails de la source</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_details.py" line="144"/>
        <source>Type of source</source>
        <translation>Type de source</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_details.py" line="148"/>
        <source>Not set</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_details.py" line="157"/>
        <source>Show a&amp;ll fields</source>
        <translation>Afficher tous les c&amp;hamps</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_details.py" line="158"/>
        <source>Show the fields this type of source rarely uses too</source>
        <translation>Afficher aussi les champs que ce type de source utilise rarement</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_details.py" line="159"/>
        <source>File: {0}</source>
        <translation>Fichier : {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_details.py" line="175"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_details.py" line="186"/>
        <source>CSL field: {0}</source>
        <translation>Champ CSL : {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_details.py" line="217"/>
        <source>This folder is open read-only: use File ▸ Save As to make it a project, then edit its sources&apos; details.</source>
        <translation>Ce dossier est ouvert en lecture seule : utilisez Fichier ▸ Enregistrer sous pour en faire un projet, puis modifiez les détails de ses sources.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_details.py" line="242"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_details.py" line="242"/>
        <source>Editor</source>
        <translation>Directeur de publication</translation>
    </message>
</context>
<context>
    <name>SourceRemoval</name>
    <message numerus="yes">
        <location filename="../../briefer/gui/source_removal.py" line="30"/>
        <source>Remove “{0}” from the project? Its %n excerpt(s) go with it, and the note loses the quotes made from them. Undo brings everything back.</source>
        <translation>
            <numerusform>Retirer « {0} » du projet ? Son extrait part avec elle, et la note perd les citations qui en sont faites. Annuler rétablit tout.</numerusform>
            <numerusform>Retirer « {0} » du projet ? Ses %n extraits partent avec elle, et la note perd les citations qui en sont faites. Annuler rétablit tout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/gui/source_removal.py" line="35"/>
        <source>%n outline section(s) drawn from this survey go too.</source>
        <translation>
            <numerusform>%n section du plan tirée de ce sondage part aussi.</numerusform>
            <numerusform>%n sections du plan tirées de ce sondage partent aussi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_removal.py" line="50"/>
        <source>Remove “{0}” from the project? No excerpt was taken from it. Undo brings it back.</source>
        <translation>Retirer « {0} » du projet ? Aucun extrait n’en a été tiré. Annuler la rétablit.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_removal.py" line="55"/>
        <source>Excerpts:</source>
        <translation>Extraits :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_removal.py" line="58"/>
        <source>Quoted in:</source>
        <translation>Cité dans :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_removal.py" line="73"/>
        <source>Remove source</source>
        <translation>Retirer la source</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_removal.py" line="74"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_removal.py" line="75"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/source_removal.py" line="78"/>
        <source>Remove source “{0}”</source>
        <translation>Retirer la source « {0} »</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <location filename="../../briefer/gui/sources_model.py" line="200"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/sources_model.py" line="200"/>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/sources_model.py" line="200"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/sources_model.py" line="201"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/sources_model.py" line="215"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/sources_model.py" line="215"/>
        <source>outlet</source>
        <translation>média</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/sources_model.py" line="216"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/first_list.py" line="57"/>
        <location filename="../../briefer/gui/sources_model.py" line="173"/>
        <source>Survey</source>
        <translation>Sondage</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/first_list.py" line="58"/>
        <location filename="../../briefer/gui/sources_model.py" line="173"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/first_list.py" line="59"/>
        <location filename="../../briefer/gui/sources_model.py" line="173"/>
        <location filename="../../briefer/gui/wording.py" line="37"/>
        <source>Untitled survey</source>
        <translation>Sondage sans titre</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/sources_model.py" line="251"/>
        <source>Missing for the citation: {0}</source>
        <translation>Manque pour la référence : {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/sources_model.py" line="256"/>
        <source>metadata missing</source>
        <translation>métadonnées manquantes</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/sources_model.py" line="181"/>
        <location filename="../../briefer/gui/sources_model.py" line="275"/>
        <source>Missing</source>
        <translation>Manquante</translation>
    </message>
</context>
<context>
    <name>SourcesPane</name>
    <message>
        <location filename="../../briefer/gui/sources_pane.py" line="39"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/sources_pane.py" line="122"/>
        <source>Source details</source>
        <translation>Détails de la source</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/first_list.py" line="112"/>
        <location filename="../../briefer/gui/sources_pane.py" line="49"/>
        <source>Filter by title, outlet, date or type</source>
        <translation>Filtrer par titre, média, date ou type</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/first_list.py" line="114"/>
        <location filename="../../briefer/gui/sources_pane.py" line="50"/>
        <source>Filter sources</source>
        <translation>Filtrer les sources</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/first_list.py" line="120"/>
        <location filename="../../briefer/gui/sources_pane.py" line="60"/>
        <source>Source list</source>
        <translation>Liste des sources</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/sources_pane.py" line="72"/>
        <source>Source list columns</source>
        <translation>Colonnes de la liste des sources</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/sources_pane.py" line="88"/>
        <source>Source &amp;Details…</source>
        <translation>&amp;Détails de la source…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/sources_pane.py" line="91"/>
        <source>Every citation field of the selected source: type, authors, journal, volume, pages, DOI…</source>
        <translation>Tous les champs de référence de la source sélectionnée : type, auteurs, revue, volume, pages, DOI…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/sources_pane.py" line="96"/>
        <source>Re&amp;move Source…</source>
        <translation>Ret&amp;irer la source…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/sources_pane.py" line="101"/>
        <source>Remove the selected source from the project, with its excerpts (undoable)</source>
        <translation>Retirer la source sélectionnée du projet, avec ses extraits (annulable)</translation>
    </message>
</context>
<context>
    <name>WordCountLabel</name>
    <message>
        <location filename="../../briefer/gui/word_count.py" line="56"/>
        <source>Word count</source>
        <translation>Nombre de mots</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/word_count.py" line="104"/>
        <source>{0} of {1}</source>
        <translation>{0} sur {1}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/word_count.py" line="107"/>
        <source>Your words: {0}. Quotations: {1}. Footnotes are not counted.</source>
        <translation>Vos mots : {0}. Citations : {1}. Les notes de bas de page ne sont pas comptées.</translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message numerus="yes">
        <location filename="../../briefer/gui/word_count.py" line="46"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../../briefer/gui/about.py" line="13"/>
        <source>Draft correctly cited briefing notes from news articles and expert surveys.</source>
        <translation>Rédigez des notes d’information correctement citées à partir d’articles de presse et de sondages d’experts.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/about.py" line="15"/>
        <source>Every quotation stays tied to the exact words of its source.</source>
        <translation>Chaque citation reste liée aux mots exacts de sa source.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/about.py" line="17"/>
        <source>MIT licence</source>
        <translation>Licence MIT</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/about.py" line="23"/>
        <source>About Briefer</source>
        <translation>À propos de Briefer</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../briefer/gui/actions.py" line="80"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="82"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="89"/>
        <source>&amp;New Project from Folder…</source>
        <translation>&amp;Nouveau projet à partir d’un dossier…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="90"/>
        <source>Make a project from a folder of sources</source>
        <translation>Créer un projet à partir d’un dossier de sources</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="92"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="93"/>
        <source>Open a project or a folder of sources</source>
        <translation>Ouvrir un projet ou un dossier de sources</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="95"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="96"/>
        <source>Save the project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="98"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="99"/>
        <source>Save the project to a new folder</source>
        <translation>Enregistrer le projet dans un nouveau dossier</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="101"/>
        <source>&amp;Import Sources…</source>
        <translation>&amp;Importer des sources…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="102"/>
        <source>Add .txt, .md, .docx, .html or .pdf files to the project</source>
        <translation>Ajouter des fichiers .txt, .md, .docx, .html ou .pdf au projet</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="105"/>
        <source>Import a &amp;Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="106"/>
        <source>Add every source in a folder to the project</source>
        <translation>Ajouter au projet toutes les sources d’un dossier</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="108"/>
        <source>&amp;Export to Word…</source>
        <translation>E&amp;xporter vers Word…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="109"/>
        <source>Check the note, then write it as a .docx with footnotes</source>
        <translation>Vérifier la note, puis l’écrire en .docx avec notes de bas de page</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="112"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="113"/>
        <source>Quit Briefer</source>
        <translation>Quitter Briefer</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="118"/>
        <source>Add Excerpt &amp;to Section…</source>
        <translation>Ajouter l’extrait à &amp;une section…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="119"/>
        <source>Choose the note section new excerpts go to; the selected words are added there</source>
        <translation>Choisir la section de la note où vont les nouveaux extraits ; les mots sélectionnés y sont ajoutés</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="123"/>
        <source>&amp;Find in Source…</source>
        <translation>&amp;Chercher dans la source…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="124"/>
        <source>Find words in the source shown</source>
        <translation>Chercher des mots dans la source affichée</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="126"/>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="127"/>
        <source>Go to the next highlighted match</source>
        <translation>Aller à l’occurrence surlignée suivante</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="129"/>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="130"/>
        <source>Go to the previous highlighted match</source>
        <translation>Aller à l’occurrence surlignée précédente</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="132"/>
        <source>Find and Rep&amp;lace in Note…</source>
        <translation>Rechercher et re&amp;mplacer dans la note…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="133"/>
        <source>Find words in the note and replace them (quotations are never changed)</source>
        <translation>Rechercher des mots dans la note et les remplacer (les citations ne sont jamais modifiées)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="136"/>
        <source>&amp;Search All Sources…</source>
        <translation>Chercher dans &amp;toutes les sources…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="137"/>
        <source>Search every source (Ctrl+K)</source>
        <translation>Chercher dans toutes les sources (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="139"/>
        <source>Find Source of a &amp;Quote…</source>
        <translation>Trouver la source d’une citati&amp;on…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="140"/>
        <source>Paste a sentence and find the source it came from</source>
        <translation>Coller une phrase et trouver la source dont elle vient</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="142"/>
        <source>&amp;Preferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="143"/>
        <source>Language and other settings</source>
        <translation>Langue et autres réglages</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="145"/>
        <source>&amp;Sources</source>
        <translation>&amp;Sources</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="146"/>
        <source>Go to the list of sources</source>
        <translation>Aller à la liste des sources</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="148"/>
        <source>&amp;Outline</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="149"/>
        <source>Go to the outline</source>
        <translation>Aller au plan</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="151"/>
        <source>&amp;Reader</source>
        <translation>&amp;Lecteur</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="152"/>
        <source>Go to the text of the source</source>
        <translation>Aller au texte de la source</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="154"/>
        <location filename="../../briefer/gui/actions.py" line="191"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="155"/>
        <source>Go to the briefing note</source>
        <translation>Aller à la note d’information</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="157"/>
        <source>Print Pre&amp;view…</source>
        <translation>Aperçu a&amp;vant impression…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="158"/>
        <source>The note&apos;s pages as they will print</source>
        <translation>Les pages de la note telles qu’elles seront imprimées</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="160"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="161"/>
        <source>Every key for moving around and placing excerpts</source>
        <translation>Toutes les touches pour se déplacer et placer les extraits</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="164"/>
        <source>&amp;About Briefer</source>
        <translation>&amp;À propos de Briefer</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="165"/>
        <source>Version and licence</source>
        <translation>Version et licence</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="167"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="168"/>
        <source>Open &amp;Recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="177"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="179"/>
        <source>Open &amp;Team Project…</source>
        <translation>Ouvrir un pro&amp;jet d’équipe…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="180"/>
        <source>Open a project kept on a PostgreSQL team server</source>
        <translation>Ouvrir un projet gardé sur un serveur d’équipe PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="185"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="200"/>
        <source>&amp;Block</source>
        <translation>&amp;Bloc</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="206"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions.py" line="210"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../briefer/gui/app.py" line="126"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/app.py" line="127"/>
        <source>Briefer could not finish that action: {0}

Your work is still open; save it to be safe.</source>
        <translation>Briefer n’a pas pu terminer cette action : {0}

Votre travail est toujours ouvert&#x202f;; enregistrez-le par prudence.</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../briefer/gui/commands/outline.py" line="33"/>
        <source>Rename theme</source>
        <translation>Renommer le thème</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/outline.py" line="38"/>
        <source>Rename question</source>
        <translation>Renommer la question</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/outline.py" line="43"/>
        <source>Edit theme note</source>
        <translation>Modifier la note du thème</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/outline.py" line="53"/>
        <source>Edit question note</source>
        <translation>Modifier la note de la question</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/outline.py" line="58"/>
        <source>Add theme</source>
        <translation>Ajouter un thème</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/outline.py" line="63"/>
        <source>Delete theme</source>
        <translation>Supprimer le thème</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/outline.py" line="68"/>
        <source>Move theme</source>
        <translation>Déplacer le thème</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/outline.py" line="73"/>
        <source>Merge themes</source>
        <translation>Fusionner les thèmes</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/outline.py" line="79"/>
        <source>Split theme</source>
        <translation>Scinder le thème</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/outline.py" line="85"/>
        <source>Move response</source>
        <translation>Déplacer la réponse</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/outline.py" line="90"/>
        <source>Copy response to theme</source>
        <translation>Copier la réponse dans le thème</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/outline.py" line="96"/>
        <source>Remove response from theme</source>
        <translation>Retirer la réponse du thème</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/outline.py" line="102"/>
        <source>Mark response as disagreeing</source>
        <translation>Marquer la réponse comme en désaccord</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/outline.py" line="103"/>
        <source>Mark response as agreeing</source>
        <translation>Marquer la réponse comme en accord</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/outline.py" line="115"/>
        <source>New theme from response</source>
        <translation>Nouveau thème à partir de la réponse</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/sources.py" line="17"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/sources.py" line="18"/>
        <source>outlet</source>
        <translation>média</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/sources.py" line="19"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/sources.py" line="34"/>
        <source>Edit source {0}</source>
        <translation>Modifier la source : {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/commands/sources.py" line="52"/>
        <source>Edit details of “{0}”</source>
        <translation>Modifier les détails de « {0} »</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../briefer/gui/dialogs.py" line="69"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/dialogs.py" line="108"/>
        <location filename="../../briefer/gui/dialogs.py" line="118"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/dialogs.py" line="120"/>
        <location filename="../../briefer/gui/dialogs.py" line="169"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/dialogs.py" line="150"/>
        <source>This project is open by {0}.</source>
        <translation>Ce projet est ouvert par {0}.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/dialogs.py" line="152"/>
        <source>That window seems to be gone (it stopped answering); you may take the project over.</source>
        <translation>Cette fenêtre semble fermée (elle ne répond plus) ; vous pouvez prendre le contrôle du projet.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/dialogs.py" line="155"/>
        <source>Two people saving the same project can overwrite each other&apos;s work; open it read-only, or work in a copy.</source>
        <translation>Si deux personnes enregistrent le même projet, l’une peut écraser le travail de l’autre ; ouvrez-le en lecture seule ou travaillez dans une copie.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/dialogs.py" line="159"/>
        <source>Project in use</source>
        <translation>Projet en cours d’utilisation</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/dialogs.py" line="161"/>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/dialogs.py" line="164"/>
        <source>Open a copy…</source>
        <translation>Ouvrir une copie…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/dialogs.py" line="167"/>
        <source>Take over</source>
        <translation>Prendre le contrôle</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/dialogs.py" line="292"/>
        <source>e.g. QP card, Follow-up</source>
        <translation>p. ex. Fiche PQ, Suivi</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/dialogs.py" line="299"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/dialogs.py" line="300"/>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
</context>
<context>
    <name>page_count</name>
    <message>
        <location filename="../../briefer/gui/page_count.py" line="41"/>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/page_count.py" line="42"/>
        <source>{0} pages</source>
        <translation>{0} pages</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../briefer/gui/workers.py" line="91"/>
        <source>Unexpected error ({0}): {1}</source>
        <translation>Erreur inattendue ({0}) : {1}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/workers.py" line="171"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
</TS>
