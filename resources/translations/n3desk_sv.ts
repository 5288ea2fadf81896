<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_SE">
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
        <translation>Nytt, Nyttigt, Nyttiggjort: ett stöd utan nätuppkoppling för innovationsworkshoppar på plats.</translation>
    </message>
    <message>
        <source>Free software under the MIT licence. It is built on Qt and Qt for Python (PySide6) under the GNU LGPL 3.0, and on the components listed below, each under its own licence.</source>
        <translation>Fri programvara under MIT-licensen. Den bygger på Qt och Qt for Python (PySide6) under GNU LGPL 3.0 och på komponenterna nedan, var och en under sin egen licens.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Visa:</translation>
    </message>
    <message>
        <source>The licence texts are missing from this installation.</source>
        <translation>Licenstexterna saknas i den här installationen.</translation>
    </message>
    <message>
        <source>The text {name} cannot be read.</source>
        <translation>Texten {name} kan inte läsas.</translation>
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
        <translation>Börjar</translation>
    </message>
    <message>
        <source>Time available</source>
        <translation>Tillgänglig tid</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Lägg till moment</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ner</translation>
    </message>
    <message>
        <source>Run this stage</source>
        <translation>Kör detta moment</translation>
    </message>
    <message>
        <source>Finish the running stage and start this one now</source>
        <translation>Avsluta pågående moment och starta detta nu</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Spara som mall…</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Method library</source>
        <translation>Metodbibliotek</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nytt moment</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Ta bort moment</translation>
    </message>
    <message>
        <source>Reorder agenda</source>
        <translation>Ändra ordning i agendan</translation>
    </message>
    <message>
        <source>Attach method card</source>
        <translation>Koppla metodkort</translation>
    </message>
    <message>
        <source>Change start time</source>
        <translation>Ändra starttid</translation>
    </message>
    <message>
        <source>Change time available</source>
        <translation>Ändra tillgänglig tid</translation>
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
        <translation>Totalt {total} min av {available} — {over} min för långt! Slutar {end}.</translation>
    </message>
    <message>
        <source>Total {total} min of {available} available. Ends at {end}.</source>
        <translation>Totalt {total} min av {available} tillgängliga. Slutar {end}.</translation>
    </message>
</context>
<context>
    <name>BoardController</name>
    <message>
        <source>Move notes</source>
        <translation>Flytta lappar</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ny lapp</translation>
    </message>
    <message>
        <source>Colour notes</source>
        <translation>Färga lappar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Duplicate notes</source>
        <translation>Duplicera lappar</translation>
    </message>
    <message>
        <source>Hide notes</source>
        <translation>Dölj lappar</translation>
    </message>
    <message>
        <source>Reveal notes</source>
        <translation>Visa lappar</translation>
    </message>
    <message>
        <source>Reveal all notes</source>
        <translation>Visa alla lappar</translation>
    </message>
    <message>
        <source>Private writing: new notes stay hidden from the projector.</source>
        <translation>Skriv i enrum: nya lappar syns inte på projektorn.</translation>
    </message>
    <message>
        <source>Tidy frame</source>
        <translation>Städa ram</translation>
    </message>
    <message>
        <source>Arrange in grid</source>
        <translation>Ordna i rutnät</translation>
    </message>
    <message>
        <source>Bring to front</source>
        <translation>Flytta längst fram</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupp %1</translation>
    </message>
    <message>
        <source>Make frame</source>
        <translation>Skapa ram</translation>
    </message>
    <message>
        <source>Frame title</source>
        <translation>Ramens titel</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Rename frame</source>
        <translation>Byt namn på ram</translation>
    </message>
    <message>
        <source>Cut notes</source>
        <translation>Klipp ut lappar</translation>
    </message>
    <message>
        <source>Paste notes</source>
        <translation>Klistra in lappar</translation>
    </message>
    <message>
        <source>Carry notes forward</source>
        <translation>För lappar vidare</translation>
    </message>
    <message>
        <source>Start a voting round first.</source>
        <translation>Starta en röstningsomgång först.</translation>
    </message>
    <message>
        <source>Add a dot</source>
        <translation>Lägg till en prick</translation>
    </message>
    <message>
        <source>Take back a dot</source>
        <translation>Ta tillbaka en prick</translation>
    </message>
    <message>
        <source>The round is not open.</source>
        <translation>Omgången är inte öppen.</translation>
    </message>
    <message>
        <source>The round's dots are all used.</source>
        <translation>Omgångens prickar är slut.</translation>
    </message>
    <message>
        <source>This participant has no dots left.</source>
        <translation>Den här deltagaren har inga prickar kvar.</translation>
    </message>
    <message>
        <source>This note has as many dots as allowed.</source>
        <translation>Lappen har redan så många prickar som tillåts.</translation>
    </message>
    <message>
        <source>There is no dot to take back.</source>
        <translation>Det finns ingen prick att ta tillbaka.</translation>
    </message>
</context>
<context>
    <name>BoardInteractions</name>
    <message>
        <source>Move frame</source>
        <translation>Flytta ram</translation>
    </message>
    <message>
        <source>Move notes</source>
        <translation>Flytta lappar</translation>
    </message>
    <message>
        <source>Resize frame</source>
        <translation>Ändra ramens storlek</translation>
    </message>
</context>
<context>
    <name>BoardTabs</name>
    <message>
        <source>+ Board</source>
        <translation>+ Tavla</translation>
    </message>
    <message>
        <source>Add a board</source>
        <translation>Lägg till en tavla</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(namnlös)</translation>
    </message>
    <message>
        <source>Board %1</source>
        <translation>Tavla %1</translation>
    </message>
    <message>
        <source>New board</source>
        <translation>Ny tavla</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Add board</source>
        <translation>Lägg till tavla</translation>
    </message>
    <message>
        <source>Rename board</source>
        <translation>Byt namn på tavla</translation>
    </message>
    <message>
        <source>Delete board</source>
        <translation>Ta bort tavla</translation>
    </message>
    <message>
        <source>Reorder boards</source>
        <translation>Ändra ordning på tavlor</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Byt namn…</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Flytta vänster</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Flytta höger</translation>
    </message>
</context>
<context>
    <name>BoardsPage</name>
    <message>
        <source>This session has no boards yet.</source>
        <translation>Sessionen har inga tavlor än.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Ny lapp</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Ram</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Ordna</translation>
    </message>
    <message>
        <source>To front</source>
        <translation>Längst fram</translation>
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
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grön</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blå</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>Hide/reveal</source>
        <translation>Dölj/visa</translation>
    </message>
    <message>
        <source>Hide or reveal selected</source>
        <translation>Dölj eller visa markerade</translation>
    </message>
    <message>
        <source>Reveal all</source>
        <translation>Visa alla</translation>
    </message>
    <message>
        <source>Private writing</source>
        <translation>Skriv i enrum</translation>
    </message>
    <message>
        <source>Carry forward</source>
        <translation>För vidare</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Visa allt</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Röstning</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>(no other board)</source>
        <translation>(ingen annan tavla)</translation>
    </message>
    <message numerus="yes">
        <source>Selected notes (%n) to “%1”</source>
        <translation>
            <numerusform>Markerad lapp (%n) till ”%1”</numerusform>
            <numerusform>Markerade lappar (%n) till ”%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Top notes by dots, or choose…</source>
        <translation>Lapparna med flest prickar, eller välj…</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) carried forward</source>
        <translation>
            <numerusform>%n lapp fördes vidare</numerusform>
            <numerusform>%n lappar fördes vidare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarryForwardDialog</name>
    <message>
        <source>Carry notes forward</source>
        <translation>För lappar vidare</translation>
    </message>
    <message>
        <source>The top notes by dots:</source>
        <translation>Lapparna med flest prickar:</translation>
    </message>
    <message>
        <source>To board</source>
        <translation>Till tavla</translation>
    </message>
    <message>
        <source>Carry forward</source>
        <translation>För vidare</translation>
    </message>
    <message numerus="yes">
        <source>The selected notes (%n)</source>
        <translation>
            <numerusform>Den markerade lappen (%n)</numerusform>
            <numerusform>De markerade lapparna (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no other board yet. Add one with “+ Board” first.</source>
        <translation>Det finns ingen annan tavla än. Lägg först till en med ”+ Tavla”.</translation>
    </message>
    <message>
        <source>Copies go below what is on the board, linked to their originals.</source>
        <translation>Kopiorna hamnar under det som redan finns på tavlan, länkade till originalen.</translation>
    </message>
    <message>
        <source>This board has no voting round yet.</source>
        <translation>Tavlan har ingen röstningsomgång än.</translation>
    </message>
    <message>
        <source>No note has dots in “%1” yet.</source>
        <translation>Ingen lapp har fått prickar i ”%1” än.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) go: a tie at the last place brings them all.</source>
        <translation>
            <numerusform>%n lapp förs vidare: delad sista plats tar med alla.</numerusform>
            <numerusform>%n lappar förs vidare: delad sista plats tar med alla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) go, by dots in “%1”.</source>
        <translation>
            <numerusform>%n lapp förs vidare, efter prickar i ”%1”.</numerusform>
            <numerusform>%n lappar förs vidare, efter prickar i ”%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Rating criteria</source>
        <translation>Bedömningskriterier</translation>
    </message>
    <message>
        <source>Notes are rated on these criteria, from low to high (0–10). Every change can be undone with Ctrl+Z.</source>
        <translation>Lapparna bedöms på de här kriterierna, från lägsta till högsta värde (0–10). Varje ändring kan ångras med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Lägg till kriterium</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n bedömning</numerusform>
            <numerusform>%n bedömningar</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the N3 three (%1)</source>
        <translation>Lägg till N3-kriterierna (%1)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Lägst</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Högst</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Nytt kriterium</translation>
    </message>
    <message>
        <source>Add the N3 criteria</source>
        <translation>Lägg till N3-kriterierna</translation>
    </message>
    <message>
        <source>A criterion needs a name; it keeps “%1”.</source>
        <translation>Ett kriterium behöver ett namn; det heter fortfarande ”%1”.</translation>
    </message>
    <message>
        <source>Rename criterion</source>
        <translation>Byt namn på kriterium</translation>
    </message>
    <message>
        <source>A scale runs within 0–10, its lowest value below its highest.</source>
        <translation>En skala ligger inom 0–10, med det lägsta värdet under det högsta.</translation>
    </message>
    <message>
        <source>Change the range</source>
        <translation>Ändra skalan</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) on “%1” will be set to the nearest value in %2–%3. Undo (Ctrl+Z) gives the old values back.</source>
        <translation>
            <numerusform>%n bedömning på ”%1” sätts till närmaste värde inom %2–%3. Ångra (Ctrl+Z) ger tillbaka det gamla värdet.</numerusform>
            <numerusform>%n bedömningar på ”%1” sätts till närmaste värde inom %2–%3. Ångra (Ctrl+Z) ger tillbaka de gamla värdena.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behåll</translation>
    </message>
    <message>
        <source>Change range of criterion</source>
        <translation>Ändra kriteriets skala</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Ta bort kriterium</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n rating(s). They are removed with it. Undo (Ctrl+Z) brings the criterion and its ratings back.</source>
        <translation>
            <numerusform>”%1” har %n bedömning. Den tas bort tillsammans med kriteriet. Ångra (Ctrl+Z) ger tillbaka både kriteriet och bedömningen.</numerusform>
            <numerusform>”%1” har %n bedömningar. De tas bort tillsammans med kriteriet. Ångra (Ctrl+Z) ger tillbaka både kriteriet och bedömningarna.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove with ratings</source>
        <translation>Ta bort med bedömningar</translation>
    </message>
    <message>
        <source>Reorder criteria</source>
        <translation>Ändra kriteriernas ordning</translation>
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
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Chose</source>
        <translation>Valde</translation>
    </message>
    <message>
        <source>Edit decision</source>
        <translation>Ändra beslut</translation>
    </message>
    <message>
        <source>Change time of decision</source>
        <translation>Ändra tid för beslut</translation>
    </message>
    <message>
        <source>Change owner of decision</source>
        <translation>Ändra ansvarig för beslut</translation>
    </message>
    <message>
        <source>Change due date of decision</source>
        <translation>Ändra datum för beslut</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>What was decided? Then Enter</source>
        <translation>Vad beslutades? Tryck sedan Enter</translation>
    </message>
    <message>
        <source>Log decision</source>
        <translation>Logga beslut</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Choose notes…</source>
        <translation>Välj lappar…</translation>
    </message>
    <message>
        <source>Tick the ideas or concepts this decision chose; they go into the record.</source>
        <translation>Bocka för idéerna eller koncepten som beslutet valde; de kommer med i dokumentationen.</translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation>Ta bort beslut</translation>
    </message>
    <message>
        <source>Choose notes for decision</source>
        <translation>Välj lappar till beslut</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Export the record as PDF</source>
        <translation>Exportera dokumentationen som PDF</translation>
    </message>
    <message>
        <source>Export the notes for Excel</source>
        <translation>Exportera lapparna till Excel</translation>
    </message>
    <message>
        <source>Export the session as a portable file</source>
        <translation>Exportera sessionen som flyttbar fil</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Aktörskarta</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Ingen bild</translation>
    </message>
    <message>
        <source>This session has no board to take a picture of.</source>
        <translation>Sessionen har ingen tavla att ta en bild av.</translation>
    </message>
    <message>
        <source>Save a picture (PNG)</source>
        <translation>Spara en bild (PNG)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Ersätta filen?</translation>
    </message>
    <message>
        <source>“{name}” already exists in {folder}. Replace it?</source>
        <translation>”{name}” finns redan i {folder}. Vill du ersätta den?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersätt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Inte exporterad</translation>
    </message>
    <message>
        <source>The board has no notes or frames yet: there is nothing to picture.</source>
        <translation>Tavlan har inga lappar eller ramar än: det finns inget att ta en bild av.</translation>
    </message>
    <message>
        <source>The disk is full: “{name}” could not be written in {folder}. Nothing was written. Free some space or choose another folder.</source>
        <translation>Disken är full: ”{name}” kunde inte skrivas i {folder}. Ingenting skrevs. Frigör utrymme eller välj en annan mapp.</translation>
    </message>
    <message>
        <source>“{name}” in {folder} cannot be replaced: is it open in another program, such as Excel or a PDF reader? Close it and try again. Nothing was written.</source>
        <translation>”{name}” i {folder} kan inte ersättas: är filen öppen i ett annat program, till exempel Excel eller en PDF-läsare? Stäng den och försök igen. Ingenting skrevs.</translation>
    </message>
    <message>
        <source>n3desk may not write in the folder {folder}. Nothing was written. Choose another folder, for example Documents.</source>
        <translation>n3desk får inte skriva i mappen {folder}. Ingenting skrevs. Välj en annan mapp, till exempel Dokument.</translation>
    </message>
    <message>
        <source>The folder {folder} is not there (was a USB stick taken out?). Nothing was written.</source>
        <translation>Mappen {folder} finns inte (togs ett USB-minne ut?). Ingenting skrevs.</translation>
    </message>
    <message>
        <source>“{name}” could not be written in {folder}: {reason}</source>
        <translation>”{name}” kunde inte skrivas i {folder}: {reason}</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Importera lappar</translation>
    </message>
    <message>
        <source>Notes (*.csv *.txt);;CSV from Excel (*.csv);;Plain text (*.txt)</source>
        <translation>Lappar (*.csv *.txt);;CSV från Excel (*.csv);;Vanlig text (*.txt)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ingenting importerades</translation>
    </message>
    <message>
        <source>“{name}” could not be read: {reason}</source>
        <translation>”{name}” kunde inte läsas: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported from “{name}”. {reason}</source>
        <translation>Ingenting importerades från ”{name}”. {reason}</translation>
    </message>
    <message>
        <source>There are no notes in “{name}”.</source>
        <translation>Det finns inga lappar i ”{name}”.</translation>
    </message>
    <message>
        <source>Import notes from “{name}”</source>
        <translation>Importera lappar från ”{name}”</translation>
    </message>
    <message>
        <source>Imported from “{name}”</source>
        <translation>Importerat från ”{name}”</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Semicolon ;  (Excel in Swedish and Nordic)</source>
        <translation>Semikolon ;  (Excel på svenska och andra nordiska språk)</translation>
    </message>
    <message>
        <source>Comma ,  (Excel in English)</source>
        <translation>Komma ,  (Excel på engelska)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV för Excel (*.csv)</translation>
    </message>
    <message>
        <source>n3desk session files (*.n3desk)</source>
        <translation>n3desk-sessionsfiler (*.n3desk)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-bilder (*.png)</translation>
    </message>
    <message>
        <source>Saved in the folder {folder}</source>
        <translation>Sparas i mappen {folder}</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Ta med</translation>
    </message>
    <message>
        <source>&amp;Cover page</source>
        <translation>&amp;Försättsblad</translation>
    </message>
    <message>
        <source>&amp;Agenda, planned and actual times</source>
        <translation>&amp;Agenda, planerade och faktiska tider</translation>
    </message>
    <message>
        <source>&amp;Boards and their notes</source>
        <translation>&amp;Tavlor och deras lappar</translation>
    </message>
    <message>
        <source>Stakeholder &amp;map</source>
        <translation>Aktörs&amp;karta</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>&amp;Beslut</translation>
    </message>
    <message>
        <source>N&amp;3 project card</source>
        <translation>N&amp;3-projektkort</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papper</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Columns separated by</source>
        <translation>Kolumner &amp;åtskilda med</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Fi&amp;l</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>&amp;Open the folder when done</source>
        <translation>&amp;Öppna mappen när exporten är klar</translation>
    </message>
</context>
<context>
    <name>FaultHandler</name>
    <message>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <source>Something went wrong, but your work is saved and n3desk keeps running.

Details are in {log}.</source>
        <translation>Något gick fel, men ditt arbete är sparat och n3desk fortsätter att köra.

Detaljer finns i {log}.</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>cannot be read ({0})</source>
        <translation>kan inte läsas ({0})</translation>
    </message>
    <message>
        <source>the file is too large for a template</source>
        <translation>filen är för stor för en mall</translation>
    </message>
    <message>
        <source>the file is too large for a method card</source>
        <translation>filen är för stor för ett metodkort</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>filen är inte UTF-8-text</translation>
    </message>
    <message>
        <source>not valid JSON (line {0}, column {1})</source>
        <translation>inte giltig JSON (rad {0}, kolumn {1})</translation>
    </message>
    <message>
        <source>not a valid method card (at {0}: {1})</source>
        <translation>inte ett giltigt metodkort (vid {0}: {1})</translation>
    </message>
    <message>
        <source>not a valid method card ({0})</source>
        <translation>inte ett giltigt metodkort ({0})</translation>
    </message>
    <message>
        <source>not valid ({0})</source>
        <translation>inte giltig ({0})</translation>
    </message>
    <message>
        <source>the id {0} is a built-in method card's</source>
        <translation>id:t {0} tillhör ett inbyggt metodkort</translation>
    </message>
    <message>
        <source>the id {0} is already used</source>
        <translation>id:t {0} används redan</translation>
    </message>
</context>
<context>
    <name>FoundationEditor</name>
    <message>
        <source>Rating:</source>
        <translation>Betyg:</translation>
    </message>
    <message>
        <source>Rate {name} {value} of 5</source>
        <translation>Ge {name} betyget {value} av 5</translation>
    </message>
    <message>
        <source>Notes on {name}</source>
        <translation>Anteckningar om {name}</translation>
    </message>
    <message>
        <source>Rate {name}</source>
        <translation>Betygsätt {name}</translation>
    </message>
    <message>
        <source>Edit notes on {name}</source>
        <translation>Ändra anteckningar om {name}</translation>
    </message>
</context>
<context>
    <name>JoinScreen</name>
    <message numerus="yes">
        <source>%n phone(s) joined</source>
        <translation>
            <numerusform>%n telefon ansluten</numerusform>
            <numerusform>%n telefoner anslutna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) in</source>
        <translation>
            <numerusform>%n lapp inkommen</numerusform>
            <numerusform>%n lappar inkomna</numerusform>
        </translation>
    </message>
    <message>
        <source>Join from your phone</source>
        <translation>Gå med från din telefon</translation>
    </message>
    <message>
        <source>Open this address:</source>
        <translation>Öppna den här adressen:</translation>
    </message>
    <message>
        <source>Room code</source>
        <translation>Rumskod</translation>
    </message>
</context>
<context>
    <name>LastPlace</name>
    <message>
        <source>n3desk closed unexpectedly. Your session is open again where you were, and everything up to your last change is here.</source>
        <translation>n3desk stängdes oväntat. Din session är öppen igen där du var, och allt fram till din senaste ändring finns kvar.</translation>
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
        <translation>Öppna demon</translation>
    </message>
    <message>
        <source>{title} (imported)</source>
        <translation>{title} (importerad)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Inte importerad</translation>
    </message>
    <message>
        <source>“{name}” cannot be imported: {reason}. Nothing was changed.</source>
        <translation>”{name}” kan inte importeras: {reason}. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>Import session file</source>
        <translation>Importera sessionsfil</translation>
    </message>
    <message>
        <source>Rename session</source>
        <translation>Byt namn på session</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (kopia)</translation>
    </message>
    <message>
        <source>Duplicate session</source>
        <translation>Duplicera session</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Radera session</translation>
    </message>
    <message>
        <source>Delete “{title}”? You can undo this until n3desk is closed.</source>
        <translation>Radera ”{title}”? Du kan ångra det tills n3desk stängs.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Radera</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behåll</translation>
    </message>
    <message>
        <source>The library could not do that</source>
        <translation>Biblioteket kunde inte göra det</translation>
    </message>
</context>
<context>
    <name>LibraryOpening</name>
    <message>
        <source>The library is already open</source>
        <translation>Biblioteket är redan öppet</translation>
    </message>
    <message>
        <source>Another n3desk is using this library (computer {host}, process {pid}). Close it there first, then start n3desk again.</source>
        <translation>Ett annat n3desk använder det här biblioteket (dator {host}, process {pid}). Stäng det där först och starta sedan n3desk igen.</translation>
    </message>
    <message>
        <source>The library is from a newer n3desk</source>
        <translation>Biblioteket kommer från ett nyare n3desk</translation>
    </message>
    <message>
        <source>{reason}

Install the newer n3desk to open it; nothing was changed.</source>
        <translation>{reason}

Installera det nyare n3desk för att öppna det; ingenting har ändrats.</translation>
    </message>
    <message>
        <source>The library cannot be opened</source>
        <translation>Biblioteket kan inte öppnas</translation>
    </message>
    <message>
        <source>The library is missing</source>
        <translation>Biblioteket saknas</translation>
    </message>
    <message>
        <source>The library file is missing or empty. Earlier library files are kept in {folder}; n3desk cannot open them, but someone may be able to rescue them.

Start with an empty library? Nothing is deleted.</source>
        <translation>Biblioteksfilen saknas eller är tom. Tidigare biblioteksfiler finns kvar i {folder}; n3desk kan inte öppna dem, men någon kan kanske rädda dem.

Vill du börja med ett tomt bibliotek? Ingenting raderas.</translation>
    </message>
    <message>
        <source>Start with an empty library</source>
        <translation>Börja med ett tomt bibliotek</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>The library was damaged</source>
        <translation>Biblioteket var skadat</translation>
    </message>
    <message>
        <source>The library file failed its check. It was moved to {moved}; nothing was deleted. There is no backup to restore, so n3desk starts with an empty library.</source>
        <translation>Biblioteksfilen klarade inte kontrollen. Den har flyttats till {moved}; ingenting har raderats. Det finns ingen säkerhetskopia att återställa, så n3desk börjar med ett tomt bibliotek.</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>Säkerhetskopian kunde inte återställas</translation>
    </message>
    <message>
        <source>The library file is missing or empty, but a backup holds your sessions.

Restore the backup ({backup})? If you start with an empty library instead, every backup is kept.</source>
        <translation>Biblioteksfilen saknas eller är tom, men en säkerhetskopia innehåller dina sessioner.

Vill du återställa säkerhetskopian ({backup})? Om du i stället börjar med ett tomt bibliotek sparas alla säkerhetskopior.</translation>
    </message>
    <message>
        <source>The library file failed its check. It was moved to {moved}; nothing was deleted.

Restore the newest good backup ({backup})?</source>
        <translation>Biblioteksfilen klarade inte kontrollen. Den har flyttats till {moved}; ingenting har raderats.

Återställa den senaste felfria säkerhetskopian ({backup})?</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Återställ säkerhetskopian</translation>
    </message>
    <message>
        <source>The library has a fault</source>
        <translation>Biblioteket har ett fel</translation>
    </message>
    <message>
        <source>n3desk's full check found a fault in the library file: {problem}

Your work is still being saved, but this library is no longer backed up, so that the good backups stay as they are. Export the sessions you are working on as files, then close n3desk and run 'n3desk check --restore' to put the newest good backup back.</source>
        <translation>n3desks fullständiga kontroll hittade ett fel i biblioteksfilen: {problem}

Ditt arbete sparas fortfarande, men biblioteket säkerhetskopieras inte längre, så att de felfria säkerhetskopiorna får vara kvar som de är. Exportera de sessioner du arbetar med som filer, stäng sedan n3desk och kör 'n3desk check --restore' för att lägga tillbaka den senaste felfria säkerhetskopian.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The text is too long to save: {length} characters, and a text holds at most {longest}. Nothing was changed.</source>
        <translation>Texten är för lång för att sparas: {length} tecken, och en text rymmer högst {longest}. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>This change was not made: {reason}.</source>
        <translation>Ändringen gjordes inte: {reason}.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Inte ändrat</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Inte sparat än</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved yet: {reason}

n3desk keeps trying. Stay in this session until they are saved.</source>
        <translation>Dina senaste ändringar kunde inte sparas än: {reason}

n3desk fortsätter att försöka. Stanna i den här sessionen tills de är sparade.</translation>
    </message>
    <message>
        <source>Quit without saving?</source>
        <translation>Avsluta utan att spara?</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved: {reason}

If you quit now they are lost.</source>
        <translation>Dina senaste ändringar kunde inte sparas: {reason}

Om du avslutar nu går de förlorade.</translation>
    </message>
    <message>
        <source>Quit and lose them</source>
        <translation>Avsluta och förlora dem</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Stanna</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Projector</source>
        <translation>&amp;Projektor</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>About n3desk</source>
        <translation>Om n3desk</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <source>Import no&amp;tes…</source>
        <translation>Importera &amp;lappar…</translation>
    </message>
    <message>
        <source>&amp;Import session file…</source>
        <translation>&amp;Importera sessionsfil…</translation>
    </message>
    <message>
        <source>P&amp;rogrammes</source>
        <translation>P&amp;rogram</translation>
    </message>
    <message>
        <source>&amp;Team library</source>
        <translation>&amp;Teambibliotek</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Program</translation>
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
        <translation>Lappar till Excel (&amp;CSV)…</translation>
    </message>
    <message>
        <source>Portable session &amp;file…</source>
        <translation>Flyttbar session&amp;fil…</translation>
    </message>
    <message>
        <source>Picture of this board or map (P&amp;NG)…</source>
        <translation>Bild av tavlan eller kartan (P&amp;NG)…</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Ny session…</translation>
    </message>
    <message>
        <source>← &amp;All sessions</source>
        <translation>← &amp;Alla sessioner</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Back to the list of sessions</source>
        <translation>Tillbaka till listan över sessioner</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Verktygsfält</translation>
    </message>
</context>
<context>
    <name>MapEdits</name>
    <message>
        <source>Add stakeholder</source>
        <translation>Lägg till aktör</translation>
    </message>
    <message>
        <source>Move stakeholder</source>
        <translation>Flytta aktör</translation>
    </message>
    <message>
        <source>Move stakeholders</source>
        <translation>Flytta aktörer</translation>
    </message>
    <message>
        <source>Edit stakeholder</source>
        <translation>Ändra aktör</translation>
    </message>
    <message>
        <source>Delete stakeholder</source>
        <translation>Ta bort aktör</translation>
    </message>
    <message>
        <source>Delete stakeholders</source>
        <translation>Ta bort aktörer</translation>
    </message>
    <message>
        <source>Delete relation</source>
        <translation>Ta bort relation</translation>
    </message>
    <message>
        <source>Connect stakeholders</source>
        <translation>Koppla ihop aktörer</translation>
    </message>
    <message>
        <source>Edit relation</source>
        <translation>Ändra relation</translation>
    </message>
    <message>
        <source>Edit the citizen</source>
        <translation>Ändra brukaren</translation>
    </message>
    <message>
        <source>Add sector</source>
        <translation>Lägg till sektor</translation>
    </message>
    <message>
        <source>Remove sector</source>
        <translation>Ta bort sektor</translation>
    </message>
    <message>
        <source>Add ring</source>
        <translation>Lägg till ring</translation>
    </message>
    <message>
        <source>Remove ring</source>
        <translation>Ta bort ring</translation>
    </message>
    <message>
        <source>Rename sector</source>
        <translation>Byt namn på sektor</translation>
    </message>
    <message>
        <source>Recolour sector</source>
        <translation>Byt färg på sektor</translation>
    </message>
    <message>
        <source>Rename ring</source>
        <translation>Byt namn på ring</translation>
    </message>
</context>
<context>
    <name>MapMenus</name>
    <message>
        <source>Focus</source>
        <translation>Fokusera</translation>
    </message>
    <message>
        <source>Connect to</source>
        <translation>Koppla till</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Has a direction (arrow)</source>
        <translation>Har en riktning (pil)</translation>
    </message>
    <message>
        <source>Delete relation</source>
        <translation>Ta bort relationen</translation>
    </message>
    <message>
        <source>New stakeholder here</source>
        <translation>Ny aktör här</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>New stakeholder</source>
        <translation>Ny aktör</translation>
    </message>
    <message>
        <source>Type a name and press Enter</source>
        <translation>Skriv ett namn och tryck Enter</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Koppla</translation>
    </message>
    <message>
        <source>Drag from one stakeholder to another to connect them</source>
        <translation>Dra från en aktör till en annan för att koppla ihop dem</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <source>Fade all but the selected stakeholder and its neighbours (F)</source>
        <translation>Tona ner allt utom den valda aktören och dess grannar (F)</translation>
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
        <translation>Aktörer</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relationer</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karta</translation>
    </message>
</context>
<context>
    <name>MapSetupPanel</name>
    <message>
        <source>The citizen at the centre</source>
        <translation>Brukaren i mitten</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>Välj bild…</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>Ta bort bilden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Add ring</source>
        <translation>Lägg till ring</translation>
    </message>
    <message>
        <source>Remove ring</source>
        <translation>Ta bort ring</translation>
    </message>
    <message>
        <source>Add sector</source>
        <translation>Lägg till sektor</translation>
    </message>
    <message>
        <source>Remove sector</source>
        <translation>Ta bort sektor</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Färg</translation>
    </message>
    <message>
        <source>Rings, closest first</source>
        <translation>Ringar, närmast först</translation>
    </message>
    <message>
        <source>Sectors, clockwise from the top</source>
        <translation>Sektorer, medurs från toppen</translation>
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
        <translation>Bild på brukaren</translation>
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
        <translation>Sök metoder…</translation>
    </message>
    <message>
        <source>Attach to the selected stage</source>
        <translation>Koppla till valt moment</translation>
    </message>
    <message>
        <source>The card's steps become the stage's instructions for the room</source>
        <translation>Kortets steg blir momentets instruktioner till rummet</translation>
    </message>
    <message numerus="yes">
        <source>%n own method card(s) could not be used:</source>
        <translation>
            <numerusform>%n eget metodkort kunde inte användas:</numerusform>
            <numerusform>%n egna metodkort kunde inte användas:</numerusform>
        </translation>
    </message>
    <message>
        <source> (own)</source>
        <translation> (eget)</translation>
    </message>
    <message>
        <source>No method matches the search.</source>
        <translation>Ingen metod matchar sökningen.</translation>
    </message>
    <message>
        <source>Place in the process: {text}</source>
        <translation>Plats i processen: {text}</translation>
    </message>
    <message>
        <source>Time: {text}</source>
        <translation>Tid: {text}</translation>
    </message>
    <message>
        <source>Group size: {text}</source>
        <translation>Gruppstorlek: {text}</translation>
    </message>
    <message>
        <source>Materials: {text}</source>
        <translation>Material: {text}</translation>
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
        <translation>Ny session</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>e.g. Meals for older people at home</source>
        <translation>t.ex. Måltider för äldre i hemmet</translation>
    </message>
    <message>
        <source>T&amp;emplate</source>
        <translation>&amp;Mall</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>The language of the agenda, boards, frames and map the template fills in, and of the session's PDF and CSV</source>
        <translation>Språket i agendan, tavlorna, ramarna och kartan som mallen fyller i, och i sessionens PDF och CSV</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
</context>
<context>
    <name>NoteChooserDialog</name>
    <message>
        <source>Notes the decision chose</source>
        <translation>Lappar som beslutet valde</translation>
    </message>
    <message>
        <source>Find a note</source>
        <translation>Sök bland lapparna</translation>
    </message>
</context>
<context>
    <name>NoteItem</name>
    <message>
        <source>Hidden</source>
        <translation>Dold</translation>
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
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>N3 project card</source>
        <translation>N3-projektkort</translation>
    </message>
    <message>
        <source>Rate each foundation from 1 (weak) to 5 (strong). The weakest become “what to work on next” in the record.</source>
        <translation>Betygsätt varje grundpelare från 1 (svag) till 5 (stark). De svagaste blir ”att arbeta vidare med” i protokollet.</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Beslutslogg</translation>
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
        <translation>Dra till kartan för att placera det skrivna namnet där</translation>
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
        <translation>Grön</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Röd</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Blågrön</translation>
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
        <translation>Namn</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Färg</translation>
    </message>
    <message>
        <source>Rename participant</source>
        <translation>Byt namn på deltagare</translation>
    </message>
    <message>
        <source>Change initials</source>
        <translation>Ändra initialer</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Ändra färg</translation>
    </message>
</context>
<context>
    <name>ParticipantPanel</name>
    <message>
        <source>Name of a participant, then Enter</source>
        <translation>Namn på en deltagare, tryck sedan Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ner</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Lägg till deltagare</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Ta bort deltagare</translation>
    </message>
    <message>
        <source>Reorder participants</source>
        <translation>Ändra ordning på deltagare</translation>
    </message>
</context>
<context>
    <name>PersonaPicture</name>
    <message>
        <source>Choose a picture file (PNG, JPEG, GIF, BMP or WebP).</source>
        <translation>Välj en bildfil (PNG, JPEG, GIF, BMP eller WebP).</translation>
    </message>
    <message>
        <source>The picture could not be read.</source>
        <translation>Bilden gick inte att läsa.</translation>
    </message>
    <message>
        <source>The picture is larger than 20 MB.</source>
        <translation>Bilden är större än 20 MB.</translation>
    </message>
    <message>
        <source>The file is not a picture n3desk can show.</source>
        <translation>Filen är ingen bild som n3desk kan visa.</translation>
    </message>
    <message>
        <source>The picture could not be copied into the library.</source>
        <translation>Bilden gick inte att kopiera till biblioteket.</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Present on this screen</source>
        <translation>Presentera på den här skärmen</translation>
    </message>
    <message>
        <source>Projector on/off</source>
        <translation>Projektor på/av</translation>
    </message>
    <message>
        <source>Blackout</source>
        <translation>Svart bild</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Frys bilden</translation>
    </message>
    <message>
        <source>Follow my view</source>
        <translation>Följ min vy</translation>
    </message>
    <message>
        <source>Show selection to the room</source>
        <translation>Visa markeringen för rummet</translation>
    </message>
    <message>
        <source>Show the stage</source>
        <translation>Visa momentet</translation>
    </message>
    <message>
        <source>Next part</source>
        <translation>Nästa del</translation>
    </message>
    <message>
        <source>Previous part</source>
        <translation>Föregående del</translation>
    </message>
    <message>
        <source>Presenting on this screen. Esc leaves.</source>
        <translation>Presenterar på den här skärmen. Esc avslutar.</translation>
    </message>
    <message>
        <source>On the screen {name}</source>
        <translation>På skärmen {name}</translation>
    </message>
    <message>
        <source>The room sees part {n} of {count} of the board (PgDown, PgUp).</source>
        <translation>Rummet ser del {n} av {count} av tavlan (PgDown, PgUp).</translation>
    </message>
    <message>
        <source>No second screen found. Connect the projector, or press F5.</source>
        <translation>Ingen andra skärm hittades. Anslut projektorn eller tryck F5.</translation>
    </message>
    <message>
        <source>The projector is off.</source>
        <translation>Projektorn är avstängd.</translation>
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
        <translation>Svart bild: rummet ser en svart skärm. Ctrl+Shift+B tänder den igen.</translation>
    </message>
    <message>
        <source>Frozen: the room still sees the picture from when you froze it. Ctrl+Shift+F lets it move again.</source>
        <translation>Fryst: rummet ser fortfarande bilden från när du frös den. Ctrl+Shift+F släpper den igen.</translation>
    </message>
</context>
<context>
    <name>PresentingBar</name>
    <message>
        <source>Blackout</source>
        <translation>Svart bild</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Frys bilden</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>Avsluta (Esc)</translation>
    </message>
    <message>
        <source>Presenting</source>
        <translation>Presenterar</translation>
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
        <translation>Vald</translation>
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
        <translation>Stoppad</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Inte ändrat</translation>
    </message>
    <message>
        <source>A programme needs a title.</source>
        <translation>Ett program behöver en titel.</translation>
    </message>
    <message>
        <source>Edit programme</source>
        <translation>Ändra programmet</translation>
    </message>
    <message>
        <source>No session to add</source>
        <translation>Ingen workshop att lägga till</translation>
    </message>
    <message>
        <source>Every session already belongs to a programme. Make a new session first.</source>
        <translation>Alla workshoppar hör redan till ett program. Skapa en ny workshop först.</translation>
    </message>
    <message>
        <source>Add a session</source>
        <translation>Lägg till en workshop</translation>
    </message>
    <message>
        <source>Session to add to the programme:</source>
        <translation>Workshop att lägga till i programmet:</translation>
    </message>
    <message>
        <source>Add session to programme</source>
        <translation>Lägg till workshop i programmet</translation>
    </message>
    <message>
        <source>Remove session from programme</source>
        <translation>Ta bort workshop ur programmet</translation>
    </message>
    <message>
        <source>Follow ideas</source>
        <translation>Följ idéer</translation>
    </message>
    <message>
        <source>Notes to follow as ideas through the programme:</source>
        <translation>Lappar att följa som idéer genom programmet:</translation>
    </message>
    <message>
        <source>Nowhere to carry</source>
        <translation>Ingen senare workshop</translation>
    </message>
    <message>
        <source>Ideas are carried forward to a later session of the programme.</source>
        <translation>Idéer förs vidare till en senare workshop i programmet.</translation>
    </message>
    <message>
        <source>Carry ideas forward</source>
        <translation>För idéer vidare</translation>
    </message>
    <message>
        <source>Notes to carry forward:</source>
        <translation>Lappar att föra vidare:</translation>
    </message>
    <message>
        <source>To the session:</source>
        <translation>Till workshoppen:</translation>
    </message>
    <message>
        <source>Onto the board:</source>
        <translation>På tavlan:</translation>
    </message>
    <message>
        <source>Move the idea</source>
        <translation>Flytta idén</translation>
    </message>
    <message>
        <source>New state:</source>
        <translation>Nytt läge:</translation>
    </message>
    <message>
        <source>No logged decision</source>
        <translation>Inget loggat beslut</translation>
    </message>
    <message>
        <source>The decision that moved it:</source>
        <translation>Beslutet som flyttade den:</translation>
    </message>
    <message>
        <source>Why (optional):</source>
        <translation>Varför (valfritt):</translation>
    </message>
    <message>
        <source>Move idea to {state}</source>
        <translation>Flytta idé till {state}</translation>
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
        <translation>Workshoppar</translation>
    </message>
    <message>
        <source>The programme's workshops in order. Click one to choose it.</source>
        <translation>Programmets workshoppar i ordning. Klicka på en för att välja den.</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idéer</translation>
    </message>
    <message>
        <source>Ideas followed from session to session, and where each one is on its way from idea to operation.</source>
        <translation>Idéer som följs från workshop till workshop, och var var och en är på vägen från idé till drift.</translation>
    </message>
    <message>
        <source>Decisions in every session</source>
        <translation>Beslut i alla workshoppar</translation>
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
        <translation>Period</translation>
    </message>
    <message>
        <source>Add session…</source>
        <translation>Lägg till workshop…</translation>
    </message>
    <message>
        <source>Remove from programme</source>
        <translation>Ta bort ur programmet</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Öppna workshop</translation>
    </message>
    <message>
        <source>Follow ideas…</source>
        <translation>Följ idéer…</translation>
    </message>
    <message>
        <source>Carry ideas forward…</source>
        <translation>För idéer vidare…</translation>
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
        <translation>Dess väg</translation>
    </message>
    <message>
        <source>Latest decision</source>
        <translation>Senaste beslut</translation>
    </message>
    <message>
        <source>Move idea to…</source>
        <translation>Flytta idé till…</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>{notes} notes · {ideas} ideas · {decisions} decisions</source>
        <translation>{notes} lappar · {ideas} idéer · {decisions} beslut</translation>
    </message>
    <message>
        <source>No sessions yet: add one below.</source>
        <translation>Inga workshoppar än: lägg till en nedan.</translation>
    </message>
    <message>
        <source>{ideas} ideas followed, {in_use} put to use.</source>
        <translation>{ideas} idéer följs, {in_use} nyttiggjorda.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Inte ändrat</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, e.g. 2027-01-15.</source>
        <translation>Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2027-01-15.</translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message>
        <source>Programmes</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>New programme…</source>
        <translation>Nytt program…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Record as PDF…</source>
        <translation>Dokumentation som PDF…</translation>
    </message>
    <message>
        <source>A programme is a series of workshops with one goal — a year of Roskilde's model, say. Make one, add its sessions, and follow the ideas from question to operation.</source>
        <translation>Ett program är en serie workshoppar med ett gemensamt mål – till exempel ett år med Roskildemodellen. Skapa ett, lägg till dess workshoppar och följ idéerna från fråga till drift.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Inte ändrat</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>Kan inte visas</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n workshop</numerusform>
            <numerusform>%n workshoppar</numerusform>
        </translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Nytt program</translation>
    </message>
    <message>
        <source>Title of the programme:</source>
        <translation>Programmets titel:</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Delete programme</source>
        <translation>Ta bort programmet</translation>
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
        <translation>Inte sparad</translation>
    </message>
    <message>
        <source>The PDF could not be written: {reason}</source>
        <translation>PDF-filen kunde inte sparas: {reason}</translation>
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
        <translation>Markera lappar att bedöma först.</translation>
    </message>
    <message>
        <source>This session has no rating criteria.</source>
        <translation>Sessionen har inga bedömningskriterier.</translation>
    </message>
    <message>
        <source>Rate “%1” (%2–%3): press a digit; Backspace clears; Esc stops.</source>
        <translation>Bedöm ”%1” (%2–%3): tryck en siffra; Backsteg rensar; Esc avslutar.</translation>
    </message>
    <message>
        <source>Rate notes</source>
        <translation>Bedöm lappar</translation>
    </message>
</context>
<context>
    <name>RatingsPanel</name>
    <message>
        <source>Ratings</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Edit criteria…</source>
        <translation>Redigera kriterier…</translation>
    </message>
    <message>
        <source>Sort board, best first</source>
        <translation>Sortera tavlan, bäst först</translation>
    </message>
    <message>
        <source>Dim notes below</source>
        <translation>Tona ned lappar under</translation>
    </message>
    <message>
        <source>Sort and filter by</source>
        <translation>Sortera och filtrera efter</translation>
    </message>
    <message>
        <source>Sum of all criteria</source>
        <translation>Summa av alla kriterier</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Prickar</translation>
    </message>
    <message>
        <source>This session has no criteria yet: add them with Edit criteria.</source>
        <translation>Sessionen har inga kriterier än: lägg till dem med Redigera kriterier.</translation>
    </message>
    <message>
        <source>Select notes to rate them (or press R and digits).</source>
        <translation>Markera lappar för att bedöma dem (eller tryck R och siffror).</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) selected</source>
        <translation>
            <numerusform>%n lapp markerad</numerusform>
            <numerusform>%n lappar markerade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{label} {value} (%n rating(s))</source>
        <translation>
            <numerusform>{label} {value} (%n bedömning)</numerusform>
            <numerusform>{label} {value} (%n bedömningar)</numerusform>
        </translation>
    </message>
    <message>
        <source>From the phones:</source>
        <translation>Från telefonerna:</translation>
    </message>
    <message>
        <source>Sort notes</source>
        <translation>Sortera lappar</translation>
    </message>
</context>
<context>
    <name>RelationKinds</name>
    <message>
        <source>Collaboration</source>
        <translation>Samarbete</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Pengar</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Förtroende</translation>
    </message>
</context>
<context>
    <name>RelationPanel</name>
    <message>
        <source>Show relations</source>
        <translation>Visa relationer</translation>
    </message>
    <message>
        <source>The type new relations get; type a name for your own</source>
        <translation>Typen som nya relationer får; skriv ett namn för en egen typ</translation>
    </message>
    <message>
        <source>Selected relation</source>
        <translation>Vald relation</translation>
    </message>
    <message>
        <source>Has a direction (arrow)</source>
        <translation>Har en riktning (pil)</translation>
    </message>
    <message>
        <source>Delete relation</source>
        <translation>Ta bort relationen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <source>Drag from one stakeholder to another with Shift held, or switch on Connect.</source>
        <translation>Dra från en aktör till en annan med Skift nedtryckt, eller slå på Koppla.</translation>
    </message>
    <message>
        <source>New relations</source>
        <translation>Nya relationer</translation>
    </message>
</context>
<context>
    <name>RoomEdits</name>
    <message>
        <source>{name} joined the room</source>
        <translation>{name} gick med i rummet</translation>
    </message>
    <message>
        <source>Note from {name}</source>
        <translation>Lapp från {name}</translation>
    </message>
    <message>
        <source>{name} changed a note</source>
        <translation>{name} ändrade en lapp</translation>
    </message>
    <message>
        <source>{name} withdrew a note</source>
        <translation>{name} tog tillbaka en lapp</translation>
    </message>
    <message>
        <source>Dot from {name}</source>
        <translation>Prick från {name}</translation>
    </message>
    <message>
        <source>Rating from {name}</source>
        <translation>Bedömning från {name}</translation>
    </message>
    <message>
        <source>Change from {name}</source>
        <translation>Ändring från {name}</translation>
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
        <translation>Deltagarna går med från sina telefoner via det här nätverket: ingen app, inget konto, inget internet. Deras lappar är privata tills du visar dem.</translation>
    </message>
    <message>
        <source>{address} (this computer only)</source>
        <translation>{address} (bara den här datorn)</translation>
    </message>
    <message>
        <source>Open the room</source>
        <translation>Öppna rummet</translation>
    </message>
    <message>
        <source>Show the join screen on the projector</source>
        <translation>Visa anslutningsbilden på projektorn</translation>
    </message>
    <message>
        <source>Writing open</source>
        <translation>Skrivandet är öppet</translation>
    </message>
    <message>
        <source>Voting open</source>
        <translation>Röstningen är öppen</translation>
    </message>
    <message>
        <source>Private writing (hidden until you reveal)</source>
        <translation>Privat skrivande (dolt tills du visar)</translation>
    </message>
    <message>
        <source>Open the selected notes for rating</source>
        <translation>Öppna de markerade lapparna för bedömning</translation>
    </message>
    <message>
        <source>Close rating</source>
        <translation>Stäng bedömningen</translation>
    </message>
    <message>
        <source>Phones in the room</source>
        <translation>Telefoner i rummet</translation>
    </message>
    <message>
        <source>Each name belongs to the phone that joined under it: nobody else can join under it. Remove the phone to free its name (a lost phone, a mix-up).</source>
        <translation>Varje namn hör till telefonen som gick med under det: ingen annan kan gå med under samma namn. Ta bort telefonen för att frigöra namnet (en borttappad telefon, en förväxling).</translation>
    </message>
    <message>
        <source>Remove phone</source>
        <translation>Ta bort telefonen</translation>
    </message>
    <message>
        <source>Close the room</source>
        <translation>Stäng rummet</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Notes go to</source>
        <translation>Lapparna hamnar på</translation>
    </message>
    <message>
        <source>The room could not open on {address}: {reason}</source>
        <translation>Rummet kunde inte öppnas på {address}: {reason}</translation>
    </message>
    <message>
        <source>The stage's board</source>
        <translation>Momentets tavla</translation>
    </message>
    <message>
        <source>The room is closed.</source>
        <translation>Rummet är stängt.</translation>
    </message>
    <message>
        <source>Open at {url} — room code {code}</source>
        <translation>Öppet på {url} – rumskod {code}</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) joined</source>
        <translation>
            <numerusform>%n telefon ansluten</numerusform>
            <numerusform>%n telefoner anslutna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) in</source>
        <translation>
            <numerusform>%n lapp inkommen</numerusform>
            <numerusform>%n lappar inkomna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) open for rating</source>
        <translation>
            <numerusform>%n lapp öppen för bedömning</numerusform>
            <numerusform>%n lappar öppna för bedömning</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomPresence</name>
    <message>
        <source>Open the room…</source>
        <translation>Öppna rummet…</translation>
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
        <translation>Försök igen nu</translation>
    </message>
    <message>
        <source>Your latest changes are NOT saved yet. n3desk keeps them and tries again every few seconds. Reason: {reason}</source>
        <translation>Dina senaste ändringar är INTE sparade än. n3desk behåller dem och försöker igen med några sekunders mellanrum. Orsak: {reason}</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Find notes…</source>
        <translation>Sök lappar…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Sök:</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n träff</numerusform>
            <numerusform>%n träffar</numerusform>
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
        <translation>Hur kan vi …?</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>inte planerat</translation>
    </message>
    <message>
        <source>Only you see these notes.</source>
        <translation>Bara du ser de här anteckningarna.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Innovation question</source>
        <translation>Innovationsfråga</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Processledare</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Processledarens anteckningar</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Ändra titel</translation>
    </message>
    <message>
        <source>Edit innovation question</source>
        <translation>Ändra innovationsfråga</translation>
    </message>
    <message>
        <source>Edit place</source>
        <translation>Ändra plats</translation>
    </message>
    <message>
        <source>Edit facilitator</source>
        <translation>Ändra processledare</translation>
    </message>
    <message>
        <source>Edit facilitator notes</source>
        <translation>Ändra processledarens anteckningar</translation>
    </message>
    <message>
        <source>Change date</source>
        <translation>Ändra datum</translation>
    </message>
    <message>
        <source>Change start time</source>
        <translation>Ändra starttid</translation>
    </message>
</context>
<context>
    <name>SessionDocument</name>
    <message>
        <source>The change could not be saved ({error}).</source>
        <translation>Ändringen kunde inte sparas ({error}).</translation>
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
        <translation>Datum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Lappar</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(utan titel)</translation>
    </message>
</context>
<context>
    <name>SessionWindow</name>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Tavlor</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Aktörskarta</translation>
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
        <translation>{title} — INTE SPARAT — n3desk</translation>
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
        <translation>Ljust</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hög kontrast</translation>
    </message>
    <message>
        <source>Like the window</source>
        <translation>Som fönstret</translation>
    </message>
    <message>
        <source>Any screen that is not this one</source>
        <translation>Valfri skärm som inte är den här</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fönster</translation>
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
        <translation>Text&amp;storlek</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ljud</translation>
    </message>
    <message>
        <source>&amp;Play the end signal when a stage's time is up</source>
        <translation>S&amp;pela slutsignalen när ett moments tid är slut</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projektor</translation>
    </message>
    <message>
        <source>S&amp;creen</source>
        <translation>S&amp;kärm</translation>
    </message>
    <message>
        <source>Loo&amp;k</source>
        <translation>Ut&amp;seende</translation>
    </message>
    <message>
        <source>Te&amp;xt size</source>
        <translation>Te&amp;xtstorlek</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Vad den gör</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projektor</translation>
    </message>
    <message>
        <source>Stage timer</source>
        <translation>Momenttimer</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tavla</translation>
    </message>
    <message>
        <source>Rating the selected notes (after R)</source>
        <translation>Bedöma de markerade lapparna (efter R)</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Aktörskarta</translation>
    </message>
    <message>
        <source>List of sessions</source>
        <translation>Listan över sessioner</translation>
    </message>
    <message>
        <source>Shift+drag</source>
        <translation>Skift+dra</translation>
    </message>
    <message>
        <source>Space+drag</source>
        <translation>Mellanslag+dra</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Ny session</translation>
    </message>
    <message>
        <source>Back to all sessions</source>
        <translation>Tillbaka till alla sessioner</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation>Den här listan över kortkommandon</translation>
    </message>
    <message>
        <source>Overview tab</source>
        <translation>Fliken Översikt</translation>
    </message>
    <message>
        <source>Boards tab</source>
        <translation>Fliken Tavlor</translation>
    </message>
    <message>
        <source>Stakeholder map tab</source>
        <translation>Fliken Aktörskarta</translation>
    </message>
    <message>
        <source>Agenda tab</source>
        <translation>Fliken Agenda</translation>
    </message>
    <message>
        <source>Present full-screen on this screen (Esc leaves)</source>
        <translation>Presentera i helskärm på den här skärmen (Esc avslutar)</translation>
    </message>
    <message>
        <source>Leave the full screen</source>
        <translation>Lämna helskärmen</translation>
    </message>
    <message>
        <source>Projector on the second screen on or off</source>
        <translation>Projektorn på den andra skärmen på eller av</translation>
    </message>
    <message>
        <source>Black out the projector, or light it again</source>
        <translation>Svart bild på projektorn, eller tänd den igen</translation>
    </message>
    <message>
        <source>Freeze the projector's picture, or let it move again</source>
        <translation>Frys projektorns bild, eller låt den röra sig igen</translation>
    </message>
    <message>
        <source>The projector follows what you look at</source>
        <translation>Projektorn följer det du tittar på</translation>
    </message>
    <message>
        <source>Show the selection to the room</source>
        <translation>Visa markeringen för rummet</translation>
    </message>
    <message>
        <source>Show the current stage to the room</source>
        <translation>Visa det pågående momentet för rummet</translation>
    </message>
    <message>
        <source>A board too big for the wall: show its next part</source>
        <translation>En tavla som är för stor för väggen: visa nästa del</translation>
    </message>
    <message>
        <source>A board too big for the wall: show its previous part</source>
        <translation>En tavla som är för stor för väggen: visa föregående del</translation>
    </message>
    <message>
        <source>Start, pause or resume</source>
        <translation>Starta, pausa eller fortsätt</translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation>Nästa moment</translation>
    </message>
    <message>
        <source>Back to the stage that ended last</source>
        <translation>Tillbaka till momentet som avslutades senast</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Ny lapp</translation>
    </message>
    <message>
        <source>Edit the selected note</source>
        <translation>Redigera den markerade lappen</translation>
    </message>
    <message>
        <source>A new note next to the selected one</source>
        <translation>En ny lapp bredvid den markerade</translation>
    </message>
    <message>
        <source>Delete the selected notes</source>
        <translation>Ta bort de markerade lapparna</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Färg</translation>
    </message>
    <message>
        <source>Hide or reveal</source>
        <translation>Dölj eller visa</translation>
    </message>
    <message>
        <source>Private writing on or off</source>
        <translation>Skriv i enrum på eller av</translation>
    </message>
    <message>
        <source>Arrange in a grid</source>
        <translation>Ordna i rutnät</translation>
    </message>
    <message>
        <source>Bring to the front</source>
        <translation>Flytta längst fram</translation>
    </message>
    <message>
        <source>Rate the selected notes</source>
        <translation>Bedöm de markerade lapparna</translation>
    </message>
    <message>
        <source>Zoom to the selection</source>
        <translation>Zooma till markeringen</translation>
    </message>
    <message>
        <source>Fit the whole board</source>
        <translation>Visa hela tavlan</translation>
    </message>
    <message>
        <source>Zoom in or out</source>
        <translation>Zooma in eller ut</translation>
    </message>
    <message>
        <source>Move around the board</source>
        <translation>Flytta runt på tavlan</translation>
    </message>
    <message>
        <source>Move the selected notes (with Shift: further)</source>
        <translation>Flytta de markerade lapparna (med Skift: längre)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicera</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Markera alla</translation>
    </message>
    <message>
        <source>Frame around the selection</source>
        <translation>Ram runt markeringen</translation>
    </message>
    <message>
        <source>Copy, cut, paste</source>
        <translation>Kopiera, klipp ut, klistra in</translation>
    </message>
    <message>
        <source>Find notes</source>
        <translation>Sök lappar</translation>
    </message>
    <message>
        <source>Stop editing or clear the selection</source>
        <translation>Sluta redigera eller avmarkera</translation>
    </message>
    <message>
        <source>Finish writing the note</source>
        <translation>Skriv klart lappen</translation>
    </message>
    <message>
        <source>Give the value for the criterion shown</source>
        <translation>Ge värdet för kriteriet som visas</translation>
    </message>
    <message>
        <source>Clear the criterion shown</source>
        <translation>Töm kriteriet som visas</translation>
    </message>
    <message>
        <source>Stop rating</source>
        <translation>Sluta bedöma</translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation>Radera markeringen</translation>
    </message>
    <message>
        <source>Focus on the selected stakeholder</source>
        <translation>Fokusera på den markerade aktören</translation>
    </message>
    <message>
        <source>End the focus</source>
        <translation>Avsluta fokus</translation>
    </message>
    <message>
        <source>Draw a relation</source>
        <translation>Rita en relation</translation>
    </message>
    <message>
        <source>Rename the session</source>
        <translation>Byt namn på sessionen</translation>
    </message>
    <message>
        <source>Delete the session</source>
        <translation>Radera sessionen</translation>
    </message>
    <message>
        <source>Duplicate the session</source>
        <translation>Duplicera sessionen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
</context>
<context>
    <name>StageCard</name>
    <message>
        <source>Agenda finished</source>
        <translation>Agendan är klar</translation>
    </message>
    <message>
        <source>Stage {n} of {count}</source>
        <translation>Moment {n} av {count}</translation>
    </message>
    <message>
        <source>Summary round</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Station {n} of {count}</source>
        <translation>Station {n} av {count}</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Inte startat</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Tiden är slut</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>Nästa: {title}</translation>
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
        <translation>Tidsruta</translation>
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
        <translation> min var</translation>
    </message>
    <message>
        <source> min summary</source>
        <translation> min sammanfattning</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>What the room should do, shown to everyone</source>
        <translation>Vad rummet ska göra – visas för alla</translation>
    </message>
    <message>
        <source>amber </source>
        <translation>gult </translation>
    </message>
    <message>
        <source>red </source>
        <translation>rött </translation>
    </message>
    <message>
        <source>Seconds left when the timer turns amber</source>
        <translation>Sekunder kvar när timern blir gul</translation>
    </message>
    <message>
        <source>Seconds left when the timer turns red</source>
        <translation>Sekunder kvar när timern blir röd</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad tid</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <source>Board to show</source>
        <translation>Tavla att visa</translation>
    </message>
    <message>
        <source>Colour at</source>
        <translation>Färg vid</translation>
    </message>
    <message>
        <source>Select a stage, or add one.</source>
        <translation>Välj ett moment eller lägg till ett.</translation>
    </message>
    <message>
        <source>Instructions for the room</source>
        <translation>Instruktioner till rummet</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Byt namn på moment</translation>
    </message>
    <message>
        <source>Edit instructions</source>
        <translation>Ändra instruktioner</translation>
    </message>
    <message>
        <source>Change planned time</source>
        <translation>Ändra planerad tid</translation>
    </message>
    <message>
        <source>Change stations</source>
        <translation>Ändra antal stationer</translation>
    </message>
    <message>
        <source>Change station time</source>
        <translation>Ändra tid per station</translation>
    </message>
    <message>
        <source>Change summary time</source>
        <translation>Ändra tid för sammanfattning</translation>
    </message>
    <message>
        <source>Change warning time</source>
        <translation>Ändra varningstid</translation>
    </message>
    <message>
        <source>Change danger time</source>
        <translation>Ändra larmtid</translation>
    </message>
    <message>
        <source>Change board</source>
        <translation>Byt tavla</translation>
    </message>
    <message>
        <source>Change stage kind</source>
        <translation>Byt typ av moment</translation>
    </message>
    <message>
        <source>Change method</source>
        <translation>Byt metod</translation>
    </message>
    <message>
        <source>(no method card)</source>
        <translation>(inget metodkort)</translation>
    </message>
    <message>
        <source> (own)</source>
        <translation> (eget)</translation>
    </message>
    <message>
        <source>(no board)</source>
        <translation>(ingen tavla)</translation>
    </message>
</context>
<context>
    <name>StakeholderEditor</name>
    <message>
        <source>Select a stakeholder on the map or in the table.</source>
        <translation>Välj en aktör på kartan eller i tabellen.</translation>
    </message>
    <message>
        <source>What can they contribute?</source>
        <translation>Vad kan de bidra med?</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Fokusera</translation>
    </message>
    <message>
        <source>Fade all but this stakeholder and its neighbours (F)</source>
        <translation>Tona ner allt utom den här aktören och dess grannar (F)</translation>
    </message>
    <message>
        <source>Connect to…</source>
        <translation>Koppla till…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Influence (1–5)</source>
        <translation>Inflytande (1–5)</translation>
    </message>
    <message>
        <source>Interest (1–5)</source>
        <translation>Intresse (1–5)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>StakeholderMapScene</name>
    <message>
        <source>The citizen</source>
        <translation>Brukaren</translation>
    </message>
</context>
<context>
    <name>StakeholderTableModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
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
        <translation>Roll</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Inflytande</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intresse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Import a session file</source>
        <translation>Importera en sessionsfil</translation>
    </message>
    <message>
        <source>n3desk session files (*.n3desk)</source>
        <translation>n3desk-sessionsfiler (*.n3desk)</translation>
    </message>
    <message>
        <source>Rename session</source>
        <translation>Byt namn på session</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>Ny titel:</translation>
    </message>
    <message>
        <source>Import a session file…</source>
        <translation>Importera en sessionsfil…</translation>
    </message>
    <message>
        <source>Import a session file (.n3desk) from another laptop</source>
        <translation>Importera en sessionsfil (.n3desk) från en annan dator</translation>
    </message>
    <message>
        <source>Your sessions</source>
        <translation>Dina sessioner</translation>
    </message>
    <message>
        <source>Search title, place or date…</source>
        <translation>Sök titel, plats eller datum…</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Ny session…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Byt namn…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicera</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Radera…</translation>
    </message>
    <message>
        <source>No sessions yet — create one, or open the demo to look around.</source>
        <translation>Inga sessioner än – skapa en, eller öppna demon och titta runt.</translation>
    </message>
    <message>
        <source>Create a session…</source>
        <translation>Skapa en session…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Öppna demon</translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message>
        <source>Too late to cancel: the team library is saving it…</source>
        <translation>För sent att avbryta: teambiblioteket sparar den nu…</translation>
    </message>
    <message>
        <source>Not published: cancelled. The team library is as it was.</source>
        <translation>Inte publicerat: avbrutet. Teambiblioteket är som förut.</translation>
    </message>
    <message>
        <source>Not fetched: cancelled. Your library is unchanged.</source>
        <translation>Inte hämtat: avbrutet. Ditt bibliotek är oförändrat.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Inte ansluten</translation>
    </message>
    <message>
        <source>Password not kept</source>
        <translation>Lösenordet sparades inte</translation>
    </message>
    <message>
        <source>Forget the password</source>
        <translation>Glöm lösenordet</translation>
    </message>
    <message>
        <source>Remove the password for {user} on {where} from this computer's keyring? You will type it again the next time you connect.</source>
        <translation>Ta bort lösenordet för {user} på {where} från datorns nyckelring? Du skriver in det igen nästa gång du ansluter.</translation>
    </message>
    <message>
        <source>Forget it</source>
        <translation>Glöm det</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behåll det</translation>
    </message>
    <message>
        <source>Password not forgotten</source>
        <translation>Lösenordet glömdes inte</translation>
    </message>
    <message>
        <source>The keyring would not let the password go. Try again, or remove it with the computer's own keyring tool.</source>
        <translation>Nyckelringen släppte inte lösenordet. Försök igen, eller ta bort det med datorns eget verktyg för nyckelringen.</translation>
    </message>
    <message>
        <source>The password for {user} is forgotten on this computer.</source>
        <translation>Lösenordet för {user} är glömt på den här datorn.</translation>
    </message>
    <message>
        <source>Connecting to the team library…</source>
        <translation>Ansluter till teambiblioteket…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n item(s) in the team library.</source>
        <translation>
            <numerusform>Ansluten: %n sak i teambiblioteket.</numerusform>
            <numerusform>Ansluten: %n saker i teambiblioteket.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Kunde inte läsas</translation>
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
        <translation>Mall: {title}</translation>
    </message>
    <message>
        <source>Method card: {title}</source>
        <translation>Metodkort: {title}</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicera</translation>
    </message>
    <message>
        <source>What to publish:</source>
        <translation>Vad vill du publicera?</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Inte publicerat</translation>
    </message>
    <message>
        <source>Publishing “{title}”…</source>
        <translation>Publicerar ”{title}”…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Not published.</source>
        <translation>Inte publicerat.</translation>
    </message>
    <message>
        <source>Published, but not noted here</source>
        <translation>Publicerat, men inte noterat på den här datorn</translation>
    </message>
    <message>
        <source>Published “{title}” as revision {revision}.</source>
        <translation>”{title}” publicerad som version {revision}.</translation>
    </message>
    <message>
        <source>Fetch first</source>
        <translation>Hämta först</translation>
    </message>
    <message>
        <source>Publish as a copy</source>
        <translation>Publicera som kopia</translation>
    </message>
    <message>
        <source>Someone published a newer version</source>
        <translation>Någon har publicerat en nyare version</translation>
    </message>
    <message>
        <source>{author} published revision {revision} of “{title}” at {when}, after the version you started from. Nothing was published and nothing was lost.

Fetch first: your unpublished changes are kept beside it as a local copy.
Publish as a copy: your version goes to the team as a new item.</source>
        <translation>{author} publicerade version {revision} av ”{title}” {when}, efter den version du utgick från. Ingenting publicerades och ingenting gick förlorat.

Hämta först: dina opublicerade ändringar sparas bredvid som en lokal kopia.
Publicera som kopia: din version läggs i teambiblioteket som en ny sak.</translation>
    </message>
    <message>
        <source>Fetching “{title}”…</source>
        <translation>Hämtar ”{title}”…</translation>
    </message>
    <message>
        <source>Not fetched</source>
        <translation>Inte hämtat</translation>
    </message>
    <message>
        <source>“{title}” is open. Close it, then fetch again: a fetch never replaces a session while you work on it.</source>
        <translation>”{title}” är öppen. Stäng den och hämta sedan igen: en hämtning ersätter aldrig en workshop som du arbetar i.</translation>
    </message>
    <message>
        <source>Fetched revision {revision} of “{title}” by {author}.</source>
        <translation>Hämtade version {revision} av ”{title}” från {author}.</translation>
    </message>
    <message>
        <source>Your unpublished changes are kept as a local copy.</source>
        <translation>Dina opublicerade ändringar finns kvar som en lokal kopia.</translation>
    </message>
    <message>
        <source>Revision {revision} by {author}, {when}</source>
        <translation>Version {revision} av {author}, {when}</translation>
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
        <translation>Dela workshoppar och program med ditt team på den server som IT-avdelningen har satt upp. Ditt eget bibliotek är fortfarande arbetskopian: inget här behövs för att hålla en workshop.</translation>
    </message>
    <message>
        <source>Your name, as the team sees it</source>
        <translation>Ditt namn, som teamet ser det</translation>
    </message>
    <message>
        <source>Kept in this computer's keyring</source>
        <translation>Sparas i datorns nyckelring</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>Forget password</source>
        <translation>Glöm lösenordet</translation>
    </message>
    <message>
        <source>Remove the saved password from this computer's keyring</source>
        <translation>Ta bort det sparade lösenordet från datorns nyckelring</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Anslut</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Publicera…</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Hämta</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>Publicerad av</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who published what</source>
        <translation>Vem publicerade vad</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Fetching replaces your copy with the team's newest version and cannot be undone. Changes you have not published are kept beside it as a local copy.</source>
        <translation>Att hämta ersätter din kopia med teamets senaste version och kan inte ångras. Ändringar som du inte har publicerat sparas bredvid som en lokal kopia.</translation>
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
        <translation>Mall</translation>
    </message>
    <message>
        <source>Method card</source>
        <translation>Metodkort</translation>
    </message>
    <message>
        <source>Not connected. Ask your IT department for the address.</source>
        <translation>Inte ansluten. Fråga IT-avdelningen efter adressen.</translation>
    </message>
</context>
<context>
    <name>TemplateSaver</name>
    <message>
        <source>Save as template</source>
        <translation>Spara som mall</translation>
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation>Namn på den nya mallen:</translation>
    </message>
    <message>
        <source>The template was not saved</source>
        <translation>Mallen sparades inte</translation>
    </message>
</context>
<context>
    <name>TextEditing</name>
    <message>
        <source>Edit note text</source>
        <translation>Ändra lappens text</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>Ta bort lapp</translation>
    </message>
</context>
<context>
    <name>TimerStrip</name>
    <message>
        <source>Next ▸</source>
        <translation>Nästa ▸</translation>
    </message>
    <message>
        <source>One minute less</source>
        <translation>En minut mindre</translation>
    </message>
    <message>
        <source>One minute more</source>
        <translation>En minut till</translation>
    </message>
    <message>
        <source>Five minutes more</source>
        <translation>Fem minuter till</translation>
    </message>
    <message>
        <source>Finish this stage and start the next (Ctrl+Right)</source>
        <translation>Avsluta momentet och starta nästa (Ctrl+Höger)</translation>
    </message>
    <message>
        <source>Start or pause the timer (Space)</source>
        <translation>Starta eller pausa timern (mellanslag)</translation>
    </message>
    <message>
        <source>Agenda finished</source>
        <translation>Agendan är klar</translation>
    </message>
    <message>
        <source>No agenda yet</source>
        <translation>Ingen agenda än</translation>
    </message>
    <message>
        <source>Every stage is done.</source>
        <translation>Alla moment är klara.</translation>
    </message>
    <message>
        <source>Add stages on the Agenda tab.</source>
        <translation>Lägg till moment under fliken Agenda.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starta</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Stage {n} of {count}</source>
        <translation>Moment {n} av {count}</translation>
    </message>
    <message>
        <source>Summary round</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Station {n} of {count}</source>
        <translation>Station {n} av {count}</translation>
    </message>
    <message>
        <source>{time} left in all</source>
        <translation>{time} kvar totalt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <source>Time is up — next: {title} (Ctrl+Right)</source>
        <translation>Tiden är ute — nästa: {title} (Ctrl+Höger)</translation>
    </message>
    <message>
        <source>Time is up — this is the last stage</source>
        <translation>Tiden är ute — detta är sista momentet</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>Nästa: {title}</translation>
    </message>
    <message>
        <source>Back to “{title}”, paused where it ended (Ctrl+Left)</source>
        <translation>Tillbaka till ”{title}”, pausat där det slutade (Ctrl+Vänster)</translation>
    </message>
    <message>
        <source>Back to the stage that ended last (Ctrl+Left)</source>
        <translation>Tillbaka till momentet som avslutades senast (Ctrl+Vänster)</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>Ljud av</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Ljud på</translation>
    </message>
    <message>
        <source>Switch the end signal on or off</source>
        <translation>Slå på eller av slutsignalen</translation>
    </message>
    <message>
        <source>Station {n} of {count} — move on</source>
        <translation>Station {n} av {count} — byt!</translation>
    </message>
    <message>
        <source>Summary round — come together</source>
        <translation>Sammanfattning — samlas</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <source>Dot voting</source>
        <translation>Prickröstning</translation>
    </message>
    <message>
        <source>Start round</source>
        <translation>Starta omgång</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Dots per participant</source>
        <translation>Prickar per deltagare</translation>
    </message>
    <message>
        <source>Most dots on one note</source>
        <translation>Högst antal prickar på en lapp</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Öppna igen</translation>
    </message>
    <message>
        <source>Enter dots (click +1, Shift+click −1)</source>
        <translation>Mata in prickar (klick +1, Skift+klick −1)</translation>
    </message>
    <message>
        <source>Counts are hidden until the round is revealed.</source>
        <translation>Antalet prickar är dolt tills omgången visas.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Omgång</translation>
    </message>
    <message>
        <source>Dots of</source>
        <translation>Prickar från</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Omgång %1</translation>
    </message>
    <message>
        <source>Start voting round</source>
        <translation>Starta röstningsomgång</translation>
    </message>
    <message>
        <source>Close voting round</source>
        <translation>Stäng röstningsomgång</translation>
    </message>
    <message>
        <source>Reveal votes</source>
        <translation>Visa röster</translation>
    </message>
    <message>
        <source>Reopen voting round</source>
        <translation>Öppna röstningsomgång igen</translation>
    </message>
    <message>
        <source>Not by name (the room)</source>
        <translation>Utan namn (rummet)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Stängd</translation>
    </message>
    <message>
        <source>Revealed</source>
        <translation>Visad</translation>
    </message>
    <message>
        <source>No round yet</source>
        <translation>Ingen omgång än</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) given</source>
        <translation>
            <numerusform>%n prick given</numerusform>
            <numerusform>%n prickar givna</numerusform>
        </translation>
    </message>
    <message>
        <source>No budget: list the participants on the Overview tab to set one.</source>
        <translation>Ingen budget: skriv in deltagarna på fliken Översikt för att få en.</translation>
    </message>
    <message>
        <source>%1 of %2 dots used · %3 left</source>
        <translation>%1 av %2 prickar använda · %3 kvar</translation>
    </message>
    <message>
        <source>Budget: %1 participants × %2 dots, by name or not</source>
        <translation>Budget: %1 deltagare × %2 prickar, med eller utan namn</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) entered not by name</source>
        <translation>
            <numerusform>%n prick inmatad utan namn</numerusform>
            <numerusform>%n prickar inmatade utan namn</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has %2 of %3 dots left</source>
        <translation>%1 har %2 av %3 prickar kvar</translation>
    </message>
</context>
</TS>