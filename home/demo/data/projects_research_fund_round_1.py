"""Tech Coalition Safe Online Research Fund projects from the first round (2021)."""

from datetime import date

from .project_types import ROUND_1, Output, Project, Update, team
from .reference import RESEARCH_FUND, SAFE_ONLINE_URL
from .streamfield import heading, paragraph
from .vocabulary import (
    DETECTION,
    FINANCIAL_SIGNALS,
    GROOMING,
    HELP_SEEKING,
    LIVE_STREAMING,
    MODERATOR_WELLBEING,
    OFFENDER_BEHAVIOUR,
    PREVENTION,
    TRAUMA_INFORMED,
    USER_REPORTING,
)

ROUND_1_PROJECTS = [
    Project(
        title="Understanding the online sexual exploitation of children in the Philippines",
        slug="osec-philippines",
        programme=RESEARCH_FUND,
        funding_round=ROUND_1,
        lead="Justice and Care",
        countries=("PH",),
        grant_usd=150_000,
        start=date(2021, 7, 1),
        end=date(2022, 12, 31),
        image="constellation",
        summary="Research into how the online sexual exploitation of children is organised in "
        "the Philippines, who takes part and where platforms have the best chance of "
        "interrupting it.",
        body=(
            heading("Why this research"),
            paragraph(
                "Abuse that is directed remotely and streamed to paying offenders abroad leaves "
                "traces across several services at once: messaging, payments and video. Justice "
                "and Care set out to map those traces from the point of view of the people who "
                "investigate and prosecute the cases, so that companies could see which signals "
                "appear early enough to act on.",
            ),
            heading("What the team did"),
            paragraph(
                "The project drew on the experience of the professionals who handle these "
                "cases, paying particular attention to the role of facilitators close to the "
                "child and to the way offenders move between services when one becomes harder "
                "to use.",
                "Its recommendations were written for technology and payment companies as well "
                "as for the agencies that investigate and support survivors.",
            ),
        ),
        outputs=(Output("Final research report", "report", SAFE_ONLINE_URL, 2023),),
        contacts=(team("Justice and Care"),),
        tags=(LIVE_STREAMING, DETECTION, OFFENDER_BEHAVIOUR, FINANCIAL_SIGNALS),
    ),
    Project(
        title="Invisible Risks: how content moderators cope with exposure to abuse material",
        slug="invisible-risks",
        programme=RESEARCH_FUND,
        funding_round=ROUND_1,
        lead="Middlesex University",
        partners=("INHOPE",),
        countries=("GB", "NL"),
        grant_usd=175_000,
        start=date(2021, 11, 1),
        end=date(2023, 6, 30),
        image="glow",
        summary="A study of the strategies that content moderators and hotline analysts use to "
        "cope with repeated exposure to child sexual abuse material, and of what employers can "
        "do to protect them.",
        body=(
            heading("The people behind the reports"),
            paragraph(
                "Every report of child sexual abuse material is reviewed by a person at some "
                "point. Moderators at technology companies and analysts at hotlines carry that "
                "work, often for years, and the effect on their wellbeing has been little studied.",
            ),
            heading("Approach"),
            paragraph(
                "Working with INHOPE, the global network of hotlines, the Middlesex team surveyed "
                "and interviewed people in these roles about the pressures they face and the "
                "coping strategies they rely on, from peer support to the way their working day "
                "is structured.",
                "The project ran from November 2021 to June 2023 and produced practical guidance "
                "for employers alongside the academic findings.",
            ),
        ),
        outputs=(
            Output("Invisible Risks: final report", "report", SAFE_ONLINE_URL, 2023),
            Output(
                "Wellbeing guidance for employers of content moderators",
                "tool",
                SAFE_ONLINE_URL,
                2023,
            ),
        ),
        contacts=(team("Middlesex University"), team("INHOPE", "Partner")),
        tags=(MODERATOR_WELLBEING, TRAUMA_INFORMED, USER_REPORTING),
        updates=(
            Update(
                "Survey of hotline analysts opens",
                date(2022, 3, 14),
                "The team launched its survey of analysts across the INHOPE hotline network.",
                "<p>With INHOPE's help, the survey reached analysts in hotlines across many "
                "countries. Questions cover workload, support at work and the personal strategies "
                "people use to switch off after a shift.</p><p>Responses are anonymous and the "
                "survey was designed with analysts so that taking part would not itself cause "
                "distress.</p>",
                (MODERATOR_WELLBEING,),
            ),
            Update(
                "Interviews with moderators and analysts completed",
                date(2022, 10, 3),
                "The team has finished its interviews and begun analysing them alongside the "
                "survey.",
                "<p>Interviews with moderators and analysts are now complete. The analysis will "
                "look at:</p><ul><li>the pressures people describe in their working day;</li>"
                "<li>the coping strategies they rely on, formal and informal;</li><li>what they "
                "would change about how the work is organised.</li></ul>",
                (MODERATOR_WELLBEING, TRAUMA_INFORMED),
            ),
            Update(
                "Invisible Risks report published",
                date(2023, 6, 28),
                "The final report sets out what moderators told the team and what employers can "
                "change.",
                "<p>The final report brings together the survey and interview findings and "
                "translates them into recommendations for companies and hotlines, from rota "
                "design to access to specialist support.</p><p>An accompanying briefing for trust "
                "and safety leads summarises the points that can be acted on within a quarter.</p>",
                (MODERATOR_WELLBEING,),
            ),
        ),
    ),
    Project(
        title="N-Light: machine learning to detect grooming patterns",
        slug="n-light",
        programme=RESEARCH_FUND,
        funding_round=ROUND_1,
        lead="Technological University Dublin",
        countries=("IE",),
        grant_usd=140_000,
        start=date(2021, 9, 1),
        end=date(2023, 2, 28),
        image="paths",
        summary="N-Light applies machine learning to conversations to find the linguistic "
        "patterns that mark the stages of online grooming, giving moderators an earlier warning.",
        body=(
            heading("Reading the shape of a conversation"),
            paragraph(
                "Grooming rarely announces itself in a single message. It unfolds over time, "
                "moving from building trust to isolating the child and then to sexual content. "
                "N-Light models that progression, looking for patterns in language rather than "
                "individual keywords.",
            ),
            heading("From research to moderation tools"),
            paragraph(
                "The team worked with anonymised, ethically sourced conversation data and with "
                "trust and safety professionals, so that the outputs would slot into the review "
                "queues moderators already use. The work continued with a 2023 boost award to "
                "take the models towards deployment.",
            ),
        ),
        outputs=(Output("N-Light research summary", "publication", SAFE_ONLINE_URL, 2023),),
        contacts=(team("Technological University Dublin"),),
        tags=(GROOMING, DETECTION, USER_REPORTING),
        updates=(
            Update(
                "Annotation framework agreed",
                date(2022, 2, 7),
                "The team agreed how conversations will be labelled by stage of grooming.",
                "<p>Before any model can be trained, people have to agree what they are looking "
                "at. The team has settled an annotation framework, tested with child protection "
                "specialists, that labels each part of a conversation by the stage of grooming it "
                "belongs to.</p>",
                (GROOMING,),
            ),
            Update(
                "First models shared with industry reviewers",
                date(2022, 11, 21),
                "Prototype models were shown to trust and safety teams for feedback on usefulness.",
                "<p>Reviewers from technology companies tried the prototype and gave feedback on "
                "where an alert would help and where it would add noise, and on how an alert "
                "should explain why a conversation was flagged.</p>",
                (GROOMING, DETECTION),
            ),
        ),
    ),
    Project(
        title="AI analysis of offender–victim interactions",
        slug="ai-offender-victim-interactions",
        programme=RESEARCH_FUND,
        funding_round=ROUND_1,
        lead="Universidad de los Andes",
        countries=("CO",),
        grant_usd=135_000,
        start=date(2021, 8, 1),
        end=date(2022, 12, 31),
        image="conversation",
        summary="Researchers in Bogotá used artificial intelligence to analyse how offenders "
        "interact with children online, including in Spanish-language conversations that most "
        "detection tools were not built for.",
        body=(
            heading("Closing a language gap"),
            paragraph(
                "Much of the research on online grooming, and most of the tools built on it, has "
                "been developed for English. The Universidad de los Andes team focused on "
                "Spanish-language interactions, where patterns of speech and slang differ.",
            ),
            heading("What the analysis looked at"),
            paragraph(
                "The project studied the strategies offenders use to gain trust, test "
                "boundaries and move conversations to private channels, and explored how "
                "machine learning could recognise them while keeping false alarms low.",
            ),
        ),
        outputs=(Output("Research findings for industry", "publication", SAFE_ONLINE_URL, 2023),),
        contacts=(team("Universidad de los Andes"),),
        tags=(GROOMING, DETECTION, OFFENDER_BEHAVIOUR),
    ),
    Project(
        title="Offender-focused prevention from surveys of dark-web users",
        slug="offender-focused-prevention",
        programme=RESEARCH_FUND,
        funding_round=ROUND_1,
        lead="Protect Children (Suojellaan Lapsia)",
        countries=("FI",),
        grant_usd=200_000,
        start=date(2021, 6, 1),
        end=date(2022, 12, 31),
        image="signal",
        summary="Anonymous surveys of people who search for child sexual abuse material on the "
        "dark web, used to design prevention messages and support that reach them before they "
        "offend again.",
        body=(
            heading("Prevention that starts with the person at risk"),
            paragraph(
                "Most measures against abuse material focus on removing content and catching "
                "offenders. Protect Children asked a different question: what would make someone "
                "searching for this material stop, and where could that message reach them?",
            ),
            paragraph(
                "The team ran anonymous surveys on dark-web search engines, asking respondents "
                "about their behaviour, their contact with children and whether they had ever "
                "tried to seek help. The answers informed prevention messaging and self-help "
                "resources that platforms can display at the moment of a search.",
            ),
        ),
        outputs=(
            Output(
                "Survey findings and prevention recommendations", "report", SAFE_ONLINE_URL, 2022
            ),
        ),
        contacts=(team("Protect Children (Suojellaan Lapsia)"),),
        tags=(PREVENTION, OFFENDER_BEHAVIOUR, HELP_SEEKING),
    ),
]
