"""Every topic can reach members: a theme is a set of topics, members may choose everything,
and staff and grantees are told plainly when no theme covers a page's topics."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.contrib.messages.storage.fallback import FallbackStorage
from django.core import mail
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse

from community import submissions
from community.notifications import review_message
from newsletter.models import DigestTheme
from newsletter.planning import plan
from newsletter.wagtail_hooks import warn_when_no_digest_covers_a_published_page
from tests import factories as f
from tests.community.helpers import make_grantee, signed_in, update_fields
from tests.newsletter.factories import MailingFactory, SubscriberFactory

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
IN_PERIOD = datetime.datetime(2025, 6, 15, 12, tzinfo=UTC)


@pytest.fixture
def edition(db):
    return MailingFactory(
        cadence="monthly",
        period_start=datetime.datetime(2025, 6, 1, 8, tzinfo=UTC),
        period_end=datetime.datetime(2025, 7, 1, 8, tzinfo=UTC),
    )


@pytest.fixture
def harm_theme(db):
    topics = [f.TagFactory(name="grooming"), f.TagFactory(name="sexual extortion")]
    return f.DigestThemeFactory(name="Grooming and sextortion", topics=topics)


def brief(insight_index, *tags):
    return f.InsightBriefPageFactory(
        parent=insight_index, first_published_at=IN_PERIOD, tags=list(tags)
    )


def items_of(mailing, subscriber):
    delivery = mailing.deliveries.get(subscriber=subscriber)
    return delivery.segment.page_ids if delivery.segment else []


def test_content_on_any_topic_of_a_theme_reaches_its_members(edition, harm_theme, insight_index):
    member = SubscriberFactory(themes=[harm_theme])
    on_grooming = brief(insight_index, "grooming")
    on_extortion = brief(insight_index, "sexual extortion")
    brief(insight_index, "age assurance")

    plan(edition.pk)

    assert set(items_of(edition, member)) == {on_grooming.pk, on_extortion.pk}


def test_members_who_chose_everything_get_content_no_theme_covers(
    edition, harm_theme, insight_index
):
    everything = SubscriberFactory(all_topics=True)
    uncovered = brief(insight_index, "peer-to-peer abuse")
    untagged = brief(insight_index)
    covered = brief(insight_index, "grooming")

    plan(edition.pk)

    assert set(items_of(edition, everything)) == {uncovered.pk, untagged.pk, covered.pk}


def test_the_dashboard_lists_topics_no_digest_covers_with_their_page_counts(
    admin_client, harm_theme, insight_index
):
    brief(insight_index, "peer-to-peer abuse", "grooming")
    brief(insight_index, "peer-to-peer abuse")
    brief(insight_index, "age assurance")
    f.InsightBriefPageFactory(parent=insight_index, tags=["live-streaming"], live=False)

    html = admin_client.get("/admin/").content.decode()

    assert "Topics no digest covers" in html
    assert "Peer-to-peer abuse: 2 pages" in html  # topics as readers see them
    assert "Age assurance: 1 page<" in html
    assert "grooming:" not in html
    assert "live-streaming" not in html  # only published content counts


def test_the_dashboard_says_nothing_once_every_topic_is_covered(
    admin_client, harm_theme, insight_index
):
    brief(insight_index, "grooming")
    assert "Topics no digest covers" not in admin_client.get("/admin/").content.decode()


def warnings_on_opening(admin_client, page):
    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_reviewers_opening_a_page_no_theme_covers_are_warned(
    admin_client, harm_theme, insight_index
):
    uncovered = f.InsightBriefPageFactory(parent=insight_index, tags=["age assurance"], live=False)
    covered = f.InsightBriefPageFactory(parent=insight_index, tags=["grooming"], live=False)

    [warning] = warnings_on_opening(admin_client, uncovered)
    assert warning.startswith(f"No digest theme covers the topics of “{uncovered.title}”")
    assert "(Age assurance)" in warning
    assert warnings_on_opening(admin_client, covered) == []


def test_staff_publishing_a_page_no_theme_covers_are_warned_but_not_stopped(
    rf, harm_theme, insight_index
):
    page = f.InsightBriefPageFactory(parent=insight_index, tags=["age assurance"])
    request = rf.post("/admin/pages/1/edit/")
    request.session = {}
    request._messages = FallbackStorage(request)

    assert warn_when_no_digest_covers_a_published_page(request, page) is None  # no response
    [warning] = [str(message) for message in get_messages(request)]
    assert "only members who chose everything will get it in a digest" in warning


def test_the_approval_email_names_the_digests_an_update_goes_into(harm_theme, research_index):
    project = f.ResearchProjectPageFactory(parent=research_index)
    grantee = get_user_model().objects.create_user("gee", "gee@example.org")
    covered = f.ProjectUpdatePageFactory(parent=project, tags=["grooming"])
    uncovered = f.ProjectUpdatePageFactory(parent=project, tags=["peer-to-peer abuse"])

    for page in (covered, uncovered):
        review_message(grantee, page, "published", "").send()

    first, second = mail.outbox
    assert "will go to members following Grooming and sextortion in their next digest" in (
        " ".join(first.body.split())
    )
    assert "No digest theme covers its topics yet" in second.body
    assert "next digest" not in second.body


def test_the_portal_tells_a_grantee_where_a_draft_will_go(harm_theme, research_index):
    project = f.ResearchProjectPageFactory(parent=research_index)
    grantee = make_grantee(project, "gee@example.org")
    draft = submissions.save_update(project, grantee, update_fields(tags=["age assurance"]))
    url = reverse("community:edit_update", args=[project.pk, draft.pk])

    html = " ".join(signed_in(grantee).get(url).content.decode().split())
    assert "Digests: no digest theme covers its topics yet" in html

    harm_theme.topics.add(f.TagFactory(name="age assurance"))
    html = " ".join(signed_in(grantee).get(url).content.decode().split())
    assert "Digests: members following Grooming and sextortion get it" in html


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_migration_keeps_each_theme_s_tag_and_its_subscribers():
    executor = MigrationExecutor(connection)
    executor.migrate([("newsletter", "0003_send_time_default")])
    old = executor.loader.project_state([("newsletter", "0003_send_time_default")]).apps
    tag = old.get_model("taggit", "Tag").objects.create(name="grooming", slug="grooming")
    theme = old.get_model("newsletter", "DigestTheme").objects.create(
        name="Grooming", description="", tag=tag
    )
    member = old.get_model("newsletter", "Subscriber").objects.create(
        email="ada@example.org", member_type="other"
    )
    member.themes.add(theme)

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    theme = DigestTheme.objects.get(name="Grooming")
    assert list(theme.topics.values_list("name", flat=True)) == ["grooming"]
    assert list(theme.subscribers.values_list("email", flat=True)) == ["ada@example.org"]
    assert not theme.subscribers.get().all_topics
