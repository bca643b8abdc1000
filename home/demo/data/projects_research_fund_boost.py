"""The Research Fund's 2023 boost awards: four twelve-month awards worth US$500,000 together,
announced at the 2023 convening to carry first-cohort research towards use. The published facts
name two of them."""

from datetime import date

from .project_types import BOOST_2023, COMPLETED, UNPUBLISHED, Project
from .reference import RESEARCH_FUND
from .streamfield import call_to_action, heading, paragraph
from .vocabulary import DETECTION, FINANCIAL_SIGNALS, GROOMING

BOOST_ANNOUNCED = date(2023, 9, 27)  # at the 2023 convening; used for ordering only

BOOST_CONTEXT = paragraph(
    "Safe Online's Executive Director, Marija Manojlovic, announced four boost awards at the "
    "Research Fund convening in September 2023. Each lasts twelve months, they share US$500,000 "
    "between them, and they are meant to take research from the first cohort of grantees "
    "further, into piloting, technical collaboration and innovation. No amount has been "
    "published for each award, so none is shown.",
)


def boost_award(*, title, slug, lead, summary, about, tags, image):
    return Project(
        title=title,
        slug=slug,
        programme=RESEARCH_FUND,
        funding_round=BOOST_2023,
        lead=lead,
        summary=summary,
        body=(heading("About the award"), *about, BOOST_CONTEXT),
        tags=tags,
        image=image,
        start=BOOST_ANNOUNCED,
        end=None,
        date_precision=UNPUBLISHED,
        status=COMPLETED,  # twelve-month awards made in 2023
    )


BOOST_2023_PROJECTS = [
    boost_award(
        title="Detecting child sexual exploitation payments on financial platforms",
        slug="detecting-csea-payments",
        lead="Dublin City University",
        image="network",
        summary="A 2023 boost award to Dublin City University for work on detecting payments "
        "for child sexual exploitation and abuse on financial platforms.",
        about=(
            paragraph(
                "Dublin City University's boost award concerns the detection of payments linked "
                "to child sexual exploitation and abuse on financial platforms.",
            ),
        ),
        tags=(FINANCIAL_SIGNALS, DETECTION),
    ),
    boost_award(
        title="N-Light: boost award",
        slug="n-light-boost-award",
        lead="Technological University Dublin",
        image="paths",
        summary="A 2023 boost award that takes Technological University Dublin's N-Light work "
        "on grooming patterns a further twelve months.",
        about=(
            paragraph(
                "N-Light began in the Research Fund's first round, using machine learning to "
                "find patterns of grooming. Its boost award gives the team twelve more months.",
            ),
            call_to_action(
                "Where N-Light began",
                "The first-round project.",
                page="research/n-light",
                button_label="See the project",
            ),
        ),
        tags=(GROOMING, DETECTION),
    ),
]
