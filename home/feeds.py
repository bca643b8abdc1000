"""RSS and Atom feeds of everything published, and of each topic."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from home.content import content_page_models
from home.listing import card_queryset
from home.models.tags import topic_name
from home.querysets import site_pages

FEED_LENGTH = 30


class LatestContentFeed(Feed):
    title = _("Safe Online: latest research, insights, stories and events")
    description = _("Everything newly published on the Safe Online community platform.")

    def link(self):
        return settings.SITE_URL + "/"

    def items(self):
        return feed_items(site_pages().live().public().type(*content_page_models()))

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.listing_summary

    def item_link(self, item):
        return item.full_url

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [topic_name(tagged.tag.name) for tagged in item.tagged_items.all()]

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        feed.feed["ttl"] = "60"
        return feed


class LatestContentAtomFeed(LatestContentFeed):
    feed_type = Atom1Feed
    subtitle = LatestContentFeed.description


class TopicFeed(LatestContentFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Tag, slug=slug)

    def title(self, tag):
        return gettext("Safe Online: %(topic)s") % {"topic": topic_name(tag.name)}

    def description(self, tag):
        return gettext("New research, insights, stories and events on %(topic)s.") % {
            "topic": tag.name
        }

    def link(self, tag):
        return settings.SITE_URL + reverse("topic", args=[tag.slug])

    def items(self, tag):
        return feed_items(site_pages().live().public().filter(tagged_items__tag=tag))


class TopicAtomFeed(TopicFeed):
    feed_type = Atom1Feed

    def subtitle(self, tag):
        return self.description(tag)


def feed_items(pages):
    return card_queryset(pages.order_by("-first_published_at")).prefetch_related(
        "tagged_items__tag", for_specific_subqueries=True
    )[:FEED_LENGTH]
