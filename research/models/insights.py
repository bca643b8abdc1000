import math

from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from home.blocks import BodyBlock, stream_text
from home.content import Digest, register_content_kind
from home.listing import lazy, live_projects
from home.locales import english_pages
from home.models import IndexPage, TaggedPage
from home.querysets import DatedPageQuerySet
from home.widgets import Checklist
from research.serializers import ProjectReferenceSerializer

from .taxonomy import Audience

WORDS_PER_MINUTE = 220


class KeyFindingBlock(blocks.StructBlock):
    headline = blocks.CharBlock(max_length=200)
    detail = blocks.TextBlock(required=False)
    figure = blocks.CharBlock(
        max_length=20, required=False, help_text='An optional headline number, e.g. "1 in 3".'
    )

    class Meta:
        icon = "tick"
        template = "components/blocks/key_finding.html"


class KeyFindingsBlock(blocks.StreamBlock):
    finding = KeyFindingBlock()


class InsightIndexPage(IndexPage):
    subpage_types = ["research.InsightBriefPage"]
    context_name = "insights"
    filter_form = "research.filters.InsightFilterForm"

    class Meta:
        verbose_name = "insight index page"

    def listing(self, request):
        return InsightBriefPage.objects.listing()

    @classmethod
    def latest(cls, count):
        return list(InsightBriefPage.objects.listing()[:count])


@register_content_kind(
    slug="insight",
    plural="insights",
    digest_label=_("Insight brief"),
    digest=Digest.NEW,
    digest_rank={
        Audience.TECH_INDUSTRY: 0,
        Audience.RESEARCHERS: 2,
        Audience.POLICY_MAKERS: 0,
        Audience.PRACTITIONERS: 1,
        None: 0,
    },
)
class InsightBriefPage(TaggedPage):
    """A short, practical digest of what the research found and what each audience can do."""

    date = models.DateField(default=timezone.localdate, help_text="Publication date.")
    summary = models.TextField(max_length=600)
    key_findings = StreamField(KeyFindingsBlock(), blank=True)
    body = StreamField(BodyBlock(), blank=True)
    projects = ParentalManyToManyField(
        "research.ResearchProjectPage",
        blank=True,
        related_name="insights",
        limit_choices_to=english_pages,
        help_text="The research projects this brief draws on.",
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The full brief as a downloadable file.",
    )
    reading_minutes = models.PositiveSmallIntegerField(default=1, editable=False)

    objects = PageManager.from_queryset(DatedPageQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldPanel("is_example"),
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("key_findings"),
        InlinePanel(
            "recommendations", heading="Recommendations by audience", label="Recommendation"
        ),
        FieldPanel("body"),
        FieldPanel("projects", widget=Checklist),
        FieldPanel("document"),
        FieldPanel("tags"),
    ]
    card_fields = (*TaggedPage.card_fields, "summary", "date")
    search_fields = [
        *TaggedPage.search_fields,
        index.SearchField("summary"),
        index.SearchField("key_findings"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    api_fields = [
        APIField("date"),
        APIField("summary"),
        APIField("key_findings"),
        APIField("recommendations"),
        APIField("projects", serializer=ProjectReferenceSerializer(many=True)),
        APIField("audiences"),
        APIField("reading_minutes"),
        APIField("tags"),
        APIField("is_example"),
    ]

    parent_page_types = ["research.InsightIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = gettext_noop("insight brief")
        # the newest first, on the home page and the listing
        indexes = [models.Index(fields=["date", "page_ptr"], name="insight_listing_date")]

    @property
    def listing_summary(self):
        return self.summary

    @property
    def listing_date(self):
        return self.date

    def save(self, *args, **kwargs):
        self.reading_minutes = self.estimate_reading_minutes()
        super().save(*args, **kwargs)

    def estimate_reading_minutes(self):
        texts = [
            self.summary,
            *stream_text(self.key_findings),
            *stream_text(self.body),
            *(strip_tags(rec.text) for rec in self.recommendations.all()),
        ]
        words = sum(len(text.split()) for text in texts)
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    @property
    def audiences(self):
        """The audiences this brief speaks to: those it has recommendations for."""
        present = {rec.audience for rec in self.recommendations.all()}
        return [audience for audience in Audience if audience in present]

    def recommendations_for(self, audience=None):
        """All recommendations, with the given audience's first."""
        recommendations = list(self.recommendations.all())
        return sorted(recommendations, key=lambda rec: rec.audience != audience)

    @classmethod
    def for_country(cls, country, project_keys):
        return cls.objects.listing().filter(projects__translation_key__in=project_keys).distinct()

    def recommendation_for(self, audience):
        return next(iter(self.recommendations_for(audience)), None)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            recommendations=lazy(self.recommendations_for, request.GET.get("audience")),
            source_projects=lazy(live_projects, self.projects),
        )
        return context


class InsightRecommendation(Orderable):
    brief = ParentalKey(InsightBriefPage, on_delete=models.CASCADE, related_name="recommendations")
    audience = models.CharField(max_length=20, choices=Audience.choices)
    text = RichTextField(features=["bold", "italic", "link", "ul", "ol"])

    panels = [FieldPanel("audience"), FieldPanel("text")]
    api_fields = [APIField("audience"), APIField("text")]
