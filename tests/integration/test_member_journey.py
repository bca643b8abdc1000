"""A member's whole journey through real components: subscribe, confirm from the received email,
receive a digest with the right items and headers, unsubscribe in one click, get nothing more;
and the same in French, from the French sign-up page to the digest in French."""

import re
import zoneinfo
from datetime import timedelta

import pytest
from django.utils import timezone

from newsletter import tasks
from newsletter.models import Delivery, Mailing, NewsletterSettings, Subscriber
from tests import factories as f
from tests.newsletter.helpers import translate

from .helpers import wait_for

pytestmark = [
    pytest.mark.integration,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

LINK = re.compile(r"http://testserver(/newsletter/\w+/[^\s/]+/)")
FRENCH_LINK = re.compile(r"http://testserver(/fr/newsletter/\w+/[^\s/]+/)")


def make_digest_due_now():
    """Schedule the weekly digest for today, a minute ago."""
    newsletter = NewsletterSettings.load()
    now = timezone.now().astimezone(zoneinfo.ZoneInfo(newsletter.time_zone))
    newsletter.weekly_day = now.weekday()
    newsletter.send_time = (now - timedelta(minutes=1)).time().replace(microsecond=0)
    newsletter.save()


def publish(page):
    """Publish, dated a little earlier so that it falls inside the edition due a minute ago."""
    page.save_revision().publish()
    type(page).objects.filter(pk=page.pk).update(
        first_published_at=timezone.now() - timedelta(minutes=10)
    )
    return page


def test_subscribe_confirm_receive_and_unsubscribe(client, worker_factory, smtp_sink, home_page):
    sink, _ = smtp_sink
    worker_factory()
    grooming = f.DigestThemeFactory(topics=[f.TagFactory(name="grooming")], name="Grooming")
    f.DigestThemeFactory(topics=[f.TagFactory(name="policy")], name="Policy")
    stories = f.StoryIndexPageFactory(parent=home_page)

    client.post(
        "/newsletter/subscribe/",
        {
            "email": "ada@example.org",
            "member_type": "tech-trust-safety",
            "themes": [grooming.pk],
            "cadence": "weekly",
            "consent": "on",
        },
    )
    wait_for(lambda: sink.count_for("ada@example.org") == 1, message="the confirmation email")
    [confirmation] = sink.parsed()
    confirm_path = LINK.search(confirmation.get_body(("plain",)).get_content()).group(1)
    assert client.post(confirm_path).status_code == 200
    assert Subscriber.objects.get().status == Subscriber.Status.ACTIVE

    on_theme = publish(
        f.GranteeStoryPageFactory(parent=stories, title="Spotting grooming", tags=["grooming"])
    )
    off_theme = publish(
        f.GranteeStoryPageFactory(parent=stories, title="A policy story", tags=["policy"])
    )
    make_digest_due_now()
    tasks.plan_due_mailings.delay()

    wait_for(lambda: sink.count_for("ada@example.org") == 2, message="the digest")
    digest = sink.parsed()[-1]
    text = digest.get_body(("plain",)).get_content()
    html = digest.get_body(("html",)).get_content()
    assert on_theme.title in text
    assert on_theme.title in html
    assert off_theme.title not in text
    assert digest["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert digest["List-Id"].startswith("Safe Online stay in the loop")
    unsubscribe_url = re.search(r"<(http[^>]+)>", digest["List-Unsubscribe"]).group(1)
    sent = Delivery.objects.filter(subscriber__email="ada@example.org", status="sent")
    wait_for(sent.exists, message="the worker to record the send")  # it records after SMTP
    ledger_row = sent.get()
    assert ledger_row.message_id == digest["Message-ID"]

    response = client.post(
        unsubscribe_url.removeprefix("http://testserver"),
        data="List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert Subscriber.objects.get().status == Subscriber.Status.UNSUBSCRIBED

    publish(f.GranteeStoryPageFactory(parent=stories, title="More on grooming", tags=["grooming"]))
    next_edition = Mailing.objects.create(
        kind=Mailing.Kind.DIGEST,
        cadence="weekly",
        period_start=timezone.now() - timedelta(days=1),
        period_end=timezone.now() + timedelta(minutes=1),
    )
    tasks.plan_and_send.delay(next_edition.pk)
    wait_for(
        lambda: Mailing.objects.get(pk=next_edition.pk).status == Mailing.Status.DONE,
        message="the next edition to finish",
    )
    assert sink.count_for("ada@example.org") == 2
    assert not next_edition.deliveries.filter(subscriber__email="ada@example.org").exists()


def test_a_french_member_is_written_to_in_french_from_sign_up_to_the_digest(
    client, worker_factory, smtp_sink, home_page
):
    sink, _ = smtp_sink
    worker_factory()
    grooming = f.DigestThemeFactory(
        topics=[f.TagFactory(name="grooming")], name="Grooming", name_fr="Pédopiégeage"
    )
    stories = f.StoryIndexPageFactory(parent=home_page)

    sign_up = client.get("/fr/newsletter/subscribe/").content.decode()
    assert "Pédopiégeage" in sign_up
    client.post(
        "/fr/newsletter/subscribe/",
        {
            "email": "ada@example.org",
            "member_type": "researcher",
            "themes": [grooming.pk],
            "cadence": "weekly",
            "consent": "on",
        },
    )
    wait_for(lambda: sink.count_for("ada@example.org") == 1, message="the confirmation email")
    [confirmation] = sink.parsed()
    assert confirmation["Subject"] == "Veuillez confirmer votre abonnement à Safe Online"
    confirm_path = FRENCH_LINK.search(confirmation.get_body(("plain",)).get_content()).group(1)
    assert confirm_path.startswith("/fr/newsletter/confirm/")
    assert "Vous êtes abonné" in client.post(confirm_path).content.decode()

    translated = publish(
        f.GranteeStoryPageFactory(parent=stories, title="Spotting grooming", tags=["grooming"])
    )
    translate(translated, "fr", title="Repérer le pédopiégeage")
    untranslated = publish(
        f.GranteeStoryPageFactory(parent=stories, title="Safer chats", tags=["grooming"])
    )
    make_digest_due_now()
    tasks.plan_due_mailings.delay()

    wait_for(lambda: sink.count_for("ada@example.org") == 2, message="the digest")
    digest = sink.parsed()[-1]
    # A long encoded subject is folded onto its own line; the parser keeps the fold's space.
    assert digest["Subject"].strip() == "Restez informé : votre lettre hebdomadaire Safe Online"
    text = digest.get_body(("plain",)).get_content()
    assert "Repérer le pédopiégeage" in text
    assert f"{untranslated.title} (en anglais)" in text
    assert translated.title not in text
    assert digest["List-Unsubscribe"].startswith("<http://testserver/fr/newsletter/unsubscribe/")
