<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb_NO">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About n3desk</source>
        <translation>Om n3desk</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versjon {version}</translation>
    </message>
    <message>
        <source>Nytt, Nyttigt, Nyttiggjort: an offline companion for in-room innovation workshops.</source>
        <translation>Nytt, Nyttig, Nyttiggjort: en frakoblet støtte for innovasjonsverksteder i rommet.</translation>
    </message>
    <message>
        <source>Free software under the MIT licence. It is built on Qt and Qt for Python (PySide6) under the GNU LGPL 3.0, and on the components listed below, each under its own licence.</source>
        <translation>Fri programvare under MIT-lisensen. Den bygger på Qt og Qt for Python (PySide6) under GNU LGPL 3.0 og på komponentene nedenfor, hver under sin egen lisens.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Vis:</translation>
    </message>
    <message>
        <source>The licence texts are missing from this installation.</source>
        <translation>Lisenstekstene mangler i denne installasjonen.</translation>
    </message>
    <message>
        <source>The text {name} cannot be read.</source>
        <translation>Teksten {name} kan ikke leses.</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Starter</translation>
    </message>
    <message>
        <source>Time available</source>
        <translation>Tilgjengelig tid</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Legg til trinn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <source>Run this stage</source>
        <translation>Kjør dette trinnet</translation>
    </message>
    <message>
        <source>Finish the running stage and start this one now</source>
        <translation>Avslutt trinnet som pågår, og start dette nå</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Lagre som mal…</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>Method library</source>
        <translation>Metodebibliotek</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nytt trinn</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Slett trinn</translation>
    </message>
    <message>
        <source>Reorder agenda</source>
        <translation>Endre rekkefølgen i agendaen</translation>
    </message>
    <message>
        <source>Attach method card</source>
        <translation>Knytt til metodekort</translation>
    </message>
    <message>
        <source>Change start time</source>
        <translation>Endre starttid</translation>
    </message>
    <message>
        <source>Change time available</source>
        <translation>Endre tilgjengelig tid</translation>
    </message>
    <message>
        <source> · {n} × {m} min</source>
        <translation> · {n} × {m} min</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Total {total} min of {available} — {over} min too long! Ends at {end}.</source>
        <translation>Totalt {total} min av {available} — {over} min for lenge! Slutter {end}.</translation>
    </message>
    <message>
        <source>Total {total} min of {available} available. Ends at {end}.</source>
        <translation>Totalt {total} min av {available} tilgjengelige. Slutter {end}.</translation>
    </message>
</context>
<context>
    <name>BoardController</name>
    <message>
        <source>Move notes</source>
        <translation>Flytt lapper</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ny lapp</translation>
    </message>
    <message>
        <source>Colour notes</source>
        <translation>Gi lapper farge</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Duplicate notes</source>
        <translation>Dupliser lapper</translation>
    </message>
    <message>
        <source>Hide notes</source>
        <translation>Skjul lapper</translation>
    </message>
    <message>
        <source>Reveal notes</source>
        <translation>Vis lapper</translation>
    </message>
    <message>
        <source>Reveal all notes</source>
        <translation>Vis alle lapper</translation>
    </message>
    <message>
        <source>Private writing: new notes stay hidden from the projector.</source>
        <translation>Skriv hver for seg: nye lapper vises ikke på projektoren.</translation>
    </message>
    <message>
        <source>Tidy frame</source>
        <translation>Rydd i rammen</translation>
    </message>
    <message>
        <source>Arrange in grid</source>
        <translation>Ordne i rutenett</translation>
    </message>
    <message>
        <source>Bring to front</source>
        <translation>Flytt helt fram</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Make frame</source>
        <translation>Lag ramme</translation>
    </message>
    <message>
        <source>Frame title</source>
        <translation>Rammens tittel</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Tittel:</translation>
    </message>
    <message>
        <source>Rename frame</source>
        <translation>Gi rammen nytt navn</translation>
    </message>
    <message>
        <source>Cut notes</source>
        <translation>Klipp ut lapper</translation>
    </message>
    <message>
        <source>Paste notes</source>
        <translation>Lim inn lapper</translation>
    </message>
    <message>
        <source>Carry notes forward</source>
        <translation>Før lapper videre</translation>
    </message>
    <message>
        <source>Start a voting round first.</source>
        <translation>Start en avstemningsrunde først.</translation>
    </message>
    <message>
        <source>Add a dot</source>
        <translation>Legg til en prikk</translation>
    </message>
    <message>
        <source>Take back a dot</source>
        <translation>Ta tilbake en prikk</translation>
    </message>
    <message>
        <source>The round is not open.</source>
        <translation>Runden er ikke åpen.</translation>
    </message>
    <message>
        <source>The round's dots are all used.</source>
        <translation>Rundens prikker er brukt opp.</translation>
    </message>
    <message>
        <source>This participant has no dots left.</source>
        <translation>Denne deltakeren har ingen prikker igjen.</translation>
    </message>
    <message>
        <source>This note has as many dots as allowed.</source>
        <translation>Lappen har allerede så mange prikker som er tillatt.</translation>
    </message>
    <message>
        <source>There is no dot to take back.</source>
        <translation>Det er ingen prikk å ta tilbake.</translation>
    </message>
</context>
<context>
    <name>BoardInteractions</name>
    <message>
        <source>Move frame</source>
        <translation>Flytt ramme</translation>
    </message>
    <message>
        <source>Move notes</source>
        <translation>Flytt lapper</translation>
    </message>
    <message>
        <source>Resize frame</source>
        <translation>Endre størrelse på rammen</translation>
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
        <translation>Legg til en tavle</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(uten navn)</translation>
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
        <translation>Tittel:</translation>
    </message>
    <message>
        <source>Add board</source>
        <translation>Legg til tavle</translation>
    </message>
    <message>
        <source>Rename board</source>
        <translation>Gi tavlen nytt navn</translation>
    </message>
    <message>
        <source>Delete board</source>
        <translation>Slett tavle</translation>
    </message>
    <message>
        <source>Reorder boards</source>
        <translation>Endre rekkefølgen på tavlene</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Gi nytt navn…</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Flytt til venstre</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Flytt til høyre</translation>
    </message>
</context>
<context>
    <name>BoardsPage</name>
    <message>
        <source>This session has no boards yet.</source>
        <translation>Økten har ingen tavler ennå.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Ny lapp</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Ramme</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Ordne</translation>
    </message>
    <message>
        <source>To front</source>
        <translation>Helt fram</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gul</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Oransje</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grønn</translation>
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
        <translation>Skriv hver for seg</translation>
    </message>
    <message>
        <source>Carry forward</source>
        <translation>Før videre</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Søk</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Vis alt</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Avstemning</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>(no other board)</source>
        <translation>(ingen annen tavle)</translation>
    </message>
    <message numerus="yes">
        <source>Selected notes (%n) to “%1”</source>
        <translation>
            <numerusform>Merket lapp (%n) til «%1»</numerusform>
            <numerusform>Merkede lapper (%n) til «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>Top notes by dots, or choose…</source>
        <translation>Lappene med flest prikker, eller velg…</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) carried forward</source>
        <translation>
            <numerusform>%n lapp ble ført videre</numerusform>
            <numerusform>%n lapper ble ført videre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarryForwardDialog</name>
    <message>
        <source>Carry notes forward</source>
        <translation>Før lapper videre</translation>
    </message>
    <message>
        <source>The top notes by dots:</source>
        <translation>Lappene med flest prikker:</translation>
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
            <numerusform>Den merkede lappen (%n)</numerusform>
            <numerusform>De merkede lappene (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no other board yet. Add one with “+ Board” first.</source>
        <translation>Det finnes ingen annen tavle ennå. Legg først til en med «+ Tavle».</translation>
    </message>
    <message>
        <source>Copies go below what is on the board, linked to their originals.</source>
        <translation>Kopiene havner under det som allerede er på tavlen, koblet til originalene.</translation>
    </message>
    <message>
        <source>This board has no voting round yet.</source>
        <translation>Tavlen har ingen avstemningsrunde ennå.</translation>
    </message>
    <message>
        <source>No note has dots in “%1” yet.</source>
        <translation>Ingen lapp har fått prikker i «%1» ennå.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) go: a tie at the last place brings them all.</source>
        <translation>
            <numerusform>%n lapp føres videre: delt siste plass tar med alle.</numerusform>
            <numerusform>%n lapper føres videre: delt siste plass tar med alle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) go, by dots in “%1”.</source>
        <translation>
            <numerusform>%n lapp føres videre, etter prikker i «%1».</numerusform>
            <numerusform>%n lapper føres videre, etter prikker i «%1».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytt ned</translation>
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
        <translation>Lappene vurderes etter disse kriteriene, fra laveste til høyeste verdi (0–10). Alle endringer kan angres med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Legg til kriterium</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gjør om</translation>
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
        <translation>Legg til N3-kriteriene (%1)</translation>
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
        <translation>Høyest</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Nytt kriterium</translation>
    </message>
    <message>
        <source>Add the N3 criteria</source>
        <translation>Legg til N3-kriteriene</translation>
    </message>
    <message>
        <source>A criterion needs a name; it keeps “%1”.</source>
        <translation>Et kriterium må ha et navn; det heter fortsatt «%1».</translation>
    </message>
    <message>
        <source>Rename criterion</source>
        <translation>Gi kriteriet nytt navn</translation>
    </message>
    <message>
        <source>A scale runs within 0–10, its lowest value below its highest.</source>
        <translation>En skala ligger innenfor 0–10, med laveste verdi under den høyeste.</translation>
    </message>
    <message>
        <source>Change the range</source>
        <translation>Endre skalaen</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) on “%1” will be set to the nearest value in %2–%3. Undo (Ctrl+Z) gives the old values back.</source>
        <translation>
            <numerusform>%n vurdering på «%1» settes til nærmeste verdi innenfor %2–%3. Angre (Ctrl+Z) gir tilbake den gamle verdien.</numerusform>
            <numerusform>%n vurderinger på «%1» settes til nærmeste verdi innenfor %2–%3. Angre (Ctrl+Z) gir tilbake de gamle verdiene.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behold</translation>
    </message>
    <message>
        <source>Change range of criterion</source>
        <translation>Endre kriteriets skala</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Fjern kriterium</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n rating(s). They are removed with it. Undo (Ctrl+Z) brings the criterion and its ratings back.</source>
        <translation>
            <numerusform>«%1» har %n vurdering. Den fjernes sammen med kriteriet. Angre (Ctrl+Z) gir tilbake både kriteriet og vurderingen.</numerusform>
            <numerusform>«%1» har %n vurderinger. De fjernes sammen med kriteriet. Angre (Ctrl+Z) gir tilbake både kriteriet og vurderingene.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove with ratings</source>
        <translation>Fjern med vurderinger</translation>
    </message>
    <message>
        <source>Reorder criteria</source>
        <translation>Endre rekkefølgen på kriteriene</translation>
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
        <translation>Endre beslutning</translation>
    </message>
    <message>
        <source>Change time of decision</source>
        <translation>Endre tidspunkt for beslutningen</translation>
    </message>
    <message>
        <source>Change owner of decision</source>
        <translation>Endre ansvarlig for beslutningen</translation>
    </message>
    <message>
        <source>Change due date of decision</source>
        <translation>Endre frist for beslutningen</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>What was decided? Then Enter</source>
        <translation>Hva ble besluttet? Trykk så Enter</translation>
    </message>
    <message>
        <source>Log decision</source>
        <translation>Loggfør beslutning</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Choose notes…</source>
        <translation>Velg lapper…</translation>
    </message>
    <message>
        <source>Tick the ideas or concepts this decision chose; they go into the record.</source>
        <translation>Kryss av for idéene eller konseptene beslutningen valgte; de kommer med i dokumentasjonen.</translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation>Fjern beslutning</translation>
    </message>
    <message>
        <source>Choose notes for decision</source>
        <translation>Velg lapper til beslutningen</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Export the record as PDF</source>
        <translation>Eksporter dokumentasjonen som PDF</translation>
    </message>
    <message>
        <source>Export the notes for Excel</source>
        <translation>Eksporter lappene til Excel</translation>
    </message>
    <message>
        <source>Export the session as a portable file</source>
        <translation>Eksporter økten som flyttbar fil</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Aktørkart</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Ikke noe bilde</translation>
    </message>
    <message>
        <source>This session has no board to take a picture of.</source>
        <translation>Økten har ingen tavle å ta bilde av.</translation>
    </message>
    <message>
        <source>Save a picture (PNG)</source>
        <translation>Lagre et bilde (PNG)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Erstatte filen?</translation>
    </message>
    <message>
        <source>“{name}” already exists in {folder}. Replace it?</source>
        <translation>«{name}» finnes allerede i {folder}. Vil du erstatte den?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Erstatt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Ikke eksportert</translation>
    </message>
    <message>
        <source>The board has no notes or frames yet: there is nothing to picture.</source>
        <translation>Tavlen har ingen lapper eller rammer ennå: det er ingenting å ta bilde av.</translation>
    </message>
    <message>
        <source>The disk is full: “{name}” could not be written in {folder}. Nothing was written. Free some space or choose another folder.</source>
        <translation>Disken er full: «{name}» kunne ikke skrives i {folder}. Ingenting ble skrevet. Frigjør plass eller velg en annen mappe.</translation>
    </message>
    <message>
        <source>“{name}” in {folder} cannot be replaced: is it open in another program, such as Excel or a PDF reader? Close it and try again. Nothing was written.</source>
        <translation>«{name}» i {folder} kan ikke erstattes: er filen åpen i et annet program, for eksempel Excel eller en PDF-leser? Lukk den og prøv igjen. Ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>n3desk may not write in the folder {folder}. Nothing was written. Choose another folder, for example Documents.</source>
        <translation>n3desk har ikke lov til å skrive i mappen {folder}. Ingenting ble skrevet. Velg en annen mappe, for eksempel Dokumenter.</translation>
    </message>
    <message>
        <source>The folder {folder} is not there (was a USB stick taken out?). Nothing was written.</source>
        <translation>Mappen {folder} finnes ikke (ble en minnepenn tatt ut?). Ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>“{name}” could not be written in {folder}: {reason}</source>
        <translation>«{name}» kunne ikke skrives i {folder}: {reason}</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Importer lapper</translation>
    </message>
    <message>
        <source>Notes (*.csv *.txt);;CSV from Excel (*.csv);;Plain text (*.txt)</source>
        <translation>Lapper (*.csv *.txt);;CSV fra Excel (*.csv);;Ren tekst (*.txt)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ingenting ble importert</translation>
    </message>
    <message>
        <source>“{name}” could not be read: {reason}</source>
        <translation>«{name}» kunne ikke leses: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported from “{name}”. {reason}</source>
        <translation>Ingenting ble importert fra «{name}». {reason}</translation>
    </message>
    <message>
        <source>There are no notes in “{name}”.</source>
        <translation>Det er ingen lapper i «{name}».</translation>
    </message>
    <message>
        <source>Import notes from “{name}”</source>
        <translation>Importer lapper fra «{name}»</translation>
    </message>
    <message>
        <source>Imported from “{name}”</source>
        <translation>Importert fra «{name}»</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>Semicolon ;  (Excel in Swedish and Nordic)</source>
        <translation>Semikolon ;  (Excel på norsk og andre nordiske språk)</translation>
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
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>n3desk session files (*.n3desk)</source>
        <translation>n3desk-øktfiler (*.n3desk)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-bilder (*.png)</translation>
    </message>
    <message>
        <source>Saved in the folder {folder}</source>
        <translation>Lagres i mappen {folder}</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Ta med</translation>
    </message>
    <message>
        <source>&amp;Cover page</source>
        <translation>&amp;Forside</translation>
    </message>
    <message>
        <source>&amp;Agenda, planned and actual times</source>
        <translation>&amp;Agenda, planlagte og faktiske tider</translation>
    </message>
    <message>
        <source>&amp;Boards and their notes</source>
        <translation>&amp;Tavler og lappene deres</translation>
    </message>
    <message>
        <source>Stakeholder &amp;map</source>
        <translation>Aktør&amp;kart</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>&amp;Beslutninger</translation>
    </message>
    <message>
        <source>N&amp;3 project card</source>
        <translation>N&amp;3-prosjektkort</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papir</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Columns separated by</source>
        <translation>Kolonner skilt &amp;med</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Fi&amp;l</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Velg…</translation>
    </message>
    <message>
        <source>&amp;Open the folder when done</source>
        <translation>&amp;Åpne mappen når eksporten er ferdig</translation>
    </message>
</context>
<context>
    <name>FaultHandler</name>
    <message>
        <source>Something went wrong</source>
        <translation>Noe gikk galt</translation>
    </message>
    <message>
        <source>Something went wrong, but your work is saved and n3desk keeps running.

Details are in {log}.</source>
        <translation>Noe gikk galt, men arbeidet ditt er lagret, og n3desk fortsetter å kjøre.

Detaljer finnes i {log}.</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>cannot be read ({0})</source>
        <translation>kan ikke leses ({0})</translation>
    </message>
    <message>
        <source>the file is too large for a template</source>
        <translation>filen er for stor for en mal</translation>
    </message>
    <message>
        <source>the file is too large for a method card</source>
        <translation>filen er for stor for et metodekort</translation>
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
        <translation>ikke et gyldig metodekort (ved {0}: {1})</translation>
    </message>
    <message>
        <source>not a valid method card ({0})</source>
        <translation>ikke et gyldig metodekort ({0})</translation>
    </message>
    <message>
        <source>not valid ({0})</source>
        <translation>ikke gyldig ({0})</translation>
    </message>
    <message>
        <source>the id {0} is a built-in method card's</source>
        <translation>id-en {0} tilhører et innebygd metodekort</translation>
    </message>
    <message>
        <source>the id {0} is already used</source>
        <translation>id-en {0} er allerede i bruk</translation>
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
        <translation>Gi {name} vurderingen {value} av 5</translation>
    </message>
    <message>
        <source>Notes on {name}</source>
        <translation>Notater om {name}</translation>
    </message>
    <message>
        <source>Rate {name}</source>
        <translation>Vurder {name}</translation>
    </message>
    <message>
        <source>Edit notes on {name}</source>
        <translation>Endre notater om {name}</translation>
    </message>
</context>
<context>
    <name>JoinScreen</name>
    <message numerus="yes">
        <source>%n phone(s) joined</source>
        <translation>
            <numerusform>%n telefon tilkoblet</numerusform>
            <numerusform>%n telefoner tilkoblet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) in</source>
        <translation>
            <numerusform>%n lapp kommet inn</numerusform>
            <numerusform>%n lapper kommet inn</numerusform>
        </translation>
    </message>
    <message>
        <source>Join from your phone</source>
        <translation>Bli med fra telefonen din</translation>
    </message>
    <message>
        <source>Open this address:</source>
        <translation>Åpne denne adressen:</translation>
    </message>
    <message>
        <source>Room code</source>
        <translation>Romkode</translation>
    </message>
</context>
<context>
    <name>LastPlace</name>
    <message>
        <source>n3desk closed unexpectedly. Your session is open again where you were, and everything up to your last change is here.</source>
        <translation>n3desk ble lukket uventet. Økten din er åpen igjen der du var, og alt fram til den siste endringen din er tatt vare på.</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>New session</source>
        <translation>Ny økt</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Åpne demoen</translation>
    </message>
    <message>
        <source>{title} (imported)</source>
        <translation>{title} (importert)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Ikke importert</translation>
    </message>
    <message>
        <source>“{name}” cannot be imported: {reason}. Nothing was changed.</source>
        <translation>«{name}» kan ikke importeres: {reason}. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>Import session file</source>
        <translation>Importer øktfil</translation>
    </message>
    <message>
        <source>Rename session</source>
        <translation>Gi økten nytt navn</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (kopi)</translation>
    </message>
    <message>
        <source>Duplicate session</source>
        <translation>Dupliser økt</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Slett økt</translation>
    </message>
    <message>
        <source>Delete “{title}”? You can undo this until n3desk is closed.</source>
        <translation>Slette «{title}»? Du kan angre dette til n3desk lukkes.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behold</translation>
    </message>
    <message>
        <source>The library could not do that</source>
        <translation>Biblioteket kunne ikke gjøre det</translation>
    </message>
</context>
<context>
    <name>LibraryOpening</name>
    <message>
        <source>The library is already open</source>
        <translation>Biblioteket er allerede åpent</translation>
    </message>
    <message>
        <source>Another n3desk is using this library (computer {host}, process {pid}). Close it there first, then start n3desk again.</source>
        <translation>En annen n3desk bruker dette biblioteket (datamaskin {host}, prosess {pid}). Lukk den der først, og start så n3desk på nytt.</translation>
    </message>
    <message>
        <source>The library is from a newer n3desk</source>
        <translation>Biblioteket kommer fra en nyere n3desk</translation>
    </message>
    <message>
        <source>{reason}

Install the newer n3desk to open it; nothing was changed.</source>
        <translation>{reason}

Installer den nyere n3desk for å åpne det; ingenting ble endret.</translation>
    </message>
    <message>
        <source>The library cannot be opened</source>
        <translation>Biblioteket kan ikke åpnes</translation>
    </message>
    <message>
        <source>The library is missing</source>
        <translation>Biblioteket mangler</translation>
    </message>
    <message>
        <source>The library file is missing or empty. Earlier library files are kept in {folder}; n3desk cannot open them, but someone may be able to rescue them.

Start with an empty library? Nothing is deleted.</source>
        <translation>Bibliotekfilen mangler eller er tom. Tidligere bibliotekfiler ligger fortsatt i {folder}; n3desk kan ikke åpne dem, men noen kan kanskje redde dem.

Vil du starte med et tomt bibliotek? Ingenting slettes.</translation>
    </message>
    <message>
        <source>Start with an empty library</source>
        <translation>Start med et tomt bibliotek</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <source>The library was damaged</source>
        <translation>Biblioteket var skadet</translation>
    </message>
    <message>
        <source>The library file failed its check. It was moved to {moved}; nothing was deleted. There is no backup to restore, so n3desk starts with an empty library.</source>
        <translation>Bibliotekfilen besto ikke kontrollen. Den ble flyttet til {moved}; ingenting ble slettet. Det finnes ingen sikkerhetskopi å gjenopprette, så n3desk starter med et tomt bibliotek.</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>Sikkerhetskopien kunne ikke gjenopprettes</translation>
    </message>
    <message>
        <source>The library file is missing or empty, but a backup holds your sessions.

Restore the backup ({backup})? If you start with an empty library instead, every backup is kept.</source>
        <translation>Bibliotekfilen mangler eller er tom, men en sikkerhetskopi inneholder øktene dine.

Vil du gjenopprette sikkerhetskopien ({backup})? Starter du heller med et tomt bibliotek, beholdes alle sikkerhetskopiene.</translation>
    </message>
    <message>
        <source>The library file failed its check. It was moved to {moved}; nothing was deleted.

Restore the newest good backup ({backup})?</source>
        <translation>Bibliotekfilen besto ikke kontrollen. Den ble flyttet til {moved}; ingenting ble slettet.

Gjenopprette den nyeste feilfrie sikkerhetskopien ({backup})?</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Gjenopprett sikkerhetskopien</translation>
    </message>
    <message>
        <source>The library has a fault</source>
        <translation>Biblioteket har en feil</translation>
    </message>
    <message>
        <source>n3desk's full check found a fault in the library file: {problem}

Your work is still being saved, but this library is no longer backed up, so that the good backups stay as they are. Export the sessions you are working on as files, then close n3desk and run 'n3desk check --restore' to put the newest good backup back.</source>
        <translation>n3desks fullstendige kontroll fant en feil i bibliotekfilen: {problem}

Arbeidet ditt lagres fortsatt, men biblioteket sikkerhetskopieres ikke lenger, slik at de feilfrie sikkerhetskopiene får være som de er. Eksporter øktene du jobber med som filer, lukk så n3desk og kjør 'n3desk check --restore' for å legge tilbake den nyeste feilfrie sikkerhetskopien.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The text is too long to save: {length} characters, and a text holds at most {longest}. Nothing was changed.</source>
        <translation>Teksten er for lang til å lagres: {length} tegn, og en tekst kan ha høyst {longest}. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>This change was not made: {reason}.</source>
        <translation>Endringen ble ikke gjort: {reason}.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Ikke endret</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ikke lagret ennå</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved yet: {reason}

n3desk keeps trying. Stay in this session until they are saved.</source>
        <translation>De siste endringene dine kunne ikke lagres ennå: {reason}

n3desk fortsetter å prøve. Bli i denne økten til de er lagret.</translation>
    </message>
    <message>
        <source>Quit without saving?</source>
        <translation>Avslutte uten å lagre?</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved: {reason}

If you quit now they are lost.</source>
        <translation>De siste endringene dine kunne ikke lagres: {reason}

Hvis du avslutter nå, går de tapt.</translation>
    </message>
    <message>
        <source>Quit and lose them</source>
        <translation>Avslutt og mist dem</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Bli</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Innstillinger…</translation>
    </message>
    <message>
        <source>&amp;Projector</source>
        <translation>&amp;Projektor</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <source>About n3desk</source>
        <translation>Om n3desk</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksporter</translation>
    </message>
    <message>
        <source>Import no&amp;tes…</source>
        <translation>Importer &amp;lapper…</translation>
    </message>
    <message>
        <source>&amp;Import session file…</source>
        <translation>&amp;Importer øktfil…</translation>
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
        <translation>Dokumentasjon som &amp;PDF…</translation>
    </message>
    <message>
        <source>Notes for Excel (&amp;CSV)…</source>
        <translation>Lapper til Excel (&amp;CSV)…</translation>
    </message>
    <message>
        <source>Portable session &amp;file…</source>
        <translation>Flyttbar økt&amp;fil…</translation>
    </message>
    <message>
        <source>Picture of this board or map (P&amp;NG)…</source>
        <translation>Bilde av tavlen eller kartet (P&amp;NG)…</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>Ø&amp;kt</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Ny økt…</translation>
    </message>
    <message>
        <source>← &amp;All sessions</source>
        <translation>← &amp;Alle økter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>Back to the list of sessions</source>
        <translation>Tilbake til listen over økter</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Verktøylinje</translation>
    </message>
</context>
<context>
    <name>MapEdits</name>
    <message>
        <source>Add stakeholder</source>
        <translation>Legg til aktør</translation>
    </message>
    <message>
        <source>Move stakeholder</source>
        <translation>Flytt aktør</translation>
    </message>
    <message>
        <source>Move stakeholders</source>
        <translation>Flytt aktører</translation>
    </message>
    <message>
        <source>Edit stakeholder</source>
        <translation>Endre aktør</translation>
    </message>
    <message>
        <source>Delete stakeholder</source>
        <translation>Slett aktør</translation>
    </message>
    <message>
        <source>Delete stakeholders</source>
        <translation>Slett aktører</translation>
    </message>
    <message>
        <source>Delete relation</source>
        <translation>Slett relasjon</translation>
    </message>
    <message>
        <source>Connect stakeholders</source>
        <translation>Koble sammen aktører</translation>
    </message>
    <message>
        <source>Edit relation</source>
        <translation>Endre relasjon</translation>
    </message>
    <message>
        <source>Edit the citizen</source>
        <translation>Endre innbyggeren</translation>
    </message>
    <message>
        <source>Add sector</source>
        <translation>Legg til sektor</translation>
    </message>
    <message>
        <source>Remove sector</source>
        <translation>Fjern sektor</translation>
    </message>
    <message>
        <source>Add ring</source>
        <translation>Legg til ring</translation>
    </message>
    <message>
        <source>Remove ring</source>
        <translation>Fjern ring</translation>
    </message>
    <message>
        <source>Rename sector</source>
        <translation>Gi sektoren nytt navn</translation>
    </message>
    <message>
        <source>Recolour sector</source>
        <translation>Gi sektoren ny farge</translation>
    </message>
    <message>
        <source>Rename ring</source>
        <translation>Gi ringen nytt navn</translation>
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
        <translation>Koble til</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
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
        <translation>Slett relasjonen</translation>
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
        <translation>Skriv et navn og trykk Enter</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Koble</translation>
    </message>
    <message>
        <source>Drag from one stakeholder to another to connect them</source>
        <translation>Dra fra én aktør til en annen for å koble dem sammen</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <source>Fade all but the selected stakeholder and its neighbours (F)</source>
        <translation>Ton ned alt unntatt den valgte aktøren og naboene (F)</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 steg</translation>
    </message>
    <message>
        <source>2 steps</source>
        <translation>2 steg</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Aktører</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relasjoner</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kart</translation>
    </message>
</context>
<context>
    <name>MapSetupPanel</name>
    <message>
        <source>The citizen at the centre</source>
        <translation>Innbyggeren i sentrum</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>Velg bilde…</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>Fjern bildet</translation>
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
        <translation>Legg til ring</translation>
    </message>
    <message>
        <source>Remove ring</source>
        <translation>Fjern ring</translation>
    </message>
    <message>
        <source>Add sector</source>
        <translation>Legg til sektor</translation>
    </message>
    <message>
        <source>Remove sector</source>
        <translation>Fjern sektor</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farge</translation>
    </message>
    <message>
        <source>Rings, closest first</source>
        <translation>Ringer, nærmeste først</translation>
    </message>
    <message>
        <source>Sectors, clockwise from the top</source>
        <translation>Sektorer, med klokken fra toppen</translation>
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
        <translation>Bilde av innbyggeren</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
</context>
<context>
    <name>MethodLibraryPanel</name>
    <message>
        <source>Search methods…</source>
        <translation>Søk etter metoder…</translation>
    </message>
    <message>
        <source>Attach to the selected stage</source>
        <translation>Knytt til valgt trinn</translation>
    </message>
    <message>
        <source>The card's steps become the stage's instructions for the room</source>
        <translation>Stegene på kortet blir trinnets instruksjoner til rommet</translation>
    </message>
    <message numerus="yes">
        <source>%n own method card(s) could not be used:</source>
        <translation>
            <numerusform>%n eget metodekort kunne ikke brukes:</numerusform>
            <numerusform>%n egne metodekort kunne ikke brukes:</numerusform>
        </translation>
    </message>
    <message>
        <source> (own)</source>
        <translation> (eget)</translation>
    </message>
    <message>
        <source>No method matches the search.</source>
        <translation>Ingen metode passer til søket.</translation>
    </message>
    <message>
        <source>Place in the process: {text}</source>
        <translation>Plass i prosessen: {text}</translation>
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
        <translation>Materiell: {text}</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steg</translation>
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
        <translation>Ny økt</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tittel</translation>
    </message>
    <message>
        <source>e.g. Meals for older people at home</source>
        <translation>f.eks. Måltider for eldre som bor hjemme</translation>
    </message>
    <message>
        <source>T&amp;emplate</source>
        <translation>&amp;Mal</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;pråk</translation>
    </message>
    <message>
        <source>The language of the agenda, boards, frames and map the template fills in, and of the session's PDF and CSV</source>
        <translation>Språket i agendaen, tavlene, rammene og kartet som malen fyller inn, og i øktens PDF og CSV</translation>
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
        <translation>Lapper beslutningen valgte</translation>
    </message>
    <message>
        <source>Find a note</source>
        <translation>Søk blant lappene</translation>
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
        <translation>Økt</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>N3 project card</source>
        <translation>N3-prosjektkort</translation>
    </message>
    <message>
        <source>Rate each foundation from 1 (weak) to 5 (strong). The weakest become “what to work on next” in the record.</source>
        <translation>Vurder hvert fundament fra 1 (svakt) til 5 (sterkt). De svakeste blir «dette jobber vi videre med» i referatet.</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Beslutningslogg</translation>
    </message>
</context>
<context>
    <name>PaletteChip</name>
    <message>
        <source>+ Drag</source>
        <translation>+ Dra</translation>
    </message>
    <message>
        <source>Drag onto the map to place the typed name there</source>
        <translation>Dra til kartet for å plassere navnet du har skrevet der</translation>
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
        <translation>Grønn</translation>
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
        <translation>Oransje</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Blågrønn</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>Brun</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
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
        <translation>Farge</translation>
    </message>
    <message>
        <source>Rename participant</source>
        <translation>Gi deltakeren nytt navn</translation>
    </message>
    <message>
        <source>Change initials</source>
        <translation>Endre initialer</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Endre farge</translation>
    </message>
</context>
<context>
    <name>ParticipantPanel</name>
    <message>
        <source>Name of a participant, then Enter</source>
        <translation>Navnet på en deltaker, trykk så Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Legg til deltaker</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Fjern deltaker</translation>
    </message>
    <message>
        <source>Reorder participants</source>
        <translation>Endre rekkefølgen på deltakerne</translation>
    </message>
</context>
<context>
    <name>PersonaPicture</name>
    <message>
        <source>Choose a picture file (PNG, JPEG, GIF, BMP or WebP).</source>
        <translation>Velg en bildefil (PNG, JPEG, GIF, BMP eller WebP).</translation>
    </message>
    <message>
        <source>The picture could not be read.</source>
        <translation>Bildet kunne ikke leses.</translation>
    </message>
    <message>
        <source>The picture is larger than 20 MB.</source>
        <translation>Bildet er større enn 20 MB.</translation>
    </message>
    <message>
        <source>The file is not a picture n3desk can show.</source>
        <translation>Filen er ikke et bilde som n3desk kan vise.</translation>
    </message>
    <message>
        <source>The picture could not be copied into the library.</source>
        <translation>Bildet kunne ikke kopieres inn i biblioteket.</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Present on this screen</source>
        <translation>Presenter på denne skjermen</translation>
    </message>
    <message>
        <source>Projector on/off</source>
        <translation>Projektor på/av</translation>
    </message>
    <message>
        <source>Blackout</source>
        <translation>Svart skjerm</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Frys bildet</translation>
    </message>
    <message>
        <source>Follow my view</source>
        <translation>Følg visningen min</translation>
    </message>
    <message>
        <source>Show selection to the room</source>
        <translation>Vis markeringen for rommet</translation>
    </message>
    <message>
        <source>Show the stage</source>
        <translation>Vis trinnet</translation>
    </message>
    <message>
        <source>Next part</source>
        <translation>Neste del</translation>
    </message>
    <message>
        <source>Previous part</source>
        <translation>Forrige del</translation>
    </message>
    <message>
        <source>Presenting on this screen. Esc leaves.</source>
        <translation>Presenterer på denne skjermen. Esc avslutter.</translation>
    </message>
    <message>
        <source>On the screen {name}</source>
        <translation>På skjermen {name}</translation>
    </message>
    <message>
        <source>The room sees part {n} of {count} of the board (PgDown, PgUp).</source>
        <translation>Rommet ser del {n} av {count} av tavlen (PgDown, PgUp).</translation>
    </message>
    <message>
        <source>No second screen found. Connect the projector, or press F5.</source>
        <translation>Fant ingen skjerm nummer to. Koble til projektoren, eller trykk F5.</translation>
    </message>
    <message>
        <source>The projector is off.</source>
        <translation>Projektoren er av.</translation>
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
        <translation>Svart skjerm: rommet ser en svart skjerm. Ctrl+Shift+B tenner den igjen.</translation>
    </message>
    <message>
        <source>Frozen: the room still sees the picture from when you froze it. Ctrl+Shift+F lets it move again.</source>
        <translation>Frosset: rommet ser fortsatt bildet fra da du frøs det. Ctrl+Shift+F slipper det løs igjen.</translation>
    </message>
</context>
<context>
    <name>PresentingBar</name>
    <message>
        <source>Blackout</source>
        <translation>Svart bilde</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Frys bildet</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>Avslutt (Esc)</translation>
    </message>
    <message>
        <source>Presenting</source>
        <translation>Presenterer</translation>
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
        <translation>Konsept</translation>
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
        <translation>Ikke endret</translation>
    </message>
    <message>
        <source>A programme needs a title.</source>
        <translation>Et program trenger en tittel.</translation>
    </message>
    <message>
        <source>Edit programme</source>
        <translation>Endre programmet</translation>
    </message>
    <message>
        <source>No session to add</source>
        <translation>Ingen verksted å legge til</translation>
    </message>
    <message>
        <source>Every session already belongs to a programme. Make a new session first.</source>
        <translation>Alle verkstedene hører allerede til et program. Lag et nytt verksted først.</translation>
    </message>
    <message>
        <source>Add a session</source>
        <translation>Legg til et verksted</translation>
    </message>
    <message>
        <source>Session to add to the programme:</source>
        <translation>Verksted som skal legges til i programmet:</translation>
    </message>
    <message>
        <source>Add session to programme</source>
        <translation>Legg til verksted i programmet</translation>
    </message>
    <message>
        <source>Remove session from programme</source>
        <translation>Ta verkstedet ut av programmet</translation>
    </message>
    <message>
        <source>Follow ideas</source>
        <translation>Følg idéer</translation>
    </message>
    <message>
        <source>Notes to follow as ideas through the programme:</source>
        <translation>Lapper som skal følges som idéer gjennom programmet:</translation>
    </message>
    <message>
        <source>Nowhere to carry</source>
        <translation>Ikke noe senere verksted</translation>
    </message>
    <message>
        <source>Ideas are carried forward to a later session of the programme.</source>
        <translation>Idéer føres videre til et senere verksted i programmet.</translation>
    </message>
    <message>
        <source>Carry ideas forward</source>
        <translation>Før idéer videre</translation>
    </message>
    <message>
        <source>Notes to carry forward:</source>
        <translation>Lapper som skal føres videre:</translation>
    </message>
    <message>
        <source>To the session:</source>
        <translation>Til verkstedet:</translation>
    </message>
    <message>
        <source>Onto the board:</source>
        <translation>På tavla:</translation>
    </message>
    <message>
        <source>Move the idea</source>
        <translation>Flytt idéen</translation>
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
        <translation>Beslutningen som flyttet den:</translation>
    </message>
    <message>
        <source>Why (optional):</source>
        <translation>Hvorfor (valgfritt):</translation>
    </message>
    <message>
        <source>Move idea to {state}</source>
        <translation>Flytt idé til {state}</translation>
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
        <translation>Verksteder</translation>
    </message>
    <message>
        <source>The programme's workshops in order. Click one to choose it.</source>
        <translation>Programmets verksteder i rekkefølge. Klikk på ett for å velge det.</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idéer</translation>
    </message>
    <message>
        <source>Ideas followed from session to session, and where each one is on its way from idea to operation.</source>
        <translation>Idéer som følges fra verksted til verksted, og hvor hver av dem er på veien fra idé til drift.</translation>
    </message>
    <message>
        <source>Decisions in every session</source>
        <translation>Beslutninger i alle verkstedene</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
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
        <translation>Legg til verksted…</translation>
    </message>
    <message>
        <source>Remove from programme</source>
        <translation>Ta ut av programmet</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Åpne verksted</translation>
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
        <translation>Nå</translation>
    </message>
    <message>
        <source>Its way</source>
        <translation>Veien den har gått</translation>
    </message>
    <message>
        <source>Latest decision</source>
        <translation>Siste beslutning</translation>
    </message>
    <message>
        <source>Move idea to…</source>
        <translation>Flytt idé til…</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Verksted</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>{notes} notes · {ideas} ideas · {decisions} decisions</source>
        <translation>{notes} lapper · {ideas} idéer · {decisions} beslutninger</translation>
    </message>
    <message>
        <source>No sessions yet: add one below.</source>
        <translation>Ingen verksteder ennå: legg til et nedenfor.</translation>
    </message>
    <message>
        <source>{ideas} ideas followed, {in_use} put to use.</source>
        <translation>{ideas} idéer følges, {in_use} nyttiggjort.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Ikke endret</translation>
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
        <translation>Nytt program…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Record as PDF…</source>
        <translation>Dokumentasjon som PDF…</translation>
    </message>
    <message>
        <source>A programme is a series of workshops with one goal — a year of Roskilde's model, say. Make one, add its sessions, and follow the ideas from question to operation.</source>
        <translation>Et program er en serie verksteder med ett felles mål – for eksempel et år med Roskilde-modellen. Lag et, legg til verkstedene og følg idéene fra spørsmål til drift.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Ikke endret</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>Kan ikke vises</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n verksted</numerusform>
            <numerusform>%n verksteder</numerusform>
        </translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Nytt program</translation>
    </message>
    <message>
        <source>Title of the programme:</source>
        <translation>Programmets tittel:</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>Delete programme</source>
        <translation>Slett programmet</translation>
    </message>
    <message>
        <source>Programme record as PDF</source>
        <translation>Programdokumentasjon som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>The PDF could not be written: {reason}</source>
        <translation>PDF-filen kunne ikke lagres: {reason}</translation>
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
        <translation>Merk lapper som skal vurderes, først.</translation>
    </message>
    <message>
        <source>This session has no rating criteria.</source>
        <translation>Økten har ingen vurderingskriterier.</translation>
    </message>
    <message>
        <source>Rate “%1” (%2–%3): press a digit; Backspace clears; Esc stops.</source>
        <translation>Vurder «%1» (%2–%3): trykk et siffer; Tilbake tømmer; Esc avslutter.</translation>
    </message>
    <message>
        <source>Rate notes</source>
        <translation>Vurder lapper</translation>
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
        <translation>Sorter tavlen, beste først</translation>
    </message>
    <message>
        <source>Dim notes below</source>
        <translation>Demp lapper under</translation>
    </message>
    <message>
        <source>Sort and filter by</source>
        <translation>Sorter og filtrer etter</translation>
    </message>
    <message>
        <source>Sum of all criteria</source>
        <translation>Summen av alle kriterier</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Prikker</translation>
    </message>
    <message>
        <source>This session has no criteria yet: add them with Edit criteria.</source>
        <translation>Økten har ingen kriterier ennå: legg dem til med Rediger kriterier.</translation>
    </message>
    <message>
        <source>Select notes to rate them (or press R and digits).</source>
        <translation>Merk lapper for å vurdere dem (eller trykk R og sifre).</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) selected</source>
        <translation>
            <numerusform>%n lapp markert</numerusform>
            <numerusform>%n lapper markert</numerusform>
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
        <translation>Fra telefonene:</translation>
    </message>
    <message>
        <source>Sort notes</source>
        <translation>Sorter lapper</translation>
    </message>
</context>
<context>
    <name>RelationKinds</name>
    <message>
        <source>Collaboration</source>
        <translation>Samarbeid</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informasjon</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Penger</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Tillit</translation>
    </message>
</context>
<context>
    <name>RelationPanel</name>
    <message>
        <source>Show relations</source>
        <translation>Vis relasjoner</translation>
    </message>
    <message>
        <source>The type new relations get; type a name for your own</source>
        <translation>Typen nye relasjoner får; skriv et navn for å lage en egen type</translation>
    </message>
    <message>
        <source>Selected relation</source>
        <translation>Valgt relasjon</translation>
    </message>
    <message>
        <source>Has a direction (arrow)</source>
        <translation>Har en retning (pil)</translation>
    </message>
    <message>
        <source>Delete relation</source>
        <translation>Slett relasjonen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <source>Drag from one stakeholder to another with Shift held, or switch on Connect.</source>
        <translation>Dra fra én aktør til en annen mens du holder Shift nede, eller slå på Koble.</translation>
    </message>
    <message>
        <source>New relations</source>
        <translation>Nye relasjoner</translation>
    </message>
</context>
<context>
    <name>RoomEdits</name>
    <message>
        <source>{name} joined the room</source>
        <translation>{name} ble med i rommet</translation>
    </message>
    <message>
        <source>Note from {name}</source>
        <translation>Lapp fra {name}</translation>
    </message>
    <message>
        <source>{name} changed a note</source>
        <translation>{name} endret en lapp</translation>
    </message>
    <message>
        <source>{name} withdrew a note</source>
        <translation>{name} trakk tilbake en lapp</translation>
    </message>
    <message>
        <source>Dot from {name}</source>
        <translation>Prikk fra {name}</translation>
    </message>
    <message>
        <source>Rating from {name}</source>
        <translation>Vurdering fra {name}</translation>
    </message>
    <message>
        <source>Change from {name}</source>
        <translation>Endring fra {name}</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>The room</source>
        <translation>Rommet</translation>
    </message>
    <message>
        <source>Participants join from their phones over this network: no app, no account, no internet. Their notes stay private until you reveal them.</source>
        <translation>Deltakerne blir med fra telefonene sine via dette nettverket: ingen app, ingen konto, ikke noe internett. Lappene deres er private til du viser dem.</translation>
    </message>
    <message>
        <source>{address} (this computer only)</source>
        <translation>{address} (bare denne datamaskinen)</translation>
    </message>
    <message>
        <source>Open the room</source>
        <translation>Åpne rommet</translation>
    </message>
    <message>
        <source>Show the join screen on the projector</source>
        <translation>Vis tilkoblingsbildet på projektoren</translation>
    </message>
    <message>
        <source>Writing open</source>
        <translation>Skrivingen er åpen</translation>
    </message>
    <message>
        <source>Voting open</source>
        <translation>Avstemningen er åpen</translation>
    </message>
    <message>
        <source>Private writing (hidden until you reveal)</source>
        <translation>Privat skriving (skjult til du viser)</translation>
    </message>
    <message>
        <source>Open the selected notes for rating</source>
        <translation>Åpne de merkede lappene for vurdering</translation>
    </message>
    <message>
        <source>Close rating</source>
        <translation>Steng vurderingen</translation>
    </message>
    <message>
        <source>Phones in the room</source>
        <translation>Telefoner i rommet</translation>
    </message>
    <message>
        <source>Each name belongs to the phone that joined under it: nobody else can join under it. Remove the phone to free its name (a lost phone, a mix-up).</source>
        <translation>Hvert navn hører til telefonen som ble med under det: ingen andre kan bli med under samme navn. Fjern telefonen for å frigjøre navnet (en mistet telefon, en forveksling).</translation>
    </message>
    <message>
        <source>Remove phone</source>
        <translation>Fjern telefonen</translation>
    </message>
    <message>
        <source>Close the room</source>
        <translation>Steng rommet</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Notes go to</source>
        <translation>Lappene havner på</translation>
    </message>
    <message>
        <source>The room could not open on {address}: {reason}</source>
        <translation>Rommet kunne ikke åpnes på {address}: {reason}</translation>
    </message>
    <message>
        <source>The stage's board</source>
        <translation>Tavla til trinnet</translation>
    </message>
    <message>
        <source>The room is closed.</source>
        <translation>Rommet er stengt.</translation>
    </message>
    <message>
        <source>Open at {url} — room code {code}</source>
        <translation>Åpent på {url} – romkode {code}</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) joined</source>
        <translation>
            <numerusform>%n telefon tilkoblet</numerusform>
            <numerusform>%n telefoner tilkoblet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) in</source>
        <translation>
            <numerusform>%n lapp kommet inn</numerusform>
            <numerusform>%n lapper kommet inn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) open for rating</source>
        <translation>
            <numerusform>%n lapp åpen for vurdering</numerusform>
            <numerusform>%n lapper åpne for vurdering</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomPresence</name>
    <message>
        <source>Open the room…</source>
        <translation>Åpne rommet…</translation>
    </message>
    <message>
        <source>The room…</source>
        <translation>Rommet…</translation>
    </message>
</context>
<context>
    <name>SaveWarningBar</name>
    <message>
        <source>Try again now</source>
        <translation>Prøv igjen nå</translation>
    </message>
    <message>
        <source>Your latest changes are NOT saved yet. n3desk keeps them and tries again every few seconds. Reason: {reason}</source>
        <translation>De siste endringene dine er IKKE lagret ennå. n3desk tar vare på dem og prøver igjen med noen sekunders mellomrom. Årsak: {reason}</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Find notes…</source>
        <translation>Søk i lapper…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Søk:</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n treff</numerusform>
            <numerusform>%n treff</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
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
        <translation>Bare du ser disse notatene.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Innovation question</source>
        <translation>Innovasjonsspørsmål</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Prosessleder</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Prosesslederens notater</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Endre tittel</translation>
    </message>
    <message>
        <source>Edit innovation question</source>
        <translation>Endre innovasjonsspørsmål</translation>
    </message>
    <message>
        <source>Edit place</source>
        <translation>Endre sted</translation>
    </message>
    <message>
        <source>Edit facilitator</source>
        <translation>Endre prosessleder</translation>
    </message>
    <message>
        <source>Edit facilitator notes</source>
        <translation>Endre prosesslederens notater</translation>
    </message>
    <message>
        <source>Change date</source>
        <translation>Endre dato</translation>
    </message>
    <message>
        <source>Change start time</source>
        <translation>Endre starttid</translation>
    </message>
</context>
<context>
    <name>SessionDocument</name>
    <message>
        <source>The change could not be saved ({error}).</source>
        <translation>Endringen kunne ikke lagres ({error}).</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
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
        <translation>Lapper</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(uten tittel)</translation>
    </message>
</context>
<context>
    <name>SessionWindow</name>
    <message>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Tavler</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Aktørkart</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>{title} — n3desk</source>
        <translation>{title} — n3desk</translation>
    </message>
    <message>
        <source>{title} — NOT SAVED — n3desk</source>
        <translation>{title} — IKKE LAGRET — n3desk</translation>
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
        <translation>Høy kontrast</translation>
    </message>
    <message>
        <source>Like the window</source>
        <translation>Som vinduet</translation>
    </message>
    <message>
        <source>Any screen that is not this one</source>
        <translation>En hvilken som helst annen skjerm enn denne</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Vindu</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
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
        <translation>S&amp;pill sluttsignalet når tiden for et trinn er ute</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projektor</translation>
    </message>
    <message>
        <source>S&amp;creen</source>
        <translation>S&amp;kjerm</translation>
    </message>
    <message>
        <source>Loo&amp;k</source>
        <translation>Ut&amp;seende</translation>
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
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Hva den gjør</translation>
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
        <translation>Nedtelling</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tavle</translation>
    </message>
    <message>
        <source>Rating the selected notes (after R)</source>
        <translation>Vurdere de markerte lappene (etter R)</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Aktørkart</translation>
    </message>
    <message>
        <source>List of sessions</source>
        <translation>Listen over økter</translation>
    </message>
    <message>
        <source>Shift+drag</source>
        <translation>Shift+dra</translation>
    </message>
    <message>
        <source>Space+drag</source>
        <translation>Mellomrom+dra</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Ny økt</translation>
    </message>
    <message>
        <source>Back to all sessions</source>
        <translation>Tilbake til alle økter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation>Denne listen over hurtigtaster</translation>
    </message>
    <message>
        <source>Overview tab</source>
        <translation>Fanen Oversikt</translation>
    </message>
    <message>
        <source>Boards tab</source>
        <translation>Fanen Tavler</translation>
    </message>
    <message>
        <source>Stakeholder map tab</source>
        <translation>Fanen Aktørkart</translation>
    </message>
    <message>
        <source>Agenda tab</source>
        <translation>Fanen Agenda</translation>
    </message>
    <message>
        <source>Present full-screen on this screen (Esc leaves)</source>
        <translation>Presenter i fullskjerm på denne skjermen (Esc avslutter)</translation>
    </message>
    <message>
        <source>Leave the full screen</source>
        <translation>Gå ut av fullskjerm</translation>
    </message>
    <message>
        <source>Projector on the second screen on or off</source>
        <translation>Projektoren på den andre skjermen på eller av</translation>
    </message>
    <message>
        <source>Black out the projector, or light it again</source>
        <translation>Svart skjerm på projektoren, eller tenn den igjen</translation>
    </message>
    <message>
        <source>Freeze the projector's picture, or let it move again</source>
        <translation>Frys projektorens bilde, eller la det bevege seg igjen</translation>
    </message>
    <message>
        <source>The projector follows what you look at</source>
        <translation>Projektoren følger det du ser på</translation>
    </message>
    <message>
        <source>Show the selection to the room</source>
        <translation>Vis markeringen for rommet</translation>
    </message>
    <message>
        <source>Show the current stage to the room</source>
        <translation>Vis trinnet som pågår for rommet</translation>
    </message>
    <message>
        <source>A board too big for the wall: show its next part</source>
        <translation>En tavle som er for stor for veggen: vis neste del</translation>
    </message>
    <message>
        <source>A board too big for the wall: show its previous part</source>
        <translation>En tavle som er for stor for veggen: vis forrige del</translation>
    </message>
    <message>
        <source>Start, pause or resume</source>
        <translation>Start, pause eller fortsett</translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation>Neste trinn</translation>
    </message>
    <message>
        <source>Back to the stage that ended last</source>
        <translation>Tilbake til trinnet som ble avsluttet sist</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Ny lapp</translation>
    </message>
    <message>
        <source>Edit the selected note</source>
        <translation>Rediger den markerte lappen</translation>
    </message>
    <message>
        <source>A new note next to the selected one</source>
        <translation>En ny lapp ved siden av den markerte</translation>
    </message>
    <message>
        <source>Delete the selected notes</source>
        <translation>Slett de markerte lappene</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farge</translation>
    </message>
    <message>
        <source>Hide or reveal</source>
        <translation>Skjul eller vis</translation>
    </message>
    <message>
        <source>Private writing on or off</source>
        <translation>Skriv hver for seg på eller av</translation>
    </message>
    <message>
        <source>Arrange in a grid</source>
        <translation>Ordne i rutenett</translation>
    </message>
    <message>
        <source>Bring to the front</source>
        <translation>Flytt helt fram</translation>
    </message>
    <message>
        <source>Rate the selected notes</source>
        <translation>Vurder de markerte lappene</translation>
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
        <translation>Zoom inn eller ut</translation>
    </message>
    <message>
        <source>Move around the board</source>
        <translation>Flytt deg rundt på tavlen</translation>
    </message>
    <message>
        <source>Move the selected notes (with Shift: further)</source>
        <translation>Flytt de markerte lappene (med Shift: lenger)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliser</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Merk alle</translation>
    </message>
    <message>
        <source>Frame around the selection</source>
        <translation>Ramme rundt markeringen</translation>
    </message>
    <message>
        <source>Copy, cut, paste</source>
        <translation>Kopier, klipp ut, lim inn</translation>
    </message>
    <message>
        <source>Find notes</source>
        <translation>Søk i lapper</translation>
    </message>
    <message>
        <source>Stop editing or clear the selection</source>
        <translation>Avslutt redigeringen eller fjern markeringen</translation>
    </message>
    <message>
        <source>Finish writing the note</source>
        <translation>Skriv ferdig lappen</translation>
    </message>
    <message>
        <source>Give the value for the criterion shown</source>
        <translation>Gi verdien for kriteriet som vises</translation>
    </message>
    <message>
        <source>Clear the criterion shown</source>
        <translation>Tøm kriteriet som vises</translation>
    </message>
    <message>
        <source>Stop rating</source>
        <translation>Slutt å vurdere</translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation>Slett markeringen</translation>
    </message>
    <message>
        <source>Focus on the selected stakeholder</source>
        <translation>Fokuser på den markerte aktøren</translation>
    </message>
    <message>
        <source>End the focus</source>
        <translation>Avslutt fokus</translation>
    </message>
    <message>
        <source>Draw a relation</source>
        <translation>Tegn en relasjon</translation>
    </message>
    <message>
        <source>Rename the session</source>
        <translation>Gi økten nytt navn</translation>
    </message>
    <message>
        <source>Delete the session</source>
        <translation>Slett økten</translation>
    </message>
    <message>
        <source>Duplicate the session</source>
        <translation>Dupliser økten</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søk</translation>
    </message>
</context>
<context>
    <name>StageCard</name>
    <message>
        <source>Agenda finished</source>
        <translation>Agendaen er ferdig</translation>
    </message>
    <message>
        <source>Stage {n} of {count}</source>
        <translation>Trinn {n} av {count}</translation>
    </message>
    <message>
        <source>Summary round</source>
        <translation>Oppsummering</translation>
    </message>
    <message>
        <source>Station {n} of {count}</source>
        <translation>Stasjon {n} av {count}</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Ikke startet</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Tiden er ute</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>Neste: {title}</translation>
    </message>
</context>
<context>
    <name>StageEditor</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Time-box</source>
        <translation>Tidsboks</translation>
    </message>
    <message>
        <source>Station rotation</source>
        <translation>Stasjonsrotasjon</translation>
    </message>
    <message numerus="yes">
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n stasjon</numerusform>
            <numerusform>%n stasjoner</numerusform>
        </translation>
    </message>
    <message>
        <source> min each</source>
        <translation> min hver</translation>
    </message>
    <message>
        <source> min summary</source>
        <translation> min oppsummering</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>What the room should do, shown to everyone</source>
        <translation>Hva rommet skal gjøre – vises for alle</translation>
    </message>
    <message>
        <source>amber </source>
        <translation>gult </translation>
    </message>
    <message>
        <source>red </source>
        <translation>rødt </translation>
    </message>
    <message>
        <source>Seconds left when the timer turns amber</source>
        <translation>Sekunder igjen når nedtellingen blir gul</translation>
    </message>
    <message>
        <source>Seconds left when the timer turns red</source>
        <translation>Sekunder igjen når nedtellingen blir rød</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
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
        <translation>Rotasjon</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Board to show</source>
        <translation>Tavle som skal vises</translation>
    </message>
    <message>
        <source>Colour at</source>
        <translation>Farge ved</translation>
    </message>
    <message>
        <source>Select a stage, or add one.</source>
        <translation>Velg et trinn, eller legg til et.</translation>
    </message>
    <message>
        <source>Instructions for the room</source>
        <translation>Instruksjoner til rommet</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Gi trinnet nytt navn</translation>
    </message>
    <message>
        <source>Edit instructions</source>
        <translation>Endre instruksjonene</translation>
    </message>
    <message>
        <source>Change planned time</source>
        <translation>Endre planlagt tid</translation>
    </message>
    <message>
        <source>Change stations</source>
        <translation>Endre antall stasjoner</translation>
    </message>
    <message>
        <source>Change station time</source>
        <translation>Endre tid per stasjon</translation>
    </message>
    <message>
        <source>Change summary time</source>
        <translation>Endre tid til oppsummering</translation>
    </message>
    <message>
        <source>Change warning time</source>
        <translation>Endre varseltid</translation>
    </message>
    <message>
        <source>Change danger time</source>
        <translation>Endre alarmtid</translation>
    </message>
    <message>
        <source>Change board</source>
        <translation>Bytt tavle</translation>
    </message>
    <message>
        <source>Change stage kind</source>
        <translation>Bytt type trinn</translation>
    </message>
    <message>
        <source>Change method</source>
        <translation>Bytt metode</translation>
    </message>
    <message>
        <source>(no method card)</source>
        <translation>(ingen metodekort)</translation>
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
        <translation>Velg en aktør på kartet eller i tabellen.</translation>
    </message>
    <message>
        <source>What can they contribute?</source>
        <translation>Hva kan de bidra med?</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Fokuser</translation>
    </message>
    <message>
        <source>Fade all but this stakeholder and its neighbours (F)</source>
        <translation>Ton ned alt unntatt denne aktøren og naboene (F)</translation>
    </message>
    <message>
        <source>Connect to…</source>
        <translation>Koble til…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
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
        <translation>Innflytelse (1–5)</translation>
    </message>
    <message>
        <source>Interest (1–5)</source>
        <translation>Interesse (1–5)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
</context>
<context>
    <name>StakeholderMapScene</name>
    <message>
        <source>The citizen</source>
        <translation>Innbyggeren</translation>
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
        <translation>Innflytelse</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Import a session file</source>
        <translation>Importer en øktfil</translation>
    </message>
    <message>
        <source>n3desk session files (*.n3desk)</source>
        <translation>n3desk-øktfiler (*.n3desk)</translation>
    </message>
    <message>
        <source>Rename session</source>
        <translation>Gi økten nytt navn</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>Ny tittel:</translation>
    </message>
    <message>
        <source>Import a session file…</source>
        <translation>Importer en øktfil…</translation>
    </message>
    <message>
        <source>Import a session file (.n3desk) from another laptop</source>
        <translation>Importer en øktfil (.n3desk) fra en annen datamaskin</translation>
    </message>
    <message>
        <source>Your sessions</source>
        <translation>Dine økter</translation>
    </message>
    <message>
        <source>Search title, place or date…</source>
        <translation>Søk etter tittel, sted eller dato…</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Ny økt…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Gi nytt navn…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliser</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Slett…</translation>
    </message>
    <message>
        <source>No sessions yet — create one, or open the demo to look around.</source>
        <translation>Ingen økter ennå – lag en, eller åpne demoen og se deg rundt.</translation>
    </message>
    <message>
        <source>Create a session…</source>
        <translation>Lag en økt…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Åpne demoen</translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message>
        <source>Too late to cancel: the team library is saving it…</source>
        <translation>For sent å avbryte: teambiblioteket lagrer den nå…</translation>
    </message>
    <message>
        <source>Not published: cancelled. The team library is as it was.</source>
        <translation>Ikke publisert: avbrutt. Teambiblioteket er som før.</translation>
    </message>
    <message>
        <source>Not fetched: cancelled. Your library is unchanged.</source>
        <translation>Ikke hentet: avbrutt. Biblioteket ditt er uendret.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutt.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Ikke tilkoblet</translation>
    </message>
    <message>
        <source>Password not kept</source>
        <translation>Passordet ble ikke lagret</translation>
    </message>
    <message>
        <source>Forget the password</source>
        <translation>Glem passordet</translation>
    </message>
    <message>
        <source>Remove the password for {user} on {where} from this computer's keyring? You will type it again the next time you connect.</source>
        <translation>Fjerne passordet for {user} på {where} fra datamaskinens nøkkelring? Du skriver det inn igjen neste gang du kobler til.</translation>
    </message>
    <message>
        <source>Forget it</source>
        <translation>Glem det</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behold det</translation>
    </message>
    <message>
        <source>Password not forgotten</source>
        <translation>Passordet ble ikke glemt</translation>
    </message>
    <message>
        <source>The keyring would not let the password go. Try again, or remove it with the computer's own keyring tool.</source>
        <translation>Nøkkelringen ville ikke slippe passordet. Prøv igjen, eller fjern det med datamaskinens eget verktøy for nøkkelringen.</translation>
    </message>
    <message>
        <source>The password for {user} is forgotten on this computer.</source>
        <translation>Passordet for {user} er glemt på denne datamaskinen.</translation>
    </message>
    <message>
        <source>Connecting to the team library…</source>
        <translation>Kobler til teambiblioteket…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n item(s) in the team library.</source>
        <translation>
            <numerusform>Tilkoblet: %n element i teambiblioteket.</numerusform>
            <numerusform>Tilkoblet: %n elementer i teambiblioteket.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Kunne ikke leses</translation>
    </message>
    <message>
        <source>Programme: {title}</source>
        <translation>Program: {title}</translation>
    </message>
    <message>
        <source>Session: {title}</source>
        <translation>Verksted: {title}</translation>
    </message>
    <message>
        <source>Template: {title}</source>
        <translation>Mal: {title}</translation>
    </message>
    <message>
        <source>Method card: {title}</source>
        <translation>Metodekort: {title}</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publiser</translation>
    </message>
    <message>
        <source>What to publish:</source>
        <translation>Hva vil du publisere?</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Ikke publisert</translation>
    </message>
    <message>
        <source>Publishing “{title}”…</source>
        <translation>Publiserer «{title}»…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Not published.</source>
        <translation>Ikke publisert.</translation>
    </message>
    <message>
        <source>Published, but not noted here</source>
        <translation>Publisert, men ikke notert på denne maskinen</translation>
    </message>
    <message>
        <source>Published “{title}” as revision {revision}.</source>
        <translation>«{title}» publisert som versjon {revision}.</translation>
    </message>
    <message>
        <source>Fetch first</source>
        <translation>Hent først</translation>
    </message>
    <message>
        <source>Publish as a copy</source>
        <translation>Publiser som kopi</translation>
    </message>
    <message>
        <source>Someone published a newer version</source>
        <translation>Noen har publisert en nyere versjon</translation>
    </message>
    <message>
        <source>{author} published revision {revision} of “{title}” at {when}, after the version you started from. Nothing was published and nothing was lost.

Fetch first: your unpublished changes are kept beside it as a local copy.
Publish as a copy: your version goes to the team as a new item.</source>
        <translation>{author} publiserte versjon {revision} av «{title}» {when}, etter versjonen du tok utgangspunkt i. Ingenting ble publisert og ingenting gikk tapt.

Hent først: de upubliserte endringene dine tas vare på ved siden av som en lokal kopi.
Publiser som kopi: versjonen din legges i teambiblioteket som et nytt element.</translation>
    </message>
    <message>
        <source>Fetching “{title}”…</source>
        <translation>Henter «{title}»…</translation>
    </message>
    <message>
        <source>Not fetched</source>
        <translation>Ikke hentet</translation>
    </message>
    <message>
        <source>“{title}” is open. Close it, then fetch again: a fetch never replaces a session while you work on it.</source>
        <translation>«{title}» er åpent. Lukk det og hent på nytt: en henting erstatter aldri et verksted mens du arbeider i det.</translation>
    </message>
    <message>
        <source>Fetched revision {revision} of “{title}” by {author}.</source>
        <translation>Hentet versjon {revision} av «{title}» fra {author}.</translation>
    </message>
    <message>
        <source>Your unpublished changes are kept as a local copy.</source>
        <translation>De upubliserte endringene dine er tatt vare på som en lokal kopi.</translation>
    </message>
    <message>
        <source>Revision {revision} by {author}, {when}</source>
        <translation>Versjon {revision} av {author}, {when}</translation>
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
        <translation>Del verksteder og programmer med teamet ditt på serveren IT-avdelingen har satt opp. Ditt eget bibliotek er fortsatt arbeidskopien: ingenting her trengs for å holde et verksted.</translation>
    </message>
    <message>
        <source>Your name, as the team sees it</source>
        <translation>Navnet ditt, slik teamet ser det</translation>
    </message>
    <message>
        <source>Kept in this computer's keyring</source>
        <translation>Lagres i datamaskinens nøkkelring</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Navnet ditt</translation>
    </message>
    <message>
        <source>Forget password</source>
        <translation>Glem passordet</translation>
    </message>
    <message>
        <source>Remove the saved password from this computer's keyring</source>
        <translation>Fjern det lagrede passordet fra datamaskinens nøkkelring</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Koble til</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Publiser…</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Hent</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Oppdater</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>Publisert av</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Who published what</source>
        <translation>Hvem publiserte hva</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Fetching replaces your copy with the team's newest version and cannot be undone. Changes you have not published are kept beside it as a local copy.</source>
        <translation>Henting erstatter kopien din med teamets nyeste versjon og kan ikke angres. Endringer du ikke har publisert, tas vare på ved siden av som en lokal kopi.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Verksted</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mal</translation>
    </message>
    <message>
        <source>Method card</source>
        <translation>Metodekort</translation>
    </message>
    <message>
        <source>Not connected. Ask your IT department for the address.</source>
        <translation>Ikke tilkoblet. Spør IT-avdelingen om adressen.</translation>
    </message>
</context>
<context>
    <name>TemplateSaver</name>
    <message>
        <source>Save as template</source>
        <translation>Lagre som mal</translation>
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation>Navn på den nye malen:</translation>
    </message>
    <message>
        <source>The template was not saved</source>
        <translation>Malen ble ikke lagret</translation>
    </message>
</context>
<context>
    <name>TextEditing</name>
    <message>
        <source>Edit note text</source>
        <translation>Endre teksten på lappen</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>Fjern lapp</translation>
    </message>
</context>
<context>
    <name>TimerStrip</name>
    <message>
        <source>Next ▸</source>
        <translation>Neste ▸</translation>
    </message>
    <message>
        <source>One minute less</source>
        <translation>Ett minutt mindre</translation>
    </message>
    <message>
        <source>One minute more</source>
        <translation>Ett minutt til</translation>
    </message>
    <message>
        <source>Five minutes more</source>
        <translation>Fem minutter til</translation>
    </message>
    <message>
        <source>Finish this stage and start the next (Ctrl+Right)</source>
        <translation>Avslutt trinnet og start det neste (Ctrl+Høyre)</translation>
    </message>
    <message>
        <source>Start or pause the timer (Space)</source>
        <translation>Start eller sett nedtellingen på pause (mellomrom)</translation>
    </message>
    <message>
        <source>Agenda finished</source>
        <translation>Agendaen er ferdig</translation>
    </message>
    <message>
        <source>No agenda yet</source>
        <translation>Ingen agenda ennå</translation>
    </message>
    <message>
        <source>Every stage is done.</source>
        <translation>Alle trinn er ferdige.</translation>
    </message>
    <message>
        <source>Add stages on the Agenda tab.</source>
        <translation>Legg til trinn i fanen Agenda.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stage {n} of {count}</source>
        <translation>Trinn {n} av {count}</translation>
    </message>
    <message>
        <source>Summary round</source>
        <translation>Oppsummering</translation>
    </message>
    <message>
        <source>Station {n} of {count}</source>
        <translation>Stasjon {n} av {count}</translation>
    </message>
    <message>
        <source>{time} left in all</source>
        <translation>{time} igjen totalt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Time is up — next: {title} (Ctrl+Right)</source>
        <translation>Tiden er ute — neste: {title} (Ctrl+Høyre)</translation>
    </message>
    <message>
        <source>Time is up — this is the last stage</source>
        <translation>Tiden er ute — dette er det siste trinnet</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>Neste: {title}</translation>
    </message>
    <message>
        <source>Back to “{title}”, paused where it ended (Ctrl+Left)</source>
        <translation>Tilbake til «{title}», satt på pause der det sluttet (Ctrl+Venstre)</translation>
    </message>
    <message>
        <source>Back to the stage that ended last (Ctrl+Left)</source>
        <translation>Tilbake til trinnet som ble avsluttet sist (Ctrl+Venstre)</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>Lyd av</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Lyd på</translation>
    </message>
    <message>
        <source>Switch the end signal on or off</source>
        <translation>Slå sluttsignalet på eller av</translation>
    </message>
    <message>
        <source>Station {n} of {count} — move on</source>
        <translation>Stasjon {n} av {count} — bytt!</translation>
    </message>
    <message>
        <source>Summary round — come together</source>
        <translation>Oppsummering — samles</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <source>Dot voting</source>
        <translation>Prikkavstemning</translation>
    </message>
    <message>
        <source>Start round</source>
        <translation>Start runde</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Dots per participant</source>
        <translation>Prikker per deltaker</translation>
    </message>
    <message>
        <source>Most dots on one note</source>
        <translation>Flest prikker på én lapp</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Åpne igjen</translation>
    </message>
    <message>
        <source>Enter dots (click +1, Shift+click −1)</source>
        <translation>Legg inn prikker (klikk +1, Shift+klikk −1)</translation>
    </message>
    <message>
        <source>Counts are hidden until the round is revealed.</source>
        <translation>Antallet prikker er skjult til runden vises.</translation>
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
        <translation>Start avstemningsrunde</translation>
    </message>
    <message>
        <source>Close voting round</source>
        <translation>Lukk avstemningsrunden</translation>
    </message>
    <message>
        <source>Reveal votes</source>
        <translation>Vis stemmene</translation>
    </message>
    <message>
        <source>Reopen voting round</source>
        <translation>Åpne avstemningsrunden igjen</translation>
    </message>
    <message>
        <source>Not by name (the room)</source>
        <translation>Uten navn (rommet)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpen</translation>
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
        <translation>Ingen runde ennå</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) given</source>
        <translation>
            <numerusform>%n prikk gitt</numerusform>
            <numerusform>%n prikker gitt</numerusform>
        </translation>
    </message>
    <message>
        <source>No budget: list the participants on the Overview tab to set one.</source>
        <translation>Ikke noe budsjett: legg inn deltakerne i fanen Oversikt for å få et.</translation>
    </message>
    <message>
        <source>%1 of %2 dots used · %3 left</source>
        <translation>%1 av %2 prikker brukt · %3 igjen</translation>
    </message>
    <message>
        <source>Budget: %1 participants × %2 dots, by name or not</source>
        <translation>Budsjett: %1 deltakere × %2 prikker, med eller uten navn</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) entered not by name</source>
        <translation>
            <numerusform>%n prikk lagt inn uten navn</numerusform>
            <numerusform>%n prikker lagt inn uten navn</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has %2 of %3 dots left</source>
        <translation>%1 har %2 av %3 prikker igjen</translation>
    </message>
</context>
</TS>