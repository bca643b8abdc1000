"""Factories for the newsletter's own models; each sets only what its model needs to be valid."""

import datetime
import secrets

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from newsletter.models import Consent, Delivery, Mailing, MemberType, Segment, Subscriber


class SubscriberFactory(DjangoModelFactory):
    """An active, confirmed member on the monthly digest with no themes unless given."""

    class Meta:
        model = Subscriber
        skip_postgeneration_save = True

    class Params:
        pending = factory.Trait(
            status=Subscriber.Status.PENDING,
            confirmed_at=None,
            confirmation_nonce=factory.LazyFunction(lambda: secrets.token_hex(8)),
        )

    email = factory.Sequence(lambda n: f"member{n}@example.org")
    member_type = MemberType.OTHER
    status = Subscriber.Status.ACTIVE
    confirmed_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def themes(subscriber, create, themes, **kwargs):
        if themes:
            subscriber.themes.set(themes)


class ConsentFactory(DjangoModelFactory):
    class Meta:
        model = Consent

    subscriber = factory.SubFactory(SubscriberFactory)
    action = Consent.Action.REQUESTED
    text = "I agree."
    source = "subscribe page"


class MailingFactory(DjangoModelFactory):
    """A monthly digest edition; each one made here is due on a different day of 2025."""

    class Meta:
        model = Mailing

    kind = Mailing.Kind.DIGEST
    cadence = Subscriber.Cadence.MONTHLY
    period_end = factory.Sequence(
        lambda n: datetime.datetime(2025, 7, 1, 8, tzinfo=datetime.UTC) + datetime.timedelta(n)
    )
    period_start = factory.LazyAttribute(lambda m: m.period_end - datetime.timedelta(days=30))


class SegmentFactory(DjangoModelFactory):
    class Meta:
        model = Segment

    mailing = factory.SubFactory(MailingFactory)
    key = factory.Sequence(lambda n: f"segment-{n}")
    member_type = MemberType.OTHER
    page_ids = factory.LazyFunction(list)


class DeliveryFactory(DjangoModelFactory):
    """A pending ledger row; give it a segment whose pages exist to send it."""

    class Meta:
        model = Delivery

    mailing = factory.SubFactory(MailingFactory)
    subscriber = factory.SubFactory(SubscriberFactory)
