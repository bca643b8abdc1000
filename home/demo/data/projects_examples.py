"""Example projects: illustrations of the kinds of grant the site is built to show, from
planned work to completed work with a full run of updates. Their organisations are invented and
called "Example …", they describe no real grant, and the site marks them as examples wherever
they appear. Their dates count from the day the demo is loaded, so that one is always about to
start, some are in progress, posting updates on their schedules (the referral network's is
overdue by about two weeks), and one has recently finished. Together their recent updates touch
most digest themes every month, so the demo's digest edition is a recent one."""

from .load_dates import DaysFromLoad as Day
from .project_types import EXAMPLE_ROUND, Project, Update
from .reference import (
    EXAMPLE_AGE_ASSURANCE,
    EXAMPLE_DESIGN,
    EXAMPLE_HELPLINE,
    EXAMPLE_NETWORK,
    EXAMPLE_STREAMING,
    EXAMPLE_YOUTH,
    NETWORKS_AND_SYSTEMS,
    TECH_SOLUTIONS,
)
from .streamfield import bullets, heading, paragraph
from .vocabulary import (
    AGE_ASSURANCE,
    DETECTION,
    DISABILITY,
    GENERATIVE_AI,
    HELP_SEEKING,
    LIVE_STREAMING,
    PEER_ABUSE,
    POLICY,
    PREVENTION,
    TRAUMA_INFORMED,
    USER_REPORTING,
)

MONTHLY = 1
QUARTERLY = 3
TWICE_A_YEAR = 6


def example(**fields):
    return Project(example=True, funding_round=EXAMPLE_ROUND, **fields)


EXAMPLE_PROJECTS = [
    example(
        title="Age checks that keep personal data on the device",
        slug="example-age-checks-on-device",
        programme=TECH_SOLUTIONS,
        lead=EXAMPLE_AGE_ASSURANCE,
        countries=("GB",),
        grant_usd=180_000,
        start=Day(-420),
        end=Day(130),
        reporting_interval_months=QUARTERLY,
        image="shelter",
        summary="An open-source toolkit with which small platforms can tell whether a user is "
        "probably a child without asking for identity documents.",
        body=(
            heading("The problem"),
            paragraph(
                "Large platforms can build their own age assurance. Small ones usually buy the "
                "cheapest option, which often collects more personal data than the check needs.",
            ),
            heading("The approach"),
            bullets(
                "The toolkit combines light-touch signals and keeps them on the user's device:",
                [
                    "an estimate made on the device, never uploaded;",
                    "a clear route to a second check when the estimate is uncertain;",
                    "documentation a small team can follow in a day.",
                ],
            ),
        ),
        tags=(AGE_ASSURANCE, PREVENTION, POLICY),
        updates=(
            Update(
                "Work plan agreed with three pilot platforms",
                Day(-400),
                "Three small platforms agreed to try the toolkit as it is built.",
                "<p>Each pilot platform named one person to give feedback every month, and the "
                "team agreed what data the pilots may and may not keep.</p>",
                (AGE_ASSURANCE, POLICY),
            ),
            Update(
                "First version tried on a community forum",
                Day(-230),
                "The first version ran for six weeks on a community forum.",
                "<p>Most users passed the check without noticing it. The team is now working on "
                "the second check, which too many users found confusing.</p>",
                (AGE_ASSURANCE, PREVENTION),
            ),
            Update(
                "What regulators asked about the toolkit",
                Day(-80),
                "The team walked two regulators through how the toolkit handles personal data.",
                "<p>Both asked how a platform can show that no image leaves the device. The "
                "documentation now includes a short test any platform can run to check.</p>",
                (AGE_ASSURANCE, POLICY),
            ),
            Update(
                "Second check redesigned",
                Day(-52),
                "The redesigned second check halved the number of people who gave up on it.",
                "<p>Testing with young people led to shorter wording and a progress bar.</p>",
                (AGE_ASSURANCE, PREVENTION),
            ),
            Update(
                "Open-source release planned",
                Day(-24),
                "The toolkit's code and documentation will be published before the project ends.",
                "<p>The release will come with a plain-language guide to what the toolkit does "
                "and does not do with users' data, written for the platforms' own users.</p>",
                (AGE_ASSURANCE, POLICY),
            ),
        ),
    ),
    example(
        title="Safety signals for live-streamed video",
        slug="example-live-stream-signals",
        programme=TECH_SOLUTIONS,
        lead=EXAMPLE_STREAMING,
        countries=("PH",),
        grant_usd=200_000,
        start=Day(-600),
        end=Day(200),
        reporting_interval_months=MONTHLY,
        image="network",
        summary="Signals that a video platform can check while a stream is running, so that a "
        "reviewer is alerted in time to interrupt abuse rather than report it afterwards.",
        body=(
            heading("Acting while it matters"),
            paragraph(
                "Little remains of a live stream once it ends. The project tests signals from "
                "account behaviour and stream metadata that can be checked during a broadcast, "
                "and measures how often they would put a reviewer in front of the right stream.",
            ),
        ),
        tags=(LIVE_STREAMING, DETECTION),
        updates=(
            Update(
                "Signals chosen for the first trial",
                Day(-560),
                "The team chose six signals to test, none of which needs the video itself.",
                "<p>Working from metadata alone keeps the trial light and avoids storing video "
                "that the platform would otherwise not keep.</p>",
                (LIVE_STREAMING, DETECTION),
            ),
            Update(
                "Trial results shared with reviewers",
                Day(-300),
                "Reviewers said two of the signals were worth an alert and four were noise.",
                "<p>The next phase drops the noisy signals and tests the two useful ones "
                "together.</p>",
                (DETECTION,),
            ),
            Update(
                "Combined signals in testing",
                Day(-87),
                "The two signals that reviewers valued are now being tested together.",
                "<p>The platform's review team sees each alert beside the reason it was raised, "
                "and marks whether it helped.</p>",
                (LIVE_STREAMING, DETECTION),
            ),
            Update(
                "First month of combined alerts",
                Day(-59),
                "Reviewers marked most combined alerts as worth their time.",
                "<p>The alerts that did not help mostly came from one kind of account; the team "
                "is adjusting the signal that caught them.</p>",
                (DETECTION,),
            ),
            Update(
                "Alerts reach reviewers faster",
                Day(-31),
                "Changes to the queue cut the time between an alert and a reviewer seeing it.",
                "<p>Alerts about streams that are still running now go to the top of the "
                "queue.</p>",
                (LIVE_STREAMING, DETECTION),
            ),
            Update(
                "Sharing the approach with other platforms",
                Day(-3),
                "The team has started writing up the signals so that other platforms can test "
                "them.",
                "<p>The write-up will describe each signal, what it needs from a platform and "
                "how often it raised a useful alert.</p>",
                (LIVE_STREAMING, DETECTION),
            ),
        ),
    ),
    example(
        title="Chat and messaging for a child helpline",
        slug="example-helpline-chat",
        programme=TECH_SOLUTIONS,
        lead=EXAMPLE_HELPLINE,
        countries=("CO",),
        grant_usd=150_000,
        start=Day(-900),
        end=Day(-150),
        reporting_interval_months=QUARTERLY,
        image="dawn",
        summary="Open-source case management that let a child helpline answer by chat and "
        "messaging apps as well as by phone, and refer cases of online abuse safely.",
        body=(
            heading("Meeting children where they are"),
            paragraph(
                "Few children phone a helpline about something that happened online. This "
                "project built chat and messaging into an open-source case management system, "
                "with the counsellors who use it.",
            ),
        ),
        tags=(HELP_SEEKING, USER_REPORTING, TRAUMA_INFORMED),
        updates=(
            Update(
                "Counsellors shape the first design",
                Day(-850),
                "Counsellors set out what they need to see during a chat.",
                "<p>Their first request: the case history beside the conversation, not in "
                "another window.</p>",
                (HELP_SEEKING,),
            ),
            Update(
                "Chat service opens in the evenings",
                Day(-500),
                "The helpline began answering chats on weekday evenings.",
                "<p>Evening chats more than doubled the contacts about online abuse in the "
                "first month.</p>",
                (HELP_SEEKING, USER_REPORTING),
            ),
            Update(
                "Project completed and code published",
                Day(-160),
                "The case management code is published for other helplines to use.",
                "<p>The final report sets out what it took to run chat safely, including "
                "staffing at night and how counsellors hand a case over.</p>",
                (HELP_SEEKING, TRAUMA_INFORMED),
            ),
        ),
    ),
    example(
        title="Reporting tools designed with children with intellectual disabilities",
        slug="example-accessible-reporting",
        programme=TECH_SOLUTIONS,
        lead=EXAMPLE_DESIGN,
        countries=("KE",),
        grant_usd=120_000,
        start=Day(60),
        end=Day(600),
        reporting_interval_months=QUARTERLY,
        image="ripples",
        summary="A planned project to design, with children with intellectual disabilities, "
        "reporting tools and safety prompts that any platform can adopt.",
        body=(
            heading("Reporting that works for every child"),
            paragraph(
                "Reporting flows usually assume that a child can read a long menu and explain "
                "in writing what happened. The project will design picture-led alternatives with "
                "children, their families and their teachers.",
            ),
        ),
        tags=(DISABILITY, USER_REPORTING),
    ),
    example(
        title="Young people's ideas for safer generative AI tools",
        slug="example-youth-generative-ai",
        programme=TECH_SOLUTIONS,
        lead=EXAMPLE_YOUTH,
        countries=("NP",),
        grant_usd=90_000,
        start=Day(-150),
        end=Day(400),
        reporting_interval_months=MONTHLY,
        image="conversation",
        summary="Young researchers ask their peers how they use chatbots and image generators, "
        "when they have felt unsafe, and which safety features they would design.",
        body=(
            heading("Designing with young people"),
            paragraph(
                "Young researchers run workshops with their peers about everyday uses of "
                "generative AI, including the moments when a conversation or an image request "
                "started to feel wrong. The results will be design principles for the companies "
                "that build these tools.",
            ),
        ),
        tags=(GENERATIVE_AI, PEER_ABUSE, PREVENTION),
        updates=(
            Update(
                "Young researchers trained",
                Day(-118),
                "Twelve young researchers finished their training in running safe workshops.",
                "<p>The training covered consent, what to do if someone discloses harm and how "
                "to record a workshop without naming anyone.</p>",
                (GENERATIVE_AI, PREVENTION),
            ),
            Update(
                "Workshop plan agreed with schools",
                Day(-90),
                "Four schools and two youth centres agreed to host workshops.",
                "<p>Each host named a member of staff who will be present and who knows where "
                "to refer a young person who needs support.</p>",
                (GENERATIVE_AI, PREVENTION),
            ),
            Update(
                "First workshops held",
                Day(-62),
                "The first four workshops took place in schools and youth centres.",
                "<p>Participants spent most of the time on image generators, which they use "
                "more than chatbots.</p>",
                (GENERATIVE_AI, PEER_ABUSE),
            ),
            Update(
                "Edited images of classmates come up again and again",
                Day(-34),
                "In every workshop so far, participants raised edited images of people they know.",
                "<p>Most said they would not know where to report such an image. The next "
                "workshops will test reporting designs the participants sketched.</p>",
                (GENERATIVE_AI, PEER_ABUSE, USER_REPORTING),
            ),
            Update(
                "Testing reporting sketches",
                Day(-6),
                "Participants tried three reporting designs they had sketched themselves.",
                "<p>The simplest, a single button with a choice of who to tell, was the "
                "favourite.</p>",
                (GENERATIVE_AI, USER_REPORTING),
            ),
        ),
    ),
    example(
        title="A referral network for cases of online abuse",
        slug="example-referral-network",
        programme=NETWORKS_AND_SYSTEMS,
        lead=EXAMPLE_NETWORK,
        countries=("KE",),
        grant_usd=250_000,
        start=Day(-400),
        end=Day(330),
        reporting_interval_months=TWICE_A_YEAR,
        image="constellation",
        summary="Agreed routes between police, health, social services and helplines, so that a "
        "child who reports online abuse is passed to the right service once.",
        body=(
            heading("One report, the right service"),
            paragraph(
                "When each service keeps its own records, a child can be asked to tell the same "
                "story many times. The network agrees who takes which case, what is shared, and "
                "how the child is kept informed.",
            ),
        ),
        tags=(POLICY, TRAUMA_INFORMED, HELP_SEEKING),
        updates=(
            Update(
                "Services agree to work on a shared referral route",
                Day(-380),
                "Police, health, social services and a helpline agreed to design one referral "
                "route together.",
                "<p>Each service named a lead, and the group agreed to meet monthly.</p>",
                (POLICY, HELP_SEEKING),
            ),
            Update(
                "Referral agreement signed by four services",
                Day(-200),
                "Police, health, social services and a helpline signed a shared referral "
                "agreement.",
                "<p>The agreement sets out which service leads on each kind of case and what "
                "information moves with the child.</p>",
                (POLICY, HELP_SEEKING, TRAUMA_INFORMED),
            ),
        ),
    ),
]
