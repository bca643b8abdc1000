"""Events: the fund's past convenings and workshops whose dates are published, and upcoming
example events, marked as examples, whose dates count from the day the demo is loaded.

Events known only by month (the Data for Change workshops, the 2025 Singapore convening, the
2023 advocacy moments) appear in stories and on project pages instead: an event page needs a
day, and inventing one would say more than the facts do. No start times are published for the
real events, so none are given."""

from dataclasses import dataclass
from datetime import date, time

from .load_dates import DaysFromLoad
from .streamfield import call_to_action, figures, paragraph
from .vocabulary import (
    DATA_EVIDENCE,
    DISABILITY,
    GROOMING,
    HELP_SEEKING,
    OFFENDER_BEHAVIOUR,
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
    start_date: date | DaysFromLoad
    end_date: date | DaysFromLoad | None = None
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
    example: bool = False


EVENTS = [
    Event(
        title="Tech Coalition Safe Online Research Fund convening 2023",
        slug="research-fund-convening-2023",
        summary="Research Fund grantees and technology industry staff met in San Francisco to "
        "talk through emerging findings and what companies can do with them.",
        image="network",
        start_date=date(2023, 9, 27),
        time_zone="America/Los_Angeles",
        city="San Francisco",
        country="US",
        description=(
            paragraph(
                "More than 45 people took part, among them 11 grantees and 25 people from the "
                "technology industry. The day was held next to the Stanford Trust & Safety "
                "Research Conference on 28 and 29 September.",
            ),
            call_to_action(
                "Read the recap",
                "How the day ran, and the four boost awards announced there.",
                page="stories/research-fund-convening-2023",
                button_label="Read the recap",
            ),
        ),
        related_projects=("detecting-csea-payments", "n-light-boost-award"),
        tags=(GROOMING, USER_REPORTING, PREVENTION, OFFENDER_BEHAVIOUR),
    ),
    Event(
        title="Research Fund session at the Stanford Trust & Safety Research Conference",
        slug="stanford-trust-safety-research-conference-2023",
        summary="Safe Online's session with Research Fund grantees on what the Fund has learned "
        "and what research and data show about online child sexual exploitation and abuse.",
        image="paths",
        start_date=date(2023, 9, 28),
        end_date=date(2023, 9, 29),
        time_zone="America/Los_Angeles",
        city="Stanford",
        country="US",
        description=(
            paragraph(
                "At the conference Safe Online organised a session with research grantees to "
                "share lessons from the Research Fund and insights from research and data on "
                "online child sexual exploitation and abuse.",
            ),
        ),
        tags=(DATA_EVIDENCE, GROOMING),
    ),
    Event(
        title="TrustCon 2024 workshop: research meets practice",
        slug="trustcon-2024-workshop",
        summary="A Safe Online workshop at TrustCon 2024 where trust and safety professionals "
        "questioned researchers about their findings.",
        image="conversation",
        start_date=date(2024, 7, 23),
        time_zone="America/Los_Angeles",
        city="San Francisco",
        country="US",
        description=(
            paragraph(
                "Around 50 people joined the workshop, out of more than 1,300 at TrustCon. It "
                "mixed a fireside chat, lightning talks, breakout question-and-answer sessions "
                "with researchers and a closing brainstorm.",
            ),
        ),
        tags=(GROOMING, USER_REPORTING, PREVENTION),
    ),
    Event(
        title="Tech Coalition Safe Online Research Fund convening 2024",
        slug="research-fund-convening-2024",
        summary="Every project the Research Fund supports met more than a dozen technology "
        "companies in London.",
        image="network",
        start_date=date(2024, 10, 1),
        time_zone="Europe/London",
        city="London",
        country="GB",
        description=(
            paragraph(
                "More than 50 people attended, representing all thirteen of the Fund's grant "
                "projects and more than a dozen technology companies.",
            ),
            figures(
                ("50+", "attendees"),
                ("13", "Research Fund projects represented"),
                source="Safe Online",
            ),
            call_to_action(
                "Read the recap",
                "The 2024 convening in brief.",
                page="stories/research-fund-convening-2024",
                button_label="Read the recap",
            ),
        ),
        tags=(GROOMING, PREVENTION, OFFENDER_BEHAVIOUR),
    ),
    # --- Examples: upcoming, counted from the day the demo is loaded -------------------------
    Event(
        title="Community call: chat services for children",
        slug="example-community-call-chat-services",
        summary="An online call where the team behind an example helpline chat project shares "
        "what it learned about answering children by chat.",
        image="dawn",
        start_date=DaysFromLoad(24),
        start_time=time(14, 0),
        end_time=time(15, 0),
        time_zone="Europe/London",
        format=ONLINE,
        example=True,
        description=(
            paragraph(
                "The team will walk through a year of evening chat and take questions from "
                "helplines and platforms thinking of offering the same.",
            ),
        ),
        related_projects=("example-helpline-chat",),
        tags=(HELP_SEEKING, USER_REPORTING),
    ),
    Event(
        title="Workshop: designing reporting tools with children",
        slug="example-workshop-accessible-reporting",
        summary="A two-day working session on reporting tools that work for children with "
        "intellectual disabilities, in person and online.",
        image="ripples",
        start_date=DaysFromLoad(66),
        end_date=DaysFromLoad(67),
        start_time=time(9, 30),
        end_time=time(16, 30),
        time_zone="Africa/Nairobi",
        format=HYBRID,
        city="Nairobi",
        country="KE",
        example=True,
        description=(
            paragraph(
                "Designers, teachers and platform staff will test early reporting sketches made "
                "with children, and agree what a first version should include.",
            ),
        ),
        related_projects=("example-accessible-reporting",),
        tags=(DISABILITY, USER_REPORTING),
    ),
]
