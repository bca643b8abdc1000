from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
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
