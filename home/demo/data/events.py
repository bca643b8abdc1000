"""Events: past convenings and workshops, and upcoming ones open for registration."""

from dataclasses import dataclass
from datetime import date, time

from .reference import REGISTRATION_URL
from .streamfield import call_to_action, figures, paragraph
from .vocabulary import (
    DATA_EVIDENCE,
    DETECTION,
    GENERATIVE_AI,
    GROOMING,
    HELP_SEEKING,
    MODERATOR_WELLBEING,
    OFFENDER_BEHAVIOUR,
    PEER_ABUSE,
    POLICY,
    PREVENTION,
    USER_REPORTING,
)

IN_PERSON = "in-person"
ONLINE = "online"
HYBRID = "hybrid"


@dataclass(frozen=True)
class Event:
    title: str
    slug: str
    summary: str
    image: str
    start_date: date
    end_date: date | None = None
    start_time: time | None = None
    end_time: time | None = None
    time_zone: str = "UTC"
    format: str = IN_PERSON
    venue: str = ""
    city: str = ""
    country: str | None = None  # ISO code
    registration_url: str = ""
    description: tuple[dict, ...] = ()
    related_projects: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()


ROUND_1_SLUGS = (
    "osec-philippines",
    "invisible-risks",
    "n-light",
    "ai-offender-victim-interactions",
    "offender-focused-prevention",
)
ROUND_2_SLUGS = (
    "enhancing-parental-roles-nepal",
    "dragon",
    "grooming-prevention-hong-kong",
    "rappid",
    "help-seeking-colombia",
)

EVENTS = [
    Event(
        title="Tech Coalition Safe Online Research Fund convening 2023",
        slug="research-fund-convening-2023",
        summary="Research Fund grantees and technology company staff met in San Francisco to "
        "turn emerging findings into action on grooming, reporting, prevention and deterrence.",
        image="network",
        start_date=date(2023, 9, 27),
        time_zone="America/Los_Angeles",
        city="San Francisco",
        country="US",
        description=(
            paragraph(
                "More than 45 people took part: 11 grantees and 25 representatives of the "
                "technology industry. The day combined a public panel, lightning presentations, "
                "a research marketplace and small-group sessions on the Fund's main themes.",
                "It was timed to run alongside the Stanford Trust & Safety Research Conference on "
                "28 and 29 September.",
            ),
        ),
        related_projects=ROUND_1_SLUGS,
        tags=(GROOMING, USER_REPORTING, PREVENTION, OFFENDER_BEHAVIOUR),
    ),
    Event(
        title="Research Fund session at the Stanford Trust & Safety Research Conference",
        slug="stanford-trust-safety-research-conference-2023",
        summary="A conference session with Research Fund grantees on what the Fund has learned "
        "and what research and data reveal about online child sexual exploitation and abuse.",
        image="paths",
        start_date=date(2023, 9, 28),
        end_date=date(2023, 9, 29),
        time_zone="America/Los_Angeles",
        city="Stanford",
        country="US",
        description=(
            paragraph(
                "Safe Online organised a session at the conference with grantees from the "
                "Research Fund, sharing lessons from the Fund and insights from its research.",
            ),
        ),
        related_projects=ROUND_1_SLUGS,
        tags=(DATA_EVIDENCE, GROOMING),
    ),
    Event(
        title="Safe Digital Futures for Children: aligning global agendas at IGF 2023",
        slug="igf-2023-kyoto",
        summary="A session at the Internet Governance Forum in Kyoto on fragmentation in digital "
        "policy and the evidence needed to connect child online safety with related agendas.",
        image="constellation",
        start_date=date(2023, 10, 8),
        end_date=date(2023, 10, 12),
        time_zone="Asia/Tokyo",
        city="Kyoto",
        country="JP",
        description=(
            paragraph(
                "Government partners from Australia, France, Ghana and the United States joined "
                "international organisations and technical experts. The discussion asked how "
                "shared evidence could connect policy areas that are often handled separately, "
                "such as cybersecurity, children's safety online and technology-facilitated "
                "gender-based violence.",
            ),
        ),
        tags=(POLICY, DATA_EVIDENCE),
    ),
    Event(
        title="Safe Digital Futures for Children: Data for Change, Paris",
        slug="data-for-change-paris-2023",
        summary="A technical workshop with the French Children Online Protection Lab and "
        "WeProtect Global Alliance on how much data on online abuse exists and how far it can be "
        "trusted.",
        image="evidence",
        start_date=date(2023, 11, 8),
        time_zone="Europe/Paris",
        city="Paris",
        country="FR",
        description=(
            paragraph(
                "More than 50 technical experts looked at what it would take for data on online "
                "child sexual exploitation and abuse to be trusted, compared and combined across "
                "organisations and countries.",
            ),
        ),
        related_projects=("data-for-change",),
        tags=(DATA_EVIDENCE, POLICY),
    ),
    Event(
        title="Paris Peace Forum: child-centred prevention and response",
        slug="paris-peace-forum-2023",
        summary="Safe Online joined a Paris Peace Forum session on digital affairs to argue for "
        "stronger, child-centred prevention of and response to online abuse.",
        image="horizon",
        start_date=date(2023, 11, 10),
        end_date=date(2023, 11, 11),
        time_zone="Europe/Paris",
        city="Paris",
        country="FR",
        description=(
            paragraph(
                "The session was led by France's Ambassador for Digital Affairs. Safe Online's "
                "Executive Director spoke about prevention and response mechanisms that put "
                "children at the centre.",
            ),
        ),
        tags=(POLICY, PREVENTION),
    ),
    Event(
        title="G7 Interior and Security Ministers' Meeting, Mito",
        slug="g7-mito-2023",
        summary="At the G7 ministers' meeting in Japan, Safe Online called for more international "
        "funding, aligned laws and standards, and investment in safety technology.",
        image="constellation",
        start_date=date(2023, 12, 8),
        end_date=date(2023, 12, 10),
        time_zone="Asia/Tokyo",
        city="Mito",
        country="JP",
        description=(
            paragraph(
                "Safe Online asked G7 members to act together: to put more international money "
                "into the response, to bring their laws and standards into line with one "
                "another, and to invest in safety technology.",
            ),
        ),
        tags=(POLICY,),
    ),
    Event(
        title="TrustCon 2024 workshop: research meets practice",
        slug="trustcon-2024-workshop",
        summary="A workshop at TrustCon 2024 where Research Fund grantees and trust and safety "
        "professionals worked through findings together.",
        image="conversation",
        start_date=date(2024, 7, 23),
        time_zone="America/Los_Angeles",
        city="San Francisco",
        country="US",
        description=(
            paragraph(
                "Around 50 people joined the workshop, out of more than 1,300 at TrustCon. The "
                "format mixed a fireside chat, lightning talks, breakout question-and-answer "
                "sessions with researchers and a closing brainstorm.",
            ),
        ),
        related_projects=ROUND_2_SLUGS,
        tags=(GROOMING, USER_REPORTING, PREVENTION),
    ),
    Event(
        title="Tech Coalition Safe Online Research Fund convening 2024",
        slug="research-fund-convening-2024",
        summary="Researchers from every Research Fund project met staff from over a dozen "
        "technology companies in London to work out what the findings mean in practice.",
        image="network",
        start_date=date(2024, 10, 1),
        time_zone="Europe/London",
        city="London",
        country="GB",
        description=(
            paragraph(
                "More than 50 people attended, representing every project supported by the Fund "
                "and over a dozen technology companies.",
            ),
            figures(
                ("50+", "attendees"),
                ("13", "Research Fund projects represented"),
                source="Safe Online",
            ),
        ),
        related_projects=(*ROUND_1_SLUGS, *ROUND_2_SLUGS),
        tags=(GROOMING, PREVENTION, DETECTION, MODERATOR_WELLBEING),
    ),
    Event(
        title="Safe Digital Futures for Children: Data for Change, London",
        slug="data-for-change-london-2024",
        summary="Two days of technical work on how data about online child sexual exploitation "
        "and abuse is collected, shared and used.",
        image="evidence",
        start_date=date(2024, 10, 2),
        end_date=date(2024, 10, 3),
        time_zone="Europe/London",
        city="London",
        country="GB",
        description=(
            paragraph(
                "Over two days, more than 40 specialists from government, industry, civil "
                "society and universities looked for practical ways to put data to better use "
                "in protecting children.",
            ),
        ),
        related_projects=("data-for-change",),
        tags=(DATA_EVIDENCE, POLICY),
    ),
    Event(
        title="Tech Coalition Safe Online Research Fund convening 2025",
        slug="research-fund-convening-2025",
        summary="The Research Fund's first convening in Asia, held in Singapore alongside the "
        "Trust & Safety Professional Association's APAC gathering.",
        image="glow",
        start_date=date(2025, 10, 21),
        time_zone="Asia/Singapore",
        city="Singapore",
        country="SG",
        description=(
            paragraph(
                "Around 40 researchers and industry professionals met in Singapore, widening the "
                "Fund's community in the Asia-Pacific region.",
            ),
        ),
        related_projects=("generative-ai-content-review", "nudification-peer-abuse"),
        tags=(GENERATIVE_AI, GROOMING, DETECTION),
    ),
    # Upcoming
    Event(
        title="Webinar: why children stay silent about online abuse",
        slug="webinar-why-children-stay-silent",
        summary="An online discussion of our insight brief on children's help-seeking, with "
        "practical steps for platforms, helplines and policy makers.",
        image="conversation",
        start_date=date(2027, 2, 10),
        start_time=time(13, 0),
        end_time=time(14, 15),
        time_zone="Europe/London",
        format=ONLINE,
        registration_url=REGISTRATION_URL,
        description=(
            paragraph(
                "The webinar walks through the Disrupting Harm findings on disclosure and "
                "reporting, then asks a panel from industry, helplines and research what would "
                "make it easier for children to speak up.",
            ),
            call_to_action(
                "Read the brief before the session",
                "Why children stay silent, and how to make help easier to reach.",
                page="insights/why-children-stay-silent",
                button_label="Read the brief",
            ),
        ),
        related_projects=("disrupting-harm-ke", "disrupting-harm-ph", "helpline-case-management"),
        tags=(HELP_SEEKING, USER_REPORTING),
    ),
    Event(
        title="Data for Change 2027: shared definitions for online abuse data",
        slug="data-for-change-2027",
        summary="A hybrid working session on common definitions and data governance, open to "
        "data specialists from government, industry, civil society and research.",
        image="evidence",
        start_date=date(2027, 3, 16),
        end_date=date(2027, 3, 17),
        start_time=time(9, 30),
        end_time=time(17, 0),
        time_zone="Europe/Paris",
        format=HYBRID,
        city="Paris",
        country="FR",
        registration_url=REGISTRATION_URL,
        description=(
            paragraph(
                "Building on the Paris and London workshops, this session will focus on agreeing "
                "shared definitions and a first set of governance principles for data on online "
                "child sexual exploitation and abuse.",
            ),
        ),
        related_projects=("data-for-change",),
        tags=(DATA_EVIDENCE, POLICY),
    ),
    Event(
        title="Tech Coalition Safe Online Research Fund convening 2027",
        slug="research-fund-convening-2027",
        summary="Grantees and industry partners meet in Dublin to share results from the "
        "generative AI round and plan the Fund's next priorities.",
        image="network",
        start_date=date(2027, 6, 9),
        start_time=time(9, 0),
        end_time=time(17, 30),
        time_zone="Europe/Dublin",
        city="Dublin",
        country="IE",
        registration_url=REGISTRATION_URL,
        description=(
            paragraph(
                "The convening follows the format that grantees and companies have valued: "
                "short presentations, a research marketplace and working sessions that end in "
                "concrete next steps.",
            ),
        ),
        related_projects=(
            "generative-ai-content-review",
            "nudification-peer-abuse",
            "youth-views-generative-ai",
        ),
        tags=(GENERATIVE_AI, GROOMING, PEER_ABUSE),
    ),
]
