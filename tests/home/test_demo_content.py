"""The demo content command builds a credible site from its own data, and is idempotent."""

import dataclasses
import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from django.db.models import Count, Q
from django.utils.html import escape
from wagtail.blocks import StreamValue
from wagtail.images import get_image_model
from wagtail.models import Page

from community.models import EventPage, GranteeStoryPage
from community.reporting import schedule
from home.demo import data
from home.demo.data.published_quotes import PUBLISHED_QUOTES
from home.demo.data.reference import DISRUPTING_HARM_FINDINGS_URL, DISRUPTING_HARM_INSIGHTS_URL
from home.models.outbox import OutboxTask
from newsletter.coverage import uncovered_topics
from newsletter.models import Consent, Delivery, DigestTheme, Mailing, MemberType, Subscriber
from newsletter.subscriptions import CONSENT_TEXT
from research.models import (
    Country,
    InsightBriefPage,
    ProjectOutput,
    ProjectUpdatePage,
    ResearchProjectPage,
)


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """Loaded once for this module inside a transaction that is rolled back afterwards, so the
    demo's countries, tags and programmes never meet other tests' factories. Yields what the
    command printed."""
    with django_db_blocker.unblock(), transaction.atomic():
        output = io.StringIO()
        call_command("load_demo_content", verbosity=0, stdout=output)
        yield output.getvalue()
        transaction.set_rollback(True)


def content_counts():
    return {
        model.__name__: model.objects.live().count()
        for model in (
            ResearchProjectPage,
            ProjectUpdatePage,
            InsightBriefPage,
            GranteeStoryPage,
            EventPage,
        )
    }


@pytest.mark.django_db
def test_demo_site_has_the_promised_content(demo_site):
    counts = content_counts()
    assert counts["ResearchProjectPage"] >= 25
    assert counts["InsightBriefPage"] >= 6
    assert counts["GranteeStoryPage"] >= 6
    assert counts["ProjectUpdatePage"] > 0
    assert counts["EventPage"] > 0
    assert EventPage.objects.upcoming().exists()
    assert DigestTheme.objects.count() > 0
    assert all(image.credit for image in get_image_model().objects.all())


@pytest.mark.django_db
def test_the_demo_digest_themes_cover_every_topic_in_use(demo_site):
    assert uncovered_topics() == []


def newsletter_counts():
    return [model.objects.count() for model in (Subscriber, Consent, Mailing, Delivery, OutboxTask)]


@pytest.mark.django_db
def test_loading_twice_adds_nothing(demo_site):
    before = (
        content_counts(),
        Page.objects.count(),
        get_image_model().objects.count(),
        newsletter_counts(),
    )
    output = io.StringIO()
    call_command("load_demo_content", verbosity=0, stdout=output)
    assert (
        content_counts(),
        Page.objects.count(),
        get_image_model().objects.count(),
        newsletter_counts(),
    ) == before
    assert "nothing to do" in output.getvalue()


@pytest.mark.django_db
def test_the_demo_has_a_few_hundred_members_of_every_kind_and_status(demo_site):
    subscribers = Subscriber.objects.all()
    assert 200 <= subscribers.count() <= 500
    assert not subscribers.exclude(email__endswith="@example.org").exists()
    assert set(subscribers.values_list("member_type", flat=True)) == set(MemberType.values)
    statuses = dict(subscribers.order_by().values_list("status").annotate(Count("pk")))
    assert set(statuses) == set(Subscriber.Status.values)
    assert statuses[Subscriber.Status.ACTIVE] > subscribers.count() * 3 / 4
    assert set(subscribers.values_list("cadence", flat=True)) == set(Subscriber.Cadence.values)
    assert subscribers.filter(all_topics=True).exists()
    assert subscribers.filter(insight_alerts=False).exists()
    choosing = subscribers.filter(all_topics=False)
    assert not choosing.annotate(themes_count=Count("themes")).filter(themes_count=0).exists()
    assert choosing.annotate(themes_count=Count("themes")).filter(themes_count__gt=1).exists()


@pytest.mark.django_db
def test_demo_members_gave_consent_as_the_sign_up_form_records_it(demo_site):
    def actions(status):
        return {
            tuple(sorted(member.consents.values_list("action", flat=True)))
            for member in Subscriber.objects.filter(status=status)
        }

    requested, confirmed = Consent.Action.REQUESTED, Consent.Action.CONFIRMED
    assert actions(Subscriber.Status.ACTIVE) == {tuple(sorted([confirmed, requested]))}
    assert actions(Subscriber.Status.PENDING) == {(requested,)}
    assert actions(Subscriber.Status.UNSUBSCRIBED) == {
        tuple(sorted([confirmed, requested, Consent.Action.UNSUBSCRIBED]))
    }
    assert set(
        Consent.objects.exclude(action=Consent.Action.UNSUBSCRIBED).values_list("text", flat=True)
    ) == {CONSENT_TEXT}
    unconfirmed = Subscriber.objects.filter(confirmed_at__isnull=True)
    assert not unconfirmed.exclude(status=Subscriber.Status.PENDING).exists()


def finished(kind):
    return Mailing.objects.filter(kind=kind, status=Mailing.Status.DONE).annotate(
        sent=Count("deliveries", filter=Q(deliveries__status=Delivery.Status.SENT))
    )


@pytest.mark.django_db
def test_the_demo_sent_a_digest_edition_with_items_for_most_of_its_members(demo_site):
    edition = finished(Mailing.Kind.DIGEST).get()
    assert edition.cadence == Subscriber.Cadence.MONTHLY
    monthly = Subscriber.objects.receiving().filter(cadence=Subscriber.Cadence.MONTHLY)
    assert edition.deliveries.count() == monthly.count()
    assert edition.sent > monthly.count() * 3 / 4
    assert not edition.deliveries.exclude(
        status__in=[Delivery.Status.SENT, Delivery.Status.SKIPPED]
    ).exists()


@pytest.mark.django_db
def test_the_demo_sent_one_insight_alert_and_queued_none(demo_site):
    """Demo briefs are published with their past dates, so publishing them queues no alerts
    (each would be planned by the worker before anyone subscribed); one alert, for the newest
    brief that is not an example, is sent instead."""
    alert = finished(Mailing.Kind.ALERT).get()
    assert Mailing.objects.filter(kind=Mailing.Kind.ALERT).count() == 1
    briefs = InsightBriefPage.objects.live().public().filter(is_example=False)
    newest = briefs.order_by("-first_published_at").first()
    assert alert.brief_id == newest.pk
    assert alert.sent > 0
    assert not OutboxTask.objects.filter(task__startswith="newsletter.").exists()


@pytest.mark.django_db
def test_the_summary_says_how_many_members_and_emails(demo_site):
    sent = {mailing.pk: mailing.sent for kind in Mailing.Kind for mailing in finished(kind)}
    assert f"created {Subscriber.objects.count()} subscribers" in demo_site
    for mailing in Mailing.objects.all():
        assert f"sent {sent[mailing.pk]:>3} emails: {mailing}" in demo_site


@pytest.mark.django_db
def test_if_empty_leaves_a_site_with_content_alone(demo_site, capsys):
    call_command("load_demo_content", "--if-empty")
    assert "already has content" in capsys.readouterr().out


@pytest.mark.django_db
def test_every_demo_page_renders(demo_site, client):
    failures = [
        (page.url, status)
        for page in Page.objects.live().filter(depth__gt=1).specific()
        if (status := client.get(page.url).status_code) != 200
    ]
    assert failures == []


# --- Truthful figures and honest content (issue 14) -------------------------------------------

FIGURE = re.compile(
    r'<dt class="figures__label">(?P<label>.*?) <span class="figures__source">Source: '
    r"(?P<source>.*?)</span></dt>\s*<dd class=\"figures__value\">(?P<value>.*?)</dd>",
    re.S,
)
SNAPSHOT = "Safe Online Progress Snapshot 2023, 2023"
FUND_HOME_PAGE = ("https://safeonline.global", "https://safeonline.global/")


def shown_fund_figures(client, url):
    html = client.get(url).content.decode()
    block = re.search(r'<dl class="[^"]*fund-figures">(.*?)</dl>', html, re.S)
    assert block, f"no fund figures on {url}"
    return [(m["value"], m["label"], m["source"]) for m in FIGURE.finditer(block[1])]


@pytest.mark.django_db
def test_the_fund_figures_are_settings_that_home_about_and_country_pages_agree_on(
    demo_site, client
):
    expected = [
        ("US$77M+", "invested since 2016", SNAPSHOT),
        ("100+", "projects funded", SNAPSHOT),
        ("85+", "countries reached", SNAPSHOT),
    ]
    for url in ("/", "/about/", "/countries/kenya/", "/countries/philippines/"):
        assert shown_fund_figures(client, url) == expected, url


@pytest.mark.django_db
def test_no_real_project_shows_a_grant_nobody_published(demo_site, client):
    """The facts give programme totals (US$7M for Disrupting Harm's first phase, US$1M for the
    Research Fund's second round), never one grant's amount, so no real project shows one and
    no country page shows a share of a total as a grant."""
    real = ResearchProjectPage.objects.live().filter(is_example=False)
    assert real.count() >= 35
    assert not real.filter(grant_amount_usd__isnull=False).exists()
    for country in Country.objects.with_public_projects():
        html = client.get(country.get_absolute_url()).content.decode()
        for card in re.findall(r'<article class="card card--project.*?</article>', html, re.S):
            if "<dt>Grant</dt>" in card:
                assert "example-badge" in card, country.name


@pytest.mark.django_db
def test_the_home_page_labels_its_computed_figures(demo_site, client):
    html = " ".join(client.get("/").content.decode().split())
    projects = ResearchProjectPage.objects.live().public()  # English, as the page is
    real = projects.filter(is_example=False).count()
    examples = projects.filter(is_example=True).count()

    assert f"{real} projects in " in html
    assert "are published on this site" in html
    assert f"leaving out {examples} examples" in html
    assert "published grant amount" not in html  # no real project has one


def example_specs():
    return [
        spec
        for specs in (data.PROJECTS, data.INSIGHTS, data.STORIES, data.EVENTS)
        for spec in specs
        if spec.example
    ]


def strings_in(value):
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            yield from strings_in(getattr(value, field.name))
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings_in(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from strings_in(item)


def test_examples_never_name_a_real_organisation_or_programme():
    examples = example_specs()
    real_names = [
        organisation.name
        for organisation in data.ORGANISATIONS
        if not organisation.name.startswith("Example ")
    ]
    real_names += ["Disrupting Harm", "Research Fund", "Data for Change", "UNICEF", "ECPAT"]
    named = {
        (spec.slug, name)
        for spec in examples
        for text in strings_in(spec)
        for name in real_names
        if name.lower() in text.lower()
    }
    assert named == set()
    leads = {spec.lead for spec in examples if hasattr(spec, "lead")}
    assert leads
    assert all(lead.startswith("Example ") for lead in leads)


@pytest.mark.django_db
def test_examples_of_every_kind_are_marked_on_their_pages_and_in_the_admin(demo_site, client):
    kinds = (ResearchProjectPage, ProjectUpdatePage, InsightBriefPage, GranteeStoryPage, EventPage)
    for model in kinds:
        assert model.objects.live().filter(is_example=True).exists(), model.__name__
    for model in (ResearchProjectPage, ProjectUpdatePage, InsightBriefPage, GranteeStoryPage):
        for page in model.objects.live().filter(is_example=True):
            assert 'class="example-note"' in client.get(page.url).content.decode(), page.url
    admin = get_user_model().objects.create_superuser("demo-admin", "admin@example.org", "pw")
    client.force_login(admin)
    html = client.get("/admin/projects/?is_example=true").content.decode()
    titles = set(
        ResearchProjectPage.objects.filter(is_example=True).values_list("title", flat=True)
    )
    assert titles
    assert all(escape(title) in html for title in titles)
    assert not any(
        escape(title) in html
        for title in ResearchProjectPage.objects.filter(is_example=False).values_list(
            "title", flat=True
        )
    )


def stream_blocks(page):
    for field in ("body", "description"):
        value = getattr(page, field, None)
        if isinstance(value, StreamValue):
            yield from value


@pytest.mark.django_db
def test_quotation_marks_only_go_round_published_words(demo_site, client):
    published = {(quote.text, quote.name) for quote in PUBLISHED_QUOTES}
    quoted = [
        (page.url, block.value["quote"], block.value["name"])
        for page in Page.objects.live().specific()
        for block in stream_blocks(page)
        if block.block_type == "quote"
    ]
    assert quoted, "the demo quotes people where their words are on record"
    assert [item for item in quoted if item[1:] not in published] == []
    for page in Page.objects.live().filter(depth__gt=1):
        assert "paraphrase" not in client.get(page.url).content.decode().lower(), page.url


@pytest.mark.django_db
def test_outputs_link_only_to_the_public_pages_the_facts_name(demo_site, client):
    urls = set(ProjectOutput.objects.values_list("url", flat=True))
    assert not urls & set(FUND_HOME_PAGE)
    assert urls == {DISRUPTING_HARM_FINDINGS_URL, DISRUPTING_HARM_INSIGHTS_URL}
    without_outputs = ResearchProjectPage.objects.live().filter(outputs__isnull=True).first()
    assert 'id="outputs-heading"' not in client.get(without_outputs.url).content.decode()


@pytest.mark.django_db
def test_grantee_updates_are_due_as_a_live_portfolio_would_have_them(demo_site):
    """Only example projects report through the demo portal, and however long after writing
    the demo is loaded, none is more than a month overdue."""
    dues = schedule()
    assert dues
    assert all(due.project.is_example for due in dues)
    assert [due.days_left for due in dues if due.days_left < -31] == []
    assert any(due.overdue for due in dues)
    assert any(not due.overdue for due in dues)


@pytest.mark.django_db
def test_stories_say_who_tells_them(demo_site, client):
    told_by = dict(GranteeStoryPage.objects.values_list("slug", "told_by"))
    assert told_by["reflections-data-for-change"] == GranteeStoryPage.ToldBy.STAFF
    assert told_by["research-fund-convening-2023"] == GranteeStoryPage.ToldBy.EVENT
    # no real grantee has told its own story on this demo: every grantee story is an example
    grantee_stories = GranteeStoryPage.objects.filter(told_by=GranteeStoryPage.ToldBy.GRANTEE)
    assert grantee_stories.exists()
    assert not grantee_stories.filter(is_example=False).exists()
    html = client.get("/stories/").content.decode()
    assert "Staff reflection" in html


@pytest.mark.django_db
def test_no_two_demo_country_pages_show_the_same_findings(demo_site, client):
    """Only the countries the published material names have a findings section, each its own;
    the figures for all thirteen first-phase countries are never shown as one country's."""
    sections = {}
    for country in Country.objects.with_public_projects():
        html = client.get(country.get_absolute_url()).content.decode()
        found = re.search(r'<section[^>]*"country-findings-heading".*?</section>', html, re.S)
        if found:
            sections[country.name] = found.group(0).replace(country.name, "")
    assert set(sections) == {"Indonesia", "Malaysia", "Philippines", "Tanzania", "Viet Nam"}
    assert len(set(sections.values())) == len(sections)
    for section in sections.values():
        assert "about 60%" not in section
        assert "almost 1 in 3" not in section
