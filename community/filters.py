from django import forms

from community.models import EventPage, GranteeStoryPage
from home.filters import ListingFilterForm


class StoryFilterForm(ListingFilterForm):
    model = GranteeStoryPage


class EventFilterForm(ListingFilterForm):
    model = EventPage
    date_field = "start_date"

    when = forms.ChoiceField(
        choices=[("upcoming", "Upcoming"), ("past", "Past")], required=False, label="When"
    )
    format = forms.ChoiceField(
        choices=[("", "Any format"), *EventPage.Format.choices], required=False, label="Format"
    )

    field_order = ["when", "topic", "format", "year"]

    def filter_when(self, queryset, when):
        return queryset  # upcoming and past are separate querysets chosen by the page

    def filter_format(self, queryset, event_format):
        return queryset.filter(format=event_format)
