"""The workflow grantee submissions enter: one review task for Moderators, shown on the research
section too. Set up here once, so that no grantee's request ever creates it."""

from django.db import migrations

WORKFLOW_NAME = "Grantee update review"


def create_review_workflow(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    ResearchIndexPage = apps.get_model("research", "ResearchIndexPage")

    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is None:  # sites that took a submission before this migration already have it
        workflow = Workflow.objects.create(name=WORKFLOW_NAME)
        task_type, _ = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = GroupApprovalTask.objects.create(name="Staff review", content_type=task_type)
        task.groups.set(Group.objects.filter(name="Moderators"))
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    attached = WorkflowPage.objects.values("page_id")
    for page_id in ResearchIndexPage.objects.exclude(pk__in=attached).values_list("pk", flat=True):
        WorkflowPage.objects.create(page_id=page_id, workflow=workflow)


class Migration(migrations.Migration):
    dependencies = [
        ("community", "0005_moderators_manage_grantees"),
        ("research", "0002_reporting_and_update_documents"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_review_workflow, migrations.RunPython.noop)]
