"""What the demo workshop says: every text in Swedish and English, as (sv, en) pairs.

Kept apart from :mod:`n3desk.domain.demo`, which turns it into records, so that the
words can be read and corrected as a whole. Indexes (authors, ideas, stakeholders,
boards) point into the tuples here.
"""

from __future__ import annotations

Pair = tuple[str, str]
NoteSpec = tuple[str, int, Pair]  # colour, author index, text
FrameSpec = tuple[Pair, tuple[NoteSpec, ...]]

# fmt: off
SESSION: dict[str, Pair] = {
    "title": ("Hemträning för äldre — Lunds kommun",
              "Home exercise for older people — Lund municipality"),
    "question": ("Hur kan vi få fler äldre att fortsätta träna hemma efter rehabiliteringen?",
                 "How might we help more older people keep exercising at home after "
                 "rehabilitation?"),
    "place": ("Stadshuset, sammanträdesrum Eken", "City Hall, meeting room Eken"),
    "facilitator_notes": (
        "Lars (PRO) tar med två brukare till station 3: ställ fram extra stolar. Fika kl. "
        "10.00. Rösta först efter lärstationerna – alla ska ha provat övningarna.",
        "Lars (PRO) brings two citizens to station 3: put out extra chairs. Coffee at 10.00. "
        "Vote only after the learning stations – everyone should have tried the exercises."),
    "persona_name": ("Maj-Britt, 81", "Maj-Britt, 81"),
    "persona_description": (
        "Bor ensam i en trea på Norra Fäladen i Lund. Opererade höften i höstas och tränade "
        "med fysioterapeut i sex veckor. Hemtjänst morgon och kväll. Vill klara sig själv och "
        "kunna gå till ICA och handla.",
        "Lives alone in a three-room flat in Norra Fäladen, Lund. Had a hip operation last "
        "autumn and trained with a physiotherapist for six weeks. Home care morning and "
        "evening. Wants to manage on her own and walk to the shop."),
}
FACILITATOR = "Maria Holm"

PARTICIPANTS: tuple[tuple[str, str], ...] = (
    ("Anna Lindqvist", "AL"), ("Johan Ek", "JE"), ("Fatima Al-Hassan", "FA"),
    ("Lars Persson", "LP"), ("Sara Nilsson", "SN"), ("Mikael Berg", "MB"),
    ("Elin Svensson", "ES"), ("Karin Johansson", "KJ"), ("Ahmed Yusuf", "AY"),
)

BOARD_TITLES: tuple[Pair, ...] = (("Behov", "Needs"), ("Idéer", "Ideas"), ("Koncept", "Concepts"))

NEEDS: tuple[FrameSpec, ...] = (
    (("Vad vi hört", "What we heard"), (
        ("yellow", 0, ("Maj-Britt: ”Jag vet att jag borde, men det blir inte av när ingen frågar.”",
                       "Maj-Britt: “I know I should, but it doesn't happen when nobody asks.”")),
        ("yellow", 6, ("Många slutar träna inom två veckor efter sista rehabbesöket",
                       "Many stop exercising within two weeks of the last rehab visit")),
        ("yellow", 7, ("Övningarna på papperet är svåra att komma ihåg",
                       "The exercises on paper are hard to remember")),
    )),
    (("Hinder", "Barriers"), (
        ("pink", 2, ("Rädd att ramla när hon är ensam hemma",
                     "Afraid of falling when alone at home")),
        ("pink", 6, ("Ont i knäna vissa dagar – osäker på vad som är ok",
                     "Sore knees some days – unsure what is safe")),
        ("pink", 1, ("Hemtjänsten har varken tid eller uppdrag att stötta träning",
                     "Home care has neither the time nor the remit to support exercise")),
    )),
    (("Drivkrafter", "Motivation"), (
        ("green", 3, ("Vill klara sig själv och kunna gå till affären",
                      "Wants to manage on her own and walk to the shop")),
        ("green", 7, ("Sällskap gör det roligare", "Company makes it more fun")),
        ("green", 0, ("Att se att det går framåt", "Seeing progress")),
    )),
)

# The ideas are numbered 0–11 in this order; votes, ratings and the concepts use them.
IDEAS: tuple[FrameSpec, ...] = (
    (("Digitalt stöd", "Digital support"), (
        ("blue", 4, ("Korta träningsfilmer på surfplattan med den egna fysioterapeuten",
                     "Short exercise videos on a tablet, with your own physiotherapist")),
        ("blue", 4, ("Påminnelse från röstassistent: ”Dags för dagens övningar”",
                     "A voice assistant reminds: “Time for today's exercises”")),
        ("blue", 8, ("Videoträff i grupp två gånger i veckan",
                     "Group video session twice a week")),
        ("blue", 7, ("Stegräknare som delar framstegen med anhöriga",
                     "A step counter that shares progress with family")),
    )),
    (("Tillsammans", "Together"), (
        ("green", 3, ("Träningskompis: en frivillig från PRO ringer eller kommer förbi",
                      "Exercise buddy: a PRO volunteer calls or drops by")),
        ("green", 2, ("Kaffe och gympa i trapphuset en gång i veckan",
                      "Coffee and exercise in the stairwell once a week")),
        ("green", 7, ("Barnbarnen tränar med via video", "Grandchildren join in by video")),
        ("green", 3, ("Promenadgrupp som utgår från biblioteket",
                      "A walking group that starts at the library")),
    )),
    (("I vardagen", "In daily life"), (
        ("orange", 2, ("Hemtjänsten gör en övning tillsammans med brukaren vid varje besök",
                       "Home care staff do one exercise with the person at every visit")),
        ("orange", 6, ("Övningar i vardagen: res dig ur stolen medan kaffet bryggs",
                       "Exercise in daily chores: stand up from the chair while the coffee brews")),
        ("yellow", 0, ("Träningsprogram på kylskåpsdörren, med stora bilder",
                       "An exercise programme on the fridge door, with big pictures")),
        ("pink", 0, ("Fysioterapeuten kommer på återbesök efter fyra veckor",
                     "The physiotherapist comes back for a follow-up after four weeks")),
    )),
)

VOTING_TITLE: Pair = ("Vilka idéer går vidare?", "Which ideas go forward?")
VOTES: dict[int, int] = {8: 8, 4: 6, 9: 4, 0: 3, 11: 3, 5: 1, 10: 1, 2: 1}  # idea: dots
RATINGS: dict[int, tuple[int, int, int]] = {8: (2, 3, 3), 4: (2, 3, 2), 9: (1, 2, 3), 0: (1, 2, 1)}

# Concept frames: title, ideas carried forward into it, new notes (colour, text).
CONCEPTS: tuple[tuple[Pair, tuple[int, ...], tuple[tuple[str, Pair], ...]], ...] = (
    (("Koncept A: Träning vid besöket", "Concept A: Exercise at each visit"),
     (8, 9), (
        ("pink", ("Kort utbildning för personalen, ledd av fysioterapeuten",
                  "A short course for the staff, led by the physiotherapist")),
        ("purple", ("Test: två hemtjänstgrupper på Norra Fäladen i fyra veckor",
                    "Test: two home-care teams in Norra Fäladen for four weeks")),
    )),
    (("Koncept B: Träningskompis", "Concept B: Exercise buddy"),
     (4,), (
        ("green", ("PRO rekryterar tio kompisar; kommunen ger en introduktion",
                   "PRO recruits ten buddies; the municipality gives an introduction")),
        ("purple", ("Mät: antal dagar i veckan med träning, självskattat",
                    "Measure: days a week with exercise, self-reported")),
    )),
)
HIDDEN_NOTE: Pair = ("Budget för testet: ca 40 000 kr (visas efter pausen)",
                     "Budget for the test: about SEK 40,000 (shown after the break)")

# Stakeholders: name, role, influence, interest, angle (degrees clockwise from twelve),
# radius (fraction of the map). The default map has seven sectors of 360/7 degrees
# (family, civil society, municipality, region, state, unions, companies) and three
# rings of equal width between the citizen's disc (0.18) and the rim
# (n3desk.domain.mapgeometry); each actor stands well inside its sector and ring.
STAKEHOLDERS: tuple[tuple[Pair, Pair, int, int, float, float], ...] = (
    (("Eva, dotter", "Eva, her daughter"),
     ("Ringer varje dag; kan påminna och peppa", "Calls every day; can remind and cheer on"),
     3, 5, 10.0, 0.4),
    (("Gunnar, granne", "Gunnar, neighbour"),
     ("Går förbi varje morgon; kan promenera med henne",
      "Walks by every morning; could walk with her"), 1, 3, 23.0, 0.29),
    (("PRO Lund", "PRO Lund (pensioners' association)"),
     ("Frivilliga träningskompisar och gympa i föreningslokalen",
      "Volunteer exercise buddies and gym classes in its rooms"), 2, 4, 68.0, 0.58),
    (("Svenska kyrkan, Allhelgona", "Church of Sweden, Allhelgona parish"),
     ("Träffpunkt med sopplunch varje torsdag", "A meeting place with soup every Thursday"),
     1, 2, 90.0, 0.8),
    (("Hemtjänsten Norra Fäladen", "Home care, Norra Fäladen"),
     ("Träffar Maj-Britt två gånger om dagen", "Sees Maj-Britt twice a day"), 4, 3, 141.0, 0.41),
    (("Kommunens fysioterapeut", "Municipal physiotherapist"),
     ("Gör träningsprogrammet och följer upp",
      "Writes the exercise programme and follows up"), 4, 5, 148.0, 0.56),
    (("Biståndshandläggare", "Needs assessor"),
     ("Beslutar om insatser; kan skriva in träning i uppdraget",
      "Decides on support; can write exercise into the home-care remit"), 4, 2, 107.0, 0.64),
    (("Socialnämnden", "Social services committee"),
     ("Politiskt ansvar och budget för äldreomsorgen",
      "Political responsibility and budget for elderly care"), 5, 2, 134.0, 0.88),
    (("Vårdcentralen Linero", "Linero health centre"),
     ("Kan skriva ut fysisk aktivitet på recept (FaR)",
      "Can prescribe physical activity (FaR)"), 3, 3, 180.0, 0.64),
    (("Rehab, Skånes universitetssjukhus", "Rehab, Skåne University Hospital"),
     ("Skickar hem efter höftoperationen med ett träningsprogram",
      "Sends her home after the hip operation with an exercise programme"), 3, 2, 194.0, 0.84),
    (("Socialstyrelsen", "National Board of Health and Welfare"),
     ("Nationella riktlinjer för sjukdomsförebyggande arbete",
      "National guidelines for prevention"), 2, 1, 232.0, 0.86),
    (("Kommunal, sektion Lund", "Kommunal trade union, Lund"),
     ("Företräder undersköterskorna; vill inte att träning läggs på utan tid",
      "Represents the care staff; wants time set aside for any new task"), 3, 3, 283.0, 0.84),
    (("Stark Hemma AB", "Stark Hemma Ltd"),
     ("Har en app med filmade övningar för äldre",
      "Has an app with filmed exercises for older people"), 1, 4, 318.0, 0.84),
    (("ICA Nära Linero", "ICA Nära Linero (grocery)"),
     ("Maj-Britts mål: att själv gå dit och handla",
      "Maj-Britt's goal: walk there and shop herself"), 1, 1, 339.0, 0.56),
)

# Relations: source, target (indexes above), kind, label, directed.
RELATIONS: tuple[tuple[int, int, str, Pair, bool], ...] = (
    (4, 5, "collaboration", ("Gemensam plan för hemträning", "A shared home-exercise plan"), False),
    (9, 5, "information", ("Vårdplan vid utskrivning", "Care plan at discharge"), True),
    (7, 4, "money", ("Budget och uppdrag", "Budget and remit"), True),
    (11, 4, "conflict", ("Tid per besök", "Time per visit"), False),
    (0, 4, "trust", ("Eva litar på kvällspersonalen", "Eva trusts the evening staff"), False),
    (2, 5, "collaboration", ("Fysioterapeuten utbildar kompisar", "The physio trains buddies"),
     False),
    (8, 6, "information", ("Recept på fysisk aktivitet", "Activity prescription"), True),
)

# Agenda: title, planned minutes, board index (or None), instructions. Stage 3 is the
# station rotation (4 stations × 7 minutes and a 5-minute summary: 33 minutes).
ROTATION_STAGE = 3
STAGES: tuple[tuple[Pair, int, int | None, Pair], ...] = (
    (("Välkommen och incheckning", "Welcome and check-in"), 10, None,
     ("Säg ditt namn och en sak som fick dig att röra på dig den här veckan.",
      "Say your name and one thing that got you moving this week.")),
    (("Behov: vad har vi hört?", "Needs: what have we heard?"), 20, 0,
     ("Läs lapparna från intervjuerna och sortera dem i ramarna. Vad överraskar?",
      "Read the notes from the interviews and sort them into the frames. What surprises you?")),
    (("Vem finns runt Maj-Britt?", "Who is around Maj-Britt?"), 15, None,
     ("Placera aktörerna på kartan. Vem träffar hon varje vecka? Dra linjer för samarbete "
      "och konflikt.",
      "Place the actors on the map. Whom does she meet every week? Draw lines for "
      "collaboration and conflict.")),
    (("Lärstationer", "Learning stations"), 33, None,
     ("Fyra stationer, sju minuter vid varje; byt vid signalen. 1 Prova övningarna. "
      "2 Maj-Britts vecka. 3 Tekniken. 4 Vad säger forskningen?",
      "Four stations, seven minutes at each; move on at the signal. 1 Try the exercises. "
      "2 Maj-Britt's week. 3 The technology. 4 What does research say?")),
    (("Idéer: skrivstafett", "Ideas: brainwriting"), 20, 1,
     ("Skriv en idé per lapp. Skicka vidare efter tre minuter och bygg på grannens idéer.",
      "Write one idea per note. Pass it on after three minutes; build on your neighbour's.")),
    (("Prickröstning", "Dot voting"), 10, 1,
     ("Tre prickar var, högst två på samma idé.", "Three dots each, at most two on one idea.")),
    (("Koncept och N3-kortet", "Concepts and the N3 card"), 25, 2,
     ("Bygg ut de idéer som fick flest prickar. Skatta N3-kortet tillsammans.",
      "Develop the ideas with the most dots. Rate the N3 card together.")),
    (("Beslut och nästa steg", "Decisions and next steps"), 10, None,
     ("Vad bestämde vi? Vem gör vad, och till när?",
      "What did we decide? Who does what, and by when?")),
)

# What the timer log says happened in the first six stages: (kind, HH:MM[:SS], delta).
TIMER_LOG: tuple[tuple[tuple[str, str, int], ...], ...] = (
    (("start", "09:04", 0), ("end", "09:16", 0)),
    (("start", "09:16:30", 0), ("pause", "09:31", 0), ("resume", "09:34", 0),
     ("adjust", "09:35", 300), ("end", "09:41", 0)),
    (("start", "09:42", 0), ("end", "09:55", 0)),
    (("start", "10:12", 0), ("adjust", "10:26", 60), ("end", "10:47", 0)),
    (("start", "10:50", 0), ("end", "11:12", 0)),
    (("start", "11:14", 0), ("end", "11:24", 0)),
)

DECISIONS: tuple[tuple[str, Pair], ...] = (
    ("11:52", ("Vi går vidare med två koncept: Träning i hemtjänstbesöket och Träningskompis "
               "(7 av 9 i handuppräckning).",
               "We go on with two concepts: Exercise in the home-care visit and Exercise buddy "
               "(7 of 9 by show of hands).")),
    ("11:55", ("Test i liten skala: två hemtjänstgrupper på Norra Fäladen i fyra veckor i april.",
               "A small-scale test: two home-care teams in Norra Fäladen for four weeks in "
               "April.")),
    ("11:58", ("Anna Lindqvist och Johan Ek äger testet och återrapporterar till "
               "socialnämnden i juni.",
               "Anna Lindqvist and Johan Ek own the test and report back to the social "
               "services committee in June.")),
)

N3_CARD: dict[str, tuple[int, Pair]] = {
    "behov": (4, ("Intervjuer med tolv brukare; rehab ser att de flesta slutar träna inom två "
                  "veckor.",
                  "Interviews with twelve citizens; rehab sees most stop exercising within two "
                  "weeks.")),
    "losning": (3, ("Två koncept, inget prövat ännu. Testet i april ger svar.",
                    "Two concepts, none tried yet. The April test will tell.")),
    "drivkraft": (2, ("Anna och Johan vill, men har ingen avsatt tid. Ta upp med "
                      "enhetscheferna.",
                      "Anna and Johan are keen but have no time set aside. Raise it with the "
                      "unit managers.")),
    "team": (3, ("Brukarna hörs via PRO och Karin; ingen från vårdcentralen är med i testet.",
                 "Citizens are heard through PRO and Karin; nobody from the health centre is "
                 "in the test.")),
    "forankring": (2, ("Socialnämnden är inte informerad. Presidiet får en dragning i maj.",
                       "The committee has not been told. Its chairs get a briefing in May.")),
}
# fmt: on
