from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models import Q
from django.http import Http404
from django.template.response import TemplateResponse
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home import outbox, trust
from home.blocks import BodyBlock
from home.contact import staff_addresses
from home.content_version import store_request_entry
from home.forms import ContactFormBuilder, ContactPageAdminForm
from home.listing import Cards, in_order, lazy
from home.process_cache import remember
from home.querysets import site_pages
from home.ratelimit import TOO_MANY_REQUESTS, over_limit, recipient_over_limit

from .base import BasePage, IndexPage

MAX_DEPTH = 20
HOME_PAGE_ITEMS = 3


@dataclass(frozen=True)
class Section:
    """A section as the home page shows it: its latest items, and its page to link to."""

    page: Page | None
    latest: list


class HomePage(BasePage):
    hero_heading = models.CharField(max_length=160)
    hero_text = models.TextField(max_length=400)
    hero_link = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    hero_link_label = models.CharField(max_length=40, blank=True)
    impact_heading = models.CharField(max_length=120, default="Our impact so far")
    stay_in_the_loop_heading = models.CharField(max_length=120, default="Stay in the loop")
    stay_in_the_loop_text = models.TextField(
        max_length=400,
        blank=True,
        help_text="Invites members to subscribe to the themed digests.",
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_text"),
                FieldPanel("image", heading="Hero image"),
                FieldRowPanel([FieldPanel("hero_link"), FieldPanel("hero_link_label")]),
            ],
            heading="Hero",
        ),
        FieldPanel("impact_heading", help_text="The figures are computed from project data."),
        InlinePanel("featured_items", heading="Featured content", label="Featured page"),
        MultiFieldPanel(
            [FieldPanel("stay_in_the_loop_heading"), FieldPanel("stay_in_the_loop_text")],
            heading="Stay in the loop",
        ),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "research.ResearchIndexPage",
        "research.InsightIndexPage",
        "community.StoryIndexPage",
        "community.EventIndexPage",
        "home.StandardPage",
        "home.ContactPage",
    ]
    max_count = 1
    detail_select_related = ("image", "hero_link")

    class Meta:
        verbose_name = "home page"

    def route(self, request, path_components):
        """Find the deepest page on the path in one query instead of one query per level (or
        take it from the cache, see CachedSiteMiddleware), then let it route whatever is left
        (routable pages such as an event's ics/)."""
        if not path_components:
            return super().route(request, path_components)
        cached = getattr(request, "cached_entries", {}).get("route")
        page, depth = cached or self.deepest_page(path_components)
        if cached is None and hasattr(request, "cached_entries"):
            store_request_entry(request, "route", (page, depth), settings.FRAGMENT_CACHE_SECONDS)
        return page.route(request, path_components[depth:])

    def deepest_page(self, path_components):
        """The specific page deepest on the path, and how many path components it covers.
        No page on this site lies deeper than MAX_DEPTH below home; a longer path is not looked
        up level by level (a thousand levels overflow SQLite's expression tree)."""
        if len(path_components) > MAX_DEPTH:
            raise Http404
        levels = Q()
        for level, slug in enumerate(path_components, start=1):
            levels |= Q(slug=slug, depth=self.depth + level)
        found = Page.objects.filter(levels, path__startswith=self.path).order_by()
        candidates = {
            url_path: (pk, content_type_id)
            for url_path, pk, content_type_id in found.values_list(
                "url_path", "pk", "content_type_id"
            )
        }
        for depth in range(len(path_components), 0, -1):
            url_path = self.url_path + "".join(f"{slug}/" for slug in path_components[:depth])
            if url_path in candidates:
                return detail_page(*candidates[url_path]), depth
        raise Http404

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            sections=lazy(remember, ("home-sections", self.pk), self.sections),
            featured=lazy(remember, ("home-featured", self.pk), self.featured_pages),
        )
        return context

    def sections(self):
        """Each kind of section by what it lists ("insights", "events" …): its latest items,
        and its live, public page below home to link to, if there is one."""
        pages = {}
        for page in site_pages().child_of(self).live().public():
            pages[ContentType.objects.get_for_id(page.content_type_id).model_class()] = page
        return {
            page_type.context_name: Section(pages.get(page_type), page_type.latest(HOME_PAGE_ITEMS))
            for page_type in apps.get_models()
            if issubclass(page_type, IndexPage)
        }

    def featured_pages(self):
        page_ids = [
            pk for pk in self.featured_items.values_list("page_id", flat=True) if pk is not None
        ]
        if not page_ids:
            return []
        return in_order(Cards(site_pages().live().public().filter(pk__in=page_ids)), page_ids)


def with_detail_relations(page):
    """The specific page, with the related rows its own page shows (`detail_select_related`)
    fetched in the same query."""
    return detail_page(page.pk, page.content_type_id)


def detail_page(pk, content_type_id):
    """The page with this id as its own type, with the related rows its own page shows
    (`detail_select_related`) fetched in the same query."""
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return Page.objects.get(pk=pk).specific
    related = getattr(model, "detail_select_related", ())
    return model.objects.select_related(*related).get(pk=pk)


class HomeFeaturedItem(Orderable):
    home_page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_items")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("page")]


class StandardPage(BasePage):
    """About, Our purpose and other free-form pages, including the trust pages (home.trust)."""

    intro = models.TextField(max_length=500, blank=True)
    body = StreamField(BodyBlock(), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    card_fields = (*BasePage.card_fields, "intro")

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage", "home.ContactPage"]

    class Meta:
        verbose_name = "standard page"

    @property
    def listing_summary(self):
        return self.search_description or self.intro

    @property
    def is_trust_page(self):
        """The privacy notice, cookie statement and accessibility statement, which say when
        they last changed."""
        return self.slug in trust.SLUGS

    @classmethod
    def trust_links(cls, request=None):
        """The live, public trust pages as {slug: trust.Link}, the one nearest the home page
        winning where two share a slug."""
        pages = cls.objects.live().public().filter(slug__in=trust.SLUGS).order_by("depth", "path")
        links = {}
        for page in pages:
            if page.slug not in links and (url := page.get_url(request)):
                links[page.slug] = trust.Link(page.title, url)
        return links


class ContactFormField(AbstractFormField):
    page = ParentalKey("ContactPage", on_delete=models.CASCADE, related_name="form_fields")


class ContactPage(BasePage, AbstractEmailForm):
    """A form for donors and partners; submissions are stored and emailed to staff by Celery."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])
    thank_you_text = RichTextField(blank=True, features=["bold", "italic", "link"])

    form_builder = ContactFormBuilder
    base_form_class = ContactPageAdminForm

    content_panels = [
        *Page.content_panels,
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label="Form fields"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading="Notification email to staff",
        ),
    ]
    promote_panels = [
        *Page.promote_panels,
        FieldPanel("image", heading="Sharing image"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []

    class Meta:
        verbose_name = "contact form page"

    def serve(self, request, *args, **kwargs):
        """Each IP address may send CONTACT_FORM_RATE_LIMIT messages an hour; past that the
        form comes back, filled in as it was, with a message saying so."""
        if request.method == "POST" and over_limit(
            request, "contact", settings.CONTACT_FORM_RATE_LIMIT
        ):
            form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
            form.add_error(None, TOO_MANY_REQUESTS)
            context = self.get_context(request)
            context["form"] = form
            return TemplateResponse(request, self.get_template(request), context, status=429)
        return super().serve(request, *args, **kwargs)

    def process_form_submission(self, form):
        """Store the message; tell each staff address by email unless it has had
        CONTACT_NOTIFICATIONS_PER_ADDRESS notifications this hour (the message is still listed
        under the page's submissions in the admin)."""
        if form.is_bot:
            return None  # thank it, keep nothing
        form.cleaned_data.pop(form.HONEYPOT, None)
        with transaction.atomic():
            submission = self.get_submission_class().objects.create(
                form_data=form.cleaned_data, page=self
            )
            for address in staff_addresses(self):
                limit = settings.CONTACT_NOTIFICATIONS_PER_ADDRESS
                if not recipient_over_limit("contact", address, limit):
                    outbox.enqueue("home.tasks.send_contact_notification", submission.pk, address)
        return submission
