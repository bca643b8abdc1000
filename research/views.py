from urllib.parse import urlencode

from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone

from home.content import content_kinds
from research import charts, evidence
from research.models import Country, InsightIndexPage, ResearchIndexPage, ResearchProjectPage


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
    project_keys = ResearchProjectPage.objects.live().public().filter(countries=country)
    project_keys = project_keys.values("translation_key")
    context = {"country": country, "projects": projects}
    for kind in content_kinds():  # insights, stories and events, by what they link to
        listed = kind.model.for_country(country, project_keys)
        if listed is not None:
            context[kind.plural] = listed
    return TemplateResponse(request, "research/country_detail.html", context)


def _listing_url(page, **filters):
    return f"{page.url}?{urlencode(filters)}" if page else ""


def _research_index():
    """The research listing the evidence map links into and the charts sit beside."""
    research_index = ResearchIndexPage.objects.live().public().first()
    if research_index is None:
        raise Http404("No research listing is published.")
    return research_index


def evidence_map_page(request):
    """Topics against countries and programmes: where there is evidence and where it is missing."""
    research_index = _research_index()
    insight_index = InsightIndexPage.objects.live().public().first()
    tables = []
    for dimension, param in (("countries", "country"), ("programmes", "programme")):
        table = evidence.evidence_map(dimension)
        rows = []
        for topic, cells in table.rows():
            linked = []
            for column, cell in zip(table.columns, cells, strict=True):
                filters = {"topic": topic.slug, param: column.slug}
                linked.append(
                    {
                        "cell": cell,
                        "column": column,
                        "projects_url": _listing_url(research_index, **filters),
                        "briefs_url": _listing_url(insight_index, **filters),
                    }
                )
            rows.append((topic, linked))
        tables.append({"map": table, "rows": rows, "param": param})
    context = {"page": research_index, "tables": tables}
    return TemplateResponse(request, "research/evidence_map.html", context)


def evidence_map_csv(request, dimension):
    if dimension not in evidence.DIMENSIONS:
        raise Http404("No such evidence map.")
    response = HttpResponse(
        evidence.evidence_map(dimension).csv_text(), content_type="text/csv; charset=utf-8"
    )
    filename = f"safe-online-evidence-by-{dimension}-{timezone.localdate():%Y-%m-%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def portfolio_page(request):
    context = {"page": _research_index(), "charts": charts.portfolio_charts()}
    return TemplateResponse(request, "research/portfolio_charts.html", context)


# An SVG shown through <img> is its own document: pygal styles it with an inline <style>, which
# this policy allows while allowing nothing else (no scripts, no fetches).
CHART_POLICY = "default-src 'none'; style-src 'unsafe-inline'"


def portfolio_chart_svg(request, slug):
    build = charts.CHARTS.get(slug)
    if build is None:
        raise Http404("No such chart.")
    response = HttpResponse(build().svg(), content_type="image/svg+xml; charset=utf-8")
    response["Content-Security-Policy"] = CHART_POLICY
    return response
