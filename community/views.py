"""The grantee portal, under /portal/. Every view that takes a project ID looks the project up
among the signed-in person's active memberships (community.access.project_for), and every update
ID within that project, so swapped IDs find nothing."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.contrib.messages.views import SuccessMessageMixin
from django.db import transaction
from django.forms.models import model_to_dict
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from community import access, submissions
from community.dashboard import project_rows
from community.forms import (
    AcceptInvitationForm,
    ContactForm,
    ContactFormSet,
    LanguageForm,
    OutputForm,
    OutputFormSet,
    PortalPasswordResetForm,
    ProjectForm,
    UpdateForm,
    project_contacts,
    project_outputs,
)
from community.models import GranteeProfile, ProjectMembership
from community.tokens import invitation_from_token
from home.locales import reading_language
from home.ratelimit import LimitedPerIPMixin
from home.signed_links import InvalidLinkError

NOTHING_SAVED = _("Please correct the fields marked below; nothing was saved yet.")


def portal_view(view):
    return never_cache(login_required(view))


@portal_view
@require_http_methods(["GET", "POST"])
def dashboard(request):
    """The person's projects, and the language the portal's emails reach them in."""
    profile = GranteeProfile.for_user(request.user)
    if request.method == "POST":
        language_form = LanguageForm(request.POST, instance=profile)
        if language_form.is_valid():
            profile = language_form.save()
            messages.success(
                request,
                gettext("Emails from the portal will now be in %(language)s.")
                % {"language": profile.get_language_display()},
            )
            return redirect("community:dashboard")
    else:
        language_form = LanguageForm(instance=profile)
    context = {"rows": project_rows(request.user), "language_form": language_form}
    return TemplateResponse(request, "community/portal/dashboard.html", context)


def member_update(project, update_id):
    members = ProjectMembership.objects.filter(project=project).values("user_id")
    update = submissions.project_updates(project, members).filter(pk=update_id).first()
    if update is None:
        raise Http404("This project has no update of yours with this ID.")
    return update


@portal_view
@require_http_methods(["GET", "POST"])
def update_form(request, project_id, update_id=None):
    project = access.project_for(request.user, project_id)
    update = member_update(project, update_id) if update_id else None
    draft = update.get_latest_revision_as_object() if update else None
    state = submissions.submission(update) if update else None
    if state and not state.editable:
        return TemplateResponse(
            request,
            "community/portal/update_locked.html",
            {"project": project, "update": draft, "state": state},
        )
    documents = list(draft.documents.select_related("document")) if draft else []
    form_kwargs = {"current_image": draft.image if draft else None, "documents": documents}
    if request.method == "POST":
        form = UpdateForm(request.POST, request.FILES, **form_kwargs)
        if form.is_valid():
            with transaction.atomic():
                data = form.cleaned_data
                fields = form.page_fields(
                    image=submissions.chosen_image(data, draft, request.user),
                    documents=submissions.chosen_documents(data, documents, request.user),
                )
                page = submissions.save_update(project, request.user, fields, update)
                if request.POST.get("action") == "submit":
                    submissions.submit_for_review(page, request.user)
            if request.POST.get("action") == "submit":
                messages.success(
                    request,
                    gettext("“%(title)s” is with the Safe Online team for review.")
                    % {"title": page.title},
                )
                return redirect("community:dashboard")
            messages.success(
                request, gettext("Draft saved. Submit it for review when it is ready.")
            )
            return redirect("community:edit_update", project.pk, page.pk)
        messages.error(request, NOTHING_SAVED)
    else:
        initial = UpdateForm.initial_for(draft) if draft else {"date": timezone.localdate()}
        form = UpdateForm(initial=initial, **form_kwargs)
    context = {"project": project, "update": draft, "state": state, "form": form}
    return TemplateResponse(request, "community/portal/update_form.html", context)


@portal_view
def preview_update(request, project_id, update_id):
    project = access.project_for(request.user, project_id)
    draft = member_update(project, update_id).get_latest_revision_as_object()
    return draft.make_preview_request(request, draft.default_preview_mode)


@portal_view
@require_http_methods(["GET", "POST"])
def project_form(request, project_id):
    project = access.project_for(request.user, project_id)
    draft = project.get_latest_revision_as_object()
    state = submissions.submission(project)
    if state.status == submissions.Status.IN_REVIEW:
        return TemplateResponse(
            request,
            "community/portal/update_locked.html",
            {"project": project, "update": None, "state": state},
        )
    if request.method == "POST":
        form = ProjectForm(request.POST)
        outputs = OutputFormSet(request.POST, prefix="outputs")
        contacts = ContactFormSet(request.POST, prefix="contacts")
        if form.is_valid() and outputs.is_valid() and contacts.is_valid():
            with transaction.atomic():
                submissions.propose_project_edit(
                    project,
                    request.user,
                    form.cleaned_data,
                    project_outputs(outputs, draft),
                    project_contacts(contacts),
                )
            messages.success(
                request,
                gettext(
                    "Your changes are with the Safe Online team. The public page changes once "
                    "they approve them."
                ),
            )
            return redirect("community:dashboard")
        messages.error(request, NOTHING_SAVED)
    else:
        form = ProjectForm(initial=model_to_dict(draft, fields=ProjectForm.base_fields))
        outputs = OutputFormSet(
            prefix="outputs",
            initial=[
                {"existing": output.pk, **model_to_dict(output, fields=OutputForm.base_fields)}
                for output in draft.outputs.all()
            ],
        )
        contacts = ContactFormSet(
            prefix="contacts",
            initial=[
                model_to_dict(contact, fields=ContactForm.base_fields)
                for contact in draft.contacts.all()
            ],
        )
    context = {
        "project": project,
        "state": state,
        "form": form,
        "outputs": outputs,
        "contacts": contacts,
    }
    return TemplateResponse(request, "community/portal/project_form.html", context)


@never_cache
@require_http_methods(["GET", "POST"])
def accept_invitation(request, token):
    try:
        invitation = invitation_from_token(token)
    except InvalidLinkError as error:
        return TemplateResponse(
            request,
            "community/portal/invitation_problem.html",
            {"problem": error.reason, "days": settings.GRANTEE_INVITATION_DAYS},
            status=410 if error.reason in ("expired", "used", "cancelled") else 400,
        )
    account = access.existing_account(invitation.email)
    if account is not None:
        return join_with_existing_account(request, invitation, account)
    new_user = User(email=invitation.email, username=invitation.email)
    if request.method == "POST":
        form = AcceptInvitationForm(new_user, request.POST)
        if form.is_valid():
            invitation.name = form.cleaned_data["name"]
            user = access.accept(
                invitation, password=form.cleaned_data["new_password1"], language=reading_language()
            )
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(
                request,
                gettext("Welcome. You now have access to %(project)s.")
                % {"project": invitation.project.title},
            )
            return redirect("community:dashboard")
    else:
        form = AcceptInvitationForm(new_user, initial={"name": invitation.name})
    return TemplateResponse(
        request, "community/portal/accept_invitation.html", {"invitation": invitation, "form": form}
    )


def join_with_existing_account(request, invitation, account):
    """Someone who already has an account signs in as that account to accept."""
    if request.user != account:
        login_url = reverse("community:login") + "?next=" + request.path
        return TemplateResponse(
            request,
            "community/portal/accept_invitation.html",
            {"invitation": invitation, "login_url": login_url},
        )
    if request.method == "POST":
        access.accept(invitation, user=account, language=reading_language())
        messages.success(
            request,
            gettext("You now have access to %(project)s.") % {"project": invitation.project.title},
        )
        return redirect("community:dashboard")
    return TemplateResponse(
        request,
        "community/portal/accept_invitation.html",
        {"invitation": invitation, "confirm": True},
    )


@method_decorator(never_cache, name="dispatch")
class LoginView(auth_views.LoginView):
    """Failed attempts count towards the site-wide sign-in throttle (home/signin.py)."""

    template_name = "community/portal/login.html"
    redirect_authenticated_user = True
    next_page = reverse_lazy("community:dashboard")


class PasswordResetView(LimitedPerIPMixin, auth_views.PasswordResetView):
    template_name = "community/portal/password_reset.html"
    form_class = PortalPasswordResetForm
    success_url = reverse_lazy("community:password_reset_done")
    rate_limit_scope = "password-reset"
    rate_limit_setting = "PASSWORD_RESET_RATE_LIMIT"


@method_decorator(never_cache, name="dispatch")
class PasswordChangeView(SuccessMessageMixin, auth_views.PasswordChangeView):
    template_name = "community/portal/password_set.html"
    success_url = reverse_lazy("community:dashboard")
    success_message = _("Your password has been changed.")


class PasswordResetConfirmView(SuccessMessageMixin, auth_views.PasswordResetConfirmView):
    template_name = "community/portal/password_set.html"
    success_url = reverse_lazy("community:dashboard")
    success_message = _("Your new password is set, and you are signed in.")
    post_reset_login = True
    post_reset_login_backend = "django.contrib.auth.backends.ModelBackend"
