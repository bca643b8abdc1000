"""Planning a mailing: choose each recipient's items and write the ledger, once.

Recipients with the same member type and the same items share a segment, which is rendered
once. Planning twice (two beat processes, a retried task) finds the mailing already planned;
rows are unique per (mailing, subscriber) in any case."""

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from community.models import EventPage, GranteeStoryPage
from home.models import PageTag
from newsletter.models import (
    Delivery,
    DigestTheme,
    Mailing,
    MemberType,
    NewsletterSettings,
    Segment,
    Subscriber,
)
from research.models import Audience, InsightBriefPage, ProjectUpdatePage, ResearchProjectPage

MAX_ITEMS = 12
BATCH_SIZE = 5000

# Which kinds of content each audience sees first.
KIND_ORDER = {
    Audience.TECH_INDUSTRY: ["insight", "project", "update", "story", "event"],
    Audience.RESEARCHERS: ["project", "update", "insight", "event", "story"],
    Audience.POLICY_MAKERS: ["insight", "story", "project", "update", "event"],
    Audience.PRACTITIONERS: ["story", "insight", "event", "update", "project"],
    None: ["insight", "story", "project", "update", "event"],
}


@dataclass(frozen=True)
class Item:
    page_id: int
    kind: str
    date: object
    tag_ids: frozenset


def digest_items(mailing, settings):
    """Content first published in the edition's period, and events coming up after it."""
    start, end = mailing.period_start, mailing.period_end
    kinds = {
        "insight": InsightBriefPage,
        "story": GranteeStoryPage,
        "update": ProjectUpdatePage,
        "project": ResearchProjectPage,
    }
    found = []
    for kind, model in kinds.items():
        published = (
            model.objects.live()
            .public()
            .filter(first_published_at__gte=start, first_published_at__lt=end)
        )
        found += [
            (kind, pk, when) for pk, when in published.values_list("pk", "first_published_at")
        ]
    first_day = end.date()
    events = (
        EventPage.objects.live()
        .public()
        .filter(
            start_date__gte=first_day,
            start_date__lte=first_day + timedelta(days=settings.upcoming_event_days),
        )
    )
    found += [("event", pk, day) for pk, day in events.values_list("pk", "start_date")]
    return with_tags(found)


def alert_items(mailing):
    brief = mailing.brief
    return with_tags([("insight", brief.pk, brief.first_published_at)])


def with_tags(found):
    tags = defaultdict(set)
    for page_id, tag_id in PageTag.objects.filter(
        content_object_id__in=[pk for _, pk, _ in found]
    ).values_list("content_object_id", "tag_id"):
        tags[page_id].add(tag_id)
    return [Item(pk, kind, when, frozenset(tags[pk])) for kind, pk, when in found]


def choose(items, theme_tags, member_type):
    """The items on a member's themes, most relevant kind for their work first, newest first."""
    order = KIND_ORDER[MemberType(member_type).audience]
    matching = [item for item in items if item.tag_ids & theme_tags]
    matching.sort(key=lambda item: str(item.date), reverse=True)
    matching.sort(key=lambda item: order.index(item.kind))
    return [item.page_id for item in matching[:MAX_ITEMS]]


def segment_key(member_type, page_ids):
    return hashlib.sha1(f"{member_type}:{page_ids}".encode()).hexdigest()  # noqa: S324


def recipients(mailing):
    subscribers = Subscriber.objects.receiving()
    if mailing.kind == Mailing.Kind.DIGEST:
        return subscribers.filter(cadence=mailing.cadence)
    return subscribers.filter(insight_alerts=True)


def plan(mailing_id):
    """Write the ledger for a mailing. Returns False if it had been planned already."""
    with transaction.atomic():
        mailing = Mailing.objects.select_for_update().get(pk=mailing_id)
        if mailing.planned_at is not None:
            return False
        if mailing.kind == Mailing.Kind.DIGEST:
            items = digest_items(mailing, NewsletterSettings.load())
        else:
            items = alert_items(mailing)
        write_ledger(mailing, items)
        mailing.planned_at = timezone.now()
        mailing.status = Mailing.Status.SENDING
        mailing.save(update_fields=["planned_at", "status"])
    return True


def write_ledger(mailing, items):
    theme_tag = dict(DigestTheme.objects.values_list("pk", "tag_id"))
    people = dict(recipients(mailing).values_list("pk", "member_type"))
    themes_of = defaultdict(set)
    for subscriber_id, theme_id in Subscriber.themes.through.objects.filter(
        subscriber_id__in=recipients(mailing).values("pk")
    ).values_list("subscriber_id", "digesttheme_id"):
        themes_of[subscriber_id].add(theme_tag[theme_id])

    segments, rows = {}, []
    for subscriber_id, member_type in people.items():
        page_ids = choose(items, themes_of[subscriber_id], member_type)
        if not page_ids:
            reason = (
                "No themes chosen"
                if not themes_of[subscriber_id]
                else "Nothing new on their themes"
            )
            rows.append(
                Delivery(
                    mailing=mailing,
                    subscriber_id=subscriber_id,
                    status=Delivery.Status.SKIPPED,
                    skip_reason=reason,
                )
            )
            continue
        key = segment_key(member_type, page_ids)
        segments.setdefault(
            key, Segment(mailing=mailing, key=key, member_type=member_type, page_ids=page_ids)
        )
        rows.append(Delivery(mailing=mailing, subscriber_id=subscriber_id, segment=segments[key]))

    Segment.objects.bulk_create(segments.values(), batch_size=BATCH_SIZE)
    # bulk_create takes each row's segment_id from its (now saved) segment
    Delivery.objects.bulk_create(rows, batch_size=BATCH_SIZE, ignore_conflicts=True)
