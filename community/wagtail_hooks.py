from django.conf import settings
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.http import urlencode
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import AdminOnlyMenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import CreateView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.admin.widgets import Button, HeaderButton, ListingButton
from wagtail.log_actions import LogFormatter
from wagtail.permissions import register_permission_policy

from community import access, admin_views, submissions, uploads
from community.models import EventPage, GranteeStoryPage, Invitation, ProjectMembership
from home.admin_columns import example_column
from home.permissions import PolicyWithout
from research.models import ResearchIndexPage, ResearchProjectPage


class StoryListingViewSet(PageListingViewSet):
    model = GranteeStoryPage
    icon = "openquote"
    menu_label = "Stories"
    add_to_admin_menu = True
    menu_order = 112
    list_display = ["title", "date", "told_by", example_column(), "latest_revision_created_at"]
    list_filter = ["told_by", "is_example", "live"]


class EventListingViewSet(PageListingViewSet):
    model = EventPage
    icon = "date"
    menu_label = "Events"
    add_to_admin_menu = True
    menu_order = 113
    list_display = [
        "title",
        "start_date",
        "format",
        "city",
        example_column(),
        "latest_revision_created_at",
    ]
    list_filter = ["format", "is_example", "live"]


class InvitationForm(WagtailAdminModelForm):
    """Staff choose the language of the invitation email; a form sent without one gets the
    site's default language."""

    class Meta:
        model = Invitation
        fields = ["project", "email", "name", "role", "language"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].required = False

    def clean_language(self):
        return self.cleaned_data["language"] or settings.LANGUAGE_CODE


class InvitationCreateView(CreateView):
    submit_button_label = "Send invitation"

    def get_initial(self):
        return {**super().get_initial(), "project": self.request.GET.get("project")}

    def save_instance(self):
        return access.invite(self.form.instance, self.request.user)

    def get_success_message(self, instance):
        return f"Invitation emailed to {instance.email}."

    def get_success_buttons(self):
        return []  # a sent invitation cannot be edited


class InvitationViewSet(ModelViewSet):
    model = Invitation
    icon = "mail"
    menu_label = "Invitations"
    url_prefix = "grantees/invitations"
    url_namespace = "grantee_invitations"
    add_view_class = InvitationCreateView
    form_fields = InvitationForm.Meta.fields
    list_display = [
        "email",
        "name",
        "project",
        "role",
        "status",
        Column("invited_by", label="Invited by", accessor="invited_by.get_full_name"),
        "created_at",
    ]
    list_filter = ["project", "role"]
    search_fields = ["email", "name"]
    ordering = ["-created_at"]
    add_to_reference_index = False

    def get_form_class(self, for_update=False):
        return InvitationForm


class MembershipIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("user", "project")

    @cached_property
    def header_buttons(self):
        url = reverse("grantee_invitations:add")
        if project := self.request.GET.get("project"):
            url += f"?project={project}"
        return [*super().header_buttons, HeaderButton("Invite a grantee", url, icon_name="mail")]

    def get_list_more_buttons(self, instance):
        """Each active row offers "Revoke access" to staff who may change access; the
        confirmation page then returns to this listing, filters and all."""
        buttons = super().get_list_more_buttons(instance)
        if instance.is_active and self.user_has_permission("change"):
            back_here = f"{self.index_url}?{self.request.GET.urlencode()}".rstrip("?")
            revoke_url = reverse("grantee_access:revoke", args=[instance.pk])
            buttons.append(
                ListingButton(
                    "Revoke access",
                    url=f"{revoke_url}?{urlencode({'next': back_here})}",
                    icon_name="cross",
                    attrs={"aria-label": f"Revoke access for {instance}"},
                    priority=5,
                )
            )
        return buttons


class MembershipViewSet(ModelViewSet):
    model = ProjectMembership
    icon = "group"
    menu_label = "Access"
    url_prefix = "grantees/access"
    url_namespace = "grantee_access"
    index_view_class = MembershipIndexView
    form_fields = ["role"]
    # The first column, named by a field, is the title column that carries each row's buttons.
    list_display = [
        "person",
        Column("email", label="Email", accessor="user.email"),
        "project",
        "role",
        "status",
        "granted_at",
        "revoked_at",
    ]
    list_filter = ["project", "role"]
    search_fields = ["user__email", "user__first_name", "user__last_name"]
    ordering = ["project__title", "user__email"]
    add_to_reference_index = False

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path(
                "<int:pk>/revoke/",
                self.construct_view(admin_views.RevokeView),
                name="revoke",
            ),
        ]


class GranteeGroup(ModelViewSetGroup):
    menu_label = "Grantees"
    menu_icon = "group"
    menu_order = 250
    items = (MembershipViewSet, InvitationViewSet)


# A sent invitation cannot be edited, only withdrawn (deleted) and sent again; access comes
# from accepted invitations, never from a blank form, and ends by revoking, which keeps the row
# and logs it on the project, never by deleting.
register_permission_policy(Invitation, PolicyWithout(Invitation, ["change"]))
register_permission_policy(ProjectMembership, PolicyWithout(ProjectMembership, ["add", "delete"]))


@hooks.register("register_admin_viewset")
def register_community_admin():
    return [
        StoryListingViewSet("grantee_stories"),
        EventListingViewSet("events"),
        GranteeGroup(),
    ]


@hooks.register("register_admin_urls")
def register_reporting_report():
    return [
        path(
            "reports/grantee-updates/",
            admin_views.ReportingReport.as_view(),
            name="grantee_reporting",
        ),
        path(
            "reports/grantee-updates/results/",
            admin_views.ReportingReport.as_view(results_only=True),
            name="grantee_reporting_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def reporting_report_menu_item():
    return AdminOnlyMenuItem(
        "Grantee updates due", reverse("grantee_reporting"), icon_name="date", order=700
    )


@hooks.register("register_page_header_buttons")
def grantee_access_button(page, user, view_name, next_url=None):
    if isinstance(page.specific_deferred, ResearchProjectPage) and user.has_perm(
        "community.view_projectmembership"
    ):
        yield Button(
            "Grantee access",
            reverse("grantee_access:index") + f"?project={page.pk}",
            icon_name="group",
            priority=80,
        )
        yield Button(
            "Invite a grantee",
            reverse("grantee_invitations:add") + f"?project={page.pk}",
            icon_name="mail",
            priority=81,
        )


class InviteFormatter(LogFormatter):
    label = "Invite grantee"

    def format_message(self, log_entry):
        data = log_entry.data
        return f"Invited {data.get('email', 'a grantee')} as {data.get('role', 'a grantee')}"


class JoinFormatter(LogFormatter):
    label = "Grantee joined"

    def format_message(self, log_entry):
        return f"Joined through the invitation sent to {log_entry.data.get('email', 'them')}"


class RevokeFormatter(LogFormatter):
    label = "Revoke grantee access"

    def format_message(self, log_entry):
        return f"Revoked grantee access for {log_entry.data.get('email', 'a grantee')}"


@hooks.register("register_log_actions")
def register_grantee_log_actions(actions):
    actions.register_action("community.invite")(InviteFormatter)
    actions.register_action("community.join")(JoinFormatter)
    actions.register_action("community.revoke")(RevokeFormatter)


# Grantee uploads stay private until a page that uses them is published (community.uploads).
# Ours runs first, so that a private document is not found rather than met by a sign-in form.
@hooks.register("before_serve_document", order=-1)
def keep_unpublished_grantee_documents_private(document, request):
    return uploads.document_response(document, request)


@hooks.register("before_serve_media")  # home.media_access
def keep_unpublished_grantee_images_private(request, path):
    return uploads.media_access(request, path)


@hooks.register("after_create_page")
def show_grantee_review_on_a_new_research_section(request, page):
    if isinstance(page.specific_deferred, ResearchIndexPage):
        submissions.show_review_on(page)
