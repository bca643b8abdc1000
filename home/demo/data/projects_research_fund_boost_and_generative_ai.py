"""Later Research Fund awards: the 2023 boost awards, which carried earlier work towards use,
and the 2024 generative AI round (illustrative)."""

from datetime import date

from .project_types import BOOST_2023, GENERATIVE_AI_ROUND, Output, Project, Update, team
from .reference import RESEARCH_FUND, SAFE_ONLINE_URL
from .streamfield import bullets, call_to_action, heading, paragraph
from .vocabulary import (
    DETECTION,
    FINANCIAL_SIGNALS,
    GENERATIVE_AI,
    GROOMING,
    MODERATOR_WELLBEING,
    PEER_ABUSE,
    PREVENTION,
    SEXUAL_EXTORTION,
    USER_REPORTING,
)

# --- Boost awards (2023) ----------------------------------------------------------------------

BOOST_2023_PROJECTS = [
    Project(
        title="Detecting payments for child sexual exploitation on financial platforms",
        slug="detecting-csea-payments",
        programme=RESEARCH_FUND,
        funding_round=BOOST_2023,
        lead="Dublin City University",
        countries=("IE",),
        grant_usd=125_000,
        start=date(2023, 10, 1),
        end=date(2024, 9, 30),
        image="network",
        summary="A twelve-month boost award to develop methods that help financial platforms "
        "recognise payments linked to the sexual exploitation of children.",
        body=(
            heading("Following the money"),
            paragraph(
                "Much commercial exploitation of children, from live-streamed abuse to sexual "
                "extortion, depends on money changing hands. Payment platforms see transactions "
                "that no content moderator ever will.",
            ),
            paragraph(
                "The Dublin City University team used its boost award to explore which patterns "
                "in payment data can point to exploitation, and how such signals could be shared "
                "responsibly with the companies and investigators who need them.",
            ),
        ),
        outputs=(
            Output(
                "Financial signals of exploitation: technical summary",
                "publication",
                SAFE_ONLINE_URL,
                2024,
            ),
        ),
        contacts=(team("Dublin City University"),),
        tags=(FINANCIAL_SIGNALS, DETECTION, SEXUAL_EXTORTION),
        updates=(
            Update(
                "Working group with payment providers formed",
                date(2024, 1, 22),
                "Payment industry specialists joined an advisory group for the project.",
                "<p>An advisory group of financial crime specialists will help the team "
                "understand what data payment providers hold and what they can lawfully "
                "share.</p>",
                (FINANCIAL_SIGNALS,),
            ),
            Update(
                "Boost award completed",
                date(2024, 9, 30),
                "The team has finished its boost year and published a technical summary.",
                "<p>The summary describes the payment patterns the team examined and the "
                "safeguards needed before such signals are used in practice. Next steps focus on "
                "piloting with a small number of providers.</p>",
                (FINANCIAL_SIGNALS, DETECTION),
            ),
        ),
    ),
    Project(
        title="N-Light: from research to deployment",
        slug="n-light-deployment",
        programme=RESEARCH_FUND,
        funding_round=BOOST_2023,
        lead="Technological University Dublin",
        countries=("IE",),
        grant_usd=125_000,
        start=date(2023, 10, 1),
        end=date(2024, 9, 30),
        image="paths",
        summary="A boost award that takes the N-Light grooming-detection research into piloting "
        "with technology partners over twelve months.",
        body=(
            heading("The next step"),
            paragraph(
                "The boost awards help first-round grantees move their research towards use. "
                "For N-Light, that meant hardening the models, improving how they explain their "
                "alerts and testing them with companies in realistic conditions.",
            ),
            call_to_action(
                "Read about the original research",
                "How N-Light learned to recognise the stages of grooming.",
                page="research/n-light",
                button_label="See the project",
            ),
        ),
        outputs=(Output("N-Light pilot report", "report", SAFE_ONLINE_URL, 2024),),
        contacts=(team("Technological University Dublin"),),
        tags=(GROOMING, DETECTION, USER_REPORTING),
        updates=(
            Update(
                "Pilot partners confirmed",
                date(2023, 12, 4),
                "Technology partners have agreed to pilot the N-Light models.",
                "<p>The pilots will run the models alongside existing moderation processes, so "
                "that alerts can be compared with what reviewers would have found anyway.</p>",
                (GROOMING, DETECTION),
            ),
            Update(
                "Explaining alerts to moderators",
                date(2024, 4, 15),
                "A new interface shows moderators which parts of a conversation triggered an "
                "alert.",
                "<p>Responding to feedback from the first phase, the team built an interface "
                "that highlights the messages behind each alert and the stage of grooming they "
                "suggest.</p>",
                (GROOMING,),
            ),
            Update(
                "Pilot findings shared at the London convening",
                date(2024, 10, 1),
                "The team presented what the pilots showed about accuracy and reviewer workload.",
                "<p>The discussion centred on how explained alerts change the way reviewers work "
                "through a queue. The team is now documenting what a company would need in place "
                "to run the models itself.</p>",
                (GROOMING, DETECTION),
            ),
        ),
    ),
]


# --- Generative AI round (2024) ---------------------------------------------------------------

GENERATIVE_AI_PROJECTS = [
    Project(
        title="What generative AI means for the review of abuse material",
        slug="generative-ai-content-review",
        programme=RESEARCH_FUND,
        funding_round=GENERATIVE_AI_ROUND,
        lead="Lumen Trust & Safety Lab",
        countries=("US",),
        grant_usd=160_000,
        start=date(2025, 1, 15),
        end=date(2026, 6, 30),
        image="glow",
        illustrative=True,
        summary="A study of how synthetic imagery is changing the work of content review teams, "
        "from triage and prioritisation to the wellbeing of the people doing the reviewing.",
        body=(
            heading("A new volume problem"),
            paragraph(
                "Generative models make it possible to produce abuse imagery without a camera, "
                "and to produce a great deal of it. Review teams have to decide quickly whether "
                "an image shows a real child who may need safeguarding, and existing hash-based "
                "tools only recognise material that has been seen before.",
            ),
            heading("What the project examined"),
            bullets(
                "Working with trust and safety teams, the researchers looked at:",
                [
                    "how synthetic material is reaching review queues and how it is labelled;",
                    "which triage rules help teams put real children first;",
                    "how the work affects reviewers, and what support they need.",
                ],
            ),
        ),
        outputs=(
            Output("Guidance for review teams on synthetic imagery", "tool", SAFE_ONLINE_URL, 2026),
        ),
        contacts=(team("Lumen Trust & Safety Lab"),),
        tags=(GENERATIVE_AI, DETECTION, MODERATOR_WELLBEING),
        updates=(
            Update(
                "Interviews with review teams begin",
                date(2025, 4, 7),
                "Researchers have started interviewing trust and safety teams about synthetic "
                "imagery.",
                "<p>The interviews cover how teams currently identify synthetic material, how "
                "they decide what to escalate and what has changed in their workload.</p>",
                (GENERATIVE_AI, DETECTION),
            ),
            Update(
                "Triage guidance published",
                date(2026, 6, 22),
                "The project has published practical guidance on triaging synthetic imagery.",
                "<p>The guidance focuses on decisions teams can make today, with existing "
                "tools, to make sure material that may show a real child is seen first.</p>",
                (GENERATIVE_AI, MODERATOR_WELLBEING),
            ),
        ),
    ),
    Project(
        title="Nudification apps and peer-to-peer abuse among adolescents",
        slug="nudification-peer-abuse",
        programme=RESEARCH_FUND,
        funding_round=GENERATIVE_AI_ROUND,
        lead="Northgate Centre for Digital Childhood",
        partners=("Kilima Youth Online Safety Network",),
        countries=("GB", "KE"),
        grant_usd=150_000,
        start=date(2025, 2, 1),
        end=date(2027, 1, 31),
        image="ripples",
        illustrative=True,
        summary="Research with teenagers in two countries on how AI tools that fabricate nude "
        "images are used against peers, and what schools and platforms can do about it.",
        body=(
            heading("When the harm comes from classmates"),
            paragraph(
                "Apps that turn an ordinary photo into a fake nude image are easy to find. When "
                "young people use them against each other, the harm is real even though the "
                "image is not, and the usual responses designed for adult offenders fit poorly.",
            ),
            paragraph(
                "The project works with young people, teachers and platform staff to understand "
                "how these images spread, how the young people targeted want to be supported, and "
                "which reporting and removal routes they trust.",
            ),
        ),
        contacts=(team("Northgate Centre for Digital Childhood"),),
        tags=(GENERATIVE_AI, PEER_ABUSE, PREVENTION, USER_REPORTING),
    ),
    Project(
        title="Young people's views on safety features in generative AI tools",
        slug="youth-views-generative-ai",
        programme=RESEARCH_FUND,
        funding_round=GENERATIVE_AI_ROUND,
        lead="Kilima Youth Online Safety Network",
        countries=("KE",),
        grant_usd=140_000,
        start=date(2025, 3, 1),
        end=date(2026, 12, 31),
        image="conversation",
        illustrative=True,
        summary="A youth-led project asking young people in Kenya how they use chatbots and image "
        "generators, where they have felt unsafe, and which safety features they would design.",
        body=(
            heading("Designing with young people, not for them"),
            paragraph(
                "Young researchers lead workshops with their peers, exploring everyday uses of "
                "generative AI and the moments when a conversation with a chatbot, or a request "
                "from a stranger, started to feel wrong.",
                "The project will finish with design principles for companies building these "
                "tools, written with the young people who took part.",
            ),
        ),
        contacts=(team("Kilima Youth Online Safety Network"),),
        tags=(GENERATIVE_AI, GROOMING, PREVENTION),
    ),
]
