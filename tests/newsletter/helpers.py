"""Reading the emails the newsletter sends, and translating the pages they list."""

import re

from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.models import Locale

LINK = re.compile(r"http://testserver((?:/fr|/es)?/newsletter/([\w-]+)/[^/\s\"<>]+/)")


def link_in(message, kind):
    """The path of the one newsletter link of a kind ("confirm", "preferences", ...) in the
    text body of an email, with its language prefix if it has one."""
    [path] = [path for path, found in LINK.findall(message.body) if found == kind]
    return path


def html_of(message):
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    return html


def translate(page, language_code, **fields):
    """A published translation of a published page, made as wagtail-localize makes one of a
    page kept in step with English: its alias in that language's tree becomes a page of its
    own, with the fields given."""
    version = page.get_translation(Locale.objects.get(language_code=language_code)).specific
    ConvertAliasPageAction(version).execute(skip_permission_checks=True)
    version.refresh_from_db()
    for name, value in fields.items():
        setattr(version, name, value)
    version.save_revision().publish()
    return version
