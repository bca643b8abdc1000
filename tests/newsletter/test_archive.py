"""Every sent mailing has a public web version, listed in an archive with a feed; each email
links to it. Nothing personal is on them, and unsent editions are not there."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import PageViewRestriction

from newsletter.models import Mailing
from newsletter.planning import plan
from newsletter.sending import send_pending
from tests import factories as f
from tests.newsletter.factories import MailingFactory, SubscriberFactory
from tests.newsletter.helpers import html_of

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
IN_PERIOD = datetime.datetime(2025, 6, 15, 12, tzinfo=UTC)


@pytest.fixture
def sent_edition(theme, insight_index):
    """A monthly edition with two briefs, planned and sent to one member."""
    edition = MailingFactory(
        cadence="monthly",
        period_start=datetime.datetime(2025, 6, 1, 8, tzinfo=UTC),
        period_end=datetime.datetime(2025, 7, 1, 8, tzinfo=UTC),
    )
    for title in ("How grooming starts", "Signals that help"):
        f.InsightBriefPageFactory(
            parent=insight_index, title=title, first_published_at=IN_PERIOD, tags=["grooming"]
        )
    SubscriberFactory(email="ada@example.org", themes=[theme])
    plan(edition.pk)
    send_pending(edition.pk)
    edition.refresh_from_db()
    return edition


def test_the_archive_lists_sent_editions_only_and_holds_nothing_personal(client, sent_edition):
    draft = MailingFactory(intro="Not yet due")

    html = client.get(reverse("newsletter:archive")).content.decode()

    assert reverse("newsletter:edition", args=[sent_edition.pk]) in html
    assert "Monthly digest, 1 July 2025" in html
    assert reverse("newsletter:edition", args=[draft.pk]) not in html
    assert "ada@example.org" not in html
    assert client.get(reverse("newsletter:edition", args=[draft.pk])).status_code == 404


def test_a_web_version_shows_the_items_for_a_general_reader(client, sent_edition):
    html = client.get(reverse("newsletter:edition", args=[sent_edition.pk])).content.decode()

    assert "How grooming starts" in html
    assert "Signals that help" in html
    assert "ada@example.org" not in html
    assert "/newsletter/preferences/" not in html
    assert "/newsletter/unsubscribe/" not in html


def test_an_item_made_private_since_drops_out_of_the_web_version(client, sent_edition):
    private = f.InsightBriefPageFactory._meta.model.objects.get(title="Signals that help")
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    html = client.get(reverse("newsletter:edition", args=[sent_edition.pk])).content.decode()

    assert "How grooming starts" in html
    assert "Signals that help" not in html


def test_each_email_links_to_its_web_version(sent_edition):
    [message] = mail.outbox
    web_url = "http://testserver" + reverse("newsletter:edition", args=[sent_edition.pk])
    assert f"View it in your browser: {web_url}" in message.body
    assert f'href="{web_url}"' in html_of(message)


def test_the_archive_feed_lists_sent_mailings(client, sent_edition):
    MailingFactory()  # not sent

    feed = client.get(reverse("newsletter:archive_rss")).content.decode()

    assert feed.count("<item>") == 1
    assert reverse("newsletter:edition", args=[sent_edition.pk]) in feed


def test_the_sign_up_page_leads_to_past_editions(client):
    html = client.get(reverse("newsletter:subscribe")).content.decode()
    assert reverse("newsletter:archive") in html


def test_planning_keeps_what_a_general_reader_gets(sent_edition):
    titles = [
        f.InsightBriefPageFactory._meta.model.objects.get(pk=pk).title
        for pk in sent_edition.public_page_ids
    ]
    assert sorted(titles) == ["How grooming starts", "Signals that help"]
    assert Mailing.objects.sent().get() == sent_edition
