"""Tech Coalition Safe Online Research Fund projects from the second round (announced in
December 2022).

The round funded eight projects in thirteen countries; the published facts name five of them,
and dates for two. The other three, whose countries include Albania, Cambodia, Kenya and
Turkey, are not named anywhere the facts reach, so they appear only in the round's description
below and on the Research Fund page, never as invented projects."""

from datetime import date

from .project_types import COMPLETED, MONTHS, ROUND_2, UNPUBLISHED, Project
from .reference import RESEARCH_FUND, TECH_COALITION_URL
from .streamfield import heading, paragraph
from .vocabulary import GROOMING, HELP_SEEKING, OFFENDER_BEHAVIOUR, PREVENTION

ROUND_2_ANNOUNCED = date(2022, 12, 1)  # for ordering where the project's dates are unpublished

ROUND_2_CONTEXT = paragraph(
    "The Research Fund's second round, announced in December 2022, shared US$1 million between "
    "eight projects working in thirteen countries, among them Albania, Cambodia, Colombia, "
    "Kenya, Nepal and Turkey. Its themes were prevention and deterrence, detection and "
    "reporting, and response and support (as announced by the "
    f'<a href="{TECH_COALITION_URL}">Tech Coalition</a>). No amount has been published for '
    "each project, so none is shown.",
)


def second_round(*, title, slug, lead, summary, about, tags, **details):
    """A second-round project. Where its dates are unpublished it is shown as completed: the
    round's projects with published dates ended in 2024 and 2025."""
    fields = {"start": ROUND_2_ANNOUNCED, "end": None, "date_precision": UNPUBLISHED}
    fields["status"] = COMPLETED
    fields.update(details)
    return Project(
        title=title,
        slug=slug,
        programme=RESEARCH_FUND,
        funding_round=ROUND_2,
        lead=lead,
        summary=summary,
        body=(heading("About the project"), *about, ROUND_2_CONTEXT),
        tags=tags,
        **fields,
    )


def published_dates(start, end):
    return {"start": start, "end": end, "date_precision": MONTHS, "status": None}


ROUND_2_PROJECTS = [
    second_round(
        title="Enhancing Parental Roles in Protecting Children from OCSEA",
        slug="enhancing-parental-roles-nepal",
        lead="ChildSafeNet",
        countries=("NP",),
        image="shelter",
        summary="ChildSafeNet's second-round project in Nepal on how parents can better protect "
        "their children from online child sexual exploitation and abuse (OCSEA).",
        about=(
            paragraph(
                "ChildSafeNet, in Nepal, received a second-round grant for this project on the "
                "role parents play in protecting children from online child sexual exploitation "
                "and abuse.",
            ),
        ),
        tags=(PREVENTION,),
    ),
    second_round(
        title="DRAGON: Developing Resistance Against Grooming Online",
        slug="dragon",
        lead="Swansea University",
        countries=("GB", "ES"),
        image="conversation",
        summary="Swansea University's second-round project on developing resistance against "
        "online grooming, with work in the United Kingdom and Spain.",
        about=(
            paragraph(
                "DRAGON is Swansea University's second-round project. As its name says, it is "
                "about developing resistance to grooming online; it works across the United "
                "Kingdom and Spain.",
            ),
        ),
        tags=(GROOMING, PREVENTION),
    ),
    second_round(
        title="Grooming prevention in Hong Kong",
        slug="grooming-prevention-hong-kong",
        lead="Save the Children Hong Kong",
        countries=("HK",),
        image="shelter",
        summary="Save the Children Hong Kong's project on preventing the grooming of children "
        "online, from March 2023 to September 2024.",
        about=(
            paragraph(
                "Save the Children Hong Kong worked on preventing online grooming with a "
                "second-round grant. The project ran from March 2023 to September 2024.",
            ),
        ),
        tags=(GROOMING, PREVENTION),
        **published_dates(date(2023, 3, 1), date(2024, 9, 1)),
    ),
    second_round(
        title="RAPPID: Risk Assessment for the Prevention & Promotion of Internet Deterrence",
        slug="rappid",
        lead="MSB Medical School Berlin",
        image="signal",
        summary="MSB Medical School Berlin's project on risk assessment and deterrence, from "
        "March 2023 to March 2025.",
        about=(
            paragraph(
                "RAPPID brings risk assessment to prevention and deterrence online. MSB Medical "
                "School Berlin ran it from March 2023 to March 2025 with a second-round grant.",
            ),
        ),
        tags=(OFFENDER_BEHAVIOUR, PREVENTION),
        **published_dates(date(2023, 3, 1), date(2025, 3, 1)),
    ),
    second_round(
        title="Help-seeking among people who use child sexual abuse material in Colombia",
        slug="help-seeking-colombia",
        lead="Protect Children (Suojellaan Lapsia)",
        partners=("Red PaPaz",),
        countries=("CO",),
        image="paths",
        summary="Protect Children and Red PaPaz look at help-seeking among people in Colombia "
        "who use child sexual abuse material.",
        about=(
            paragraph(
                "In the second round, Protect Children teamed up with Red PaPaz in Colombia to "
                "study help-seeking among people who use child sexual abuse material.",
            ),
        ),
        tags=(HELP_SEEKING, OFFENDER_BEHAVIOUR),
    ),
]
