"""The project portfolio as open data: one CSV row per live project."""

import csv

from django.http import StreamingHttpResponse
from django.utils import timezone

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
]


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
            project.start_date.isoformat(),
            project.end_date.isoformat() if project.end_date else "",
            project.get_status_display(),
            "; ".join(sorted(item.tag.name for item in project.tagged_items.all())),
        ]


def portfolio_csv_response(projects):
    writer = csv.writer(_Echo())
    response = StreamingHttpResponse(
        (writer.writerow(row) for row in portfolio_rows(projects)),
        content_type="text/csv; charset=utf-8",
    )
    filename = f"safe-online-portfolio-{timezone.localdate():%Y-%m-%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
