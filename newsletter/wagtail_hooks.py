from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from newsletter.models import DigestTheme


class DigestThemeViewSet(SnippetViewSet):
    model = DigestTheme
    icon = "tag"
    menu_label = "Digest themes"
    add_to_admin_menu = True
    menu_order = 260
    list_display = ["name", "tag", "description", "sort_order"]
    search_fields = ["name", "description"]
    ordering = ["sort_order", "name"]


register_snippet(DigestThemeViewSet)
