"""Sign-ups never confirmed are forgotten after 30 days."""

from datetime import timedelta

import pytest
from django.utils import timezone

from newsletter.models import Consent, Subscriber
from newsletter.subscriptions import purge_unconfirmed
from newsletter.tasks import purge_unconfirmed_subscribers
from tests.newsletter.factories import ConsentFactory, SubscriberFactory

pytestmark = pytest.mark.django_db


def signed_up(days_ago, **kwargs):
    subscriber = SubscriberFactory(**kwargs)
    Subscriber.objects.filter(pk=subscriber.pk).update(
        created_at=timezone.now() - timedelta(days=days_ago)
    )
    return subscriber


def test_pending_sign_ups_older_than_30_days_are_removed_with_their_consents():
    old = signed_up(31, pending=True)
    ConsentFactory(subscriber=old)

    assert purge_unconfirmed() == 1

    assert not Subscriber.objects.exists()
    assert not Consent.objects.exists()


def test_newer_pending_sign_ups_and_confirmed_members_are_kept():
    recent = signed_up(29, pending=True)
    member = signed_up(400)
    paused = signed_up(400, status=Subscriber.Status.PAUSED)
    unsubscribed = signed_up(400, status=Subscriber.Status.UNSUBSCRIBED)

    assert purge_unconfirmed() == 0

    assert set(Subscriber.objects.values_list("pk", flat=True)) == {
        recent.pk,
        member.pk,
        paused.pk,
        unsubscribed.pk,
    }


def test_the_daily_task_purges():
    signed_up(45, pending=True)

    assert purge_unconfirmed_subscribers() == 1

    assert not Subscriber.objects.exists()
