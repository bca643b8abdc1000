from django.db import models
from django.utils.module_loading import import_string
from django.utils.text import capfirst
from django.utils.translation import gettext
from modelcluster.contrib.taggit import ClusterTaggableManager
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.search import index

from home.listing import cards_for, filtered_page, lazy
from home.locales import reading_locale_id
from home.querysets import SitePageQuerySet, restricted_section_paths

from .tags import PageTag, pages_sharing_tags


class BasePage(Page):
    """Fields and behaviour every page on the site shares: one image used at the top of the page,
    on listing cards and when the page is shared, plus the meta description logic."""

    image = models.ForeignKey(
        "home.CustomImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown at the top of the page, on listing cards and when the page is shared.",
    )

    objects = PageManager.from_queryset(SitePageQuerySet)()

    # The columns a card of this page shows (home.listing.Cards): its title, link, image, type,
    # date and summary. A page type whose card shows more adds its own.
    card_fields = ("title", "slug", "url_path", "depth", "path", "content_type", "live")
    card_fields += ("search_description", "image")
    # The related rows the page itself shows, fetched with it when it is served.
    detail_select_related = ("image",)

    # Each page type places FieldPanel("image") once, where its editors look for it. A second
    # panel for the same field renders two inputs with one name, and the empty one wins on save.

    class Meta:
        abstract = True

    @property
    def localized(self):
        """Wagtail's, without asking the database which locale is active when this page is
        already in the reader's language, as every page served from its own tree is."""
        if self.locale_id == reading_locale_id():
            return self
        return super().localized

    def get_view_restrictions(self):
        """Skip the per-request privacy query when no section of the site is restricted."""
        if not restricted_section_paths():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    @property
    def listing_summary(self):
        """The short text used on cards, in feeds and as the meta description fallback."""
        return self.search_description

    @property
    def listing_date(self):
        return None

    @property
    def listing_time(self):
        """Shown after the date on cards and in emails: an event's hours. Every page answers,
        so a template asking a page without hours costs no failed lookup (which lists the
        page's attributes to tell a missing one from a broken property)."""
        return ""

    @property
    def meta_description(self):
        return self.search_description or self.listing_summary or ""

    @property
    def type_label(self):
        """The kind of page, as cards name it: its verbose_name (marked for translation with
        gettext_noop where the model is declared) in the reader's language."""
        return capfirst(gettext(self._meta.verbose_name))


class IndexPage(BasePage):
    """The single page of a section that lists one content type, with filters in the URL.

    Subclasses name the filter form, the listing queryset and the context variable."""

    intro = models.TextField(max_length=600, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("image")]
    parent_page_types = ["home.HomePage"]
    max_count = 1
    context_name = "items"
    card_fields = (*BasePage.card_fields, "intro")
    # The filter form's dotted path: named rather than imported, as the form imports models.
    filter_form = None

    class Meta:
        abstract = True

    @property
    def listing_summary(self):
        return self.search_description or self.intro

    def filter_form_class(self):
        return import_string(self.filter_form)

    def listing(self, request):
        """The unfiltered queryset of everything this page lists."""
        raise NotImplementedError

    @classmethod
    def latest(cls, count):
        """The newest (or next) items of the section, for the home page; none by default."""
        return []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = self.filter_form_class()(request.GET)
        context.update(
            filter_form=form,
            **{self.context_name: filtered_page(request, form, lambda: self.listing(request))},
        )
        return context


class TaggedPage(BasePage):
    """A content page that takes part in the shared topic vocabulary."""

    tags = ClusterTaggableManager(
        through=PageTag,
        blank=True,
        help_text="Topics from the shared vocabulary; they drive topic pages, related content "
        "and which digests the page goes into.",
    )
    is_example = models.BooleanField(
        default=False,
        verbose_name="example",
        help_text="Illustrative content that describes no real grant, person or event. It is "
        "marked as an example on the page, on cards and in the admin, and left out of the "
        "figures the site computes. Never name a real organisation in an example.",
    )

    card_fields = (*BasePage.card_fields, "is_example")

    search_fields = [
        *Page.search_fields,
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.AutocompleteField("search_headline"),
    ]

    class Meta:
        abstract = True

    @property
    def example_label(self):
        return "Example" if self.is_example else ""

    def get_admin_display_title(self):
        title = super().get_admin_display_title()
        return f"{title} (example)" if self.is_example else title

    @property
    def search_headline(self):
        """What a card shows beneath the title: the summary and the topics.

        Wagtail's database backends keep three columns per page: the title, the body (every
        SearchField) and an "autocomplete" column, which holds the title and this. The search
        ranks a match there above a match in the body alone (home/search_backend.py)."""
        return " ".join(filter(None, [self.listing_summary, *self.tags.names()]))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"] = lazy(self.related_pages)
        return context

    @classmethod
    def for_country(cls, country, project_keys):
        """The pages of this type a country's page lists, given the live, public projects in
        that country (a subquery of their translation keys, which pages in every language's
        tree share: a French brief links the English projects); None where a page type is not
        listed there."""
        return

    def recommendation_for(self, audience):
        """What this page recommends to members of an audience, shown with it in their emails;
        None where a page type makes no recommendations."""
        return

    def related_pages(self, limit=3):
        """Live, public pages sharing the most tags with this one, most recent first on ties."""
        return cards_for(pages_sharing_tags(self.pk, limit))
