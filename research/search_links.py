"""The research places a search can link to above its results (home.search_hints): countries,
programmes and organisations of live, public projects. Programmes and organisations open the
research listing, filtered by programme or by the organisation's name."""

from urllib.parse import urlencode

from django.db.models import Q

from home.search_hints import QuickLink, register_link_source
from research.models import Country, Organisation, Programme, ResearchIndexPage, ResearchProjectPage


def research_listing_url():
    index = ResearchIndexPage.objects.live().public().first()
    return index.url if index else None


def with_query(url, **query):
    return f"{url}?{urlencode(query)}"


def quoted(name):
    """The name as a phrase for the listing's keyword box."""
    return '"' + name + '"'


@register_link_source
def country_links():
    return [
        QuickLink(country.display_name, "Country", country.get_absolute_url(), order=2)
        for country in Country.objects.with_public_projects().order_by("name")
    ]


@register_link_source
def programme_links():
    listing = research_listing_url()
    if listing is None:
        return []
    projects = ResearchProjectPage.objects.live().public()
    programmes = Programme.objects.filter(projects__in=projects).distinct().order_by("name")
    return [
        QuickLink(
            programme.display_name,
            "Programme",
            with_query(listing, programme=programme.slug),
            order=1,
        )
        for programme in programmes
    ]


@register_link_source
def organisation_links():
    listing = research_listing_url()
    if listing is None:
        return []
    projects = ResearchProjectPage.objects.live().public()
    organisations = (
        Organisation.objects.filter(Q(led_projects__in=projects) | Q(partner_projects__in=projects))
        .distinct()
        .order_by("name")
    )
    return [
        QuickLink(
            organisation.display_name,
            "Organisation",
            with_query(listing, q=quoted(organisation.name)),
            order=3,
        )
        for organisation in organisations
    ]
