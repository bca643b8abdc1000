"""The public web versions of sent mailings, their archive and its feed.

A web version shows the items a general reader would get (chosen when the mailing was planned:
everything, in the default order) and holds nothing personal; an item that has since been
unpublished or made private drops out."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from home.listing import card_queryset, in_order, lazy, paginate
from home.locales import reader_versions
from home.querysets import site_pages
from newsletter.models import Mailing
from newsletter.planning import in_the_english_tree

FEED_LENGTH = 20


def sent_mailings():
    return Mailing.objects.sent().select_related("brief").order_by("-planned_at", "-pk")


def visible_items(mailing):
    """The web version's items, each in the reader's language tree where it has a place there
    (the mailing lists pages of the English tree)."""
    with in_the_english_tree():
        english = list(site_pages().live().public().filter(pk__in=mailing.public_page_ids))
    versions = reader_versions(english, get_language())
    ids = [versions[pk][0].pk for pk in mailing.public_page_ids if pk in versions]
    return in_order(card_queryset(site_pages().live().public().filter(pk__in=ids)), ids)


def archive(request):
    mailings = lazy(lambda: paginate(request, sent_mailings()))
    return TemplateResponse(request, "newsletter/archive.html", {"mailings": mailings})


def edition(request, pk):
    mailing = get_object_or_404(sent_mailings(), pk=pk)
    context = {"mailing": mailing, "items": lazy(visible_items, mailing)}
    return TemplateResponse(request, "newsletter/edition.html", context)


class ArchiveFeed(Feed):
    title = _("Safe Online: stay in the loop")
    description = _("Each digest edition and insight alert, as sent to members.")

    def link(self):
        return settings.SITE_URL + reverse("newsletter:archive")

    def items(self):
        return sent_mailings()[:FEED_LENGTH]

    def item_title(self, mailing):
        return f"{mailing.title}: {mailing.brief.title}" if mailing.brief_id else mailing.title

    def item_description(self, mailing):
        return mailing.intro

    def item_link(self, mailing):
        return settings.SITE_URL + reverse("newsletter:edition", args=[mailing.pk])

    def item_pubdate(self, mailing):
        return mailing.planned_at
