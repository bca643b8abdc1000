"""Staff views for grantee access and reporting that Wagtail's generic views do not cover."""

from django.shortcuts import redirect
from django.urls import reverse
from wagtail.admin import messages
from wagtail.admin.views.generic.base import BaseOperationView, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.views.reports import ReportView

from community import access, reporting
from community.models import ProjectMembership
from home.spreadsheets import InertCSVExportMixin


class RevokeView(PermissionCheckedMixin, WagtailAdminTemplateMixin, BaseOperationView):
    """Asks staff to confirm, then ends one person's access to one project; the project's
    history records it, and the portal refuses them from their next request."""

    model = ProjectMembership
    permission_required = "change"
    template_name = "community/admin/revoke_confirm.html"
    page_title = "Revoke grantee access"
    index_url_name = None

    def get_base_object_queryset(self):
        return ProjectMembership.objects.select_related("user", "project")

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return []  # a confirmation page, like Wagtail's own delete and unpublish pages

    def get(self, request, *args, **kwargs):
        membership = self.object
        if not membership.is_active:
            messages.warning(
                request, f"{membership.user.email} had already lost access to {membership.project}."
            )
            return redirect(self.get_success_url())
        return self.render_to_response(self.get_context_data(membership=membership))

    def perform_operation(self):
        access.revoke(self.object, self.request.user)

    def get_success_message(self):
        membership = self.object
        return f"{membership.user.email} no longer has access to {membership.project.title}."

    def get_success_url(self):
        """Back to the listing the button was on, with its filters, or to the whole listing."""
        return self.next_url or reverse(self.index_url_name)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            next_url=self.next_url, cancel_url=self.get_success_url(), **kwargs
        )


class ReportingReport(InertCSVExportMixin, ReportView):
    """Projects whose grantee update is due within the reminder window, or overdue."""

    page_title = "Grantee updates due"
    header_icon = "date"
    results_template_name = "community/admin/reporting_report_results.html"
    index_url_name = "grantee_reporting"
    index_results_url_name = "grantee_reporting_results"
    paginate_by = None
    any_permission_required = ["change"]
    list_export = ["project.title", "due_date", "last_update", "days_left"]
    export_headings = {
        "project.title": "Project",
        "due_date": "Due",
        "last_update": "Last published update",
        "days_left": "Days left",
    }

    def get_queryset(self):
        return reporting.schedule(within_days=int(self.request.GET.get("within", 30)))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["access_url"] = reverse("grantee_access:index")
        return context
