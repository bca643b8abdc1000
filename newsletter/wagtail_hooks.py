from django.contrib import messages
from django.db.models import Count
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permissions import register_permission_policy

from home.permissions import PolicyWithout
from home.spreadsheets import InertCSVExportMixin
from newsletter import admin_views, coverage, preview, results
from newsletter.models import Delivery, DigestTheme, Mailing, Subscriber


class ThemeIndexView(IndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .annotate(subscriber_count=Count("subscribers", distinct=True))
            .prefetch_related("topics")
        )


class DigestThemeViewSet(ModelViewSet):
    model = DigestTheme
    icon = "tag"
    menu_label = "Digest themes"
    url_prefix = "newsletter/themes"
    list_display = [
        "name",
        Column("topic_names", label="Topics"),
        "description",
        "sort_order",
        Column("subscriber_count", label="Subscribers"),
    ]
    search_fields = ["name", "description"]
    form_fields = [
        "name",
        "name_fr",
        "name_es",
        "description",
        "description_fr",
        "description_es",
        "topics",
        "sort_order",
    ]
    ordering = ["sort_order", "name"]

    index_view_class = ThemeIndexView


class SubscriberIndexView(InertCSVExportMixin, IndexView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        counts = dict(self.filtered_queryset.order_by().values_list("status").annotate(Count("pk")))
        context["status_counts"] = [
            (label, counts.get(value, 0)) for value, label in Subscriber.Status.choices
        ]
        return context

    @property
    def filtered_queryset(self):
        queryset = self.get_base_queryset()
        if self.filters is not None and self.filters.is_valid():
            queryset = self.filters.filter_queryset(queryset)
        return queryset


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    icon = "user"
    menu_label = "Subscribers"
    url_prefix = "newsletter/subscribers"
    index_view_class = SubscriberIndexView
    index_results_template_name = "newsletter/admin/subscriber_results.html"
    list_display = ["email", "name", "member_type", "cadence", "language", "status", "created_at"]
    list_filter = ["status", "member_type", "cadence", "language", "themes", "insight_alerts"]
    search_fields = ["email", "name", "organisation"]
    list_export = [
        "email",
        "name",
        "organisation",
        "member_type",
        "cadence",
        "language",
        "insight_alerts",
        "status",
        "created_at",
        "confirmed_at",
        "unsubscribed_at",
        "suppressed_at",
    ]
    export_filename = "subscribers"
    form_fields = [
        "email",
        "name",
        "organisation",
        "member_type",
        "themes",
        "cadence",
        "language",
        "insight_alerts",
        "status",
    ]
    inspect_view_enabled = True


class MailingIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("brief").with_progress()


class MailingInspectView(InspectView):
    template_name = "newsletter/admin/mailing_inspect.html"

    def get_object(self, queryset=None):
        return Mailing.objects.with_progress().select_related("brief").get(pk=self.pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["failed"] = (
            self.object.deliveries.filter(status=Delivery.Status.FAILED)
            .select_related("subscriber")
            .order_by("pk")[:500]
        )
        context["figures"] = results.mailing_figures(self.object)
        sample = preview.sample_recipient(self.object)
        initial = {"subscriber_email": sample.email} if sample else {}
        context["preview_form"] = admin_views.SubscriberChoiceForm(initial=initial)
        context["test_form"] = admin_views.TestSendForm(
            initial={**initial, "test_address": self.request.user.email}
        )
        return context


class MailingViewSet(ModelViewSet):
    model = Mailing
    icon = "mail"
    menu_label = "Mailings"
    url_prefix = "newsletter/mailings"
    url_namespace = "newsletter_mailings"
    index_view_class = MailingIndexView
    inspect_view_class = MailingInspectView
    inspect_view_enabled = True
    list_display = [
        "__str__",
        "status",
        "planned_at",
        Column("total_count", label="Planned"),
        Column("sent_count", label="Sent"),
        Column("pending_count", label="Pending"),
        Column("sending_count", label="Sending"),
        Column("failed_count", label="Failed"),
        Column("skipped_count", label="Skipped"),
    ]
    list_filter = ["kind", "status", "cadence"]
    form_fields = ["intro"]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/pause/", admin_views.pause, name="pause"),
            path("<int:pk>/resume/", admin_views.resume, name="resume"),
            path("<int:pk>/retry-failed/", admin_views.retry_failed, name="retry_failed"),
            path("<int:pk>/preview/", admin_views.show_preview, name="preview"),
            path("<int:pk>/send-test/", admin_views.send_test, name="send_test"),
        ]


class NewsletterGroup(ModelViewSetGroup):
    menu_label = "Stay in the loop"
    menu_icon = "mail"
    menu_order = 260
    items = (MailingViewSet, SubscriberViewSet, DigestThemeViewSet)


# Mailings are created by the schedule and by publishing briefs, never by hand. Nor are they
# deleted: with the mailing would go its delivery ledger, and the schedule would create a
# recently due edition again and send it to everyone a second time. Pause stops a mailing.
register_permission_policy(Mailing, PolicyWithout(Mailing, ["add", "delete"]))


@hooks.register("register_admin_viewset")
def register_newsletter_admin():
    return NewsletterGroup()


class UncoveredTopicsPanel(Component):
    """Topics on published content that no digest theme covers, with how many pages carry them."""

    name = "uncovered_topics"
    order = 20
    template_name = "newsletter/admin/uncovered_topics_panel.html"

    def __init__(self, topics):
        self.topics = topics

    def get_context_data(self, parent_context):
        return {"topics": self.topics, "themes_url": reverse("digesttheme:index")}


@hooks.register("construct_homepage_panels")
def show_topics_no_digest_covers(request, panels):
    if not request.user.has_perm("newsletter.change_digesttheme"):
        return
    if topics := coverage.uncovered_topics():
        panels.append(UncoveredTopicsPanel(topics))


@hooks.register("after_publish_page")
def warn_when_no_digest_covers_a_published_page(request, page):
    if warning := coverage.uncovered_warning(page):
        messages.warning(request, warning)


@hooks.register("before_edit_page")
def warn_reviewers_when_no_digest_covers_a_page(request, page):
    if request.method == "GET" and (warning := coverage.uncovered_warning(page)):
        messages.warning(request, warning)


@hooks.register("register_admin_urls")
def register_results_report():
    return [path("newsletter/results/", admin_views.results, name="newsletter_results")]


@hooks.register("register_reports_menu_item")
def results_menu_item():
    return AdminOnlyMenuItem(
        "Stay in the loop results", reverse("newsletter_results"), icon_name="mail", order=710
    )
