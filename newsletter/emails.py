"""Building newsletter emails.

Every email is written in its recipient's language, with links into that language's pages.
Each item (a page, as seen by one member type in one language) is rendered and CSS-inlined once
per mailing; each segment's email is assembled from its items once; each recipient's copy only
swaps in their address, Message-ID and signed links. Over SMTP even the MIME serialisation
happens once per segment: recipients get the segment's bytes with those few values replaced."""

from dataclasses import dataclass
from email.utils import make_msgid

import css_inline
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

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
from home.locales import default_language, reader_versions
from home.querysets import site_pages
from newsletter.clicks import click_url
from newsletter.models import Mailing, MemberType, NewsletterSettings, Subscriber
from newsletter.planning import in_the_english_tree
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
    """Each subscriber's own links in one mailing, into the pages of one language. The
    unsubscribe link names the mailing, so that staff can see how many left because of which
    mailing (a count, not who). The URLs are reversed once, with a slot for the token:
    reversing them for every email cost more than signing the tokens."""

    def __init__(self, mailing_id, language):
        def url(name, query=""):
            with translation.override(language):
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
        self.item_blocks = {}  # (page id, member type, language) -> (html, text)
        self.segments = {}  # segment id -> Rendered
        self.raw_templates = {}  # segment id -> bytes, or None when substitution is unsafe
        self.shells = {}  # language -> (text, html)
        self.links = {}  # language -> PersonalLinks

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
        language = segment.language
        self.render_items(segment.page_ids, segment.member_type, language)
        blocks = [
            self.item_blocks[(pk, segment.member_type, language)]
            for pk in segment.page_ids
            if (pk, segment.member_type, language) in self.item_blocks
        ]
        with translation.override(language):
            shell_text, shell_html = self.shell(language)
            subject = self.subject(language)
        return Rendered(
            subject=subject,
            text=shell_text.replace(ITEMS_SLOT, "\n".join(text for _, text in blocks)),
            html=shell_html.replace(ITEMS_SLOT, "".join(html for html, _ in blocks)),
            item_count=len(blocks),
        )

    def render_items(self, page_ids, member_type, language):
        missing = [pk for pk in page_ids if (pk, member_type, language) not in self.item_blocks]
        if not missing:
            return
        # Items are pages of the English tree. Those made private or unpublished since
        # planning drop out here.
        with in_the_english_tree():
            visible = site_pages().live().public(cached=False).filter(pk__in=missing).specific()
            pages = list(in_order(visible, missing))
        versions = self.reader_versions(pages, language)
        with translation.override(language):
            for page in pages:
                item = self.item(page, *versions[page.pk], member_type)
                html = css_inline.inline_fragment(
                    render_to_string("email/_item.html", {"item": item}), self.css
                )
                text = render_to_string("email/_item.txt", {"item": item})
                self.item_blocks[(page.pk, member_type, language)] = (html, text)

    @staticmethod
    def reader_versions(pages, language):
        """{page id: (the page in the reader's language tree, whether it is translated)}, as
        home.locales gives them. A translation counts only while it is public; until then the
        reader is sent the English page."""
        versions = reader_versions(pages, language)
        if language == default_language():
            return versions
        translations = [version.pk for version, translated in versions.values() if translated]
        with translation.override(language):
            public = set(
                site_pages()
                .public(cached=False)
                .filter(pk__in=translations)
                .values_list("pk", flat=True)
            )
        english = {page.pk: page for page in pages}
        for pk, (version, translated) in versions.items():
            if translated and version.pk not in public:
                versions[pk] = (english[pk], False)
        return versions

    def withheld(self, segment):
        """Why a segment's email must not go out: every item in it has stopped being live
        and public since planning."""
        return "" if self.rendered(segment).item_count else "Nothing in it is public any more"

    def item(self, page, in_tree, translated, member_type):
        """What an email shows of one item of the English tree, in the active language: its
        translation where there is one, else the English page with a note saying so. The link
        leads to `in_tree`, the page's place in the reader's language tree."""
        kind = kind_of(page)
        shown = in_tree if translated else page
        recommendation = shown.recommendation_for(MemberType(member_type).audience)
        if self.track_clicks:
            url = click_url(self.mailing.pk, page.pk, member_type)
        else:
            url = absolute(in_tree.url)
        return {
            "page": shown,
            "label": kind.digest_label,
            "url": url,
            "summary": shown.listing_summary,
            "date": shown.listing_date,
            "time": shown.listing_time,  # an event's hours and time zone
            "is_example": shown.is_example,
            "in_english": not translated,
            "recommendation": recommendation,
            "recommendation_text": plain_text(recommendation.text) if recommendation else "",
            "more_label": kind.more_label,
        }

    def subject(self, language):
        """The subject in the active language, `language`; an alert's names the brief as that
        language's readers know it."""
        if self.mailing.kind == Mailing.Kind.ALERT:
            brief = self.mailing.brief
            shown, _ = self.reader_versions([brief], language)[brief.pk]
            return gettext("New insight brief: %(title)s") % {"title": shown.title}
        if self.mailing.cadence == Subscriber.Cadence.WEEKLY:
            return gettext("Stay in the loop: your weekly Safe Online digest")
        return gettext("Stay in the loop: your monthly Safe Online digest")

    def shell(self, language):
        """The email around the items, with a slot where they go (rendered once per language,
        in the active language)."""
        if language not in self.shells:
            context = {
                "mailing": self.mailing,
                "newsletter": self.newsletter,
                "site_url": settings.SITE_URL,
                "home_url": absolute(reverse("wagtail_serve", args=[""])),
                "privacy_url": absolute(reverse("newsletter:privacy")),
                "web_url": absolute(reverse("newsletter:edition", args=[self.mailing.pk])),
                "preferences_url": PREFERENCES_SLOT,
                "unsubscribe_url": UNSUBSCRIBE_SLOT,
                "items_html": mark_safe(ITEMS_SLOT),  # noqa: S308 - a fixed placeholder
                "items_text": ITEMS_SLOT,
            }
            template = "alert" if self.mailing.kind == Mailing.Kind.ALERT else "digest"
            self.shells[language] = render_email(template, context)
        return self.shells[language]

    def personal_links(self, segment, subscriber):
        if segment.language not in self.links:
            self.links[segment.language] = PersonalLinks(self.mailing.pk, segment.language)
        return self.links[segment.language](subscriber)

    def message(self, segment, subscriber, connection=None):
        """One recipient's copy as an EmailMessage, for any email backend."""
        rendered = self.rendered(segment)
        links = self.personal_links(segment, subscriber)
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
        links = self.personal_links(segment, subscriber)
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
    """A confirmation link ("confirm") or a link to the preference centre ("preferences"), in
    the subscriber's language."""
    with translation.override(subscriber.language):
        return notice_in_language(subscriber, kind)


def notice_in_language(subscriber, kind):
    newsletter = NewsletterSettings.load()
    if kind == "confirm":
        url = absolute(reverse("newsletter:confirm", args=[make_token(subscriber, "confirm")]))
        subject = gettext("Please confirm your Safe Online subscription")
    else:
        url = absolute(
            reverse("newsletter:preferences", args=[make_token(subscriber, "preferences")])
        )
        subject = gettext("Your Safe Online subscription preferences")
    context = {"subscriber": subscriber, "url": url, "newsletter": newsletter, "kind": kind}
    return transactional_message(
        subject, f"notice_{kind}", context, [subscriber.email], newsletter.from_email
    )
