"""Every email the site sends has a plain-text part that reads as plain text: names and titles
people typed ("We'd", "R&D", "O'Neill", quotation marks) arrive as typed, never as HTML entities,
and rich text arrives without its tags.

Each email is produced by the code path that sends it on the site, with content full of the
characters HTML escaping changes; a last test checks that together they render every template
in templates/email/."""

import datetime
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.test.signals import template_rendered
from django.urls import reverse
from django.utils import timezone

from community import access, notifications, submissions
from community.models import Invitation, ReportingReminder
from newsletter import subscriptions
from newsletter.emails import notice_message
from newsletter.models import MemberType, NewsletterSettings
from newsletter.tasks import plan_and_send
from tests import factories as f
from tests.community.helpers import PASSWORD, update_fields
from tests.newsletter.factories import MailingFactory, SubscriberFactory

pytestmark = pytest.mark.django_db

EMAIL_TEMPLATES = Path(settings.BASE_DIR) / "templates" / "email"

# What HTML escaping turns into entities, as people type it into forms and the admin.
PROJECT_TITLE = 'Children\'s "safe chats" & R&D'
TOPIC = "children's rights & safety"
STAFF_NAME = ("D'Arcy", "O'Neill")
GRANTEE_NAME = "Ana D'Souza"
GRANTEE_EMAIL = "ana.d'souza@uni.example"
MESSAGE = "We'd like to fund \"safety by design\" work & R&D in Kenya's schools."

ENTITY = re.compile(r"&(#x?[0-9a-f]+|[a-z]+);", re.IGNORECASE)
TAG = re.compile(r"</?[a-z][a-z0-9]*(\s[^<>]*)?/?>", re.IGNORECASE)


def plain_text_problems(message):
    """The HTML entities and tags in an email's text part (and its subject)."""
    problems = []
    for part, text in (("subject", message.subject), ("text part", message.body)):
        problems += [f"{part}: {found.group(0)}" for found in ENTITY.finditer(text)]
        problems += [f"{part}: {found.group(0)}" for found in TAG.finditer(text)]
    return problems


@pytest.fixture
def send(django_capture_on_commit_callbacks):
    """Run a step as a request would, then send what it queued once it commits (Celery runs
    eagerly in tests); returns the emails it sent."""

    def run(step, *args):
        before = len(mail.outbox)
        with django_capture_on_commit_callbacks(execute=True):
            step(*args)
        return mail.outbox[before:]

    return run


@pytest.fixture
def staff(db):
    first_name, last_name = STAFF_NAME
    return get_user_model().objects.create_superuser(
        "darcy.o'neill",
        "darcy@safeonline.example",
        PASSWORD,
        first_name=first_name,
        last_name=last_name,
    )


@pytest.fixture
def theme(db):
    return f.DigestThemeFactory(name="Rights & safety", topics__name=TOPIC)


@pytest.fixture
def project(research_index):
    return f.ResearchProjectPageFactory(
        parent=research_index,
        title=PROJECT_TITLE,
        summary='Young people\'s own words on what "safe" means & why.',
        tags=[TOPIC],
    )


@pytest.fixture
def grantee(project):
    invitation = Invitation.objects.create(project=project, email=GRANTEE_EMAIL, name=GRANTEE_NAME)
    return access.accept(invitation, password=PASSWORD)


@pytest.fixture
def member(theme):
    return SubscriberFactory(
        email="member@example.org",
        name="Seán O'Brien",
        organisation="Kids' Help & Advice",
        member_type=MemberType.RESEARCHER,
        themes=[theme],
    )


@pytest.fixture
def newsletter_settings(db):
    return NewsletterSettings.objects.create(
        footer_text='You\'re getting this because you asked for "Stay in the loop" & its alerts.'
    )


def contact_notification(client, contact_page):
    contact_page.title = "Partners' & donors' enquiries"
    contact_page.save()
    client.post(
        contact_page.url, {"name": "Seán O'Brien", "email": "sean@example.org", "message": MESSAGE}
    )


def grantee_invitation(staff, project):
    invitation = Invitation(project=project, email="bo@uni.example", name=GRANTEE_NAME)
    access.invite(invitation, invited_by=staff)


def grantee_reminders(project, grantee):
    for kind, due in (("upcoming", 10), ("overdue", -5)):
        due_date = timezone.localdate() + datetime.timedelta(days=due)
        reminder = ReportingReminder.objects.create(project=project, due_date=due_date, kind=kind)
        notifications.send_reminder(reminder.pk, grantee.pk)


def grantee_review_outcomes(staff, project, grantee):
    update = submissions.save_update(
        project, grantee, update_fields(title='Fieldwork\'s done: "what we heard"', tags=[TOPIC])
    )
    submissions.submit_for_review(update, grantee)
    review(update, staff, "reject", 'Please name the partners\' roles & add the "source".')
    submissions.submit_for_review(update, grantee)
    review(update, staff, "approve")
    submissions.propose_project_edit(
        project, grantee, {"summary": 'Children\'s views, "as said" & checked.'}, [], []
    )
    review(project, staff, "approve")


def review(page, staff, action, comment=""):
    page.refresh_from_db()
    task_state = page.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, staff, action, comment=comment)


def portal_password_reset(client, grantee):
    client.post(reverse("community:password_reset"), {"email": grantee.email})


def admin_password_reset(client, staff):
    client.post(reverse("wagtailadmin_password_reset"), {"email": staff.email})


def newsletter_notices(theme):
    subscriber = subscriptions.request_subscription(
        email="new.member@example.org",
        preferences={"name": "Seán O'Brien", "member_type": MemberType.OTHER},
        themes=[theme],
        source="subscribe page",
    )
    notice_message(subscriber, "preferences").send()


def digest(insight_index, event_index, project, member, newsletter_settings):
    now = timezone.now()
    brief = f.InsightBriefPageFactory(
        parent=insight_index,
        title='What "safety by design" means for children\'s apps & games',
        summary="Platforms' own data, read with young people's help.",
        tags=[TOPIC],
        first_published_at=now,
    )
    f.InsightRecommendationFactory(
        brief=brief, audience="researchers", text="<p>Don't wait: <b>share</b> data &amp; code.</p>"
    )
    f.EventPageFactory(parent=event_index, title="Researchers' & industry's day", tags=[TOPIC])
    project.first_published_at = now
    project.save()
    edition = MailingFactory(
        intro="Here's what's new & \"worth reading\" this month.",
        period_start=now - datetime.timedelta(days=30),
        period_end=now + datetime.timedelta(minutes=1),
    )
    plan_and_send(edition.pk)


def insight_alert(insight_index, member, newsletter_settings):
    brief = f.InsightBriefPageFactory(
        parent=insight_index,
        title='Children\'s "first contact" & what stops it',
        live=False,
        first_published_at=None,
        last_published_at=None,
        tags=[TOPIC],
    )
    brief.save_revision().publish()


SENDERS = {
    "contact notification": (contact_notification, ["client", "contact_page"]),
    "grantee invitation": (grantee_invitation, ["staff", "project"]),
    "grantee reminders": (grantee_reminders, ["project", "grantee"]),
    "grantee review outcomes and staff notifications": (
        grantee_review_outcomes,
        ["staff", "project", "grantee"],
    ),
    "portal password reset": (portal_password_reset, ["client", "grantee"]),
    "admin password reset": (admin_password_reset, ["client", "staff"]),
    "newsletter notices": (newsletter_notices, ["theme"]),
    "digest": (
        digest,
        ["insight_index", "event_index", "project", "member", "newsletter_settings"],
    ),
    "insight alert": (insight_alert, ["insight_index", "member", "newsletter_settings"]),
}


def run_sender(name, request, send):
    step, fixtures = SENDERS[name]
    return send(step, *(request.getfixturevalue(fixture) for fixture in fixtures))


@pytest.mark.parametrize("name", SENDERS)
def test_the_text_part_of_each_email_has_no_html_entities_or_tags(name, request, send):
    sent = run_sender(name, request, send)

    assert sent, f"{name}: nothing was sent"
    problems = {message.subject: plain_text_problems(message) for message in sent}
    assert {subject: found for subject, found in problems.items() if found} == {}


def test_the_contact_notification_shows_the_message_as_typed(client, contact_page, send):
    [notification] = send(contact_notification, client, contact_page)

    assert MESSAGE in notification.body
    assert "Partners' & donors' enquiries" in notification.body


def test_a_staff_comment_reaches_the_grantee_as_typed(request, send):
    sent = run_sender("grantee review outcomes and staff notifications", request, send)

    [changes] = [message for message in sent if message.subject.startswith("Changes requested")]
    assert 'Please name the partners\' roles & add the "source".' in changes.body


def test_rich_text_reaches_the_text_part_as_words(request, send):
    [digest_email] = run_sender("digest", request, send)

    assert "Don't wait: share data & code." in digest_email.body


def test_together_the_senders_render_every_email_template(request, send):
    rendered = set()

    def note(sender, template, **kwargs):
        rendered.add(template.name)

    template_rendered.connect(note)
    try:
        for name in SENDERS:
            run_sender(name, request, send)
    finally:
        template_rendered.disconnect(note)

    templates = {f"email/{path.name}" for path in EMAIL_TEMPLATES.glob("*.txt")}
    assert templates - rendered == set()
