from wagtail import hooks
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.admin_columns import example_column
from research.models import Country, InsightBriefPage, Organisation, Programme, ResearchProjectPage


class ProgrammeViewSet(SnippetViewSet):
    model = Programme
    icon = "folder-open-inverse"
    list_display = ["name", "name_fr", "name_es", "short_name", "sort_order"]
    search_fields = ["name"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "name_fr", "name_es", "kind", "country"]
    list_filter = ["kind"]
    search_fields = ["name"]


class CountryViewSet(SnippetViewSet):
    model = Country
    icon = "globe"
    list_display = ["name", "name_fr", "name_es", "iso_code", "region"]
    list_filter = ["region"]
    search_fields = ["name"]


class ResearchTaxonomyGroup(SnippetViewSetGroup):
    menu_label = "Research data"
    menu_icon = "folder-inverse"
    menu_order = 250
    items = (ProgrammeViewSet, OrganisationViewSet, CountryViewSet)


register_snippet(ResearchTaxonomyGroup)


class ProjectListingViewSet(PageListingViewSet):
    """Every project in one flat, filterable list, whatever its place in the tree."""

    model = ResearchProjectPage
    icon = "folder-open-1"
    menu_label = "Projects"
    add_to_admin_menu = True
    menu_order = 110
    list_display = [
        "title",
        "programme",
        "status",
        "start_date",
        "grant_amount_usd",
        example_column(),
        "latest_revision_created_at",
    ]
    list_filter = ["programme", "status", "countries", "is_example", "live"]


class InsightListingViewSet(PageListingViewSet):
    model = InsightBriefPage
    icon = "doc-full"
    menu_label = "Insight briefs"
    add_to_admin_menu = True
    menu_order = 111
    list_display = [
        "title",
        "date",
        "reading_minutes",
        example_column(),
        "latest_revision_created_at",
    ]
    list_filter = ["is_example", "live"]


@hooks.register("register_admin_viewset")
def register_research_listings():
    return [ProjectListingViewSet("projects"), InsightListingViewSet("insight_briefs")]
