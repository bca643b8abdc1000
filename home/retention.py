"""How long the site keeps what people send it or leave behind when they sign in: the periods the
privacy notice states, enforced once a day by beat (home.tasks.purge_expired_personal_data).

Newsletter sign-ups never confirmed are forgotten by newsletter.subscriptions.purge_unconfirmed,
on the newsletter's own schedule."""

from datetime import timedelta
from importlib import import_module

from axes.models import AccessAttempt, AccessLog
from django.conf import settings
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from home.models import ZeroResultDailyHits


def purge_contact_messages(now=None):
    """Delete messages sent through contact forms CONTACT_MESSAGE_RETENTION_DAYS after they
    arrived. Returns how many were deleted."""
    cutoff = (now or timezone.now()) - timedelta(days=settings.CONTACT_MESSAGE_RETENTION_DAYS)
    deleted, _ = FormSubmission.objects.filter(submit_time__lt=cutoff).delete()
    return deleted


def purge_sign_in_records(now=None):
    """Delete the record of each sign-in (address, browser, time) SIGN_IN_RECORD_RETENTION_DAYS
    after it, and failed attempts once they no longer count towards a pause. Returns how many
    records were deleted."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.SIGN_IN_RECORD_RETENTION_DAYS)
    logs, _ = AccessLog.objects.filter(attempt_time__lt=cutoff).delete()
    attempts, _ = AccessAttempt.objects.filter(
        attempt_time__lt=now - settings.AXES_COOLOFF_TIME
    ).delete()
    return logs + attempts


def purge_search_tallies(now=None):
    """Delete the daily search counts (home.search_log) SEARCH_TALLY_RETENTION_DAYS after their
    day, then the wordings nobody has searched for since and no staff pick uses: a wording
    typed into the search box may say more than it should. Returns how many rows went."""
    cutoff = timezone.localdate(now) - timedelta(days=settings.SEARCH_TALLY_RETENTION_DAYS)
    hits, _ = QueryDailyHits.objects.filter(date__lt=cutoff).delete()
    nothing_found, _ = ZeroResultDailyHits.objects.filter(date__lt=cutoff).delete()
    wordings, _ = Query.objects.filter(
        daily_hits__isnull=True, zero_result_hits__isnull=True, editors_picks__isnull=True
    ).delete()
    return hits + nothing_found + wordings


def purge_expired_sessions():
    """Delete sessions past their expiry (SESSION_COOKIE_AGE): Django refuses them already,
    but its session store keeps them until asked to clear them."""
    import_module(settings.SESSION_ENGINE).SessionStore.clear_expired()


def purge_expired_personal_data(now=None):
    """Everything above, in one go; returns how many messages and records were deleted."""
    purge_expired_sessions()
    return {
        "contact messages": purge_contact_messages(now),
        "sign-in records": purge_sign_in_records(now),
        "search tallies": purge_search_tallies(now),
    }
