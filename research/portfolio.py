"""The project portfolio as open data: one CSV row per live project, its dates to the precision
they are known and examples marked as such."""

import csv

from django.http import StreamingHttpResponse
from django.utils import timezone

from home.models.tags import topic_name
from home.spreadsheets import inert_row

COLUMNS = [
    "title",
    "url",
    "programme",
    "funding_round",
    "lead_organisation",
    "partner_organisations",
    "countries",
    "grant_amount_usd",
    "start_date",
    "end_date",
    "status",
    "tags",
    "example",
]


def iso_date(project, day):
    """A project date in ISO 8601 to the precision it is known: "2023-03-01", "2023-03",
    "2023", or nothing where it was never published."""
    if day is None:
        return ""
    return {
        project.DatePrecision.MONTH: f"{day:%Y-%m}",
        project.DatePrecision.YEAR: f"{day:%Y}",
        project.DatePrecision.UNKNOWN: "",
    }.get(project.date_precision, day.isoformat())


class _Echo:
    def write(self, value):
        return value


def portfolio_rows(projects):
    projects = projects.prefetch_related("partner_organisations", "tagged_items__tag")
    yield COLUMNS
    for project in projects:
        yield [
            project.title,
            project.full_url,
            project.programme.name,
            project.funding_round,
            project.lead_organisation.name,
            "; ".join(org.name for org in project.partner_organisations.all()),
            "; ".join(country.name for country in project.countries.all()),
            project.grant_amount_usd if project.grant_amount_usd is not None else "",
            iso_date(project, project.start_date),
            iso_date(project, project.end_date),
            project.get_status_display(),
            "; ".join(sorted(topic_name(item.tag.name) for item in project.tagged_items.all())),
            "yes" if project.is_example else "",
        ]


def portfolio_csv_response(projects):
    writer = csv.writer(_Echo())
    response = StreamingHttpResponse(
        (writer.writerow(inert_row(row)) for row in portfolio_rows(projects)),
        content_type="text/csv; charset=utf-8",
    )
    filename = f"safe-online-portfolio-{timezone.localdate():%Y-%m-%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
