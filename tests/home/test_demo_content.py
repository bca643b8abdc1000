"""The demo content command builds a credible site from its own data, and is idempotent."""

import io

import pytest
from django.core.management import call_command
from django.db import transaction
from django.db.models import Count, Q
from wagtail.images import get_image_model
from wagtail.models import Page

from community.models import EventPage, GranteeStoryPage
from home.models.outbox import OutboxTask
from newsletter.coverage import uncovered_topics
from newsletter.models import Consent, Delivery, DigestTheme, Mailing, MemberType, Subscriber
from newsletter.subscriptions import CONSENT_TEXT
from research.models import InsightBriefPage, ProjectUpdatePage, ResearchProjectPage


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """Loaded once for this module inside a transaction that is rolled back afterwards, so the
    demo's countries, tags and programmes never meet other tests' factories. Yields what the
    command printed."""
    with django_db_blocker.unblock(), transaction.atomic():
        output = io.StringIO()
        call_command("load_demo_content", verbosity=0, stdout=output)
        yield output.getvalue()
        transaction.set_rollback(True)


def content_counts():
    return {
        model.__name__: model.objects.live().count()
        for model in (
            ResearchProjectPage,
            ProjectUpdatePage,
            InsightBriefPage,
            GranteeStoryPage,
            EventPage,
        )
    }


@pytest.mark.django_db
def test_demo_site_has_the_promised_content(demo_site):
    counts = content_counts()
    assert counts["ResearchProjectPage"] >= 25
    assert counts["InsightBriefPage"] >= 6
    assert counts["GranteeStoryPage"] >= 6
    assert counts["ProjectUpdatePage"] > 0
    assert counts["EventPage"] > 0
    assert EventPage.objects.upcoming().exists()
    assert DigestTheme.objects.count() > 0
    assert all(image.credit for image in get_image_model().objects.all())


@pytest.mark.django_db
def test_the_demo_digest_themes_cover_every_topic_in_use(demo_site):
    assert uncovered_topics() == []


def newsletter_counts():
    return [model.objects.count() for model in (Subscriber, Consent, Mailing, Delivery, OutboxTask)]


@pytest.mark.django_db
def test_loading_twice_adds_nothing(demo_site):
    before = (
        content_counts(),
        Page.objects.count(),
        get_image_model().objects.count(),
        newsletter_counts(),
    )
    output = io.StringIO()
    call_command("load_demo_content", verbosity=0, stdout=output)
    assert (
        content_counts(),
        Page.objects.count(),
        get_image_model().objects.count(),
        newsletter_counts(),
    ) == before
    assert "nothing to do" in output.getvalue()


@pytest.mark.django_db
def test_the_demo_has_a_few_hundred_members_of_every_kind_and_status(demo_site):
    subscribers = Subscriber.objects.all()
    assert 200 <= subscribers.count() <= 500
    assert not subscribers.exclude(email__endswith="@example.org").exists()
    assert set(subscribers.values_list("member_type", flat=True)) == set(MemberType.values)
    statuses = dict(subscribers.order_by().values_list("status").annotate(Count("pk")))
    assert set(statuses) == set(Subscriber.Status.values)
    assert statuses[Subscriber.Status.ACTIVE] > subscribers.count() * 3 / 4
    assert set(subscribers.values_list("cadence", flat=True)) == set(Subscriber.Cadence.values)
    assert subscribers.filter(all_topics=True).exists()
    assert subscribers.filter(insight_alerts=False).exists()
    choosing = subscribers.filter(all_topics=False)
    assert not choosing.annotate(themes_count=Count("themes")).filter(themes_count=0).exists()
    assert choosing.annotate(themes_count=Count("themes")).filter(themes_count__gt=1).exists()


@pytest.mark.django_db
def test_demo_members_gave_consent_as_the_sign_up_form_records_it(demo_site):
    def actions(status):
        return {
            tuple(sorted(member.consents.values_list("action", flat=True)))
            for member in Subscriber.objects.filter(status=status)
        }

    requested, confirmed = Consent.Action.REQUESTED, Consent.Action.CONFIRMED
    assert actions(Subscriber.Status.ACTIVE) == {tuple(sorted([confirmed, requested]))}
    assert actions(Subscriber.Status.PENDING) == {(requested,)}
    assert actions(Subscriber.Status.UNSUBSCRIBED) == {
        tuple(sorted([confirmed, requested, Consent.Action.UNSUBSCRIBED]))
    }
    assert set(
        Consent.objects.exclude(action=Consent.Action.UNSUBSCRIBED).values_list("text", flat=True)
    ) == {CONSENT_TEXT}
    unconfirmed = Subscriber.objects.filter(confirmed_at__isnull=True)
    assert not unconfirmed.exclude(status=Subscriber.Status.PENDING).exists()


def finished(kind):
    return Mailing.objects.filter(kind=kind, status=Mailing.Status.DONE).annotate(
        sent=Count("deliveries", filter=Q(deliveries__status=Delivery.Status.SENT))
    )


@pytest.mark.django_db
def test_the_demo_sent_a_digest_edition_with_items_for_most_of_its_members(demo_site):
    edition = finished(Mailing.Kind.DIGEST).get()
    assert edition.cadence == Subscriber.Cadence.MONTHLY
    monthly = Subscriber.objects.receiving().filter(cadence=Subscriber.Cadence.MONTHLY)
    assert edition.deliveries.count() == monthly.count()
    assert edition.sent > monthly.count() * 3 / 4
    assert not edition.deliveries.exclude(
        status__in=[Delivery.Status.SENT, Delivery.Status.SKIPPED]
    ).exists()


@pytest.mark.django_db
def test_the_demo_sent_one_insight_alert_and_queued_none(demo_site):
    """Demo briefs are published with their past dates, so publishing them queues no alerts
    (each would be planned by the worker before anyone subscribed); one alert, for the newest
    brief, is sent instead."""
    alert = finished(Mailing.Kind.ALERT).get()
    assert Mailing.objects.filter(kind=Mailing.Kind.ALERT).count() == 1
    newest = InsightBriefPage.objects.live().order_by("-first_published_at").first()
    assert alert.brief_id == newest.pk
    assert alert.sent > 0
    assert not OutboxTask.objects.filter(task__startswith="newsletter.").exists()


@pytest.mark.django_db
def test_the_summary_says_how_many_members_and_emails(demo_site):
    sent = {mailing.pk: mailing.sent for kind in Mailing.Kind for mailing in finished(kind)}
    assert f"created {Subscriber.objects.count()} subscribers" in demo_site
    for mailing in Mailing.objects.all():
        assert f"sent {sent[mailing.pk]:>3} emails: {mailing}" in demo_site


@pytest.mark.django_db
def test_if_empty_leaves_a_site_with_content_alone(demo_site, capsys):
    call_command("load_demo_content", "--if-empty")
    assert "already has content" in capsys.readouterr().out


@pytest.mark.django_db
def test_every_demo_page_renders(demo_site, client):
    failures = [
        (page.url, status)
        for page in Page.objects.live().filter(depth__gt=1).specific()
        if (status := client.get(page.url).status_code) != 200
    ]
    assert failures == []
