"""Insight briefs: what the published research found, and what each audience might do about it.

Findings state only what the sources published; the recommendations are the site's editorial
suggestions drawn from them. People's published views appear as reported speech, or as a
verbatim quotation where their words are on record. Two briefs are examples, marked as such,
built on the example projects."""

from dataclasses import dataclass
from datetime import date

from .load_dates import DaysFromLoad
from .projects_disrupting_harm import DH_PHASE_1_COUNTRIES
from .published_quotes import POLICY_DISCUSSION_GROUP, SERENA_TOMMASINO
from .reference import DISRUPTING_HARM_FINDINGS_URL, DISRUPTING_HARM_INSIGHTS_URL
from .streamfield import call_to_action, heading, paragraph, quote
from .vocabulary import (
    DATA_EVIDENCE,
    DISABILITY,
    GENERATIVE_AI,
    HELP_SEEKING,
    LIVE_STREAMING,
    PEER_ABUSE,
    POLICY,
    PREVENTION,
    SEXUAL_EXTORTION,
    TRAUMA_INFORMED,
    USER_REPORTING,
)

TECH_INDUSTRY = "tech-industry"
RESEARCHERS = "researchers"
POLICY_MAKERS = "policy-makers"
PRACTITIONERS = "practitioners"


@dataclass(frozen=True)
class Finding:
    headline: str
    detail: str = ""
    figure: str = ""


@dataclass(frozen=True)
class Insight:
    title: str
    slug: str
    date: date | DaysFromLoad
    summary: str
    image: str
    findings: tuple[Finding, ...]
    recommendations: tuple[tuple[str, str], ...]  # (audience, rich text HTML)
    body: tuple[dict, ...] = ()
    projects: tuple[str, ...] = ()  # project slugs
    tags: tuple[str, ...] = ()
    example: bool = False


def dh_slugs(countries):
    return tuple(f"disrupting-harm-{country.iso_code.lower()}" for country in countries)


EXPLORE_THE_DATA = call_to_action(
    "Explore the data",
    "Disrupting Harm's own presentation of its first-phase findings.",
    url=DISRUPTING_HARM_INSIGHTS_URL,
    button_label="Disrupting Harm data insights",
)

INSIGHTS = [
    Insight(
        title="What thirteen national surveys tell us about online abuse of children",
        slug="what-thirteen-national-surveys-show",
        date=date(2023, 2, 14),
        image="evidence",
        summary="The first phase of Disrupting Harm surveyed internet-using children and their "
        "caregivers in thirteen countries. How many children had been abused varied widely from "
        "country to country; across all thirteen, most offenders were people the child knew.",
        findings=(
            Finding(
                "Between 1% and 20% of internet-using children surveyed had been subjected to "
                "online sexual exploitation and abuse in the past year",
                "The lowest rate was in Viet Nam and the highest in the Philippines.",
                "1% to 20%",
            ),
            Finding(
                "About 60% of offenders were known to the child",
                "Most of the harm came from people the child already knew, not from strangers.",
                "about 60%",
            ),
        ),
        recommendations=(
            (
                TECH_INDUSTRY,
                "<p>Do not assume that risk comes only from strangers: check which protections "
                "stop applying once two accounts are connected.</p>",
            ),
            (
                POLICY_MAKERS,
                "<p>Use each country's Disrupting Harm evidence as the baseline for national "
                "plans, and track progress against its recommendations.</p>",
            ),
            (
                PRACTITIONERS,
                "<p>Make sure safeguarding training covers abuse by people the child knows, "
                "online as well as offline.</p>",
            ),
        ),
        body=(
            heading("Where the figures come from"),
            paragraph(
                "Safe Online funded the first phase of Disrupting Harm in 2019. It covered "
                "Cambodia, Indonesia, Malaysia, the Philippines, Thailand and Viet Nam, and "
                "Ethiopia, Kenya, Mozambique, Namibia, South Africa, Tanzania and Uganda. In each "
                "country a household survey of children and caregivers sat beside work with "
                "police, with young survivors and with the professionals who support them.",
            ),
            EXPLORE_THE_DATA,
        ),
        projects=dh_slugs(DH_PHASE_1_COUNTRIES),
        tags=(DATA_EVIDENCE, POLICY, PREVENTION),
    ),
    Insight(
        title="Why children stay silent, and how to make help easier to reach",
        slug="why-children-stay-silent",
        date=date(2023, 5, 9),
        image="conversation",
        summary="In the thirteen first-phase Disrupting Harm countries, many children who were "
        "abused online told no one, and hardly any used a helpline or went to the police. This "
        "brief asks what that means for reporting and support.",
        findings=(
            Finding(
                "Almost one in three children who were abused told no one",
                "For these children no service could respond, because nobody knew.",
                "almost 1 in 3",
            ),
            Finding(
                "3% called a helpline, and 3% went to the police",
                "Formal routes reached only a small minority of the children affected.",
                "3%",
            ),
        ),
        recommendations=(
            (
                TECH_INDUSTRY,
                "<ul><li>Keep in-app reporting short, written for children and reachable from "
                "the conversation itself.</li><li>Acknowledge every report and say what happens "
                "next.</li></ul>",
            ),
            (
                PRACTITIONERS,
                "<p>Offer ways to make contact that children already use, and respond to "
                "disclosures of online abuse without blame.</p>",
            ),
            (
                POLICY_MAKERS,
                "<p>Make police reporting child-friendly, so that the few children who do come "
                "forward are not put off.</p>",
            ),
            (
                RESEARCHERS,
                "<p>Study why children decide not to tell, with children taking part in the "
                "research.</p>",
            ),
        ),
        body=(
            heading("Silence is the common case"),
            paragraph(
                "These figures describe children who had already been abused. That so few used "
                "the services meant for them suggests those services were not yet ones they felt "
                "able to turn to.",
            ),
            EXPLORE_THE_DATA,
        ),
        projects=dh_slugs(DH_PHASE_1_COUNTRIES),
        tags=(HELP_SEEKING, USER_REPORTING, TRAUMA_INFORMED),
    ),
    Insight(
        title="From evidence to law: how Disrupting Harm changed policy",
        slug="from-evidence-to-law",
        date=date(2024, 4, 23),
        image="horizon",
        summary="Several first-phase countries have acted on Disrupting Harm's recommendations, "
        "from new criminal offences in Malaysia to training materials in Tanzania.",
        findings=(
            Finding(
                "Malaysia made sexual extortion and live-streamed child sexual abuse crimes",
                "The amendments followed Disrupting Harm's recommendations and make these crimes "
                "easier to prosecute.",
            ),
            Finding(
                "Indonesia built the recommendations into its national roadmap",
                "They helped shape the National Roadmap on Child Online Protection and the "
                "revised standards and training modules for integrated child protection services.",
            ),
            Finding(
                "Tanzania's Ministry of Health used the insights in its training",
                "Its education and training materials now include the research's insights and "
                "recommendations.",
            ),
            Finding(
                "Eleven more countries are following",
                "The second phase, backed by US$7.5 million and running from 2023 to 2025, is "
                "meant to give each of them an action plan based on its own evidence.",
                "11 countries",
            ),
        ),
        recommendations=(
            (
                POLICY_MAKERS,
                "<p>Name the ministry or agency that owns each recommendation in a national "
                "report, and review progress in public.</p>",
            ),
            (
                RESEARCHERS,
                "<p>Involve the institutions that will have to act on the findings from the "
                "start.</p>",
            ),
            (
                PRACTITIONERS,
                "<p>Use national findings when arguing for training and resources.</p>",
            ),
        ),
        body=(
            heading("Research meant for decision makers"),
            paragraph(
                "Disrupting Harm was designed to end in proposals that leaders and policy makers "
                "can act on. The changes in Malaysia, Indonesia and Tanzania are published "
                "examples of that happening.",
            ),
            call_to_action(
                "Read the findings",
                "Disrupting Harm's first-phase findings, country by country.",
                url=DISRUPTING_HARM_FINDINGS_URL,
                button_label="Disrupting Harm findings",
            ),
        ),
        projects=(
            "disrupting-harm-my",
            "disrupting-harm-id",
            "disrupting-harm-tz",
        ),
        tags=(POLICY, DATA_EVIDENCE, SEXUAL_EXTORTION, LIVE_STREAMING),
    ),
    Insight(
        title="Lessons from the 2023 convening: making research useful to industry",
        slug="making-research-useful-to-industry",
        date=date(2023, 11, 14),
        image="network",
        summary="When Research Fund grantees and technology company staff met in San Francisco "
        "in 2023, they agreed on what makes research usable and asked for more chances to meet.",
        findings=(
            Finding(
                "New connections excited participants most",
                "Researchers and industry staff alike pointed to the links they made, within "
                "their own communities and across the two.",
            ),
            Finding(
                "Research has to be practical, actionable and quick enough to matter",
                "There was broad agreement that work in this field must move fast enough to "
                "change what the technology industry does.",
            ),
            Finding(
                "People asked for more",
                "Participants wanted more events that bring researchers and technology staff "
                "together, and research insights tailored to them at regular intervals.",
            ),
        ),
        recommendations=(
            (
                RESEARCHERS,
                "<p>Plan from the start how findings will reach the teams who build and run "
                "products, and in what form.</p>",
            ),
            (
                TECH_INDUSTRY,
                "<p>Give researchers a named contact and a clear picture of how your platform "
                "works, so that findings can be turned into changes.</p>",
            ),
        ),
        body=(
            heading("In the words of one discussion group"),
            quote(POLICY_DISCUSSION_GROUP),
            paragraph(
                "The panel that opened the day asked for more collaboration across sectors and "
                "for more research from places and groups that are under-represented.",
            ),
        ),
        tags=(DATA_EVIDENCE, PREVENTION),
    ),
    Insight(
        title="Data for Change: what a data ecosystem for child safety needs",
        slug="data-ecosystem-for-child-safety",
        date=date(2024, 1, 16),
        image="evidence",
        summary="Two of the people behind Data for Change, Serena Tommasino and Natalie Shoup of "
        "Safe Online, have set out why data on online abuse is hard to bring together and what "
        "is missing.",
        findings=(
            Finding(
                "Data is more than datasets",
                "Natalie Shoup counts data resources, technical expertise, ethical principles, "
                "legal agreements, relationships and technology infrastructure as part of it.",
            ),
            Finding(
                "Each sector wants something different from data",
                "Serena Tommasino notes that police look to data to identify victims and bring "
                "offenders to justice, academics care about sampling, method and quality, and "
                "other professionals want data that is easy to use for programmes, policy and "
                "advocacy.",
            ),
            Finding(
                "The field has no data governance yet",
                "Mechanisms for governing data do not yet exist for the field as a whole, in "
                "Natalie Shoup's account, and creating them is a longer-term aim.",
            ),
            Finding(
                "Inclusion comes next",
                "She names the deliberate inclusion of people who are under-represented as an "
                "immediate next step.",
            ),
        ),
        recommendations=(
            (
                RESEARCHERS,
                "<p>Publish definitions and methods alongside figures, so that others can put "
                "them side by side.</p>",
            ),
            (
                POLICY_MAKERS,
                "<p>Support shared arrangements for governing data on online abuse, across "
                "ministries and borders.</p>",
            ),
            (
                TECH_INDUSTRY,
                "<p>Take part in shared definitions, so that what companies report can be "
                "compared with what services and police record.</p>",
            ),
        ),
        body=(quote(SERENA_TOMMASINO),),
        projects=("data-for-change",),
        tags=(DATA_EVIDENCE, POLICY),
    ),
    # --- Examples ---------------------------------------------------------------------------
    Insight(
        title="Designing reporting that children will use",
        slug="example-designing-reporting",
        date=DaysFromLoad(-45),
        image="dawn",
        example=True,
        summary="What two example projects, a helpline chat service and accessible reporting "
        "tools, suggest about making reporting easier for children.",
        findings=(
            Finding(
                "Chat opens a door that phones do not",
                "In the example helpline project, evening chat more than doubled contacts about "
                "online abuse within a month.",
            ),
            Finding(
                "Simple flows help every child",
                "Picture-led reporting designed with children with intellectual disabilities is "
                "also quicker for everyone else.",
            ),
        ),
        recommendations=(
            (
                TECH_INDUSTRY,
                "<p>Test reporting flows with children, including children with disabilities, "
                "before launch.</p>",
            ),
            (
                PRACTITIONERS,
                "<p>Offer chat alongside phone lines, and staff it at the hours children are "
                "online.</p>",
            ),
        ),
        projects=("example-helpline-chat", "example-accessible-reporting"),
        tags=(USER_REPORTING, HELP_SEEKING, DISABILITY),
    ),
    Insight(
        title="What young people want from generative AI safety features",
        slug="example-youth-generative-ai",
        date=DaysFromLoad(-10),
        image="glow",
        example=True,
        summary="Early themes from the example youth-led project on chatbots and image generators.",
        findings=(
            Finding(
                "Image generators worry young people more than chatbots",
                "Participants spent most of their time on image tools, which they use more.",
            ),
            Finding(
                "Young people want to be asked",
                "Participants had clear views on the safety features they would trust.",
            ),
        ),
        recommendations=(
            (
                TECH_INDUSTRY,
                "<p>Test safety features with young users, and block the creation of sexualised "
                "images of real people.</p>",
            ),
            (
                RESEARCHERS,
                "<p>Include young people as co-researchers when studying generative AI harms.</p>",
            ),
        ),
        projects=("example-youth-generative-ai",),
        tags=(GENERATIVE_AI, PEER_ABUSE, PREVENTION),
    ),
]
