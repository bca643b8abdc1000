from django import forms

from community.models import EventPage, GranteeStoryPage
from home.filters import ListingFilterForm


class StoryFilterForm(ListingFilterForm):
    model = GranteeStoryPage


class EventFilterForm(ListingFilterForm):
    model = EventPage
    date_field = "start_date"

    when = forms.ChoiceField(
        choices=[("upcoming", "Upcoming"), ("past", "Past"), ("all", "All events")],
        required=False,
        label="When",
    )
    format = forms.ChoiceField(
        choices=[("", "Any format"), *EventPage.Format.choices], required=False, label="Format"
    )

    field_order = ["when", "topic", "format", "year"]
    display_fields = ("when",)  # upcoming, past and all are querysets the page chooses

    def filter_format(self, queryset, event_format):
        return queryset.filter(format=event_format)
