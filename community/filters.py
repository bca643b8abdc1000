from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from community.models import EventPage, GranteeStoryPage
from home.filters import ListingFilterForm


class StoryFilterForm(ListingFilterForm):
    model = GranteeStoryPage


class EventFilterForm(ListingFilterForm):
    model = EventPage
    date_field = "start_date"

    when = forms.ChoiceField(
        choices=[
            ("upcoming", pgettext_lazy("events", "Upcoming")),
            ("past", pgettext_lazy("events", "Past")),
            ("all", _("All events")),
        ],
        required=False,
        label=_("When"),
    )
    format = forms.ChoiceField(
        choices=[("", _("Any format")), *EventPage.Format.choices],
        required=False,
        label=_("Format"),
    )

    field_order = ["when", "topic", "format", "year"]
    display_fields = ("when",)  # upcoming, past and all are querysets the page chooses

    def filter_format(self, queryset, event_format):
        return queryset.filter(format=event_format)
