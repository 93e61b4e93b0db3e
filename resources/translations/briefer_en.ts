<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConflictDialog</name>
    <message numerus="yes">
        <location filename="../../briefer/gui/conflict_dialog.py" line="53"/>
        <source>Since you opened this project, someone else saved it on the team server, and changed %n part(s) you changed too. Everything else was merged. Choose which version of each part to keep; nothing is sent to the server until you press Save.</source>
        <translation>
            <numerusform>Since you opened this project, someone else saved it on the team server, and changed %n part you changed too. Everything else was merged. Choose which version of each part to keep; nothing is sent to the server until you press Save.</numerusform>
            <numerusform>Since you opened this project, someone else saved it on the team server, and changed %n parts you changed too. Everything else was merged. Choose which version of each part to keep; nothing is sent to the server until you press Save.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/gui/conflict_dialog.py" line="57"/>
        <source>Since you opened this project, someone else saved it, and changed %n part(s) you changed too. Everything else was merged. Choose which version of each part to keep; nothing is saved until you press Save.</source>
        <translation>
            <numerusform>Since you opened this project, someone else saved it, and changed %n part you changed too. Everything else was merged. Choose which version of each part to keep; nothing is saved until you press Save.</numerusform>
            <numerusform>Since you opened this project, someone else saved it, and changed %n parts you changed too. Everything else was merged. Choose which version of each part to keep; nothing is saved until you press Save.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message numerus="yes">
        <location filename="../../briefer/gui/export_actions.py" line="89"/>
        <source>%n required section(s) of the note are empty. Each will be marked in the document for you to write.</source>
        <translation>
            <numerusform>%n required section of the note is empty. Each will be marked in the document for you to write.</numerusform>
            <numerusform>%n required sections of the note are empty. Each will be marked in the document for you to write.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/gui/export_actions.py" line="92"/>
        <source>%n quotation(s) in the note no longer match their source. Each will be marked in the document for you to check.</source>
        <translation>
            <numerusform>%n quotation in the note no longer matches their source. Each will be marked in the document for you to check.</numerusform>
            <numerusform>%n quotations in the note no longer match their source. Each will be marked in the document for you to check.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/gui/export_actions.py" line="96"/>
        <source>%n excerpt(s) no longer match their source, but the note does not quote them; nothing will be marked.</source>
        <translation>
            <numerusform>%n excerpt no longer matches their source, but the note does not quote them; nothing will be marked.</numerusform>
            <numerusform>%n excerpts no longer match their source, but the note does not quote them; nothing will be marked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/gui/export_actions.py" line="100"/>
        <source>%n cited source(s) lack citation details (such as author, date or outlet); their footnotes will give what is known.</source>
        <translation>
            <numerusform>%n cited source lacks citation details (such as author, date or outlet); their footnotes will give what is known.</numerusform>
            <numerusform>%n cited sources lack citation details (such as author, date or outlet); their footnotes will give what is known.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/gui/export_actions.py" line="104"/>
        <source>%n quoted source(s) are marked higher than the note (or with a caveat it lacks); check the note&apos;s classification.</source>
        <translation>
            <numerusform>%n quoted source is marked higher than the note (or with a caveat it lacks); check the note's classification.</numerusform>
            <numerusform>%n quoted sources are marked higher than the note (or with a caveat it lacks); check the note's classification.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/gui/export_actions.py" line="108"/>
        <source>%n text block(s) repeat a source word for word without citing it; the details say where.</source>
        <translation>
            <numerusform>%n text block repeats a source word for word without citing it; the details say where.</numerusform>
            <numerusform>%n text blocks repeat a source word for word without citing it; the details say where.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/gui/export_actions.py" line="132"/>
        <source>%n footnote(s)</source>
        <translation>
            <numerusform>%n footnote</numerusform>
            <numerusform>%n footnotes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message numerus="yes">
        <location filename="../../briefer/gui/file_actions.py" line="221"/>
        <source>The project opened, with %n problem(s). Details below.</source>
        <translation>
            <numerusform>The project opened, with %n problem. Details below.</numerusform>
            <numerusform>The project opened, with %n problems. Details below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndexStatus</name>
    <message numerus="yes">
        <location filename="../../briefer/gui/index_status.py" line="51"/>
        <source>%n source(s) searchable</source>
        <translation>
            <numerusform>%n source searchable</numerusform>
            <numerusform>%n sources searchable</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesBar</name>
    <message numerus="yes">
        <location filename="../../briefer/gui/notes_bar.py" line="198"/>
        <source>Delete the note “{0}” and its %n paragraph(s) and quotation(s)?</source>
        <translation>
            <numerusform>Delete the note “{0}” and its %n paragraph and quotation?</numerusform>
            <numerusform>Delete the note “{0}” and its %n paragraphs and quotations?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuoteFinder</name>
    <message numerus="yes">
        <location filename="../../briefer/gui/quote_finder.py" line="103"/>
        <source>Found in %n place(s). Press Enter to open.</source>
        <translation>
            <numerusform>Found in %n place. Press Enter to open.</numerusform>
            <numerusform>Found in %n places. Press Enter to open.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message numerus="yes">
        <location filename="../../briefer/gui/search_pane.py" line="358"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionActions</name>
    <message numerus="yes">
        <location filename="../../briefer/gui/section_actions.py" line="171"/>
        <source>“%1” holds %n block(s). Remove the section and its blocks? (Edit ▸ Undo brings them back.)</source>
        <translation>
            <numerusform>“%1” holds %n block. Remove the section and its blocks? (Edit ▸ Undo brings them back.)</numerusform>
            <numerusform>“%1” holds %n blocks. Remove the section and its blocks? (Edit ▸ Undo brings them back.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerConflictDialog</name>
    <message numerus="yes">
        <location filename="../../briefer/gui/server_conflicts.py" line="70"/>
        <source>Since this window last heard from the team server, someone else saved %n part(s) of the note that you changed too. Everything else was sent. Choose which version of each to keep; Cancel keeps your text unsent, to choose at the next save.</source>
        <translation>
            <numerusform>Since this window last heard from the team server, someone else saved %n part of the note that you changed too. Everything else was sent. Choose which version of each to keep; Cancel keeps your text unsent, to choose at the next save.</numerusform>
            <numerusform>Since this window last heard from the team server, someone else saved %n parts of the note that you changed too. Everything else was sent. Choose which version of each to keep; Cancel keeps your text unsent, to choose at the next save.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerLabels</name>
    <message numerus="yes">
        <location filename="../../briefer/gui/server_status.py" line="41"/>
        <source>Offline — %n edit(s) not yet sent</source>
        <translation>
            <numerusform>Offline — %n edit not yet sent</numerusform>
            <numerusform>Offline — %n edits not yet sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerLink</name>
    <message numerus="yes">
        <location filename="../../briefer/gui/server_link.py" line="247"/>
        <source>Saved on this computer; %n edit(s) not yet sent to the team server</source>
        <translation>
            <numerusform>Saved on this computer; %n edit not yet sent to the team server</numerusform>
            <numerusform>Saved on this computer; %n edits not yet sent to the team server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceRemoval</name>
    <message numerus="yes">
        <location filename="../../briefer/gui/source_removal.py" line="30"/>
        <source>Remove “{0}” from the project? Its %n excerpt(s) go with it, and the note loses the quotes made from them. Undo brings everything back.</source>
        <translation>
            <numerusform>Remove “{0}” from the project? Its %n excerpt goes with it, and the note loses the quotes made from them. Undo brings everything back.</numerusform>
            <numerusform>Remove “{0}” from the project? Its %n excerpts go with it, and the note loses the quotes made from them. Undo brings everything back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/gui/source_removal.py" line="35"/>
        <source>%n outline section(s) drawn from this survey go too.</source>
        <translation>
            <numerusform>%n outline section drawn from this survey goes too.</numerusform>
            <numerusform>%n outline sections drawn from this survey go too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message numerus="yes">
        <location filename="../../briefer/gui/word_count.py" line="46"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
</TS>
