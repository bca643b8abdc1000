from django import template
from django.urls import reverse
from django.utils.dateformat import format as format_date
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, pgettext
from django.utils.translation import gettext_lazy as _

from home.process_cache import remember
from research import impact, world_map
from research.models import ResearchIndexPage, ResearchProjectPage

register = template.Library()

Precision = ResearchProjectPage.DatePrecision
Status = ResearchProjectPage.Status

DATE_FORMATS = {
    "long": {Precision.DAY: _("j M Y"), Precision.MONTH: _("M Y"), Precision.YEAR: "Y"},
    "short": {Precision.DAY: _("M Y"), Precision.MONTH: _("M Y"), Precision.YEAR: "Y"},
}


@register.simple_tag
def impact_figures(country=None):
    """The figures computed from the published projects (one country's, given one): place it
    inside a cached fragment, as the home page does, so that it costs nothing on a cache hit."""
    return impact.impact_figures(country)


@register.filter
def project_dates(project, style="long"):
    """A project's dates to no more precision than is known: "1 Mar 2023 – 30 Sep 2024",
    "Mar 2023 – Sep 2024", "2023 – 2025"; with no end date, "2021 – ongoing" while in
    progress, "From 2027" before it starts and "Began 2021" once completed. Dates that were
    never published read "Not published" in full and are left out ("") on cards."""
    if project.date_precision == Precision.UNKNOWN:
        return pgettext("project dates", "Not published") if style == "long" else ""
    fmt = DATE_FORMATS[style].get(project.date_precision, DATE_FORMATS[style][Precision.DAY])
    start = format_date(project.start_date, str(fmt))
    if project.end_date:
        end = format_date(project.end_date, str(fmt))
        if end == start:
            return start
        return gettext("%(start)s – %(end)s") % {"start": start, "end": end}
    if project.status == Status.PLANNED:
        return gettext("From %(start)s") % {"start": start}
    if project.status == Status.COMPLETED:
        return gettext("Began %(start)s") % {"start": start}
    return gettext("%(start)s – ongoing") % {"start": start}


@register.inclusion_tag("research/components/portfolio_links.html")
def portfolio_links():
    """Links from figures to the views of the whole portfolio: the evidence map and the charts
    (research/portfolio_urls.py), shown once there is a research listing for them to sit beside."""
    if not remember("research-listing-exists", ResearchIndexPage.objects.live().public().exists):
        return {}
    return {
        "evidence_url": reverse("portfolio:evidence_map"),
        "portfolio_url": reverse("portfolio:charts"),
    }


@register.simple_tag
def linked_world_map(countries):
    """The world map with each of these countries linking to its page (research/world_map.py)."""
    label = gettext("Map of the countries where the work happens; each links to its page")
    return mark_safe(world_map.linked_world_map(countries, label))  # noqa: S308 -- built here, names escaped
