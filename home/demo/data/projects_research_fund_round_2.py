"""Tech Coalition Safe Online Research Fund projects from the second round (2022)."""

from datetime import date

from .project_types import ROUND_2, Output, Project, Update, team
from .reference import RESEARCH_FUND, SAFE_ONLINE_URL
from .streamfield import bullets, heading, paragraph
from .vocabulary import (
    DETECTION,
    GROOMING,
    HELP_SEEKING,
    OFFENDER_BEHAVIOUR,
    PREVENTION,
    USER_REPORTING,
)

ROUND_2_PROJECTS = [
    Project(
        title="Enhancing parental roles in protecting children from online sexual exploitation "
        "and abuse",
        slug="enhancing-parental-roles-nepal",
        programme=RESEARCH_FUND,
        funding_round=ROUND_2,
        lead="ChildSafeNet",
        countries=("NP",),
        grant_usd=110_000,
        start=date(2023, 3, 1),
        end=date(2024, 8, 31),
        image="shelter",
        summary="Research in Nepal on what parents and caregivers know about online abuse, what "
        "stops them acting on it, and how platforms and schools can support them.",
        body=(
            heading("Parents as protectors"),
            paragraph(
                "Children in Nepal are going online earlier, often on a shared family phone, "
                "while many parents have had little chance to learn about the risks. ChildSafeNet "
                "studied how much parents understand about grooming and exploitation, and what "
                "they need to talk about it with their children.",
            ),
            paragraph(
                "The project combined surveys and group discussions with parents in urban and "
                "rural areas, and tested guidance in Nepali with them before it was finalised.",
            ),
        ),
        outputs=(
            Output(
                "Parents and online child protection in Nepal: research report",
                "report",
                SAFE_ONLINE_URL,
                2024,
            ),
            Output("Guidance for parents in Nepali", "tool", SAFE_ONLINE_URL, 2024),
        ),
        contacts=(team("ChildSafeNet"),),
        tags=(PREVENTION, HELP_SEEKING, GROOMING),
        updates=(
            Update(
                "Community sessions with parents begin",
                date(2023, 7, 10),
                "Group discussions with parents started in several districts.",
                "<p>The team began its group discussions with parents and caregivers, meeting in "
                "schools and community centres. Sessions are run in Nepali and adapted for "
                "parents with limited experience of the internet.</p>",
                (PREVENTION,),
            ),
            Update(
                "Parent guidance tested and revised",
                date(2024, 5, 20),
                "Draft guidance was revised after parents said it needed to be shorter and more "
                "practical.",
                "<p>Parents who reviewed the draft asked for fewer warnings and more examples of "
                "what to say. The revised guidance opens with conversation starters and a short "
                "list of where to turn for help.</p>",
                (PREVENTION, HELP_SEEKING),
            ),
        ),
    ),
    Project(
        title="DRAGON: Developing Resistance Against Grooming Online",
        slug="dragon",
        programme=RESEARCH_FUND,
        funding_round=ROUND_2,
        lead="Swansea University",
        countries=("GB", "ES"),
        grant_usd=135_000,
        start=date(2023, 3, 1),
        end=date(2024, 12, 31),
        image="conversation",
        summary="DRAGON studies the language of online grooming in the UK and Spain to build "
        "tools that help children, parents and platforms recognise manipulation early.",
        body=(
            heading("Language as an early warning"),
            paragraph(
                "The Swansea team brings expertise in the language groomers use to manipulate "
                "children. DRAGON extends that work across English and Spanish and turns it into "
                "resources that strengthen children's resistance, rather than relying on "
                "detection alone.",
            ),
            heading("Two strands"),
            bullets(
                "The project works on two fronts:",
                [
                    "analysis that can inform how platforms detect grooming conversations;",
                    "education materials that help young people notice when a conversation is "
                    "being steered.",
                ],
            ),
        ),
        outputs=(Output("DRAGON project summary", "publication", SAFE_ONLINE_URL, 2025),),
        contacts=(team("Swansea University"),),
        tags=(GROOMING, PREVENTION, DETECTION),
        updates=(
            Update(
                "Spanish-language analysis under way",
                date(2023, 9, 18),
                "The team has begun extending its grooming language analysis to Spanish.",
                "<p>Working with colleagues in Spain, the team has started annotating "
                "Spanish-language material using the same framework as the English work, so that "
                "results can be compared across the two languages.</p>",
                (GROOMING,),
            ),
            Update(
                "Findings presented to industry in London",
                date(2024, 10, 1),
                "DRAGON shared emerging findings at the 2024 Research Fund convening.",
                "<p>At the London convening the team walked trust and safety staff through the "
                "manipulation tactics that appear in both languages, and discussed how the "
                "findings could shape in-product safety prompts for younger users.</p>",
                (GROOMING, DETECTION),
            ),
        ),
    ),
    Project(
        title="Preventing the online grooming of children in Hong Kong",
        slug="grooming-prevention-hong-kong",
        programme=RESEARCH_FUND,
        funding_round=ROUND_2,
        lead="Save the Children Hong Kong",
        countries=("HK",),
        grant_usd=125_000,
        start=date(2023, 3, 1),
        end=date(2024, 9, 30),
        image="shelter",
        summary="A project on how children in Hong Kong encounter grooming online and which "
        "prevention messages and platform features help them stay safe.",
        body=(
            heading("Listening to children first"),
            paragraph(
                "Save the Children Hong Kong worked directly with children and young people to "
                "understand where grooming attempts happen and how they respond to them. The "
                "project ran from March 2023 to September 2024.",
            ),
            paragraph(
                "The findings were turned into recommendations for schools, parents and the "
                "platforms most popular with children in the city.",
            ),
        ),
        outputs=(Output("Grooming prevention research report", "report", SAFE_ONLINE_URL, 2024),),
        contacts=(team("Save the Children Hong Kong"),),
        tags=(GROOMING, PREVENTION, USER_REPORTING),
    ),
    Project(
        title="RAPPID: Risk Assessment for the Prevention & Promotion of Internet Deterrence",
        slug="rappid",
        programme=RESEARCH_FUND,
        funding_round=ROUND_2,
        lead="MSB Medical School Berlin",
        countries=("DE",),
        grant_usd=140_000,
        start=date(2023, 3, 1),
        end=date(2025, 3, 31),
        image="signal",
        summary="RAPPID develops ways to assess the risk that someone will go on to offend "
        "online, and tests deterrence messages that encourage people at risk to seek help.",
        body=(
            heading("Deterrence grounded in evidence"),
            paragraph(
                "Warning messages shown to people searching for abuse material are becoming "
                "common, but there is little evidence about which messages work and for whom. "
                "RAPPID brings clinical risk-assessment expertise to that question.",
            ),
            paragraph(
                "The project ran from March 2023 to March 2025, building a risk-assessment "
                "approach suited to online settings and testing how deterrence messages are "
                "received by people who might otherwise offend.",
            ),
        ),
        outputs=(Output("RAPPID findings for platforms", "publication", SAFE_ONLINE_URL, 2025),),
        contacts=(team("MSB Medical School Berlin"),),
        tags=(OFFENDER_BEHAVIOUR, PREVENTION, HELP_SEEKING),
        updates=(
            Update(
                "Risk-assessment framework drafted",
                date(2023, 11, 6),
                "The team has drafted a framework for assessing online offending risk.",
                "<p>The draft framework adapts established clinical tools to the signals that "
                "are available online. It is now being reviewed by clinicians and by specialists "
                "in platform safety.</p>",
                (OFFENDER_BEHAVIOUR,),
            ),
            Update(
                "Testing deterrence messages",
                date(2024, 6, 17),
                "RAPPID has started testing how different deterrence messages are received.",
                "<p>Several versions of a deterrence message, differing in tone and in the help "
                "they offer, are being compared. The aim is practical guidance for platforms on "
                "wording that moves people towards support rather than simply away from the "
                "search.</p>",
                (PREVENTION, HELP_SEEKING),
            ),
        ),
    ),
    Project(
        title="Help-seeking among people who use child sexual abuse material in Colombia",
        slug="help-seeking-colombia",
        programme=RESEARCH_FUND,
        funding_round=ROUND_2,
        lead="Protect Children (Suojellaan Lapsia)",
        partners=("Red PaPaz",),
        countries=("CO", "FI"),
        grant_usd=125_000,
        start=date(2023, 3, 1),
        end=date(2024, 9, 30),
        image="paths",
        summary="Protect Children and Red PaPaz study what would lead people who use abuse "
        "material in Colombia and other Spanish-speaking countries to seek help, and where "
        "support is missing.",
        body=(
            heading("Bringing prevention to Spanish speakers"),
            paragraph(
                "Building on Protect Children's dark-web surveys, this project adapts the "
                "approach for Spanish-speaking respondents with Red PaPaz, a Colombian network of "
                "parents and caregivers with long experience of child protection advocacy.",
            ),
            paragraph(
                "The research looks at the barriers to seeking help and at the services that "
                "exist in the region, so that platforms can point people to support that is "
                "actually available.",
            ),
        ),
        outputs=(
            Output(
                "Help-seeking research brief (Spanish and English)",
                "publication",
                SAFE_ONLINE_URL,
                2024,
            ),
        ),
        contacts=(team("Protect Children (Suojellaan Lapsia)"), team("Red PaPaz", "Partner")),
        tags=(HELP_SEEKING, PREVENTION, OFFENDER_BEHAVIOUR),
        updates=(
            Update(
                "Spanish-language survey launched",
                date(2023, 6, 12),
                "The anonymous survey is now live in Spanish.",
                "<p>Translated and culturally adapted with Red PaPaz, the survey asks "
                "respondents about their use of abuse material and what would help them stop.</p>",
                (HELP_SEEKING,),
            ),
            Update(
                "Mapping support services in the region",
                date(2024, 2, 26),
                "The team is mapping which services can take referrals in Spanish-speaking "
                "countries.",
                "<p>A message urging someone to seek help is only useful if help exists. The "
                "team is compiling the services that can respond, and noting the gaps where "
                "none do.</p>",
                (HELP_SEEKING, PREVENTION),
            ),
        ),
    ),
]
