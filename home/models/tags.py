"""One tag vocabulary (taggit's Tag) shared by every page type through a single table, so that a
topic page or a "related by tags" query covers all content types in one query.

A topic has one address in every language (/topics/<slug>/, /fr/topics/<slug>/); its French and
Spanish names are kept beside the tag in TopicName."""

from django.db import connection, models
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from home.locales import default_language, reading_language, reading_locale_id
from home.models.translated_names import TranslatedNames
from home.querysets import restricted_section_paths

TOPIC_NAMES_KEY = "topic-names"
TOPIC_NAMES_SECONDS = 24 * 3600


def topic_name(name):
    """How a topic is shown wherever people read it: its name in the reader's language where
    staff gave one (TopicName), else the stored name in sentence case.

    Tags are stored as typed, in lower case but for names and acronyms ("generative AI",
    "help-seeking"), so that "Grooming" and "grooming" are one topic; they are shown in
    sentence case ("Generative AI", "Help-seeking"). A name whose second letter is a capital
    ("eSafety") is a brand, and is shown as typed."""
    if translated := translated_topic_names().get(name):
        return translated
    if len(name) > 1 and name[1].isupper():
        return name
    return name[:1].upper() + name[1:]


def translated_topic_names():
    """{stored tag name: its name in the reader's language} for every topic staff translated
    (none in English): one query per language while the content stays the same (a TopicName
    saved replaces the content version; home/signals.py), however many topics a page shows."""
    if reading_language() == default_language():
        return {}
    from home.content_version import cached_under_content_version
    from home.process_cache import remember

    def load():
        language = reading_language().split("-")[0]
        names = TopicName.objects.exclude(**{f"name_{language}": ""}).values_list(
            "tag__name", f"name_{language}"
        )
        return dict(names)

    return remember(
        TOPIC_NAMES_KEY,
        lambda: cached_under_content_version(TOPIC_NAMES_KEY, load, TOPIC_NAMES_SECONDS),
    )


class PageTag(TaggedItemBase):
    content_object = ParentalKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="tagged_items"
    )

    class Meta:
        verbose_name = "page tag"
        # A topic's pages, and the pages that share a page's topics (pages_sharing_tags), are
        # read from this index alone, without visiting the table.
        indexes = [models.Index(fields=["tag", "content_object"], name="home_pagetag_by_topic")]


class TopicName(TranslatedNames):
    """A topic's name in French and Spanish. Its address stays the English slug."""

    tag = models.OneToOneField(Tag, on_delete=models.CASCADE, related_name="translated_names")

    panels = [FieldPanel("tag"), FieldPanel("name_fr"), FieldPanel("name_es")]

    class Meta:
        ordering = ["tag__name"]
        verbose_name = "topic name"

    def __str__(self):
        return self.tag.name


def pages_sharing_tags(page_id, limit):
    """(id, content type id) of the `limit` live, public pages of the reader's tree that share the
    most tags with a page, the most recently first published first where they share as many.

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
        WHERE page.live AND page.locale_id = %s AND NOT ({hidden})
        ORDER BY ranked.shared DESC, page.first_published_at DESC, page.id DESC
        LIMIT %s
    """  # noqa: S608 - table names and placeholders only
    with connection.cursor() as cursor:
        cursor.execute(
            sql,
            [page_id, page_id, reading_locale_id(), *(f"{path}%" for path in restricted), limit],
        )
        return cursor.fetchall()
