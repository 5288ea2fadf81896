"""Seeded stakeholder maps of many shapes, for the map tests, the benchmark and looking.

:func:`sample_map` adds ``actors`` stakeholders with real, often long names in one of
the four languages (and ``relations`` typed, labelled relations) to a session. The same
seed gives the same map, so a failing render can be made again.
"""

from __future__ import annotations

import random

from n3desk.domain.entities import Relation, Stakeholder, new_id
from n3desk.domain.mapgeometry import BUILTIN_KINDS, clamp_radius

LANGUAGES = ("sv", "en", "nb", "da")

NAMES: dict[str, tuple[str, ...]] = {
    "da": (
        "Praktiserende læge", "Sensorleverandør til hjemmeplejen", "Familie og netværk",
        "Datteren Mette", "Naboen Jørgen", "Ældresagen Roskilde",
        "Frivilligcenter Roskilde", "Hjemmeplejen, område Nord", "Sundhedsplejersken",
        "Borgerrådgiveren", "Ældre- og Sundhedsudvalget", "Center for Sundhed og Omsorg",
        "Træningsenheden, Roskilde Kommune", "Region Sjælland", "Sjællands Universitetshospital",
        "Sundhedsstyrelsen", "Styrelsen for Patientsikkerhed", "FOA Roskilde",
        "Dansk Sygeplejeråd, kreds Sjælland", "Netto, Hedegade", "Apoteket i Trekroner",
        "Velfærdsteknologikonsulent", "Kommunalbestyrelsen", "Pårørenderådet",
        "Boligselskabet Sjælland", "Roskilde Bibliotekerne", "Visitationen",
        "Demenskoordinatoren", "Socialpsykiatrien", "Jobcentret", "Kirkens Korshær",
        "Røde Kors Roskilde", "Medicinalfirmaet Lundbeck", "Taxa-kørsel (Movia Flextrafik)",
        "Fysioterapeut i privat praksis", "Diætisten", "Sygeplejeklinikken Østervang",
        "Hjælpemiddelcentralen", "Den kommunale tandpleje", "Ældrerådet",
        "Seniorklubben ved Roskilde Fjord", "IT-leverandøren KMD",
    ),
    "sv": (
        "Biståndshandläggare", "Hemtjänsten Norra Fäladen", "Dottern Eva", "Grannen Gunnar",
        "PRO Lund", "Svenska kyrkan, Allhelgona församling", "Kommunens fysioterapeut",
        "Socialnämnden", "Vårdcentralen Linero", "Rehab, Skånes universitetssjukhus",
        "Socialstyrelsen", "Kommunal, sektion Lund", "Stark Hemma AB", "ICA Nära Linero",
        "Anhörigkonsulenten", "Region Skåne, hälso- och sjukvårdsnämnden",
        "Demenssjuksköterskan", "Fixartjänsten", "Färdtjänsten", "Äldreombudsmannen",
        "Inspektionen för vård och omsorg", "Frivilligcentralen Lund", "Apoteket Hjärtat",
        "Lunds kommuns digitaliseringsenhet", "Pensionärsrådet", "Vårdförbundet Skåne",
        "Biblioteket på Linero torg", "Hyresgästföreningen", "Röda korset Lund",
        "Träffpunkt Stenkrossen", "Larmleverantören Tunstall", "Tandvården Folktandvården",
        "Dietisten", "Arbetsterapeuten", "Mobila teamet, primärvården", "Kommunstyrelsen",
        "Kvinnojouren", "Stadsbyggnadskontoret", "Skolsköterskan", "Näringslivsenheten",
        "Medicinskt ansvarig sjuksköterska (MAS)", "Äldreförvaltningens kvalitetsstrateg",
    ),
    "nb": (
        "Fastlegen", "Hjemmetjenesten, sone Øst", "Datteren Ingrid", "Naboen Per",
        "Pensjonistforeningen", "Frivilligsentralen i Bærum", "Helse- og omsorgsutvalget",
        "Tildelingskontoret", "Fylkeskommunens folkehelsekoordinator", "Helse Sør-Øst",
        "Akershus universitetssykehus", "Helsedirektoratet", "Statsforvalteren i Oslo og Viken",
        "Fagforbundet Bærum", "Norsk Sykepleierforbund", "Rema 1000 Sandvika",
        "Apotek 1 Bekkestua", "Velferdsteknologisk rådgiver", "Kommunestyret",
        "Eldrerådet", "Pårørendeskolen", "Demenskoordinatoren", "NAV Bærum",
        "Kirkens Bymisjon", "Røde Kors besøkstjeneste", "Biblioteket på Bekkestua",
        "Hjelpemiddelsentralen", "Ergoterapeuten", "Fysioterapeut i privat praksis",
        "Ernæringsfysiologen", "Trygghetsalarmleverandøren", "Boligbyggelaget",
        "Den offentlige tannhelsetjenesten", "Ruter, tilrettelagt transport",
        "Kreftkoordinatoren", "Legevakten", "Kommuneoverlegen", "Seniorsenteret Hvalstad",
        "Innovasjonsavdelingen", "Brukerombudet", "Pasient- og brukerombudet i Viken",
    ),
    "en": (
        "General practitioner", "Home care team, North district", "Her daughter Eva",
        "Gunnar, the neighbour", "Pensioners' association", "Volunteer centre",
        "Adult social care committee", "Needs assessor", "Municipal physiotherapist",
        "Regional health authority", "University Hospital rehabilitation ward",
        "National Board of Health and Welfare", "Care workers' trade union",
        "Corner shop on the high street", "Community pharmacy", "Assistive technology advisor",
        "Town council", "Older people's council", "Carers' support group",
        "Dementia coordinator", "Job centre", "Red Cross visiting service", "Public library",
        "Equipment loan store", "Occupational therapist", "Dietitian",
        "Alarm service provider", "Housing association", "Community dental service",
        "Accessible transport service", "Out-of-hours doctor", "Director of public health",
        "Innovation unit", "Patient ombudsman", "Church lunch club", "Local newspaper",
        "Walking football club", "Software supplier for the care records", "Parish nurse",
        "Sheltered housing warden", "Social prescribing link worker",
    ),
}

LABELS: dict[str, tuple[str, ...]] = {
    "da": ("ringer dagligt", "bevilger træning", "deler journal", "betaler", "uenige om tid"),
    "sv": ("ringer varje dag", "beviljar träning", "delar journal", "betalar", "oense om tid"),
    "nb": ("ringer daglig", "tildeler trening", "deler journal", "betaler", "uenige om tid"),
    "en": ("calls every day", "grants exercise", "shares records", "pays", "disagree on time"),
}


def sample_map(
    session_id: str,
    *,
    actors: int,
    relations: int = 0,
    language: str = "da",
    seed: int = 0,
    crowded: bool = False,
) -> tuple[list[Stakeholder], list[Relation]]:
    """``actors`` stakeholders and ``relations`` relations for session ``session_id``.

    Names come from the language's list (numbered once it runs out, so a 300-actor
    map has 300 distinct names); places are spread over the whole map, or, with
    ``crowded``, bunched into two sectors the way a real workshop fills "the
    municipality" first.
    """
    rng = random.Random(seed)
    pool = list(NAMES[language])
    rng.shuffle(pool)
    people: list[Stakeholder] = []
    for i in range(actors):
        name = pool[i % len(pool)]
        if i >= len(pool):
            name = f"{name} {i // len(pool) + 1}"
        if crowded and rng.random() < 0.7:
            angle = rng.uniform(100.0, 200.0)
        else:
            angle = rng.uniform(0.0, 360.0)
        radius = clamp_radius(rng.uniform(0.2, 0.97))
        people.append(
            Stakeholder(
                new_id(),
                session_id,
                name,
                influence=rng.randint(1, 5),
                interest=rng.randint(1, 5),
                angle=angle,
                radius=radius,
            )
        )
    links: list[Relation] = []
    if len(people) >= 2:
        for _ in range(relations):
            a, b = rng.sample(people, 2)
            links.append(
                Relation(
                    new_id(),
                    session_id,
                    a.id,
                    b.id,
                    rng.choice(BUILTIN_KINDS),
                    rng.choice(LABELS[language]) if rng.random() < 0.6 else "",
                    directed=rng.random() < 0.3,
                )
            )
    return people, links
