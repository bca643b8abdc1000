"""Nothing private, restricted or unpublished ever leaves the site by email: not in an alert,
not in a digest, not when a page changes between planning and sending, and not when a cache
still believes a section is public."""

import datetime

import pytest
from django.core import mail
from django.core.cache import cache
from wagtail.models import PageViewRestriction

from home.content_version import RESTRICTED_PATHS_KEY, VERSION_KEY, restricted_paths
from newsletter.models import Delivery, Mailing
from newsletter.planning import plan
from newsletter.sending import send_pending
from tests import factories as f
from tests.newsletter.factories import MailingFactory, SubscriberFactory
from tests.newsletter.helpers import html_of

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
IN_PERIOD = datetime.datetime(2025, 6, 15, 12, tzinfo=UTC)


def make_private(page):
    return PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


def publish(page):
    page.save_revision().publish()


@pytest.fixture
def member(theme):
    return SubscriberFactory(themes=[theme], insight_alerts=True)


@pytest.fixture
def private_section(insight_index):
    section = f.StandardPageFactory(parent=insight_index.get_parent(), title="Internal")
    make_private(section)
    return section


@pytest.fixture
def edition(db):
    return MailingFactory(
        cadence="monthly",
        period_start=datetime.datetime(2025, 6, 1, tzinfo=UTC),
        period_end=datetime.datetime(2025, 7, 1, tzinfo=UTC),
    )


def brief_in(parent, title, **kwargs):
    return f.InsightBriefPageFactory(parent=parent, title=title, tags=["grooming"], **kwargs)


def draft_brief(parent, title):
    return brief_in(parent, title, live=False, first_published_at=None, last_published_at=None)


def test_publishing_a_brief_that_is_private_to_signed_in_users_sends_no_alert(
    insight_index, member, on_commit
):
    brief = draft_brief(insight_index, "Confidential findings")
    make_private(brief)

    with on_commit():
        publish(brief)

    assert Mailing.objects.count() == 0
    assert mail.outbox == []


def test_a_brief_made_private_before_its_alert_is_planned_is_never_mailed(
    insight_index, member, on_commit
):
    brief = draft_brief(insight_index, "Confidential findings")
    publish(brief)  # the alert is queued, not yet planned
    alert = Mailing.objects.get()
    make_private(brief)

    with on_commit():
        plan(alert.pk)
        send_pending(alert.pk)

    assert mail.outbox == []
    row = Delivery.objects.get(mailing=alert, subscriber=member)
    assert (row.status, row.skip_reason) == (Delivery.Status.SKIPPED, "Nothing public to send")


def test_an_alert_whose_brief_went_private_after_planning_is_withheld(
    insight_index, member, on_commit
):
    brief = draft_brief(insight_index, "Confidential findings")
    publish(brief)
    alert = Mailing.objects.get()
    plan(alert.pk)
    make_private(brief)

    send_pending(alert.pk)

    assert mail.outbox == []
    row = Delivery.objects.get(mailing=alert)
    assert row.status == Delivery.Status.SKIPPED
    assert row.skip_reason == "Nothing in it is public any more"


def test_a_digest_leaves_out_pages_in_a_private_section(
    edition, member, insight_index, private_section
):
    public = brief_in(insight_index, "Open brief", first_published_at=IN_PERIOD)
    brief_in(private_section, "Internal brief", first_published_at=IN_PERIOD)

    plan(edition.pk)
    send_pending(edition.pk)

    [message] = mail.outbox
    assert Delivery.objects.get(mailing=edition).segment.page_ids == [public.pk]
    assert "Internal brief" not in message.body + html_of(message)


def test_a_digest_item_made_private_after_planning_is_dropped_from_the_email(
    edition, member, insight_index
):
    brief_in(insight_index, "Open brief", first_published_at=IN_PERIOD)
    secret = brief_in(insight_index, "Soon internal brief", first_published_at=IN_PERIOD)
    plan(edition.pk)
    make_private(secret)

    send_pending(edition.pk)

    [message] = mail.outbox
    assert "Open brief" in message.body
    assert "Soon internal brief" not in message.body + html_of(message)


def test_email_reads_privacy_from_the_database_even_when_the_cache_says_nothing_is_private(
    edition, member, insight_index, private_section
):
    """A privacy change that could not reach the cache (Redis was down) leaves a stale list
    behind for up to a minute; pages may show it, emails must not."""
    brief_in(insight_index, "Open brief", first_published_at=IN_PERIOD)
    brief_in(private_section, "Internal brief", first_published_at=IN_PERIOD)
    cache.set(RESTRICTED_PATHS_KEY, (cache.get(VERSION_KEY), []))
    assert restricted_paths() == []  # the stale list, as a web process would read it

    plan(edition.pk)
    send_pending(edition.pk)

    [message] = mail.outbox
    assert "Internal brief" not in message.body + html_of(message)


def test_a_privacy_change_replaces_the_cached_list_of_restricted_sections(insight_index):
    assert restricted_paths() == []

    restriction = make_private(insight_index)

    assert restricted_paths() == [insight_index.path]
    restriction.delete()
    assert restricted_paths() == []
