from django.apps import apps
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from home.cache import bump_content_version

# Reference data shown on pages; saving or deleting any of it changes what pages render.
CONTENT_MODELS = [
    "home.CustomImage",
    "home.SiteSettings",
    "research.Programme",
    "research.Country",
    "research.Organisation",
    "newsletter.DigestTheme",
    "taggit.Tag",
    "wagtailcore.Site",
    "wagtaildocs.Document",
    # privacy: restricted sections are cached under the content version (home.cache)
    "wagtailcore.PageViewRestriction",
    "wagtailcore.CollectionViewRestriction",
]


def connect():
    page_published.connect(bump_content_version, dispatch_uid="content-version-publish")
    page_unpublished.connect(bump_content_version, dispatch_uid="content-version-unpublish")
    post_page_move.connect(bump_content_version, dispatch_uid="content-version-move")
    for label in CONTENT_MODELS:
        model = apps.get_model(label)
        post_save.connect(bump_content_version, sender=model, dispatch_uid=f"cv-save-{label}")
        post_delete.connect(bump_content_version, sender=model, dispatch_uid=f"cv-del-{label}")
    page = apps.get_model("wagtailcore.Page")
    post_delete.connect(bump_content_version, sender=page, dispatch_uid="content-version-delete")
