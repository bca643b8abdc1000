"""Disrupting Harm: national research in thirteen countries (phase one) and eleven more (phase
two), one project per country.

Safe Online's funding is published per phase (US$7 million in 2019, US$7.5 million for the
second phase), never per country, so no country project shows a grant: an even split would be a
figure nobody published. Phase one's findings and policy changes are the published ones; phase
two's findings are still to come.

What was published about one country in particular (its own rate, or a law or plan changed in
response) is that country's finding: it goes on the country's project and on its country page.
The figures for all thirteen countries together stay programme-wide, on the project pages only."""

from dataclasses import dataclass
from datetime import date

from .project_types import COMPLETED, DH_PHASE_1, DH_PHASE_2, UNPUBLISHED, YEARS, Output, Project
from .reference import (
    DISRUPTING_HARM,
    DISRUPTING_HARM_FINDINGS_URL,
    DISRUPTING_HARM_INSIGHTS_URL,
    DISRUPTING_HARM_URL,
    ECPAT,
    INTERPOL,
    UNICEF_INNOCENTI,
)
from .streamfield import figures, heading, paragraph
from .vocabulary import DATA_EVIDENCE, HELP_SEEKING, LIVE_STREAMING, POLICY, SEXUAL_EXTORTION

DH_METHOD = paragraph(
    "Disrupting Harm studies each country from several sides. It surveys a nationally "
    "representative sample of households, asking children and their caregivers about their "
    "experiences; reviews the country's laws and policies; works with national police to "
    "understand how well they can respond to these crimes; records the experiences of young "
    "people who have been through online sexual exploitation and abuse; and hears from the "
    "social welfare and justice professionals who handle their cases. From that evidence it "
    "proposes how leaders and policy makers can strengthen prevention and response.",
)

DH_PHASE_1_FIGURES = figures(
    ("about 60%", "of offenders were someone the child already knew"),
    ("almost 1 in 3", "children who were abused told nobody"),
    ("3%", "of them called a helpline, and 3% went to the police"),
    source="Disrupting Harm, phase one (13 countries)",
)

DH_PHASE_1_FUNDING = paragraph(
    "Safe Online invested US$7 million in Disrupting Harm in 2019, for the first phase in all "
    "thirteen countries together. No amount has been published for each country, so no grant "
    "is shown here.",
)
DH_PHASE_2_FUNDING = paragraph(
    "Safe Online's second investment, US$7.5 million, covers all eleven second-phase countries "
    "together. No amount has been published for each country, so no grant is shown here.",
)

DH_PHASE_1_OUTPUTS = (
    Output(
        "Disrupting Harm: findings from the first phase", "report", DISRUPTING_HARM_FINDINGS_URL
    ),
    Output("Disrupting Harm data insights", "dataset", DISRUPTING_HARM_INSIGHTS_URL),
)

PHASE_1_STARTED = date(2019, 1, 1)  # the year of the investment; used for ordering only
PHASE_2_YEARS = (date(2023, 1, 1), date(2025, 12, 31))


@dataclass(frozen=True)
class CountryFinding:
    kind: str  # "finding" or "policy_change", the block types of Country.findings
    text: str
    source_url: str
    figure: str = ""

    def block(self):
        value = {"figure": self.figure, "text": self.text, "source_url": self.source_url}
        return {"type": self.kind, "value": value}


def finding(text, figure=""):
    return CountryFinding("finding", text, DISRUPTING_HARM_INSIGHTS_URL, figure)


def policy_change(text):
    return CountryFinding("policy_change", text, DISRUPTING_HARM_URL)


@dataclass(frozen=True)
class DisruptingHarmCountry:
    iso_code: str
    name: str
    image: str
    findings: tuple["CountryFinding", ...] = ()  # published about this country in particular
    extra_tags: tuple[str, ...] = ()
    article: str = ""  # "the" for names that take one in a sentence

    @property
    def prose_name(self):
        return f"{self.article} {self.name}".strip()


DH_PHASE_1_COUNTRIES = [
    DisruptingHarmCountry("KH", "Cambodia", "constellation"),
    DisruptingHarmCountry(
        "ID",
        "Indonesia",
        "evidence",
        findings=(
            policy_change(
                "Indonesia drew on the Disrupting Harm recommendations to develop its National "
                "Roadmap on Child Online Protection and to revise the national standards and "
                "training modules for integrated child protection services. The findings were "
                "also used to build a web-based platform that raises children's awareness of "
                "violence, online safety included."
            ),
        ),
    ),
    DisruptingHarmCountry(
        "MY",
        "Malaysia",
        "evidence",
        findings=(
            policy_change(
                "In line with the Disrupting Harm recommendations, Malaysia amended its laws so "
                "that sexual extortion and the live-streaming of child sexual abuse are criminal "
                "offences, which makes these crimes easier to prosecute."
            ),
        ),
        extra_tags=(SEXUAL_EXTORTION, LIVE_STREAMING),
    ),
    DisruptingHarmCountry(
        "PH",
        "Philippines",
        "constellation",
        article="the",
        findings=(
            finding(
                "of internet-using children surveyed in the Philippines had been subjected to "
                "online sexual exploitation and abuse in the past year: the highest rate of the "
                "thirteen first-phase countries.",
                figure="20%",
            ),
        ),
    ),
    DisruptingHarmCountry("TH", "Thailand", "evidence"),
    DisruptingHarmCountry(
        "VN",
        "Viet Nam",
        "constellation",
        findings=(
            finding(
                "of internet-using children surveyed in Viet Nam had been subjected to online "
                "sexual exploitation and abuse in the past year: the lowest rate of the thirteen "
                "first-phase countries.",
                figure="1%",
            ),
        ),
    ),
    DisruptingHarmCountry("ET", "Ethiopia", "evidence"),
    DisruptingHarmCountry("KE", "Kenya", "constellation"),
    DisruptingHarmCountry("MZ", "Mozambique", "evidence"),
    DisruptingHarmCountry("NA", "Namibia", "constellation"),
    DisruptingHarmCountry("ZA", "South Africa", "evidence"),
    DisruptingHarmCountry(
        "TZ",
        "Tanzania",
        "constellation",
        findings=(
            policy_change(
                "In Tanzania, the Ministry of Health built the research's insights and "
                "recommendations into the education and training materials it developed."
            ),
        ),
    ),
    DisruptingHarmCountry("UG", "Uganda", "evidence"),
]

DH_PHASE_2_COUNTRIES = [
    DisruptingHarmCountry("AM", "Armenia", "constellation"),
    DisruptingHarmCountry("BR", "Brazil", "evidence"),
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


def disrupting_harm_phase_1(country: DisruptingHarmCountry):
    body = [
        heading("About the research"),
        paragraph(
            f"{country.prose_name[0].upper()}{country.prose_name[1:]} was one of the thirteen "
            "countries, in South-East Asia and in Eastern and Southern Africa, where ECPAT "
            "International, INTERPOL and UNICEF carried out the first phase of Disrupting Harm.",
        ),
        DH_METHOD,
        heading("What the first phase found"),
        DH_PHASE_1_FIGURES,
        paragraph(
            "Across the thirteen countries, between 1% (Viet Nam) and 20% (the Philippines) of "
            "internet-using children surveyed had been subjected to online sexual exploitation "
            "and abuse in the past year.",
        ),
    ]
    if country.findings:
        body.append(heading(f"In {country.prose_name}"))
    for published in country.findings:
        if published.figure:
            source = f"Disrupting Harm in {country.prose_name}"
            body.append(figures((published.figure, published.text), source=source))
        else:
            body.append(paragraph(published.text))
    body.append(DH_PHASE_1_FUNDING)
    return Project(
        title=f"Disrupting Harm: {country.name}",
        slug=f"disrupting-harm-{country.iso_code.lower()}",
        programme=DISRUPTING_HARM,
        funding_round=DH_PHASE_1,
        lead=ECPAT,
        partners=(INTERPOL, UNICEF_INNOCENTI),
        countries=(country.iso_code,),
        start=PHASE_1_STARTED,
        end=None,
        date_precision=UNPUBLISHED,
        status=COMPLETED,  # its findings are published and governments have acted on them
        image=country.image,
        summary=f"First-phase Disrupting Harm research in {country.prose_name}: evidence on how "
        "children are exposed to online sexual exploitation and abuse, and on how the national "
        "system responds.",
        body=tuple(body),
        outputs=DH_PHASE_1_OUTPUTS,
        tags=(DATA_EVIDENCE, POLICY, HELP_SEEKING, *country.extra_tags),
        website=DISRUPTING_HARM_URL,
    )


def disrupting_harm_phase_2(country: DisruptingHarmCountry):
    body = (
        heading("The second phase"),
        paragraph(
            "In 2023, ECPAT International, INTERPOL, Safe Online and UNICEF Innocenti announced "
            "that Disrupting Harm would run in eleven more countries, reaching four new regions. "
            f"{country.prose_name[0].upper()}{country.prose_name[1:]} is one of them.",
            "The research runs from 2023 to 2025, with UNICEF country offices, civil society "
            "organisations, members of the ECPAT network, police and INTERPOL National Central "
            "Bureaus, independent experts and government institutions all taking part. By 2025 "
            "each country is to have an action plan, based on the evidence, for preventing and "
            "responding to online child sexual exploitation and abuse.",
        ),
        heading("How the research works"),
        DH_METHOD,
        DH_PHASE_2_FUNDING,
    )
    return Project(
        title=f"Disrupting Harm: {country.name}",
        slug=f"disrupting-harm-{country.iso_code.lower()}",
        programme=DISRUPTING_HARM,
        funding_round=DH_PHASE_2,
        lead=ECPAT,
        partners=(INTERPOL, UNICEF_INNOCENTI),
        countries=(country.iso_code,),
        start=PHASE_2_YEARS[0],
        end=PHASE_2_YEARS[1],
        date_precision=YEARS,
        image=country.image,
        summary=f"Second-phase Disrupting Harm research in {country.prose_name}, planned for "
        "2023 to 2025 and meant to end in a national action plan.",
        body=body,
        tags=(DATA_EVIDENCE, POLICY),
        website=DISRUPTING_HARM_URL,
    )


DISRUPTING_HARM_PROJECTS = [
    *(disrupting_harm_phase_1(country) for country in DH_PHASE_1_COUNTRIES),
    *(disrupting_harm_phase_2(country) for country in DH_PHASE_2_COUNTRIES),
]

# Country.findings for the countries the published material names, by ISO code.
DISRUPTING_HARM_COUNTRY_FINDINGS = {
    country.iso_code: [published.block() for published in country.findings]
    for country in (*DH_PHASE_1_COUNTRIES, *DH_PHASE_2_COUNTRIES)
    if country.findings
}
