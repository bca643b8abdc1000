"""Where the evidence is and where it is missing: how many published projects and insight briefs
touch each topic in each country and each programme.

A brief has no country or programme of its own; it counts where the projects it draws on work.
Only live, public pages are counted. Example pages are illustrations, not evidence (as in
research/impact.py): they are counted apart and added to no cell. Everything is read in a fixed
number of queries, then put together here, so the cost does not grow with the portfolio."""

import csv
import io
from collections import defaultdict
from dataclasses import dataclass, field

from home.models import PageTag
from home.models.tags import topic_name
from home.spreadsheets import inert_row
from research.models import Country, InsightBriefPage, Programme, ResearchProjectPage

DIMENSIONS = {"countries": "Country", "programmes": "Programme"}


@dataclass(frozen=True)
class Topic:
    slug: str
    name: str


@dataclass
class Cell:
    projects: int = 0
    briefs: int = 0

    def __bool__(self):
        return bool(self.projects or self.briefs)


@dataclass
class EvidenceMap:
    dimension: str  # "countries" or "programmes"
    topics: list  # rows, Topic
    columns: list  # Country or Programme instances
    cells: dict = field(default_factory=dict)  # (topic slug, column pk) -> Cell
    example_projects: int = 0
    example_briefs: int = 0

    @property
    def label(self):
        return DIMENSIONS[self.dimension]

    def rows(self):
        """(topic, [cell for each column]) in table order; a missing cell is an empty Cell."""
        for topic in self.topics:
            yield topic, [self.cells.get((topic.slug, col.pk), Cell()) for col in self.columns]

    def csv_text(self):
        """The table as CSV: one row per topic and column pair, empty pairs included."""
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["topic", self.label.lower(), "projects", "insight_briefs"])
        for topic, cells in self.rows():
            for column, cell in zip(self.columns, cells, strict=True):
                writer.writerow(inert_row([topic.name, column.name, cell.projects, cell.briefs]))
        return out.getvalue()


def _published(model):
    return model.objects.live().public()


def _topics_by_page(page_ids):
    topics = defaultdict(set)
    names = {}
    rows = PageTag.objects.filter(content_object_id__in=page_ids).values_list(
        "content_object_id", "tag__slug", "tag__name"
    )
    for page_id, slug, name in rows:
        topics[page_id].add(slug)
        names[slug] = topic_name(name)
    return topics, names


def _places_of_projects(dimension, project_ids):
    """{project id: set of country or programme ids}."""
    places = defaultdict(set)
    if dimension == "countries":
        through = ResearchProjectPage.countries.through.objects.filter(
            researchprojectpage_id__in=project_ids
        )
        for project_id, country_id in through.values_list("researchprojectpage_id", "country_id"):
            places[project_id].add(country_id)
    else:
        for project_id, programme_id in ResearchProjectPage.objects.filter(
            pk__in=project_ids
        ).values_list("pk", "programme_id"):
            places[project_id].add(programme_id)
    return places


def evidence_map(dimension="countries"):
    if dimension not in DIMENSIONS:
        raise ValueError(f"unknown dimension {dimension!r}")
    projects = dict(_published(ResearchProjectPage).values_list("pk", "is_example"))
    briefs = dict(_published(InsightBriefPage).values_list("pk", "is_example"))
    real_projects = [pk for pk, example in projects.items() if not example]
    real_briefs = [pk for pk, example in briefs.items() if not example]

    topics, names = _topics_by_page([*real_projects, *real_briefs])
    places = _places_of_projects(dimension, real_projects)
    sources = defaultdict(set)  # brief id -> the real projects it draws on
    through = InsightBriefPage.projects.through.objects.filter(
        insightbriefpage_id__in=real_briefs, researchprojectpage_id__in=real_projects
    )
    links = through.values_list("insightbriefpage_id", "researchprojectpage_id")
    for brief_id, project_id in links:
        sources[brief_id].add(project_id)

    cells = defaultdict(Cell)
    for project_id in real_projects:
        for slug in topics[project_id]:
            for place in places[project_id]:
                cells[slug, place].projects += 1
    for brief_id in real_briefs:
        brief_places = set().union(*(places[pk] for pk in sources[brief_id]))
        for slug in topics[brief_id]:
            for place in brief_places:
                cells[slug, place].briefs += 1

    used = {place for project_places in places.values() for place in project_places}
    model = Country if dimension == "countries" else Programme
    columns = list(model.objects.filter(pk__in=used))
    if dimension == "countries":
        columns.sort(key=lambda country: (country.get_region_display(), country.name))
    return EvidenceMap(
        dimension=dimension,
        topics=sorted(
            (Topic(slug, name) for slug, name in names.items()), key=lambda t: t.name.lower()
        ),
        columns=columns,
        cells=dict(cells),
        example_projects=len(projects) - len(real_projects),
        example_briefs=len(briefs) - len(real_briefs),
    )
