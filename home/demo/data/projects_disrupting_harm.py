"""Disrupting Harm: national research in thirteen countries (phase one) and eleven more (phase
two), written as one project per country from the country entries below."""

from dataclasses import dataclass
from datetime import date

from .project_types import DH_PHASE_1, DH_PHASE_2, Contact, Output, Project, Update
from .reference import DISRUPTING_HARM, DISRUPTING_HARM_URL, ECPAT, INTERPOL, UNICEF_INNOCENTI
from .streamfield import figures, heading, paragraph
from .vocabulary import (
    DATA_EVIDENCE,
    HELP_SEEKING,
    LIVE_STREAMING,
    POLICY,
    PREVENTION,
    SEXUAL_EXTORTION,
    TRAUMA_INFORMED,
    USER_REPORTING,
)


def split_evenly(total, parts):
    """Whole-dollar shares of `total` that add up exactly."""
    share, remainder = divmod(total, parts)
    return [share + (1 if index < remainder else 0) for index in range(parts)]


DH_PHASE_1_TOTAL_USD = 7_000_000
DH_PHASE_2_TOTAL_USD = 7_500_000
DH_CONTACT = Contact(
    "Disrupting Harm team",
    "Research partners",
    "ECPAT International, INTERPOL and UNICEF Innocenti",
)

DH_METHOD = paragraph(
    "Disrupting Harm looks at the problem from several sides at once. In each country the "
    "partners ran a household survey with a nationally representative sample of internet-using "
    "children and their parents or carers, examined the legal and policy framework, looked at "
    "how well equipped the police are to investigate these crimes, and listened to young "
    "survivors and to the social workers and justice professionals who support them.",
)

DH_PHASE_1_FIGURES = figures(
    ("about 60%", "of offenders were someone the child already knew"),
    ("almost 1 in 3", "children subjected to online abuse told no one about it"),
    ("3%", "of those children called a helpline, and 3% went to the police"),
    source="Disrupting Harm, phase one (13 countries)",
)

DH_GENERIC_NOTES = [
    "The national report for {country} sets out recommendations for government, law "
    "enforcement, social services, the technology industry and caregivers, each grounded in what "
    "children and professionals in {country} described.",
    "In {country}, the research brings together children's own accounts, information from law "
    "enforcement and the experience of frontline workers, giving ministries and services a "
    "shared baseline to plan from.",
    "The report for {country} is written to be used: each recommendation names the institutions "
    "best placed to act on it, so that follow-up can be tracked over time.",
]


@dataclass(frozen=True)
class DisruptingHarmCountry:
    iso_code: str
    name: str
    image: str
    note: str = ""
    figure: tuple[str, str] | None = None
    extra_tags: tuple[str, ...] = ()
    updates: tuple[Update, ...] = ()
    article: str = ""  # "the" for names that take one in a sentence

    @property
    def prose_name(self):
        return f"{self.article} {self.name}".strip()


POLICY_UPTAKE_DATE = date(2023, 7, 3)

DH_PHASE_1_COUNTRIES = [
    DisruptingHarmCountry("KH", "Cambodia", "constellation"),
    DisruptingHarmCountry(
        "ID",
        "Indonesia",
        "evidence",
        note="Indonesia used the Disrupting Harm recommendations to help shape a national "
        "roadmap on child online protection, and to update the standards and training used by "
        "child protection services that work across sectors. The findings also informed an "
        "online platform that helps children learn about violence and how to stay safe online.",
        extra_tags=(PREVENTION,),
        updates=(
            Update(
                "Findings shared with national child protection services",
                date(2022, 4, 11),
                "The Indonesia findings were presented to the agencies responsible for child "
                "protection.",
                "<p>The partners walked government and service providers through the survey "
                "results and the recommendations that concern them, and agreed how progress "
                "would be followed up.</p>",
                (POLICY, DATA_EVIDENCE),
            ),
            Update(
                "Recommendations shape a national roadmap",
                POLICY_UPTAKE_DATE,
                "Indonesia's national roadmap on child online protection draws on Disrupting Harm.",
                "<p>The roadmap sets the direction for government work on children's safety "
                "online. The recommendations also fed into updated standards and training for "
                "child protection services that work across sectors.</p>",
                (POLICY,),
            ),
        ),
    ),
    DisruptingHarmCountry(
        "MY",
        "Malaysia",
        "evidence",
        note="Following the Disrupting Harm recommendations, Malaysia amended its legislation to "
        "make sexual extortion and the live-streaming of child sexual abuse criminal offences, "
        "closing gaps that had made these crimes hard to prosecute.",
        extra_tags=(SEXUAL_EXTORTION, LIVE_STREAMING),
        updates=(
            Update(
                "Findings presented to policy makers",
                date(2022, 3, 21),
                "The partners briefed ministries and parliamentarians on the Malaysia findings.",
                "<p>The briefing focused on the legal gaps the research had identified, "
                "including forms of abuse that existing offences did not clearly cover.</p>",
                (POLICY,),
            ),
            Update(
                "Justice professionals' experience in the research",
                date(2022, 6, 6),
                "Interviews with justice professionals form part of the Malaysia findings.",
                "<p>Prosecutors and investigators described how cases of online abuse move "
                "through the system. Their experience sits alongside children's accounts in the "
                "analysis of the legal response.</p>",
                (POLICY, SEXUAL_EXTORTION),
            ),
            Update(
                "Sexual extortion and live-streamed abuse become criminal offences",
                POLICY_UPTAKE_DATE,
                "Malaysia's amended law follows Disrupting Harm recommendations.",
                "<p>The amendments make sexual extortion and the live-streaming of child sexual "
                "abuse criminal offences, which makes it easier to prosecute these crimes. It is "
                "one of the clearest examples so far of the research turning into law.</p>",
                (POLICY, SEXUAL_EXTORTION, LIVE_STREAMING),
            ),
        ),
    ),
    DisruptingHarmCountry(
        "PH",
        "Philippines",
        "constellation",
        article="the",
        note="The Philippines recorded the highest rate of the thirteen countries in the first "
        "phase. The national report gives government, services and the companies whose platforms "
        "children use a detailed picture of where harm happens and where support is missing.",
        figure=(
            "20%",
            "of internet-using children surveyed had been subjected to online sexual "
            "exploitation and abuse in the past year",
        ),
        extra_tags=(LIVE_STREAMING,),
    ),
    DisruptingHarmCountry("TH", "Thailand", "evidence"),
    DisruptingHarmCountry(
        "VN",
        "Viet Nam",
        "constellation",
        note="Viet Nam recorded the lowest rate of the thirteen countries in the first phase. "
        "Even a low rate means many children affected, and the recommendations still address "
        "how children can find help when they need it.",
        figure=(
            "1%",
            "of internet-using children surveyed had been subjected to online sexual "
            "exploitation and abuse in the past year",
        ),
    ),
    DisruptingHarmCountry("ET", "Ethiopia", "evidence"),
    DisruptingHarmCountry(
        "KE",
        "Kenya",
        "constellation",
        extra_tags=(USER_REPORTING,),
        updates=(
            Update(
                "Conversations with frontline workers",
                date(2021, 3, 15),
                "Social workers, police and justice professionals in Kenya shared their "
                "experience of handling cases.",
                "<p>Frontline professionals described what happens when a child reports online "
                "abuse: who they tell first, how cases are referred and where they stall. These "
                "accounts sit alongside the household survey in the national report.</p>",
                (DATA_EVIDENCE, TRAUMA_INFORMED),
            ),
            Update(
                "Kenya report and recommendations published",
                date(2022, 2, 14),
                "The national report sets out what children in Kenya experience online and what "
                "each part of the system can do.",
                "<p>Recommendations are addressed to government, law enforcement, social "
                "services, industry and caregivers, including how children's reports are "
                "received and acted on.</p>",
                (USER_REPORTING, POLICY),
            ),
        ),
    ),
    DisruptingHarmCountry("MZ", "Mozambique", "evidence"),
    DisruptingHarmCountry("NA", "Namibia", "constellation"),
    DisruptingHarmCountry("ZA", "South Africa", "evidence"),
    DisruptingHarmCountry(
        "TZ",
        "Tanzania",
        "constellation",
        note="In Tanzania, the insights and recommendations were built into education and "
        "training materials produced by the Ministry of Health, so that health workers are better "
        "prepared when a child discloses abuse that began online.",
        extra_tags=(TRAUMA_INFORMED,),
        updates=(
            Update(
                "Findings shared with health and social welfare professionals",
                date(2022, 5, 9),
                "The Tanzania findings were presented to the people who first meet children "
                "after abuse.",
                "<p>Health and social welfare professionals are often the first adults a child "
                "tells. The session looked at what the research says about their role and the "
                "training they asked for.</p>",
                (TRAUMA_INFORMED, HELP_SEEKING),
            ),
            Update(
                "Recommendations built into Ministry of Health training",
                POLICY_UPTAKE_DATE,
                "Disrupting Harm insights now feature in Ministry of Health education and "
                "training materials.",
                "<p>The materials help health workers recognise online sexual exploitation and "
                "abuse and respond to children in a way that does not add to the harm.</p>",
                (TRAUMA_INFORMED, POLICY),
            ),
        ),
    ),
    DisruptingHarmCountry("UG", "Uganda", "evidence"),
]

DH_PHASE_2_COUNTRIES = [
    DisruptingHarmCountry("AM", "Armenia", "constellation"),
    DisruptingHarmCountry(
        "BR",
        "Brazil",
        "evidence",
        updates=(
            Update(
                "Research under way in Brazil",
                date(2023, 10, 16),
                "National partners have begun preparing the Brazil research.",
                "<p>The partners are adapting the survey instruments and the interview guides "
                "for Brazil, working with national experts to make sure the questions fit how "
                "children there use the internet.</p>",
                (DATA_EVIDENCE,),
            ),
            Update(
                "Household survey fieldwork completed",
                date(2024, 9, 9),
                "Interviewers have finished the household survey of children and caregivers.",
                "<p>With fieldwork complete, analysis begins. Interviews with frontline workers "
                "and justice professionals continue alongside it.</p>",
                (DATA_EVIDENCE,),
            ),
        ),
    ),
    DisruptingHarmCountry("CO", "Colombia", "constellation"),
    DisruptingHarmCountry("DO", "Dominican Republic", "evidence", article="the"),
    DisruptingHarmCountry("JO", "Jordan", "constellation"),
    DisruptingHarmCountry("ME", "Montenegro", "evidence"),
    DisruptingHarmCountry("MA", "Morocco", "constellation"),
    DisruptingHarmCountry("MK", "North Macedonia", "evidence"),
    DisruptingHarmCountry("PK", "Pakistan", "constellation"),
    DisruptingHarmCountry("RS", "Serbia", "evidence"),
    DisruptingHarmCountry("TN", "Tunisia", "constellation"),
]


def disrupting_harm_phase_1(country: DisruptingHarmCountry, index: int, grant_usd: int):
    note = country.note or DH_GENERIC_NOTES[index % len(DH_GENERIC_NOTES)]
    body = [
        heading("About the research"),
        DH_METHOD,
        DH_PHASE_1_FIGURES,
        heading(f"In {country.prose_name}"),
        paragraph(note.format(country=country.prose_name)),
    ]
    if country.figure:
        body.append(figures(country.figure, source=f"Disrupting Harm in {country.prose_name}"))
    body.append(
        paragraph(
            "The grant amount shown is an even share of the US$7 million Safe Online invested in "
            "2019 in the first phase, which covered thirteen countries in South-East Asia and "
            "Eastern and Southern Africa."
        )
    )
    return Project(
        title=f"Disrupting Harm: {country.name}",
        slug=f"disrupting-harm-{country.iso_code.lower()}",
        programme=DISRUPTING_HARM,
        funding_round=DH_PHASE_1,
        lead=ECPAT,
        partners=(INTERPOL, UNICEF_INNOCENTI),
        countries=(country.iso_code,),
        grant_usd=grant_usd,
        start=date(2019, 10, 1),
        end=date(2022, 6, 30),
        image=country.image,
        summary=f"National evidence on how children in {country.prose_name} are exposed to online "
        "sexual exploitation and abuse, how they seek help, and how well the national system "
        "responds.",
        body=tuple(body),
        outputs=(
            Output(f"Disrupting Harm in {country.prose_name}", "report", DISRUPTING_HARM_URL, 2022),
        ),
        contacts=(DH_CONTACT,),
        tags=(DATA_EVIDENCE, POLICY, HELP_SEEKING, *country.extra_tags)[:5],
        updates=country.updates,
        website=DISRUPTING_HARM_URL,
    )


def disrupting_harm_phase_2(country: DisruptingHarmCountry, index: int, grant_usd: int):
    note = DH_GENERIC_NOTES[index % len(DH_GENERIC_NOTES)]
    body = (
        heading("The second phase"),
        paragraph(
            "In 2023 Disrupting Harm expanded to eleven more countries, reaching four new regions. "
            "ECPAT International, INTERPOL and UNICEF Innocenti carry out the research between "
            "2023 and 2025 with UNICEF country offices, ECPAT member organisations, national "
            "police and INTERPOL National Central Bureaus, government institutions and "
            "independent national experts.",
        ),
        heading("How the research works"),
        DH_METHOD,
        heading(f"In {country.prose_name}"),
        paragraph(
            note.format(country=country.prose_name),
            f"The research is designed to end with an evidence-informed national action plan "
            f"that helps {country.prose_name} strengthen prevention and response.",
        ),
        paragraph(
            "The grant amount shown is an even share of the US$7.5 million Safe Online committed "
            "to the second phase."
        ),
    )
    return Project(
        title=f"Disrupting Harm: {country.name}",
        slug=f"disrupting-harm-{country.iso_code.lower()}",
        programme=DISRUPTING_HARM,
        funding_round=DH_PHASE_2,
        lead=ECPAT,
        partners=(INTERPOL, UNICEF_INNOCENTI),
        countries=(country.iso_code,),
        grant_usd=grant_usd,
        start=date(2023, 3, 1),
        end=date(2025, 12, 31),
        image=country.image,
        summary=f"Second-phase Disrupting Harm research in {country.prose_name}: national "
        "evidence on online sexual exploitation and abuse of children, leading to a national "
        "action plan.",
        body=body,
        outputs=(
            Output(f"Disrupting Harm in {country.prose_name}", "report", DISRUPTING_HARM_URL),
        ),
        contacts=(DH_CONTACT,),
        tags=(DATA_EVIDENCE, POLICY, PREVENTION),
        updates=country.updates,
        website=DISRUPTING_HARM_URL,
    )


DISRUPTING_HARM_PROJECTS = [
    *(
        disrupting_harm_phase_1(country, index, grant)
        for index, (country, grant) in enumerate(
            zip(
                DH_PHASE_1_COUNTRIES,
                split_evenly(DH_PHASE_1_TOTAL_USD, len(DH_PHASE_1_COUNTRIES)),
                strict=True,
            )
        )
    ),
    *(
        disrupting_harm_phase_2(country, index, grant)
        for index, (country, grant) in enumerate(
            zip(
                DH_PHASE_2_COUNTRIES,
                split_evenly(DH_PHASE_2_TOTAL_USD, len(DH_PHASE_2_COUNTRIES)),
                strict=True,
            )
        )
    ),
]
