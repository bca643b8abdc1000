from django import forms
from django.db.models import Count, Max, Min, Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.filters import ListingFilterForm
from home.search import MAX_QUERY_LENGTH, search_query
from research.models import (
    Audience,
    Country,
    InsightBriefPage,
    Programme,
    ResearchProjectPage,
)


class ProjectFilterForm(ListingFilterForm):
    model = ResearchProjectPage

    q = forms.CharField(
        required=False,
        max_length=MAX_QUERY_LENGTH,
        label=_("Keywords"),
        widget=forms.TextInput(attrs={"type": "search", "placeholder": _("Any words")}),
    )

    programme = forms.ModelChoiceField(
        queryset=Programme.objects.all(),
        to_field_name="slug",
        required=False,
        label=_("Programme"),
        empty_label=_("All programmes"),
    )
    country = forms.ModelChoiceField(
        queryset=Country.objects.none(),  # set per form: privacy can change at any time
        to_field_name="slug",
        required=False,
        label=_("Country"),
        empty_label=_("All countries"),
    )
    status = forms.ChoiceField(
        choices=[("", _("Any status")), *ResearchProjectPage.Status.choices],
        required=False,
        label=_("Status"),
    )
    sort = forms.ChoiceField(
        choices=[
            ("active", _("Recently active")),
            ("newest", _("Newest start date")),
            ("oldest", _("Oldest start date")),
            ("title", _("Title, A to Z")),
        ],
        required=False,
        label=_("Sort by"),
    )

    field_order = ["q", "topic", "programme", "country", "status", "year", "sort"]
    display_fields = ("sort",)
    ORDERS = {
        "newest": ("-start_date", "title"),
        "oldest": ("start_date", "title"),
        "title": (Lower("title"),),
    }

    def __init__(self, data=None, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["year"].label = _("Active in")
        self.fields["country"].queryset = Country.objects.with_public_projects()

    def year_choices(self):
        span = (
            ResearchProjectPage.objects.live()
            .public()
            .aggregate(
                first=Min("start_date"),
                last_start=Max("start_date"),
                last_end=Max("end_date"),
                open_ended=Count("pk", filter=Q(end_date__isnull=True)),
            )
        )
        if span["first"] is None:
            return []
        ends = [span["last_start"], span["last_end"]]
        if span["open_ended"]:
            ends.append(timezone.localdate())
        last = max(filter(None, ends))
        return [(year, year) for year in range(last.year, span["first"].year - 1, -1)]

    def filter_year(self, queryset, year):
        """Projects running at any point in the year."""
        return queryset.filter(start_date__year__lte=year).filter(
            Q(end_date__isnull=True) | Q(end_date__year__gte=year)
        )

    def filter_q(self, queryset, text):
        """Projects matching the words as the site search reads them (synonyms included), in
        the listing's own order. Searched once, as ids: search results cannot be filtered."""
        query = search_query(text)
        matches = (
            ResearchProjectPage.objects.live().public().search(query, order_by_relevance=False)
        )
        return queryset.filter(pk__in=[page.pk for page in matches])

    def filter_programme(self, queryset, programme):
        return queryset.filter(programme=programme)

    def filter_country(self, queryset, country):
        return queryset.filter(countries=country)

    def filter_status(self, queryset, status):
        return queryset.filter(status=status)

    def display(self, queryset):
        """Most recently active first unless another order is asked for."""
        sort = self.values.get("sort", "active")
        if sort == "active":
            return queryset.by_recent_activity()
        return queryset.order_by(*self.ORDERS[sort])


class InsightFilterForm(ListingFilterForm):
    model = InsightBriefPage

    audience = forms.ChoiceField(
        choices=[("", _("All audiences")), *Audience.choices],
        required=False,
        label=_("Audience"),
    )

    # A brief is in a country or programme through the published projects it draws on (the
    # evidence map links here with these).
    programme = forms.ModelChoiceField(
        queryset=Programme.objects.all(),
        to_field_name="slug",
        required=False,
        label=_("Programme"),
        empty_label=_("All programmes"),
    )
    country = forms.ModelChoiceField(
        queryset=Country.objects.none(),  # set per form, as for projects
        to_field_name="slug",
        required=False,
        label=_("Country"),
        empty_label=_("All countries"),
    )

    field_order = ["topic", "audience", "programme", "country", "year"]

    def __init__(self, data=None, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["country"].queryset = Country.objects.with_public_projects()

    def filter_audience(self, queryset, audience):
        return queryset.filter(recommendations__audience=audience).distinct()

    def _drawing_on(self, queryset, projects):
        """Briefs drawing on the published projects that match, in any language's tree: a
        brief links the English projects, whichever tree it is in."""
        published = ResearchProjectPage.objects.live().public().filter(**projects)
        keys = published.values("translation_key")
        return queryset.filter(projects__translation_key__in=keys).distinct()

    def filter_programme(self, queryset, programme):
        return self._drawing_on(queryset, {"programme": programme})

    def filter_country(self, queryset, country):
        return self._drawing_on(queryset, {"countries": country})
