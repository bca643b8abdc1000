"""Topics are stored as typed, mostly in lower case ("generative AI"), and shown in sentence case
("Generative AI") everywhere people read them: tags on pages, the topic index and topic pages,
listing filters, feeds and the grantee portal's form."""

import pytest
from bs4 import BeautifulSoup

from community import access
from community.models import Invitation
from home.models.tags import topic_name
from tests import factories as f
from tests.community.helpers import PASSWORD, signed_in

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("grooming", "Grooming"),
        ("generative AI", "Generative AI"),
        ("help-seeking", "Help-seeking"),
        ("data & evidence", "Data & evidence"),
        ("eSafety", "eSafety"),
        ("AI safety", "AI safety"),
        ("", ""),
    ],
)
def test_a_topic_is_shown_in_sentence_case(stored, shown):
    assert topic_name(stored) == shown


@pytest.fixture
def project(research_index):
    return f.ResearchProjectPageFactory(parent=research_index, tags=["generative AI", "grooming"])


def texts(html, selector):
    return [
        node.get_text(" ", strip=True)
        for node in BeautifulSoup(html, "html.parser").select(selector)
    ]


def test_a_pages_tags_show_their_display_names(client, project):
    html = client.get(project.url).content.decode()

    assert sorted(texts(html, ".tag-list .tag")) == ["Generative AI", "Grooming"]


def test_the_topic_index_and_topic_page_show_display_names(client, project):
    index = client.get("/topics/").content.decode()
    topic = client.get("/topics/generative-ai/").content.decode()

    assert texts(index, ".topic-tile__link") == ["Generative AI", "Grooming"]
    assert texts(topic, "h1") == ["Generative AI"]
    assert "<title>Generative AI · Safe Online</title>" in topic


def test_listing_filters_offer_display_names_and_filter_by_slug(client, project, research_index):
    html = client.get(research_index.url).content.decode()

    options = BeautifulSoup(html, "html.parser").select("#id_topic option")
    assert [(option["value"], option.get_text()) for option in options] == [
        ("", "All topics"),
        ("generative-ai", "Generative AI"),
        ("grooming", "Grooming"),
    ]


def test_feeds_give_display_names_as_categories_and_titles(client, project):
    rss = client.get("/feeds/rss/").content.decode()
    topic_rss = client.get("/topics/generative-ai/rss/").content.decode()

    assert "<category>Generative AI</category>" in rss
    assert "<title>Safe Online: Generative AI</title>" in topic_rss


def test_the_portal_offers_display_names_and_saves_the_topic_itself(project):
    invitation = Invitation.objects.create(project=project, email="ana@uni.example", name="Ana")
    grantee = access.accept(invitation, password=PASSWORD)

    html = signed_in(grantee).get(f"/portal/projects/{project.pk}/updates/new/").content.decode()

    choices = BeautifulSoup(html, "html.parser").select("input[name=tags]")
    labels = {
        choice["value"]: choice.find_parent("label").get_text(" ", strip=True) for choice in choices
    }
    assert labels == {"generative AI": "Generative AI", "grooming": "Grooming"}
