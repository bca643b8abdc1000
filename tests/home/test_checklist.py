"""Long multiple choices in the page editor are checklists (home/widgets.py) that name what is
already chosen; the filtering itself is exercised in the browser by tests/e2e."""

import pytest
from bs4 import BeautifulSoup

from community.models import EventPage, GranteeStoryPage
from research.models import InsightBriefPage, ResearchProjectPage

pytestmark = pytest.mark.django_db

CHECKLISTS = {
    ResearchProjectPage: ["partner_organisations", "countries"],
    InsightBriefPage: ["projects"],
    GranteeStoryPage: ["related_projects"],
    EventPage: ["related_projects"],
}


def test_every_long_multiple_choice_is_a_checklist_naming_the_chosen(
    admin_client, page_of_each_type
):
    checked = 0
    for page in page_of_each_type:
        page = page.specific
        for field in CHECKLISTS.get(type(page), []):
            choice = page._meta.get_field(field).related_model.objects.first()
            getattr(page, field).set([choice])
            page.save_revision()  # a draft: what the editor shows

            html = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
            soup = BeautifulSoup(html, "html.parser")
            label = soup.find("label", attrs={"for": f"id_{field}_filter"})
            checklist = soup.find(id=f"id_{field}_filter").find_parent(
                attrs={"data-checklist": True}
            )
            group = checklist.find(attrs={"role": "group"})
            chosen = [span.get_text() for span in checklist.select("[data-checklist-chosen] span")]

            assert label is not None, field
            assert group["aria-labelledby"] == label["id"]
            assert not soup.find("select", attrs={"name": field})
            boxes = group.find_all("input", attrs={"type": "checkbox", "name": field})
            ticked = [
                box.find_parent("label").get_text(strip=True)
                for box in boxes
                if box.has_attr("checked")
            ]
            assert chosen == ticked
            assert ticked == [str(choice)]
            checked += 1
    assert checked == 5
