"""The fund's headline figures, always computed from the projects staff have published."""

from dataclasses import dataclass

from django.db.models import Count, Sum

from research.models import Country, ResearchProjectPage


@dataclass(frozen=True)
class ImpactFigures:
    funding_usd: int
    projects: int
    countries: int


def impact_figures():
    projects = ResearchProjectPage.objects.live().public()
    totals = projects.aggregate(funding=Sum("grant_amount_usd"), projects=Count("pk"))
    countries = Country.objects.with_public_projects().count()
    return ImpactFigures(
        funding_usd=totals["funding"] or 0, projects=totals["projects"], countries=countries
    )
