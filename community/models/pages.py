import zoneinfo
from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Coalesce
from django.http import HttpResponse
from django.utils import timezone
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.search import index

from community.ics import event_calendar
from home.blocks import BodyBlock
from home.content import Digest, register_content_kind
from home.listing import card_rendition_prefetch, lazy, live_projects
from home.models import IndexPage, TaggedPage
from home.querysets import DatedPageQuerySet, SitePageQuerySet
from home.widgets import Checklist
from research.models import Audience
from research.serializers import CountrySerializer, ProjectReferenceSerializer

TIME_ZONE_CHOICES = [
    (name, name.replace("_", " ")) for name in sorted(zoneinfo.available_timezones())
]


class StoryIndexPage(IndexPage):
    subpage_types = ["community.GranteeStoryPage"]
    context_name = "stories"
    filter_form = "community.filters.StoryFilterForm"

    class Meta:
        verbose_name = "story index page"

    def listing(self, request):
        return GranteeStoryPage.objects.listing()

    @classmethod
    def latest(cls, count):
        return list(GranteeStoryPage.objects.listing()[:count])


@register_content_kind(
    slug="story",
    plural="stories",
    digest_label="Grantee story",
    digest=Digest.NEW,
    digest_rank={
        Audience.TECH_INDUSTRY: 3,
        Audience.RESEARCHERS: 4,
        Audience.POLICY_MAKERS: 1,
        Audience.PRACTITIONERS: 0,
        None: 1,
    },
)
class GranteeStoryPage(TaggedPage):
    date = models.DateField(default=timezone.localdate)
    intro = models.TextField(max_length=600, help_text="The opening paragraph, also used on cards.")
    body = StreamField(BodyBlock())
    related_projects = ParentalManyToManyField(
        "research.ResearchProjectPage", blank=True, related_name="stories"
    )

    objects = PageManager.from_queryset(DatedPageQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("image", heading="Hero image"),
        FieldPanel("body"),
        FieldPanel("related_projects", widget=Checklist),
        FieldPanel("tags"),
    ]
    search_fields = [
        *TaggedPage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    api_fields = [
        APIField("date"),
        APIField("intro"),
        APIField("body"),
        APIField("related_projects", serializer=ProjectReferenceSerializer(many=True)),
        APIField("tags"),
    ]

    parent_page_types = ["community.StoryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "grantee story"
        verbose_name_plural = "grantee stories"

    @property
    def listing_summary(self):
        return self.intro

    @property
    def listing_date(self):
        return self.date

    @classmethod
    def for_country(cls, country, project_ids):
        return cls.objects.listing().filter(related_projects__in=project_ids).distinct()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["projects"] = lazy(live_projects, self.related_projects)
        return context


class EventQuerySet(SitePageQuerySet):
    def listing(self):
        return (
            self.live()
            .public()
            .select_related("image", "country")
            .prefetch_related(card_rendition_prefetch())
            .annotate(last_day=Coalesce("end_date", "start_date"))
        )

    def upcoming(self):
        today = timezone.localdate()
        return self.listing().filter(last_day__gte=today).order_by("start_date", "start_time")

    def past(self):
        today = timezone.localdate()
        return self.listing().filter(last_day__lt=today).order_by("-start_date", "-start_time")


class EventIndexPage(IndexPage):
    subpage_types = ["community.EventPage"]
    context_name = "events"
    filter_form = "community.filters.EventFilterForm"

    class Meta:
        verbose_name = "event index page"

    @staticmethod
    def showing_past(request):
        return request.GET.get("when") == "past"

    def listing(self, request):
        return (
            EventPage.objects.past() if self.showing_past(request) else EventPage.objects.upcoming()
        )

    @classmethod
    def latest(cls, count):
        return list(EventPage.objects.upcoming()[:count])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["showing_past"] = self.showing_past(request)
        return context


@register_content_kind(
    slug="event",
    plural="events",
    digest_label="Event",
    digest=Digest.UPCOMING,
    digest_rank={
        Audience.TECH_INDUSTRY: 4,
        Audience.RESEARCHERS: 3,
        Audience.POLICY_MAKERS: 4,
        Audience.PRACTITIONERS: 2,
        None: 4,
    },
    date_field="start_date",
    more_label="Event details",
)
class EventPage(RoutablePageMixin, TaggedPage):
    class Format(models.TextChoices):
        IN_PERSON = "in-person", "In person"
        ONLINE = "online", "Online"
        HYBRID = "hybrid", "In person and online"

    summary = models.TextField(max_length=600)
    start_date = models.DateField()
    start_time = models.TimeField(
        null=True, blank=True, help_text="Leave empty for all-day events."
    )
    end_date = models.DateField(null=True, blank=True, help_text="For events over several days.")
    end_time = models.TimeField(null=True, blank=True)
    time_zone = models.CharField(
        max_length=64,
        choices=TIME_ZONE_CHOICES,
        default="UTC",
        help_text="The time zone the dates and times above are given in.",
    )
    format = models.CharField(max_length=20, choices=Format.choices, default=Format.IN_PERSON)
    venue = models.CharField(max_length=200, blank=True)
    city = models.CharField(max_length=100, blank=True)
    country = models.ForeignKey(
        "research.Country", null=True, blank=True, on_delete=models.SET_NULL, related_name="events"
    )
    registration_url = models.URLField(blank=True, verbose_name="registration link")
    description = StreamField(BodyBlock(), blank=True)
    related_projects = ParentalManyToManyField(
        "research.ResearchProjectPage", blank=True, related_name="events"
    )

    objects = PageManager.from_queryset(EventQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("image"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
                FieldPanel("time_zone"),
            ],
            heading="When",
        ),
        MultiFieldPanel(
            [
                FieldPanel("format"),
                FieldPanel("venue"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                FieldPanel("registration_url"),
            ],
            heading="Where",
        ),
        FieldPanel("description"),
        FieldPanel("related_projects", widget=Checklist),
        FieldPanel("tags"),
    ]
    search_fields = [
        *TaggedPage.search_fields,
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("city"),
        index.FilterField("start_date"),
    ]
    api_fields = [
        APIField("summary"),
        APIField("starts_at"),
        APIField("ends_at"),
        APIField("time_zone"),
        APIField("format"),
        APIField("venue"),
        APIField("city"),
        APIField("country", serializer=CountrySerializer()),
        APIField("registration_url"),
        APIField("related_projects", serializer=ProjectReferenceSerializer(many=True)),
        APIField("tags"),
    ]

    parent_page_types = ["community.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "event"

    def clean(self):
        super().clean()
        if self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": "The event cannot end before it starts."})
        if self.end_time and not self.start_time:
            raise ValidationError({"start_time": "Give a start time when you give an end time."})
        if self.ends_at and self.starts_at and self.ends_at < self.starts_at:
            raise ValidationError({"end_time": "The event cannot end before it starts."})
        if self.format != self.Format.ONLINE and not self.city:
            raise ValidationError({"city": "Give the city for an event that meets in person."})

    @property
    def tzinfo(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def is_all_day(self):
        return self.start_time is None

    @property
    def starts_at(self):
        """An aware datetime for timed events; None for all-day events."""
        if self.start_time is None:
            return None
        return datetime.combine(self.start_date, self.start_time, tzinfo=self.tzinfo)

    @property
    def ends_at(self):
        if self.start_time is None:
            return None
        end_date = self.end_date or self.start_date
        if self.end_time is None:
            return datetime.combine(end_date, self.start_time, tzinfo=self.tzinfo) + timedelta(
                hours=1
            )
        return datetime.combine(end_date, self.end_time, tzinfo=self.tzinfo)

    @property
    def last_date(self):
        return self.end_date or self.start_date

    @property
    def is_upcoming(self):
        return self.last_date >= timezone.localdate()

    @property
    def location(self):
        if self.format == self.Format.ONLINE:
            return "Online"
        place = ", ".join(part for part in (self.venue, self.city, str(self.country or "")) if part)
        return f"{place} and online" if self.format == self.Format.HYBRID else place

    @property
    def listing_summary(self):
        return self.summary

    @property
    def listing_date(self):
        return self.start_date

    @classmethod
    def for_country(cls, country, project_ids):
        return cls.objects.upcoming().filter(country=country)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["projects"] = lazy(live_projects, self.related_projects)
        return context

    @path("ics/", name="ics")
    def ics(self, request):
        response = HttpResponse(event_calendar(self, request), content_type="text/calendar")
        response["Content-Disposition"] = f'attachment; filename="{self.slug}.ics"'
        return response
