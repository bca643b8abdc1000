"""Reference data that staff keep as snippets (programmes, organisations and countries), and the
audiences the fund's work speaks to. Each has an English name and, where staff give them, a French
and a Spanish one: display_name is the name in the reader's language."""

from django.db import models
from django.urls import reverse
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from home.models import TranslatedNames
from research.blocks import CountryFindingsBlock


class Audience(models.TextChoices):
    TECH_INDUSTRY = "tech-industry", "Tech industry: product, policy and trust & safety teams"
    RESEARCHERS = "researchers", "Researchers"
    POLICY_MAKERS = "policy-makers", "Policy makers"
    PRACTITIONERS = "practitioners", "Practitioners and civil society"


class DisplayName(TranslatedNames):
    """The name people read: the reader's language's where staff gave one, else the English."""

    class Meta:
        abstract = True

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        return self.translated_name() or self.name


class Programme(index.Indexed, DisplayName):
    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=120, unique=True)
    short_name = models.CharField(max_length=40, blank=True, help_text="Used on cards and filters.")
    description = models.TextField(blank=True)
    website = models.URLField(blank=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("name_fr"),
        FieldPanel("name_es"),
        FieldPanel("slug"),
        FieldPanel("short_name"),
        FieldPanel("description"),
        FieldPanel("website"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["sort_order", "name"]

    @property
    def label(self):
        """The name on cards, filters and charts: short where staff gave a short English name and
        no translation."""
        return self.translated_name() or self.short_name or self.name


class CountryQuerySet(models.QuerySet):
    def with_public_projects(self):
        """Countries of live, public projects: the only ones the site names."""
        projects = self.model._meta.get_field("projects").related_model
        return self.filter(projects__in=projects.objects.live().public()).distinct()


class Country(index.Indexed, DisplayName):
    class Region(models.TextChoices):
        AFRICA = "africa", "Africa"
        AMERICAS = "americas", "Americas"
        ASIA_PACIFIC = "asia-pacific", "Asia and the Pacific"
        EUROPE = "europe", "Europe"
        MIDDLE_EAST = "middle-east", "Middle East and North Africa"

    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    iso_code = models.CharField(
        max_length=2, unique=True, verbose_name="ISO code", help_text="ISO 3166-1 alpha-2, e.g. KE."
    )
    region = models.CharField(max_length=20, choices=Region.choices)
    summary = models.TextField(blank=True, help_text="A short introduction for the country page.")
    findings = StreamField(
        CountryFindingsBlock(),
        blank=True,
        verbose_name="findings and policy changes",
        help_text="Only what has been published about this country itself, each with its source. "
        "Leave it empty rather than repeat a figure for a whole programme.",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("name_fr"),
        FieldPanel("name_es"),
        FieldPanel("slug"),
        FieldPanel("iso_code"),
        FieldPanel("region"),
        FieldPanel("summary"),
        FieldPanel("findings"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    objects = CountryQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "countries"

    def get_absolute_url(self):
        return reverse("research:country", kwargs={"slug": self.slug})

    def own_findings(self):
        return [block for block in self.findings if block.block_type == "finding"]

    def policy_changes(self):
        return [block for block in self.findings if block.block_type == "policy_change"]


class Organisation(index.Indexed, DisplayName):
    class Kind(models.TextChoices):
        UNIVERSITY = "university", "University or research institute"
        NGO = "ngo", "Non-profit or civil society"
        UN = "un", "UN agency or international organisation"
        COMPANY = "company", "Company"
        GOVERNMENT = "government", "Government or public body"

    name = models.CharField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    country = models.ForeignKey(
        Country, null=True, blank=True, on_delete=models.SET_NULL, related_name="organisations"
    )
    website = models.URLField(blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("name_fr"),
        FieldPanel("name_es"),
        FieldPanel("kind"),
        FieldPanel("country"),
        FieldPanel("website"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
