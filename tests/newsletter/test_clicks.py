"""Numbers that respect readers: item links count clicks per item and member type through a
signed redirect that names no one and leads only to the mailing's own items; unsubscribes,
bounces and complaints are counted per mailing; staff see totals and a trend."""

import datetime
import re

import pytest
from anymail.signals import AnymailTrackingEvent, tracking
from django.core import mail, signing
from django.urls import reverse

from newsletter.clicks import PURPOSE, click_url
from newsletter.models import Click, Delivery, Mailing, MemberType
from newsletter.planning import plan
from newsletter.preview import render_preview
from newsletter.sending import send_pending
from tests import factories as f
from tests.newsletter.factories import MailingFactory, SubscriberFactory

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
IN_PERIOD = datetime.datetime(2025, 6, 15, 12, tzinfo=UTC)


@pytest.fixture
def sent(theme, insight_index):
    """An edition sent to a researcher, with the one item link in their email."""
    edition = MailingFactory(
        period_start=datetime.datetime(2025, 6, 1, 8, tzinfo=UTC),
        period_end=datetime.datetime(2025, 7, 1, 8, tzinfo=UTC),
    )
    brief = f.InsightBriefPageFactory(
        parent=insight_index,
        title="How grooming starts",
        first_published_at=IN_PERIOD,
        tags=["grooming"],
    )
    SubscriberFactory(email="ada@example.org", member_type=MemberType.RESEARCHER, themes=[theme])
    plan(edition.pk)
    send_pending(edition.pk)
    [message] = mail.outbox
    [link] = set(re.findall(r"http://testserver(/newsletter/go/\S+?/)", message.body))
    return {"edition": edition, "brief": brief, "link": link, "message": message}


def clicks():
    return list(Click.objects.values_list("page_id", "member_type", "count"))


def test_following_an_item_counts_it_for_the_member_type_and_names_no_one(client, sent):
    response = client.get(sent["link"])

    assert response.status_code == 302
    assert response.url == sent["brief"].url
    assert clicks() == [(sent["brief"].pk, MemberType.RESEARCHER, 1)]
    token = sent["link"].split("/")[-2]
    assert set(signing.loads(token, salt=PURPOSE)) == {"m", "p", "t"}
    assert {field.name for field in Click._meta.fields} == {
        "id",
        "mailing",
        "page_id",
        "member_type",
        "count",
    }


def test_link_scanners_and_prefetches_are_not_counted(client, sent):
    assert client.head(sent["link"]).status_code == 302
    assert client.get(sent["link"], headers={"Sec-Purpose": "prefetch"}).status_code == 302
    assert client.get(sent["link"], headers={"Purpose": "prefetch"}).status_code == 302
    assert clicks() == []


def test_a_forged_link_or_one_to_an_item_outside_the_mailing_leads_nowhere(
    client, sent, insight_index
):
    elsewhere = f.InsightBriefPageFactory(parent=insight_index, title="Not in this edition")
    foreign = click_url(sent["edition"].pk, elsewhere.pk, MemberType.RESEARCHER)
    forged = sent["link"][:-4] + "abc/"

    for link in (foreign.removeprefix("http://testserver"), forged):
        response = client.get(link)
        assert response.status_code == 400
        assert "Location" not in response
    assert clicks() == []


def test_staff_previews_and_tests_link_straight_to_the_items(sent):
    subject, text, html = render_preview(sent["edition"], Delivery.objects.get().subscriber)
    assert "/newsletter/go/" not in text + html
    assert f"http://testserver{sent['brief'].url}" in text


def test_unsubscribing_through_a_mailing_counts_once_against_it(client, sent):
    [link] = re.findall(r"http://testserver(/newsletter/unsubscribe/\S+)", sent["message"].body)

    client.post(link)
    client.post(link)

    sent["edition"].refresh_from_db()
    assert sent["edition"].unsubscribe_count == 1


def test_a_bounce_report_is_counted_against_the_mailing_it_answers(sent):
    tracking.send(
        sender=object,
        event=AnymailTrackingEvent(event_type="bounced", recipient="ada@example.org"),
        esp_name="Postmark",
    )
    assert Delivery.objects.get().feedback == "bounced"


def test_staff_see_the_counts_per_mailing_and_the_trend(admin_client, client, sent):
    client.get(sent["link"])
    client.get(sent["link"])

    inspect = admin_client.get(
        reverse("newsletter_mailings:inspect", args=[sent["edition"].pk])
    ).content.decode()
    row = re.search(r"How grooming starts</th>(.*?)</tr>", inspect).group(1)
    assert re.findall(r"<td>(\d+)</td>", row) == ["2", "2"]  # researchers, total
    assert "Researcher" in inspect

    report = admin_client.get(reverse("newsletter_results")).content.decode()
    assert "<svg" in report
    assert "<script" not in report.split("<svg", 1)[1].split("</svg>", 1)[0]
    assert re.search(r"Monthly digest, 1 July 2025</a></th><td>1</td><td>2</td><td>0</td>", report)


def test_the_results_report_is_for_staff_only(client, sent):
    assert client.get(reverse("newsletter_results")).status_code == 302
    assert Mailing.objects.count() == 1
