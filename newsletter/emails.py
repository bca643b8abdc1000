"""Building newsletter emails: rendered once per segment, then made personal by swapping in
each recipient's signed links, which is all that differs between recipients."""

from dataclasses import dataclass
from email.utils import make_msgid
from urllib.parse import urlsplit

import css_inline
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse

from home.listing import in_order
from home.querysets import site_pages
from newsletter.models import Mailing, MemberType, NewsletterSettings
from newsletter.tokens import make_token

PREFERENCES_SLOT = "%%PREFERENCES_URL%%"
UNSUBSCRIBE_SLOT = "%%UNSUBSCRIBE_URL%%"
KIND_LABELS = {
    "insight": "Insight brief",
    "project": "New project",
    "update": "Project update",
    "story": "Grantee story",
    "event": "Event",
}
MODEL_KINDS = {
    "insightbriefpage": "insight",
    "researchprojectpage": "project",
    "projectupdatepage": "update",
    "granteestorypage": "story",
    "eventpage": "event",
}
INLINER = css_inline.CSSInliner(keep_style_tags=False, load_remote_stylesheets=False)


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str


def absolute(url):
    return url if url.startswith("http") else settings.SITE_URL + url


def site_domain():
    return urlsplit(settings.SITE_URL).hostname or "localhost"


def render_email(template, context):
    """The text and inlined HTML versions of an email template pair."""
    text = render_to_string(f"email/{template}.txt", context)
    html = INLINER.inline(render_to_string(f"email/{template}.html", context))
    return text, html


def item_context(pages, audience):
    items = []
    for page in pages:
        kind = MODEL_KINDS[page._meta.model_name]
        recommendation = None
        if kind == "insight":
            recommendations = page.recommendations_for(audience)
            recommendation = recommendations[0] if recommendations else None
        items.append(
            {
                "page": page,
                "label": KIND_LABELS[kind],
                "url": absolute(page.url),
                "summary": page.listing_summary,
                "date": page.listing_date,
                "recommendation": recommendation,
                "is_event": kind == "event",
            }
        )
    return items


def render_segment(mailing, segment):
    """The email every recipient in a segment gets, with slots for their own links."""
    page_ids = segment.page_ids
    pages = in_order(site_pages().filter(pk__in=page_ids).specific(), page_ids)
    audience = MemberType(segment.member_type).audience
    newsletter = NewsletterSettings.load()
    context = {
        "mailing": mailing,
        "items": item_context(pages, audience),
        "newsletter": newsletter,
        "site_url": settings.SITE_URL,
        "preferences_url": PREFERENCES_SLOT,
        "unsubscribe_url": UNSUBSCRIBE_SLOT,
    }
    if mailing.kind == Mailing.Kind.ALERT:
        subject = f"New insight brief: {mailing.brief.title}"
        text, html = render_email("alert", context)
    else:
        subject = (
            f"Stay in the loop: your {mailing.get_cadence_display().lower()} Safe Online digest"
        )
        text, html = render_email("digest", context)
    return Rendered(subject=subject, text=text, html=html)


def personal_links(subscriber):
    return {
        PREFERENCES_SLOT: absolute(
            reverse("newsletter:preferences", args=[make_token(subscriber, "preferences")])
        ),
        UNSUBSCRIBE_SLOT: absolute(
            reverse("newsletter:unsubscribe", args=[make_token(subscriber, "unsubscribe")])
        ),
    }


def bulk_message(rendered, subscriber, newsletter, connection=None):
    """One recipient's copy of a segment's email, with RFC 8058 one-click unsubscribe headers."""
    links = personal_links(subscriber)
    text, html = rendered.text, rendered.html
    for slot, url in links.items():
        text, html = text.replace(slot, url), html.replace(slot, url)
    domain = site_domain()
    message = EmailMultiAlternatives(
        subject=rendered.subject,
        body=text,
        from_email=newsletter.from_email,
        to=[subscriber.email],
        reply_to=[newsletter.reply_to] if newsletter.reply_to else None,
        connection=connection,
        headers={
            "Message-ID": make_msgid(idstring="loop", domain=domain),
            "List-Id": f"Safe Online stay in the loop <loop.{domain}>",
            "List-Unsubscribe": (
                f"<{links[UNSUBSCRIBE_SLOT]}>, <mailto:{settings.NEWSLETTER_UNSUBSCRIBE_MAILTO}"
                "?subject=unsubscribe>"
            ),
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.attach_alternative(html, "text/html")
    return message


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
    text, html = render_email(f"notice_{kind}", context)
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        from_email=newsletter.from_email,
        to=[subscriber.email],
        headers={"Message-ID": make_msgid(idstring="notice", domain=site_domain())},
    )
    message.attach_alternative(html, "text/html")
    return message
