"""Figures computed from the projects published on this site. They cover those projects only:
the fund's own headline figures are settings (home.models.FundFigures), never computed here.
Example projects are illustrations, not grants, so they are counted apart and added to nothing."""

from dataclasses import dataclass

from django.db.models import Count, Q, Sum

from home.process_cache import remember
from research.models import Country, ResearchProjectPage


@dataclass(frozen=True)
class ImpactFigures:
    projects: int  # live, public projects that are not examples
    countries: int  # the countries those projects work in
    funding_usd: int  # the grants of those projects whose amount is published
    projects_with_amount: int  # how many of them have a published amount
    examples: int  # live, public example projects, counted in none of the above


def impact_figures(country=None):
    """The site's figures, or one country's when `country` is given; remembered by this process
    while the content version stays the same."""
    key = ("impact-figures", country.pk if country is not None else None)
    return remember(key, lambda: count_impact(country))


def count_impact(country):
    published = ResearchProjectPage.objects.live().public()
    if country is not None:
        published = published.filter(countries=country)
    projects = published.filter(is_example=False)
    totals = projects.aggregate(
        projects=Count("pk"),
        funding=Sum("grant_amount_usd"),
        with_amount=Count("pk", filter=Q(grant_amount_usd__isnull=False)),
    )
    if country is not None:
        countries = 1 if totals["projects"] else 0
    else:
        countries = Country.objects.filter(projects__in=projects).distinct().count()
    return ImpactFigures(
        projects=totals["projects"],
        countries=countries,
        funding_usd=totals["funding"] or 0,
        projects_with_amount=totals["with_amount"],
        examples=published.filter(is_example=True).count(),
    )
