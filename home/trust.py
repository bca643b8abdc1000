"""The trust pages: the privacy notice, the cookie statement and the accessibility statement.

Staff write and edit them in Wagtail as standard pages. The footer and every form that collects
personal data link to them, finding each by its slug wherever it sits in the site
(StandardPage.trust_links); one that is missing, unpublished or private is simply not linked."""

from dataclasses import dataclass

PRIVACY = "privacy"
COOKIES = "cookies"
ACCESSIBILITY = "accessibility"
SLUGS = (PRIVACY, COOKIES, ACCESSIBILITY)


@dataclass(frozen=True)
class Link:
    title: str
    url: str
