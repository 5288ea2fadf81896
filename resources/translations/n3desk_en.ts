<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About n3desk</source>
        <translation>About n3desk</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Nytt, Nyttigt, Nyttiggjort: an offline companion for in-room innovation workshops.</source>
        <translation>Nytt, Nyttigt, Nyttiggjort: an offline companion for in-room innovation workshops.</translation>
    </message>
    <message>
        <source>Free software under the MIT licence. It is built on Qt and Qt for Python (PySide6) under the GNU LGPL 3.0, and on the components listed below, each under its own licence.</source>
        <translation>Free software under the MIT licence. It is built on Qt and Qt for Python (PySide6) under the GNU LGPL 3.0, and on the components listed below, each under its own licence.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>The licence texts are missing from this installation.</source>
        <translation>The licence texts are missing from this installation.</translation>
    </message>
    <message>
        <source>The text {name} cannot be read.</source>
        <translation>The text {name} cannot be read.</translation>
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
        <translation>Starts at</translation>
    </message>
    <message>
        <source>Time available</source>
        <translation>Time available</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Add stage</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Run this stage</source>
        <translation>Run this stage</translation>
    </message>
    <message>
        <source>Finish the running stage and start this one now</source>
        <translation>Finish the running stage and start this one now</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Save as template…</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Method library</source>
        <translation>Method library</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>New stage</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Delete stage</translation>
    </message>
    <message>
        <source>Reorder agenda</source>
        <translation>Reorder agenda</translation>
    </message>
    <message>
        <source>Attach method card</source>
        <translation>Attach method card</translation>
    </message>
    <message>
        <source>Change start time</source>
        <translation>Change start time</translation>
    </message>
    <message>
        <source>Change time available</source>
        <translation>Change time available</translation>
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
        <translation>Total {total} min of {available} — {over} min too long! Ends at {end}.</translation>
    </message>
    <message>
        <source>Total {total} min of {available} available. Ends at {end}.</source>
        <translation>Total {total} min of {available} available. Ends at {end}.</translation>
    </message>
</context>
<context>
    <name>BoardController</name>
    <message>
        <source>Move notes</source>
        <translation>Move notes</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Colour notes</source>
        <translation>Colour notes</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Duplicate notes</source>
        <translation>Duplicate notes</translation>
    </message>
    <message>
        <source>Hide notes</source>
        <translation>Hide notes</translation>
    </message>
    <message>
        <source>Reveal notes</source>
        <translation>Reveal notes</translation>
    </message>
    <message>
        <source>Reveal all notes</source>
        <translation>Reveal all notes</translation>
    </message>
    <message>
        <source>Private writing: new notes stay hidden from the projector.</source>
        <translation>Private writing: new notes stay hidden from the projector.</translation>
    </message>
    <message>
        <source>Tidy frame</source>
        <translation>Tidy frame</translation>
    </message>
    <message>
        <source>Arrange in grid</source>
        <translation>Arrange in grid</translation>
    </message>
    <message>
        <source>Bring to front</source>
        <translation>Bring to front</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Group %1</translation>
    </message>
    <message>
        <source>Make frame</source>
        <translation>Make frame</translation>
    </message>
    <message>
        <source>Frame title</source>
        <translation>Frame title</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Rename frame</source>
        <translation>Rename frame</translation>
    </message>
    <message>
        <source>Cut notes</source>
        <translation>Cut notes</translation>
    </message>
    <message>
        <source>Paste notes</source>
        <translation>Paste notes</translation>
    </message>
    <message>
        <source>Carry notes forward</source>
        <translation>Carry notes forward</translation>
    </message>
    <message>
        <source>Start a voting round first.</source>
        <translation>Start a voting round first.</translation>
    </message>
    <message>
        <source>Add a dot</source>
        <translation>Add a dot</translation>
    </message>
    <message>
        <source>Take back a dot</source>
        <translation>Take back a dot</translation>
    </message>
    <message>
        <source>The round is not open.</source>
        <translation>The round is not open.</translation>
    </message>
    <message>
        <source>The round's dots are all used.</source>
        <translation>The round's dots are all used.</translation>
    </message>
    <message>
        <source>This participant has no dots left.</source>
        <translation>This participant has no dots left.</translation>
    </message>
    <message>
        <source>This note has as many dots as allowed.</source>
        <translation>This note has as many dots as allowed.</translation>
    </message>
    <message>
        <source>There is no dot to take back.</source>
        <translation>There is no dot to take back.</translation>
    </message>
</context>
<context>
    <name>BoardInteractions</name>
    <message>
        <source>Move frame</source>
        <translation>Move frame</translation>
    </message>
    <message>
        <source>Move notes</source>
        <translation>Move notes</translation>
    </message>
    <message>
        <source>Resize frame</source>
        <translation>Resize frame</translation>
    </message>
</context>
<context>
    <name>BoardTabs</name>
    <message>
        <source>+ Board</source>
        <translation>+ Board</translation>
    </message>
    <message>
        <source>Add a board</source>
        <translation>Add a board</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Board %1</source>
        <translation>Board %1</translation>
    </message>
    <message>
        <source>New board</source>
        <translation>New board</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Add board</source>
        <translation>Add board</translation>
    </message>
    <message>
        <source>Rename board</source>
        <translation>Rename board</translation>
    </message>
    <message>
        <source>Delete board</source>
        <translation>Delete board</translation>
    </message>
    <message>
        <source>Reorder boards</source>
        <translation>Reorder boards</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Move left</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Move right</translation>
    </message>
</context>
<context>
    <name>BoardsPage</name>
    <message>
        <source>This session has no boards yet.</source>
        <translation>This session has no boards yet.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Frame</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Arrange</translation>
    </message>
    <message>
        <source>To front</source>
        <translation>To front</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Pink</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Purple</translation>
    </message>
    <message>
        <source>Hide/reveal</source>
        <translation>Hide/reveal</translation>
    </message>
    <message>
        <source>Hide or reveal selected</source>
        <translation>Hide or reveal selected</translation>
    </message>
    <message>
        <source>Reveal all</source>
        <translation>Reveal all</translation>
    </message>
    <message>
        <source>Private writing</source>
        <translation>Private writing</translation>
    </message>
    <message>
        <source>Carry forward</source>
        <translation>Carry forward</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Fit all</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Voting</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>(no other board)</source>
        <translation>(no other board)</translation>
    </message>
    <message numerus="yes">
        <source>Selected notes (%n) to “%1”</source>
        <translation>
            <numerusform>Selected notes (%n) to “%1”</numerusform>
            <numerusform>Selected notes (%n) to “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Top notes by dots, or choose…</source>
        <translation>Top notes by dots, or choose…</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) carried forward</source>
        <translation>
            <numerusform>%n note carried forward</numerusform>
            <numerusform>%n notes carried forward</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarryForwardDialog</name>
    <message>
        <source>Carry notes forward</source>
        <translation>Carry notes forward</translation>
    </message>
    <message>
        <source>The top notes by dots:</source>
        <translation>The top notes by dots:</translation>
    </message>
    <message>
        <source>To board</source>
        <translation>To board</translation>
    </message>
    <message>
        <source>Carry forward</source>
        <translation>Carry forward</translation>
    </message>
    <message numerus="yes">
        <source>The selected notes (%n)</source>
        <translation>
            <numerusform>The selected notes (%n)</numerusform>
            <numerusform>The selected notes (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no other board yet. Add one with “+ Board” first.</source>
        <translation>There is no other board yet. Add one with “+ Board” first.</translation>
    </message>
    <message>
        <source>Copies go below what is on the board, linked to their originals.</source>
        <translation>Copies go below what is on the board, linked to their originals.</translation>
    </message>
    <message>
        <source>This board has no voting round yet.</source>
        <translation>This board has no voting round yet.</translation>
    </message>
    <message>
        <source>No note has dots in “%1” yet.</source>
        <translation>No note has dots in “%1” yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) go: a tie at the last place brings them all.</source>
        <translation>
            <numerusform>%n note go: a tie at the last place brings them all.</numerusform>
            <numerusform>%n notes go: a tie at the last place brings them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) go, by dots in “%1”.</source>
        <translation>
            <numerusform>%n note go, by dots in “%1”.</numerusform>
            <numerusform>%n notes go, by dots in “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Rating criteria</source>
        <translation>Rating criteria</translation>
    </message>
    <message>
        <source>Notes are rated on these criteria, from low to high (0–10). Every change can be undone with Ctrl+Z.</source>
        <translation>Notes are rated on these criteria, from low to high (0–10). Every change can be undone with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Add criterion</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n rating</numerusform>
            <numerusform>%n ratings</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the N3 three (%1)</source>
        <translation>Add the N3 three (%1)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>New criterion</translation>
    </message>
    <message>
        <source>Add the N3 criteria</source>
        <translation>Add the N3 criteria</translation>
    </message>
    <message>
        <source>A criterion needs a name; it keeps “%1”.</source>
        <translation>A criterion needs a name; it keeps “%1”.</translation>
    </message>
    <message>
        <source>Rename criterion</source>
        <translation>Rename criterion</translation>
    </message>
    <message>
        <source>A scale runs within 0–10, its lowest value below its highest.</source>
        <translation>A scale runs within 0–10, its lowest value below its highest.</translation>
    </message>
    <message>
        <source>Change the range</source>
        <translation>Change the range</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) on “%1” will be set to the nearest value in %2–%3. Undo (Ctrl+Z) gives the old values back.</source>
        <translation>
            <numerusform>%n rating on “%1” will be set to the nearest value in %2–%3. Undo (Ctrl+Z) gives the old values back.</numerusform>
            <numerusform>%n ratings on “%1” will be set to the nearest value in %2–%3. Undo (Ctrl+Z) gives the old values back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>Change range of criterion</source>
        <translation>Change range of criterion</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Remove criterion</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n rating(s). They are removed with it. Undo (Ctrl+Z) brings the criterion and its ratings back.</source>
        <translation>
            <numerusform>“%1” has %n rating. They are removed with it. Undo (Ctrl+Z) brings the criterion and its ratings back.</numerusform>
            <numerusform>“%1” has %n ratings. They are removed with it. Undo (Ctrl+Z) brings the criterion and its ratings back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove with ratings</source>
        <translation>Remove with ratings</translation>
    </message>
    <message>
        <source>Reorder criteria</source>
        <translation>Reorder criteria</translation>
    </message>
</context>
<context>
    <name>DecisionModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Chose</source>
        <translation>Chose</translation>
    </message>
    <message>
        <source>Edit decision</source>
        <translation>Edit decision</translation>
    </message>
    <message>
        <source>Change time of decision</source>
        <translation>Change time of decision</translation>
    </message>
    <message>
        <source>Change owner of decision</source>
        <translation>Change owner of decision</translation>
    </message>
    <message>
        <source>Change due date of decision</source>
        <translation>Change due date of decision</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>What was decided? Then Enter</source>
        <translation>What was decided? Then Enter</translation>
    </message>
    <message>
        <source>Log decision</source>
        <translation>Log decision</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Choose notes…</source>
        <translation>Choose notes…</translation>
    </message>
    <message>
        <source>Tick the ideas or concepts this decision chose; they go into the record.</source>
        <translation>Tick the ideas or concepts this decision chose; they go into the record.</translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation>Remove decision</translation>
    </message>
    <message>
        <source>Choose notes for decision</source>
        <translation>Choose notes for decision</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Export the record as PDF</source>
        <translation>Export the record as PDF</translation>
    </message>
    <message>
        <source>Export the notes for Excel</source>
        <translation>Export the notes for Excel</translation>
    </message>
    <message>
        <source>Export the session as a portable file</source>
        <translation>Export the session as a portable file</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Stakeholder map</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>No picture</translation>
    </message>
    <message>
        <source>This session has no board to take a picture of.</source>
        <translation>This session has no board to take a picture of.</translation>
    </message>
    <message>
        <source>Save a picture (PNG)</source>
        <translation>Save a picture (PNG)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Replace the file?</translation>
    </message>
    <message>
        <source>“{name}” already exists in {folder}. Replace it?</source>
        <translation>“{name}” already exists in {folder}. Replace it?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <source>The board has no notes or frames yet: there is nothing to picture.</source>
        <translation>The board has no notes or frames yet: there is nothing to picture.</translation>
    </message>
    <message>
        <source>The disk is full: “{name}” could not be written in {folder}. Nothing was written. Free some space or choose another folder.</source>
        <translation>The disk is full: “{name}” could not be written in {folder}. Nothing was written. Free some space or choose another folder.</translation>
    </message>
    <message>
        <source>“{name}” in {folder} cannot be replaced: is it open in another program, such as Excel or a PDF reader? Close it and try again. Nothing was written.</source>
        <translation>“{name}” in {folder} cannot be replaced: is it open in another program, such as Excel or a PDF reader? Close it and try again. Nothing was written.</translation>
    </message>
    <message>
        <source>n3desk may not write in the folder {folder}. Nothing was written. Choose another folder, for example Documents.</source>
        <translation>n3desk may not write in the folder {folder}. Nothing was written. Choose another folder, for example Documents.</translation>
    </message>
    <message>
        <source>The folder {folder} is not there (was a USB stick taken out?). Nothing was written.</source>
        <translation>The folder {folder} is not there (was a USB stick taken out?). Nothing was written.</translation>
    </message>
    <message>
        <source>“{name}” could not be written in {folder}: {reason}</source>
        <translation>“{name}” could not be written in {folder}: {reason}</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Import notes</translation>
    </message>
    <message>
        <source>Notes (*.csv *.txt);;CSV from Excel (*.csv);;Plain text (*.txt)</source>
        <translation>Notes (*.csv *.txt);;CSV from Excel (*.csv);;Plain text (*.txt)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nothing was imported</translation>
    </message>
    <message>
        <source>“{name}” could not be read: {reason}</source>
        <translation>“{name}” could not be read: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported from “{name}”. {reason}</source>
        <translation>Nothing was imported from “{name}”. {reason}</translation>
    </message>
    <message>
        <source>There are no notes in “{name}”.</source>
        <translation>There are no notes in “{name}”.</translation>
    </message>
    <message>
        <source>Import notes from “{name}”</source>
        <translation>Import notes from “{name}”</translation>
    </message>
    <message>
        <source>Imported from “{name}”</source>
        <translation>Imported from “{name}”</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Semicolon ;  (Excel in Swedish and Nordic)</source>
        <translation>Semicolon ;  (Excel in Swedish and Nordic)</translation>
    </message>
    <message>
        <source>Comma ,  (Excel in English)</source>
        <translation>Comma ,  (Excel in English)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>n3desk session files (*.n3desk)</source>
        <translation>n3desk session files (*.n3desk)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG pictures (*.png)</translation>
    </message>
    <message>
        <source>Saved in the folder {folder}</source>
        <translation>Saved in the folder {folder}</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Include</translation>
    </message>
    <message>
        <source>&amp;Cover page</source>
        <translation>&amp;Cover page</translation>
    </message>
    <message>
        <source>&amp;Agenda, planned and actual times</source>
        <translation>&amp;Agenda, planned and actual times</translation>
    </message>
    <message>
        <source>&amp;Boards and their notes</source>
        <translation>&amp;Boards and their notes</translation>
    </message>
    <message>
        <source>Stakeholder &amp;map</source>
        <translation>Stakeholder &amp;map</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>&amp;Decisions</translation>
    </message>
    <message>
        <source>N&amp;3 project card</source>
        <translation>N&amp;3 project card</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Paper</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Columns separated by</source>
        <translation>&amp;Columns separated by</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>&amp;Open the folder when done</source>
        <translation>&amp;Open the folder when done</translation>
    </message>
</context>
<context>
    <name>FaultHandler</name>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Something went wrong, but your work is saved and n3desk keeps running.

Details are in {log}.</source>
        <translation>Something went wrong, but your work is saved and n3desk keeps running.

Details are in {log}.</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>cannot be read ({0})</source>
        <translation>cannot be read ({0})</translation>
    </message>
    <message>
        <source>the file is too large for a template</source>
        <translation>the file is too large for a template</translation>
    </message>
    <message>
        <source>the file is too large for a method card</source>
        <translation>the file is too large for a method card</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>the file is not UTF-8 text</translation>
    </message>
    <message>
        <source>not valid JSON (line {0}, column {1})</source>
        <translation>not valid JSON (line {0}, column {1})</translation>
    </message>
    <message>
        <source>not a valid method card (at {0}: {1})</source>
        <translation>not a valid method card (at {0}: {1})</translation>
    </message>
    <message>
        <source>not a valid method card ({0})</source>
        <translation>not a valid method card ({0})</translation>
    </message>
    <message>
        <source>not valid ({0})</source>
        <translation>not valid ({0})</translation>
    </message>
    <message>
        <source>the id {0} is a built-in method card's</source>
        <translation>the id {0} is a built-in method card's</translation>
    </message>
    <message>
        <source>the id {0} is already used</source>
        <translation>the id {0} is already used</translation>
    </message>
</context>
<context>
    <name>FoundationEditor</name>
    <message>
        <source>Rating:</source>
        <translation>Rating:</translation>
    </message>
    <message>
        <source>Rate {name} {value} of 5</source>
        <translation>Rate {name} {value} of 5</translation>
    </message>
    <message>
        <source>Notes on {name}</source>
        <translation>Notes on {name}</translation>
    </message>
    <message>
        <source>Rate {name}</source>
        <translation>Rate {name}</translation>
    </message>
    <message>
        <source>Edit notes on {name}</source>
        <translation>Edit notes on {name}</translation>
    </message>
</context>
<context>
    <name>JoinScreen</name>
    <message numerus="yes">
        <source>%n phone(s) joined</source>
        <translation>
            <numerusform>%n phone joined</numerusform>
            <numerusform>%n phones joined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) in</source>
        <translation>
            <numerusform>%n note in</numerusform>
            <numerusform>%n notes in</numerusform>
        </translation>
    </message>
    <message>
        <source>Join from your phone</source>
        <translation>Join from your phone</translation>
    </message>
    <message>
        <source>Open this address:</source>
        <translation>Open this address:</translation>
    </message>
    <message>
        <source>Room code</source>
        <translation>Room code</translation>
    </message>
</context>
<context>
    <name>LastPlace</name>
    <message>
        <source>n3desk closed unexpectedly. Your session is open again where you were, and everything up to your last change is here.</source>
        <translation>n3desk closed unexpectedly. Your session is open again where you were, and everything up to your last change is here.</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Open the demo</translation>
    </message>
    <message>
        <source>{title} (imported)</source>
        <translation>{title} (imported)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>“{name}” cannot be imported: {reason}. Nothing was changed.</source>
        <translation>“{name}” cannot be imported: {reason}. Nothing was changed.</translation>
    </message>
    <message>
        <source>Import session file</source>
        <translation>Import session file</translation>
    </message>
    <message>
        <source>Rename session</source>
        <translation>Rename session</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (copy)</translation>
    </message>
    <message>
        <source>Duplicate session</source>
        <translation>Duplicate session</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Delete session</translation>
    </message>
    <message>
        <source>Delete “{title}”? You can undo this until n3desk is closed.</source>
        <translation>Delete “{title}”? You can undo this until n3desk is closed.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>The library could not do that</source>
        <translation>The library could not do that</translation>
    </message>
</context>
<context>
    <name>LibraryOpening</name>
    <message>
        <source>The library is already open</source>
        <translation>The library is already open</translation>
    </message>
    <message>
        <source>Another n3desk is using this library (computer {host}, process {pid}). Close it there first, then start n3desk again.</source>
        <translation>Another n3desk is using this library (computer {host}, process {pid}). Close it there first, then start n3desk again.</translation>
    </message>
    <message>
        <source>The library is from a newer n3desk</source>
        <translation>The library is from a newer n3desk</translation>
    </message>
    <message>
        <source>{reason}

Install the newer n3desk to open it; nothing was changed.</source>
        <translation>{reason}

Install the newer n3desk to open it; nothing was changed.</translation>
    </message>
    <message>
        <source>The library cannot be opened</source>
        <translation>The library cannot be opened</translation>
    </message>
    <message>
        <source>The library is missing</source>
        <translation>The library is missing</translation>
    </message>
    <message>
        <source>The library file is missing or empty. Earlier library files are kept in {folder}; n3desk cannot open them, but someone may be able to rescue them.

Start with an empty library? Nothing is deleted.</source>
        <translation>The library file is missing or empty. Earlier library files are kept in {folder}; n3desk cannot open them, but someone may be able to rescue them.

Start with an empty library? Nothing is deleted.</translation>
    </message>
    <message>
        <source>Start with an empty library</source>
        <translation>Start with an empty library</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>The library was damaged</source>
        <translation>The library was damaged</translation>
    </message>
    <message>
        <source>The library file failed its check. It was moved to {moved}; nothing was deleted. There is no backup to restore, so n3desk starts with an empty library.</source>
        <translation>The library file failed its check. It was moved to {moved}; nothing was deleted. There is no backup to restore, so n3desk starts with an empty library.</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>The backup could not be restored</translation>
    </message>
    <message>
        <source>The library file is missing or empty, but a backup holds your sessions.

Restore the backup ({backup})? If you start with an empty library instead, every backup is kept.</source>
        <translation>The library file is missing or empty, but a backup holds your sessions.

Restore the backup ({backup})? If you start with an empty library instead, every backup is kept.</translation>
    </message>
    <message>
        <source>The library file failed its check. It was moved to {moved}; nothing was deleted.

Restore the newest good backup ({backup})?</source>
        <translation>The library file failed its check. It was moved to {moved}; nothing was deleted.

Restore the newest good backup ({backup})?</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <source>The library has a fault</source>
        <translation>The library has a fault</translation>
    </message>
    <message>
        <source>n3desk's full check found a fault in the library file: {problem}

Your work is still being saved, but this library is no longer backed up, so that the good backups stay as they are. Export the sessions you are working on as files, then close n3desk and run 'n3desk check --restore' to put the newest good backup back.</source>
        <translation>n3desk's full check found a fault in the library file: {problem}

Your work is still being saved, but this library is no longer backed up, so that the good backups stay as they are. Export the sessions you are working on as files, then close n3desk and run 'n3desk check --restore' to put the newest good backup back.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The text is too long to save: {length} characters, and a text holds at most {longest}. Nothing was changed.</source>
        <translation>The text is too long to save: {length} characters, and a text holds at most {longest}. Nothing was changed.</translation>
    </message>
    <message>
        <source>This change was not made: {reason}.</source>
        <translation>This change was not made: {reason}.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Not changed</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved yet: {reason}

n3desk keeps trying. Stay in this session until they are saved.</source>
        <translation>Your latest changes could not be saved yet: {reason}

n3desk keeps trying. Stay in this session until they are saved.</translation>
    </message>
    <message>
        <source>Quit without saving?</source>
        <translation>Quit without saving?</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved: {reason}

If you quit now they are lost.</source>
        <translation>Your latest changes could not be saved: {reason}

If you quit now they are lost.</translation>
    </message>
    <message>
        <source>Quit and lose them</source>
        <translation>Quit and lose them</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Stay</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>&amp;Projector</source>
        <translation>&amp;Projector</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>About n3desk</source>
        <translation>About n3desk</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Import no&amp;tes…</source>
        <translation>Import no&amp;tes…</translation>
    </message>
    <message>
        <source>&amp;Import session file…</source>
        <translation>&amp;Import session file…</translation>
    </message>
    <message>
        <source>P&amp;rogrammes</source>
        <translation>P&amp;rogrammes</translation>
    </message>
    <message>
        <source>&amp;Team library</source>
        <translation>&amp;Team library</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Team library</source>
        <translation>Team library</translation>
    </message>
    <message>
        <source>Record as &amp;PDF…</source>
        <translation>Record as &amp;PDF…</translation>
    </message>
    <message>
        <source>Notes for Excel (&amp;CSV)…</source>
        <translation>Notes for Excel (&amp;CSV)…</translation>
    </message>
    <message>
        <source>Portable session &amp;file…</source>
        <translation>Portable session &amp;file…</translation>
    </message>
    <message>
        <source>Picture of this board or map (P&amp;NG)…</source>
        <translation>Picture of this board or map (P&amp;NG)…</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;New session…</translation>
    </message>
    <message>
        <source>← &amp;All sessions</source>
        <translation>← &amp;All sessions</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Back to the list of sessions</source>
        <translation>Back to the list of sessions</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
</context>
<context>
    <name>MapEdits</name>
    <message>
        <source>Add stakeholder</source>
        <translation>Add stakeholder</translation>
    </message>
    <message>
        <source>Move stakeholder</source>
        <translation>Move stakeholder</translation>
    </message>
    <message>
        <source>Move stakeholders</source>
        <translation>Move stakeholders</translation>
    </message>
    <message>
        <source>Edit stakeholder</source>
        <translation>Edit stakeholder</translation>
    </message>
    <message>
        <source>Delete stakeholder</source>
        <translation>Delete stakeholder</translation>
    </message>
    <message>
        <source>Delete stakeholders</source>
        <translation>Delete stakeholders</translation>
    </message>
    <message>
        <source>Delete relation</source>
        <translation>Delete relation</translation>
    </message>
    <message>
        <source>Connect stakeholders</source>
        <translation>Connect stakeholders</translation>
    </message>
    <message>
        <source>Edit relation</source>
        <translation>Edit relation</translation>
    </message>
    <message>
        <source>Edit the citizen</source>
        <translation>Edit the citizen</translation>
    </message>
    <message>
        <source>Add sector</source>
        <translation>Add sector</translation>
    </message>
    <message>
        <source>Remove sector</source>
        <translation>Remove sector</translation>
    </message>
    <message>
        <source>Add ring</source>
        <translation>Add ring</translation>
    </message>
    <message>
        <source>Remove ring</source>
        <translation>Remove ring</translation>
    </message>
    <message>
        <source>Rename sector</source>
        <translation>Rename sector</translation>
    </message>
    <message>
        <source>Recolour sector</source>
        <translation>Recolour sector</translation>
    </message>
    <message>
        <source>Rename ring</source>
        <translation>Rename ring</translation>
    </message>
</context>
<context>
    <name>MapMenus</name>
    <message>
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <source>Connect to</source>
        <translation>Connect to</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Has a direction (arrow)</source>
        <translation>Has a direction (arrow)</translation>
    </message>
    <message>
        <source>Delete relation</source>
        <translation>Delete relation</translation>
    </message>
    <message>
        <source>New stakeholder here</source>
        <translation>New stakeholder here</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>New stakeholder</source>
        <translation>New stakeholder</translation>
    </message>
    <message>
        <source>Type a name and press Enter</source>
        <translation>Type a name and press Enter</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Drag from one stakeholder to another to connect them</source>
        <translation>Drag from one stakeholder to another to connect them</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <source>Fade all but the selected stakeholder and its neighbours (F)</source>
        <translation>Fade all but the selected stakeholder and its neighbours (F)</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 step</translation>
    </message>
    <message>
        <source>2 steps</source>
        <translation>2 steps</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
</context>
<context>
    <name>MapSetupPanel</name>
    <message>
        <source>The citizen at the centre</source>
        <translation>The citizen at the centre</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>Choose picture…</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>Remove picture</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Add ring</source>
        <translation>Add ring</translation>
    </message>
    <message>
        <source>Remove ring</source>
        <translation>Remove ring</translation>
    </message>
    <message>
        <source>Add sector</source>
        <translation>Add sector</translation>
    </message>
    <message>
        <source>Remove sector</source>
        <translation>Remove sector</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Rings, closest first</source>
        <translation>Rings, closest first</translation>
    </message>
    <message>
        <source>Sectors, clockwise from the top</source>
        <translation>Sectors, clockwise from the top</translation>
    </message>
    <message>
        <source>New ring</source>
        <translation>New ring</translation>
    </message>
    <message>
        <source>New sector</source>
        <translation>New sector</translation>
    </message>
    <message>
        <source>Picture of the citizen</source>
        <translation>Picture of the citizen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
</context>
<context>
    <name>MethodLibraryPanel</name>
    <message>
        <source>Search methods…</source>
        <translation>Search methods…</translation>
    </message>
    <message>
        <source>Attach to the selected stage</source>
        <translation>Attach to the selected stage</translation>
    </message>
    <message>
        <source>The card's steps become the stage's instructions for the room</source>
        <translation>The card's steps become the stage's instructions for the room</translation>
    </message>
    <message numerus="yes">
        <source>%n own method card(s) could not be used:</source>
        <translation>
            <numerusform>%n own method card could not be used:</numerusform>
            <numerusform>%n own method cards could not be used:</numerusform>
        </translation>
    </message>
    <message>
        <source> (own)</source>
        <translation> (own)</translation>
    </message>
    <message>
        <source>No method matches the search.</source>
        <translation>No method matches the search.</translation>
    </message>
    <message>
        <source>Place in the process: {text}</source>
        <translation>Place in the process: {text}</translation>
    </message>
    <message>
        <source>Time: {text}</source>
        <translation>Time: {text}</translation>
    </message>
    <message>
        <source>Group size: {text}</source>
        <translation>Group size: {text}</translation>
    </message>
    <message>
        <source>Materials: {text}</source>
        <translation>Materials: {text}</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
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
        <translation>New session</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>e.g. Meals for older people at home</source>
        <translation>e.g. Meals for older people at home</translation>
    </message>
    <message>
        <source>T&amp;emplate</source>
        <translation>T&amp;emplate</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>The language of the agenda, boards, frames and map the template fills in, and of the session's PDF and CSV</source>
        <translation>The language of the agenda, boards, frames and map the template fills in, and of the session's PDF and CSV</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
</context>
<context>
    <name>NoteChooserDialog</name>
    <message>
        <source>Notes the decision chose</source>
        <translation>Notes the decision chose</translation>
    </message>
    <message>
        <source>Find a note</source>
        <translation>Find a note</translation>
    </message>
</context>
<context>
    <name>NoteItem</name>
    <message>
        <source>Hidden</source>
        <translation>Hidden</translation>
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
        <translation>Participants</translation>
    </message>
    <message>
        <source>N3 project card</source>
        <translation>N3 project card</translation>
    </message>
    <message>
        <source>Rate each foundation from 1 (weak) to 5 (strong). The weakest become “what to work on next” in the record.</source>
        <translation>Rate each foundation from 1 (weak) to 5 (strong). The weakest become “what to work on next” in the record.</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Decision log</translation>
    </message>
</context>
<context>
    <name>PaletteChip</name>
    <message>
        <source>+ Drag</source>
        <translation>+ Drag</translation>
    </message>
    <message>
        <source>Drag onto the map to place the typed name there</source>
        <translation>Drag onto the map to place the typed name there</translation>
    </message>
</context>
<context>
    <name>ParticipantModel</name>
    <message>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Purple</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Teal</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>Brown</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Pink</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initials</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Rename participant</source>
        <translation>Rename participant</translation>
    </message>
    <message>
        <source>Change initials</source>
        <translation>Change initials</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Change colour</translation>
    </message>
</context>
<context>
    <name>ParticipantPanel</name>
    <message>
        <source>Name of a participant, then Enter</source>
        <translation>Name of a participant, then Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <source>Reorder participants</source>
        <translation>Reorder participants</translation>
    </message>
</context>
<context>
    <name>PersonaPicture</name>
    <message>
        <source>Choose a picture file (PNG, JPEG, GIF, BMP or WebP).</source>
        <translation>Choose a picture file (PNG, JPEG, GIF, BMP or WebP).</translation>
    </message>
    <message>
        <source>The picture could not be read.</source>
        <translation>The picture could not be read.</translation>
    </message>
    <message>
        <source>The picture is larger than 20 MB.</source>
        <translation>The picture is larger than 20 MB.</translation>
    </message>
    <message>
        <source>The file is not a picture n3desk can show.</source>
        <translation>The file is not a picture n3desk can show.</translation>
    </message>
    <message>
        <source>The picture could not be copied into the library.</source>
        <translation>The picture could not be copied into the library.</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Present on this screen</source>
        <translation>Present on this screen</translation>
    </message>
    <message>
        <source>Projector on/off</source>
        <translation>Projector on/off</translation>
    </message>
    <message>
        <source>Blackout</source>
        <translation>Blackout</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Freeze</translation>
    </message>
    <message>
        <source>Follow my view</source>
        <translation>Follow my view</translation>
    </message>
    <message>
        <source>Show selection to the room</source>
        <translation>Show selection to the room</translation>
    </message>
    <message>
        <source>Show the stage</source>
        <translation>Show the stage</translation>
    </message>
    <message>
        <source>Next part</source>
        <translation>Next part</translation>
    </message>
    <message>
        <source>Previous part</source>
        <translation>Previous part</translation>
    </message>
    <message>
        <source>Presenting on this screen. Esc leaves.</source>
        <translation>Presenting on this screen. Esc leaves.</translation>
    </message>
    <message>
        <source>On the screen {name}</source>
        <translation>On the screen {name}</translation>
    </message>
    <message>
        <source>The room sees part {n} of {count} of the board (PgDown, PgUp).</source>
        <translation>The room sees part {n} of {count} of the board (PgDown, PgUp).</translation>
    </message>
    <message>
        <source>No second screen found. Connect the projector, or press F5.</source>
        <translation>No second screen found. Connect the projector, or press F5.</translation>
    </message>
    <message>
        <source>The projector is off.</source>
        <translation>The projector is off.</translation>
    </message>
</context>
<context>
    <name>PresenterPanel</name>
    <message>
        <source>Projector</source>
        <translation>Projector</translation>
    </message>
    <message>
        <source>Blacked out: the room sees a black screen. Ctrl+Shift+B lights it.</source>
        <translation>Blacked out: the room sees a black screen. Ctrl+Shift+B lights it.</translation>
    </message>
    <message>
        <source>Frozen: the room still sees the picture from when you froze it. Ctrl+Shift+F lets it move again.</source>
        <translation>Frozen: the room still sees the picture from when you froze it. Ctrl+Shift+F lets it move again.</translation>
    </message>
</context>
<context>
    <name>PresentingBar</name>
    <message>
        <source>Blackout</source>
        <translation>Blackout</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Freeze</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>Leave (Esc)</translation>
    </message>
    <message>
        <source>Presenting</source>
        <translation>Presenting</translation>
    </message>
</context>
<context>
    <name>ProgrammeController</name>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <source>In test</source>
        <translation>In test</translation>
    </message>
    <message>
        <source>In operation</source>
        <translation>In operation</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Not changed</translation>
    </message>
    <message>
        <source>A programme needs a title.</source>
        <translation>A programme needs a title.</translation>
    </message>
    <message>
        <source>Edit programme</source>
        <translation>Edit programme</translation>
    </message>
    <message>
        <source>No session to add</source>
        <translation>No session to add</translation>
    </message>
    <message>
        <source>Every session already belongs to a programme. Make a new session first.</source>
        <translation>Every session already belongs to a programme. Make a new session first.</translation>
    </message>
    <message>
        <source>Add a session</source>
        <translation>Add a session</translation>
    </message>
    <message>
        <source>Session to add to the programme:</source>
        <translation>Session to add to the programme:</translation>
    </message>
    <message>
        <source>Add session to programme</source>
        <translation>Add session to programme</translation>
    </message>
    <message>
        <source>Remove session from programme</source>
        <translation>Remove session from programme</translation>
    </message>
    <message>
        <source>Follow ideas</source>
        <translation>Follow ideas</translation>
    </message>
    <message>
        <source>Notes to follow as ideas through the programme:</source>
        <translation>Notes to follow as ideas through the programme:</translation>
    </message>
    <message>
        <source>Nowhere to carry</source>
        <translation>Nowhere to carry</translation>
    </message>
    <message>
        <source>Ideas are carried forward to a later session of the programme.</source>
        <translation>Ideas are carried forward to a later session of the programme.</translation>
    </message>
    <message>
        <source>Carry ideas forward</source>
        <translation>Carry ideas forward</translation>
    </message>
    <message>
        <source>Notes to carry forward:</source>
        <translation>Notes to carry forward:</translation>
    </message>
    <message>
        <source>To the session:</source>
        <translation>To the session:</translation>
    </message>
    <message>
        <source>Onto the board:</source>
        <translation>Onto the board:</translation>
    </message>
    <message>
        <source>Move the idea</source>
        <translation>Move the idea</translation>
    </message>
    <message>
        <source>New state:</source>
        <translation>New state:</translation>
    </message>
    <message>
        <source>No logged decision</source>
        <translation>No logged decision</translation>
    </message>
    <message>
        <source>The decision that moved it:</source>
        <translation>The decision that moved it:</translation>
    </message>
    <message>
        <source>Why (optional):</source>
        <translation>Why (optional):</translation>
    </message>
    <message>
        <source>Move idea to {state}</source>
        <translation>Move idea to {state}</translation>
    </message>
</context>
<context>
    <name>ProgrammeOverview</name>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>The programme's workshops in order. Click one to choose it.</source>
        <translation>The programme's workshops in order. Click one to choose it.</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <source>Ideas followed from session to session, and where each one is on its way from idea to operation.</source>
        <translation>Ideas followed from session to session, and where each one is on its way from idea to operation.</translation>
    </message>
    <message>
        <source>Decisions in every session</source>
        <translation>Decisions in every session</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Add session…</source>
        <translation>Add session…</translation>
    </message>
    <message>
        <source>Remove from programme</source>
        <translation>Remove from programme</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Open session</translation>
    </message>
    <message>
        <source>Follow ideas…</source>
        <translation>Follow ideas…</translation>
    </message>
    <message>
        <source>Carry ideas forward…</source>
        <translation>Carry ideas forward…</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Its way</source>
        <translation>Its way</translation>
    </message>
    <message>
        <source>Latest decision</source>
        <translation>Latest decision</translation>
    </message>
    <message>
        <source>Move idea to…</source>
        <translation>Move idea to…</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>{notes} notes · {ideas} ideas · {decisions} decisions</source>
        <translation>{notes} notes · {ideas} ideas · {decisions} decisions</translation>
    </message>
    <message>
        <source>No sessions yet: add one below.</source>
        <translation>No sessions yet: add one below.</translation>
    </message>
    <message>
        <source>{ideas} ideas followed, {in_use} put to use.</source>
        <translation>{ideas} ideas followed, {in_use} put to use.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Not changed</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, e.g. 2027-01-15.</source>
        <translation>Write the date as YYYY-MM-DD, e.g. 2027-01-15.</translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>New programme…</source>
        <translation>New programme…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Record as PDF…</source>
        <translation>Record as PDF…</translation>
    </message>
    <message>
        <source>A programme is a series of workshops with one goal — a year of Roskilde's model, say. Make one, add its sessions, and follow the ideas from question to operation.</source>
        <translation>A programme is a series of workshops with one goal — a year of Roskilde's model, say. Make one, add its sessions, and follow the ideas from question to operation.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Not changed</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>Not shown</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>New programme</translation>
    </message>
    <message>
        <source>Title of the programme:</source>
        <translation>Title of the programme:</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Delete programme</source>
        <translation>Delete programme</translation>
    </message>
    <message>
        <source>Programme record as PDF</source>
        <translation>Programme record as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Not written</translation>
    </message>
    <message>
        <source>The PDF could not be written: {reason}</source>
        <translation>The PDF could not be written: {reason}</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>n3desk — projector</source>
        <translation>n3desk — projector</translation>
    </message>
</context>
<context>
    <name>RatingKeys</name>
    <message>
        <source>Select notes to rate first.</source>
        <translation>Select notes to rate first.</translation>
    </message>
    <message>
        <source>This session has no rating criteria.</source>
        <translation>This session has no rating criteria.</translation>
    </message>
    <message>
        <source>Rate “%1” (%2–%3): press a digit; Backspace clears; Esc stops.</source>
        <translation>Rate “%1” (%2–%3): press a digit; Backspace clears; Esc stops.</translation>
    </message>
    <message>
        <source>Rate notes</source>
        <translation>Rate notes</translation>
    </message>
</context>
<context>
    <name>RatingsPanel</name>
    <message>
        <source>Ratings</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>Edit criteria…</source>
        <translation>Edit criteria…</translation>
    </message>
    <message>
        <source>Sort board, best first</source>
        <translation>Sort board, best first</translation>
    </message>
    <message>
        <source>Dim notes below</source>
        <translation>Dim notes below</translation>
    </message>
    <message>
        <source>Sort and filter by</source>
        <translation>Sort and filter by</translation>
    </message>
    <message>
        <source>Sum of all criteria</source>
        <translation>Sum of all criteria</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Dots</translation>
    </message>
    <message>
        <source>This session has no criteria yet: add them with Edit criteria.</source>
        <translation>This session has no criteria yet: add them with Edit criteria.</translation>
    </message>
    <message>
        <source>Select notes to rate them (or press R and digits).</source>
        <translation>Select notes to rate them (or press R and digits).</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) selected</source>
        <translation>
            <numerusform>%n note selected</numerusform>
            <numerusform>%n notes selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{label} {value} (%n rating(s))</source>
        <translation>
            <numerusform>{label} {value} (%n rating)</numerusform>
            <numerusform>{label} {value} (%n ratings)</numerusform>
        </translation>
    </message>
    <message>
        <source>From the phones:</source>
        <translation>From the phones:</translation>
    </message>
    <message>
        <source>Sort notes</source>
        <translation>Sort notes</translation>
    </message>
</context>
<context>
    <name>RelationKinds</name>
    <message>
        <source>Collaboration</source>
        <translation>Collaboration</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Money</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
</context>
<context>
    <name>RelationPanel</name>
    <message>
        <source>Show relations</source>
        <translation>Show relations</translation>
    </message>
    <message>
        <source>The type new relations get; type a name for your own</source>
        <translation>The type new relations get; type a name for your own</translation>
    </message>
    <message>
        <source>Selected relation</source>
        <translation>Selected relation</translation>
    </message>
    <message>
        <source>Has a direction (arrow)</source>
        <translation>Has a direction (arrow)</translation>
    </message>
    <message>
        <source>Delete relation</source>
        <translation>Delete relation</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Drag from one stakeholder to another with Shift held, or switch on Connect.</source>
        <translation>Drag from one stakeholder to another with Shift held, or switch on Connect.</translation>
    </message>
    <message>
        <source>New relations</source>
        <translation>New relations</translation>
    </message>
</context>
<context>
    <name>RoomEdits</name>
    <message>
        <source>{name} joined the room</source>
        <translation>{name} joined the room</translation>
    </message>
    <message>
        <source>Note from {name}</source>
        <translation>Note from {name}</translation>
    </message>
    <message>
        <source>{name} changed a note</source>
        <translation>{name} changed a note</translation>
    </message>
    <message>
        <source>{name} withdrew a note</source>
        <translation>{name} withdrew a note</translation>
    </message>
    <message>
        <source>Dot from {name}</source>
        <translation>Dot from {name}</translation>
    </message>
    <message>
        <source>Rating from {name}</source>
        <translation>Rating from {name}</translation>
    </message>
    <message>
        <source>Change from {name}</source>
        <translation>Change from {name}</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>The room</source>
        <translation>The room</translation>
    </message>
    <message>
        <source>Participants join from their phones over this network: no app, no account, no internet. Their notes stay private until you reveal them.</source>
        <translation>Participants join from their phones over this network: no app, no account, no internet. Their notes stay private until you reveal them.</translation>
    </message>
    <message>
        <source>{address} (this computer only)</source>
        <translation>{address} (this computer only)</translation>
    </message>
    <message>
        <source>Open the room</source>
        <translation>Open the room</translation>
    </message>
    <message>
        <source>Show the join screen on the projector</source>
        <translation>Show the join screen on the projector</translation>
    </message>
    <message>
        <source>Writing open</source>
        <translation>Writing open</translation>
    </message>
    <message>
        <source>Voting open</source>
        <translation>Voting open</translation>
    </message>
    <message>
        <source>Private writing (hidden until you reveal)</source>
        <translation>Private writing (hidden until you reveal)</translation>
    </message>
    <message>
        <source>Open the selected notes for rating</source>
        <translation>Open the selected notes for rating</translation>
    </message>
    <message>
        <source>Close rating</source>
        <translation>Close rating</translation>
    </message>
    <message>
        <source>Phones in the room</source>
        <translation>Phones in the room</translation>
    </message>
    <message>
        <source>Each name belongs to the phone that joined under it: nobody else can join under it. Remove the phone to free its name (a lost phone, a mix-up).</source>
        <translation>Each name belongs to the phone that joined under it: nobody else can join under it. Remove the phone to free its name (a lost phone, a mix-up).</translation>
    </message>
    <message>
        <source>Remove phone</source>
        <translation>Remove phone</translation>
    </message>
    <message>
        <source>Close the room</source>
        <translation>Close the room</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Notes go to</source>
        <translation>Notes go to</translation>
    </message>
    <message>
        <source>The room could not open on {address}: {reason}</source>
        <translation>The room could not open on {address}: {reason}</translation>
    </message>
    <message>
        <source>The stage's board</source>
        <translation>The stage's board</translation>
    </message>
    <message>
        <source>The room is closed.</source>
        <translation>The room is closed.</translation>
    </message>
    <message>
        <source>Open at {url} — room code {code}</source>
        <translation>Open at {url} — room code {code}</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) joined</source>
        <translation>
            <numerusform>%n phone joined</numerusform>
            <numerusform>%n phones joined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) in</source>
        <translation>
            <numerusform>%n note in</numerusform>
            <numerusform>%n notes in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) open for rating</source>
        <translation>
            <numerusform>%n note open for rating</numerusform>
            <numerusform>%n notes open for rating</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomPresence</name>
    <message>
        <source>Open the room…</source>
        <translation>Open the room…</translation>
    </message>
    <message>
        <source>The room…</source>
        <translation>The room…</translation>
    </message>
</context>
<context>
    <name>SaveWarningBar</name>
    <message>
        <source>Try again now</source>
        <translation>Try again now</translation>
    </message>
    <message>
        <source>Your latest changes are NOT saved yet. n3desk keeps them and tries again every few seconds. Reason: {reason}</source>
        <translation>Your latest changes are NOT saved yet. n3desk keeps them and tries again every few seconds. Reason: {reason}</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Find notes…</source>
        <translation>Find notes…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Find:</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>SessionDetailsForm</name>
    <message>
        <source>How might we …?</source>
        <translation>How might we …?</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>not planned</translation>
    </message>
    <message>
        <source>Only you see these notes.</source>
        <translation>Only you see these notes.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Innovation question</source>
        <translation>Innovation question</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Facilitator notes</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Edit title</translation>
    </message>
    <message>
        <source>Edit innovation question</source>
        <translation>Edit innovation question</translation>
    </message>
    <message>
        <source>Edit place</source>
        <translation>Edit place</translation>
    </message>
    <message>
        <source>Edit facilitator</source>
        <translation>Edit facilitator</translation>
    </message>
    <message>
        <source>Edit facilitator notes</source>
        <translation>Edit facilitator notes</translation>
    </message>
    <message>
        <source>Change date</source>
        <translation>Change date</translation>
    </message>
    <message>
        <source>Change start time</source>
        <translation>Change start time</translation>
    </message>
</context>
<context>
    <name>SessionDocument</name>
    <message>
        <source>The change could not be saved ({error}).</source>
        <translation>The change could not be saved ({error}).</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>SessionWindow</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Boards</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Stakeholder map</translation>
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
        <translation>{title} — NOT SAVED — n3desk</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Like the system</source>
        <translation>Like the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Like the window</source>
        <translation>Like the window</translation>
    </message>
    <message>
        <source>Any screen that is not this one</source>
        <translation>Any screen that is not this one</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation>Text &amp;size</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Sound</translation>
    </message>
    <message>
        <source>&amp;Play the end signal when a stage's time is up</source>
        <translation>&amp;Play the end signal when a stage's time is up</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projector</translation>
    </message>
    <message>
        <source>S&amp;creen</source>
        <translation>S&amp;creen</translation>
    </message>
    <message>
        <source>Loo&amp;k</source>
        <translation>Loo&amp;k</translation>
    </message>
    <message>
        <source>Te&amp;xt size</source>
        <translation>Te&amp;xt size</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>What it does</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projector</translation>
    </message>
    <message>
        <source>Stage timer</source>
        <translation>Stage timer</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Rating the selected notes (after R)</source>
        <translation>Rating the selected notes (after R)</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Stakeholder map</translation>
    </message>
    <message>
        <source>List of sessions</source>
        <translation>List of sessions</translation>
    </message>
    <message>
        <source>Shift+drag</source>
        <translation>Shift+drag</translation>
    </message>
    <message>
        <source>Space+drag</source>
        <translation>Space+drag</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>Back to all sessions</source>
        <translation>Back to all sessions</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation>This list of shortcuts</translation>
    </message>
    <message>
        <source>Overview tab</source>
        <translation>Overview tab</translation>
    </message>
    <message>
        <source>Boards tab</source>
        <translation>Boards tab</translation>
    </message>
    <message>
        <source>Stakeholder map tab</source>
        <translation>Stakeholder map tab</translation>
    </message>
    <message>
        <source>Agenda tab</source>
        <translation>Agenda tab</translation>
    </message>
    <message>
        <source>Present full-screen on this screen (Esc leaves)</source>
        <translation>Present full-screen on this screen (Esc leaves)</translation>
    </message>
    <message>
        <source>Leave the full screen</source>
        <translation>Leave the full screen</translation>
    </message>
    <message>
        <source>Projector on the second screen on or off</source>
        <translation>Projector on the second screen on or off</translation>
    </message>
    <message>
        <source>Black out the projector, or light it again</source>
        <translation>Black out the projector, or light it again</translation>
    </message>
    <message>
        <source>Freeze the projector's picture, or let it move again</source>
        <translation>Freeze the projector's picture, or let it move again</translation>
    </message>
    <message>
        <source>The projector follows what you look at</source>
        <translation>The projector follows what you look at</translation>
    </message>
    <message>
        <source>Show the selection to the room</source>
        <translation>Show the selection to the room</translation>
    </message>
    <message>
        <source>Show the current stage to the room</source>
        <translation>Show the current stage to the room</translation>
    </message>
    <message>
        <source>A board too big for the wall: show its next part</source>
        <translation>A board too big for the wall: show its next part</translation>
    </message>
    <message>
        <source>A board too big for the wall: show its previous part</source>
        <translation>A board too big for the wall: show its previous part</translation>
    </message>
    <message>
        <source>Start, pause or resume</source>
        <translation>Start, pause or resume</translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation>Next stage</translation>
    </message>
    <message>
        <source>Back to the stage that ended last</source>
        <translation>Back to the stage that ended last</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>Edit the selected note</source>
        <translation>Edit the selected note</translation>
    </message>
    <message>
        <source>A new note next to the selected one</source>
        <translation>A new note next to the selected one</translation>
    </message>
    <message>
        <source>Delete the selected notes</source>
        <translation>Delete the selected notes</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Hide or reveal</source>
        <translation>Hide or reveal</translation>
    </message>
    <message>
        <source>Private writing on or off</source>
        <translation>Private writing on or off</translation>
    </message>
    <message>
        <source>Arrange in a grid</source>
        <translation>Arrange in a grid</translation>
    </message>
    <message>
        <source>Bring to the front</source>
        <translation>Bring to the front</translation>
    </message>
    <message>
        <source>Rate the selected notes</source>
        <translation>Rate the selected notes</translation>
    </message>
    <message>
        <source>Zoom to the selection</source>
        <translation>Zoom to the selection</translation>
    </message>
    <message>
        <source>Fit the whole board</source>
        <translation>Fit the whole board</translation>
    </message>
    <message>
        <source>Zoom in or out</source>
        <translation>Zoom in or out</translation>
    </message>
    <message>
        <source>Move around the board</source>
        <translation>Move around the board</translation>
    </message>
    <message>
        <source>Move the selected notes (with Shift: further)</source>
        <translation>Move the selected notes (with Shift: further)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>Frame around the selection</source>
        <translation>Frame around the selection</translation>
    </message>
    <message>
        <source>Copy, cut, paste</source>
        <translation>Copy, cut, paste</translation>
    </message>
    <message>
        <source>Find notes</source>
        <translation>Find notes</translation>
    </message>
    <message>
        <source>Stop editing or clear the selection</source>
        <translation>Stop editing or clear the selection</translation>
    </message>
    <message>
        <source>Finish writing the note</source>
        <translation>Finish writing the note</translation>
    </message>
    <message>
        <source>Give the value for the criterion shown</source>
        <translation>Give the value for the criterion shown</translation>
    </message>
    <message>
        <source>Clear the criterion shown</source>
        <translation>Clear the criterion shown</translation>
    </message>
    <message>
        <source>Stop rating</source>
        <translation>Stop rating</translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation>Delete the selection</translation>
    </message>
    <message>
        <source>Focus on the selected stakeholder</source>
        <translation>Focus on the selected stakeholder</translation>
    </message>
    <message>
        <source>End the focus</source>
        <translation>End the focus</translation>
    </message>
    <message>
        <source>Draw a relation</source>
        <translation>Draw a relation</translation>
    </message>
    <message>
        <source>Rename the session</source>
        <translation>Rename the session</translation>
    </message>
    <message>
        <source>Delete the session</source>
        <translation>Delete the session</translation>
    </message>
    <message>
        <source>Duplicate the session</source>
        <translation>Duplicate the session</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
</context>
<context>
    <name>StageCard</name>
    <message>
        <source>Agenda finished</source>
        <translation>Agenda finished</translation>
    </message>
    <message>
        <source>Stage {n} of {count}</source>
        <translation>Stage {n} of {count}</translation>
    </message>
    <message>
        <source>Summary round</source>
        <translation>Summary round</translation>
    </message>
    <message>
        <source>Station {n} of {count}</source>
        <translation>Station {n} of {count}</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Time is up</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>Next: {title}</translation>
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
        <translation>Time-box</translation>
    </message>
    <message>
        <source>Station rotation</source>
        <translation>Station rotation</translation>
    </message>
    <message numerus="yes">
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n station</numerusform>
            <numerusform>%n stations</numerusform>
        </translation>
    </message>
    <message>
        <source> min each</source>
        <translation> min each</translation>
    </message>
    <message>
        <source> min summary</source>
        <translation> min summary</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>What the room should do, shown to everyone</source>
        <translation>What the room should do, shown to everyone</translation>
    </message>
    <message>
        <source>amber </source>
        <translation>amber </translation>
    </message>
    <message>
        <source>red </source>
        <translation>red </translation>
    </message>
    <message>
        <source>Seconds left when the timer turns amber</source>
        <translation>Seconds left when the timer turns amber</translation>
    </message>
    <message>
        <source>Seconds left when the timer turns red</source>
        <translation>Seconds left when the timer turns red</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Board to show</source>
        <translation>Board to show</translation>
    </message>
    <message>
        <source>Colour at</source>
        <translation>Colour at</translation>
    </message>
    <message>
        <source>Select a stage, or add one.</source>
        <translation>Select a stage, or add one.</translation>
    </message>
    <message>
        <source>Instructions for the room</source>
        <translation>Instructions for the room</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Rename stage</translation>
    </message>
    <message>
        <source>Edit instructions</source>
        <translation>Edit instructions</translation>
    </message>
    <message>
        <source>Change planned time</source>
        <translation>Change planned time</translation>
    </message>
    <message>
        <source>Change stations</source>
        <translation>Change stations</translation>
    </message>
    <message>
        <source>Change station time</source>
        <translation>Change station time</translation>
    </message>
    <message>
        <source>Change summary time</source>
        <translation>Change summary time</translation>
    </message>
    <message>
        <source>Change warning time</source>
        <translation>Change warning time</translation>
    </message>
    <message>
        <source>Change danger time</source>
        <translation>Change danger time</translation>
    </message>
    <message>
        <source>Change board</source>
        <translation>Change board</translation>
    </message>
    <message>
        <source>Change stage kind</source>
        <translation>Change stage kind</translation>
    </message>
    <message>
        <source>Change method</source>
        <translation>Change method</translation>
    </message>
    <message>
        <source>(no method card)</source>
        <translation>(no method card)</translation>
    </message>
    <message>
        <source> (own)</source>
        <translation> (own)</translation>
    </message>
    <message>
        <source>(no board)</source>
        <translation>(no board)</translation>
    </message>
</context>
<context>
    <name>StakeholderEditor</name>
    <message>
        <source>Select a stakeholder on the map or in the table.</source>
        <translation>Select a stakeholder on the map or in the table.</translation>
    </message>
    <message>
        <source>What can they contribute?</source>
        <translation>What can they contribute?</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <source>Fade all but this stakeholder and its neighbours (F)</source>
        <translation>Fade all but this stakeholder and its neighbours (F)</translation>
    </message>
    <message>
        <source>Connect to…</source>
        <translation>Connect to…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Influence (1–5)</source>
        <translation>Influence (1–5)</translation>
    </message>
    <message>
        <source>Interest (1–5)</source>
        <translation>Interest (1–5)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>StakeholderMapScene</name>
    <message>
        <source>The citizen</source>
        <translation>The citizen</translation>
    </message>
</context>
<context>
    <name>StakeholderTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Import a session file</source>
        <translation>Import a session file</translation>
    </message>
    <message>
        <source>n3desk session files (*.n3desk)</source>
        <translation>n3desk session files (*.n3desk)</translation>
    </message>
    <message>
        <source>Rename session</source>
        <translation>Rename session</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>New title:</translation>
    </message>
    <message>
        <source>Import a session file…</source>
        <translation>Import a session file…</translation>
    </message>
    <message>
        <source>Import a session file (.n3desk) from another laptop</source>
        <translation>Import a session file (.n3desk) from another laptop</translation>
    </message>
    <message>
        <source>Your sessions</source>
        <translation>Your sessions</translation>
    </message>
    <message>
        <source>Search title, place or date…</source>
        <translation>Search title, place or date…</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>New session…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>No sessions yet — create one, or open the demo to look around.</source>
        <translation>No sessions yet — create one, or open the demo to look around.</translation>
    </message>
    <message>
        <source>Create a session…</source>
        <translation>Create a session…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Open the demo</translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message>
        <source>Too late to cancel: the team library is saving it…</source>
        <translation>Too late to cancel: the team library is saving it…</translation>
    </message>
    <message>
        <source>Not published: cancelled. The team library is as it was.</source>
        <translation>Not published: cancelled. The team library is as it was.</translation>
    </message>
    <message>
        <source>Not fetched: cancelled. Your library is unchanged.</source>
        <translation>Not fetched: cancelled. Your library is unchanged.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Password not kept</source>
        <translation>Password not kept</translation>
    </message>
    <message>
        <source>Forget the password</source>
        <translation>Forget the password</translation>
    </message>
    <message>
        <source>Remove the password for {user} on {where} from this computer's keyring? You will type it again the next time you connect.</source>
        <translation>Remove the password for {user} on {where} from this computer's keyring? You will type it again the next time you connect.</translation>
    </message>
    <message>
        <source>Forget it</source>
        <translation>Forget it</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>Password not forgotten</source>
        <translation>Password not forgotten</translation>
    </message>
    <message>
        <source>The keyring would not let the password go. Try again, or remove it with the computer's own keyring tool.</source>
        <translation>The keyring would not let the password go. Try again, or remove it with the computer's own keyring tool.</translation>
    </message>
    <message>
        <source>The password for {user} is forgotten on this computer.</source>
        <translation>The password for {user} is forgotten on this computer.</translation>
    </message>
    <message>
        <source>Connecting to the team library…</source>
        <translation>Connecting to the team library…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n item(s) in the team library.</source>
        <translation>
            <numerusform>Connected: %n item in the team library.</numerusform>
            <numerusform>Connected: %n items in the team library.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Not read</translation>
    </message>
    <message>
        <source>Programme: {title}</source>
        <translation>Programme: {title}</translation>
    </message>
    <message>
        <source>Session: {title}</source>
        <translation>Session: {title}</translation>
    </message>
    <message>
        <source>Template: {title}</source>
        <translation>Template: {title}</translation>
    </message>
    <message>
        <source>Method card: {title}</source>
        <translation>Method card: {title}</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>What to publish:</source>
        <translation>What to publish:</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Not published</translation>
    </message>
    <message>
        <source>Publishing “{title}”…</source>
        <translation>Publishing “{title}”…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Not published.</source>
        <translation>Not published.</translation>
    </message>
    <message>
        <source>Published, but not noted here</source>
        <translation>Published, but not noted here</translation>
    </message>
    <message>
        <source>Published “{title}” as revision {revision}.</source>
        <translation>Published “{title}” as revision {revision}.</translation>
    </message>
    <message>
        <source>Fetch first</source>
        <translation>Fetch first</translation>
    </message>
    <message>
        <source>Publish as a copy</source>
        <translation>Publish as a copy</translation>
    </message>
    <message>
        <source>Someone published a newer version</source>
        <translation>Someone published a newer version</translation>
    </message>
    <message>
        <source>{author} published revision {revision} of “{title}” at {when}, after the version you started from. Nothing was published and nothing was lost.

Fetch first: your unpublished changes are kept beside it as a local copy.
Publish as a copy: your version goes to the team as a new item.</source>
        <translation>{author} published revision {revision} of “{title}” at {when}, after the version you started from. Nothing was published and nothing was lost.

Fetch first: your unpublished changes are kept beside it as a local copy.
Publish as a copy: your version goes to the team as a new item.</translation>
    </message>
    <message>
        <source>Fetching “{title}”…</source>
        <translation>Fetching “{title}”…</translation>
    </message>
    <message>
        <source>Not fetched</source>
        <translation>Not fetched</translation>
    </message>
    <message>
        <source>“{title}” is open. Close it, then fetch again: a fetch never replaces a session while you work on it.</source>
        <translation>“{title}” is open. Close it, then fetch again: a fetch never replaces a session while you work on it.</translation>
    </message>
    <message>
        <source>Fetched revision {revision} of “{title}” by {author}.</source>
        <translation>Fetched revision {revision} of “{title}” by {author}.</translation>
    </message>
    <message>
        <source>Your unpublished changes are kept as a local copy.</source>
        <translation>Your unpublished changes are kept as a local copy.</translation>
    </message>
    <message>
        <source>Revision {revision} by {author}, {when}</source>
        <translation>Revision {revision} by {author}, {when}</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Team library</source>
        <translation>Team library</translation>
    </message>
    <message>
        <source>Share workshops and programmes with your team on the server your IT department set up. Your own library stays the working copy: nothing here is needed to run a workshop.</source>
        <translation>Share workshops and programmes with your team on the server your IT department set up. Your own library stays the working copy: nothing here is needed to run a workshop.</translation>
    </message>
    <message>
        <source>Your name, as the team sees it</source>
        <translation>Your name, as the team sees it</translation>
    </message>
    <message>
        <source>Kept in this computer's keyring</source>
        <translation>Kept in this computer's keyring</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Forget password</source>
        <translation>Forget password</translation>
    </message>
    <message>
        <source>Remove the saved password from this computer's keyring</source>
        <translation>Remove the saved password from this computer's keyring</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Publish…</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Fetch</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>Published by</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who published what</source>
        <translation>Who published what</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Fetching replaces your copy with the team's newest version and cannot be undone. Changes you have not published are kept beside it as a local copy.</source>
        <translation>Fetching replaces your copy with the team's newest version and cannot be undone. Changes you have not published are kept beside it as a local copy.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Method card</source>
        <translation>Method card</translation>
    </message>
    <message>
        <source>Not connected. Ask your IT department for the address.</source>
        <translation>Not connected. Ask your IT department for the address.</translation>
    </message>
</context>
<context>
    <name>TemplateSaver</name>
    <message>
        <source>Save as template</source>
        <translation>Save as template</translation>
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation>Name of the new template:</translation>
    </message>
    <message>
        <source>The template was not saved</source>
        <translation>The template was not saved</translation>
    </message>
</context>
<context>
    <name>TextEditing</name>
    <message>
        <source>Edit note text</source>
        <translation>Edit note text</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>Remove note</translation>
    </message>
</context>
<context>
    <name>TimerStrip</name>
    <message>
        <source>Next ▸</source>
        <translation>Next ▸</translation>
    </message>
    <message>
        <source>One minute less</source>
        <translation>One minute less</translation>
    </message>
    <message>
        <source>One minute more</source>
        <translation>One minute more</translation>
    </message>
    <message>
        <source>Five minutes more</source>
        <translation>Five minutes more</translation>
    </message>
    <message>
        <source>Finish this stage and start the next (Ctrl+Right)</source>
        <translation>Finish this stage and start the next (Ctrl+Right)</translation>
    </message>
    <message>
        <source>Start or pause the timer (Space)</source>
        <translation>Start or pause the timer (Space)</translation>
    </message>
    <message>
        <source>Agenda finished</source>
        <translation>Agenda finished</translation>
    </message>
    <message>
        <source>No agenda yet</source>
        <translation>No agenda yet</translation>
    </message>
    <message>
        <source>Every stage is done.</source>
        <translation>Every stage is done.</translation>
    </message>
    <message>
        <source>Add stages on the Agenda tab.</source>
        <translation>Add stages on the Agenda tab.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stage {n} of {count}</source>
        <translation>Stage {n} of {count}</translation>
    </message>
    <message>
        <source>Summary round</source>
        <translation>Summary round</translation>
    </message>
    <message>
        <source>Station {n} of {count}</source>
        <translation>Station {n} of {count}</translation>
    </message>
    <message>
        <source>{time} left in all</source>
        <translation>{time} left in all</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Time is up — next: {title} (Ctrl+Right)</source>
        <translation>Time is up — next: {title} (Ctrl+Right)</translation>
    </message>
    <message>
        <source>Time is up — this is the last stage</source>
        <translation>Time is up — this is the last stage</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>Next: {title}</translation>
    </message>
    <message>
        <source>Back to “{title}”, paused where it ended (Ctrl+Left)</source>
        <translation>Back to “{title}”, paused where it ended (Ctrl+Left)</translation>
    </message>
    <message>
        <source>Back to the stage that ended last (Ctrl+Left)</source>
        <translation>Back to the stage that ended last (Ctrl+Left)</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>Sound off</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Sound on</translation>
    </message>
    <message>
        <source>Switch the end signal on or off</source>
        <translation>Switch the end signal on or off</translation>
    </message>
    <message>
        <source>Station {n} of {count} — move on</source>
        <translation>Station {n} of {count} — move on</translation>
    </message>
    <message>
        <source>Summary round — come together</source>
        <translation>Summary round — come together</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <source>Dot voting</source>
        <translation>Dot voting</translation>
    </message>
    <message>
        <source>Start round</source>
        <translation>Start round</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Dots per participant</source>
        <translation>Dots per participant</translation>
    </message>
    <message>
        <source>Most dots on one note</source>
        <translation>Most dots on one note</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Enter dots (click +1, Shift+click −1)</source>
        <translation>Enter dots (click +1, Shift+click −1)</translation>
    </message>
    <message>
        <source>Counts are hidden until the round is revealed.</source>
        <translation>Counts are hidden until the round is revealed.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Dots of</source>
        <translation>Dots of</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Round %1</translation>
    </message>
    <message>
        <source>Start voting round</source>
        <translation>Start voting round</translation>
    </message>
    <message>
        <source>Close voting round</source>
        <translation>Close voting round</translation>
    </message>
    <message>
        <source>Reveal votes</source>
        <translation>Reveal votes</translation>
    </message>
    <message>
        <source>Reopen voting round</source>
        <translation>Reopen voting round</translation>
    </message>
    <message>
        <source>Not by name (the room)</source>
        <translation>Not by name (the room)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Revealed</source>
        <translation>Revealed</translation>
    </message>
    <message>
        <source>No round yet</source>
        <translation>No round yet</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) given</source>
        <translation>
            <numerusform>%n dot given</numerusform>
            <numerusform>%n dots given</numerusform>
        </translation>
    </message>
    <message>
        <source>No budget: list the participants on the Overview tab to set one.</source>
        <translation>No budget: list the participants on the Overview tab to set one.</translation>
    </message>
    <message>
        <source>%1 of %2 dots used · %3 left</source>
        <translation>%1 of %2 dots used · %3 left</translation>
    </message>
    <message>
        <source>Budget: %1 participants × %2 dots, by name or not</source>
        <translation>Budget: %1 participants × %2 dots, by name or not</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) entered not by name</source>
        <translation>
            <numerusform>%n dot entered not by name</numerusform>
            <numerusform>%n dots entered not by name</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has %2 of %3 dots left</source>
        <translation>%1 has %2 of %3 dots left</translation>
    </message>
</context>
</TS>