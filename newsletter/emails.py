"""Building newsletter emails.

Each item (a page, as seen by one member type) is rendered and CSS-inlined once per mailing; each
segment's email is assembled from its items once; each recipient's copy only swaps in their
address, Message-ID and signed links. Over SMTP even the MIME serialisation happens once per
segment: recipients get the segment's bytes with those few values replaced."""

from dataclasses import dataclass
from email.utils import make_msgid

import css_inline
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import mark_safe

from home.content import kind_of
from home.emails import (
    absolute,
    plain_text,
    render_email,
    site_domain,
    stylesheet,
    transactional_message,
)
from home.listing import in_order
from home.querysets import site_pages
from newsletter.clicks import click_url
from newsletter.models import Mailing, MemberType, NewsletterSettings
from newsletter.tokens import make_token

PREFERENCES_SLOT = "%%PREFERENCES_URL%%"
UNSUBSCRIBE_SLOT = "%%UNSUBSCRIBE_URL%%"
ITEMS_SLOT = "%%ITEMS%%"
RECIPIENT_SLOT = "recipient@placeholder.invalid"
MESSAGE_ID_SLOT = "<message-id@placeholder.invalid>"


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str
    item_count: int


@dataclass(frozen=True)
class RawMessage:
    sender: str
    recipient: str
    data: bytes
    message_id: str


TOKEN_SLOT = "token-slot"  # noqa: S105 - a placeholder, not a secret


class PersonalLinks:
    """Each subscriber's own links in one mailing. The unsubscribe link names the mailing, so
    that staff can see how many left because of which mailing (a count, not who). The URLs
    are reversed once, with a slot for the token: reversing them for every email cost more
    than signing the tokens."""

    def __init__(self, mailing_id):
        def url(name, query=""):
            return absolute(reverse(name, args=[TOKEN_SLOT])) + query

        self.preferences = url("newsletter:preferences")
        in_mailing = f"?mailing={mailing_id}" if mailing_id is not None else ""
        self.unsubscribe = url("newsletter:unsubscribe", in_mailing)

    def __call__(self, subscriber):
        return {
            PREFERENCES_SLOT: self.preferences.replace(
                TOKEN_SLOT, make_token(subscriber, "preferences")
            ),
            UNSUBSCRIBE_SLOT: self.unsubscribe.replace(
                TOKEN_SLOT, make_token(subscriber, "unsubscribe")
            ),
        }


def bulk_headers(unsubscribe_url, message_id):
    domain = site_domain()
    return {
        "Message-ID": message_id,
        "List-Id": f"Safe Online stay in the loop <loop.{domain}>",
        "List-Unsubscribe": (
            f"<{unsubscribe_url}>, <mailto:{settings.NEWSLETTER_UNSUBSCRIBE_MAILTO}"
            "?subject=unsubscribe>"
        ),
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


class MailingRenderer:
    """Renders one mailing's emails; keep one per sending task so its caches are reused."""

    def __init__(self, mailing, track_clicks=True):
        """`track_clicks`: item links count clicks (newsletter.clicks); off for staff previews
        and test sends, which are not reader behaviour."""
        self.mailing = mailing
        self.track_clicks = track_clicks
        self.newsletter = NewsletterSettings.load()
        self.css = stylesheet()
        self.item_blocks = {}  # (page id, member type) -> (html, text)
        self.segments = {}  # segment id -> Rendered
        self.raw_templates = {}  # segment id -> bytes, or None when substitution is unsafe
        self.personal_links = PersonalLinks(mailing.pk)

    def keep_only(self, segment_ids):
        """Forget the emails of all other segments. A sender walks the segments in order and
        seldom meets one again; kept, a mailing's 700 segments would hold some 50 MiB in every
        sender."""
        for cache in (self.segments, self.raw_templates):
            for segment_id in cache.keys() - set(segment_ids):
                del cache[segment_id]

    def rendered(self, segment):
        if segment.pk is None or segment.pk not in self.segments:
            rendered = self.render_segment(segment)
            if segment.pk is None:
                return rendered
            self.segments[segment.pk] = rendered
        return self.segments[segment.pk]

    def render_segment(self, segment):
        self.render_items(segment.page_ids, segment.member_type)
        blocks = [
            self.item_blocks[(pk, segment.member_type)]
            for pk in segment.page_ids
            if (pk, segment.member_type) in self.item_blocks
        ]
        shell_text, shell_html = self.shell
        return Rendered(
            subject=self.subject,
            text=shell_text.replace(ITEMS_SLOT, "\n".join(text for _, text in blocks)),
            html=shell_html.replace(ITEMS_SLOT, "".join(html for html, _ in blocks)),
            item_count=len(blocks),
        )

    def render_items(self, page_ids, member_type):
        missing = [pk for pk in page_ids if (pk, member_type) not in self.item_blocks]
        if not missing:
            return
        # Pages made private or unpublished since planning drop out here.
        visible = site_pages().live().public(cached=False).filter(pk__in=missing).specific()
        pages = in_order(visible, missing)
        for page in pages:
            item = self.item(page, member_type)
            html = css_inline.inline_fragment(
                render_to_string("email/_item.html", {"item": item}), self.css
            )
            text = render_to_string("email/_item.txt", {"item": item})
            self.item_blocks[(page.pk, member_type)] = (html, text)

    def withheld(self, segment):
        """Why a segment's email must not go out: every item in it has stopped being live
        and public since planning."""
        return "" if self.rendered(segment).item_count else "Nothing in it is public any more"

    def item(self, page, member_type):
        kind = kind_of(page)
        recommendation = page.recommendation_for(MemberType(member_type).audience)
        if self.track_clicks:
            url = click_url(self.mailing.pk, page.pk, member_type)
        else:
            url = absolute(page.url)
        return {
            "page": page,
            "label": kind.digest_label,
            "url": url,
            "summary": page.listing_summary,
            "date": page.listing_date,
            "time": page.listing_time,  # an event's hours and time zone
            "is_example": page.is_example,
            "recommendation": recommendation,
            "recommendation_text": plain_text(recommendation.text) if recommendation else "",
            "more_label": kind.more_label,
        }

    @property
    def subject(self):
        if self.mailing.kind == Mailing.Kind.ALERT:
            return f"New insight brief: {self.mailing.brief.title}"
        cadence = self.mailing.get_cadence_display().lower()
        return f"Stay in the loop: your {cadence} Safe Online digest"

    @property
    def shell(self):
        """The email around the items, with a slot where they go (rendered once)."""
        if not hasattr(self, "_shell"):
            context = {
                "mailing": self.mailing,
                "newsletter": self.newsletter,
                "site_url": settings.SITE_URL,
                "web_url": absolute(reverse("newsletter:edition", args=[self.mailing.pk])),
                "preferences_url": PREFERENCES_SLOT,
                "unsubscribe_url": UNSUBSCRIBE_SLOT,
                "items_html": mark_safe(ITEMS_SLOT),  # noqa: S308 - a fixed placeholder
                "items_text": ITEMS_SLOT,
            }
            template = "alert" if self.mailing.kind == Mailing.Kind.ALERT else "digest"
            self._shell = render_email(template, context)
        return self._shell

    def message(self, segment, subscriber, connection=None):
        """One recipient's copy as an EmailMessage, for any email backend."""
        rendered = self.rendered(segment)
        links = self.personal_links(subscriber)
        text, html = rendered.text, rendered.html
        for slot, url in links.items():
            text, html = text.replace(slot, url), html.replace(slot, url)
        message = EmailMultiAlternatives(
            subject=rendered.subject,
            body=text,
            from_email=self.newsletter.from_email,
            to=[subscriber.email],
            reply_to=[self.newsletter.reply_to] if self.newsletter.reply_to else None,
            connection=connection,
            headers=bulk_headers(links[UNSUBSCRIBE_SLOT], make_msgid("loop", site_domain())),
        )
        message.attach_alternative(html, "text/html")
        return message

    def raw_message(self, segment, subscriber):
        """One recipient's copy as ready-to-send bytes, or None where only message() is safe."""
        template = self.raw_template(segment)
        if template is None or not subscriber.email.isascii():
            return None
        links = self.personal_links(subscriber)
        message_id = make_msgid("loop", site_domain())
        data = (
            template.replace(RECIPIENT_SLOT.encode(), subscriber.email.encode())
            .replace(MESSAGE_ID_SLOT.encode(), message_id.encode())
            .replace(PREFERENCES_SLOT.encode(), links[PREFERENCES_SLOT].encode())
            .replace(UNSUBSCRIBE_SLOT.encode(), links[UNSUBSCRIBE_SLOT].encode())
        )
        return RawMessage(self.newsletter.sender_email, subscriber.email, data, message_id)

    def raw_template(self, segment):
        if segment.pk not in self.raw_templates:
            rendered = self.rendered(segment)
            message = EmailMultiAlternatives(
                subject=rendered.subject,
                body=rendered.text,
                from_email=self.newsletter.from_email,
                to=[RECIPIENT_SLOT],
                reply_to=[self.newsletter.reply_to] if self.newsletter.reply_to else None,
                headers=bulk_headers(UNSUBSCRIBE_SLOT, MESSAGE_ID_SLOT),
            )
            message.attach_alternative(rendered.html, "text/html")
            data = message.message().as_bytes(linesep="\r\n")
            self.raw_templates[segment.pk] = data if self.substitutable(data, rendered) else None
        return self.raw_templates[segment.pk]

    @staticmethod
    def substitutable(data, rendered):
        """Slots survive serialisation intact only if no part was re-encoded or folded."""
        expected_links = rendered.text.count(UNSUBSCRIBE_SLOT) + rendered.html.count(
            UNSUBSCRIBE_SLOT
        )
        return (
            b"quoted-printable" not in data.lower()
            and b"base64" not in data.lower()
            and data.count(RECIPIENT_SLOT.encode()) == 1
            and data.count(MESSAGE_ID_SLOT.encode()) == 1
            and data.count(UNSUBSCRIBE_SLOT.encode()) == expected_links + 1
        )


def notice_message(subscriber, kind):
    """A confirmation link ("confirm") or a link to the preference centre ("preferences")."""
    newsletter = NewsletterSettings.load()
    if kind == "confirm":
        url = absolute(reverse("newsletter:confirm", args=[make_token(subscriber, "confirm")]))
        subject = "Please confirm your Safe Online subscription"
    else:
        url = absolute(
            reverse("newsletter:preferences", args=[make_token(subscriber, "preferences")])
        )
        subject = "Your Safe Online subscription preferences"
    context = {"subscriber": subscriber, "url": url, "newsletter": newsletter, "kind": kind}
    return transactional_message(
        subject, f"notice_{kind}", context, [subscriber.email], newsletter.from_email
    )
