"""Planning a mailing: choose each recipient's items and write the ledger, once.

Recipients with the same language, member type and items share a segment, which is rendered
once. Planning twice (two beat processes, a retried task) finds the mailing already planned;
rows are unique per (mailing, subscriber) in any case."""

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta

from django.db import connection, transaction
from django.utils import timezone, translation

from home.content import ContentKind, Digest, digest_kinds, kind_of
from home.locales import default_language
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
from research.models import InsightBriefPage

MAX_ITEMS = 12
BATCH_SIZE = 5000


@dataclass(frozen=True)
class Item:
    page_id: int
    kind: ContentKind
    date: object
    tag_ids: frozenset


def in_the_english_tree():
    """Mailings list pages of the English tree, whatever language is active where they are
    planned; each member's email shows each item in their language (newsletter.emails)."""
    return translation.override(default_language())


def digest_items(mailing, settings):
    """Of each kind that goes into digests: what was first published in the edition's period
    (Digest.NEW), or what takes place in the days after it is sent (Digest.UPCOMING)."""
    with in_the_english_tree():
        return with_tags(items_in_period(mailing, settings))


def items_in_period(mailing, settings):
    found = []
    for kind in digest_kinds():
        if kind.digest is Digest.UPCOMING:
            first_day = mailing.period_end.date()
            last_day = first_day + timedelta(days=settings.upcoming_event_days)
            window = {f"{kind.date_field}__gte": first_day, f"{kind.date_field}__lte": last_day}
        else:
            window = {
                f"{kind.date_field}__gte": mailing.period_start,
                f"{kind.date_field}__lt": mailing.period_end,
            }
        pages = kind.model.objects.live().public(cached=False).filter(**window)
        found += [(kind, pk, when) for pk, when in pages.values_list("pk", kind.date_field)]
    return found


def alert_items(mailing):
    """The alert's brief, unless it is no longer live and public (then nobody is sent it)."""
    kind = kind_of(InsightBriefPage)
    with in_the_english_tree():
        visible = kind.model.objects.live().public(cached=False).filter(pk=mailing.brief_id)
        found = list(visible.values_list("pk", kind.date_field))
    return with_tags([(kind, pk, when) for pk, when in found])


def with_tags(found):
    tags = defaultdict(set)
    for page_id, tag_id in PageTag.objects.filter(
        content_object_id__in=[pk for _, pk, _ in found]
    ).values_list("content_object_id", "tag_id"):
        tags[page_id].add(tag_id)
    return [Item(pk, kind, when, frozenset(tags[pk])) for kind, pk, when in found]


def commit_without_flush():
    """On PostgreSQL, let this transaction commit without waiting for the disk flush, a third
    of planning's time. A crash of PostgreSQL soon after could lose the plan, but only before
    any sender's claim (each committed durably, which flushes the plan with it) and so before
    any email went out; the mailing is then simply planned again."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL synchronous_commit = off")


EVERYTHING = None  # the topics of a member who chose everything


def choose(items, topics, member_type):
    """The items on a member's topics (every item for EVERYTHING), the most relevant kind for
    their work first, newest first."""
    audience = MemberType(member_type).audience
    matching = [item for item in items if topics is EVERYTHING or item.tag_ids & topics]
    matching.sort(key=lambda item: str(item.date), reverse=True)
    matching.sort(key=lambda item: item.kind.rank_for(audience))
    return [item.page_id for item in matching[:MAX_ITEMS]]


def segment_key(language, member_type, page_ids):
    return hashlib.sha1(f"{language}:{member_type}:{page_ids}".encode()).hexdigest()  # noqa: S324


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
        commit_without_flush()
        if mailing.kind == Mailing.Kind.DIGEST:
            items = digest_items(mailing, NewsletterSettings.load())
        else:
            items = alert_items(mailing)
        write_ledger(mailing, items)
        mailing.public_page_ids = choose(items, EVERYTHING, MemberType.OTHER)
        mailing.planned_at = timezone.now()
        mailing.status = Mailing.Status.SENDING
        mailing.save(update_fields=["public_page_ids", "planned_at", "status"])
    return True


def topics_of(subscriber):
    """The topics one subscriber's digests follow, or EVERYTHING."""
    if subscriber.all_topics:
        return EVERYTHING
    chosen = DigestTheme.topics.through.objects.filter(digesttheme__subscribers=subscriber)
    return set(chosen.values_list("tag_id", flat=True))


def topics_by_theme():
    topics = defaultdict(set)
    for theme_id, tag_id in DigestTheme.topics.through.objects.values_list(
        "digesttheme_id", "tag_id"
    ):
        topics[theme_id].add(tag_id)
    return topics


def topics_of_recipients(mailing):
    """{subscriber id: (member type, the topics of their themes, or EVERYTHING)}."""
    return {
        pk: (member_type, topics)
        for pk, (_, member_type, topics) in combinations_of_recipients(mailing).items()
    }


def combinations_of_recipients(mailing):
    """{subscriber id: (language, member type, the topics of their themes, or EVERYTHING)}.
    Subscribers with the same themes share one frozenset of topics: few combinations exist,
    however many subscribers."""
    theme_topics = topics_by_theme()
    themes = defaultdict(list)
    for subscriber_id, theme_id in Subscriber.themes.through.objects.filter(
        subscriber_id__in=recipients(mailing).values("pk")
    ).values_list("subscriber_id", "digesttheme_id"):
        themes[subscriber_id].append(theme_id)
    topics_of_themes = {}

    def topics_of(theme_ids):
        theme_ids = frozenset(theme_ids)
        if theme_ids not in topics_of_themes:
            topics_of_themes[theme_ids] = frozenset().union(*(theme_topics[t] for t in theme_ids))
        return topics_of_themes[theme_ids]

    people = recipients(mailing).values_list("pk", "language", "member_type", "all_topics")
    return {
        pk: (language, member_type, EVERYTHING if everything else topics_of(themes.get(pk, ())))
        for pk, language, member_type, everything in people
    }


def write_ledger(mailing, items):
    segments, rows, planned = {}, [], {}
    for subscriber_id, combination in combinations_of_recipients(mailing).items():
        if combination not in planned:  # (language, member type, topics): the same email
            planned[combination] = plan_for(mailing, items, *combination, segments)
        key, reason = planned[combination]
        status = Delivery.Status.SKIPPED if reason else Delivery.Status.PENDING
        rows.append((subscriber_id, key, status, reason))

    Segment.objects.bulk_create(segments.values(), batch_size=BATCH_SIZE)
    insert_ledger(
        (mailing.pk, subscriber_id, segments[key].pk if key else None, status, reason)
        for subscriber_id, key, status, reason in rows
    )


def plan_for(mailing, items, language, member_type, topics, segments):
    """(segment key, "") for the recipients of one language, member type and topics, adding
    the segment to `segments` if new, or (None, the reason they are skipped)."""
    page_ids = choose(items, topics, member_type)
    if not page_ids:
        if not items:
            return None, "Nothing public to send"
        if topics is not EVERYTHING and not topics:
            return None, "No themes chosen"
        return None, "Nothing new on their themes"
    key = segment_key(language, member_type, page_ids)
    if key not in segments:
        segments[key] = Segment(
            mailing=mailing,
            key=key,
            language=language,
            member_type=member_type,
            page_ids=page_ids,
        )
    return key, ""


LEDGER_COLUMNS = ("mailing_id", "subscriber_id", "segment_id", "status", "skip_reason")


def insert_ledger(rows):
    """Write ledger rows; on PostgreSQL with COPY, which is several times faster than INSERT
    for 100,000 rows. The mailing's row lock (see plan) keeps two planners from racing."""
    if connection.vendor != "postgresql":
        Delivery.objects.bulk_create(
            (Delivery(**dict(zip(LEDGER_COLUMNS, row, strict=True))) for row in rows),
            batch_size=BATCH_SIZE,
            ignore_conflicts=True,
        )
        return
    columns = (*LEDGER_COLUMNS, "attempts", "message_id", "last_error")
    sql = f"COPY {Delivery._meta.db_table} ({', '.join(columns)}) FROM STDIN"
    with connection.cursor() as cursor, cursor.cursor.copy(sql) as copy:
        for row in rows:
            copy.write_row((*row, 0, "", ""))
