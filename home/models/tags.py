"""One tag vocabulary (taggit's Tag) shared by every page type through a single table, so that a
topic page or a "related by tags" query covers all content types in one query."""

from django.db import connection, models
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.models import Page

from home.querysets import restricted_section_paths


def topic_name(name):
    """How a topic is shown wherever people read it. Tags are stored as typed, in lower case but
    for names and acronyms ("generative AI", "help-seeking"), so that "Grooming" and "grooming"
    are one topic; they are shown in sentence case ("Generative AI", "Help-seeking"). A name
    whose second letter is a capital ("eSafety") is a brand, and is shown as typed."""
    if len(name) > 1 and name[1].isupper():
        return name
    return name[:1].upper() + name[1:]


class PageTag(TaggedItemBase):
    content_object = ParentalKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="tagged_items"
    )

    class Meta:
        verbose_name = "page tag"


def pages_sharing_tags(page_id, limit):
    """(id, content type id) of the `limit` live, public pages that share the most tags with a
    page, the most recently first published first where they share as many.

    Written in SQL for the plan it allows: the tags are counted per page in the tag table alone,
    most shared first, and pages are read only until the limit is reached (PostgreSQL sorts the
    ties incrementally). Counting over a join of pages and tags, as the ORM writes it, reads
    every page that shares any tag (half the site for a common topic) to rank three."""
    quote = connection.ops.quote_name
    tagged, pages = quote(PageTag._meta.db_table), quote(Page._meta.db_table)
    restricted = restricted_section_paths()
    hidden = " OR ".join(["page.path LIKE %s"] * len(restricted)) or "1 = 0"
    sql = f"""
        SELECT page.id, page.content_type_id
        FROM (
            SELECT content_object_id AS id, COUNT(*) AS shared
            FROM {tagged}
            WHERE tag_id IN (SELECT tag_id FROM {tagged} WHERE content_object_id = %s)
                AND content_object_id <> %s
            GROUP BY content_object_id
            ORDER BY shared DESC
        ) ranked
        JOIN {pages} page ON page.id = ranked.id
        WHERE page.live AND NOT ({hidden})
        ORDER BY ranked.shared DESC, page.first_published_at DESC, page.id DESC
        LIMIT %s
    """  # noqa: S608 - table names and placeholders only
    with connection.cursor() as cursor:
        cursor.execute(sql, [page_id, page_id, *(f"{path}%" for path in restricted), limit])
        return cursor.fetchall()
