"""Listing filters shared by every index page. Filter values live in the query string, so a
filtered listing can be bookmarked and shared; unknown values are ignored rather than erroring."""

from urllib.parse import urlencode

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from home.models.tags import topic_name
from home.process_cache import remember

# Django's select, with each option written out rather than included (its markup unchanged): a
# listing's selects hold a hundred options, and an include each cost more than the page's cards.
SELECT_TEMPLATE = "components/filter_select.html"


class ListingFilterForm(forms.Form):
    model = None  # the page model being listed
    date_field = "date"
    # Fields that choose how the listing is shown (which events, in what order) rather than
    # narrowing it: kept in the URL with the filters, but not counted as filters.
    display_fields = ()

    topic = forms.ChoiceField(required=False, label=_("Topic"))
    year = forms.TypedChoiceField(required=False, coerce=int, empty_value=None, label=_("Year"))

    def __init__(self, data=None, **kwargs):
        super().__init__(data or {}, **kwargs)
        # Callables: the option queries run only when the form is rendered or a value is checked,
        # and once per process while the content stays the same
        self.fields["topic"].choices = lambda: [
            ("", _("All topics")),
            *remember((type(self), "topic-choices"), self.topic_choices),
        ]
        self.fields["year"].choices = lambda: [
            ("", _("Any year")),
            *remember((type(self), "year-choices"), self.year_choices),
        ]
        for name, field in self.fields.items():
            if isinstance(field, forms.ModelChoiceField):
                field.choices = self.remembered_model_choices(name, field)
            if type(field.widget) is forms.Select:
                field.widget.template_name = SELECT_TEMPLATE

    def remembered_model_choices(self, name, field):
        """A model choice field's options, read from its queryset (which a subclass may set
        after this form's __init__) once per process while the content stays the same."""
        return lambda: remember((type(self), name), lambda: list(field.iterator(field)))

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
        return [(slug, topic_name(name)) for slug, name in tags.values_list("slug", "name")]

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
        return any(name not in self.display_fields for name in self.values)

    @property
    def display_query(self):
        """The query string of the display fields alone: where "Clear all" leads."""
        return urlencode(
            {name: self.values[name] for name in self.display_fields if name in self.values}
        )

    def filter(self, queryset):
        """Apply each chosen filter through its filter_<field name> method, then display()."""
        for name, value in self.values.items():
            if name not in self.display_fields:
                queryset = getattr(self, f"filter_{name}")(queryset, value)
        return self.display(queryset)

    def display(self, queryset):
        """The filtered listing as the display fields ask for it (its order, say)."""
        return queryset

    def filter_topic(self, queryset, slug):
        return queryset.filter(tagged_items__tag__slug=slug)

    def filter_year(self, queryset, year):
        return queryset.filter(**{f"{self.date_field}__year": year})
