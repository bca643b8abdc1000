"""Files grantees upload through the portal: stored under names nobody can guess, and private
until a live page uses them.

An upload goes into the "Grantee uploads (awaiting review)" collection. While it is there, only
staff (who review it), its uploader and the active members of a project whose current draft uses
it can fetch it; everyone else is told it is not there, by Wagtail's document view and by the
media view alike (the hooks in community.wagtail_hooks ask `can_see_upload`). Publishing a page
moves the uploads it uses to the public "Grantee uploads" collection; unpublishing it, or deleting
it while live, moves them back unless something else on the site still uses them
(community.signals)."""

import os
import re
import secrets
from collections import defaultdict
from functools import reduce
from operator import or_

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.http import Http404
from django.utils.cache import add_never_cache_headers
from modelcluster.models import ClusterableModel, get_all_child_relations
from wagtail.documents import get_document_model
from wagtail.documents.views.serve import serve as serve_document
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, ReferenceIndex, Revision

from community import access
from home.media_access import MediaAccess
from home.views import page_not_found

AWAITING_REVIEW = "Grantee uploads (awaiting review)"
PUBLISHED = "Grantee uploads"
RANDOM_NAME = re.compile(r"[0-9a-f]{32}\.\w+$")


def random_name(filename):
    """A name nobody can guess (128 random bits, in hex so that no name starts with a dash or
    differs only in case), keeping the extension that says what the file is."""
    return secrets.token_hex(16) + os.path.splitext(filename)[1].lower()


def collection(name):
    """The top-level collection called `name`, created on first use."""
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=name).first()
    return existing or root.add_child(name=name)


def is_awaiting_review(upload):
    return upload.collection.name == AWAITING_REVIEW


def can_see_upload(user, upload):
    """Whether `user` may fetch an image or document. Only uploads awaiting review are
    restricted: staff review them, and grantees work with them in the portal's form and preview.
    """
    if not is_awaiting_review(upload):
        return True
    if not user.is_authenticated:
        return False
    if user.has_perm("wagtailadmin.access_admin") or upload.uploaded_by_user_id == user.pk:
        return True
    return used_by_a_draft_of_their_projects(user, upload)


def used_by_a_draft_of_their_projects(user, upload):
    """Whether the latest draft of a project `user` is an active member of, or of one of its
    updates, uses `upload`; pages published as they are use only public files."""
    projects = list(access.projects_for(user).only("pk", "path", "depth"))
    if not projects:
        return False
    in_projects = reduce(
        or_, (Q(pk=p.pk) | Q(path__startswith=p.path, depth=p.depth + 1) for p in projects)
    )
    unpublished = Q(live=False) | Q(has_unpublished_changes=True)
    drafts = Page.objects.filter(in_projects).filter(unpublished)
    revisions = Revision.objects.filter(pk__in=drafts.values("latest_revision_id"))
    wanted = (upload._meta.concrete_model, upload.pk)
    return any(wanted in files_used_by(as_object(revision)) for revision in revisions)


def as_object(revision):
    """The page a revision holds, built in memory (Revision.as_object fetches the page too)."""
    model = ContentType.objects.get_for_id(revision.content_type_id).model_class()
    return model.from_serializable_data(revision.content, check_fks=False)


def files_used_by(instance):
    """(model, pk) of each image and document `instance` uses through its own foreign keys and
    those of its inline rows: a page's image, an update's documents, a project's outputs. Rich
    text and StreamField bodies are not searched: the portal never puts uploads there."""
    file_models = {get_image_model(), get_document_model()}
    found = set()
    for field in instance._meta.concrete_fields:
        if field.many_to_one and field.related_model in file_models:
            pk = field.value_from_object(instance)
            if pk is not None:
                found.add((field.related_model, pk))
    if isinstance(instance, ClusterableModel):
        for relation in get_all_child_relations(instance):
            for row in getattr(instance, relation.get_accessor_name()).all():
                found |= files_used_by(row)
    return found


def uploads_used_by(page, collection_name):
    """The images and documents `page` uses that are in the collection called `collection_name`."""
    pks_by_model = defaultdict(list)
    for model, pk in files_used_by(page):
        pks_by_model[model].append(pk)
    for model, pks in pks_by_model.items():
        yield from model.objects.filter(pk__in=pks, collection__name=collection_name)


def move(uploads, collection_name):
    """Saved one by one rather than updated in bulk, so that Wagtail's search index and the
    site's content version (home.signals) hear of it."""
    if not uploads:
        return
    target = collection(collection_name)
    for upload in uploads:
        upload.collection = target
        upload.save(update_fields=["collection"])


def readable_by_anyone():
    """Pages live and outside any private section, read from the database, as Wagtail serves
    them: an alias (a page's place in another language's tree) is private where its original
    is, as well as where it is itself."""
    public = Page.objects.live().public()
    return public.filter(Q(alias_of__isnull=True) | Q(alias_of__in=public))


def is_public(page):
    return readable_by_anyone().filter(pk=page.pk).exists()


def publish_uploads_of(page):
    """A page has gone live: the uploads it uses become public, if the page itself is."""
    if is_public(page):
        move(list(uploads_used_by(page, AWAITING_REVIEW)), PUBLISHED)


def withdraw_uploads_of(page):
    """A page is no longer live: the uploads it made public become private again, unless
    something else that is public uses them too."""
    uploads = [
        upload for upload in uploads_used_by(page, PUBLISHED) if not used_publicly(upload, page)
    ]
    move(uploads, AWAITING_REVIEW)


def used_publicly(upload, leaving_out=None):
    """Whether a live, public page (other than `leaving_out`), or anything that is not a page
    (a snippet, a setting), uses `upload`, as Wagtail's reference index records it."""
    page_type = ContentType.objects.get_for_model(Page)
    references = ReferenceIndex.get_references_to(upload)
    if references.exclude(base_content_type=page_type).exists():
        return True
    page_ids = references.filter(base_content_type=page_type).values_list("object_id", flat=True)
    pages = {int(pk) for pk in page_ids} - {getattr(leaving_out, "pk", None)}
    return readable_by_anyone().filter(pk__in=pages).exists()


def recheck_all():
    """After a privacy change to a section (or a move into or out of one): every grantee
    upload is public exactly when something public uses it. Returns how many moved."""
    moved = 0
    for model in (get_image_model(), get_document_model()):
        for name, target in ((PUBLISHED, AWAITING_REVIEW), (AWAITING_REVIEW, PUBLISHED)):
            stale = [
                upload
                for upload in model.objects.filter(collection__name=name)
                if used_publicly(upload) == (target == PUBLISHED)
            ]
            move(stale, target)
            moved += len(stale)
    return moved


def awaiting_image_at(path):
    """The image awaiting review whose original or rendition is at `path` (in MEDIA_ROOT)."""
    return (
        get_image_model()
        .objects.filter(collection__name=AWAITING_REVIEW)
        .filter(Q(file=path) | Q(renditions__file=path))
        .select_related("collection")
        .first()
    )


def media_access(request, path):
    """The media view's question (home.media_access) for the image file at `path`."""
    image = awaiting_image_at(path)
    if image is None:
        return None
    return MediaAccess.PRIVATE if can_see_upload(request.user, image) else MediaAccess.HIDDEN


def document_response(document, request):
    """Wagtail's before_serve_document question: None lets Wagtail serve a public document; a
    private one is not found by those who may not see it, and reaches those who may uncacheable.
    For them Wagtail's own view is called again (with all its checks, this one skipped), as no
    hook can change the response it sends."""
    if getattr(request, "serving_private_upload", False) or not is_awaiting_review(document):
        return None
    if not can_see_upload(request.user, document):
        response = page_not_found(request, Http404())
    else:
        request.serving_private_upload = True
        response = serve_document(request, document.pk, document.filename)
    add_never_cache_headers(response)
    return response


def secure_earlier_uploads():
    """Portal uploads made before drafts were kept private sit in the public collection, under
    the names they were uploaded with. Each that nothing public uses gets a random name and
    goes back to waiting for review. Run after every migrate; once done it finds nothing to do.
    Returns how many it secured."""
    secured = 0
    for model in (get_image_model(), get_document_model()):
        for upload in model.objects.filter(collection__name=PUBLISHED):
            if RANDOM_NAME.search(upload.file.name) or used_publicly(upload):
                continue
            give_random_name(upload)
            move([upload], AWAITING_REVIEW)
            secured += 1
    return secured


def give_random_name(upload):
    """Store the file again under a random name in the same folder and delete the old one;
    an image's renditions, named after the old file, are deleted to be made again."""
    old = upload.file
    if old.storage.exists(old.name):
        folder = os.path.dirname(old.name)
        with old.storage.open(old.name, "rb") as content:
            new_name = old.storage.save(os.path.join(folder, random_name(old.name)), content)
        old.storage.delete(old.name)
        upload.file.name = new_name
        upload.save(update_fields=["file"])
    if hasattr(upload, "renditions"):
        for rendition in upload.renditions.all():
            rendition.file.delete(save=False)
            rendition.delete()
