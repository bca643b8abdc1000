from django import template

from newsletter import coverage

register = template.Library()


@register.simple_tag
def digest_themes_for(page):
    """The names of the digest themes a page goes into, in the active language, by its topics
    as saved in `page` (which may be a draft revision)."""
    return [theme.display_name for theme in coverage.themes_for(page)]
