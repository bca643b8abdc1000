"""Seed a large site for benchmarks: the demo content plus 1,000 projects, 5,000 updates,
500 stories, 200 insight briefs and 100 events, spread over the demo's topics and countries."""

import datetime
import random
import re

from django.db import transaction
from django.utils import timezone
from django.utils.html import strip_tags
from taggit.models import Tag

from community.models import EventIndexPage, EventPage, GranteeStoryPage, StoryIndexPage
from home.blocks import stream_text
from home.models import CustomImage
from research.models import (
    Country,
    InsightBriefPage,
    InsightIndexPage,
    InsightRecommendation,
    Organisation,
    Programme,
    ProjectUpdatePage,
    ResearchIndexPage,
    ResearchProjectPage,
)

SIZES = {"projects": 1000, "updates": 5000, "stories": 500, "insights": 200, "events": 100}
TITLE_WORDS = [
    "Mapping",
    "Understanding",
    "Preventing",
    "Detecting",
    "Measuring",
    "Strengthening",
    "Listening",
    "Building",
    "Tracing",
    "Testing",
]


def demo_sentences():
    """Sentences from the demo content, so the large site reads (and searches) like real copy."""
    texts = []
    for model in (ResearchProjectPage, ProjectUpdatePage, InsightBriefPage, GranteeStoryPage):
        for page in model.objects.live():
            texts.append(page.listing_summary)
            body = getattr(page, "body", None)
            texts += stream_text(body) if hasattr(body, "stream_block") else [str(body or "")]
    return [
        sentence
        for text in texts
        for sentence in re.split(r"(?<=[.!?])\s+", strip_tags(text))
        if len(sentence) > 40
    ]


def title(rng, sentences, kind, number):
    words = [word.strip(".,;:") for word in rng.choice(sentences).split()[:5]]
    return f"{rng.choice(TITLE_WORDS)} {' '.join(words).lower()} ({kind} {number})"


def first_published(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(9)))


def publish(parent, page, tags, published_on):
    page.tags.add(*tags)
    page.first_published_at = page.last_published_at = first_published(published_on)
    parent.add_child(instance=page)
    return page


def seed_large_site(sizes=SIZES, seed=7):
    rng = random.Random(seed)
    tags = list(Tag.objects.filter(home_pagetag_items__isnull=False).distinct())
    images = list(CustomImage.objects.all())
    programmes = list(Programme.objects.all())
    organisations = list(Organisation.objects.all())
    countries = list(Country.objects.all())
    research = ResearchIndexPage.objects.live().public().get()
    insights = InsightIndexPage.objects.live().public().get()
    stories = StoryIndexPage.objects.live().public().get()
    events = EventIndexPage.objects.live().public().get()
    today = timezone.localdate()
    sentences = demo_sentences()

    def sentence():
        return rng.choice(sentences)

    def paragraph():
        return " ".join(rng.sample(sentences, 4))

    def some_tags():
        return [tag.name for tag in rng.sample(tags, 3)]

    def some_day(years_back=6):
        return today - datetime.timedelta(days=rng.randint(1, 365 * years_back))

    projects = []
    with transaction.atomic():
        for number in range(sizes["projects"]):
            start = some_day()
            page = ResearchProjectPage(
                title=title(rng, sentences, "project", number),
                summary=sentence(),
                body=[("paragraph", f"<p>{paragraph()}</p>")],
                programme=rng.choice(programmes),
                lead_organisation=rng.choice(organisations),
                grant_amount_usd=rng.randrange(100_000, 1_500_000, 5_000),
                start_date=start,
                end_date=start + datetime.timedelta(days=rng.randint(365, 1100)),
                status=ResearchProjectPage.Status.ACTIVE,
                image=rng.choice(images),
            )
            page.countries.set(rng.sample(countries, rng.randint(1, 3)))
            page.partner_organisations.set(rng.sample(organisations, 2))
            projects.append(publish(research, page, some_tags(), start))
    with transaction.atomic():
        for number in range(sizes["updates"]):
            project = rng.choice(projects)
            day = some_day(3)
            update = ProjectUpdatePage(
                title=title(rng, sentences, "update", number),
                date=day,
                summary=sentence(),
                body=f"<p>{paragraph()}</p>",
            )
            publish(project, update, some_tags(), day)
    with transaction.atomic():
        for number in range(sizes["insights"]):
            day = some_day(4)
            brief = InsightBriefPage(
                title=title(rng, sentences, "insight", number),
                date=day,
                summary=sentence(),
                key_findings=[("finding", {"headline": sentence(), "detail": "", "figure": ""})],
                body=[("paragraph", f"<p>{paragraph()}</p>")],
                image=rng.choice(images),
            )
            brief.recommendations = [
                InsightRecommendation(audience=audience, text=f"<p>{sentence()}</p>")
                for audience in ("tech-industry", "researchers")
            ]
            brief.projects.set(rng.sample(projects, 2))
            publish(insights, brief, some_tags(), day)
    with transaction.atomic():
        for number in range(sizes["stories"]):
            day = some_day(4)
            story = GranteeStoryPage(
                title=title(rng, sentences, "story", number),
                date=day,
                intro=sentence(),
                body=[("paragraph", f"<p>{paragraph()}</p>")],
                image=rng.choice(images),
            )
            story.related_projects.set(rng.sample(projects, 1))
            publish(stories, story, some_tags(), day)
    with transaction.atomic():
        for number in range(sizes["events"]):
            day = today + datetime.timedelta(days=rng.randint(-700, 300))
            event = EventPage(
                title=title(rng, sentences, "event", number),
                summary=sentence(),
                start_date=day,
                start_time=datetime.time(9, 30),
                end_time=datetime.time(17),
                time_zone="Europe/London",
                city="London",
                country=rng.choice(countries),
                image=rng.choice(images),
            )
            publish(events, event, some_tags(), min(day, today))
