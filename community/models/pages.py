import zoneinfo
from datetime import datetime, time, timedelta

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, F, Q, Value, When
from django.db.models.functions import Coalesce
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.search import index

from community import people as story_people
from community.ics import event_calendar
from home.blocks import BodyBlock
from home.content import Digest, register_content_kind
from home.listing import card_rendition_prefetch, lazy, live_projects
from home.locales import english_pages
from home.models import IndexPage, TaggedPage
from home.querysets import DatedPageQuerySet, SitePageQuerySet
from home.widgets import Checklist
from research.models import Audience, Organisation, ProjectContact
from research.serializers import CountrySerializer, ProjectReferenceSerializer


def utc_offset(moment):
    """A moment's offset from UTC as people write it: "UTC+1", "UTC−7", "UTC+5:30", "UTC"."""
    minutes = round(moment.utcoffset().total_seconds() / 60)
    if not minutes:
        return "UTC"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{'+' if minutes > 0 else '−'}{hours}{f':{rest:02d}' if rest else ''}"


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
    digest_label="Story",
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
    class ToldBy(models.TextChoices):
        """Who tells the story: the label readers see on the page and on its card."""

        GRANTEE = "grantee", _("Grantee story")
        STAFF = "staff", _("Staff reflection")
        EVENT = "event", _("Event recap")
        NEWS = "news", _("News from the fund")
        PARTNER = "partner", _("Partner story")

    date = models.DateField(default=timezone.localdate)
    told_by = models.CharField(
        max_length=20,
        choices=ToldBy.choices,
        default=ToldBy.GRANTEE,
        help_text="Who tells this story. A grantee story is told by the funded team itself, in "
        "their own words; pieces written by the fund's staff are reflections, recaps or news.",
    )
    intro = models.TextField(max_length=600, help_text="The opening paragraph, also used on cards.")
    body = StreamField(BodyBlock())
    related_projects = ParentalManyToManyField(
        "research.ResearchProjectPage",
        blank=True,
        related_name="stories",
        limit_choices_to=english_pages,
    )

    objects = PageManager.from_queryset(DatedPageQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldPanel("is_example"),
        FieldRowPanel([FieldPanel("date"), FieldPanel("told_by")]),
        FieldPanel("intro"),
        FieldPanel("image", heading="Hero image"),
        FieldPanel("body"),
        FieldPanel("related_projects", widget=Checklist),
        FieldPanel("tags"),
    ]
    card_fields = (*TaggedPage.card_fields, "intro", "date", "told_by")
    search_fields = [
        *TaggedPage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    api_fields = [
        APIField("date"),
        APIField("told_by"),
        APIField("intro"),
        APIField("body"),
        APIField("related_projects", serializer=ProjectReferenceSerializer(many=True)),
        APIField("tags"),
        APIField("is_example"),
    ]

    parent_page_types = ["community.StoryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "grantee story"
        verbose_name_plural = "grantee stories"
        # the newest first, on the home page and the listing
        indexes = [models.Index(fields=["date", "page_ptr"], name="story_listing_date")]

    @property
    def listing_summary(self):
        return self.intro

    @property
    def type_label(self):
        return self.get_told_by_display()

    @property
    def listing_date(self):
        return self.date

    @classmethod
    def for_country(cls, country, project_keys):
        return (
            cls.objects.listing()
            .filter(related_projects__translation_key__in=project_keys)
            .distinct()
        )

    @property
    def voices(self):
        """The people quoted in the story, for its card: read from the body, no queries."""
        return story_people.voices(self.body)

    def people(self, projects):
        """Who the story is about, for the top of its page: the people it quotes, then the
        contacts of the (visible) projects it is about."""
        found = {person.name: person for person in self.voices}
        contacts = ProjectContact.objects.filter(
            project_id__in=[project.pk for project in projects]
        ).order_by("project__path", "sort_order")
        for contact in contacts:
            found.setdefault(contact.name, story_people.from_contact(contact))
        return list(found.values())

    def teller(self, projects):
        """Who tells the story: the organisations leading its projects when a grantee or a
        partner tells it, the fund itself for everything its staff write."""
        if self.told_by in (self.ToldBy.GRANTEE, self.ToldBy.PARTNER):
            organisations = list(
                dict.fromkeys(
                    Organisation.objects.filter(led_projects__in=[p.pk for p in projects])
                    .order_by("led_projects__path")
                    .values_list("name", flat=True)
                )
            )
            if organisations:
                role = "Grantee" if self.told_by == self.ToldBy.GRANTEE else "Partner"
                return story_people.Person(" and ".join(organisations[:2]), role, is_team=True)
        site = self.get_site()
        return story_people.Person(site.site_name if site else "", is_team=True)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        projects = context["projects"] = lazy(live_projects, self.related_projects)
        context["people"] = lazy(self.people, projects)
        context["teller"] = lazy(self.teller, projects)
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

    def every(self):
        """Upcoming events first, soonest first, then past ones, latest first."""
        today = timezone.localdate()
        upcoming = Q(last_day__gte=today)
        return (
            self.listing()
            .annotate(is_past=Case(When(upcoming, then=Value(0)), default=Value(1)))
            .order_by(
                "is_past",
                Case(When(upcoming, then="start_date")).asc(),
                Case(When(upcoming, then="start_time")).asc(),
                F("start_date").desc(),
                F("start_time").desc(nulls_last=True),
            )
        )


class EventIndexPage(IndexPage):
    subpage_types = ["community.EventPage"]
    context_name = "events"
    filter_form = "community.filters.EventFilterForm"

    class Meta:
        verbose_name = "event index page"

    # Which events the listing shows (?when=), upcoming unless asked otherwise.
    SHOWING = {"upcoming": "upcoming", "past": "past", "all": "every"}

    @classmethod
    def showing(cls, request):
        when = request.GET.get("when")
        return when if when in cls.SHOWING else "upcoming"

    def listing(self, request):
        return getattr(EventPage.objects, self.SHOWING[self.showing(request)])()

    @classmethod
    def latest(cls, count):
        return list(EventPage.objects.upcoming()[:count])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["showing"] = self.showing(request)
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
        "research.ResearchProjectPage",
        blank=True,
        related_name="events",
        limit_choices_to=english_pages,
    )

    objects = PageManager.from_queryset(EventQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldPanel("is_example"),
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
    card_fields = (*TaggedPage.card_fields, "summary", "start_date", "end_date")
    card_fields += ("start_time", "end_time", "time_zone")
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
        APIField("is_example"),
    ]

    parent_page_types = ["community.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "event"
        # upcoming events, soonest first, on the home page and the listing
        indexes = [models.Index(fields=["start_date", "start_time"], name="event_listing_date")]

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
    def is_multi_day(self):
        return self.last_date != self.start_date

    @property
    def time_zone_label(self):
        """The time zone as people name it, with its offset from UTC on the day, which daylight
        saving changes: "London time (UTC+1)", "Kolkata time (UTC+5:30)", "UTC"."""
        if self.time_zone in ("UTC", "Etc/UTC"):
            return "UTC"
        place = self.time_zone.rsplit("/", 1)[-1].replace("_", " ")
        moment = self.starts_at or datetime.combine(self.start_date, time(12), tzinfo=self.tzinfo)
        return f"{place} time ({utc_offset(moment)})"

    @property
    def time_label(self):
        """When on the day it runs, for listings and cards: "09:30–17:00 London time (UTC+1)",
        "from 09:00 …" when it runs over several days, "All day" when it has no start time."""
        if self.is_all_day:
            return "All day"
        if self.is_multi_day:
            return f"From {self.starts_at:%H:%M} {self.time_zone_label}"
        end = f"–{self.ends_at:%H:%M}" if self.end_time else ""
        return f"{self.starts_at:%H:%M}{end} {self.time_zone_label}"

    @property
    def listing_time(self):
        return self.time_label

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
    def for_country(cls, country, project_keys):
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
