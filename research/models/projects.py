from django.core.exceptions import ValidationError
from django.db import connections, models
from django.db.models import Case, CharField, F, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce, Concat, Greatest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from home.blocks import BodyBlock
from home.content import Digest, register_content_kind
from home.listing import card_rendition_prefetch, lazy
from home.models import IndexPage, TaggedPage
from home.querysets import SitePageQuerySet
from home.widgets import Checklist
from research.portfolio import portfolio_csv_response
from research.serializers import CountrySerializer, OrganisationSerializer, ProgrammeSerializer

from .taxonomy import Audience

UPDATE_RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3"]


def children_of_outer_page():
    """Pages one level below the outer query's page, as a range of tree paths that an index
    can scan (a child's path is its parent's and one more step), where `path__startswith`
    against an outer reference is a pattern PostgreSQL matches row by row."""
    last_step = Page.alphabet[-1] * Page.steplen
    return Q(
        depth=OuterRef("depth") + 1,
        path__gt=OuterRef("path"),
        path__lte=Concat(OuterRef("path"), Value(last_step), output_field=CharField()),
    )


def latest_known(*dates, using):
    """The latest of the dates that are known; null only if none is. PostgreSQL's GREATEST
    leaves out nulls; SQLite's is null if any argument is, so there each argument comes first
    in turn in a Coalesce of them all."""
    if connections[using].vendor == "postgresql":
        return Greatest(*dates)
    return Greatest(*(Coalesce(*dates[turn:], *dates[:turn]) for turn in range(len(dates))))


class ProjectQuerySet(SitePageQuerySet):
    def listing(self):
        """Live public projects with all a project card shows, in a fixed number of queries."""
        return (
            self.live()
            .public()
            .select_related("programme", "lead_organisation", "image")
            .prefetch_related(card_rendition_prefetch(), "countries")
            .order_by("-start_date", "title")
        )

    def by_recent_activity(self):
        """Most recently active first: by the latest of a project's newest published update,
        its start and its end, counting only what has already happened. Projects that have not
        started come last, the soonest to start first."""
        today = timezone.localdate()
        latest_update = (
            ProjectUpdatePage.objects.live()
            .public()
            .filter(children_of_outer_page())
            .filter(date__lte=today)
            .order_by("-date")
            .values("date")[:1]
        )
        started = Case(When(Q(start_date__lte=today) & ~Q(status="planned"), then="start_date"))
        ended = Case(When(end_date__lte=today, then="end_date"))
        # Not selected: every reference to it repeats the subquery, once per project.
        return (
            self.alias(
                latest_update=Subquery(latest_update),
            )
            .annotate(
                last_active=latest_known(F("latest_update"), ended, started, using=self.db),
            )
            .order_by(
                F("last_active").desc(nulls_last=True),
                Case(When(last_active__isnull=True, then="start_date")).asc(),
                "-start_date",
                "title",
            )
        )


class ResearchIndexPage(RoutablePageMixin, IndexPage):
    subpage_types = ["research.ResearchProjectPage"]
    context_name = "projects"
    filter_form = "research.filters.ProjectFilterForm"

    class Meta:
        verbose_name = "research index page"

    def listing(self, request):
        return ResearchProjectPage.objects.listing()

    @path("csv/", name="portfolio_csv")
    def portfolio_csv(self, request):
        form = self.filter_form_class()(request.GET)
        return portfolio_csv_response(form.filter(self.listing(request)))


@register_content_kind(
    slug="project",
    plural="projects",
    digest_label=_("New project"),
    digest=Digest.NEW,
    digest_rank={
        Audience.TECH_INDUSTRY: 1,
        Audience.RESEARCHERS: 0,
        Audience.POLICY_MAKERS: 2,
        Audience.PRACTITIONERS: 4,
        None: 2,
    },
)
class ResearchProjectPage(TaggedPage):
    class Status(models.TextChoices):
        PLANNED = "planned", _("Not started")
        ACTIVE = "active", _("In progress")
        COMPLETED = "completed", _("Completed")

    summary = models.TextField(
        max_length=600, help_text="Two or three sentences for cards and feeds."
    )
    body = StreamField(BodyBlock(), blank=True)
    programme = models.ForeignKey(
        "research.Programme", on_delete=models.PROTECT, related_name="projects"
    )
    funding_round = models.CharField(
        max_length=80, blank=True, help_text='e.g. "Research Fund round 2 (2022)".'
    )
    lead_organisation = models.ForeignKey(
        "research.Organisation", on_delete=models.PROTECT, related_name="led_projects"
    )
    partner_organisations = ParentalManyToManyField(
        "research.Organisation", blank=True, related_name="partner_projects"
    )
    countries = ParentalManyToManyField("research.Country", blank=True, related_name="projects")
    grant_amount_usd = models.PositiveIntegerField(
        null=True, blank=True, verbose_name="grant amount (USD)", help_text="Whole US dollars."
    )

    class DatePrecision(models.TextChoices):
        DAY = "day", "Exact days"
        MONTH = "months", "Months only"
        YEAR = "years", "Years only"
        UNKNOWN = "unknown", "Not published"

    start_date = models.DateField()
    end_date = models.DateField(null=True, blank=True)
    date_precision = models.CharField(
        max_length=10,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        verbose_name="dates known to",
        help_text="How precisely the dates are known. Where only the month or year has been "
        "published, enter its first day and choose months or years: the site then shows no more "
        'than is known ("Mar 2023", "2021"). Where no dates are published, enter the date of the '
        "award for ordering and choose not published: the site shows none.",
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.ACTIVE)
    website = models.URLField(blank=True, help_text="The project's own site, if it has one.")
    reporting_interval_months = models.PositiveSmallIntegerField(
        choices=[
            (0, "No regular updates"),
            (1, "Monthly"),
            (3, "Quarterly"),
            (6, "Every six months"),
            (12, "Yearly"),
        ],
        default=3,
        verbose_name="grantee updates due",
        help_text="How often the grantee team should post an update while the project is in "
        "progress. The portal reminds them before each update is due and when it is overdue.",
    )

    objects = PageManager.from_queryset(ProjectQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldPanel("is_example"),
        FieldPanel("summary"),
        FieldPanel("image"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("programme"), FieldPanel("funding_round")]),
                FieldPanel("lead_organisation"),
                FieldPanel("partner_organisations", widget=Checklist),
                FieldPanel("countries", widget=Checklist),
                FieldRowPanel([FieldPanel("grant_amount_usd"), FieldPanel("status")]),
                FieldRowPanel(
                    [FieldPanel("start_date"), FieldPanel("end_date"), FieldPanel("date_precision")]
                ),
                FieldRowPanel([FieldPanel("website"), FieldPanel("reporting_interval_months")]),
            ],
            heading="Grant",
        ),
        FieldPanel("body"),
        InlinePanel("outputs", heading="Outputs", label="Output"),
        InlinePanel("contacts", heading="Contacts", label="Contact"),
        FieldPanel("tags"),
    ]
    card_fields = (*TaggedPage.card_fields, "summary", "start_date", "date_precision")
    detail_select_related = ("image", "programme", "lead_organisation")
    search_fields = [
        *TaggedPage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.RelatedFields("lead_organisation", [index.SearchField("name")]),
        index.RelatedFields("countries", [index.SearchField("name")]),
        index.FilterField("status"),
    ]
    api_fields = [
        APIField("summary"),
        APIField("programme", serializer=ProgrammeSerializer()),
        APIField("lead_organisation", serializer=OrganisationSerializer()),
        APIField("partner_organisations", serializer=OrganisationSerializer(many=True)),
        APIField("countries", serializer=CountrySerializer(many=True)),
        APIField("grant_amount_usd"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("date_precision"),
        APIField("status"),
        APIField("website"),
        APIField("outputs"),
        APIField("tags"),
        APIField("is_example"),
    ]

    parent_page_types = ["research.ResearchIndexPage"]
    subpage_types = ["research.ProjectUpdatePage"]

    class Meta:
        verbose_name = gettext_noop("research project")

    def clean(self):
        super().clean()
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date cannot be before the start date.")})

    @property
    def listing_summary(self):
        return self.summary

    @property
    def listing_date(self):
        """The start date, where it is known to the day; cards show no date otherwise."""
        return self.start_date if self.date_precision == self.DatePrecision.DAY else None

    @property
    def year(self):
        return self.start_date.year

    def timeline(self):
        """Published updates, newest first, with what the timeline shows of each: its date,
        title, link and summary."""
        return (
            ProjectUpdatePage.objects.child_of(self)
            .live()
            .public()
            .only("title", "url_path", "date", "summary")
            .order_by("-date", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["updates"] = lazy(self.timeline)
        return context


class ProjectOutput(Orderable):
    class Kind(models.TextChoices):
        PUBLICATION = "publication", _("Publication")
        REPORT = "report", _("Report")
        TOOL = "tool", _("Tool")
        DATASET = "dataset", _("Dataset")
        OTHER = "other", _("Other")

    project = ParentalKey(ResearchProjectPage, on_delete=models.CASCADE, related_name="outputs")
    title = models.CharField(max_length=255)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.PUBLICATION)
    url = models.URLField(blank=True, verbose_name="link")
    document = models.ForeignKey(
        "wagtaildocs.Document", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    year = models.PositiveSmallIntegerField(null=True, blank=True)

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("year")]),
        FieldPanel("url"),
        FieldPanel("document"),
    ]
    api_fields = [APIField("title"), APIField("kind"), APIField("url"), APIField("year")]

    def clean(self):
        super().clean()
        if not self.url and not self.document_id:
            raise ValidationError(_("Give the output a link or attach a document."))

    @property
    def href(self):
        return self.document.url if self.document_id else self.url


class ProjectContact(Orderable):
    project = ParentalKey(ResearchProjectPage, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(max_length=120)
    role = models.CharField(max_length=120, blank=True)
    organisation = models.CharField(max_length=200, blank=True)
    email = models.EmailField(blank=True, help_text="Shown publicly; leave empty to hide.")

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("role")]),
        FieldRowPanel([FieldPanel("organisation"), FieldPanel("email")]),
    ]


@register_content_kind(
    slug="update",
    plural="updates",
    in_api=False,
    digest_label=_("Project update"),
    digest=Digest.NEW,
    digest_rank={
        Audience.TECH_INDUSTRY: 2,
        Audience.RESEARCHERS: 1,
        Audience.POLICY_MAKERS: 3,
        Audience.PRACTITIONERS: 3,
        None: 3,
    },
)
class ProjectUpdatePage(TaggedPage):
    """A progress update on a project, shown in the project's timeline."""

    date = models.DateField(default=timezone.localdate)
    summary = models.TextField(max_length=600)
    body = RichTextField(features=UPDATE_RICH_TEXT_FEATURES, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("is_example"),
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("body"),
        InlinePanel("documents", heading="Documents", label="Document"),
        FieldPanel("tags"),
    ]
    card_fields = (*TaggedPage.card_fields, "summary", "date")
    search_fields = [
        *TaggedPage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    api_fields = [APIField("date"), APIField("summary"), APIField("body"), APIField("tags")]

    parent_page_types = ["research.ResearchProjectPage"]
    subpage_types = []

    class Meta:
        verbose_name = gettext_noop("project update")
        # a project's timeline and its latest update, newest first
        indexes = [models.Index(fields=["date", "page_ptr"], name="update_listing_date")]

    @property
    def listing_summary(self):
        return self.summary

    @property
    def listing_date(self):
        return self.date


class UpdateDocument(Orderable):
    """A file (a report, a slide deck) attached to a project update."""

    update = ParentalKey(ProjectUpdatePage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey("wagtaildocs.Document", on_delete=models.CASCADE, related_name="+")
    title = models.CharField(
        max_length=255, blank=True, help_text="Defaults to the document's title."
    )

    panels = [FieldPanel("document"), FieldPanel("title")]

    @property
    def label(self):
        return self.title or self.document.title
