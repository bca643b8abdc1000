"""Planning a digest: which content, for whom, in which order; the ledger written once."""

import datetime
import re

import pytest
from django.core import mail
from django.utils import timezone

from newsletter.models import Delivery, Mailing, MemberType, Segment, Subscriber
from newsletter.planning import plan
from newsletter.sending import send_pending
from tests import factories as f
from tests.newsletter.factories import MailingFactory, SubscriberFactory

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
START = datetime.datetime(2025, 6, 1, 8, tzinfo=UTC)
END = datetime.datetime(2025, 7, 1, 8, tzinfo=UTC)
IN_PERIOD = datetime.datetime(2025, 6, 15, 12, tzinfo=UTC)


@pytest.fixture
def edition(db):
    return MailingFactory(cadence="monthly", period_start=START, period_end=END)


def published(factory, parent, when=IN_PERIOD, tags=("grooming",), **kwargs):
    return factory(parent=parent, first_published_at=when, tags=list(tags), **kwargs)


def items_of(mailing, subscriber):
    return Delivery.objects.get(mailing=mailing, subscriber=subscriber).segment.page_ids


def test_a_digest_covers_content_first_published_in_its_period(
    edition, theme, insight_index, research_index
):
    member = SubscriberFactory(themes=[theme])
    inside = published(f.InsightBriefPageFactory, insight_index)
    at_start = published(f.ResearchProjectPageFactory, research_index, when=START)
    published(f.InsightBriefPageFactory, insight_index, when=START - datetime.timedelta(1))
    published(f.InsightBriefPageFactory, insight_index, when=END)

    plan(edition.pk)

    assert set(items_of(edition, member)) == {inside.pk, at_start.pk}


def test_a_digest_leaves_out_unpublished_content(edition, theme, insight_index):
    member = SubscriberFactory(themes=[theme])
    live = published(f.InsightBriefPageFactory, insight_index)
    published(f.InsightBriefPageFactory, insight_index, live=False)

    plan(edition.pk)

    assert items_of(edition, member) == [live.pk]


def test_a_digest_lists_events_coming_up_after_it_whenever_they_were_published(
    edition, theme, event_index
):
    member = SubscriberFactory(themes=[theme])
    soon = published(
        f.EventPageFactory,
        event_index,
        when=START - datetime.timedelta(days=90),
        start_date=datetime.date(2025, 7, 20),
    )
    published(f.EventPageFactory, event_index, start_date=datetime.date(2025, 6, 20))  # past
    published(f.EventPageFactory, event_index, start_date=datetime.date(2025, 9, 20))  # too far

    plan(edition.pk)

    assert items_of(edition, member) == [soon.pk]


def test_each_subscriber_gets_only_the_items_on_their_themes(
    edition, theme, other_theme, insight_index
):
    grooming = published(f.InsightBriefPageFactory, insight_index, tags=["grooming"])
    sextortion = published(f.InsightBriefPageFactory, insight_index, tags=["sextortion"])
    both = published(f.InsightBriefPageFactory, insight_index, tags=["grooming", "sextortion"])
    published(f.InsightBriefPageFactory, insight_index, tags=["unrelated"])
    on_grooming = SubscriberFactory(themes=[theme])
    on_sextortion = SubscriberFactory(themes=[other_theme])

    plan(edition.pk)

    assert set(items_of(edition, on_grooming)) == {grooming.pk, both.pk}
    assert set(items_of(edition, on_sextortion)) == {sextortion.pk, both.pk}


@pytest.fixture
def one_of_each_kind(theme, insight_index, research_index, story_index):
    return {
        "story": published(f.GranteeStoryPageFactory, story_index),
        "project": published(f.ResearchProjectPageFactory, research_index),
        "insight": published(f.InsightBriefPageFactory, insight_index),
    }


def test_a_tech_industry_member_sees_insight_briefs_first(edition, theme, one_of_each_kind):
    member = SubscriberFactory(member_type=MemberType.TECH_TRUST_SAFETY, themes=[theme])

    plan(edition.pk)

    assert items_of(edition, member)[0] == one_of_each_kind["insight"].pk


def test_a_researcher_sees_projects_first(edition, theme, one_of_each_kind):
    member = SubscriberFactory(member_type=MemberType.RESEARCHER, themes=[theme])

    plan(edition.pk)

    assert items_of(edition, member)[0] == one_of_each_kind["project"].pk


def test_within_a_kind_the_newest_comes_first(edition, theme, insight_index):
    member = SubscriberFactory(themes=[theme])
    older = published(f.InsightBriefPageFactory, insight_index, when=IN_PERIOD)
    newer = published(
        f.InsightBriefPageFactory, insight_index, when=IN_PERIOD + datetime.timedelta(days=1)
    )

    plan(edition.pk)

    assert items_of(edition, member) == [newer.pk, older.pk]


def test_a_digest_lists_at_most_twelve_items(edition, theme, insight_index):
    member = SubscriberFactory(themes=[theme])
    for _ in range(13):
        published(f.InsightBriefPageFactory, insight_index)

    plan(edition.pk)

    assert len(items_of(edition, member)) == 12


def test_a_subscriber_with_nothing_on_their_themes_is_skipped_with_a_reason_and_not_emailed(
    edition, theme, other_theme, insight_index
):
    published(f.InsightBriefPageFactory, insight_index, tags=["grooming"])
    on_theme = SubscriberFactory(themes=[theme])
    nothing_new = SubscriberFactory(themes=[other_theme])
    no_themes = SubscriberFactory()

    plan(edition.pk)
    send_pending(edition.pk)

    skipped = edition.deliveries.filter(status=Delivery.Status.SKIPPED)
    assert dict(skipped.values_list("subscriber", "skip_reason")) == {
        nothing_new.pk: "Nothing new on their themes",
        no_themes.pk: "No themes chosen",
    }
    assert [message.to for message in mail.outbox] == [[on_theme.email]]


def test_planning_twice_writes_the_ledger_once(edition, theme, insight_index):
    published(f.InsightBriefPageFactory, insight_index)
    SubscriberFactory(themes=[theme])
    SubscriberFactory()

    assert plan(edition.pk) is True
    assert plan(edition.pk) is False

    assert edition.deliveries.count() == 2
    assert edition.segments.count() == 1


def test_planning_starts_the_mailing(edition):
    plan(edition.pk)

    edition.refresh_from_db()
    assert edition.status == Mailing.Status.SENDING
    assert edition.planned_at is not None


def test_members_of_one_type_with_the_same_items_share_one_segment(
    edition, theme, other_theme, insight_index
):
    published(f.InsightBriefPageFactory, insight_index, tags=["grooming"])
    researchers = [
        SubscriberFactory(member_type=MemberType.RESEARCHER, themes=[theme]),
        # a second theme with nothing new on it still gives the same items
        SubscriberFactory(member_type=MemberType.RESEARCHER, themes=[theme, other_theme]),
    ]
    practitioner = SubscriberFactory(member_type=MemberType.PRACTITIONER, themes=[theme])

    plan(edition.pk)

    segment_of = dict(edition.deliveries.values_list("subscriber", "segment"))
    assert segment_of[researchers[0].pk] == segment_of[researchers[1].pk]
    assert segment_of[practitioner.pk] != segment_of[researchers[0].pk]
    assert Segment.objects.filter(mailing=edition).count() == 2


@pytest.mark.parametrize(
    "who",
    [
        {"status": Subscriber.Status.UNSUBSCRIBED},
        {"status": Subscriber.Status.PAUSED},
        {"pending": True},
        {"suppressed_at": datetime.datetime(2025, 5, 1, tzinfo=UTC)},
        {"cadence": "weekly"},
    ],
    ids=["unsubscribed", "paused", "pending", "suppressed", "other-cadence"],
)
def test_only_active_members_on_the_editions_cadence_get_a_row(edition, theme, who):
    SubscriberFactory(themes=[theme], **who)

    plan(edition.pk)

    assert not edition.deliveries.exists()


def test_an_intro_and_the_items_appear_in_the_email(client, edition, theme, insight_index):
    edition.intro = "A note from the editors."
    edition.save()
    brief = published(f.InsightBriefPageFactory, insight_index, title="Grooming patterns")
    SubscriberFactory(themes=[theme])

    plan(edition.pk)
    send_pending(edition.pk)

    [message] = mail.outbox
    assert "A note from the editors." in message.body
    assert "Grooming patterns" in message.body
    [link] = re.findall(r"http://testserver(/newsletter/go/\S+/)", message.body)
    assert client.get(link).url == brief.url  # through the click counter, to the item
    edition.refresh_from_db()
    assert edition.status == Mailing.Status.DONE
    assert edition.finished_at <= timezone.now()
