"""The world map on the countries page: shapes drawn once from a public-domain map, each country
with published work linking to its page, and only those."""

import re

import pytest

from research.world_map import MAP_FILE, draw_shapes
from tests import factories as f

SOURCE = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2000 1000">
  <g class="ke country map-element"><path d="m 100,100 l 20,0 0,20 -20,0 z" /></g>
  <g class="pe country map-element" transform="translate(200,0)">
    <path d="M 100,100 c 5,5 5,5 10,10 L 100,120 z" />
  </g>
</svg>"""


def linked_countries(html):
    return re.findall(r'<a href="(/countries/[^"]+/)" aria-label="([^"]+)"><path data-iso', html)


def test_the_shapes_are_drawn_as_one_titled_path_per_country():
    svg = draw_shapes(SOURCE, {"ke": "Kenya", "pe": "Peru"})

    assert 'viewBox="0 0 1000 500"' in svg
    assert '<path data-iso="ke" d="M50 50l10 0 0 10-10 0z"><title>Kenya</title></path>' in svg
    assert '<path data-iso="pe" d="M150 50l5 5-5 5z"><title>Peru</title></path>' in svg


def test_the_drawn_map_has_a_titled_shape_for_the_countries_of_disrupting_harm():
    shapes = MAP_FILE.read_text()
    for iso in ("kh", "id", "my", "ph", "vn", "ke", "tz", "br", "jo", "mk", "rs", "tn"):
        assert re.search(rf'<path data-iso="{iso}" d="M[^"]+"><title>', shapes), iso
    assert "<script" not in shapes


@pytest.mark.django_db
def test_each_country_with_published_work_links_to_its_page(client, research_index):
    kenya = f.CountryFactory(name="Kenya", slug="kenya", iso_code="KE")
    peru = f.CountryFactory(name="Peru", slug="peru", iso_code="PE")
    f.CountryFactory(name="Chile", slug="chile", iso_code="CL")  # no projects
    f.ResearchProjectPageFactory(parent=research_index, countries=[kenya, peru])

    html = client.get("/countries/").content.decode()

    assert linked_countries(html) == [("/countries/kenya/", "Kenya"), ("/countries/peru/", "Peru")]
    assert '<path data-iso="cl" d=' in html  # drawn, not linked


@pytest.mark.django_db
def test_the_map_follows_the_projects_as_they_are_published(client, research_index):
    kenya = f.CountryFactory(name="Kenya", slug="kenya", iso_code="KE")
    peru = f.CountryFactory(name="Peru", slug="peru", iso_code="PE")
    f.ResearchProjectPageFactory(parent=research_index, countries=[kenya])
    assert linked_countries(client.get("/countries/").content.decode()) == [
        ("/countries/kenya/", "Kenya")
    ]

    f.ResearchProjectPageFactory(parent=research_index, countries=[peru])

    assert [name for _, name in linked_countries(client.get("/countries/").content.decode())] == [
        "Kenya",
        "Peru",
    ]


@pytest.mark.django_db
def test_a_country_the_map_does_not_draw_is_still_listed(client, research_index):
    somewhere = f.CountryFactory(name="Somewhere", slug="somewhere", iso_code="ZZ")
    f.ResearchProjectPageFactory(parent=research_index, countries=[somewhere])

    html = client.get("/countries/").content.decode()

    assert linked_countries(html) == []
    assert '<a href="/countries/somewhere/">Somewhere</a>' in html
