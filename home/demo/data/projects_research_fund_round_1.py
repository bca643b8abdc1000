"""Tech Coalition Safe Online Research Fund projects from the first round (2021).

The published facts name five first-round grantees and what each studied, the round's total and
the range of its grants; only Invisible Risks has published dates. Nothing else is said here:
no grant amounts, no dates, no findings."""

from datetime import date

from .project_types import COMPLETED, MONTHS, ROUND_1, UNPUBLISHED, Project
from .reference import END_VIOLENCE_URL, RESEARCH_FUND
from .streamfield import heading, paragraph
from .vocabulary import (
    DATA_EVIDENCE,
    DETECTION,
    GROOMING,
    MODERATOR_WELLBEING,
    OFFENDER_BEHAVIOUR,
    PREVENTION,
)

ROUND_1_AWARDED = date(2021, 1, 1)  # for ordering only: the round is known by its year

ROUND_1_CONTEXT = paragraph(
    "The Research Fund's first round, in 2021, gave out US$800,000 in all, in grants of "
    "US$120,000 to US$200,000 per grantee (figures published on "
    f'<a href="{END_VIOLENCE_URL}">end-violence.org</a>). The amount of this particular grant '
    "has not been published, so none is shown.",
)
RESEARCH_FUND_AIM = paragraph(
    "The fund, run by Safe Online with the Tech Coalition since 2020, gives priority to "
    "research that can inform how the technology industry tackles online child sexual "
    "exploitation and abuse.",
)


def first_round(*, title, slug, lead, summary, about, tags, **details):
    """A first-round project; its dates are unpublished and, as a 2021 award whose cohort
    received boost awards in 2023, it is shown as completed, unless `details` say otherwise."""
    fields = {"start": ROUND_1_AWARDED, "end": None, "date_precision": UNPUBLISHED}
    fields["status"] = COMPLETED
    fields.update(details)
    return Project(
        title=title,
        slug=slug,
        programme=RESEARCH_FUND,
        funding_round=ROUND_1,
        lead=lead,
        summary=summary,
        body=(heading("About the project"), *about, ROUND_1_CONTEXT, RESEARCH_FUND_AIM),
        tags=tags,
        **fields,
    )


ROUND_1_PROJECTS = [
    first_round(
        title="Online sexual exploitation of children in the Philippines",
        slug="osec-philippines",
        lead="Justice and Care",
        countries=("PH",),
        image="constellation",
        summary="Justice and Care's first-round Research Fund project on the online sexual "
        "exploitation of children in the Philippines.",
        about=(
            paragraph(
                "Justice and Care was among the grantees of the Research Fund's first round. Its "
                "project studies the online sexual exploitation of children in the Philippines.",
            ),
        ),
        tags=(DATA_EVIDENCE,),
    ),
    first_round(
        title="Invisible Risks: how content moderators cope",
        slug="invisible-risks",
        lead="Middlesex University",
        partners=("INHOPE",),
        start=date(2021, 11, 1),
        end=date(2023, 6, 1),
        date_precision=MONTHS,
        status=None,
        image="glow",
        summary="Middlesex University and INHOPE studied the coping strategies of content "
        "moderators, from November 2021 to June 2023.",
        about=(
            paragraph(
                "Invisible Risks looked at the strategies content moderators use to cope with "
                "their work. Middlesex University carried it out with INHOPE between November "
                "2021 and June 2023, with a grant from the Research Fund's first round.",
            ),
        ),
        tags=(MODERATOR_WELLBEING,),
    ),
    first_round(
        title="N-Light: machine learning to find grooming patterns",
        slug="n-light",
        lead="Technological University Dublin",
        image="paths",
        summary="Technological University Dublin's N-Light project applies machine learning to "
        "finding the patterns of online grooming.",
        about=(
            paragraph(
                "N-Light, a first-round project at Technological University Dublin, uses machine "
                "learning to look for patterns of grooming. In 2023 it was one of the projects "
                "given a twelve-month boost award to take the work further.",
            ),
        ),
        tags=(GROOMING, DETECTION),
    ),
    first_round(
        title="AI analysis of interactions between offenders and victims",
        slug="ai-offender-victim-interactions",
        lead="Universidad de los Andes",
        image="conversation",
        summary="Universidad de los Andes used artificial intelligence to analyse how offenders "
        "and the children they target interact online.",
        about=(
            paragraph(
                "Universidad de los Andes received a first-round grant to analyse interactions "
                "between offenders and victims with artificial intelligence.",
            ),
        ),
        tags=(OFFENDER_BEHAVIOUR,),
    ),
    first_round(
        title="Offender-focused prevention from surveys of dark-web users",
        slug="offender-focused-prevention",
        lead="Protect Children (Suojellaan Lapsia)",
        countries=("FI",),
        image="signal",
        summary="Protect Children, in Finland, surveyed people who use child sexual abuse "
        "material on the dark web to build prevention aimed at offenders.",
        about=(
            paragraph(
                "Protect Children (Suojellaan Lapsia) took an offender-focused approach to "
                "prevention in its first-round project, drawing on surveys of people who use "
                "child sexual abuse material on the dark web.",
            ),
        ),
        tags=(PREVENTION, OFFENDER_BEHAVIOUR),
    ),
]
