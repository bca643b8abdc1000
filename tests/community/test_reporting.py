"""Reporting cadence: due dates, reminders sent once, and the staff report."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from community import reporting
from community.models import ProjectMembership, ReportingReminder
from community.tasks import send_reminder
from home.dates import add_months
from tests import factories
from tests.community.helpers import make_grantee


def days_from_today(days):
    return timezone.localdate() + datetime.timedelta(days=days)


@pytest.fixture
def grantee(db):
    return get_user_model().objects.create_user("g@uni.example", "g@uni.example", "pw-123456-x")


def project_with_team(research_index, grantee, started, months=3, **fields):
    project = factories.ResearchProjectPageFactory(
        parent=research_index,
        start_date=started,
        status="active",
        reporting_interval_months=months,
        **fields,
    )
    joined = timezone.make_aware(datetime.datetime.combine(started, datetime.time(9)))
    ProjectMembership.objects.create(user=grantee, project=project, granted_at=joined)
    return project


def test_the_next_update_is_due_a_cadence_after_the_latest_published_one(research_index, grantee):
    project = project_with_team(research_index, grantee, started=datetime.date(2025, 1, 10))
    factories.ProjectUpdatePageFactory(parent=project, date=datetime.date(2026, 6, 1))
    factories.ProjectUpdatePageFactory(parent=project, date=datetime.date(2026, 9, 1))

    due = reporting.due_dates([project])[project.pk]

    assert due.last_update == datetime.date(2026, 9, 1)
    assert due.due_date == datetime.date(2026, 12, 1)


def test_without_updates_the_first_is_due_a_cadence_after_the_start(research_index, grantee):
    project = project_with_team(research_index, grantee, started=datetime.date(2026, 10, 5))
    assert reporting.due_dates([project])[project.pk].due_date == datetime.date(2027, 1, 5)


def test_a_team_that_has_just_joined_is_due_one_interval_after_joining(research_index, grantee):
    project = project_with_team(research_index, grantee, started=datetime.date(2023, 3, 1))
    ProjectMembership.objects.filter(project=project).update(granted_at=timezone.now())

    due = reporting.due_dates([project])[project.pk]

    assert due.due_date == add_months(timezone.localdate(), 3)
    assert not due.overdue


def test_completed_projects_and_projects_without_cadence_expect_no_updates(research_index, grantee):
    done = project_with_team(research_index, grantee, started=days_from_today(-400))
    done.status = "completed"
    done.save()
    quiet = project_with_team(research_index, grantee, started=days_from_today(-400), months=0)
    assert reporting.due_dates([done, quiet]) == {}


def test_grantees_are_reminded_once_before_the_due_date_and_once_when_overdue(
    research_index, grantee, settings, django_capture_on_commit_callbacks
):
    settings.GRANTEE_REMINDER_DAYS = 14
    soon = project_with_team(research_index, grantee, started=add_months(days_from_today(10), -3))
    late = project_with_team(research_index, grantee, started=add_months(days_from_today(-5), -3))
    project_with_team(research_index, grantee, started=add_months(days_from_today(60), -3))

    with django_capture_on_commit_callbacks(execute=True):
        assert reporting.send_reminders() == 2
    with django_capture_on_commit_callbacks(execute=True):
        assert reporting.send_reminders() == 0

    kinds = dict(ReportingReminder.objects.values_list("project_id", "kind"))
    assert kinds == {soon.pk: "upcoming", late.pk: "overdue"}
    subjects = sorted(message.subject for message in mail.outbox)
    assert len(subjects) == 2
    assert subjects[0].startswith(f"An update on {soon.title} is due on")
    assert subjects[1] == f"An update on {late.title} is overdue"
    assert all(message.to == ["g@uni.example"] for message in mail.outbox)


def test_each_member_of_the_team_gets_a_reminder_of_their_own(
    research_index, grantee, django_capture_on_commit_callbacks
):
    project = project_with_team(
        research_index, grantee, started=add_months(days_from_today(-5), -3)
    )
    for email in ("bo@uni.example", "cy@uni.example"):
        member = get_user_model().objects.create_user(email, email, "pw-123456-x")
        ProjectMembership.objects.create(user=member, project=project)

    with django_capture_on_commit_callbacks(execute=True):
        assert reporting.send_reminders() == 1

    team = {"g@uni.example", "bo@uni.example", "cy@uni.example"}
    assert sorted(len(message.to) for message in mail.outbox) == [1, 1, 1]
    assert {message.to[0] for message in mail.outbox} == team
    for message in mail.outbox:
        others = team - set(message.to)
        assert (message.cc, message.bcc) == ([], [])
        everything = str(message.message()) + message.body + message.alternatives[0].content
        assert not any(address in everything for address in others)


def test_a_member_whose_access_ended_before_their_copy_went_out_is_not_reminded(
    research_index, grantee
):
    from community.tasks import send_reminder

    project = project_with_team(research_index, grantee, started=days_from_today(-100))
    reminder = ReportingReminder.objects.create(
        project=project, due_date=days_from_today(-5), kind="overdue"
    )
    ProjectMembership.objects.filter(project=project).update(revoked_at=timezone.now())

    send_reminder(reminder.pk, grantee.pk)

    assert mail.outbox == []


def test_projects_whose_team_was_revoked_are_not_reminded(research_index, grantee):
    project = project_with_team(
        research_index, grantee, started=add_months(days_from_today(-5), -3)
    )
    ProjectMembership.objects.filter(project=project).update(revoked_at=timezone.now())
    assert reporting.send_reminders() == 0


def test_staff_report_lists_due_and_overdue_projects(admin_client, research_index, grantee):
    project_with_team(
        research_index,
        grantee,
        started=add_months(days_from_today(-5), -3),
        title="Late study",
    )
    project_with_team(
        research_index,
        grantee,
        started=add_months(days_from_today(90), -3),
        title="Far-off study",
    )

    html = admin_client.get(reverse("grantee_reporting")).content.decode()

    assert "Late study" in html
    assert "overdue by 5 days" in html
    assert "Far-off study" not in html


def test_a_reminder_queued_for_the_whole_team_before_this_release_reaches_each_member(
    project_a, grantee_a, django_capture_on_commit_callbacks
):
    teammate = make_grantee(project_a, "tom@example.org")
    reminder = ReportingReminder.objects.create(
        project=project_a, due_date=datetime.date(2026, 12, 31), kind="upcoming"
    )
    with django_capture_on_commit_callbacks(execute=True):
        send_reminder(reminder.pk)  # the old one-argument call

    assert sorted(message.to for message in mail.outbox) == [[grantee_a.email], [teammate.email]]
