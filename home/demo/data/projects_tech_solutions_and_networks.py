"""Tech Solutions grants (illustrative) and the Networks & Systems investment in Data for
Change."""

from datetime import date

from .project_types import (
    TECH_SOLUTIONS_2023,
    TECH_SOLUTIONS_2026,
    Contact,
    Output,
    Project,
    Update,
    team,
)
from .reference import (
    COPL,
    NETWORKS_AND_SYSTEMS,
    SAFE_ONLINE,
    SAFE_ONLINE_URL,
    TECH_SOLUTIONS,
    WEPROTECT,
)
from .streamfield import figures, heading, paragraph
from .vocabulary import (
    AGE_ASSURANCE,
    DATA_EVIDENCE,
    DETECTION,
    DISABILITY,
    HELP_SEEKING,
    LIVE_STREAMING,
    OFFENDER_BEHAVIOUR,
    POLICY,
    PREVENTION,
    TRAUMA_INFORMED,
    USER_REPORTING,
)

TECH_SOLUTIONS_PROJECTS = [
    Project(
        title="Privacy-preserving age assurance for smaller platforms",
        slug="privacy-preserving-age-assurance",
        programme=TECH_SOLUTIONS,
        funding_round=TECH_SOLUTIONS_2023,
        lead="Open Age Check Initiative",
        countries=("GB",),
        grant_usd=200_000,
        start=date(2024, 1, 15),
        end=date(2025, 6, 30),
        image="shelter",
        illustrative=True,
        summary="An open-source toolkit that lets smaller platforms check whether a user is "
        "likely to be a child without collecting identity documents.",
        body=(
            heading("Age assurance without an identity check"),
            paragraph(
                "Large platforms can build their own age assurance; smaller ones often cannot, "
                "and the cheapest options tend to collect more personal data than they need. The "
                "toolkit combines several light-touch signals and keeps the data on the user's "
                "device wherever possible.",
            ),
            paragraph(
                "The grant was part of the Tech Solutions investment in age assurance and "
                "live-streamed abuse, which directed US$2 million to ten projects.",
            ),
        ),
        outputs=(Output("Open-source age assurance toolkit", "tool", SAFE_ONLINE_URL, 2025),),
        contacts=(team("Open Age Check Initiative"),),
        tags=(AGE_ASSURANCE, PREVENTION, POLICY),
        updates=(
            Update(
                "Toolkit prototype tested with community platforms",
                date(2024, 7, 1),
                "The first version of the toolkit was tried out on community platforms.",
                "<p>Testing focused on how often the toolkit asked users for more information "
                "and how easy it was for the platform to set up.</p>",
                (AGE_ASSURANCE,),
            ),
            Update(
                "Toolkit released under an open licence",
                date(2025, 6, 16),
                "The age assurance toolkit is now available for any platform to use.",
                "<p>The release includes documentation for developers and a plain-language "
                "guide to what the toolkit does and does not do with users' data.</p>",
                (AGE_ASSURANCE, PREVENTION),
            ),
        ),
    ),
    Project(
        title="Detecting live-streamed abuse in real time",
        slug="live-stream-detection",
        programme=TECH_SOLUTIONS,
        funding_round=TECH_SOLUTIONS_2023,
        lead="StreamSafe Technologies",
        countries=("IN", "PH"),
        grant_usd=200_000,
        start=date(2024, 2, 1),
        end=date(2026, 12, 31),
        image="network",
        illustrative=True,
        summary="Tools that help video platforms spot signs of live-streamed child sexual abuse "
        "while a stream is running, so that it can be interrupted rather than reported later.",
        body=(
            heading("Acting while it matters"),
            paragraph(
                "Live-streamed abuse leaves little behind once a stream ends. The project "
                "develops signals that can be checked during a broadcast, combining account "
                "behaviour and stream metadata so that a human reviewer is alerted in time.",
            ),
        ),
        contacts=(team("StreamSafe Technologies"),),
        tags=(LIVE_STREAMING, DETECTION, OFFENDER_BEHAVIOUR),
    ),
    Project(
        title="Open-source case management for child helplines",
        slug="helpline-case-management",
        programme=TECH_SOLUTIONS,
        funding_round=TECH_SOLUTIONS_2023,
        lead="Linha Segura Helpline Collective",
        countries=("BR",),
        grant_usd=200_000,
        start=date(2024, 3, 1),
        end=date(2027, 2, 28),
        image="dawn",
        illustrative=True,
        summary="A shared case management system that lets child helplines take contacts by "
        "chat and messaging apps as well as by phone, and refer online abuse cases safely.",
        body=(
            heading("Meeting children where they are"),
            paragraph(
                "Few children pick up the phone to report online abuse. Helplines that can "
                "respond by chat and messaging apps are easier to reach, but the software is "
                "expensive. This project builds an open-source alternative with the counsellors "
                "who will use it.",
            ),
        ),
        contacts=(team("Linha Segura Helpline Collective"),),
        tags=(HELP_SEEKING, USER_REPORTING, TRAUMA_INFORMED),
    ),
    Project(
        title="Accessible reporting designed with children with intellectual disabilities",
        slug="accessible-reporting-disabilities",
        programme=TECH_SOLUTIONS,
        funding_round=TECH_SOLUTIONS_2026,
        lead="Inclusive Safety Design Studio",
        countries=("KE",),
        grant_usd=180_000,
        start=date(2027, 2, 1),
        end=date(2028, 7, 31),
        image="ripples",
        illustrative=True,
        summary="A planned project to co-design reporting tools and safety prompts that work for "
        "children with intellectual disabilities, and to publish them for any platform to adopt.",
        body=(
            heading("Reporting that works for every child"),
            paragraph(
                "Reporting flows usually assume a child can read a long menu of categories and "
                "explain what happened in writing. The project will work with children with "
                "intellectual disabilities, their families and teachers to design simpler, "
                "picture-led alternatives.",
            ),
        ),
        contacts=(team("Inclusive Safety Design Studio"),),
        tags=(DISABILITY, USER_REPORTING, PREVENTION),
    ),
]

NETWORKS_AND_SYSTEMS_PROJECTS = [
    Project(
        title="Safe Digital Futures for Children: Data for Change",
        slug="data-for-change",
        programme=NETWORKS_AND_SYSTEMS,
        funding_round="Data and evidence investment (2023)",
        lead=SAFE_ONLINE,
        partners=(COPL, WEPROTECT),
        countries=("FR", "GB"),
        grant_usd=None,
        start=date(2023, 1, 9),
        end=None,
        image="evidence",
        summary="A community of data specialists from government, industry, civil society and "
        "research, working to make data on online child sexual exploitation and abuse easier to "
        "trust, compare and combine.",
        body=(
            heading("Why data needs a community"),
            paragraph(
                "Police, researchers, companies and service providers each collect information "
                "about online abuse, but for different purposes and in different forms. Without "
                "shared definitions and ways of working, the numbers cannot be put side by side "
                "and much of the problem stays out of sight.",
                "Data for Change brings these groups together to agree common ground: "
                "definitions, ethical principles, governance and the infrastructure needed to "
                "share safely.",
            ),
            figures(
                ("50+", "experts at the Paris workshop in November 2023"),
                ("40+", "experts at the two-day London workshop in October 2024"),
                source="Safe Online",
            ),
            paragraph(
                "In 2023 Safe Online committed a further US$5.5 million to data and evidence, "
                "building on what earlier funding rounds had learned.",
            ),
        ),
        contacts=(Contact("Data for Change team", "Convenors", SAFE_ONLINE),),
        tags=(DATA_EVIDENCE, POLICY, PREVENTION),
        updates=(
            Update(
                "Paris workshop brings together more than 50 experts",
                date(2023, 11, 20),
                "The second Data for Change workshop met in Paris with the Children Online "
                "Protection Lab and WeProtect Global Alliance.",
                "<p>Participants looked at how much data on online abuse exists, how good it "
                "is, and what a more joined-up data ecosystem would need. Inclusion of groups "
                "that are rarely represented in these discussions was named as an immediate "
                "priority.</p>",
                (DATA_EVIDENCE,),
            ),
            Update(
                "London technical workshop focuses on data governance",
                date(2024, 10, 14),
                "Over two days in London, more than 40 experts worked on shared approaches to "
                "data.",
                "<p>Government, technology companies, civil society and academia were all "
                "represented. Much of the discussion concerned governance: who can hold which "
                "data, under what agreements, and how to make it useful to others.</p>",
                (DATA_EVIDENCE, POLICY),
            ),
        ),
    ),
]
