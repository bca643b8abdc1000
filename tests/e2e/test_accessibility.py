"""Every kind of public page and every portal page passes axe-core's WCAG 2.1 A and AA rules.

One visitor walks the whole site in one browser tab: home, each section listing (one of them
filtered), a page of every type, topics, countries, search, the newsletter sign-up and the
preference centre, then the portal from the invitation link and sign-in through the dashboard
and its forms. axe-core (pinned in package.json, installed by `make test` with `npm ci`) is
injected into each page and run there."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.documents import get_document_model

from community import access, submissions
from community.models import Invitation
from community.tokens import invitation_token
from home.models import HomeFeaturedItem
from newsletter.tokens import make_token
from research.models import ProjectContact, ProjectOutput, UpdateDocument
from tests import factories as f
from tests.e2e.helpers import REPOSITORY
from tests.newsletter.factories import SubscriberFactory

AXE = REPOSITORY / "node_modules" / "axe-core" / "axe.min.js"

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        not AXE.exists(), reason=f"axe-core is not installed ({AXE} is missing): run `npm ci`"
    ),
]

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
RUN_AXE = """async tags => {
  const results = await axe.run(document, {
    runOnly: {type: "tag", values: tags},
    resultTypes: ["violations"],
  });
  return results.violations.map(rule => ({
    id: rule.id,
    impact: rule.impact,
    help: rule.help,
    targets: rule.nodes.map(node => node.target.join(" ")),
  }));
}"""
TOPIC = "online grooming"
GRANTEE_EMAIL = "ana.lima@uni.example"
GRANTEE_PASSWORD = "a-long-pass-phrase-9"
SOURCE = "https://example.org/country-report"


def stream(*blocks):
    return [{"type": kind, "value": value} for kind, value in blocks]


def article_body(image, document, link_page):
    """A StreamField body with every block but video (whose embed would need the network)."""
    return stream(
        ("heading", {"text": "What the team found", "level": "h2"}),
        (
            "paragraph",
            "<p>Young people described <b>first contact</b> in gaming chats.</p>"
            "<ul><li>Kenya</li><li>Peru</li></ul>",
        ),
        ("image", {"image": image.pk, "caption": "Workshop participants mapping risks"}),
        ("quote", {"quote": "We now know where to act.", "name": "Ana Lima", "role": "Lead"}),
        ("document", {"document": document.pk, "label": "The fieldwork report"}),
        (
            "figures",
            {"figures": [{"value": "1 in 3", "label": "reported contact", "source": "Survey"}]},
        ),
        (
            "call_to_action",
            {
                "title": "Read the research",
                "text": "Every project we fund.",
                "page": link_page.pk,
                "url": "",
                "button_label": "See the projects",
            },
        ),
    )


@pytest.fixture
def content(home_page):
    """One page of every type, sharing a topic, a country and an image with a credit: a pale
    photo, the hardest background for the light text laid over hero images."""
    image = f.ImageFactory(
        title="Workshop",
        credit="© Safe Online/Test",
        file__width=1600,
        file__height=900,
        file__color="#f4f1ea",
    )
    report = get_document_model().objects.create(
        title="Fieldwork report", file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="report.pdf")
    )
    kenya = f.CountryFactory(
        name="Kenya",
        slug="kenya",
        iso_code="KE",
        findings=[
            ("finding", {"figure": "9%", "text": "of children surveyed.", "source_url": SOURCE}),
            ("policy_change", {"text": "A national plan was adopted.", "source_url": SOURCE}),
        ],
    )
    peru = f.CountryFactory(name="Peru", slug="peru", iso_code="PE")
    sections = {
        "research": f.ResearchIndexPageFactory(
            parent=home_page, intro="Every project we fund.", image=image, show_in_menus=True
        ),
        "insights": f.InsightIndexPageFactory(parent=home_page, image=image, show_in_menus=True),
        "stories": f.StoryIndexPageFactory(parent=home_page, image=image, show_in_menus=True),
        "events": f.EventIndexPageFactory(parent=home_page, image=image, show_in_menus=True),
    }
    project = f.ResearchProjectPageFactory(
        parent=sections["research"],
        title="Safer chats",
        tags=[TOPIC, "detection"],
        countries=[kenya, peru],
        image=image,
        website="https://safer-chats.example",
        body=article_body(image, report, sections["research"]),
        outputs=[ProjectOutput(title="Interim report", url="https://example.org/r", year=2024)],
        contacts=[ProjectContact(name="Ana Lima", role="Lead", organisation="Uni")],
    )
    f.ResearchProjectPageFactory(parent=sections["research"], tags=["detection"], image=image)
    update = f.ProjectUpdatePageFactory(
        parent=project,
        tags=[TOPIC],
        image=image,
        body="<p>We spoke to <b>120</b> young people about online grooming.</p>",
    )
    UpdateDocument.objects.create(update=update, document=report)
    brief = f.InsightBriefPageFactory(
        parent=sections["insights"],
        tags=[TOPIC],
        image=image,
        key_findings=stream(
            ("finding", {"headline": "Contact starts in games", "detail": "", "figure": "62%"})
        ),
        body=article_body(image, report, project),
    )
    brief.projects.add(project)
    brief.save()
    f.InsightRecommendationFactory(brief=brief)
    story = f.GranteeStoryPageFactory(
        parent=sections["stories"],
        tags=[TOPIC],
        image=image,
        body=article_body(image, report, project),
    )
    story.related_projects.add(project)
    story.save()
    event = f.EventPageFactory(
        parent=sections["events"],
        tags=[TOPIC],
        image=image,
        country=kenya,
        venue="Kenyatta International Convention Centre",
        registration_url="https://events.example/register",
        description=article_body(image, report, project),
    )
    event.related_projects.add(project)
    event.save()
    f.EventPageFactory(
        parent=sections["events"],
        image=image,
        start_date=timezone.localdate() - datetime.timedelta(days=60),
    )
    standard = f.StandardPageFactory(
        parent=home_page,
        title="About us",
        intro="Who we are.",
        image=image,
        body=article_body(image, report, project),
        show_in_menus=True,
    )
    contact = f.ContactPageFactory(parent=home_page, intro="<p>Write to us.</p>")
    feature_on_home_page(home_page, image, sections["research"], [brief, story, event])
    return {
        **sections,
        "themes": [
            f.DigestThemeFactory(name="Grooming", topics__name=TOPIC),
            f.DigestThemeFactory(name="Detection", topics__name="detection"),
        ],
        "project": project,
        "update": update,
        "brief": brief,
        "story": story,
        "event": event,
        "standard": standard,
        "contact": contact,
    }


def feature_on_home_page(home_page, image, hero_link, featured):
    home_page.hero_heading = "Evidence and tools for a digital world where every child is safe"
    home_page.hero_text = "Safe Online funds research that protects children online."
    home_page.image = image
    home_page.hero_link = hero_link
    home_page.hero_link_label = "Explore the research"
    home_page.featured_items = [HomeFeaturedItem(page=page) for page in featured]
    home_page.save_revision().publish()


@pytest.fixture
def grantee(content):
    """A grantee on the project, who joined from an invitation and has a draft update."""
    project = content["project"]
    invitation = Invitation.objects.create(project=project, email=GRANTEE_EMAIL, name="Ana Lima")
    user = access.accept(invitation, password=GRANTEE_PASSWORD)
    submissions.save_update(
        project,
        user,
        {
            "title": "Fieldwork finished",
            "date": datetime.date(2024, 6, 1),
            "summary": "Interviews are done.",
            "body": "<p>The details.</p>",
            "image": None,
            "tags": [],
            "documents": [],
        },
    )
    return user


def public_pages(content):
    """(name, path) for every public page a member of the community of practice reads."""
    return [
        ("home", "/"),
        ("research-listing", content["research"].url),
        (
            "research-listing-filtered",
            f"{content['research'].url}?topic=online-grooming&country=kenya",
        ),
        ("research-project", content["project"].url),
        ("project-update", content["update"].url),
        ("insight-listing", content["insights"].url),
        ("insight-brief", content["brief"].url),
        ("story-listing", content["stories"].url),
        ("grantee-story", content["story"].url),
        ("event-listing", content["events"].url),
        ("event", content["event"].url),
        ("standard-page", content["standard"].url),
        ("contact-page", content["contact"].url),
        ("topic-index", reverse("topic_index")),
        ("topic", reverse("topic", args=["online-grooming"])),
        ("country-index", reverse("research:country_index")),
        ("country", reverse("research:country", args=["kenya"])),
        ("search", f"{reverse('search')}?q=grooming"),
        ("evidence-map", f"{content['research'].url}evidence/"),
        ("portfolio-charts", f"{content['research'].url}portfolio/"),
        ("newsletter-subscribe", reverse("newsletter:subscribe")),
    ]


class Audit:
    """Runs axe in each page the visitor reaches and keeps what it finds, page by page."""

    def __init__(self, page, shot):
        self.page = page
        self.shot = shot
        self.violations = {}

    def visit(self, name, path):
        response = self.page.goto(path)
        assert response.ok, f"{name}: {path} answered {response.status}"
        self.check(name)

    def check(self, name):
        self.page.add_script_tag(path=str(AXE))
        self.violations[name] = self.page.evaluate(RUN_AXE, WCAG_21_AA)
        self.shot(self.page, name)

    def axe_version(self):
        return self.page.evaluate("axe.version")

    def summary(self):
        width = max(map(len, self.violations))
        return "\n".join(
            f"  {name:{width}}  {len(found)} violation{'s' if len(found) != 1 else ''}"
            for name, found in self.violations.items()
        )

    def report(self):
        lines = []
        for name, found in self.violations.items():
            for rule in found:
                targets = ", ".join(rule["targets"][:3])
                more = len(rule["targets"]) - 3
                lines.append(
                    f"  {name}: {rule['id']} ({rule['impact']}) {rule['help']}; "
                    f"{targets}{f' and {more} more' if more > 0 else ''}"
                )
        return "\n".join(lines)


def sign_in_to_portal(page):
    page.get_by_label("Username").fill(GRANTEE_EMAIL)
    page.get_by_label("Password").fill(GRANTEE_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/portal/")


def test_every_page_type_has_no_wcag_21_aa_violations(content, grantee, new_context, screenshot):
    project = content["project"]
    subscriber = SubscriberFactory(themes=content["themes"][:1])
    pending = Invitation.objects.create(project=project, email="ben@ngo.example", name="Ben Okoro")
    # The site's Content-Security-Policy rightly refuses inline scripts, axe's included.
    page = new_context(bypass_csp=True).new_page()
    audit = Audit(page, screenshot("accessibility"))

    for name, path in public_pages(content):
        audit.visit(name, path)
        if name in ("research-listing-filtered", "search"):
            expect(page.get_by_role("link", name=project.title)).to_be_visible()
    token = make_token(subscriber, "preferences")
    audit.visit("preference-centre", reverse("newsletter:preferences", args=[token]))
    token = invitation_token(pending)
    audit.visit("portal-invitation", reverse("community:accept_invitation", args=[token]))

    audit.visit("portal-sign-in", reverse("community:login"))
    sign_in_to_portal(page)
    expect(page.get_by_role("rowheader", name="Fieldwork finished")).to_be_visible()
    audit.check("portal-dashboard")
    audit.visit("portal-new-update", reverse("community:new_update", args=[project.pk]))
    page.get_by_role("button", name="Save draft").click()
    expect(page.get_by_text("This field is required.").first).to_be_visible()
    audit.check("portal-update-errors")
    audit.visit("portal-project-edit", reverse("community:edit_project", args=[project.pk]))

    summary = audit.summary()
    print(f"\naxe-core {audit.axe_version()} ({', '.join(WCAG_21_AA)}) violations per page:")
    print(summary)
    assert not any(audit.violations.values()), (
        f"WCAG 2.1 AA violations per page:\n{summary}\n\n{audit.report()}"
    )
