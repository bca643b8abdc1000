"""Builds the demo site from home.demo.data.

Every step looks for what already exists before creating anything: snippets and tags by their
unique name or slug, pages by slug under their parent, images by their content, newsletter
members by address. Each page gets its own illustration, generated from its key, programme and
topics (home.demo.images) when the page is created.
Existing content is left as it is, so a second run creates nothing. The home page, the site and
its settings are singletons and are brought up to date only where they differ from the demo
values.

Then French and Spanish (home.demo.translating): every English page gets its place in the
French and Spanish trees as an alias, as wagtail-localize keeps them, the reference data gets its
French and Spanish names, and a few pages are translated the way staff translate them in the
editor, so the rest shows the English fallback.

Last come the newsletter's sends: one monthly digest edition and one insight alert, planned by
the newsletter's own planning service and sent (after the build is committed) by its sending
service, so the mailing screens show real figures and the emails land where the site's email
goes (var/mail/ in development)."""

import hashlib
import io
import secrets
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta

from django.core.files.images import ImageFile
from django.db.models import Model, Q
from django.utils import timezone
from django.utils.text import slugify
from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import synchronize_tree

from community.models import (
    EventIndexPage,
    EventPage,
    GranteeStoryPage,
    Invitation,
    StoryIndexPage,
)
from community.models.grantees import Role
from community.submissions import show_review_on
from home.demo import data
from home.demo.images import IMAGE_CREDIT, Subject, draw_artwork
from home.demo.translating import translate_page
from home.models import (
    ContactFormField,
    ContactPage,
    FundFigures,
    HomeFeaturedItem,
    HomePage,
    SiteSettings,
    StandardPage,
    TopicName,
)
from newsletter import planning, sending
from newsletter.models import (
    Consent,
    DigestTheme,
    Mailing,
    MemberType,
    NewsletterSettings,
    Subscriber,
)
from newsletter.schedule import latest_send, period_before
from newsletter.subscriptions import CONSENT_TEXT, UNSUBSCRIBED_TEXT
from research.models import (
    Audience,
    Country,
    InsightBriefPage,
    InsightIndexPage,
    InsightRecommendation,
    Organisation,
    Programme,
    ProjectContact,
    ProjectOutput,
    ProjectUpdatePage,
    ResearchIndexPage,
    ResearchProjectPage,
)

SECTION_MODELS = {
    "research": ResearchIndexPage,
    "insights": InsightIndexPage,
    "stories": StoryIndexPage,
    "events": EventIndexPage,
}
PUBLISHING_HOUR = time(9, 0)
EVENT_ANNOUNCEMENT_LEAD = timedelta(weeks=8)
SITE_LAUNCH = date(2023, 1, 9)
# The demo digest edition is the latest one in which at least this share of its recipients
# get at least this many items on their themes.
DIGEST_REACH = 0.75
DIGEST_ITEMS = 2


def project_status(start: date, end: date | None, today: date) -> str:
    if start > today:
        return ResearchProjectPage.Status.PLANNED
    if end is not None and end < today:
        return ResearchProjectPage.Status.COMPLETED
    return ResearchProjectPage.Status.ACTIVE


def differs(instance, name: str, value) -> bool:
    """Whether a field holds something other than `value`; relations are compared by id, since
    a page fetched as its base class never equals the same page fetched as its specific type."""
    if isinstance(value, Model):
        return getattr(instance, f"{name}_id") != value.pk
    return getattr(instance, name) != value


class DemoSiteBuilder:
    def __init__(self, today: date | None = None):
        self.today = today or timezone.localdate()
        self.created = Counter()
        self.updated = Counter()
        self.images = {}  # generated pictures by subject key
        self.drawn = Counter()  # motifs and grounds of the pictures drawn, to vary the next
        self.motifs = {}  # the motif drawn for each subject key
        self.project_subjects = {}  # by project slug, for the pages shown beside a project
        self.programmes = {}
        self.countries = {}
        self.organisations = {}
        self.projects = {}
        self.briefs = {}
        self.home = None
        self.invitation = None
        self.mailings = []  # ids of the mailings planned here, for send_mailings
        self.sent = []  # those mailings after sending, annotated with their progress

    # --- Entry point ---------------------------------------------------------------------------

    def site_has_content(self) -> bool:
        home = HomePage.objects.order_by("path").first()
        return home is not None and home.get_children().exists()

    def build(self):
        self.home = self.find_home_page()
        self.build_programmes()
        self.build_countries()
        self.build_organisations()
        self.build_tags()
        sections = {section.kind: self.build_section(section) for section in data.SECTIONS}
        self.build_projects(sections["research"])
        self.build_insights(sections["insights"])
        self.build_stories(sections["stories"])
        self.build_events(sections["events"])
        self.build_contact_page()
        self.build_standard_page(self.home, data.ABOUT)
        self.build_trust_pages()
        self.update_home_page()
        self.update_site()
        self.build_translations()
        self.build_digest_themes()
        self.build_subscribers()
        self.build_grantee_access()
        self.plan_digest_edition()
        self.plan_insight_alert()

    # --- Reference data ------------------------------------------------------------------------

    def build_programmes(self):
        for spec in data.PROGRAMMES:
            programme = Programme.objects.filter(Q(slug=spec.slug) | Q(name=spec.name)).first()
            if programme is None:
                programme = Programme.objects.create(
                    name=spec.name,
                    slug=spec.slug,
                    short_name=spec.short_name,
                    description=spec.description,
                    website=spec.website,
                    sort_order=spec.sort_order,
                )
                self.created["programmes"] += 1
            self.programmes[spec.slug] = programme

    def build_countries(self):
        for spec in data.COUNTRIES:
            slug = slugify(spec.name)
            country = Country.objects.filter(
                Q(iso_code=spec.iso_code) | Q(slug=slug) | Q(name=spec.name)
            ).first()
            if country is None:
                country = Country.objects.create(
                    name=spec.name,
                    slug=slug,
                    iso_code=spec.iso_code,
                    region=Country.Region(spec.region),
                    summary=spec.summary,
                )
                self.created["countries"] += 1
            self.add_country_findings(country)
            self.countries[spec.iso_code] = country

    def add_country_findings(self, country):
        """Fill in what was published about a country in particular, leaving alone findings
        staff have already written."""
        findings = data.DISRUPTING_HARM_COUNTRY_FINDINGS.get(country.iso_code)
        if findings and not country.findings:
            country.findings = findings
            country.save(update_fields=["findings"])
            self.updated["countries"] += 1

    def build_organisations(self):
        for spec in data.ORGANISATIONS:
            organisation = Organisation.objects.filter(name=spec.name).first()
            if organisation is None:
                organisation = Organisation.objects.create(
                    name=spec.name,
                    kind=Organisation.Kind(spec.kind),
                    country=self.countries[spec.country] if spec.country else None,
                    website=spec.website,
                )
                self.created["organisations"] += 1
            self.organisations[spec.name] = organisation

    def build_tags(self):
        for name in data.TAGS:
            if not Tag.objects.filter(name__iexact=name).exists():
                Tag.objects.create(name=name)
                self.created["tags"] += 1

    def build_digest_themes(self):
        for sort_order, spec in enumerate(data.DIGEST_THEMES, start=1):
            if DigestTheme.objects.filter(name=spec.name).exists():
                continue
            theme = DigestTheme.objects.create(
                name=spec.name, description=spec.description, sort_order=sort_order
            )
            theme.topics.set([Tag.objects.get(name__iexact=topic) for topic in spec.topics])
            self.created["digest themes"] += 1

    # --- Pages ---------------------------------------------------------------------------------

    def build_grantee_access(self):
        """The review workflow on the research section, and one open invitation to the first
        project in progress, so the grantee portal can be tried straight away."""
        for section in ResearchIndexPage.objects.all():
            show_review_on(section)
        in_progress = ResearchProjectPage.objects.filter(status=ResearchProjectPage.Status.ACTIVE)
        # an example project, so that trying the portal never edits a real grantee's page
        project = (
            in_progress.filter(is_example=True).order_by("path").first()
            or in_progress.order_by("path").first()
        )
        if project is None or Invitation.objects.filter(email=data.DEMO_GRANTEE_EMAIL).exists():
            return
        self.invitation = Invitation.objects.create(
            project=project, email=data.DEMO_GRANTEE_EMAIL, name="Demo Grantee", role=Role.LEAD
        )
        self.created["grantee invitations"] += 1

    def find_home_page(self):
        home = HomePage.objects.order_by("path").first()
        if home is None:
            raise LookupError("No home page: run the migrations first.")
        return home

    def page_at(self, path: str) -> Page:
        """A page by its path below the home page, e.g. "insights/why-children-stay-silent"."""
        return Page.objects.get(url_path=f"{self.home.url_path}{path.strip('/')}/").specific

    def ensure_page(self, parent: Page, slug: str, published_on: date, make, label: str) -> Page:
        """The page with this slug under `parent`, created and published if it is missing."""
        existing = parent.get_children().filter(slug=slug).first()
        if existing is not None:
            return existing.specific
        page = make()
        page.slug = slug
        # Published with its past date from the start: Wagtail keeps a first publication date
        # it is given, so receivers of page_published see this publish as a later one and do
        # nothing meant for news. In particular no insight alert is queued for each demo
        # brief, to be planned by the worker before any member exists (plan_insight_alert
        # sends one for the newest brief instead).
        page.first_published_at = self.publication_moment(published_on)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.backdate(page, published_on)
        self.created[label] += 1
        return page

    @staticmethod
    def publication_moment(day: date) -> datetime:
        return min(datetime.combine(day, PUBLISHING_HOUR, tzinfo=UTC), timezone.now())

    def backdate(self, page: Page, day: date):
        """Give the page a publication date that matches its content, never in the future."""
        moment = self.publication_moment(day)
        Page.objects.filter(pk=page.pk).update(
            first_published_at=moment,
            last_published_at=moment,
            latest_revision_created_at=moment,
        )
        Revision.objects.filter(pk=page.latest_revision_id).update(created_at=moment)
        page.first_published_at = page.last_published_at = moment

    def stream(self, blocks, subject: Subject) -> list[dict]:
        """Raw StreamField data with image and page references turned into ids; an image
        reference becomes another picture generated for the page the body belongs to."""
        return [self.resolve(block, subject) for block in blocks]

    def resolve(self, value, subject: Subject):
        if isinstance(value, data.ImageRef):
            return self.artwork(subject.variant(value.key)).pk
        if isinstance(value, data.PageRef):
            return self.page_at(value.path).pk
        if isinstance(value, dict):
            return {key: self.resolve(item, subject) for key, item in value.items()}
        if isinstance(value, list | tuple):
            return [self.resolve(item, subject) for item in value]
        return value

    def artwork(self, subject: Subject, varied: bool = True):
        """The picture generated for `subject`. Pictures are drawn only for pages being
        created, and one already stored with the same pixels (left by a page since deleted,
        say) is used again rather than stored twice.

        A varied picture avoids the motifs and grounds drawn most so far in this run. The home
        page's is drawn on every run, from its seed alone, so that it is the same picture,
        found again by its hash."""
        if subject.key in self.images:
            return self.images[subject.key]
        artwork = draw_artwork(subject, self.drawn if varied else None)
        self.motifs[subject.key] = artwork.motif
        file_hash = hashlib.sha1(artwork.content, usedforsecurity=False).hexdigest()
        image_model = get_image_model()
        image = image_model.objects.filter(file_hash=file_hash).first()
        if image is None:
            image = image_model(
                title=artwork.title,
                description=artwork.description,
                credit=IMAGE_CREDIT,
                file=ImageFile(io.BytesIO(artwork.content), name=artwork.filename),
                width=artwork.size[0],  # known, so not read back from the file
                height=artwork.size[1],
                file_size=len(artwork.content),
                file_hash=file_hash,
            )
            image.save()
            self.created["images"] += 1
        self.images[subject.key] = image
        return image

    def subject_about(self, key, title, project_slugs, topics, wide=False) -> Subject:
        """What a picture shows for a page about some projects: their programme's palette,
        and none of the motifs drawn for them, since the page is shown beside them."""
        programmes = Counter(self.projects[slug].programme.slug for slug in project_slugs)
        return Subject(
            key,
            title,
            programmes.most_common(1)[0][0] if programmes else "",
            tuple(topics),
            wide=wide,
            avoid=self.project_motifs(project_slugs),
        )

    def project_motifs(self, project_slugs) -> tuple[str, ...]:
        """The motifs drawn in this run for these projects (none for projects made before)."""
        keys = [
            self.project_subjects[slug].key
            for slug in project_slugs
            if slug in self.project_subjects
        ]
        return tuple(self.motifs[key] for key in keys if key in self.motifs)

    def build_section(self, spec: data.Section) -> Page:
        return self.ensure_page(
            self.home,
            spec.slug,
            SITE_LAUNCH,
            lambda: SECTION_MODELS[spec.kind](
                title=spec.title,
                intro=spec.intro,
                image=self.artwork(Subject(spec.slug, spec.title)),
                show_in_menus=True,
            ),
            "index pages",
        )

    def build_projects(self, index: Page):
        for spec in data.on_load_day_all(data.PROJECTS, self.today):
            project = self.ensure_page(
                index,
                spec.slug,
                spec.start,
                lambda spec=spec: self.make_project(index, spec),
                "research projects",
            )
            self.projects[spec.slug] = project
            for update in spec.updates:
                self.ensure_page(
                    project,
                    slugify(update.title),
                    update.date,
                    lambda update=update, spec=spec: self.tagged(
                        ProjectUpdatePage(
                            is_example=spec.example,
                            title=update.title,
                            date=update.date,
                            summary=update.summary,
                            body=update.body,
                            image=self.artwork(
                                Subject(
                                    f"{index.slug}/{spec.slug}/{slugify(update.title)}",
                                    update.title,
                                    spec.programme,
                                    tuple(update.tags or spec.tags),
                                    avoid=self.project_motifs([spec.slug]),
                                )
                            ),
                        ),
                        update.tags or spec.tags,
                    ),
                    "project updates",
                )

    def make_project(self, index: Page, spec: data.Project) -> ResearchProjectPage:
        subject = Subject(f"{index.slug}/{spec.slug}", spec.title, spec.programme, tuple(spec.tags))
        self.project_subjects[spec.slug] = subject
        page = ResearchProjectPage(
            title=spec.title,
            summary=spec.summary,
            programme=self.programmes[spec.programme],
            funding_round=spec.funding_round,
            lead_organisation=self.organisations[spec.lead],
            partner_organisations=[self.organisations[name] for name in spec.partners],
            countries=[self.countries[code] for code in spec.countries],
            grant_amount_usd=spec.grant_usd,
            start_date=spec.start,
            end_date=spec.end,
            date_precision=spec.date_precision,
            status=spec.status or project_status(spec.start, spec.end, self.today),
            reporting_interval_months=spec.reporting_interval_months,
            is_example=spec.example,
            website=spec.website,
            image=self.artwork(subject),
            body=self.stream(spec.body, subject),
            outputs=[
                ProjectOutput(
                    title=output.title,
                    kind=ProjectOutput.Kind(output.kind),
                    url=output.url,
                    year=output.year,
                )
                for output in spec.outputs
            ],
            contacts=[
                ProjectContact(
                    name=contact.name, role=contact.role, organisation=contact.organisation
                )
                for contact in spec.contacts
            ],
        )
        return self.tagged(page, spec.tags)

    def build_insights(self, index: Page):
        for spec in data.on_load_day_all(data.INSIGHTS, self.today):
            self.briefs[spec.slug] = self.ensure_page(
                index,
                spec.slug,
                spec.date,
                lambda spec=spec: self.make_insight(index, spec),
                "insight briefs",
            )

    def make_insight(self, index: Page, spec: data.Insight) -> InsightBriefPage:
        subject = self.subject_about(
            f"{index.slug}/{spec.slug}", spec.title, spec.projects, spec.tags
        )
        findings = [
            {
                "type": "finding",
                "value": {"headline": item.headline, "detail": item.detail, "figure": item.figure},
            }
            for item in spec.findings
        ]
        page = InsightBriefPage(
            is_example=spec.example,
            title=spec.title,
            date=spec.date,
            summary=spec.summary,
            image=self.artwork(subject),
            key_findings=findings,
            body=self.stream(spec.body, subject),
            projects=[self.projects[slug] for slug in spec.projects],
            recommendations=[
                InsightRecommendation(audience=Audience(audience), text=text)
                for audience, text in spec.recommendations
            ],
        )
        return self.tagged(page, spec.tags)

    def build_stories(self, index: Page):
        for spec in data.on_load_day_all(data.STORIES, self.today):
            self.ensure_page(
                index,
                spec.slug,
                spec.date,
                lambda spec=spec: self.make_story(index, spec),
                "grantee stories",
            )

    def make_story(self, index: Page, spec) -> GranteeStoryPage:
        subject = self.subject_about(
            f"{index.slug}/{spec.slug}",
            spec.title,
            spec.related_projects,
            spec.tags,
            wide=True,  # a story opens on its picture, full width
        )
        page = GranteeStoryPage(
            is_example=spec.example,
            told_by=GranteeStoryPage.ToldBy(spec.told_by),
            title=spec.title,
            date=spec.date,
            intro=spec.intro,
            image=self.artwork(subject),
            body=self.stream(spec.body, subject),
            related_projects=[self.projects[slug] for slug in spec.related_projects],
        )
        return self.tagged(page, spec.tags)

    def build_events(self, index: Page):
        for spec in data.on_load_day_all(data.EVENTS, self.today):
            subject = self.subject_about(
                f"{index.slug}/{spec.slug}", spec.title, spec.related_projects, spec.tags
            )
            self.ensure_page(
                index,
                spec.slug,
                spec.start_date - EVENT_ANNOUNCEMENT_LEAD,
                lambda spec=spec, subject=subject: self.tagged(
                    EventPage(
                        is_example=spec.example,
                        title=spec.title,
                        summary=spec.summary,
                        image=self.artwork(subject),
                        start_date=spec.start_date,
                        end_date=spec.end_date,
                        start_time=spec.start_time,
                        end_time=spec.end_time,
                        time_zone=spec.time_zone,
                        format=EventPage.Format(spec.format),
                        venue=spec.venue,
                        city=spec.city,
                        country=self.countries[spec.country] if spec.country else None,
                        registration_url=spec.registration_url,
                        description=self.stream(spec.description, subject),
                        related_projects=[self.projects[slug] for slug in spec.related_projects],
                    ),
                    spec.tags,
                ),
                "events",
            )

    def build_contact_page(self):
        spec = data.CONTACT
        self.ensure_page(
            self.home,
            spec["slug"],
            spec["published"],
            lambda: ContactPage(
                title=spec["title"],
                image=self.artwork(Subject(spec["slug"], spec["title"])),
                intro=spec["intro"],
                thank_you_text=spec["thank_you_text"],
                to_address=spec["to_address"],
                from_address=spec["from_address"],
                subject=spec["subject"],
                show_in_menus=True,
                form_fields=[ContactFormField(**field) for field in spec["fields"]],
            ),
            "standard and contact pages",
        )

    def build_standard_page(self, parent: Page, spec: data.StandardPage):
        subject = Subject(
            f"{parent.url_path}{spec.slug}".removeprefix(self.home.url_path), spec.title
        )
        page = self.ensure_page(
            parent,
            spec.slug,
            spec.published,
            lambda: StandardPage(
                title=spec.title,
                intro=spec.intro,
                image=self.artwork(subject),
                body=self.stream(spec.body, subject),
                show_in_menus=True,
            ),
            "standard and contact pages",
        )
        for child in spec.children:
            self.build_standard_page(page, child)

    def build_trust_pages(self):
        """The privacy notice, cookie statement and accessibility statement (home.trust): linked
        from the footer rather than the menu, and dated the day the demo is loaded."""
        for spec in data.TRUST_PAGES:
            self.ensure_page(
                self.home,
                spec.slug,
                self.today,
                lambda spec=spec: StandardPage(
                    title=spec.title, intro=spec.intro, body=list(spec.body), show_in_menus=False
                ),
                "trust pages",
            )

    @staticmethod
    def tagged(page: Page, tags) -> Page:
        page.tags.add(*tags)
        return page

    # --- Singletons ----------------------------------------------------------------------------

    def update_home_page(self):
        spec = data.HOME
        home = self.home
        wanted = {
            "hero_heading": spec["hero_heading"],
            "hero_text": spec["hero_text"],
            "image": self.artwork(
                Subject("home", spec["hero_heading"], wide=True, motif="network"), varied=False
            ),
            "hero_link": self.page_at(spec["hero_link"]),
            "hero_link_label": spec["hero_link_label"],
            "impact_heading": spec["impact_heading"],
            "stay_in_the_loop_heading": spec["stay_in_the_loop_heading"],
            "stay_in_the_loop_text": spec["stay_in_the_loop_text"],
        }
        featured_ids = [self.page_at(path).pk for path in spec["featured"]]
        current_ids = list(
            home.featured_items.order_by("sort_order").values_list("page_id", flat=True)
        )
        changed = [name for name, value in wanted.items() if differs(home, name, value)]
        never_published = home.first_published_at is None
        if not changed and current_ids == featured_ids and not never_published:
            return
        for name, value in wanted.items():
            setattr(home, name, value)
        home.featured_items = [HomeFeaturedItem(page_id=pk) for pk in featured_ids]
        home.save_revision().publish()
        if never_published:
            self.backdate(home, SITE_LAUNCH)
        self.updated["home page"] += 1

    def update_site(self):
        site = Site.objects.filter(root_page=self.home).first() or Site.objects.get(
            is_default_site=True
        )
        if site.site_name != data.SITE_NAME:
            site.site_name = data.SITE_NAME
            site.save(update_fields=["site_name"])
            self.updated["site"] += 1
        for model, values, label in (
            (SiteSettings, data.SITE_SETTINGS, "site settings"),
            (FundFigures, data.FUND_FIGURES, "fund figures"),
        ):
            settings = model.for_site(site)
            changed = {
                name: value for name, value in values.items() if getattr(settings, name) != value
            }
            if changed:
                for name, value in changed.items():
                    setattr(settings, name, value)
                settings.save()
                self.updated[label] += 1

    # --- French and Spanish ---------------------------------------------------------------------

    def build_translations(self):
        for sync in LocaleSynchronization.objects.select_related("sync_from", "locale"):
            synchronize_tree(sync.sync_from, sync.locale)
        self.name_reference_data()
        for path, languages in data.PAGE_TRANSLATIONS.items():
            page = self.page_at(path) if path else self.home
            for language_code, strings in languages.items():
                self.translate(page, language_code, strings)

    def name_reference_data(self):
        """French and Spanish names where the demo gives them and staff have given none."""
        named = [
            (Programme.objects.filter(slug__in=data.PROGRAMME_NAMES), "slug", data.PROGRAMME_NAMES),
            (
                Country.objects.filter(iso_code__in=data.COUNTRY_NAMES),
                "iso_code",
                data.COUNTRY_NAMES,
            ),
        ]
        for queryset, key, names in named:
            for item in queryset:
                if self.give_names(item, names[getattr(item, key)]):
                    self.updated["names of programmes and countries"] += 1
        for tag in Tag.objects.filter(name__in=data.TOPIC_NAMES):
            topic, _ = TopicName.objects.get_or_create(tag=tag)
            if self.give_names(topic, data.TOPIC_NAMES[tag.name]):
                self.updated["names of topics"] += 1

    @staticmethod
    def give_names(item, names) -> bool:
        name_fr, name_es = names
        if item.name_fr or item.name_es or not (name_fr or name_es):
            return False
        item.name_fr, item.name_es = name_fr, name_es
        item.save(update_fields=["name_fr", "name_es"])
        return True

    def translate(self, page: Page, language_code: str, strings: dict):
        """Translate the page unless it already is (staff may have edited the translation),
        dated as the English page is."""
        target = page.get_translations().filter(locale__language_code=language_code).first()
        if target is not None and not target.alias_of_id:
            return
        translated = translate_page(page, language_code, strings)
        Page.objects.filter(pk=translated.pk).update(
            first_published_at=page.first_published_at,
            last_published_at=page.last_published_at,
        )
        self.created[f"pages translated into {language_code}"] += 1

    # --- Newsletter ----------------------------------------------------------------------------

    def build_subscribers(self):
        """The demo members, as the subscribe form and its confirmation link would have left
        them: each with the consent they gave, confirmed unless still pending."""
        wanted = {member.email: member for member in data.MEMBERS}
        existing = set(Subscriber.objects.filter(email__in=wanted).values_list("email", flat=True))
        missing = [member for email, member in wanted.items() if email not in existing]
        if not missing:
            return
        signed_up = timezone.now() - timedelta(minutes=2)
        Subscriber.objects.bulk_create(
            [self.make_subscriber(member, signed_up) for member in missing]
        )
        ids = dict(
            Subscriber.objects.filter(email__in=[member.email for member in missing]).values_list(
                "email", "pk"
            )
        )
        themes = dict(DigestTheme.objects.values_list("name", "pk"))
        Subscriber.themes.through.objects.bulk_create(
            Subscriber.themes.through(subscriber_id=ids[member.email], digesttheme_id=themes[name])
            for member in missing
            for name in member.themes
        )
        Consent.objects.bulk_create(
            consent
            for member in missing
            for consent in self.consents(member, ids[member.email], signed_up)
        )
        self.created["subscribers"] += len(missing)

    @staticmethod
    def make_subscriber(member: data.Member, signed_up: datetime) -> Subscriber:
        status = Subscriber.Status(member.status)
        confirmed = status != Subscriber.Status.PENDING
        return Subscriber(
            email=member.email,
            name=member.name,
            member_type=MemberType(member.member_type),
            all_topics=member.all_topics,
            cadence=Subscriber.Cadence(member.cadence),
            insight_alerts=member.insight_alerts,
            status=status,
            # a pending member's confirmation link is bound to this nonce
            confirmation_nonce="" if confirmed else secrets.token_hex(8),
            confirmed_at=signed_up + timedelta(minutes=1) if confirmed else None,
            unsubscribed_at=(
                signed_up + timedelta(minutes=2)
                if status == Subscriber.Status.UNSUBSCRIBED
                else None
            ),
        )

    @staticmethod
    def consents(member: data.Member, subscriber_id: int, signed_up: datetime):
        """What newsletter.subscriptions records at each step a member took."""
        yield Consent(
            subscriber_id=subscriber_id,
            action=Consent.Action.REQUESTED,
            text=CONSENT_TEXT,
            source="subscribe page",
            created_at=signed_up,
        )
        if member.status == Subscriber.Status.PENDING:
            return
        yield Consent(
            subscriber_id=subscriber_id,
            action=Consent.Action.CONFIRMED,
            text=CONSENT_TEXT,
            source="confirmation link",
            created_at=signed_up + timedelta(minutes=1),
        )
        if member.status == Subscriber.Status.UNSUBSCRIBED:
            yield Consent(
                subscriber_id=subscriber_id,
                action=Consent.Action.UNSUBSCRIBED,
                text=UNSUBSCRIBED_TEXT,
                source="unsubscribe link",
                created_at=signed_up + timedelta(minutes=2),
            )

    def plan_digest_edition(self):
        """One monthly digest edition, planned as beat plans a due one. None on a site whose
        digests have gone out already."""
        if Mailing.objects.filter(kind=Mailing.Kind.DIGEST, planned_at__isnull=False).exists():
            return
        edition = self.demo_edition()
        if edition is None:
            return
        mailing, created = Mailing.objects.get_or_create(
            kind=Mailing.Kind.DIGEST,
            cadence=edition.cadence,
            period_end=edition.period_end,
            defaults={"period_start": edition.period_start},
        )
        if created:
            self.created["digest editions"] += 1
        self.plan(mailing)

    def demo_edition(self):
        """The latest monthly edition on the newsletter's schedule in which most recipients get
        a few items on their themes (an unsaved Mailing), or None if nobody takes monthly
        digests. Demo pages carry the dates of the work they describe, spread thinly over the
        years since the site's launch, so the edition due now may well be empty; failing
        DIGEST_REACH, the edition that gives the most members DIGEST_ITEMS items."""
        settings = NewsletterSettings.load()
        cadence = Subscriber.Cadence.MONTHLY
        probe = Mailing(kind=Mailing.Kind.DIGEST, cadence=cadence)
        recipients = list(planning.topics_of_recipients(probe).values())
        if not recipients:
            return None
        launch = datetime.combine(SITE_LAUNCH, PUBLISHING_HOUR, tzinfo=UTC)
        end = latest_send(cadence, timezone.now(), settings)
        best, best_reach = None, -1
        while end > launch:
            edition = Mailing(
                kind=Mailing.Kind.DIGEST,
                cadence=cadence,
                period_start=period_before(cadence, end),
                period_end=end,
            )
            items = planning.digest_items(edition, settings)
            reach = sum(
                1
                for member_type, topics in recipients
                if len(planning.choose(items, topics, member_type)) >= DIGEST_ITEMS
            )
            if reach >= DIGEST_REACH * len(recipients):
                return edition
            if reach > best_reach:
                best, best_reach = edition, reach
            end = edition.period_start
        return best

    def plan_insight_alert(self):
        """The alert for the newest demo brief that is not an example, as the alert path
        creates and plans it (without queuing the planning task: send_mailings sends it
        here)."""
        live = [brief for brief in self.briefs.values() if brief.live and not brief.is_example]
        if not live:
            return
        brief = max(live, key=lambda page: page.first_published_at)
        mailing, created = Mailing.objects.get_or_create(kind=Mailing.Kind.ALERT, brief=brief)
        if created:
            self.created["insight alerts"] += 1
        self.plan(mailing)

    def plan(self, mailing: Mailing):
        """Write the mailing's ledger; one planned before (by the worker) is left to it."""
        if planning.plan(mailing.pk):
            self.mailings.append(mailing.pk)

    def send_mailings(self):
        """Send what build() planned, as the worker's send tasks would: batch after batch until
        nothing is left. Should the mail server refuse, sending stops here and beat's
        resume_stalled_mailings has the worker finish it. Run this once the build has been
        committed, so that no email goes out for a build that is rolled back."""
        for mailing_id in self.mailings:
            outcome = "more"
            while outcome == "more":
                outcome = sending.send_pending(mailing_id)
            mailing = Mailing.objects.with_progress().select_related("brief").get(pk=mailing_id)
            mailing.outcome = outcome
            self.sent.append(mailing)
