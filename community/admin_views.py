"""Staff views for grantee access and reporting that Wagtail's generic views do not cover."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from wagtail.admin.views.reports import ReportView

from community import access, reporting
from community.models import ProjectMembership


def revoke(request, pk):
    if not request.user.has_perm("community.change_projectmembership"):
        raise PermissionDenied
    membership = get_object_or_404(
        ProjectMembership.objects.select_related("user", "project"), pk=pk
    )
    if request.method == "POST":
        access.revoke(membership, request.user)
        messages.success(
            request, f"{membership.user.email} no longer has access to {membership.project.title}."
        )
        return redirect("grantee_access:index")
    return TemplateResponse(
        request,
        "community/admin/revoke_confirm.html",
        {"membership": membership, "page_title": "Revoke grantee access", "header_icon": "user"},
    )


class ReportingReport(ReportView):
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
