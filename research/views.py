from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from home.content import content_kinds
from research.models import Country, ResearchProjectPage


def country_index(request):
    countries = (
        Country.objects.annotate(
            project_count=Count(
                "projects",
                filter=Q(projects__in=ResearchProjectPage.objects.live().public()),
                distinct=True,
            )
        )
        .filter(project_count__gt=0)
        .order_by("region", "name")
    )
    return TemplateResponse(request, "research/country_index.html", {"countries": countries})


def country_detail(request, slug):
    """Everything the fund supports in one country; only countries with published work exist."""
    country = get_object_or_404(Country, slug=slug)
    projects = ResearchProjectPage.objects.listing().filter(countries=country)
    if not projects.exists():
        raise Http404(f"No published work in {country.name} yet.")
    project_ids = ResearchProjectPage.objects.live().public().filter(countries=country)
    project_ids = project_ids.values("pk")
    context = {"country": country, "projects": projects}
    for kind in content_kinds():  # insights, stories and events, by what they link to
        listed = kind.model.for_country(country, project_ids)
        if listed is not None:
            context[kind.plural] = listed
    return TemplateResponse(request, "research/country_detail.html", context)
