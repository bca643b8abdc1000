"""One throttle for every way to sign in.

django-axes (AUTHENTICATION_BACKENDS) sees every call to authenticate(), whichever view makes it:
the Wagtail admin's sign-in, Wagtail's sign-in for private pages, the grantee portal and any
added later. Failures are rows in the database, which every web process shares, with or without
Redis. An account is paused after AXES_FAILURE_LIMIT failures within AXES_COOLOFF_TIME, and an
IP address after ADDRESS_FACTOR times as many (colleagues behind one office address share it).
Unknown accounts are counted and answered exactly like real ones."""

from functools import wraps

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum
from django.template.response import TemplateResponse
from wagtail.admin.views import account

from home.ratelimit import LimitedPerIPMixin, over_limit

ADDRESS_FACTOR = 5


def attempted_username(request, credentials):
    """The account name as typed, compared without case or surrounding spaces."""
    username = (credentials or {}).get("username") or request.POST.get("username") or ""
    return username.strip().lower()


def failures(attempts):
    return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0


class SignInThrottle(AxesDatabaseHandler):
    def get_failures(self, request, credentials=None):
        """Failures counted as the limit sees them: the account's own, or the address's
        scaled down by ADDRESS_FACTOR, whichever is nearer the limit."""
        recent = AccessAttempt.objects.filter(attempt_time__gte=get_cool_off_threshold(request))
        by_account = failures(recent.filter(username=get_client_username(request, credentials)))
        by_address = failures(recent.filter(ip_address=request.axes_ip_address))
        return max(by_account, by_address // ADDRESS_FACTOR)


class AdminPasswordResetView(LimitedPerIPMixin, account.PasswordResetView):
    """Wagtail's own password-reset page, limited like the portal's; its form
    (WAGTAILADMIN_USER_PASSWORD_RESET_FORM) limits the emails to each address."""

    rate_limit_scope = "password-reset"
    rate_limit_setting = "PASSWORD_RESET_RATE_LIMIT"


def limit_password_guesses(view):
    """Wagtail's shared passwords for private pages and document collections are a door
    authenticate() never sees: each IP address gets PAGE_PASSWORD_RATE_LIMIT tries an hour."""

    @wraps(view)
    def limited(request, *args, **kwargs):
        if request.method == "POST" and over_limit(
            request, "view-password", settings.PAGE_PASSWORD_RATE_LIMIT
        ):
            return TemplateResponse(
                request, "signin_paused.html", {"shared_password": True}, status=429
            )
        return view(request, *args, **kwargs)

    return limited
