"""The portfolio at a glance: funding by programme and by start year, projects by region and by
status. Each chart is a table of figures first; the SVG is drawn from that same table on the
server by pygal with its scripts off, so what the chart shows and what the table says agree.

Like research/impact.py these cover the live, public projects on this site, examples apart.
Funding counts only the grants whose amount is published; the others are counted, not guessed."""

import math
from collections import defaultdict
from dataclasses import dataclass

import pygal
from django.db.models import Count, Q, Sum
from django.utils import formats
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from pygal.etree import etree
from pygal.style import CleanStyle

from research.models import Country, Programme, ResearchProjectPage

NO_COUNTRY = _("No country named")


@dataclass(frozen=True)
class Row:
    label: str
    value: int  # US dollars for funding charts, projects for the others
    projects: int  # projects behind the value
    without_amount: int = 0  # funding charts: projects whose grant amount is not published


@dataclass(frozen=True)
class Chart:
    slug: str
    title: str
    unit: str  # "usd" or "projects"
    rows: list
    note: str = ""

    width = 560  # pixels, as drawn in the SVG and sized in the page

    @property
    def height(self):
        return max(220, 80 + 44 * len(self.rows))

    @property
    def total(self):
        return sum(row.value for row in self.rows)

    @property
    def without_amount(self):
        return sum(row.without_amount for row in self.rows)

    def svg(self):
        return render_svg(self)


def _projects():
    return ResearchProjectPage.objects.live().public().filter(is_example=False)


def _funding(grouped):
    return grouped.annotate(
        funding=Sum("grant_amount_usd"),
        projects=Count("pk"),
        without_amount=Count("pk", filter=Q(grant_amount_usd__isnull=True)),
    )


def funding_by_programme():
    names = {programme.pk: programme.label for programme in Programme.objects.all()}
    grouped = _funding(_projects().values("programme").order_by())
    order = list(names)
    rows = sorted(grouped, key=lambda row: order.index(row["programme"]))
    return Chart(
        slug="funding-by-programme",
        title=gettext("Funding by programme (US dollars)"),
        unit="usd",
        rows=[
            Row(names[r["programme"]], r["funding"] or 0, r["projects"], r["without_amount"])
            for r in rows
        ],
    )


def funding_by_year():
    grouped = _funding(_projects().values("start_date__year").order_by("start_date__year"))
    return Chart(
        slug="funding-by-year",
        title=gettext("Funding by the year projects started (US dollars)"),
        unit="usd",
        rows=[
            Row(str(r["start_date__year"]), r["funding"] or 0, r["projects"], r["without_amount"])
            for r in grouped
        ],
    )


def projects_by_region():
    through = ResearchProjectPage.countries.through.objects.filter(
        researchprojectpage__in=_projects()
    )
    regions = defaultdict(set)
    for project_id, region in through.values_list("researchprojectpage_id", "country__region"):
        regions[region].add(project_id)
    placed = set().union(*regions.values())
    unplaced = _projects().exclude(pk__in=placed).count()
    rows = [
        Row(label, len(regions[value]), len(regions[value]))
        for value, label in Country.Region.choices
        if regions[value]
    ]
    if unplaced:
        rows.append(Row(NO_COUNTRY, unplaced, unplaced))
    return Chart(
        slug="projects-by-region",
        title=gettext("Projects by region"),
        unit="projects",
        rows=rows,
        note=gettext("A project working in more than one region is counted in each of them."),
    )


def projects_by_status():
    counts = dict(_projects().values_list("status").annotate(n=Count("pk")).order_by())
    return Chart(
        slug="projects-by-status",
        title=gettext("Projects by status"),
        unit="projects",
        rows=[
            Row(label, counts[value], counts[value])
            for value, label in ResearchProjectPage.Status.choices
            if counts.get(value)
        ],
    )


CHARTS = {
    "funding-by-programme": funding_by_programme,
    "funding-by-year": funding_by_year,
    "projects-by-region": projects_by_region,
    "projects-by-status": projects_by_status,
}


def portfolio_charts():
    return [build() for build in CHARTS.values()]


def render_svg(chart):
    """A horizontal bar chart as a standalone SVG document, with no scripts."""
    svg = pygal.HorizontalBar(
        js=[],
        style=CleanStyle,
        width=chart.width,
        height=chart.height,
        show_legend=False,
        title=chart.title,
        print_values=True,
        value_formatter=_dollars if chart.unit == "usd" else str,
        margin=16,
    )
    # pygal draws the first row at the bottom; reverse so the chart reads in table order
    rows = list(reversed(chart.rows))
    svg.x_labels = [str(row.label) for row in rows]  # labels may be lazy translations
    if chart.unit != "usd":  # whole projects: an axis of whole numbers, not 0.5 or "1.0"
        top = max((row.value for row in rows), default=0)
        svg.y_labels = list(range(0, top + 1, max(1, math.ceil(top / 5))))
    svg.add(chart.title, [row.value for row in rows])
    return _without_scripts(svg.render_tree())


def _without_scripts(tree):
    """pygal writes its config as an inline script even with js=[]; nothing here runs one."""
    for parent in tree.iter():
        for child in list(parent):
            if str(child.tag).rsplit("}", 1)[-1] == "script":
                parent.remove(child)
    return etree.tostring(tree, encoding="unicode")


def _dollars(value):
    """$1,250,000 in English, 1 250 000 $ in French."""
    amount = formats.number_format(round(value), force_grouping=True)
    return gettext("$%(amount)s") % {"amount": amount}
