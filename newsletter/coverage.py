"""Which digests a page reaches, and which topics no digest theme covers.

Content whose topics no theme covers reaches only the members who chose everything; staff see
those topics on the dashboard and are warned when they publish or review such a page, and a
grantee is told plainly where their update goes."""

from django.db.models import Count
from taggit.models import Tag

from home.content import kind_of
from home.models.tags import topic_name
from home.querysets import site_pages
from newsletter.models import DigestTheme


def themes_for(page):
    """The digest themes that cover at least one of the page's topics, in their order. The page
    may be a draft revision, whose topics are held in memory."""
    topic_ids = [tag.pk for tag in page.tags.all()]
    return list(DigestTheme.objects.filter(topics__in=topic_ids).distinct())


def goes_into_digests(page):
    try:
        return kind_of(page.specific_deferred).digest is not None
    except KeyError:
        return False


def uncovered_topics():
    """Topics on live, public content that no digest theme covers, each with its page count."""
    public = site_pages().live().public().values("pk")
    covered = DigestTheme.topics.through.objects.values("tag_id")
    return list(
        Tag.objects.filter(home_pagetag_items__content_object__in=public)
        .exclude(pk__in=covered)
        .annotate(page_count=Count("home_pagetag_items", distinct=True))
        .order_by("-page_count", "name")
    )


def uncovered_warning(page):
    """What staff are told about a page that no digest theme covers; "" when one does."""
    if not goes_into_digests(page) or themes_for(page):
        return ""
    topics = ", ".join(sorted(topic_name(tag.name) for tag in page.tags.all())) or "none"
    return (
        f"No digest theme covers the topics of “{page.title}” ({topics}): only members who "
        "chose everything will get it in a digest. Add its topics to a theme under Stay in the "
        "loop › Digest themes."
    )
