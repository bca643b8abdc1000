"""A country page carries what was published about that country, and nothing in its name that
was not: a finding for all Disrupting Harm countries together is not one country's finding."""

import pytest

from home.demo.data.projects_disrupting_harm import (
    DH_PHASE_1_COUNTRIES,
    DH_PHASE_2_COUNTRIES,
    DISRUPTING_HARM_COUNTRY_FINDINGS,
)
from tests import factories as f

pytestmark = pytest.mark.django_db

SOURCE = "https://safeonline.global/disrupting-harm/"
MALAYSIA_LAW = "Malaysia made sexual extortion a criminal offence."


@pytest.fixture
def malaysia(research_index):
    country = f.CountryFactory(
        name="Malaysia",
        slug="malaysia",
        findings=[
            ("finding", {"figure": "4%", "text": "of children surveyed.", "source_url": SOURCE}),
            ("policy_change", {"figure": "", "text": MALAYSIA_LAW, "source_url": SOURCE}),
        ],
    )
    f.ResearchProjectPageFactory(parent=research_index, countries=[country])
    return country


@pytest.fixture
def cambodia(research_index):
    country = f.CountryFactory(name="Cambodia", slug="cambodia")
    f.ResearchProjectPageFactory(parent=research_index, countries=[country])
    return country


def test_a_country_page_shows_its_own_findings_and_policy_changes(client, malaysia):
    html = client.get("/countries/malaysia/").content.decode()

    assert "What the research found in Malaysia" in html
    assert "of children surveyed." in html
    assert "What changed in policy" in html
    assert MALAYSIA_LAW in html
    assert f'href="{SOURCE}"' in html


def test_a_country_without_findings_shows_no_findings_section(client, malaysia, cambodia):
    html = client.get("/countries/cambodia/").content.decode()

    assert "What the research found" not in html
    assert "data-country-findings" not in html
    assert MALAYSIA_LAW not in html


def test_saving_a_countrys_findings_shows_them_at_once(client, cambodia):
    client.get("/countries/cambodia/")  # warm the cached fragment
    cambodia.findings = [("policy_change", {"text": "A new national plan.", "source_url": SOURCE})]
    cambodia.save()

    assert "A new national plan." in client.get("/countries/cambodia/").content.decode()


def test_demo_findings_are_each_countrys_own():
    texts = [
        block["value"]["text"]
        for blocks in DISRUPTING_HARM_COUNTRY_FINDINGS.values()
        for block in blocks
    ]
    assert len(texts) == len(set(texts))


def test_demo_findings_name_only_the_countries_the_published_material_names():
    names = {c.iso_code: c.name for c in (*DH_PHASE_1_COUNTRIES, *DH_PHASE_2_COUNTRIES)}
    assert set(DISRUPTING_HARM_COUNTRY_FINDINGS) == {"ID", "MY", "PH", "TZ", "VN"}
    for iso_code, blocks in DISRUPTING_HARM_COUNTRY_FINDINGS.items():
        for block in blocks:
            assert names[iso_code] in block["value"]["text"]
