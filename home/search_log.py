"""The record of what people search for, counted per query and day, never per person.

Every search (its first page of results) adds a hit to wagtail.contrib.search_promotions' Query,
which feeds Wagtail's "Search terms" report; a search that found nothing also adds a hit to
home.models.ZeroResultDailyHits, which feeds the "Searches with no results" report below, so that
staff see what members look for and fail to find, and can add a synonym or a promoted result."""

import logging

from django.db import DatabaseError, connection, transaction
from django.db.models import Max, Sum
from django.utils import timezone
from django_filters import DateFromToRangeFilter
from wagtail.admin.auth import permission_denied
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.contrib.search_promotions.views.reports import SearchTermsReportView
from wagtail.search.utils import normalise_query_string

from home.models import ZeroResultDailyHits
from home.spreadsheets import InertCSVExportMixin

logger = logging.getLogger(__name__)


def record_search(text, found_nothing):
    """Count one search. A failure to count is logged, never shown to the person searching.

    A wording searched before costs one statement per count; a new one is added first. Each
    count is an upsert, so two people counting the same wording at once both count. On
    PostgreSQL the search does not wait for its count to reach the disk: a crash may lose the
    last instant's counts, never anything else."""
    query_string = normalise_query_string(text)
    counts = [QueryDailyHits, ZeroResultDailyHits] if found_nothing else [QueryDailyHits]
    today = timezone.localdate()
    try:
        with transaction.atomic():
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("SET LOCAL synchronous_commit TO OFF")
            if not count_hit(counts[0], query_string, today):
                Query.objects.bulk_create([Query(query_string=query_string)], ignore_conflicts=True)
                count_hit(counts[0], query_string, today)
            for model in counts[1:]:
                count_hit(model, query_string, today)
    except DatabaseError:
        logger.warning("Could not count a search", exc_info=True)


def count_hit(model, query_string, date):
    """One more hit on a daily count (its row for the wording and the day, created at 1 if
    missing). False if the wording has no Query yet."""
    table = connection.ops.quote_name(model._meta.db_table)
    queries = connection.ops.quote_name(Query._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (query_id, date, hits) "  # noqa: S608 - table names only
            f"SELECT id, %s, 1 FROM {queries} WHERE query_string = %s "
            f"ON CONFLICT (query_id, date) DO UPDATE SET hits = {table}.hits + 1",
            [date, query_string],
        )
        return cursor.rowcount > 0


def may_read_search_reports(user):
    """Superusers, as for Wagtail's search terms report, and whoever manages promoted results."""
    return user.is_superuser or user.has_perm("wagtailsearchpromotions.add_searchpromotion")


class ZeroResultFilterSet(WagtailFilterSet):
    date = DateFromToRangeFilter(
        label="Date", field_name="zero_result_hits__date", widget=DateRangePickerWidget
    )

    class Meta:
        model = Query
        fields = []


class ZeroResultReportView(InertCSVExportMixin, ReportView):
    page_title = "Searches with no results"
    header_icon = "search"
    is_searchable = True
    search_fields = ["query_string"]
    filterset_class = ZeroResultFilterSet
    default_ordering = "-found_nothing"
    index_url_name = "search_zero_results"
    index_results_url_name = "search_zero_results_results"
    columns = [
        Column("query_string", label="Search term(s)", sort_key="query_string"),
        NumberColumn("found_nothing", label="Times nothing was found", sort_key="found_nothing"),
        DateColumn("last_searched", label="Last time", sort_key="last_searched"),
    ]
    list_export = ["query_string", "found_nothing", "last_searched"]
    export_headings = {
        "query_string": "Search term(s)",
        "found_nothing": "Times nothing was found",
        "last_searched": "Last time",
    }

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        kwargs["queryset"] = self.get_base_queryset()
        return kwargs

    def get_base_queryset(self):
        return (
            Query.objects.filter(zero_result_hits__isnull=False)
            .annotate(
                found_nothing=Sum("zero_result_hits__hits"),
                last_searched=Max("zero_result_hits__date"),
            )
            .distinct()
        )

    def dispatch(self, request, *args, **kwargs):
        if not may_read_search_reports(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)


class InertSearchTermsReportView(InertCSVExportMixin, SearchTermsReportView):
    """Wagtail's "Search terms" report, whose CSV export would otherwise write wordings typed
    by the public raw (home.spreadsheets). home/wagtail_hooks.py serves it at Wagtail's own
    address, ahead of Wagtail's view, so every link to the report reaches this one."""
