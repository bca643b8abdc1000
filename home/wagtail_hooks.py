from django.db.models import Count, Min
from django.urls import path, reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail_localize import synctree

from home.models import OutboxTask, SynonymGroup, TopicName
from home.outbox import FLUSH_GRACE
from home.permissions import staff_only_refusal
from home.search_log import (
    InertSearchTermsReportView,
    ZeroResultReportView,
    may_read_search_reports,
)


class QueuedTasksPanel(Component):
    """Tells administrators that task calls, emails mostly, are waiting for the broker."""

    name = "queued_tasks"
    order = 10
    template_name = "home/admin/queued_tasks_panel.html"

    def __init__(self, count, since, last_error):
        self.count, self.since, self.last_error = count, since, last_error

    def get_context_data(self, parent_context):
        return {"count": self.count, "since": self.since, "last_error": self.last_error}


@hooks.register("construct_homepage_panels")
def warn_of_tasks_waiting_for_the_broker(request, panels):
    if not request.user.is_superuser:
        return
    waiting = OutboxTask.objects.filter(created_at__lte=timezone.now() - FLUSH_GRACE)
    found = waiting.aggregate(count=Count("pk"), since=Min("created_at"))
    if found["count"]:
        last_error = waiting.order_by("-pk").values_list("last_error", flat=True).first()
        panels.insert(0, QueuedTasksPanel(found["count"], found["since"], last_error))


@hooks.register("before_serve_page")
def keep_staff_pages_from_grantees(page, request, serve_args, serve_kwargs):
    return staff_only_refusal(request, page.get_view_restrictions)


@hooks.register("before_serve_document")
def keep_staff_documents_from_grantees(document, request):
    return staff_only_refusal(request, document.collection.get_view_restrictions)


class SynonymGroupViewSet(SnippetViewSet):
    model = SynonymGroup
    icon = "search"
    menu_label = "Search synonyms"
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["__str__", "note"]
    search_fields = ["terms", "note"]


register_snippet(SynonymGroupViewSet)


class TopicNameViewSet(SnippetViewSet):
    """Topics' French and Spanish names; a topic without one is shown in English."""

    model = TopicName
    icon = "tag"
    menu_label = "Topic names"
    menu_order = 255
    add_to_admin_menu = True
    list_display = ["__str__", "name_fr", "name_es"]


register_snippet(TopicNameViewSet)


@hooks.register("register_admin_urls")
def search_report_urls():
    return [
        path(
            "reports/searches-with-no-results/",
            ZeroResultReportView.as_view(),
            name="search_zero_results",
        ),
        path(
            "reports/searches-with-no-results/results/",
            ZeroResultReportView.as_view(results_only=True),
            name="search_zero_results_results",
        ),
        # Wagtail's "Search terms" report at its own address (reversed by Wagtail's names):
        # this app's admin URLs come first, so these patterns answer.
        path("searchpicks/reports/search-terms/", InertSearchTermsReportView.as_view()),
        path(
            "searchpicks/reports/search-terms/results/",
            InertSearchTermsReportView.as_view(results_only=True),
        ),
    ]


class SearchReportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_read_search_reports(request.user)


@hooks.register("register_reports_menu_item")
def search_zero_results_menu_item():
    return SearchReportMenuItem(
        "Searches with no results",
        reverse("search_zero_results"),
        name="search-zero-results",
        icon_name="search",
        order=1310,
    )


# A page gets its aliases in the French and Spanish trees when it is published, however it was
# created (home.signals.keep_languages_in_step). wagtail-localize's own hook would add them a
# second time to pages created and published in the admin, and fail.
hooks._hooks["after_create_page"].remove((synctree.after_create_page, 0))
