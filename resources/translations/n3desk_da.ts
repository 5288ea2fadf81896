<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da_DK">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About n3desk</source>
        <translation>Om n3desk</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Nytt, Nyttigt, Nyttiggjort: an offline companion for in-room innovation workshops.</source>
        <translation>Nyt, Nyttigt, Nyttiggjort: en offline støtte til innovationsworkshops i lokalet.</translation>
    </message>
    <message>
        <source>Free software under the MIT licence. It is built on Qt and Qt for Python (PySide6) under the GNU LGPL 3.0, and on the components listed below, each under its own licence.</source>
        <translation>Fri software under MIT-licensen. Den bygger på Qt og Qt for Python (PySide6) under GNU LGPL 3.0 og på komponenterne nedenfor, hver under sin egen licens.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Vis:</translation>
    </message>
    <message>
        <source>The licence texts are missing from this installation.</source>
        <translation>Licensteksterne mangler i denne installation.</translation>
    </message>
    <message>
        <source>The text {name} cannot be read.</source>
        <translation>Teksten {name} kan ikke læses.</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Starter</translation>
    </message>
    <message>
        <source>Time available</source>
        <translation>Tid til rådighed</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Tilføj trin</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <source>Run this stage</source>
        <translation>Kør dette trin</translation>
    </message>
    <message>
        <source>Finish the running stage and start this one now</source>
        <translation>Afslut det igangværende trin, og start dette nu</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Gem som skabelon…</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>Method library</source>
        <translation>Metodebibliotek</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nyt trin</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Slet trin</translation>
    </message>
    <message>
        <source>Reorder agenda</source>
        <translation>Skift rækkefølge i dagsordenen</translation>
    </message>
    <message>
        <source>Attach method card</source>
        <translation>Knyt metodekort til</translation>
    </message>
    <message>
        <source>Change start time</source>
        <translation>Skift starttidspunkt</translation>
    </message>
    <message>
        <source>Change time available</source>
        <translation>Skift tid til rådighed</translation>
    </message>
    <message>
        <source> · {n} × {m} min</source>
        <translation> · {n} × {m} min.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min.</translation>
    </message>
    <message>
        <source>Total {total} min of {available} — {over} min too long! Ends at {end}.</source>
        <translation>I alt {total} min. af {available} — {over} min. for lang! Slutter {end}.</translation>
    </message>
    <message>
        <source>Total {total} min of {available} available. Ends at {end}.</source>
        <translation>I alt {total} min. af {available} til rådighed. Slutter {end}.</translation>
    </message>
</context>
<context>
    <name>BoardController</name>
    <message>
        <source>Move notes</source>
        <translation>Flyt sedler</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ny seddel</translation>
    </message>
    <message>
        <source>Colour notes</source>
        <translation>Farv sedler</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Duplicate notes</source>
        <translation>Dupliker sedler</translation>
    </message>
    <message>
        <source>Hide notes</source>
        <translation>Skjul sedler</translation>
    </message>
    <message>
        <source>Reveal notes</source>
        <translation>Vis sedler</translation>
    </message>
    <message>
        <source>Reveal all notes</source>
        <translation>Vis alle sedler</translation>
    </message>
    <message>
        <source>Private writing: new notes stay hidden from the projector.</source>
        <translation>Skriv hver for sig: nye sedler vises ikke på projektoren.</translation>
    </message>
    <message>
        <source>Tidy frame</source>
        <translation>Ryd op i rammen</translation>
    </message>
    <message>
        <source>Arrange in grid</source>
        <translation>Arranger i gitter</translation>
    </message>
    <message>
        <source>Bring to front</source>
        <translation>Flyt helt frem</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Make frame</source>
        <translation>Lav ramme</translation>
    </message>
    <message>
        <source>Frame title</source>
        <translation>Rammens titel</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Rename frame</source>
        <translation>Omdøb ramme</translation>
    </message>
    <message>
        <source>Cut notes</source>
        <translation>Klip sedler</translation>
    </message>
    <message>
        <source>Paste notes</source>
        <translation>Indsæt sedler</translation>
    </message>
    <message>
        <source>Carry notes forward</source>
        <translation>Før sedler videre</translation>
    </message>
    <message>
        <source>Start a voting round first.</source>
        <translation>Start en afstemningsrunde først.</translation>
    </message>
    <message>
        <source>Add a dot</source>
        <translation>Tilføj en prik</translation>
    </message>
    <message>
        <source>Take back a dot</source>
        <translation>Tag en prik tilbage</translation>
    </message>
    <message>
        <source>The round is not open.</source>
        <translation>Runden er ikke åben.</translation>
    </message>
    <message>
        <source>The round's dots are all used.</source>
        <translation>Rundens prikker er brugt op.</translation>
    </message>
    <message>
        <source>This participant has no dots left.</source>
        <translation>Denne deltager har ingen prikker tilbage.</translation>
    </message>
    <message>
        <source>This note has as many dots as allowed.</source>
        <translation>Sedlen har allerede så mange prikker, som der er tilladt.</translation>
    </message>
    <message>
        <source>There is no dot to take back.</source>
        <translation>Der er ingen prik at tage tilbage.</translation>
    </message>
</context>
<context>
    <name>BoardInteractions</name>
    <message>
        <source>Move frame</source>
        <translation>Flyt ramme</translation>
    </message>
    <message>
        <source>Move notes</source>
        <translation>Flyt sedler</translation>
    </message>
    <message>
        <source>Resize frame</source>
        <translation>Skift rammens størrelse</translation>
    </message>
</context>
<context>
    <name>BoardTabs</name>
    <message>
        <source>+ Board</source>
        <translation>+ Tavle</translation>
    </message>
    <message>
        <source>Add a board</source>
        <translation>Tilføj en tavle</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(uden navn)</translation>
    </message>
    <message>
        <source>Board %1</source>
        <translation>Tavle %1</translation>
    </message>
    <message>
        <source>New board</source>
        <translation>Ny tavle</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Add board</source>
        <translation>Tilføj tavle</translation>
    </message>
    <message>
        <source>Rename board</source>
        <translation>Omdøb tavle</translation>
    </message>
    <message>
        <source>Delete board</source>
        <translation>Slet tavle</translation>
    </message>
    <message>
        <source>Reorder boards</source>
        <translation>Skift rækkefølge på tavler</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Omdøb…</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Flyt til venstre</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Flyt til højre</translation>
    </message>
</context>
<context>
    <name>BoardsPage</name>
    <message>
        <source>This session has no boards yet.</source>
        <translation>Sessionen har ingen tavler endnu.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Ny seddel</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Ramme</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Arranger</translation>
    </message>
    <message>
        <source>To front</source>
        <translation>Helt frem</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gul</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Lyserød</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grøn</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blå</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lilla</translation>
    </message>
    <message>
        <source>Hide/reveal</source>
        <translation>Skjul/vis</translation>
    </message>
    <message>
        <source>Hide or reveal selected</source>
        <translation>Skjul eller vis valgte</translation>
    </message>
    <message>
        <source>Reveal all</source>
        <translation>Vis alle</translation>
    </message>
    <message>
        <source>Private writing</source>
        <translation>Skriv hver for sig</translation>
    </message>
    <message>
        <source>Carry forward</source>
        <translation>Før videre</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Vis alt</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Afstemning</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>(no other board)</source>
        <translation>(ingen anden tavle)</translation>
    </message>
    <message numerus="yes">
        <source>Selected notes (%n) to “%1”</source>
        <translation>
            <numerusform>Markeret seddel (%n) til »%1«</numerusform>
            <numerusform>Markerede sedler (%n) til »%1«</numerusform>
        </translation>
    </message>
    <message>
        <source>Top notes by dots, or choose…</source>
        <translation>Sedlerne med flest prikker, eller vælg…</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) carried forward</source>
        <translation>
            <numerusform>%n seddel blev ført videre</numerusform>
            <numerusform>%n sedler blev ført videre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarryForwardDialog</name>
    <message>
        <source>Carry notes forward</source>
        <translation>Før sedler videre</translation>
    </message>
    <message>
        <source>The top notes by dots:</source>
        <translation>Sedlerne med flest prikker:</translation>
    </message>
    <message>
        <source>To board</source>
        <translation>Til tavle</translation>
    </message>
    <message>
        <source>Carry forward</source>
        <translation>Før videre</translation>
    </message>
    <message numerus="yes">
        <source>The selected notes (%n)</source>
        <translation>
            <numerusform>Den markerede seddel (%n)</numerusform>
            <numerusform>De markerede sedler (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no other board yet. Add one with “+ Board” first.</source>
        <translation>Der er ingen anden tavle endnu. Tilføj først en med »+ Tavle«.</translation>
    </message>
    <message>
        <source>Copies go below what is on the board, linked to their originals.</source>
        <translation>Kopierne placeres under det, der allerede er på tavlen, med en kobling til originalerne.</translation>
    </message>
    <message>
        <source>This board has no voting round yet.</source>
        <translation>Tavlen har ingen afstemningsrunde endnu.</translation>
    </message>
    <message>
        <source>No note has dots in “%1” yet.</source>
        <translation>Ingen seddel har fået prikker i »%1« endnu.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) go: a tie at the last place brings them all.</source>
        <translation>
            <numerusform>%n seddel føres videre: delt sidsteplads tager dem alle med.</numerusform>
            <numerusform>%n sedler føres videre: delt sidsteplads tager dem alle med.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) go, by dots in “%1”.</source>
        <translation>
            <numerusform>%n seddel føres videre efter prikker i »%1«.</numerusform>
            <numerusform>%n sedler føres videre efter prikker i »%1«.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Rating criteria</source>
        <translation>Vurderingskriterier</translation>
    </message>
    <message>
        <source>Notes are rated on these criteria, from low to high (0–10). Every change can be undone with Ctrl+Z.</source>
        <translation>Sedlerne vurderes efter disse kriterier, fra laveste til højeste værdi (0–10). Alle ændringer kan fortrydes med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Tilføj kriterium</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gentag</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n vurdering</numerusform>
            <numerusform>%n vurderinger</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the N3 three (%1)</source>
        <translation>Tilføj N3-kriterierne (%1)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Lavest</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Højest</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Nyt kriterium</translation>
    </message>
    <message>
        <source>Add the N3 criteria</source>
        <translation>Tilføj N3-kriterierne</translation>
    </message>
    <message>
        <source>A criterion needs a name; it keeps “%1”.</source>
        <translation>Et kriterium skal have et navn; det hedder stadig »%1«.</translation>
    </message>
    <message>
        <source>Rename criterion</source>
        <translation>Omdøb kriterium</translation>
    </message>
    <message>
        <source>A scale runs within 0–10, its lowest value below its highest.</source>
        <translation>En skala ligger inden for 0–10, med laveste værdi under den højeste.</translation>
    </message>
    <message>
        <source>Change the range</source>
        <translation>Ændr skalaen</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) on “%1” will be set to the nearest value in %2–%3. Undo (Ctrl+Z) gives the old values back.</source>
        <translation>
            <numerusform>%n vurdering af »%1« sættes til nærmeste værdi inden for %2–%3. Fortryd (Ctrl+Z) giver den gamle værdi tilbage.</numerusform>
            <numerusform>%n vurderinger af »%1« sættes til nærmeste værdi inden for %2–%3. Fortryd (Ctrl+Z) giver de gamle værdier tilbage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behold</translation>
    </message>
    <message>
        <source>Change range of criterion</source>
        <translation>Ændr kriteriets skala</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Fjern kriterium</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n rating(s). They are removed with it. Undo (Ctrl+Z) brings the criterion and its ratings back.</source>
        <translation>
            <numerusform>»%1« har %n vurdering. Den fjernes sammen med kriteriet. Fortryd (Ctrl+Z) giver både kriteriet og vurderingen tilbage.</numerusform>
            <numerusform>»%1« har %n vurderinger. De fjernes sammen med kriteriet. Fortryd (Ctrl+Z) giver både kriteriet og vurderingerne tilbage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove with ratings</source>
        <translation>Fjern med vurderinger</translation>
    </message>
    <message>
        <source>Reorder criteria</source>
        <translation>Ændr kriteriernes rækkefølge</translation>
    </message>
</context>
<context>
    <name>DecisionModel</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Chose</source>
        <translation>Valgte</translation>
    </message>
    <message>
        <source>Edit decision</source>
        <translation>Ret beslutning</translation>
    </message>
    <message>
        <source>Change time of decision</source>
        <translation>Skift tidspunkt for beslutningen</translation>
    </message>
    <message>
        <source>Change owner of decision</source>
        <translation>Skift ansvarlig for beslutningen</translation>
    </message>
    <message>
        <source>Change due date of decision</source>
        <translation>Skift frist for beslutningen</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>What was decided? Then Enter</source>
        <translation>Hvad blev der besluttet? Tryk så på Enter</translation>
    </message>
    <message>
        <source>Log decision</source>
        <translation>Registrer beslutning</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Choose notes…</source>
        <translation>Vælg sedler…</translation>
    </message>
    <message>
        <source>Tick the ideas or concepts this decision chose; they go into the record.</source>
        <translation>Sæt flueben ved de idéer eller koncepter, beslutningen valgte; de kommer med i dokumentationen.</translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation>Fjern beslutning</translation>
    </message>
    <message>
        <source>Choose notes for decision</source>
        <translation>Vælg sedler til beslutningen</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Export the record as PDF</source>
        <translation>Eksportér dokumentationen som PDF</translation>
    </message>
    <message>
        <source>Export the notes for Excel</source>
        <translation>Eksportér sedlerne til Excel</translation>
    </message>
    <message>
        <source>Export the session as a portable file</source>
        <translation>Eksportér sessionen som flytbar fil</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Aktørkort</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Intet billede</translation>
    </message>
    <message>
        <source>This session has no board to take a picture of.</source>
        <translation>Sessionen har ingen tavle at tage et billede af.</translation>
    </message>
    <message>
        <source>Save a picture (PNG)</source>
        <translation>Gem et billede (PNG)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Erstat filen?</translation>
    </message>
    <message>
        <source>“{name}” already exists in {folder}. Replace it?</source>
        <translation>»{name}« findes allerede i {folder}. Vil du erstatte den?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Erstat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Ikke eksporteret</translation>
    </message>
    <message>
        <source>The board has no notes or frames yet: there is nothing to picture.</source>
        <translation>Tavlen har endnu ingen sedler eller rammer: der er intet at tage billede af.</translation>
    </message>
    <message>
        <source>The disk is full: “{name}” could not be written in {folder}. Nothing was written. Free some space or choose another folder.</source>
        <translation>Disken er fuld: »{name}« kunne ikke skrives i {folder}. Intet blev skrevet. Frigør plads, eller vælg en anden mappe.</translation>
    </message>
    <message>
        <source>“{name}” in {folder} cannot be replaced: is it open in another program, such as Excel or a PDF reader? Close it and try again. Nothing was written.</source>
        <translation>»{name}« i {folder} kan ikke erstattes: er filen åben i et andet program, for eksempel Excel eller en PDF-læser? Luk den, og prøv igen. Intet blev skrevet.</translation>
    </message>
    <message>
        <source>n3desk may not write in the folder {folder}. Nothing was written. Choose another folder, for example Documents.</source>
        <translation>n3desk må ikke skrive i mappen {folder}. Intet blev skrevet. Vælg en anden mappe, for eksempel Dokumenter.</translation>
    </message>
    <message>
        <source>The folder {folder} is not there (was a USB stick taken out?). Nothing was written.</source>
        <translation>Mappen {folder} findes ikke (blev et USB-stik taget ud?). Intet blev skrevet.</translation>
    </message>
    <message>
        <source>“{name}” could not be written in {folder}: {reason}</source>
        <translation>»{name}« kunne ikke skrives i {folder}: {reason}</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Importér sedler</translation>
    </message>
    <message>
        <source>Notes (*.csv *.txt);;CSV from Excel (*.csv);;Plain text (*.txt)</source>
        <translation>Sedler (*.csv *.txt);;CSV fra Excel (*.csv);;Almindelig tekst (*.txt)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Intet blev importeret</translation>
    </message>
    <message>
        <source>“{name}” could not be read: {reason}</source>
        <translation>»{name}« kunne ikke læses: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported from “{name}”. {reason}</source>
        <translation>Intet blev importeret fra »{name}«. {reason}</translation>
    </message>
    <message>
        <source>There are no notes in “{name}”.</source>
        <translation>Der er ingen sedler i »{name}«.</translation>
    </message>
    <message>
        <source>Import notes from “{name}”</source>
        <translation>Importér sedler fra »{name}«</translation>
    </message>
    <message>
        <source>Imported from “{name}”</source>
        <translation>Importeret fra »{name}«</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <source>Semicolon ;  (Excel in Swedish and Nordic)</source>
        <translation>Semikolon ;  (Excel på dansk og andre nordiske sprog)</translation>
    </message>
    <message>
        <source>Comma ,  (Excel in English)</source>
        <translation>Komma ,  (Excel på engelsk)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV til Excel (*.csv)</translation>
    </message>
    <message>
        <source>n3desk session files (*.n3desk)</source>
        <translation>n3desk-sessionsfiler (*.n3desk)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-billeder (*.png)</translation>
    </message>
    <message>
        <source>Saved in the folder {folder}</source>
        <translation>Gemmes i mappen {folder}</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Medtag</translation>
    </message>
    <message>
        <source>&amp;Cover page</source>
        <translation>&amp;Forside</translation>
    </message>
    <message>
        <source>&amp;Agenda, planned and actual times</source>
        <translation>&amp;Dagsorden, planlagte og faktiske tider</translation>
    </message>
    <message>
        <source>&amp;Boards and their notes</source>
        <translation>&amp;Tavler og deres sedler</translation>
    </message>
    <message>
        <source>Stakeholder &amp;map</source>
        <translation>Aktør&amp;kort</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>&amp;Beslutninger</translation>
    </message>
    <message>
        <source>N&amp;3 project card</source>
        <translation>N&amp;3-projektkort</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papir</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>&amp;Columns separated by</source>
        <translation>Kolonner adskilt &amp;med</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Fi&amp;l</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Vælg…</translation>
    </message>
    <message>
        <source>&amp;Open the folder when done</source>
        <translation>&amp;Åbn mappen, når eksporten er færdig</translation>
    </message>
</context>
<context>
    <name>FaultHandler</name>
    <message>
        <source>Something went wrong</source>
        <translation>Noget gik galt</translation>
    </message>
    <message>
        <source>Something went wrong, but your work is saved and n3desk keeps running.

Details are in {log}.</source>
        <translation>Noget gik galt, men dit arbejde er gemt, og n3desk kører videre.

Detaljer findes i {log}.</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>cannot be read ({0})</source>
        <translation>kan ikke læses ({0})</translation>
    </message>
    <message>
        <source>the file is too large for a template</source>
        <translation>filen er for stor til en skabelon</translation>
    </message>
    <message>
        <source>the file is too large for a method card</source>
        <translation>filen er for stor til et metodekort</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>filen er ikke UTF-8-tekst</translation>
    </message>
    <message>
        <source>not valid JSON (line {0}, column {1})</source>
        <translation>ikke gyldig JSON (linje {0}, kolonne {1})</translation>
    </message>
    <message>
        <source>not a valid method card (at {0}: {1})</source>
        <translation>ikke et gyldigt metodekort (ved {0}: {1})</translation>
    </message>
    <message>
        <source>not a valid method card ({0})</source>
        <translation>ikke et gyldigt metodekort ({0})</translation>
    </message>
    <message>
        <source>not valid ({0})</source>
        <translation>ikke gyldig ({0})</translation>
    </message>
    <message>
        <source>the id {0} is a built-in method card's</source>
        <translation>id'et {0} tilhører et indbygget metodekort</translation>
    </message>
    <message>
        <source>the id {0} is already used</source>
        <translation>id'et {0} er allerede i brug</translation>
    </message>
</context>
<context>
    <name>FoundationEditor</name>
    <message>
        <source>Rating:</source>
        <translation>Vurdering:</translation>
    </message>
    <message>
        <source>Rate {name} {value} of 5</source>
        <translation>Giv {name} vurderingen {value} af 5</translation>
    </message>
    <message>
        <source>Notes on {name}</source>
        <translation>Noter om {name}</translation>
    </message>
    <message>
        <source>Rate {name}</source>
        <translation>Vurder {name}</translation>
    </message>
    <message>
        <source>Edit notes on {name}</source>
        <translation>Ret noter om {name}</translation>
    </message>
</context>
<context>
    <name>JoinScreen</name>
    <message numerus="yes">
        <source>%n phone(s) joined</source>
        <translation>
            <numerusform>%n telefon forbundet</numerusform>
            <numerusform>%n telefoner forbundet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) in</source>
        <translation>
            <numerusform>%n seddel kommet ind</numerusform>
            <numerusform>%n sedler kommet ind</numerusform>
        </translation>
    </message>
    <message>
        <source>Join from your phone</source>
        <translation>Deltag fra din telefon</translation>
    </message>
    <message>
        <source>Open this address:</source>
        <translation>Åbn denne adresse:</translation>
    </message>
    <message>
        <source>Room code</source>
        <translation>Rumkode</translation>
    </message>
</context>
<context>
    <name>LastPlace</name>
    <message>
        <source>n3desk closed unexpectedly. Your session is open again where you were, and everything up to your last change is here.</source>
        <translation>n3desk lukkede uventet. Din session er åben igen, hvor du var, og alt frem til din seneste ændring er der stadig.</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>New session</source>
        <translation>Ny session</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Åbn demoen</translation>
    </message>
    <message>
        <source>{title} (imported)</source>
        <translation>{title} (importeret)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Ikke importeret</translation>
    </message>
    <message>
        <source>“{name}” cannot be imported: {reason}. Nothing was changed.</source>
        <translation>»{name}« kan ikke importeres: {reason}. Intet blev ændret.</translation>
    </message>
    <message>
        <source>Import session file</source>
        <translation>Importér sessionsfil</translation>
    </message>
    <message>
        <source>Rename session</source>
        <translation>Omdøb session</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (kopi)</translation>
    </message>
    <message>
        <source>Duplicate session</source>
        <translation>Dupliker session</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Slet session</translation>
    </message>
    <message>
        <source>Delete “{title}”? You can undo this until n3desk is closed.</source>
        <translation>Slet »{title}«? Du kan fortryde det, indtil n3desk lukkes.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behold</translation>
    </message>
    <message>
        <source>The library could not do that</source>
        <translation>Biblioteket kunne ikke gøre det</translation>
    </message>
</context>
<context>
    <name>LibraryOpening</name>
    <message>
        <source>The library is already open</source>
        <translation>Biblioteket er allerede åbent</translation>
    </message>
    <message>
        <source>Another n3desk is using this library (computer {host}, process {pid}). Close it there first, then start n3desk again.</source>
        <translation>En anden n3desk bruger dette bibliotek (computer {host}, proces {pid}). Luk den der først, og start så n3desk igen.</translation>
    </message>
    <message>
        <source>The library is from a newer n3desk</source>
        <translation>Biblioteket stammer fra en nyere n3desk</translation>
    </message>
    <message>
        <source>{reason}

Install the newer n3desk to open it; nothing was changed.</source>
        <translation>{reason}

Installer den nyere n3desk for at åbne det; intet blev ændret.</translation>
    </message>
    <message>
        <source>The library cannot be opened</source>
        <translation>Biblioteket kan ikke åbnes</translation>
    </message>
    <message>
        <source>The library is missing</source>
        <translation>Biblioteket mangler</translation>
    </message>
    <message>
        <source>The library file is missing or empty. Earlier library files are kept in {folder}; n3desk cannot open them, but someone may be able to rescue them.

Start with an empty library? Nothing is deleted.</source>
        <translation>Biblioteksfilen mangler eller er tom. Tidligere biblioteksfiler ligger stadig i {folder}; n3desk kan ikke åbne dem, men nogen kan måske redde dem.

Vil du starte med et tomt bibliotek? Intet bliver slettet.</translation>
    </message>
    <message>
        <source>Start with an empty library</source>
        <translation>Start med et tomt bibliotek</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <source>The library was damaged</source>
        <translation>Biblioteket var beskadiget</translation>
    </message>
    <message>
        <source>The library file failed its check. It was moved to {moved}; nothing was deleted. There is no backup to restore, so n3desk starts with an empty library.</source>
        <translation>Biblioteksfilen bestod ikke kontrollen. Den blev flyttet til {moved}; intet blev slettet. Der er ingen sikkerhedskopi at gendanne, så n3desk starter med et tomt bibliotek.</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>Sikkerhedskopien kunne ikke gendannes</translation>
    </message>
    <message>
        <source>The library file is missing or empty, but a backup holds your sessions.

Restore the backup ({backup})? If you start with an empty library instead, every backup is kept.</source>
        <translation>Biblioteksfilen mangler eller er tom, men en sikkerhedskopi indeholder dine sessioner.

Vil du gendanne sikkerhedskopien ({backup})? Hvis du i stedet starter med et tomt bibliotek, beholdes alle sikkerhedskopier.</translation>
    </message>
    <message>
        <source>The library file failed its check. It was moved to {moved}; nothing was deleted.

Restore the newest good backup ({backup})?</source>
        <translation>Biblioteksfilen bestod ikke kontrollen. Den blev flyttet til {moved}; intet blev slettet.

Gendan den nyeste fejlfri sikkerhedskopi ({backup})?</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Gendan sikkerhedskopien</translation>
    </message>
    <message>
        <source>The library has a fault</source>
        <translation>Biblioteket har en fejl</translation>
    </message>
    <message>
        <source>n3desk's full check found a fault in the library file: {problem}

Your work is still being saved, but this library is no longer backed up, so that the good backups stay as they are. Export the sessions you are working on as files, then close n3desk and run 'n3desk check --restore' to put the newest good backup back.</source>
        <translation>n3desks fulde kontrol fandt en fejl i biblioteksfilen: {problem}

Dit arbejde bliver stadig gemt, men biblioteket sikkerhedskopieres ikke længere, så de fejlfri sikkerhedskopier får lov at blive, som de er. Eksportér de sessioner, du arbejder med, som filer, luk derefter n3desk, og kør 'n3desk check --restore' for at lægge den nyeste fejlfri sikkerhedskopi tilbage.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The text is too long to save: {length} characters, and a text holds at most {longest}. Nothing was changed.</source>
        <translation>Teksten er for lang til at blive gemt: {length} tegn, og en tekst kan højst rumme {longest}. Intet blev ændret.</translation>
    </message>
    <message>
        <source>This change was not made: {reason}.</source>
        <translation>Ændringen blev ikke foretaget: {reason}.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Ikke ændret</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ikke gemt endnu</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved yet: {reason}

n3desk keeps trying. Stay in this session until they are saved.</source>
        <translation>Dine seneste ændringer kunne ikke gemmes endnu: {reason}

n3desk bliver ved med at prøve. Bliv i denne session, indtil de er gemt.</translation>
    </message>
    <message>
        <source>Quit without saving?</source>
        <translation>Afslut uden at gemme?</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved: {reason}

If you quit now they are lost.</source>
        <translation>Dine seneste ændringer kunne ikke gemmes: {reason}

Hvis du afslutter nu, går de tabt.</translation>
    </message>
    <message>
        <source>Quit and lose them</source>
        <translation>Afslut og mist dem</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Bliv</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gentag</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Indstillinger…</translation>
    </message>
    <message>
        <source>&amp;Projector</source>
        <translation>&amp;Projektor</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Genvejstaster</translation>
    </message>
    <message>
        <source>About n3desk</source>
        <translation>Om n3desk</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksportér</translation>
    </message>
    <message>
        <source>Import no&amp;tes…</source>
        <translation>Importér &amp;sedler…</translation>
    </message>
    <message>
        <source>&amp;Import session file…</source>
        <translation>&amp;Importér sessionsfil…</translation>
    </message>
    <message>
        <source>P&amp;rogrammes</source>
        <translation>P&amp;rogrammer</translation>
    </message>
    <message>
        <source>&amp;Team library</source>
        <translation>&amp;Teambibliotek</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmer</translation>
    </message>
    <message>
        <source>Team library</source>
        <translation>Teambibliotek</translation>
    </message>
    <message>
        <source>Record as &amp;PDF…</source>
        <translation>Dokumentation som &amp;PDF…</translation>
    </message>
    <message>
        <source>Notes for Excel (&amp;CSV)…</source>
        <translation>Sedler til Excel (&amp;CSV)…</translation>
    </message>
    <message>
        <source>Portable session &amp;file…</source>
        <translation>Flytbar session&amp;fil…</translation>
    </message>
    <message>
        <source>Picture of this board or map (P&amp;NG)…</source>
        <translation>Billede af tavlen eller kortet (P&amp;NG)…</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Ny session…</translation>
    </message>
    <message>
        <source>← &amp;All sessions</source>
        <translation>← &amp;Alle sessioner</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>Back to the list of sessions</source>
        <translation>Tilbage til listen over sessioner</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Værktøjslinje</translation>
    </message>
</context>
<context>
    <name>MapEdits</name>
    <message>
        <source>Add stakeholder</source>
        <translation>Tilføj aktør</translation>
    </message>
    <message>
        <source>Move stakeholder</source>
        <translation>Flyt aktør</translation>
    </message>
    <message>
        <source>Move stakeholders</source>
        <translation>Flyt aktører</translation>
    </message>
    <message>
        <source>Edit stakeholder</source>
        <translation>Ret aktør</translation>
    </message>
    <message>
        <source>Delete stakeholder</source>
        <translation>Slet aktør</translation>
    </message>
    <message>
        <source>Delete stakeholders</source>
        <translation>Slet aktører</translation>
    </message>
    <message>
        <source>Delete relation</source>
        <translation>Slet relation</translation>
    </message>
    <message>
        <source>Connect stakeholders</source>
        <translation>Forbind aktører</translation>
    </message>
    <message>
        <source>Edit relation</source>
        <translation>Ret relation</translation>
    </message>
    <message>
        <source>Edit the citizen</source>
        <translation>Ret borgeren</translation>
    </message>
    <message>
        <source>Add sector</source>
        <translation>Tilføj sektor</translation>
    </message>
    <message>
        <source>Remove sector</source>
        <translation>Fjern sektor</translation>
    </message>
    <message>
        <source>Add ring</source>
        <translation>Tilføj ring</translation>
    </message>
    <message>
        <source>Remove ring</source>
        <translation>Fjern ring</translation>
    </message>
    <message>
        <source>Rename sector</source>
        <translation>Omdøb sektor</translation>
    </message>
    <message>
        <source>Recolour sector</source>
        <translation>Skift sektorens farve</translation>
    </message>
    <message>
        <source>Rename ring</source>
        <translation>Omdøb ring</translation>
    </message>
</context>
<context>
    <name>MapMenus</name>
    <message>
        <source>Focus</source>
        <translation>Fokuser</translation>
    </message>
    <message>
        <source>Connect to</source>
        <translation>Forbind med</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Has a direction (arrow)</source>
        <translation>Har en retning (pil)</translation>
    </message>
    <message>
        <source>Delete relation</source>
        <translation>Slet relationen</translation>
    </message>
    <message>
        <source>New stakeholder here</source>
        <translation>Ny aktør her</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>New stakeholder</source>
        <translation>Ny aktør</translation>
    </message>
    <message>
        <source>Type a name and press Enter</source>
        <translation>Skriv et navn, og tryk på Enter</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Forbind</translation>
    </message>
    <message>
        <source>Drag from one stakeholder to another to connect them</source>
        <translation>Træk fra én aktør til en anden for at forbinde dem</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <source>Fade all but the selected stakeholder and its neighbours (F)</source>
        <translation>Ton alt ned undtagen den valgte aktør og dens naboer (F)</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 trin</translation>
    </message>
    <message>
        <source>2 steps</source>
        <translation>2 trin</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Aktører</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relationer</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kort</translation>
    </message>
</context>
<context>
    <name>MapSetupPanel</name>
    <message>
        <source>The citizen at the centre</source>
        <translation>Borgeren i centrum</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>Vælg billede…</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>Fjern billedet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Add ring</source>
        <translation>Tilføj ring</translation>
    </message>
    <message>
        <source>Remove ring</source>
        <translation>Fjern ring</translation>
    </message>
    <message>
        <source>Add sector</source>
        <translation>Tilføj sektor</translation>
    </message>
    <message>
        <source>Remove sector</source>
        <translation>Fjern sektor</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <source>Rings, closest first</source>
        <translation>Ringe, nærmeste først</translation>
    </message>
    <message>
        <source>Sectors, clockwise from the top</source>
        <translation>Sektorer, med uret fra toppen</translation>
    </message>
    <message>
        <source>New ring</source>
        <translation>Ny ring</translation>
    </message>
    <message>
        <source>New sector</source>
        <translation>Ny sektor</translation>
    </message>
    <message>
        <source>Picture of the citizen</source>
        <translation>Billede af borgeren</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Billeder (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
</context>
<context>
    <name>MethodLibraryPanel</name>
    <message>
        <source>Search methods…</source>
        <translation>Søg efter metoder…</translation>
    </message>
    <message>
        <source>Attach to the selected stage</source>
        <translation>Knyt til det valgte trin</translation>
    </message>
    <message>
        <source>The card's steps become the stage's instructions for the room</source>
        <translation>Kortets trin bliver til instruktionerne til lokalet</translation>
    </message>
    <message numerus="yes">
        <source>%n own method card(s) could not be used:</source>
        <translation>
            <numerusform>%n eget metodekort kunne ikke bruges:</numerusform>
            <numerusform>%n egne metodekort kunne ikke bruges:</numerusform>
        </translation>
    </message>
    <message>
        <source> (own)</source>
        <translation> (eget)</translation>
    </message>
    <message>
        <source>No method matches the search.</source>
        <translation>Ingen metode passer til søgningen.</translation>
    </message>
    <message>
        <source>Place in the process: {text}</source>
        <translation>Plads i processen: {text}</translation>
    </message>
    <message>
        <source>Time: {text}</source>
        <translation>Tid: {text}</translation>
    </message>
    <message>
        <source>Group size: {text}</source>
        <translation>Gruppestørrelse: {text}</translation>
    </message>
    <message>
        <source>Materials: {text}</source>
        <translation>Materialer: {text}</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation>Ny session</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>e.g. Meals for older people at home</source>
        <translation>f.eks. Måltider til ældre i eget hjem</translation>
    </message>
    <message>
        <source>T&amp;emplate</source>
        <translation>&amp;Skabelon</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prog</translation>
    </message>
    <message>
        <source>The language of the agenda, boards, frames and map the template fills in, and of the session's PDF and CSV</source>
        <translation>Sproget i programmet, tavlerne, rammerne og kortet, som skabelonen udfylder, og i sessionens PDF og CSV</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
</context>
<context>
    <name>NoteChooserDialog</name>
    <message>
        <source>Notes the decision chose</source>
        <translation>Sedler, beslutningen valgte</translation>
    </message>
    <message>
        <source>Find a note</source>
        <translation>Søg blandt sedlerne</translation>
    </message>
</context>
<context>
    <name>NoteItem</name>
    <message>
        <source>Hidden</source>
        <translation>Skjult</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>N3 project card</source>
        <translation>N3-projektkort</translation>
    </message>
    <message>
        <source>Rate each foundation from 1 (weak) to 5 (strong). The weakest become “what to work on next” in the record.</source>
        <translation>Vurder hvert fundament fra 1 (svagt) til 5 (stærkt). De svageste bliver til »det arbejder vi videre med« i referatet.</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Beslutningslog</translation>
    </message>
</context>
<context>
    <name>PaletteChip</name>
    <message>
        <source>+ Drag</source>
        <translation>+ Træk</translation>
    </message>
    <message>
        <source>Drag onto the map to place the typed name there</source>
        <translation>Træk ind på kortet for at placere det indtastede navn der</translation>
    </message>
</context>
<context>
    <name>ParticipantModel</name>
    <message>
        <source>Blue</source>
        <translation>Blå</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grøn</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rød</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lilla</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Blågrøn</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>Brun</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Lyserød</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <source>Rename participant</source>
        <translation>Omdøb deltager</translation>
    </message>
    <message>
        <source>Change initials</source>
        <translation>Skift initialer</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Skift farve</translation>
    </message>
</context>
<context>
    <name>ParticipantPanel</name>
    <message>
        <source>Name of a participant, then Enter</source>
        <translation>Navnet på en deltager, tryk så på Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Tilføj deltager</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Fjern deltager</translation>
    </message>
    <message>
        <source>Reorder participants</source>
        <translation>Skift rækkefølge på deltagere</translation>
    </message>
</context>
<context>
    <name>PersonaPicture</name>
    <message>
        <source>Choose a picture file (PNG, JPEG, GIF, BMP or WebP).</source>
        <translation>Vælg en billedfil (PNG, JPEG, GIF, BMP eller WebP).</translation>
    </message>
    <message>
        <source>The picture could not be read.</source>
        <translation>Billedet kunne ikke læses.</translation>
    </message>
    <message>
        <source>The picture is larger than 20 MB.</source>
        <translation>Billedet er større end 20 MB.</translation>
    </message>
    <message>
        <source>The file is not a picture n3desk can show.</source>
        <translation>Filen er ikke et billede, som n3desk kan vise.</translation>
    </message>
    <message>
        <source>The picture could not be copied into the library.</source>
        <translation>Billedet kunne ikke kopieres ind i biblioteket.</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Present on this screen</source>
        <translation>Præsenter på denne skærm</translation>
    </message>
    <message>
        <source>Projector on/off</source>
        <translation>Projektor til/fra</translation>
    </message>
    <message>
        <source>Blackout</source>
        <translation>Sort skærm</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Frys billedet</translation>
    </message>
    <message>
        <source>Follow my view</source>
        <translation>Følg min visning</translation>
    </message>
    <message>
        <source>Show selection to the room</source>
        <translation>Vis markeringen for lokalet</translation>
    </message>
    <message>
        <source>Show the stage</source>
        <translation>Vis trinnet</translation>
    </message>
    <message>
        <source>Next part</source>
        <translation>Næste del</translation>
    </message>
    <message>
        <source>Previous part</source>
        <translation>Forrige del</translation>
    </message>
    <message>
        <source>Presenting on this screen. Esc leaves.</source>
        <translation>Præsenterer på denne skærm. Esc afslutter.</translation>
    </message>
    <message>
        <source>On the screen {name}</source>
        <translation>På skærmen {name}</translation>
    </message>
    <message>
        <source>The room sees part {n} of {count} of the board (PgDown, PgUp).</source>
        <translation>Lokalet ser del {n} af {count} af tavlen (PgDown, PgUp).</translation>
    </message>
    <message>
        <source>No second screen found. Connect the projector, or press F5.</source>
        <translation>Der blev ikke fundet en skærm nummer to. Tilslut projektoren, eller tryk på F5.</translation>
    </message>
    <message>
        <source>The projector is off.</source>
        <translation>Projektoren er slukket.</translation>
    </message>
</context>
<context>
    <name>PresenterPanel</name>
    <message>
        <source>Projector</source>
        <translation>Projektor</translation>
    </message>
    <message>
        <source>Blacked out: the room sees a black screen. Ctrl+Shift+B lights it.</source>
        <translation>Sort skærm: lokalet ser en sort skærm. Ctrl+Shift+B tænder den igen.</translation>
    </message>
    <message>
        <source>Frozen: the room still sees the picture from when you froze it. Ctrl+Shift+F lets it move again.</source>
        <translation>Frosset: lokalet ser stadig billedet fra da du frøs det. Ctrl+Shift+F slipper det igen.</translation>
    </message>
</context>
<context>
    <name>PresentingBar</name>
    <message>
        <source>Blackout</source>
        <translation>Sort billede</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Frys billedet</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>Afslut (Esc)</translation>
    </message>
    <message>
        <source>Presenting</source>
        <translation>Præsenterer</translation>
    </message>
</context>
<context>
    <name>ProgrammeController</name>
    <message>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Koncept</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Valgt</translation>
    </message>
    <message>
        <source>In test</source>
        <translation>I test</translation>
    </message>
    <message>
        <source>In operation</source>
        <translation>I drift</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stoppet</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Ikke ændret</translation>
    </message>
    <message>
        <source>A programme needs a title.</source>
        <translation>Et program skal have en titel.</translation>
    </message>
    <message>
        <source>Edit programme</source>
        <translation>Ret programmet</translation>
    </message>
    <message>
        <source>No session to add</source>
        <translation>Ingen workshop at tilføje</translation>
    </message>
    <message>
        <source>Every session already belongs to a programme. Make a new session first.</source>
        <translation>Alle workshops hører allerede til et program. Opret en ny workshop først.</translation>
    </message>
    <message>
        <source>Add a session</source>
        <translation>Tilføj en workshop</translation>
    </message>
    <message>
        <source>Session to add to the programme:</source>
        <translation>Workshop, der skal tilføjes programmet:</translation>
    </message>
    <message>
        <source>Add session to programme</source>
        <translation>Tilføj workshop til programmet</translation>
    </message>
    <message>
        <source>Remove session from programme</source>
        <translation>Tag workshoppen ud af programmet</translation>
    </message>
    <message>
        <source>Follow ideas</source>
        <translation>Følg idéer</translation>
    </message>
    <message>
        <source>Notes to follow as ideas through the programme:</source>
        <translation>Sedler, der skal følges som idéer gennem programmet:</translation>
    </message>
    <message>
        <source>Nowhere to carry</source>
        <translation>Ingen senere workshop</translation>
    </message>
    <message>
        <source>Ideas are carried forward to a later session of the programme.</source>
        <translation>Idéer føres videre til en senere workshop i programmet.</translation>
    </message>
    <message>
        <source>Carry ideas forward</source>
        <translation>Før idéer videre</translation>
    </message>
    <message>
        <source>Notes to carry forward:</source>
        <translation>Sedler, der skal føres videre:</translation>
    </message>
    <message>
        <source>To the session:</source>
        <translation>Til workshoppen:</translation>
    </message>
    <message>
        <source>Onto the board:</source>
        <translation>På tavlen:</translation>
    </message>
    <message>
        <source>Move the idea</source>
        <translation>Flyt idéen</translation>
    </message>
    <message>
        <source>New state:</source>
        <translation>Ny status:</translation>
    </message>
    <message>
        <source>No logged decision</source>
        <translation>Ingen logget beslutning</translation>
    </message>
    <message>
        <source>The decision that moved it:</source>
        <translation>Beslutningen, der flyttede den:</translation>
    </message>
    <message>
        <source>Why (optional):</source>
        <translation>Hvorfor (valgfrit):</translation>
    </message>
    <message>
        <source>Move idea to {state}</source>
        <translation>Flyt idé til {state}</translation>
    </message>
</context>
<context>
    <name>ProgrammeOverview</name>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>The programme's workshops in order. Click one to choose it.</source>
        <translation>Programmets workshops i rækkefølge. Klik på en for at vælge den.</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idéer</translation>
    </message>
    <message>
        <source>Ideas followed from session to session, and where each one is on its way from idea to operation.</source>
        <translation>Idéer, der følges fra workshop til workshop, og hvor hver af dem er på vejen fra idé til drift.</translation>
    </message>
    <message>
        <source>Decisions in every session</source>
        <translation>Beslutninger i alle workshops</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Add session…</source>
        <translation>Tilføj workshop…</translation>
    </message>
    <message>
        <source>Remove from programme</source>
        <translation>Tag ud af programmet</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Åbn workshop</translation>
    </message>
    <message>
        <source>Follow ideas…</source>
        <translation>Følg idéer…</translation>
    </message>
    <message>
        <source>Carry ideas forward…</source>
        <translation>Før idéer videre…</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Its way</source>
        <translation>Dens vej</translation>
    </message>
    <message>
        <source>Latest decision</source>
        <translation>Seneste beslutning</translation>
    </message>
    <message>
        <source>Move idea to…</source>
        <translation>Flyt idé til…</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>{notes} notes · {ideas} ideas · {decisions} decisions</source>
        <translation>{notes} sedler · {ideas} idéer · {decisions} beslutninger</translation>
    </message>
    <message>
        <source>No sessions yet: add one below.</source>
        <translation>Ingen workshops endnu: tilføj en nedenfor.</translation>
    </message>
    <message>
        <source>{ideas} ideas followed, {in_use} put to use.</source>
        <translation>{ideas} idéer følges, {in_use} nyttiggjort.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Ikke ændret</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, e.g. 2027-01-15.</source>
        <translation>Skriv datoen som ÅÅÅÅ-MM-DD, f.eks. 2027-01-15.</translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message>
        <source>Programmes</source>
        <translation>Programmer</translation>
    </message>
    <message>
        <source>New programme…</source>
        <translation>Nyt program…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Record as PDF…</source>
        <translation>Dokumentation som PDF…</translation>
    </message>
    <message>
        <source>A programme is a series of workshops with one goal — a year of Roskilde's model, say. Make one, add its sessions, and follow the ideas from question to operation.</source>
        <translation>Et program er en række workshops med ét fælles mål – for eksempel et år med Roskilde-modellen. Opret et, tilføj dets workshops, og følg idéerne fra spørgsmål til drift.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Ikke ændret</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>Kan ikke vises</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n workshop</numerusform>
            <numerusform>%n workshops</numerusform>
        </translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Nyt program</translation>
    </message>
    <message>
        <source>Title of the programme:</source>
        <translation>Programmets titel:</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>Delete programme</source>
        <translation>Slet programmet</translation>
    </message>
    <message>
        <source>Programme record as PDF</source>
        <translation>Programdokumentation som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>The PDF could not be written: {reason}</source>
        <translation>PDF-filen kunne ikke gemmes: {reason}</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>n3desk — projector</source>
        <translation>n3desk – projektor</translation>
    </message>
</context>
<context>
    <name>RatingKeys</name>
    <message>
        <source>Select notes to rate first.</source>
        <translation>Marker først de sedler, der skal vurderes.</translation>
    </message>
    <message>
        <source>This session has no rating criteria.</source>
        <translation>Sessionen har ingen vurderingskriterier.</translation>
    </message>
    <message>
        <source>Rate “%1” (%2–%3): press a digit; Backspace clears; Esc stops.</source>
        <translation>Vurder »%1« (%2–%3): tryk på et ciffer; Tilbage rydder; Esc afslutter.</translation>
    </message>
    <message>
        <source>Rate notes</source>
        <translation>Vurder sedler</translation>
    </message>
</context>
<context>
    <name>RatingsPanel</name>
    <message>
        <source>Ratings</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Edit criteria…</source>
        <translation>Rediger kriterier…</translation>
    </message>
    <message>
        <source>Sort board, best first</source>
        <translation>Sorter tavlen, bedste først</translation>
    </message>
    <message>
        <source>Dim notes below</source>
        <translation>Dæmp sedler under</translation>
    </message>
    <message>
        <source>Sort and filter by</source>
        <translation>Sorter og filtrer efter</translation>
    </message>
    <message>
        <source>Sum of all criteria</source>
        <translation>Summen af alle kriterier</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Prikker</translation>
    </message>
    <message>
        <source>This session has no criteria yet: add them with Edit criteria.</source>
        <translation>Sessionen har ingen kriterier endnu: tilføj dem med Rediger kriterier.</translation>
    </message>
    <message>
        <source>Select notes to rate them (or press R and digits).</source>
        <translation>Marker sedler for at vurdere dem (eller tryk på R og cifre).</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) selected</source>
        <translation>
            <numerusform>%n seddel markeret</numerusform>
            <numerusform>%n sedler markeret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{label} {value} (%n rating(s))</source>
        <translation>
            <numerusform>{label} {value} (%n vurdering)</numerusform>
            <numerusform>{label} {value} (%n vurderinger)</numerusform>
        </translation>
    </message>
    <message>
        <source>From the phones:</source>
        <translation>Fra telefonerne:</translation>
    </message>
    <message>
        <source>Sort notes</source>
        <translation>Sorter sedler</translation>
    </message>
</context>
<context>
    <name>RelationKinds</name>
    <message>
        <source>Collaboration</source>
        <translation>Samarbejde</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Penge</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Tillid</translation>
    </message>
</context>
<context>
    <name>RelationPanel</name>
    <message>
        <source>Show relations</source>
        <translation>Vis relationer</translation>
    </message>
    <message>
        <source>The type new relations get; type a name for your own</source>
        <translation>Den type, nye relationer får; skriv et navn for at lave din egen</translation>
    </message>
    <message>
        <source>Selected relation</source>
        <translation>Valgt relation</translation>
    </message>
    <message>
        <source>Has a direction (arrow)</source>
        <translation>Har en retning (pil)</translation>
    </message>
    <message>
        <source>Delete relation</source>
        <translation>Slet relationen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <source>Drag from one stakeholder to another with Shift held, or switch on Connect.</source>
        <translation>Træk fra én aktør til en anden, mens du holder Skift nede, eller slå Forbind til.</translation>
    </message>
    <message>
        <source>New relations</source>
        <translation>Nye relationer</translation>
    </message>
</context>
<context>
    <name>RoomEdits</name>
    <message>
        <source>{name} joined the room</source>
        <translation>{name} kom ind i rummet</translation>
    </message>
    <message>
        <source>Note from {name}</source>
        <translation>Seddel fra {name}</translation>
    </message>
    <message>
        <source>{name} changed a note</source>
        <translation>{name} rettede en seddel</translation>
    </message>
    <message>
        <source>{name} withdrew a note</source>
        <translation>{name} trak en seddel tilbage</translation>
    </message>
    <message>
        <source>Dot from {name}</source>
        <translation>Prik fra {name}</translation>
    </message>
    <message>
        <source>Rating from {name}</source>
        <translation>Vurdering fra {name}</translation>
    </message>
    <message>
        <source>Change from {name}</source>
        <translation>Ændring fra {name}</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>The room</source>
        <translation>Rummet</translation>
    </message>
    <message>
        <source>Participants join from their phones over this network: no app, no account, no internet. Their notes stay private until you reveal them.</source>
        <translation>Deltagerne kommer med fra deres telefoner via dette netværk: ingen app, ingen konto, intet internet. Deres sedler er private, indtil du viser dem.</translation>
    </message>
    <message>
        <source>{address} (this computer only)</source>
        <translation>{address} (kun denne computer)</translation>
    </message>
    <message>
        <source>Open the room</source>
        <translation>Åbn rummet</translation>
    </message>
    <message>
        <source>Show the join screen on the projector</source>
        <translation>Vis forbindelsesbilledet på projektoren</translation>
    </message>
    <message>
        <source>Writing open</source>
        <translation>Der er åbent for at skrive</translation>
    </message>
    <message>
        <source>Voting open</source>
        <translation>Afstemningen er åben</translation>
    </message>
    <message>
        <source>Private writing (hidden until you reveal)</source>
        <translation>Privat skrivning (skjult, indtil du viser)</translation>
    </message>
    <message>
        <source>Open the selected notes for rating</source>
        <translation>Åbn de markerede sedler for vurdering</translation>
    </message>
    <message>
        <source>Close rating</source>
        <translation>Luk vurderingen</translation>
    </message>
    <message>
        <source>Phones in the room</source>
        <translation>Telefoner i rummet</translation>
    </message>
    <message>
        <source>Each name belongs to the phone that joined under it: nobody else can join under it. Remove the phone to free its name (a lost phone, a mix-up).</source>
        <translation>Hvert navn hører til den telefon, der deltog under det: ingen andre kan deltage under samme navn. Fjern telefonen for at frigive navnet (en tabt telefon, en forveksling).</translation>
    </message>
    <message>
        <source>Remove phone</source>
        <translation>Fjern telefonen</translation>
    </message>
    <message>
        <source>Close the room</source>
        <translation>Luk rummet</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Notes go to</source>
        <translation>Sedlerne havner på</translation>
    </message>
    <message>
        <source>The room could not open on {address}: {reason}</source>
        <translation>Rummet kunne ikke åbnes på {address}: {reason}</translation>
    </message>
    <message>
        <source>The stage's board</source>
        <translation>Trinnets tavle</translation>
    </message>
    <message>
        <source>The room is closed.</source>
        <translation>Rummet er lukket.</translation>
    </message>
    <message>
        <source>Open at {url} — room code {code}</source>
        <translation>Åbent på {url} – rumkode {code}</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) joined</source>
        <translation>
            <numerusform>%n telefon forbundet</numerusform>
            <numerusform>%n telefoner forbundet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) in</source>
        <translation>
            <numerusform>%n seddel kommet ind</numerusform>
            <numerusform>%n sedler kommet ind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) open for rating</source>
        <translation>
            <numerusform>%n seddel åben for vurdering</numerusform>
            <numerusform>%n sedler åbne for vurdering</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomPresence</name>
    <message>
        <source>Open the room…</source>
        <translation>Åbn rummet…</translation>
    </message>
    <message>
        <source>The room…</source>
        <translation>Rummet…</translation>
    </message>
</context>
<context>
    <name>SaveWarningBar</name>
    <message>
        <source>Try again now</source>
        <translation>Prøv igen nu</translation>
    </message>
    <message>
        <source>Your latest changes are NOT saved yet. n3desk keeps them and tries again every few seconds. Reason: {reason}</source>
        <translation>Dine seneste ændringer er IKKE gemt endnu. n3desk gemmer dem midlertidigt og prøver igen med få sekunders mellemrum. Årsag: {reason}</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Find notes…</source>
        <translation>Søg i sedler…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Søg:</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hit</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
</context>
<context>
    <name>SessionDetailsForm</name>
    <message>
        <source>How might we …?</source>
        <translation>Hvordan kan vi …?</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>ikke planlagt</translation>
    </message>
    <message>
        <source>Only you see these notes.</source>
        <translation>Kun du kan se disse noter.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Innovation question</source>
        <translation>Innovationsspørgsmål</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Starttidspunkt</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Procesleder</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Proceslederens noter</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Ret titel</translation>
    </message>
    <message>
        <source>Edit innovation question</source>
        <translation>Ret innovationsspørgsmål</translation>
    </message>
    <message>
        <source>Edit place</source>
        <translation>Ret sted</translation>
    </message>
    <message>
        <source>Edit facilitator</source>
        <translation>Ret procesleder</translation>
    </message>
    <message>
        <source>Edit facilitator notes</source>
        <translation>Ret proceslederens noter</translation>
    </message>
    <message>
        <source>Change date</source>
        <translation>Skift dato</translation>
    </message>
    <message>
        <source>Change start time</source>
        <translation>Skift starttidspunkt</translation>
    </message>
</context>
<context>
    <name>SessionDocument</name>
    <message>
        <source>The change could not be saved ({error}).</source>
        <translation>Ændringen kunne ikke gemmes ({error}).</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Sedler</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(uden titel)</translation>
    </message>
</context>
<context>
    <name>SessionWindow</name>
    <message>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Tavler</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Aktørkort</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <source>{title} — n3desk</source>
        <translation>{title} — n3desk</translation>
    </message>
    <message>
        <source>{title} — NOT SAVED — n3desk</source>
        <translation>{title} — IKKE GEMT — n3desk</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Like the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Lyst</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mørkt</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Høj kontrast</translation>
    </message>
    <message>
        <source>Like the window</source>
        <translation>Som vinduet</translation>
    </message>
    <message>
        <source>Any screen that is not this one</source>
        <translation>En hvilken som helst anden skærm end denne</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Vindue</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation>Tekst&amp;størrelse</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Lyd</translation>
    </message>
    <message>
        <source>&amp;Play the end signal when a stage's time is up</source>
        <translation>S&amp;pil slutsignalet, når tiden for et trin er gået</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projektor</translation>
    </message>
    <message>
        <source>S&amp;creen</source>
        <translation>S&amp;kærm</translation>
    </message>
    <message>
        <source>Loo&amp;k</source>
        <translation>Ud&amp;seende</translation>
    </message>
    <message>
        <source>Te&amp;xt size</source>
        <translation>Te&amp;kststørrelse</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Genvejstaster</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Hvad den gør</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projektor</translation>
    </message>
    <message>
        <source>Stage timer</source>
        <translation>Nedtælling</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tavle</translation>
    </message>
    <message>
        <source>Rating the selected notes (after R)</source>
        <translation>Vurdere de markerede sedler (efter R)</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Aktørkort</translation>
    </message>
    <message>
        <source>List of sessions</source>
        <translation>Listen over sessioner</translation>
    </message>
    <message>
        <source>Shift+drag</source>
        <translation>Skift+træk</translation>
    </message>
    <message>
        <source>Space+drag</source>
        <translation>Mellemrum+træk</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Ny session</translation>
    </message>
    <message>
        <source>Back to all sessions</source>
        <translation>Tilbage til alle sessioner</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gentag</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation>Denne liste over genvejstaster</translation>
    </message>
    <message>
        <source>Overview tab</source>
        <translation>Fanen Overblik</translation>
    </message>
    <message>
        <source>Boards tab</source>
        <translation>Fanen Tavler</translation>
    </message>
    <message>
        <source>Stakeholder map tab</source>
        <translation>Fanen Aktørkort</translation>
    </message>
    <message>
        <source>Agenda tab</source>
        <translation>Fanen Dagsorden</translation>
    </message>
    <message>
        <source>Present full-screen on this screen (Esc leaves)</source>
        <translation>Præsenter i fuld skærm på denne skærm (Esc afslutter)</translation>
    </message>
    <message>
        <source>Leave the full screen</source>
        <translation>Forlad fuld skærm</translation>
    </message>
    <message>
        <source>Projector on the second screen on or off</source>
        <translation>Projektoren på den anden skærm til eller fra</translation>
    </message>
    <message>
        <source>Black out the projector, or light it again</source>
        <translation>Sort skærm på projektoren, eller tænd den igen</translation>
    </message>
    <message>
        <source>Freeze the projector's picture, or let it move again</source>
        <translation>Frys projektorens billede, eller lad det bevæge sig igen</translation>
    </message>
    <message>
        <source>The projector follows what you look at</source>
        <translation>Projektoren følger det, du ser på</translation>
    </message>
    <message>
        <source>Show the selection to the room</source>
        <translation>Vis markeringen for lokalet</translation>
    </message>
    <message>
        <source>Show the current stage to the room</source>
        <translation>Vis det aktuelle trin for lokalet</translation>
    </message>
    <message>
        <source>A board too big for the wall: show its next part</source>
        <translation>En tavle, der er for stor til væggen: vis næste del</translation>
    </message>
    <message>
        <source>A board too big for the wall: show its previous part</source>
        <translation>En tavle, der er for stor til væggen: vis forrige del</translation>
    </message>
    <message>
        <source>Start, pause or resume</source>
        <translation>Start, pause eller fortsæt</translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation>Næste trin</translation>
    </message>
    <message>
        <source>Back to the stage that ended last</source>
        <translation>Tilbage til det trin, der sidst blev afsluttet</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Ny seddel</translation>
    </message>
    <message>
        <source>Edit the selected note</source>
        <translation>Rediger den markerede seddel</translation>
    </message>
    <message>
        <source>A new note next to the selected one</source>
        <translation>En ny seddel ved siden af den markerede</translation>
    </message>
    <message>
        <source>Delete the selected notes</source>
        <translation>Slet de markerede sedler</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <source>Hide or reveal</source>
        <translation>Skjul eller vis</translation>
    </message>
    <message>
        <source>Private writing on or off</source>
        <translation>Skriv hver for sig til eller fra</translation>
    </message>
    <message>
        <source>Arrange in a grid</source>
        <translation>Arranger i et gitter</translation>
    </message>
    <message>
        <source>Bring to the front</source>
        <translation>Flyt helt frem</translation>
    </message>
    <message>
        <source>Rate the selected notes</source>
        <translation>Vurder de markerede sedler</translation>
    </message>
    <message>
        <source>Zoom to the selection</source>
        <translation>Zoom til markeringen</translation>
    </message>
    <message>
        <source>Fit the whole board</source>
        <translation>Vis hele tavlen</translation>
    </message>
    <message>
        <source>Zoom in or out</source>
        <translation>Zoom ind eller ud</translation>
    </message>
    <message>
        <source>Move around the board</source>
        <translation>Flyt rundt på tavlen</translation>
    </message>
    <message>
        <source>Move the selected notes (with Shift: further)</source>
        <translation>Flyt de markerede sedler (med Skift: længere)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliker</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Marker alle</translation>
    </message>
    <message>
        <source>Frame around the selection</source>
        <translation>Ramme om markeringen</translation>
    </message>
    <message>
        <source>Copy, cut, paste</source>
        <translation>Kopier, klip, indsæt</translation>
    </message>
    <message>
        <source>Find notes</source>
        <translation>Søg i sedler</translation>
    </message>
    <message>
        <source>Stop editing or clear the selection</source>
        <translation>Afslut redigeringen eller fjern markeringen</translation>
    </message>
    <message>
        <source>Finish writing the note</source>
        <translation>Skriv sedlen færdig</translation>
    </message>
    <message>
        <source>Give the value for the criterion shown</source>
        <translation>Giv værdien for det viste kriterium</translation>
    </message>
    <message>
        <source>Clear the criterion shown</source>
        <translation>Ryd det viste kriterium</translation>
    </message>
    <message>
        <source>Stop rating</source>
        <translation>Stop vurderingen</translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation>Slet markeringen</translation>
    </message>
    <message>
        <source>Focus on the selected stakeholder</source>
        <translation>Fokuser på den markerede aktør</translation>
    </message>
    <message>
        <source>End the focus</source>
        <translation>Afslut fokus</translation>
    </message>
    <message>
        <source>Draw a relation</source>
        <translation>Tegn en relation</translation>
    </message>
    <message>
        <source>Rename the session</source>
        <translation>Omdøb sessionen</translation>
    </message>
    <message>
        <source>Delete the session</source>
        <translation>Slet sessionen</translation>
    </message>
    <message>
        <source>Duplicate the session</source>
        <translation>Dupliker sessionen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
</context>
<context>
    <name>StageCard</name>
    <message>
        <source>Agenda finished</source>
        <translation>Dagsordenen er gennemført</translation>
    </message>
    <message>
        <source>Stage {n} of {count}</source>
        <translation>Trin {n} af {count}</translation>
    </message>
    <message>
        <source>Summary round</source>
        <translation>Opsamling</translation>
    </message>
    <message>
        <source>Station {n} of {count}</source>
        <translation>Station {n} af {count}</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Ikke startet</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Tiden er gået</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>Næste: {title}</translation>
    </message>
</context>
<context>
    <name>StageEditor</name>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Time-box</source>
        <translation>Tidsboks</translation>
    </message>
    <message>
        <source>Station rotation</source>
        <translation>Stationsrotation</translation>
    </message>
    <message numerus="yes">
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n station</numerusform>
            <numerusform>%n stationer</numerusform>
        </translation>
    </message>
    <message>
        <source> min each</source>
        <translation> min. hver</translation>
    </message>
    <message>
        <source> min summary</source>
        <translation> min. opsamling</translation>
    </message>
    <message>
        <source> s</source>
        <translation> sek.</translation>
    </message>
    <message>
        <source>What the room should do, shown to everyone</source>
        <translation>Hvad lokalet skal gøre – vises for alle</translation>
    </message>
    <message>
        <source>amber </source>
        <translation>gul </translation>
    </message>
    <message>
        <source>red </source>
        <translation>rød </translation>
    </message>
    <message>
        <source>Seconds left when the timer turns amber</source>
        <translation>Sekunder tilbage, når nedtællingen bliver gul</translation>
    </message>
    <message>
        <source>Seconds left when the timer turns red</source>
        <translation>Sekunder tilbage, når nedtællingen bliver rød</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt tid</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Board to show</source>
        <translation>Tavle, der skal vises</translation>
    </message>
    <message>
        <source>Colour at</source>
        <translation>Farve ved</translation>
    </message>
    <message>
        <source>Select a stage, or add one.</source>
        <translation>Vælg et trin, eller tilføj et.</translation>
    </message>
    <message>
        <source>Instructions for the room</source>
        <translation>Instruktioner til lokalet</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Omdøb trin</translation>
    </message>
    <message>
        <source>Edit instructions</source>
        <translation>Ret instruktionerne</translation>
    </message>
    <message>
        <source>Change planned time</source>
        <translation>Skift planlagt tid</translation>
    </message>
    <message>
        <source>Change stations</source>
        <translation>Skift antal stationer</translation>
    </message>
    <message>
        <source>Change station time</source>
        <translation>Skift tid pr. station</translation>
    </message>
    <message>
        <source>Change summary time</source>
        <translation>Skift tid til opsamling</translation>
    </message>
    <message>
        <source>Change warning time</source>
        <translation>Skift varslingstid</translation>
    </message>
    <message>
        <source>Change danger time</source>
        <translation>Skift alarmtid</translation>
    </message>
    <message>
        <source>Change board</source>
        <translation>Skift tavle</translation>
    </message>
    <message>
        <source>Change stage kind</source>
        <translation>Skift type af trin</translation>
    </message>
    <message>
        <source>Change method</source>
        <translation>Skift metode</translation>
    </message>
    <message>
        <source>(no method card)</source>
        <translation>(intet metodekort)</translation>
    </message>
    <message>
        <source> (own)</source>
        <translation> (eget)</translation>
    </message>
    <message>
        <source>(no board)</source>
        <translation>(ingen tavle)</translation>
    </message>
</context>
<context>
    <name>StakeholderEditor</name>
    <message>
        <source>Select a stakeholder on the map or in the table.</source>
        <translation>Vælg en aktør på kortet eller i tabellen.</translation>
    </message>
    <message>
        <source>What can they contribute?</source>
        <translation>Hvad kan de bidrage med?</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Fokuser</translation>
    </message>
    <message>
        <source>Fade all but this stakeholder and its neighbours (F)</source>
        <translation>Ton alt ned undtagen denne aktør og dens naboer (F)</translation>
    </message>
    <message>
        <source>Connect to…</source>
        <translation>Forbind med…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Influence (1–5)</source>
        <translation>Indflydelse (1–5)</translation>
    </message>
    <message>
        <source>Interest (1–5)</source>
        <translation>Interesse (1–5)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
</context>
<context>
    <name>StakeholderMapScene</name>
    <message>
        <source>The citizen</source>
        <translation>Borgeren</translation>
    </message>
</context>
<context>
    <name>StakeholderTableModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Indflydelse</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Import a session file</source>
        <translation>Importér en sessionsfil</translation>
    </message>
    <message>
        <source>n3desk session files (*.n3desk)</source>
        <translation>n3desk-sessionsfiler (*.n3desk)</translation>
    </message>
    <message>
        <source>Rename session</source>
        <translation>Omdøb session</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>Ny titel:</translation>
    </message>
    <message>
        <source>Import a session file…</source>
        <translation>Importér en sessionsfil…</translation>
    </message>
    <message>
        <source>Import a session file (.n3desk) from another laptop</source>
        <translation>Importér en sessionsfil (.n3desk) fra en anden computer</translation>
    </message>
    <message>
        <source>Your sessions</source>
        <translation>Dine sessioner</translation>
    </message>
    <message>
        <source>Search title, place or date…</source>
        <translation>Søg efter titel, sted eller dato…</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Ny session…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Omdøb…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliker</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <source>No sessions yet — create one, or open the demo to look around.</source>
        <translation>Ingen sessioner endnu – opret en, eller åbn demoen og se dig omkring.</translation>
    </message>
    <message>
        <source>Create a session…</source>
        <translation>Opret en session…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Åbn demoen</translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message>
        <source>Too late to cancel: the team library is saving it…</source>
        <translation>For sent at annullere: teambiblioteket gemmer den nu…</translation>
    </message>
    <message>
        <source>Not published: cancelled. The team library is as it was.</source>
        <translation>Ikke udgivet: annulleret. Teambiblioteket er som før.</translation>
    </message>
    <message>
        <source>Not fetched: cancelled. Your library is unchanged.</source>
        <translation>Ikke hentet: annulleret. Dit bibliotek er uændret.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulleret.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Ikke forbundet</translation>
    </message>
    <message>
        <source>Password not kept</source>
        <translation>Adgangskoden blev ikke gemt</translation>
    </message>
    <message>
        <source>Forget the password</source>
        <translation>Glem adgangskoden</translation>
    </message>
    <message>
        <source>Remove the password for {user} on {where} from this computer's keyring? You will type it again the next time you connect.</source>
        <translation>Fjern adgangskoden for {user} på {where} fra computerens nøglering? Du skriver den igen, næste gang du forbinder.</translation>
    </message>
    <message>
        <source>Forget it</source>
        <translation>Glem den</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behold den</translation>
    </message>
    <message>
        <source>Password not forgotten</source>
        <translation>Adgangskoden blev ikke glemt</translation>
    </message>
    <message>
        <source>The keyring would not let the password go. Try again, or remove it with the computer's own keyring tool.</source>
        <translation>Nøgleringen ville ikke give slip på adgangskoden. Prøv igen, eller fjern den med computerens eget nøgleringsværktøj.</translation>
    </message>
    <message>
        <source>The password for {user} is forgotten on this computer.</source>
        <translation>Adgangskoden for {user} er glemt på denne computer.</translation>
    </message>
    <message>
        <source>Connecting to the team library…</source>
        <translation>Forbinder til teambiblioteket…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n item(s) in the team library.</source>
        <translation>
            <numerusform>Forbundet: %n element i teambiblioteket.</numerusform>
            <numerusform>Forbundet: %n elementer i teambiblioteket.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Kunne ikke læses</translation>
    </message>
    <message>
        <source>Programme: {title}</source>
        <translation>Program: {title}</translation>
    </message>
    <message>
        <source>Session: {title}</source>
        <translation>Workshop: {title}</translation>
    </message>
    <message>
        <source>Template: {title}</source>
        <translation>Skabelon: {title}</translation>
    </message>
    <message>
        <source>Method card: {title}</source>
        <translation>Metodekort: {title}</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Udgiv</translation>
    </message>
    <message>
        <source>What to publish:</source>
        <translation>Hvad vil du udgive?</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Ikke udgivet</translation>
    </message>
    <message>
        <source>Publishing “{title}”…</source>
        <translation>Udgiver »{title}«…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Not published.</source>
        <translation>Ikke udgivet.</translation>
    </message>
    <message>
        <source>Published, but not noted here</source>
        <translation>Udgivet, men ikke noteret på denne computer</translation>
    </message>
    <message>
        <source>Published “{title}” as revision {revision}.</source>
        <translation>»{title}« udgivet som version {revision}.</translation>
    </message>
    <message>
        <source>Fetch first</source>
        <translation>Hent først</translation>
    </message>
    <message>
        <source>Publish as a copy</source>
        <translation>Udgiv som kopi</translation>
    </message>
    <message>
        <source>Someone published a newer version</source>
        <translation>Nogen har udgivet en nyere version</translation>
    </message>
    <message>
        <source>{author} published revision {revision} of “{title}” at {when}, after the version you started from. Nothing was published and nothing was lost.

Fetch first: your unpublished changes are kept beside it as a local copy.
Publish as a copy: your version goes to the team as a new item.</source>
        <translation>{author} udgav version {revision} af »{title}« {when}, efter den version, du tog udgangspunkt i. Intet blev udgivet, og intet gik tabt.

Hent først: dine ikke-udgivne ændringer gemmes ved siden af som en lokal kopi.
Udgiv som kopi: din version lægges i teambiblioteket som et nyt element.</translation>
    </message>
    <message>
        <source>Fetching “{title}”…</source>
        <translation>Henter »{title}«…</translation>
    </message>
    <message>
        <source>Not fetched</source>
        <translation>Ikke hentet</translation>
    </message>
    <message>
        <source>“{title}” is open. Close it, then fetch again: a fetch never replaces a session while you work on it.</source>
        <translation>»{title}« er åben. Luk den, og hent så igen: en hentning erstatter aldrig en workshop, mens du arbejder i den.</translation>
    </message>
    <message>
        <source>Fetched revision {revision} of “{title}” by {author}.</source>
        <translation>Hentede version {revision} af »{title}« fra {author}.</translation>
    </message>
    <message>
        <source>Your unpublished changes are kept as a local copy.</source>
        <translation>Dine ikke-udgivne ændringer er gemt som en lokal kopi.</translation>
    </message>
    <message>
        <source>Revision {revision} by {author}, {when}</source>
        <translation>Version {revision} af {author}, {when}</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Team library</source>
        <translation>Teambibliotek</translation>
    </message>
    <message>
        <source>Share workshops and programmes with your team on the server your IT department set up. Your own library stays the working copy: nothing here is needed to run a workshop.</source>
        <translation>Del workshops og programmer med dit team på den server, som IT-afdelingen har sat op. Dit eget bibliotek er stadig arbejdskopien: intet her er nødvendigt for at holde en workshop.</translation>
    </message>
    <message>
        <source>Your name, as the team sees it</source>
        <translation>Dit navn, som teamet ser det</translation>
    </message>
    <message>
        <source>Kept in this computer's keyring</source>
        <translation>Gemmes i computerens nøglering</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dit navn</translation>
    </message>
    <message>
        <source>Forget password</source>
        <translation>Glem adgangskoden</translation>
    </message>
    <message>
        <source>Remove the saved password from this computer's keyring</source>
        <translation>Fjern den gemte adgangskode fra computerens nøglering</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Forbind</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Udgiv…</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Hent</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Opdater</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>Udgivet af</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Who published what</source>
        <translation>Hvem udgav hvad</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Fetching replaces your copy with the team's newest version and cannot be undone. Changes you have not published are kept beside it as a local copy.</source>
        <translation>En hentning erstatter din kopi med teamets nyeste version og kan ikke fortrydes. Ændringer, du ikke har udgivet, gemmes ved siden af som en lokal kopi.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Skabelon</translation>
    </message>
    <message>
        <source>Method card</source>
        <translation>Metodekort</translation>
    </message>
    <message>
        <source>Not connected. Ask your IT department for the address.</source>
        <translation>Ikke forbundet. Spørg IT-afdelingen om adressen.</translation>
    </message>
</context>
<context>
    <name>TemplateSaver</name>
    <message>
        <source>Save as template</source>
        <translation>Gem som skabelon</translation>
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation>Navn på den nye skabelon:</translation>
    </message>
    <message>
        <source>The template was not saved</source>
        <translation>Skabelonen blev ikke gemt</translation>
    </message>
</context>
<context>
    <name>TextEditing</name>
    <message>
        <source>Edit note text</source>
        <translation>Ret sedlens tekst</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>Fjern seddel</translation>
    </message>
</context>
<context>
    <name>TimerStrip</name>
    <message>
        <source>Next ▸</source>
        <translation>Næste ▸</translation>
    </message>
    <message>
        <source>One minute less</source>
        <translation>Et minut mindre</translation>
    </message>
    <message>
        <source>One minute more</source>
        <translation>Et minut mere</translation>
    </message>
    <message>
        <source>Five minutes more</source>
        <translation>Fem minutter mere</translation>
    </message>
    <message>
        <source>Finish this stage and start the next (Ctrl+Right)</source>
        <translation>Afslut trinnet, og start det næste (Ctrl+Højre)</translation>
    </message>
    <message>
        <source>Start or pause the timer (Space)</source>
        <translation>Start eller sæt nedtællingen på pause (mellemrum)</translation>
    </message>
    <message>
        <source>Agenda finished</source>
        <translation>Dagsordenen er gennemført</translation>
    </message>
    <message>
        <source>No agenda yet</source>
        <translation>Ingen dagsorden endnu</translation>
    </message>
    <message>
        <source>Every stage is done.</source>
        <translation>Alle trin er gennemført.</translation>
    </message>
    <message>
        <source>Add stages on the Agenda tab.</source>
        <translation>Tilføj trin under fanen Dagsorden.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsæt</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stage {n} of {count}</source>
        <translation>Trin {n} af {count}</translation>
    </message>
    <message>
        <source>Summary round</source>
        <translation>Opsamling</translation>
    </message>
    <message>
        <source>Station {n} of {count}</source>
        <translation>Station {n} af {count}</translation>
    </message>
    <message>
        <source>{time} left in all</source>
        <translation>{time} tilbage i alt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <source>Time is up — next: {title} (Ctrl+Right)</source>
        <translation>Tiden er gået — næste: {title} (Ctrl+Højre)</translation>
    </message>
    <message>
        <source>Time is up — this is the last stage</source>
        <translation>Tiden er gået — dette er det sidste trin</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>Næste: {title}</translation>
    </message>
    <message>
        <source>Back to “{title}”, paused where it ended (Ctrl+Left)</source>
        <translation>Tilbage til »{title}«, sat på pause, hvor det sluttede (Ctrl+Venstre)</translation>
    </message>
    <message>
        <source>Back to the stage that ended last (Ctrl+Left)</source>
        <translation>Tilbage til det trin, der sidst blev afsluttet (Ctrl+Venstre)</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>Lyd fra</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Lyd til</translation>
    </message>
    <message>
        <source>Switch the end signal on or off</source>
        <translation>Slå slutsignalet til eller fra</translation>
    </message>
    <message>
        <source>Station {n} of {count} — move on</source>
        <translation>Station {n} af {count} — skift!</translation>
    </message>
    <message>
        <source>Summary round — come together</source>
        <translation>Opsamling — saml jer</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <source>Dot voting</source>
        <translation>Prikafstemning</translation>
    </message>
    <message>
        <source>Start round</source>
        <translation>Start runde</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Dots per participant</source>
        <translation>Prikker pr. deltager</translation>
    </message>
    <message>
        <source>Most dots on one note</source>
        <translation>Flest prikker på én seddel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Genåbn</translation>
    </message>
    <message>
        <source>Enter dots (click +1, Shift+click −1)</source>
        <translation>Indtast prikker (klik +1, Skift+klik −1)</translation>
    </message>
    <message>
        <source>Counts are hidden until the round is revealed.</source>
        <translation>Antallet af prikker er skjult, indtil runden vises.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Dots of</source>
        <translation>Prikker fra</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>Start voting round</source>
        <translation>Start afstemningsrunde</translation>
    </message>
    <message>
        <source>Close voting round</source>
        <translation>Luk afstemningsrunden</translation>
    </message>
    <message>
        <source>Reveal votes</source>
        <translation>Vis stemmerne</translation>
    </message>
    <message>
        <source>Reopen voting round</source>
        <translation>Genåbn afstemningsrunden</translation>
    </message>
    <message>
        <source>Not by name (the room)</source>
        <translation>Uden navn (rummet)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <source>Revealed</source>
        <translation>Vist</translation>
    </message>
    <message>
        <source>No round yet</source>
        <translation>Ingen runde endnu</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) given</source>
        <translation>
            <numerusform>%n prik givet</numerusform>
            <numerusform>%n prikker givet</numerusform>
        </translation>
    </message>
    <message>
        <source>No budget: list the participants on the Overview tab to set one.</source>
        <translation>Intet budget: skriv deltagerne ind under fanen Overblik for at få et.</translation>
    </message>
    <message>
        <source>%1 of %2 dots used · %3 left</source>
        <translation>%1 af %2 prikker brugt · %3 tilbage</translation>
    </message>
    <message>
        <source>Budget: %1 participants × %2 dots, by name or not</source>
        <translation>Budget: %1 deltagere × %2 prikker, med eller uden navn</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) entered not by name</source>
        <translation>
            <numerusform>%n prik indtastet uden navn</numerusform>
            <numerusform>%n prikker indtastet uden navn</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has %2 of %3 dots left</source>
        <translation>%1 har %2 af %3 prikker tilbage</translation>
    </message>
</context>
</TS>