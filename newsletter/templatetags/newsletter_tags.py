from django import template

from newsletter import coverage, dates

register = template.Library()
register.filter("long_date", dates.long_date)
register.filter("day_and_month", dates.day_and_month)


@register.simple_tag
def digest_themes_for(page):
    """The names of the digest themes a page goes into, in the active language, by its topics
    as saved in `page` (which may be a draft revision)."""
    return [theme.display_name for theme in coverage.themes_for(page)]
