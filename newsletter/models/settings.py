import datetime
import zoneinfo

from django.db import models
from django.utils.translation import gettext, gettext_noop
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

DEFAULT_FOOTER_TEXT = gettext_noop(
    "You receive this because you subscribed to Safe Online's community updates."
)


@register_setting(icon="mail")
class NewsletterSettings(BaseGenericSetting):
    class Weekday(models.IntegerChoices):
        MONDAY = 0, "Monday"
        TUESDAY = 1, "Tuesday"
        WEDNESDAY = 2, "Wednesday"
        THURSDAY = 3, "Thursday"
        FRIDAY = 4, "Friday"
        SATURDAY = 5, "Saturday"
        SUNDAY = 6, "Sunday"

    sender_name = models.CharField(max_length=80, default="Safe Online")
    sender_email = models.EmailField(default="loop@safeonline.example")
    reply_to = models.EmailField(blank=True)
    weekly_day = models.PositiveSmallIntegerField(
        choices=Weekday.choices, default=Weekday.TUESDAY, verbose_name="weekly digest day"
    )
    monthly_day = models.PositiveSmallIntegerField(
        default=1,
        choices=[(day, day) for day in range(1, 29)],
        verbose_name="monthly digest day of the month",
    )
    send_time = models.TimeField(
        default=datetime.time(9, 0), help_text="When digests go out on their day."
    )
    time_zone = models.CharField(
        max_length=64,
        default="Europe/London",
        choices=[(name, name) for name in sorted(zoneinfo.available_timezones())],
    )
    upcoming_event_days = models.PositiveSmallIntegerField(
        default=60, help_text="Digests list events starting within this many days."
    )
    footer_text = models.TextField(
        blank=True,
        default=DEFAULT_FOOTER_TEXT,
        help_text="Shown above the preference and unsubscribe links in every email.",
    )

    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("sender_name"), FieldPanel("sender_email")]),
                FieldPanel("reply_to"),
            ],
            heading="Sender",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("weekly_day"), FieldPanel("monthly_day")]),
                FieldRowPanel([FieldPanel("send_time"), FieldPanel("time_zone")]),
                FieldPanel("upcoming_event_days"),
            ],
            heading="Schedule",
        ),
        FieldPanel("footer_text"),
    ]

    class Meta:
        verbose_name = "newsletter settings"

    @property
    def footer_text_in_language(self):
        """The footer in the active language: the default wording is translated; a wording staff
        wrote stays as they wrote it."""
        if self.footer_text == DEFAULT_FOOTER_TEXT:
            return gettext(DEFAULT_FOOTER_TEXT)
        return self.footer_text

    @property
    def from_email(self):
        return f"{self.sender_name} <{self.sender_email}>"

    @property
    def tzinfo(self):
        return zoneinfo.ZoneInfo(self.time_zone)
