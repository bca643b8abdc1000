from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from research.models import Country, Organisation, Programme


class ProgrammeViewSet(SnippetViewSet):
    model = Programme
    icon = "folder-open-inverse"
    list_display = ["name", "short_name", "sort_order"]
    search_fields = ["name"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "kind", "country"]
    list_filter = ["kind"]
    search_fields = ["name"]


class CountryViewSet(SnippetViewSet):
    model = Country
    icon = "globe"
    list_display = ["name", "iso_code", "region"]
    list_filter = ["region"]
    search_fields = ["name"]


class ResearchTaxonomyGroup(SnippetViewSetGroup):
    menu_label = "Research data"
    menu_icon = "folder-inverse"
    menu_order = 250
    items = (ProgrammeViewSet, OrganisationViewSet, CountryViewSet)


register_snippet(ResearchTaxonomyGroup)
