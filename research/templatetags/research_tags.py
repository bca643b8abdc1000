from django import template

from research import impact

register = template.Library()


@register.simple_tag
def impact_figures():
    """The fund's headline figures, computed from the published projects: place it inside a
    cached fragment, as the home page does, so that it costs nothing on a cache hit."""
    return impact.impact_figures()
