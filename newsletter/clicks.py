"""Counting what readers follow, in aggregate and without tracking anyone.

No open pixels, and nothing per person: many readers work on child protection, in law
enforcement or platform safety. Each item link in an email goes through a signed redirect that
names the mailing, the item and the member type of the email's segment, never the subscriber,
and leads only to an item of that mailing. Requests that are not a person following a link
(HEAD requests and prefetches, which link scanners and mail clients make) are not counted."""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.urls import reverse

from home.emails import absolute
from home.signed_links import InvalidLinkError, sign, unsign
from newsletter.models import Click, Mailing

PURPOSE = "newsletter.click"
PREFETCH_HEADERS = ("HTTP_SEC_PURPOSE", "HTTP_PURPOSE", "HTTP_X_PURPOSE", "HTTP_X_MOZ")


def click_url(mailing_id, page_id, member_type):
    token = sign({"m": mailing_id, "p": page_id, "t": member_type}, PURPOSE)
    return absolute(reverse("newsletter:follow", args=[token]))


def read_click(token):
    """(mailing, page id, member type) of a click link; InvalidLinkError if forged, or if the
    page is not an item of that mailing."""
    payload = unsign(token, PURPOSE)
    try:
        mailing_id, page_id, member_type = payload["m"], int(payload["p"]), str(payload["t"])
        mailing = Mailing.objects.get(pk=mailing_id)
    except (KeyError, TypeError, ValueError, Mailing.DoesNotExist) as error:
        raise InvalidLinkError("invalid") from error
    if page_id not in items_of(mailing):
        raise InvalidLinkError("invalid")
    return mailing, page_id, member_type


def items_of(mailing):
    """Every page any recipient of the mailing was sent."""
    page_ids = set(mailing.public_page_ids)
    for ids in mailing.segments.values_list("page_ids", flat=True):
        page_ids.update(ids)
    return page_ids


def is_a_person_following(request):
    if request.method != "GET":
        return False
    return not any("prefetch" in request.META.get(name, "").lower() for name in PREFETCH_HEADERS)


def count(mailing, page_id, member_type):
    found = Click.objects.filter(mailing=mailing, page_id=page_id, member_type=member_type)
    if found.update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            Click.objects.create(mailing=mailing, page_id=page_id, member_type=member_type, count=1)
    except IntegrityError:  # another request created it a moment ago
        found.update(count=F("count") + 1)
