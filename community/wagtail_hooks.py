from wagtail import hooks
from wagtail.admin.viewsets.pages import PageListingViewSet

from community.models import EventPage, GranteeStoryPage


class StoryListingViewSet(PageListingViewSet):
    model = GranteeStoryPage
    icon = "openquote"
    menu_label = "Grantee stories"
    add_to_admin_menu = True
    menu_order = 112
    list_display = ["title", "date", "latest_revision_created_at"]
    list_filter = ["live"]


class EventListingViewSet(PageListingViewSet):
    model = EventPage
    icon = "date"
    menu_label = "Events"
    add_to_admin_menu = True
    menu_order = 113
    list_display = ["title", "start_date", "format", "city", "latest_revision_created_at"]
    list_filter = ["format", "live"]


@hooks.register("register_admin_viewset")
def register_community_listings():
    return [StoryListingViewSet("grantee_stories"), EventListingViewSet("events")]
