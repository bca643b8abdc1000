"""Listing filters shared by every index page. Filter values live in the query string, so a
filtered listing can be bookmarked and shared; unknown values are ignored rather than erroring."""

from django import forms
from django.contrib.contenttypes.models import ContentType
from taggit.models import Tag


class ListingFilterForm(forms.Form):
    model = None  # the page model being listed
    date_field = "date"

    topic = forms.ChoiceField(required=False, label="Topic")
    year = forms.TypedChoiceField(required=False, coerce=int, empty_value=None, label="Year")

    def __init__(self, data=None, **kwargs):
        super().__init__(data or {}, **kwargs)
        # Callables: the option queries run only when the form is rendered or a value is checked
        self.fields["topic"].choices = lambda: [("", "All topics"), *self.topic_choices()]
        self.fields["year"].choices = lambda: [("", "Any year"), *self.year_choices()]

    def topic_choices(self):
        content_type = ContentType.objects.get_for_model(self.model)
        tags = (
            Tag.objects.filter(
                home_pagetag_items__content_object__content_type=content_type,
                home_pagetag_items__content_object__live=True,
            )
            .distinct()
            .order_by("name")
        )
        return list(tags.values_list("slug", "name"))

    def year_choices(self):
        dates = self.model.objects.live().dates(self.date_field, "year", order="DESC")
        return [(day.year, day.year) for day in dates]

    @property
    def values(self):
        """The valid, non-empty filter values (invalid ones are dropped, not raised)."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value not in ("", None)}

    @property
    def is_filtered(self):
        return bool(self.values)

    def filter(self, queryset):
        """Apply each chosen value through its filter_<field name> method."""
        for name, value in self.values.items():
            queryset = getattr(self, f"filter_{name}")(queryset, value)
        return queryset

    def filter_topic(self, queryset, slug):
        return queryset.filter(tagged_items__tag__slug=slug)

    def filter_year(self, queryset, year):
        return queryset.filter(**{f"{self.date_field}__year": year})
