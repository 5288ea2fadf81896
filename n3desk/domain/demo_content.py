"""What the demo workshop says: every text in Swedish, English, bokmål and Danish.

Each text is a :data:`Words` tuple ``(sv, en, nb, da)``. Kept apart from
:mod:`n3desk.domain.demo`, which turns it into records, so that the words can be read
and corrected as a whole. The workshop is a Swedish municipality's (Lund): names of
people, places and organisations stay as they are in every language; what they say
and do is translated. Indexes (authors, ideas, stakeholders, boards) point into the
tuples here.
"""

from __future__ import annotations

Words = tuple[str, str, str, str]  # (sv, en, nb, da)
WORD_LANGUAGES: tuple[str, ...] = ("sv", "en", "nb", "da")
NoteSpec = tuple[str, int, Words]  # colour, author index, text
FrameSpec = tuple[Words, tuple[NoteSpec, ...]]

# fmt: off
SESSION: dict[str, Words] = {
    "title": ("Hemträning för äldre — Lunds kommun",
              "Home exercise for older people — Lund municipality",
              "Hjemmetrening for eldre — Lund kommune",
              "Hjemmetræning for ældre — Lund Kommune"),
    "question": ("Hur kan vi få fler äldre att fortsätta träna hemma efter rehabiliteringen?",
                 "How might we help more older people keep exercising at home after "
                 "rehabilitation?",
                 "Hvordan kan vi få flere eldre til å fortsette å trene hjemme etter "
                 "rehabiliteringen?",
                 "Hvordan kan vi få flere ældre til at blive ved med at træne derhjemme efter "
                 "genoptræningen?"),
    "place": ("Stadshuset, sammanträdesrum Eken", "City Hall, meeting room Eken",
              "Rådhuset, møterommet Eken", "Rådhuset, mødelokale Eken"),
    "facilitator_notes": (
        "Lars (PRO) tar med två brukare till station 3: ställ fram extra stolar. Fika kl. "
        "10.00. Rösta först efter lärstationerna – alla ska ha provat övningarna.",
        "Lars (PRO) brings two citizens to station 3: put out extra chairs. Coffee at 10.00. "
        "Vote only after the learning stations – everyone should have tried the exercises.",
        "Lars (PRO) tar med to brukere til stasjon 3: sett fram ekstra stoler. Kaffe kl. "
        "10.00. Stem først etter læringsstasjonene – alle skal ha prøvd øvelsene.",
        "Lars (PRO) tager to borgere med til station 3: stil ekstra stole frem. Kaffe kl. "
        "10.00. Stem først efter læringsstationerne – alle skal have prøvet øvelserne."),
    "persona_name": ("Maj-Britt, 81", "Maj-Britt, 81", "Maj-Britt, 81", "Maj-Britt, 81"),
    "persona_description": (
        "Bor ensam i en trea på Norra Fäladen i Lund. Opererade höften i höstas och tränade "
        "med fysioterapeut i sex veckor. Hemtjänst morgon och kväll. Vill klara sig själv och "
        "kunna gå till ICA och handla.",
        "Lives alone in a three-room flat in Norra Fäladen, Lund. Had a hip operation last "
        "autumn and trained with a physiotherapist for six weeks. Home care morning and "
        "evening. Wants to manage on her own and walk to the shop.",
        "Bor alene i en treroms leilighet på Norra Fäladen i Lund. Operert i hoften i fjor "
        "høst og trente med fysioterapeut i seks uker. Hjemmetjeneste morgen og kveld. Vil "
        "klare seg selv og kunne gå til butikken og handle.",
        "Bor alene i en treværelses lejlighed på Norra Fäladen i Lund. Fik en ny hofte sidste "
        "efterår og trænede med en fysioterapeut i seks uger. Hjemmehjælp morgen og aften. "
        "Vil klare sig selv og kunne gå hen i butikken og handle."),
}
FACILITATOR = "Maria Holm"

PARTICIPANTS: tuple[tuple[str, str], ...] = (
    ("Anna Lindqvist", "AL"), ("Johan Ek", "JE"), ("Fatima Al-Hassan", "FA"),
    ("Lars Persson", "LP"), ("Sara Nilsson", "SN"), ("Mikael Berg", "MB"),
    ("Elin Svensson", "ES"), ("Karin Johansson", "KJ"), ("Ahmed Yusuf", "AY"),
)

BOARD_TITLES: tuple[Words, ...] = (
    ("Behov", "Needs", "Behov", "Behov"),
    ("Idéer", "Ideas", "Ideer", "Idéer"),
    ("Koncept", "Concepts", "Konsepter", "Koncepter"),
)

NEEDS: tuple[FrameSpec, ...] = (
    (("Vad vi hört", "What we heard", "Dette har vi hørt", "Det har vi hørt"), (
        ("yellow", 0, ("Maj-Britt: ”Jag vet att jag borde, men det blir inte av när ingen frågar.”",
                       "Maj-Britt: “I know I should, but it doesn't happen when nobody asks.”",
                       "Maj-Britt: «Jeg vet jo at jeg burde, men det blir ikke noe av når ingen "
                       "spør.»",
                       "Maj-Britt: »Jeg ved godt, at jeg burde, men det bliver ikke til noget, "
                       "når ingen spørger.«")),
        ("yellow", 6, ("Många slutar träna inom två veckor efter sista rehabbesöket",
                       "Many stop exercising within two weeks of the last rehab visit",
                       "Mange slutter å trene innen to uker etter siste rehabiliteringstime",
                       "Mange holder op med at træne inden for to uger efter sidste "
                       "genoptræning")),
        ("yellow", 7, ("Övningarna på papperet är svåra att komma ihåg",
                       "The exercises on paper are hard to remember",
                       "Øvelsene på arket er vanskelige å huske",
                       "Øvelserne på papiret er svære at huske")),
    )),
    (("Hinder", "Barriers", "Hindringer", "Barrierer"), (
        ("pink", 2, ("Rädd att ramla när hon är ensam hemma",
                     "Afraid of falling when alone at home",
                     "Redd for å falle når hun er alene hjemme",
                     "Bange for at falde, når hun er alene hjemme")),
        ("pink", 6, ("Ont i knäna vissa dagar – osäker på vad som är ok",
                     "Sore knees some days – unsure what is safe",
                     "Vondt i knærne noen dager – usikker på hva som er greit",
                     "Ondt i knæene nogle dage – usikker på, hvad hun må")),
        ("pink", 1, ("Hemtjänsten har varken tid eller uppdrag att stötta träning",
                     "Home care has neither the time nor the remit to support exercise",
                     "Hjemmetjenesten har verken tid eller oppdrag til å støtte trening",
                     "Hjemmeplejen har hverken tid eller opgave til at støtte træning")),
    )),
    (("Drivkrafter", "Motivation", "Drivkrefter", "Drivkræfter"), (
        ("green", 3, ("Vill klara sig själv och kunna gå till affären",
                      "Wants to manage on her own and walk to the shop",
                      "Vil klare seg selv og kunne gå til butikken",
                      "Vil klare sig selv og kunne gå hen i butikken")),
        ("green", 7, ("Sällskap gör det roligare", "Company makes it more fun",
                      "Selskap gjør det morsommere", "Selskab gør det sjovere")),
        ("green", 0, ("Att se att det går framåt", "Seeing progress",
                      "Å se at det går fremover", "At kunne se, at det går fremad")),
    )),
)

# The ideas are numbered 0–11 in this order; votes, ratings and the concepts use them.
IDEAS: tuple[FrameSpec, ...] = (
    (("Digitalt stöd", "Digital support", "Digital støtte", "Digital støtte"), (
        ("blue", 4, ("Korta träningsfilmer på surfplattan med den egna fysioterapeuten",
                     "Short exercise videos on a tablet, with your own physiotherapist",
                     "Korte treningsfilmer på nettbrettet med din egen fysioterapeut",
                     "Korte træningsvideoer på tablet med ens egen fysioterapeut")),
        ("blue", 4, ("Påminnelse från röstassistent: ”Dags för dagens övningar”",
                     "A voice assistant reminds: “Time for today's exercises”",
                     "Påminnelse fra stemmeassistent: «Nå er det tid for dagens øvelser»",
                     "Påmindelse fra en stemmeassistent: »Så er det tid til dagens øvelser«")),
        ("blue", 8, ("Videoträff i grupp två gånger i veckan",
                     "Group video session twice a week",
                     "Videotreff i gruppe to ganger i uken",
                     "Videomøde i gruppe to gange om ugen")),
        ("blue", 7, ("Stegräknare som delar framstegen med anhöriga",
                     "A step counter that shares progress with family",
                     "Skritteller som deler fremgangen med pårørende",
                     "Skridttæller, der deler fremskridtene med de pårørende")),
    )),
    (("Tillsammans", "Together", "Sammen", "Sammen"), (
        ("green", 3, ("Träningskompis: en frivillig från PRO ringer eller kommer förbi",
                      "Exercise buddy: a PRO volunteer calls or drops by",
                      "Treningsvenn: en frivillig fra PRO ringer eller stikker innom",
                      "Træningsmakker: en frivillig fra PRO ringer eller kigger forbi")),
        ("green", 2, ("Kaffe och gympa i trapphuset en gång i veckan",
                      "Coffee and exercise in the stairwell once a week",
                      "Kaffe og gym i oppgangen en gang i uken",
                      "Kaffe og gymnastik i opgangen en gang om ugen")),
        ("green", 7, ("Barnbarnen tränar med via video", "Grandchildren join in by video",
                      "Barnebarna trener med via video", "Børnebørnene træner med over video")),
        ("green", 3, ("Promenadgrupp som utgår från biblioteket",
                      "A walking group that starts at the library",
                      "Turgruppe som går fra biblioteket",
                      "Gågruppe med start fra biblioteket")),
    )),
    (("I vardagen", "In daily life", "I hverdagen", "I hverdagen"), (
        ("orange", 2, ("Hemtjänsten gör en övning tillsammans med brukaren vid varje besök",
                       "Home care staff do one exercise with the person at every visit",
                       "Hjemmetjenesten gjør én øvelse sammen med brukeren ved hvert besøk",
                       "Hjemmeplejen laver én øvelse sammen med borgeren ved hvert besøg")),
        ("orange", 6, ("Övningar i vardagen: res dig ur stolen medan kaffet bryggs",
                       "Exercise in daily chores: stand up from the chair while the coffee brews",
                       "Øvelser i hverdagen: reis deg fra stolen mens kaffen traktes",
                       "Øvelser i hverdagen: rejs dig fra stolen, mens kaffen brygger")),
        ("yellow", 0, ("Träningsprogram på kylskåpsdörren, med stora bilder",
                       "An exercise programme on the fridge door, with big pictures",
                       "Treningsprogram på kjøleskapsdøra, med store bilder",
                       "Træningsprogram på køleskabsdøren med store billeder")),
        ("pink", 0, ("Fysioterapeuten kommer på återbesök efter fyra veckor",
                     "The physiotherapist comes back for a follow-up after four weeks",
                     "Fysioterapeuten kommer på oppfølgingsbesøk etter fire uker",
                     "Fysioterapeuten kommer på opfølgningsbesøg efter fire uger")),
    )),
)

VOTING_TITLE: Words = ("Vilka idéer går vidare?", "Which ideas go forward?",
                       "Hvilke ideer går videre?", "Hvilke idéer går videre?")
VOTES: dict[int, int] = {8: 8, 4: 6, 9: 4, 0: 3, 11: 3, 5: 1, 10: 1, 2: 1}  # idea: dots
RATINGS: dict[int, tuple[int, int, int]] = {8: (2, 3, 3), 4: (2, 3, 2), 9: (1, 2, 3), 0: (1, 2, 1)}

# Concept frames: title, ideas carried forward into it, new notes (colour, text).
CONCEPTS: tuple[tuple[Words, tuple[int, ...], tuple[tuple[str, Words], ...]], ...] = (
    (("Koncept A: Träning vid besöket", "Concept A: Exercise at each visit",
      "Konsept A: Trening ved besøket", "Koncept A: Træning ved besøget"),
     (8, 9), (
        ("pink", ("Kort utbildning för personalen, ledd av fysioterapeuten",
                  "A short course for the staff, led by the physiotherapist",
                  "Kort opplæring for de ansatte, ledet av fysioterapeuten",
                  "Kort kursus for personalet, ledet af fysioterapeuten")),
        ("purple", ("Test: två hemtjänstgrupper på Norra Fäladen i fyra veckor",
                    "Test: two home-care teams in Norra Fäladen for four weeks",
                    "Test: to hjemmetjenestegrupper på Norra Fäladen i fire uker",
                    "Test: to hjemmeplejegrupper på Norra Fäladen i fire uger")),
    )),
    (("Koncept B: Träningskompis", "Concept B: Exercise buddy",
      "Konsept B: Treningsvenn", "Koncept B: Træningsmakker"),
     (4,), (
        ("green", ("PRO rekryterar tio kompisar; kommunen ger en introduktion",
                   "PRO recruits ten buddies; the municipality gives an introduction",
                   "PRO rekrutterer ti treningsvenner; kommunen gir en introduksjon",
                   "PRO rekrutterer ti makkere; kommunen giver en introduktion")),
        ("purple", ("Mät: antal dagar i veckan med träning, självskattat",
                    "Measure: days a week with exercise, self-reported",
                    "Mål: antall dager i uken med trening, egenrapportert",
                    "Mål: antal dage om ugen med træning, selvrapporteret")),
    )),
)
HIDDEN_NOTE: Words = ("Budget för testet: ca 40 000 kr (visas efter pausen)",
                      "Budget for the test: about SEK 40,000 (shown after the break)",
                      "Budsjett for testen: ca. 40 000 svenske kroner (vises etter pausen)",
                      "Budget til testen: ca. 40.000 svenske kroner (vises efter pausen)")

# Stakeholders: name, role, influence, interest, angle (degrees clockwise from twelve),
# radius (fraction of the map). The default map has seven sectors of 360/7 degrees
# (family, civil society, municipality, region, state, unions, companies) and three
# rings of equal width between the citizen's disc (0.18) and the rim
# (n3desk.domain.mapgeometry); each actor stands well inside its sector and ring.
STAKEHOLDERS: tuple[tuple[Words, Words, int, int, float, float], ...] = (
    (("Eva, dotter", "Eva, her daughter", "Eva, datter", "Eva, datter"),
     ("Ringer varje dag; kan påminna och peppa", "Calls every day; can remind and cheer on",
      "Ringer hver dag; kan minne på og heie", "Ringer hver dag; kan minde om og heppe"),
     3, 5, 10.0, 0.4),
    (("Gunnar, granne", "Gunnar, neighbour", "Gunnar, nabo", "Gunnar, nabo"),
     ("Går förbi varje morgon; kan promenera med henne",
      "Walks by every morning; could walk with her",
      "Går forbi hver morgen; kan gå tur med henne",
      "Går forbi hver morgen; kan gå tur med hende"), 1, 3, 23.0, 0.29),
    (("PRO Lund", "PRO Lund (pensioners' association)", "PRO Lund (pensjonistforening)",
      "PRO Lund (pensionistforening)"),
     ("Frivilliga träningskompisar och gympa i föreningslokalen",
      "Volunteer exercise buddies and gym classes in its rooms",
      "Frivillige treningsvenner og gym i foreningslokalet",
      "Frivillige træningsmakkere og gymnastik i foreningens lokaler"), 2, 4, 68.0, 0.58),
    (("Svenska kyrkan, Allhelgona", "Church of Sweden, Allhelgona parish",
      "Svenska kyrkan, Allhelgona menighet", "Svenska kyrkan, Allhelgona sogn"),
     ("Träffpunkt med sopplunch varje torsdag", "A meeting place with soup every Thursday",
      "Møteplass med suppelunsj hver torsdag", "Mødested med suppefrokost hver torsdag"),
     1, 2, 90.0, 0.8),
    (("Hemtjänsten Norra Fäladen", "Home care, Norra Fäladen",
      "Hjemmetjenesten Norra Fäladen", "Hjemmeplejen Norra Fäladen"),
     ("Träffar Maj-Britt två gånger om dagen", "Sees Maj-Britt twice a day",
      "Treffer Maj-Britt to ganger om dagen", "Ser Maj-Britt to gange om dagen"),
     4, 3, 141.0, 0.41),
    (("Kommunens fysioterapeut", "Municipal physiotherapist", "Kommunens fysioterapeut",
      "Kommunens fysioterapeut"),
     ("Gör träningsprogrammet och följer upp",
      "Writes the exercise programme and follows up",
      "Lager treningsprogrammet og følger opp",
      "Laver træningsprogrammet og følger op"), 4, 5, 148.0, 0.56),
    (("Biståndshandläggare", "Needs assessor", "Saksbehandler i tildelingskontoret",
      "Visitator"),
     ("Beslutar om insatser; kan skriva in träning i uppdraget",
      "Decides on support; can write exercise into the home-care remit",
      "Fatter vedtak om tjenester; kan skrive trening inn i oppdraget",
      "Træffer afgørelse om hjælp; kan skrive træning ind i opgaven"), 4, 2, 107.0, 0.64),
    (("Socialnämnden", "Social services committee", "Helse- og omsorgsutvalget",
      "Social- og sundhedsudvalget"),
     ("Politiskt ansvar och budget för äldreomsorgen",
      "Political responsibility and budget for elderly care",
      "Politisk ansvar og budsjett for eldreomsorgen",
      "Politisk ansvar og budget for ældreplejen"), 5, 2, 134.0, 0.88),
    (("Vårdcentralen Linero", "Linero health centre", "Legesenteret Linero",
      "Lægehuset Linero"),
     ("Kan skriva ut fysisk aktivitet på recept (FaR)",
      "Can prescribe physical activity (FaR)",
      "Kan skrive ut fysisk aktivitet på resept (FaR)",
      "Kan udskrive fysisk aktivitet på recept (FaR)"), 3, 3, 180.0, 0.64),
    (("Rehab, Skånes universitetssjukhus", "Rehab, Skåne University Hospital",
      "Rehabilitering, Skånes universitetssykehus", "Genoptræning, Skånes universitetshospital"),
     ("Skickar hem efter höftoperationen med ett träningsprogram",
      "Sends her home after the hip operation with an exercise programme",
      "Sender henne hjem etter hofteoperasjonen med et treningsprogram",
      "Sender hende hjem efter hofteoperationen med et træningsprogram"), 3, 2, 194.0, 0.84),
    (("Socialstyrelsen", "National Board of Health and Welfare",
      "Socialstyrelsen (svensk helsedirektorat)", "Socialstyrelsen (svensk sundhedsstyrelse)"),
     ("Nationella riktlinjer för sjukdomsförebyggande arbete",
      "National guidelines for prevention",
      "Nasjonale retningslinjer for forebyggende arbeid",
      "Nationale retningslinjer for forebyggelse"), 2, 1, 232.0, 0.86),
    (("Kommunal, sektion Lund", "Kommunal trade union, Lund", "Kommunal (fagforbund), Lund",
      "Kommunal (fagforbund), Lund"),
     ("Företräder undersköterskorna; vill inte att träning läggs på utan tid",
      "Represents the care staff; wants time set aside for any new task",
      "Representerer helsefagarbeiderne; vil ikke at trening legges på uten tid",
      "Repræsenterer social- og sundhedsassistenterne; vil ikke have træning lagt oveni "
      "uden tid"), 3, 3, 283.0, 0.84),
    (("Stark Hemma AB", "Stark Hemma Ltd", "Stark Hemma AB", "Stark Hemma AB"),
     ("Har en app med filmade övningar för äldre",
      "Has an app with filmed exercises for older people",
      "Har en app med filmede øvelser for eldre",
      "Har en app med filmede øvelser til ældre"), 1, 4, 318.0, 0.84),
    (("ICA Nära Linero", "ICA Nära Linero (grocery)", "ICA Nära Linero (dagligvare)",
      "ICA Nära Linero (købmand)"),
     ("Maj-Britts mål: att själv gå dit och handla",
      "Maj-Britt's goal: walk there and shop herself",
      "Maj-Britts mål: å gå dit og handle selv",
      "Maj-Britts mål: selv at gå derhen og handle"), 1, 1, 339.0, 0.56),
)

# Relations: source, target (indexes above), kind, label, directed.
RELATIONS: tuple[tuple[int, int, str, Words, bool], ...] = (
    (4, 5, "collaboration", ("Gemensam plan för hemträning", "A shared home-exercise plan",
                             "Felles plan for hjemmetrening",
                             "Fælles plan for hjemmetræning"), False),
    (9, 5, "information", ("Vårdplan vid utskrivning", "Care plan at discharge",
                           "Pleieplan ved utskrivning", "Plejeplan ved udskrivning"), True),
    (7, 4, "money", ("Budget och uppdrag", "Budget and remit", "Budsjett og oppdrag",
                     "Budget og opgave"), True),
    (11, 4, "conflict", ("Tid per besök", "Time per visit", "Tid per besøk",
                         "Tid pr. besøg"), False),
    (0, 4, "trust", ("Eva litar på kvällspersonalen", "Eva trusts the evening staff",
                     "Eva stoler på kveldspersonalet", "Eva stoler på aftenvagterne"), False),
    (2, 5, "collaboration", ("Fysioterapeuten utbildar kompisar", "The physio trains buddies",
                             "Fysioterapeuten lærer opp treningsvennene",
                             "Fysioterapeuten uddanner makkerne"),
     False),
    (8, 6, "information", ("Recept på fysisk aktivitet", "Activity prescription",
                           "Resept på fysisk aktivitet", "Recept på fysisk aktivitet"), True),
)

# Agenda: title, planned minutes, board index (or None), instructions. Stage 3 is the
# station rotation (4 stations × 7 minutes and a 5-minute summary: 33 minutes).
ROTATION_STAGE = 3
STAGES: tuple[tuple[Words, int, int | None, Words], ...] = (
    (("Välkommen och incheckning", "Welcome and check-in", "Velkommen og innsjekk",
      "Velkommen og check-in"), 10, None,
     ("Säg ditt namn och en sak som fick dig att röra på dig den här veckan.",
      "Say your name and one thing that got you moving this week.",
      "Si navnet ditt og én ting som fikk deg til å røre på deg denne uken.",
      "Sig dit navn og én ting, der fik dig op af stolen i denne uge.")),
    (("Behov: vad har vi hört?", "Needs: what have we heard?", "Behov: hva har vi hørt?",
      "Behov: hvad har vi hørt?"), 20, 0,
     ("Läs lapparna från intervjuerna och sortera dem i ramarna. Vad överraskar?",
      "Read the notes from the interviews and sort them into the frames. What surprises you?",
      "Les lappene fra intervjuene og sorter dem i rammene. Hva overrasker?",
      "Læs sedlerne fra interviewene, og sortér dem i rammerne. Hvad overrasker?")),
    (("Vem finns runt Maj-Britt?", "Who is around Maj-Britt?", "Hvem er rundt Maj-Britt?",
      "Hvem er omkring Maj-Britt?"), 15, None,
     ("Placera aktörerna på kartan. Vem träffar hon varje vecka? Dra linjer för samarbete "
      "och konflikt.",
      "Place the actors on the map. Whom does she meet every week? Draw lines for "
      "collaboration and conflict.",
      "Plasser aktørene på kartet. Hvem treffer hun hver uke? Tegn linjer for samarbeid "
      "og konflikt.",
      "Placér aktørerne på kortet. Hvem møder hun hver uge? Tegn streger for samarbejde "
      "og konflikt.")),
    (("Lärstationer", "Learning stations", "Læringsstasjoner", "Læringsstationer"), 33, None,
     ("Fyra stationer, sju minuter vid varje; byt vid signalen. 1 Prova övningarna. "
      "2 Maj-Britts vecka. 3 Tekniken. 4 Vad säger forskningen?",
      "Four stations, seven minutes at each; move on at the signal. 1 Try the exercises. "
      "2 Maj-Britt's week. 3 The technology. 4 What does research say?",
      "Fire stasjoner, sju minutter ved hver; bytt ved signalet. 1 Prøv øvelsene. "
      "2 Maj-Britts uke. 3 Teknologien. 4 Hva sier forskningen?",
      "Fire stationer, syv minutter ved hver; skift ved signalet. 1 Prøv øvelserne. "
      "2 Maj-Britts uge. 3 Teknologien. 4 Hvad siger forskningen?")),
    (("Idéer: skrivstafett", "Ideas: brainwriting", "Ideer: idéskriving",
      "Idéer: brainwriting"), 20, 1,
     ("Skriv en idé per lapp. Skicka vidare efter tre minuter och bygg på grannens idéer.",
      "Write one idea per note. Pass it on after three minutes; build on your neighbour's.",
      "Skriv én idé per lapp. Send videre etter tre minutter og bygg på sidemannens ideer.",
      "Skriv én idé pr. seddel. Send videre efter tre minutter, og byg videre på sidemandens.")),
    (("Prickröstning", "Dot voting", "Prikkavstemning", "Prikafstemning"), 10, 1,
     ("Tre prickar var, högst två på samma idé.", "Three dots each, at most two on one idea.",
      "Tre prikker hver, høyst to på samme idé.", "Tre prikker hver, højst to på samme idé.")),
    (("Koncept och N3-kortet", "Concepts and the N3 card", "Konsepter og N3-kortet",
      "Koncepter og N3-kortet"), 25, 2,
     ("Bygg ut de idéer som fick flest prickar. Skatta N3-kortet tillsammans.",
      "Develop the ideas with the most dots. Rate the N3 card together.",
      "Bygg ut ideene som fikk flest prikker. Vurder N3-kortet sammen.",
      "Byg videre på de idéer, der fik flest prikker. Vurdér N3-kortet sammen.")),
    (("Beslut och nästa steg", "Decisions and next steps", "Beslutninger og neste steg",
      "Beslutninger og næste skridt"), 10, None,
     ("Vad bestämde vi? Vem gör vad, och till när?",
      "What did we decide? Who does what, and by when?",
      "Hva bestemte vi? Hvem gjør hva, og innen når?",
      "Hvad besluttede vi? Hvem gør hvad, og hvornår?")),
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

DECISIONS: tuple[tuple[str, Words], ...] = (
    ("11:52", ("Vi går vidare med två koncept: Träning i hemtjänstbesöket och Träningskompis "
               "(7 av 9 i handuppräckning).",
               "We go on with two concepts: Exercise in the home-care visit and Exercise buddy "
               "(7 of 9 by show of hands).",
               "Vi går videre med to konsepter: Trening i hjemmetjenestebesøket og "
               "Treningsvenn (7 av 9 ved håndsopprekning).",
               "Vi går videre med to koncepter: Træning ved hjemmeplejebesøget og "
               "Træningsmakker (7 ud af 9 ved håndsoprækning).")),
    ("11:55", ("Test i liten skala: två hemtjänstgrupper på Norra Fäladen i fyra veckor i april.",
               "A small-scale test: two home-care teams in Norra Fäladen for four weeks in "
               "April.",
               "Test i liten skala: to hjemmetjenestegrupper på Norra Fäladen i fire uker i "
               "april.",
               "Test i lille skala: to hjemmeplejegrupper på Norra Fäladen i fire uger i "
               "april.")),
    ("11:58", ("Anna Lindqvist och Johan Ek äger testet och återrapporterar till "
               "socialnämnden i juni.",
               "Anna Lindqvist and Johan Ek own the test and report back to the social "
               "services committee in June.",
               "Anna Lindqvist og Johan Ek eier testen og rapporterer tilbake til "
               "helse- og omsorgsutvalget i juni.",
               "Anna Lindqvist og Johan Ek ejer testen og melder tilbage til "
               "social- og sundhedsudvalget i juni.")),
)

N3_CARD: dict[str, tuple[int, Words]] = {
    "behov": (4, ("Intervjuer med tolv brukare; rehab ser att de flesta slutar träna inom två "
                  "veckor.",
                  "Interviews with twelve citizens; rehab sees most stop exercising within two "
                  "weeks.",
                  "Intervjuer med tolv brukere; rehabiliteringen ser at de fleste slutter å "
                  "trene innen to uker.",
                  "Interview med tolv borgere; genoptræningen ser, at de fleste holder op med "
                  "at træne inden for to uger.")),
    "losning": (3, ("Två koncept, inget prövat ännu. Testet i april ger svar.",
                    "Two concepts, none tried yet. The April test will tell.",
                    "To konsepter, ingen prøvd ennå. Testen i april gir svar.",
                    "To koncepter, ingen afprøvet endnu. Testen i april giver svar.")),
    "drivkraft": (2, ("Anna och Johan vill, men har ingen avsatt tid. Ta upp med "
                      "enhetscheferna.",
                      "Anna and Johan are keen but have no time set aside. Raise it with the "
                      "unit managers.",
                      "Anna og Johan vil, men har ikke satt av tid. Ta det opp med "
                      "enhetslederne.",
                      "Anna og Johan vil gerne, men har ikke tid afsat. Tag det op med "
                      "afdelingslederne.")),
    "team": (3, ("Brukarna hörs via PRO och Karin; ingen från vårdcentralen är med i testet.",
                 "Citizens are heard through PRO and Karin; nobody from the health centre is "
                 "in the test.",
                 "Brukerne blir hørt gjennom PRO og Karin; ingen fra legesenteret er med i "
                 "testen.",
                 "Borgerne bliver hørt gennem PRO og Karin; ingen fra lægehuset er med i "
                 "testen.")),
    "forankring": (2, ("Socialnämnden är inte informerad. Presidiet får en dragning i maj.",
                       "The committee has not been told. Its chairs get a briefing in May.",
                       "Utvalget er ikke informert. Lederen og nestlederen får en orientering "
                       "i mai.",
                       "Udvalget er ikke orienteret. Formandskabet får en orientering i maj.")),
}
# fmt: on
