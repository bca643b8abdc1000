from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext, gettext_noop
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Site

from home.process_cache import remember_copy


class SiteSetting(BaseSiteSetting):
    """A site setting that pages read from this process's memory while the content version
    stays the same (saving a setting replaces the version, home/signals.py). The admin edits
    what for_site() reads from the database."""

    class Meta:
        abstract = True

    @classmethod
    def for_request(cls, request):
        attr_name = cls.get_cache_attr_name()
        if not hasattr(request, attr_name):
            site = Site.find_for_request(request)
            key = (cls._meta.label, site.pk if site else None)
            setting = remember_copy(key, lambda: cls.for_site(site))
            setting._request = request  # as Wagtail's for_request sets it
            setattr(request, attr_name, setting)
        return getattr(request, attr_name)


@register_setting(icon="cog")
class SiteSettings(SiteSetting):
    tagline = models.CharField(
        max_length=160, default="Investing in a digital world where every child is safe."
    )
    footer_text = models.TextField(
        max_length=500, blank=True, help_text="A short paragraph shown in every page footer."
    )
    contact_email = models.EmailField(blank=True)
    linkedin_url = models.URLField(blank=True, verbose_name="LinkedIn URL")
    x_url = models.URLField(blank=True, verbose_name="X (Twitter) URL")
    youtube_url = models.URLField(blank=True, verbose_name="YouTube URL")

    panels = [
        FieldPanel("tagline"),
        FieldPanel("footer_text"),
        FieldPanel("contact_email"),
        MultiFieldPanel(
            [FieldPanel("linkedin_url"), FieldPanel("x_url"), FieldPanel("youtube_url")],
            heading="Social media",
        ),
    ]

    class Meta:
        verbose_name = "site settings"


@dataclass(frozen=True)
class FundFigure:
    """One fund-wide figure as the site shows it: "US$77M+ invested since 2016", with where and
    when it was published."""

    value: str
    label: str
    source: str
    source_url: str
    published: str


def figure_value():
    return models.CharField(
        max_length=20,
        blank=True,
        help_text='The figure as it should read, e.g. "US$77M+" or "85+".',
    )


def figure_label(default):
    return models.CharField(
        max_length=80, default=default, help_text='What it counts, e.g. "invested since 2016".'
    )


def figure_source():
    return models.CharField(
        max_length=160,
        blank=True,
        help_text='Where the fund published it, e.g. "Safe Online Progress Snapshot 2023".',
    )


def figure_source_url():
    return models.URLField(
        blank=True, verbose_name="source link", help_text="A public page that gives the figure."
    )


def figure_published():
    return models.CharField(
        max_length=40,
        blank=True,
        verbose_name="date",
        help_text='When the source gave it, e.g. "2023" or "December 2023".',
    )


FIGURE_NAMES = {
    "invested": "Invested to date",
    "projects": "Projects funded",
    "countries": "Countries reached",
}
FIGURE_PARTS = ("value", "label", "source", "source_url", "published")


@register_setting(icon="table")
class FundFigures(SiteSetting):
    """The fund's own headline figures, as it has published them, each with its source and date.
    They are entered here rather than computed: the projects on this site are only part of the
    fund's work. A figure is shown once it has both a value and a source."""

    invested_value = figure_value()
    invested_label = figure_label(gettext_noop("invested since 2016"))
    invested_source = figure_source()
    invested_source_url = figure_source_url()
    invested_published = figure_published()

    projects_value = figure_value()
    projects_label = figure_label(gettext_noop("projects funded"))
    projects_source = figure_source()
    projects_source_url = figure_source_url()
    projects_published = figure_published()

    countries_value = figure_value()
    countries_label = figure_label(gettext_noop("countries reached"))
    countries_source = figure_source()
    countries_source_url = figure_source_url()
    countries_published = figure_published()

    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel(f"{name}_value"), FieldPanel(f"{name}_label")]),
                FieldRowPanel([FieldPanel(f"{name}_source"), FieldPanel(f"{name}_published")]),
                FieldPanel(f"{name}_source_url"),
            ],
            heading=heading,
        )
        for name, heading in FIGURE_NAMES.items()
    ]

    class Meta:
        verbose_name = "fund figures"
        verbose_name_plural = "fund figures"

    def figures(self):
        """The figures ready to show, in a fixed order: those with a value and a source. A label
        staff left as given reads in the reader's language; one they reworded, as written."""
        figures = [
            FundFigure(**{part: self.figure_part(name, part) for part in FIGURE_PARTS})
            for name in FIGURE_NAMES
        ]
        return [figure for figure in figures if figure.value and figure.source]

    def figure_part(self, name, part):
        value = getattr(self, f"{name}_{part}")
        return gettext(value) if part == "label" and value else value
