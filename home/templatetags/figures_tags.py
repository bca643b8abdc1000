"""The fund's headline figures from its settings, and the example mark, for any template."""

from django import template
from wagtail.models import Site

from home.models import FundFigures

register = template.Library()


@register.inclusion_tag("components/fund_figures.html", takes_context=True)
def fund_figures(context, variant="figures", intro=""):
    """The fund-wide figures staff enter in Settings > Fund figures, each with its source and
    date, after an optional introductory sentence. `variant` is "impact" for the home page's
    large figures, "figures" elsewhere."""
    request = context.get("request")
    if request is not None:
        settings = FundFigures.for_request(request)
    else:
        settings = FundFigures.for_site(Site.objects.filter(is_default_site=True).first())
    return {"figures": settings.figures(), "variant": variant, "intro": intro}
