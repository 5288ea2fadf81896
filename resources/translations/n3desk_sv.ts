<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_SE">
<context>
    <name>AgendaPage</name>
    <message>
        <source>Agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starts at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run this stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish the running stage and start this one now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as template…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Method library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reorder agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach method card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change start time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change time available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · {n} × {m} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total {total} min of {available} — {over} min too long! Ends at {end}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total {total} min of {available} available. Ends at {end}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BoardController</name>
    <message>
        <source>Add note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reveal notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reveal all notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Private writing: new notes stay hidden from the projector.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tidy frame</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arrange in grid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bring to front</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make frame</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Frame title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename frame</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cut notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Carry notes forward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a voting round first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a dot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take back a dot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The round is not open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No dots left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This note has as many dots as allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no dot to take back.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BoardTabs</name>
    <message>
        <source>+ Board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Board %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reorder boards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move right</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BoardsPage</name>
    <message>
        <source>This session has no boards yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Frame</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arrange</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To front</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pink</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purple</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide/reveal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Private writing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reveal all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Carry forward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Voting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no other board)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Selected notes to “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top %1 by dots to “%2”</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n note(s) carried forward</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
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
        <source>Edit decision</source>
        <translation>Ändra beslut</translation>
    </message>
    <message>
        <source>Change time of decision</source>
        <translation>Ändra tid för beslut</translation>
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
        <source>Remove decision</source>
        <translation>Ta bort beslut</translation>
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
        <source>The library was damaged</source>
        <translation>Biblioteket var skadat</translation>
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
        <source>Start with an empty library</source>
        <translation>Börja med ett tomt bibliotek</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>Säkerhetskopian kunde inte återställas</translation>
    </message>
    <message>
        <source>The library file failed its check. It was moved to {moved}; nothing was deleted. There is no backup to restore, so n3desk starts with an empty library.</source>
        <translation>Biblioteksfilen klarade inte kontrollen. Den har flyttats till {moved}; ingenting har raderats. Det finns ingen säkerhetskopia att återställa, så n3desk börjar med ett tomt bibliotek.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Verktygsfält</translation>
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
        <source>Back to the list of sessions</source>
        <translation>Tillbaka till listan över sessioner</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>New stakeholder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a name and press Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drag from one stakeholder to another to connect them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Focus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fade all but the selected stakeholder and its neighbours (F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2 steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stakeholders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MapSetupPanel</name>
    <message>
        <source>The citizen at the centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose picture…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add ring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove ring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add sector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove sector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rings, closest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sectors, clockwise from the top</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New ring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New sector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Picture of the citizen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MethodLibraryPanel</name>
    <message>
        <source>Search methods…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach to the selected stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The card's steps become the stage's instructions for the room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No method matches the search.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place in the process: {text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time: {text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group size: {text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Materials: {text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tips</source>
        <translation type="unfinished" />
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
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
</context>
<context>
    <name>NoteItem</name>
    <message>
        <source>Hidden</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drag onto the map to place the typed name there</source>
        <translation type="unfinished" />
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
    <name>RatingKeys</name>
    <message>
        <source>Select notes to rate first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This session has no rating criteria.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rate “%1” (%2–%3): press a digit; Backspace clears; Esc stops.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rate notes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RatingsPanel</name>
    <message>
        <source>Ratings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sort board, best first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dim notes below</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sort and filter by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sum of all criteria</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select notes to rate them (or press R and digits).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n note(s) selected</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Sort notes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RelationKinds</name>
    <message>
        <source>Collaboration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RelationPanel</name>
    <message>
        <source>Show relations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The type new relations get; type a name for your own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Selected relation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Has a direction (arrow)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete relation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drag from one stakeholder to another with Shift held, or switch on Connect.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New relations</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished" />
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
    <name>StageEditor</name>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time-box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Station rotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> stations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min each</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the room should do, shown to everyone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>amber </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>red </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seconds left when the timer turns amber</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seconds left when the timer turns red</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Board to show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a stage, or add one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instructions for the room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit instructions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change planned time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change stations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change station time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change summary time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change warning time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change danger time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change stage kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no method card)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no board)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StakeholderEditor</name>
    <message>
        <source>Select a stakeholder on the map or in the table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What can they contribute?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Focus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fade all but this stakeholder and its neighbours (F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect to…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Influence (1–5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interest (1–5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StakeholderMapScene</name>
    <message>
        <source>The citizen</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StakeholderTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Influence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Rename session</source>
        <translation>Byt namn på session</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>Ny titel:</translation>
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
    <name>TemplateSaver</name>
    <message>
        <source>Save as template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template was not saved</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TextEditing</name>
    <message>
        <source>Edit note text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimerController</name>
    <message>
        <source>Next stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End stage</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimerStrip</name>
    <message>
        <source>Next ▸</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One minute less</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One minute more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Five minutes more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish this stage and start the next (Ctrl+Right)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start or pause the timer (Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agenda finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No agenda yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every stage is done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add stages on the Agenda tab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage {n} of {count}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Station {n} of {count}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{time} left in all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time is up — next: {title} (Ctrl+Right)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time is up — this is the last stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next: {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sound off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sound on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch the end signal on or off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Station {n} of {count} — move on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary round — come together</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <source>Dot voting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dots per participant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Most dots on one note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter dots (click +1, Shift+click −1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counts are hidden until the round is revealed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dots of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Round %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start voting round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close voting round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reveal votes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reopen voting round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revealed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No round yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No limit for the room (no participants listed).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n dot(s) left</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>controller</name>
    <message>
        <source>Move notes</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>