"""Listing filters draw their selects from one template (components/filter_select.html) for
speed, with exactly the markup of Django's own select widget."""

import pytest
from django.test import RequestFactory

from community.filters import EventFilterForm, StoryFilterForm
from home.filters import SELECT_TEMPLATE
from research.filters import InsightFilterForm, ProjectFilterForm
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "form_class", [ProjectFilterForm, InsightFilterForm, EventFilterForm, StoryFilterForm]
)
def test_filter_selects_draw_what_djangos_select_draws(form_class, research_index):
    country = f.CountryFactory(slug="kenya")
    project = f.ResearchProjectPageFactory(
        parent=research_index, countries=[country], tags=["grooming"]
    )
    query = (
        RequestFactory()
        .get("/", {"topic": "grooming", "country": "kenya", "programme": project.programme.slug})
        .GET
    )
    form = form_class(query)
    selects = [field for field in form if field.field.widget.template_name == SELECT_TEMPLATE]
    assert selects
    drawn = []
    for field in selects:
        ours = str(field)
        field.field.widget.template_name = "django/forms/widgets/select.html"
        assert ours == str(field), field.name
        drawn.append(ours)
    assert any("<option" in html and " selected>" in html for html in drawn)
