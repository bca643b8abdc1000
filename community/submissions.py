"""What grantees submit: project updates and proposed edits to their project page.

Both are ordinary Wagtail revisions by the grantee. Nothing goes live until staff approve it in
the "Grantee update review" workflow; the page's revisions and Wagtail's audit log keep the
history. A submission's status is read from Wagtail's own workflow state, never stored twice.
Files that come with an update are stored here as private uploads (community.uploads keeps them
private until the update is published)."""

from dataclasses import dataclass

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.utils.translation import pgettext_lazy
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import (
    GroupApprovalTask,
    Page,
    TaskState,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)

from community import uploads
from research.models import ProjectUpdatePage, ResearchIndexPage, UpdateDocument

REVIEW_WORKFLOW_NAME = "Grantee update review"


class Status(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("submission status", "Draft")
    IN_REVIEW = "in_review", pgettext_lazy("submission status", "In review")
    CHANGES_REQUESTED = "changes_requested", pgettext_lazy("submission status", "Changes requested")
    PUBLISHED = "published", pgettext_lazy("submission status", "Published")


@dataclass
class Submission:
    page: Page
    status: str
    feedback: TaskState | None

    @property
    def status_label(self):
        return Status(self.status).label

    @property
    def editable(self):
        return self.status in (Status.DRAFT, Status.CHANGES_REQUESTED, Status.PUBLISHED)


def review_workflow():
    """The workflow grantee submissions enter. Migration community 0006 sets it up and attaches
    it to the research section, where it is found first, whatever staff have renamed it to;
    otherwise the oldest of that name. Only if staff deleted it is it set up again, as the
    migration did, so that no grantee's submission fails."""
    attached = WorkflowPage.objects.filter(page__content_type=research_section_type())
    if found := attached.select_related("workflow").order_by("pk").first():
        return found.workflow
    if found := Workflow.objects.filter(name=REVIEW_WORKFLOW_NAME).order_by("pk").first():
        return found
    return create_review_workflow()


@transaction.atomic
def create_review_workflow():
    workflow = Workflow.objects.create(name=REVIEW_WORKFLOW_NAME)
    task = GroupApprovalTask.objects.create(name="Staff review")
    task.groups.set(Group.objects.filter(name="Moderators"))
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def research_section_type():
    return ContentType.objects.get_for_model(ResearchIndexPage)


def show_review_on(section):
    """Attach the review workflow to a research section created after that migration, so staff
    see it there too (community.wagtail_hooks, and the demo builder)."""
    if not WorkflowPage.objects.filter(page=section).exists():
        WorkflowPage.objects.create(page=section, workflow=review_workflow())


def save_update(project, user, fields, update=None):
    """Create a draft update under `project`, or save a new revision of `update`."""
    if update is None:
        page = ProjectUpdatePage(owner=user, live=False)
        apply_update_fields(page, fields)
        project.add_child(instance=page)
        revision = page.save_revision(user=user)
        log(instance=page, action="wagtail.create", user=user, revision=revision)
        return page
    page = update.get_latest_revision_as_object()
    apply_update_fields(page, fields)
    page.save_revision(user=user, log_action=True)
    return page


def chosen_image(data, draft, user):
    """The image an update form asks for: a new upload (private until the update is
    published), the draft's own, or none."""
    if data.get("image"):
        upload = data["image"]
        upload.name = uploads.random_name(upload.name)
        return get_image_model().objects.create(
            file=upload,
            title=data["image_alt"],
            description=data["image_alt"],
            credit=data["image_credit"],
            collection=uploads.collection(uploads.AWAITING_REVIEW),
            uploaded_by_user=user,
        )
    if draft is None or data.get("remove_image"):
        return None
    return draft.image


def chosen_documents(data, documents, user):
    """The documents an update form keeps, plus a new, private upload if it brings one."""
    removed = set(data.get("remove_documents") or [])
    kept = [
        UpdateDocument(document_id=item.document_id, title=item.title)
        for item in documents
        if str(item.document_id) not in removed
    ]
    upload = data.get("document")
    if upload:
        title = data["document_title"] or upload.name.rsplit(".", 1)[0]
        upload.name = uploads.random_name(upload.name)
        document = get_document_model().objects.create(
            title=title,
            file=upload,
            collection=uploads.collection(uploads.AWAITING_REVIEW),
            uploaded_by_user=user,
        )
        kept.append(UpdateDocument(document=document, title=title))
    return kept


def apply_update_fields(page, fields):
    fields = dict(fields)
    tags = fields.pop("tags")
    documents = fields.pop("documents")
    for name, value in fields.items():
        setattr(page, name, value)
    page.tags.set(tags)
    page.documents = documents


def propose_project_edit(project, user, fields, outputs, contacts):
    """Save the grantee's version of the project page as a revision and send it for review;
    the live page is untouched until staff approve."""
    draft = project.get_latest_revision_as_object()
    for name, value in fields.items():
        setattr(draft, name, value)
    draft.outputs = outputs
    draft.contacts = contacts
    draft.save_revision(user=user, log_action=True)
    submit_for_review(draft, user)
    return draft


def submit_for_review(page, user):
    """Start review, or restart it after changes were requested. Already in review: no-op.

    Grantee submissions always enter the grantee review workflow, whatever workflow the page
    tree would give an edit by staff (Wagtail's default one sits on the root page)."""
    state = page.current_workflow_state
    if state is None:
        review_workflow().start(page, user)
    elif state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)


def submissions(pages):
    """Each page with its review status and the latest comment staff left on it."""
    pages = list(pages)
    ids = [str(page.pk) for page in pages]
    page_type = ContentType.objects.get_for_model(Page)
    active = {
        state.object_id: state.status
        for state in WorkflowState.objects.active().filter(
            base_content_type=page_type, object_id__in=ids
        )
    }
    feedback = {}
    for task_state in (
        TaskState.objects.filter(
            workflow_state__base_content_type=page_type, workflow_state__object_id__in=ids
        )
        .exclude(comment="")
        .select_related("workflow_state", "finished_by")
        .order_by("finished_at", "pk")
    ):
        feedback[task_state.workflow_state.object_id] = task_state
    result = []
    for page in pages:
        status = status_of(page, active.get(str(page.pk)))
        result.append(Submission(page, status, current(feedback.get(str(page.pk)), status)))
    return result


def current(feedback, status):
    """A reviewer's comment belongs with the outcome it came with: a request for changes while
    changes are requested, an approval note once published; not an old note on a new draft."""
    if feedback is None:
        return None
    if status == Status.CHANGES_REQUESTED and feedback.status == TaskState.STATUS_REJECTED:
        return feedback
    if status == Status.PUBLISHED and feedback.status == TaskState.STATUS_APPROVED:
        return feedback
    return None


def status_of(page, workflow_status):
    if workflow_status == WorkflowState.STATUS_IN_PROGRESS:
        return Status.IN_REVIEW
    if workflow_status == WorkflowState.STATUS_NEEDS_CHANGES:
        return Status.CHANGES_REQUESTED
    if page.live and not page.has_unpublished_changes:
        return Status.PUBLISHED
    return Status.DRAFT


def submission(page):
    return submissions([page])[0]


def project_updates(project, members):
    """The updates `members` of a project submitted through the portal, newest first."""
    return (
        ProjectUpdatePage.objects.child_of(project)
        .filter(owner__in=members)
        .order_by("-latest_revision_created_at", "-pk")
    )
