"""Task calls are kept in the database until the broker takes them (home/outbox.py): a form
that emails someone still works while the broker is down, and the email goes once it is back."""

import ast
import os
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
import redis
from celery.exceptions import NotRegistered
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from home import outbox
from home.models import OutboxTask
from newsletter.models import Subscriber
from tests import factories as f
from tests.brokers import broker_down, celery_configured

pytestmark = pytest.mark.django_db


@pytest.fixture
def committing(django_capture_on_commit_callbacks):
    """Run what a block queues for after its commit (the test's own transaction never ends)."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


EVERYTHING = {"grace": timedelta(0)}
CONTACT_TASK = "home.tasks.send_contact_notification"


def sign_up(client, email="ada@example.org"):
    theme = f.DigestThemeFactory(name="Grooming", topics__name="grooming")
    return client.post(
        reverse("newsletter:subscribe"),
        {
            "email": email,
            "member_type": "researcher",
            "themes": [theme.pk],
            "cadence": "weekly",
            "consent": "on",
        },
    )


def submission_for(contact_page):
    return FormSubmission.objects.create(page=contact_page, form_data={"name": "Ada"})


def test_a_call_is_kept_until_its_transaction_commits_and_then_handed_over(
    contact_page, committing
):
    submission = submission_for(contact_page)
    with committing():
        outbox.enqueue(CONTACT_TASK, submission.pk)
        assert OutboxTask.objects.count() == 1
        assert mail.outbox == []

    [message] = mail.outbox
    assert message.to == ["partnerships@example.org"]
    assert not OutboxTask.objects.exists()


def queue_then_fail(submission):
    with transaction.atomic():
        outbox.enqueue(CONTACT_TASK, submission.pk)
        raise RuntimeError("the change failed")


def test_a_rolled_back_change_queues_nothing(contact_page, committing):
    submission = submission_for(contact_page)
    with committing(), pytest.raises(RuntimeError):
        queue_then_fail(submission)

    assert mail.outbox == []
    assert not OutboxTask.objects.exists()


def test_sign_up_while_the_broker_is_down_shows_the_usual_page_and_keeps_the_email(
    client, committing
):
    with broker_down(), committing():
        response = sign_up(client)

    assert response.status_code == 302
    assert response["Location"] == reverse("newsletter:check_inbox")
    subscriber = Subscriber.objects.get(email="ada@example.org")
    kept = OutboxTask.objects.get()
    assert (kept.task, kept.args) == ("newsletter.tasks.send_notice", [subscriber.pk, "confirm"])
    assert kept.attempts == 1
    assert "Connection refused" in kept.last_error

    with broker_down():
        assert outbox.flush(**EVERYTHING) == 0  # still down: kept, and counted
    assert OutboxTask.objects.get().attempts == 2
    assert mail.outbox == []

    assert outbox.flush(**EVERYTHING) == 1
    [message] = mail.outbox
    assert message.to == ["ada@example.org"]
    assert not OutboxTask.objects.exists()
    assert outbox.flush(**EVERYTHING) == 0  # handed over once only


def test_contact_form_while_the_broker_is_down_thanks_the_visitor_and_keeps_the_email(
    client, contact_page, committing
):
    with broker_down(), committing():
        response = client.post(
            contact_page.url,
            {"name": "Ada", "email": "ada@example.org", "message": "We would like to fund work."},
        )

    assert response.status_code == 200
    assert "Thank you" in response.content.decode()
    submission = FormSubmission.objects.get(page=contact_page)
    kept = OutboxTask.objects.get()
    assert (kept.args, kept.attempts) == ([submission.pk, "partnerships@example.org"], 1)
    assert outbox.flush(**EVERYTHING) == 1
    [message] = mail.outbox
    assert "We would like to fund work." in message.body


def kept_call(contact_page):
    """A call the broker could not take when it was made."""
    submission = submission_for(contact_page)
    return OutboxTask.objects.create(task=CONTACT_TASK, args=[submission.pk])


def test_flush_leaves_a_young_call_to_the_request_still_handing_it_over(contact_page):
    kept_call(contact_page)

    assert outbox.flush() == 0
    OutboxTask.objects.update(created_at=timezone.now() - outbox.FLUSH_GRACE)
    assert outbox.flush() == 1
    assert len(mail.outbox) == 1


def test_flush_hands_over_everything_kept(contact_page):
    for _ in range(3):
        kept_call(contact_page)

    assert outbox.flush(**EVERYTHING) == 3
    assert len(mail.outbox) == 3
    assert not OutboxTask.objects.exists()


def test_flush_stops_at_the_first_call_the_broker_refuses(contact_page):
    calls = [kept_call(contact_page) for _ in range(3)]
    with broker_down():
        assert outbox.flush(**EVERYTHING) == 0

    attempts = dict(OutboxTask.objects.values_list("pk", "attempts"))
    assert attempts == {calls[0].pk: 1, calls[1].pk: 0, calls[2].pk: 0}


@pytest.fixture
def live_broker():
    """Publishing to Redis for real, on a queue of the test's own that no worker reads.
    Returns how many messages wait in that queue."""
    url = os.environ.get("REDIS_URL")
    if not url:
        pytest.skip("publishing for real needs Redis (set REDIS_URL); .ci/run provides it")
    queue = f"test-{uuid.uuid4().hex[:8]}"
    client = redis.Redis.from_url(url)
    with celery_configured(task_always_eager=False, broker_url=url, task_default_queue=queue):
        yield lambda: client.llen(queue)
    client.delete(queue)


def test_flush_passes_over_a_call_it_can_never_publish_and_hands_over_the_rest(
    contact_page, live_broker
):
    kept_call(contact_page)
    renamed = OutboxTask.objects.create(task="home.tasks.renamed_by_a_deploy", args=[1])
    kept_call(contact_page)

    assert outbox.flush(**EVERYTHING) == 2
    assert live_broker() == 2
    kept = OutboxTask.objects.get()
    assert (kept.pk, kept.attempts) == (renamed.pk, 1)
    assert kept.last_error.startswith("NotRegistered")


def editor(client):
    user = get_user_model().objects.create_user(username="eve", password="x")  # noqa: S106
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)


def test_administrators_are_told_on_the_dashboard_when_emails_are_waiting(
    admin_client, client, contact_page
):
    kept_call(contact_page)
    assert "waiting to reach the task queue" not in admin_client.get("/admin/").content.decode()

    OutboxTask.objects.update(
        created_at=timezone.now() - outbox.FLUSH_GRACE, last_error="Connection refused."
    )
    kept_call(contact_page)
    dashboard = admin_client.get("/admin/").content.decode()
    assert "1 task waiting to reach the task queue" in dashboard
    assert "Connection refused." in dashboard

    editor(client)
    assert "waiting to reach the task queue" not in client.get("/admin/").content.decode()


def queued_task_names():
    """Every task name written in a call to outbox.enqueue across the apps."""
    root = Path(__file__).resolve().parents[2]
    for app in ("home", "research", "community", "newsletter"):
        for path in (root / app).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text())):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "enqueue"
                ):
                    first = node.args[0]
                    assert isinstance(first, ast.Constant), f"{path}:{node.lineno} names no task"
                    yield first.value


def test_every_task_queued_by_name_is_a_registered_task():
    from celery import current_app

    names = set(queued_task_names())
    assert len(names) >= 9  # every email the site queues, and the mailing senders
    for name in names:
        assert outbox.task(name).name == name
        assert name in current_app.tasks


def test_a_misspelt_task_name_fails_where_it_is_queued():
    with pytest.raises(NotRegistered):
        outbox.enqueue("newsletter.tasks.send_notise", 1)
    with pytest.raises(NotRegistered):
        outbox.enqueue("newsletter.planning.plan", 1)  # a function, not a task
    assert not OutboxTask.objects.exists()
