"""Networks & Systems work that Safe Online runs with partners rather than funds as a grant:
Data for Change, and the partnership with the Children Online Protection Lab."""

from datetime import date

from .project_types import ACTIVE, COPL_PARTNERSHIP, YEARS, Project
from .reference import COPL, NETWORKS_AND_SYSTEMS, SAFE_ONLINE, WEPROTECT
from .streamfield import figures, heading, paragraph
from .vocabulary import DATA_EVIDENCE, POLICY

NETWORKS_AND_PARTNERSHIP_PROJECTS = [
    Project(
        title="Safe Digital Futures for Children: Data for Change",
        slug="data-for-change",
        programme=NETWORKS_AND_SYSTEMS,
        funding_round="",
        lead=SAFE_ONLINE,
        partners=(COPL, WEPROTECT),
        countries=("FR", "GB"),
        start=date(2021, 1, 1),
        end=None,
        date_precision=YEARS,
        status=ACTIVE,
        image="evidence",
        summary="Safe Online's initiative to build a more reliable, comparable and complete "
        "body of data on online child sexual exploitation and abuse, with experts from "
        "government, technology companies, civil society and academia.",
        body=(
            heading("What it is for"),
            paragraph(
                "Data for Change began with a first data initiative in 2021. It brings together "
                "people who hold or use data on online child sexual exploitation and abuse, to "
                "work on how much of that data exists, how good it is, and how it can be made "
                "more reliable, more comparable and more complete.",
                "Natalie Shoup, of the Safe Online team, has described data as a whole ecosystem "
                "rather than datasets alone: data resources, technical expertise, ethical "
                "principles, legal agreements, relationships and technology infrastructure. She "
                "has also said that the field as a whole has no mechanisms for data governance "
                "yet, and that creating them is a focus for the longer term.",
            ),
            heading("Workshops so far"),
            paragraph(
                "The second Safe Digital Futures for Children: Data for Change event took place "
                "in Paris in November 2023, organised with the French Children Online "
                "Protection Lab and WeProtect Global Alliance; more than 50 technical experts "
                "took part. In October 2024 more than 40 experts from government, technology "
                "companies, civil society and academia met in London for a two-day technical "
                "workshop on strengthening the global data ecosystem and finding shared ways to "
                "use data to protect children online.",
            ),
            figures(
                ("50+", "experts in Paris, November 2023"),
                ("40+", "experts in London, October 2024"),
                source="Safe Online",
            ),
        ),
        tags=(DATA_EVIDENCE, POLICY),
    ),
    Project(
        title="Partnership with the Children Online Protection Lab",
        slug="children-online-protection-lab",
        programme=NETWORKS_AND_SYSTEMS,
        funding_round=COPL_PARTNERSHIP,
        lead=SAFE_ONLINE,
        partners=(COPL,),
        countries=("FR",),
        start=date(2023, 1, 1),
        end=None,
        date_precision=YEARS,
        status=ACTIVE,
        image="horizon",
        summary="Since 2023 Safe Online and the French Children Online Protection Lab have "
        "worked as partners, supporting the Lab's pilot projects with Safe Online's "
        "infrastructure.",
        body=(
            heading("The partnership"),
            paragraph(
                "Safe Online made its partnership with the French Children Online Protection Lab "
                "formal in 2023. The two organisations are aligning how they are governed, and "
                "Safe Online puts its existing infrastructure behind a series of pilot projects "
                "that support the Lab's experiments.",
                "The Lab was also one of the organisers, with Safe Online and WeProtect Global "
                "Alliance, of the Data for Change workshop in Paris in November 2023.",
            ),
            heading("Hearing from the Lab's community"),
            paragraph(
                "A request for expressions of interest asked the Lab's community for its "
                "priorities, its ideas and the resources it could offer, so that the next steps "
                "of the experiments could be shaped together.",
            ),
        ),
        tags=(POLICY,),
    ),
]
