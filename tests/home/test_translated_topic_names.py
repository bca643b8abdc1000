"""A topic is shown under its French or Spanish name (TopicName) where staff gave one, at the
same address in every language, and in English otherwise."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from taggit.models import Tag

from home.models import TopicName
from home.models.tags import topic_name
from tests import factories as f

pytestmark = pytest.mark.django_db


def name_topic(tag_name, **names):
    tag = f.TagFactory(name=tag_name)
    return TopicName.objects.create(tag=tag, **names)


@pytest.fixture
def project(research_index):
    name_topic("grooming", name_fr="Pédopiégeage", name_es="Captación con fines sexuales")
    project = f.ResearchProjectPageFactory(parent=research_index, tags=["grooming", "help-seeking"])
    project.save_revision().publish()  # its French and Spanish aliases take its tags
    return project


def texts(html, selector):
    soup = BeautifulSoup(html, "html.parser")
    return [node.get_text(" ", strip=True) for node in soup.select(selector)]


def test_a_topic_is_named_in_the_readers_language_with_english_as_fallback():
    name_topic("grooming", name_fr="Pédopiégeage")

    with translation.override("en-gb"):
        assert topic_name("grooming") == "Grooming"
    with translation.override("fr"):
        assert topic_name("grooming") == "Pédopiégeage"
        assert topic_name("generative AI") == "Generative AI"
    with translation.override("es"):
        assert topic_name("grooming") == "Grooming"


def test_renaming_a_topic_shows_at_once():
    names = name_topic("grooming", name_fr="Pédopiégeage")
    with translation.override("fr"):
        topic_name("grooming")
        names.name_fr = "Sollicitation d'enfants"
        names.save()

        assert topic_name("grooming") == "Sollicitation d'enfants"


def test_the_topic_page_keeps_its_address_and_shows_the_french_name(client, project):
    html = client.get("/fr/topics/grooming/").content.decode()

    assert texts(html, "h1") == ["Pédopiégeage"]


def test_a_pages_tags_and_the_topic_index_show_spanish_names(client, project):
    page = client.get(f"/es/research/{project.slug}/").content.decode()
    index = client.get("/es/topics/").content.decode()

    assert sorted(texts(page, ".tag-list .tag")) == ["Captación con fines sexuales", "Help-seeking"]
    assert "/es/topics/grooming/" in page
    assert "Captación con fines sexuales" in texts(index, ".topic-tile__link")


def test_the_listing_filter_offers_french_topic_names(client, project, research_index):
    html = client.get("/fr/research/").content.decode()

    options = BeautifulSoup(html, "html.parser").select("#id_topic option")
    assert [(option["value"], option.get_text()) for option in options][1:] == [
        ("grooming", "Pédopiégeage"),
        ("help-seeking", "Help-seeking"),
    ]


def test_naming_many_topics_reads_the_translations_once():
    for number in range(6):
        name_topic(f"topic {number}", name_fr=f"sujet {number}")
    names = list(Tag.objects.values_list("name", flat=True))

    with translation.override("fr"), CaptureQueriesContext(connection) as captured:
        shown = [topic_name(name) for name in names]

    assert len(captured) == 1
    assert sorted(shown) == [f"sujet {number}" for number in range(6)]


def test_staff_name_topics_in_french_and_spanish_in_the_admin(admin_client):
    tag = f.TagFactory(name="grooming")

    response = admin_client.post(
        "/admin/snippets/home/topicname/add/",
        {"tag": tag.pk, "name_fr": "Pédopiégeage", "name_es": "Grooming"},
    )

    assert response.status_code == 302
    assert TopicName.objects.get(tag=tag).name_fr == "Pédopiégeage"
