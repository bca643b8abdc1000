"""The review workflow is staff set-up: a data migration creates it, and a research section
staff add later is shown it. A grantee's submission only enters it."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Workflow, WorkflowPage

from community import submissions
from research.models import ResearchIndexPage

pytestmark = pytest.mark.django_db


def test_the_migration_sets_up_one_staff_review_task_for_moderators():
    workflow = Workflow.objects.get(name=submissions.REVIEW_WORKFLOW_NAME)
    [task] = [task.specific for task in workflow.tasks]
    assert task.name == "Staff review"
    assert list(task.groups.all()) == [Group.objects.get(name="Moderators")]


def test_a_submission_enters_the_workflow_without_creating_or_attaching_anything(
    project_a, grantee_a, draft_update_a
):
    workflows, attached = Workflow.objects.count(), WorkflowPage.objects.count()

    submissions.submit_for_review(draft_update_a, grantee_a)

    assert draft_update_a.current_workflow_state.workflow.name == "Grantee update review"
    assert (Workflow.objects.count(), WorkflowPage.objects.count()) == (workflows, attached)


def test_a_research_section_added_in_the_admin_shows_the_review_workflow(admin_client, home_page):
    response = admin_client.post(
        f"/admin/pages/add/research/researchindexpage/{home_page.pk}/",
        {"title": "Research", "slug": "research", "intro": "", "action-publish": "publish"},
    )

    assert response.status_code == 302
    section = ResearchIndexPage.objects.get(alias_of=None)  # not its French and Spanish places
    workflow_page = WorkflowPage.objects.get(page=section)
    assert workflow_page.workflow.name == submissions.REVIEW_WORKFLOW_NAME


def test_submissions_find_the_workflow_after_staff_rename_it(
    project_a, grantee_a, draft_update_a, research_index
):
    submissions.show_review_on(research_index)
    Workflow.objects.filter(name=submissions.REVIEW_WORKFLOW_NAME).update(name="Grantee review")
    Workflow.objects.create(name=submissions.REVIEW_WORKFLOW_NAME)  # another, unattached

    submissions.submit_for_review(draft_update_a, grantee_a)

    assert draft_update_a.current_workflow_state.workflow.name == "Grantee review"


def test_a_deleted_workflow_is_set_up_again_rather_than_failing_a_submission(
    project_a, grantee_a, draft_update_a
):
    Workflow.objects.filter(name=submissions.REVIEW_WORKFLOW_NAME).delete()

    submissions.submit_for_review(draft_update_a, grantee_a)

    workflow = draft_update_a.current_workflow_state.workflow
    assert workflow.name == submissions.REVIEW_WORKFLOW_NAME
    assert [task.name for task in workflow.tasks] == ["Staff review"]
