"""Pieces every email the site sends shares: absolute links and the text + inlined HTML pair."""

import re
from email.utils import make_msgid
from html import unescape
from urllib.parse import urlsplit

import css_inline
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template import Context
from django.template.loader import get_template, render_to_string
from django.utils.html import strip_tags


def absolute(url):
    return url if url.startswith("http") else settings.SITE_URL + url


def site_domain():
    return urlsplit(settings.SITE_URL).hostname or "localhost"


def plain_text(html):
    """Rich text as one line of plain text, keeping paragraphs and list items apart."""
    return " ".join(unescape(strip_tags(re.sub(r"</(p|li|h\d)>", r" </\1>", html))).split())


def stylesheet():
    return render_to_string("email/styles.css")


def render_text(template_name, context):
    """A plain-text template rendered with nothing escaped: what people typed ("We'd", "R&D")
    reaches a text email as typed, never as an HTML entity. Templates it includes are
    rendered the same way."""
    template = get_template(template_name).template
    return template.render(Context(context, autoescape=False))


def render_email(template, context):
    """The text and CSS-inlined HTML versions of an email template pair."""
    text = render_text(f"email/{template}.txt", context)
    html = css_inline.inline(render_to_string(f"email/{template}.html", context))
    return text, html


def transactional_message(subject, template, context, to, from_email=None):
    """A one-off email (not a bulk mailing) from a template pair, with its own Message-ID."""
    text, html = render_email(template, context)
    message = EmailMultiAlternatives(
        subject=" ".join(subject.split()),  # titles typed by people may hold line breaks
        body=text,
        from_email=from_email or settings.DEFAULT_FROM_EMAIL,
        to=to,
        headers={"Message-ID": make_msgid("notice", site_domain())},
    )
    message.attach_alternative(html, "text/html")
    return message
