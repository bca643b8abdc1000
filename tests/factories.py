"""Factories for every model; each sets only what its model needs to be valid."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from factory.django import DjangoModelFactory

from community.models import EventIndexPage, EventPage, GranteeStoryPage, StoryIndexPage
from home.models import ContactFormField, ContactPage, CustomImage, StandardPage
from newsletter.models import DigestTheme
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


class ImageFactory(wagtail_factories.ImageFactory):
    class Meta:
        model = CustomImage

    credit = "© Safe Online/Test"
    description = factory.Sequence(lambda n: f"Illustration {n}")


class ProgrammeFactory(DjangoModelFactory):
    class Meta:
        model = Programme

    name = factory.Sequence(lambda n: f"Programme {n}")
    slug = factory.Sequence(lambda n: f"programme-{n}")


class CountryFactory(DjangoModelFactory):
    class Meta:
        model = Country

    name = factory.Sequence(lambda n: f"Country {n}")
    slug = factory.Sequence(lambda n: f"country-{n}")
    iso_code = factory.Sequence(lambda n: f"{chr(65 + n // 26 % 26)}{chr(65 + n % 26)}")
    region = Country.Region.AFRICA


class OrganisationFactory(DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Organisation {n}")
    kind = Organisation.Kind.UNIVERSITY


class DigestThemeFactory(DjangoModelFactory):
    class Meta:
        model = DigestTheme
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Theme {n}")
    description = "What this theme covers."

    @factory.post_generation
    def topics(theme, create, extracted, **kwargs):
        """topics=[tag, …]; topics__name="grooming" for one topic by name; else one new topic."""
        if create:
            theme.topics.set(extracted if extracted is not None else [TagFactory(**kwargs)])


class TagFactory(DjangoModelFactory):
    class Meta:
        model = "taggit.Tag"
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"topic {n}")
    slug = factory.LazyAttribute(lambda tag: tag.name.replace(" ", "-"))


class PublishedPageFactory(wagtail_factories.PageFactory):
    """A live page with a publication time, tags and many-to-many values applied after saving."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True  # the hooks below save when they change something

    first_published_at = factory.LazyFunction(timezone.now)
    last_published_at = factory.SelfAttribute("first_published_at")

    @factory.post_generation
    def tags(page, create, names, **kwargs):
        if names:
            page.tags.add(*names)
            page.save()


class ResearchIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ResearchIndexPage

    title = "Research"
    slug = "research"


class ResearchProjectPageFactory(PublishedPageFactory):
    class Meta:
        model = ResearchProjectPage

    title = factory.Sequence(lambda n: f"Research project {n}")
    summary = "What the project studies and why it matters."
    programme = factory.SubFactory(ProgrammeFactory)
    lead_organisation = factory.SubFactory(OrganisationFactory)
    grant_amount_usd = 150_000
    start_date = datetime.date(2023, 3, 1)

    @factory.post_generation
    def countries(page, create, countries, **kwargs):
        if countries:
            page.countries.set(countries)
            page.save()


class ProjectUpdatePageFactory(PublishedPageFactory):
    class Meta:
        model = ProjectUpdatePage

    title = factory.Sequence(lambda n: f"Update {n}")
    summary = "What happened this quarter."
    date = datetime.date(2024, 6, 1)


class InsightIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = InsightIndexPage

    title = "Insights"
    slug = "insights"


class InsightBriefPageFactory(PublishedPageFactory):
    class Meta:
        model = InsightBriefPage

    title = factory.Sequence(lambda n: f"Insight brief {n}")
    summary = "What the research shows, in brief."
    date = datetime.date(2024, 5, 1)


class InsightRecommendationFactory(DjangoModelFactory):
    class Meta:
        model = InsightRecommendation

    brief = factory.SubFactory(InsightBriefPageFactory)
    audience = "tech-industry"
    text = "<p>Act on the findings.</p>"


class StoryIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StoryIndexPage

    title = "Stories"
    slug = "stories"


class GranteeStoryPageFactory(PublishedPageFactory):
    class Meta:
        model = GranteeStoryPage

    title = factory.Sequence(lambda n: f"Grantee story {n}")
    intro = "How one team turned research into practice."
    date = datetime.date(2024, 4, 1)
    body = factory.LazyFunction(list)


class EventIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = EventIndexPage

    title = "Events"
    slug = "events"


class EventPageFactory(PublishedPageFactory):
    class Meta:
        model = EventPage

    title = factory.Sequence(lambda n: f"Event {n}")
    summary = "Researchers and industry meet to share findings."
    start_date = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=30))
    start_time = datetime.time(9, 30)
    end_time = datetime.time(17, 0)
    time_zone = "Europe/London"
    city = "London"


class StandardPageFactory(PublishedPageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Page {n}")


class ContactPageFactory(PublishedPageFactory):
    """A contact form asking for a name, an email address and a message."""

    class Meta:
        model = ContactPage

    title = "Contact"
    slug = "contact"

    @factory.post_generation
    def fields(page, create, extracted, **kwargs):
        for order, (label, kind) in enumerate(
            [("Name", "singleline"), ("Email", "email"), ("Message", "multiline")]
        ):
            ContactFormField.objects.create(
                page=page, sort_order=order, label=label, field_type=kind, required=True
            )
