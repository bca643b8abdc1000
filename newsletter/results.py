"""What staff can learn from a send, from aggregate counts only (see newsletter.clicks): per
mailing, what happened to its emails and which items readers of each member type followed;
across digest editions, a trend."""

from collections import defaultdict

import pygal
from django.db.models import Count, Q, Sum
from pygal.style import CleanStyle

from home.querysets import site_pages
from newsletter.models import Click, Delivery, Mailing, MemberType

TREND_EDITIONS = 12


def mailing_figures(mailing):
    deliveries = mailing.deliveries.all()
    outcomes = deliveries.aggregate(
        sent=Count("pk", filter=Q(status=Delivery.Status.SENT)),
        bounced=Count("pk", filter=Q(feedback="bounced")),
        complained=Count("pk", filter=Q(feedback="complained")),
    )
    skipped = (
        deliveries.filter(status=Delivery.Status.SKIPPED)
        .values_list("skip_reason")
        .annotate(count=Count("pk"))
        .order_by("-count")
    )
    return {
        **outcomes,
        "skipped": list(skipped),
        "unsubscribed": mailing.unsubscribe_count,
        "clicks": click_table(mailing),
    }


def click_table(mailing):
    """Rows of (item title, clicks per member type in MemberType order, total), most followed
    first, and the member types that clicked at all."""
    counts = defaultdict(dict)
    for page_id, member_type, count in mailing.clicks.values_list(
        "page_id", "member_type", "count"
    ):
        counts[page_id][member_type] = count
    if not counts:
        return {"member_types": [], "rows": [], "total": 0}
    member_types = [
        (value, label)
        for value, label in MemberType.choices
        if any(value in by_type for by_type in counts.values())
    ]
    titles = dict(site_pages().filter(pk__in=counts).values_list("pk", "title"))
    rows = [
        {
            "title": titles.get(page_id, "(deleted page)"),
            "counts": [by_type.get(value, 0) for value, _ in member_types],
            "total": sum(by_type.values()),
        }
        for page_id, by_type in counts.items()
    ]
    rows.sort(key=lambda row: -row["total"])
    labels = [label for _, label in member_types]
    return {"member_types": labels, "rows": rows, "total": sum(row["total"] for row in rows)}


def trend():
    """The latest sent digest editions, oldest first, with their sent, click and unsubscribe
    counts."""
    editions = (
        Mailing.objects.sent()
        .filter(kind=Mailing.Kind.DIGEST)
        .annotate(
            sent=Count("deliveries", filter=Q(deliveries__status=Delivery.Status.SENT)),
        )
        .order_by("-planned_at")[:TREND_EDITIONS]
    )
    editions = list(editions)[::-1]
    clicks = dict(
        Click.objects.filter(mailing__in=editions)
        .values_list("mailing")
        .annotate(total=Sum("count"))
    )
    return [
        {
            "mailing": edition,
            "sent": edition.sent,
            "clicks": clicks.get(edition.pk, 0),
            "unsubscribed": edition.unsubscribe_count,
        }
        for edition in editions
    ]


def trend_chart(rows):
    """An SVG line chart of clicks and unsubscribes per edition: drawn on the server, with no
    script, so that it needs nothing from outside the site."""
    chart = pygal.Line(
        js=[],
        disable_xml_declaration=True,
        style=CleanStyle,
        height=320,
        show_dots=True,
        x_label_rotation=20,
        title="Clicks and unsubscribes per digest edition",
    )
    chart.x_labels = [row["mailing"].title for row in rows]
    chart.add("Clicks", [row["clicks"] for row in rows])
    chart.add("Unsubscribes", [row["unsubscribed"] for row in rows])
    return chart.render(is_unicode=True)
