"""The French site passes axe-core's WCAG 2.1 A and AA rules, page by page, like the English one
(tests/e2e/test_accessibility.py): its own <html lang>, the language switcher, the note on pages
shown in English and their English content marked as such, and French text that is longer
than the English it replaces."""

import pytest
from playwright.sync_api import expect
from wagtail.models import Locale, Page
from wagtail_localize.synctree import synchronize_tree

from tests.e2e.test_accessibility import (
    AXE,
    Audit,
    content,  # noqa: F401 -- the fixture, used by name
    public_pages,
)

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        not AXE.exists(), reason=f"axe-core is not installed ({AXE} is missing): run `npm ci`"
    ),
]


@pytest.fixture
def french_site(content):  # noqa: F811 -- the fixture imported above
    """Every page given its place in the French tree, and the insight brief translated."""
    french = Locale.objects.get(language_code="fr")
    synchronize_tree(Locale.objects.get(language_code="en-gb"), french)
    brief = content["brief"]
    Page.objects.get(translation_key=brief.translation_key, locale=french).delete()
    translated = brief.copy_for_translation(french)
    translated.title = "Ce que les enfants nous disent de leur sécurité en ligne"
    translated.save_revision().publish()
    return content


def test_french_pages_have_no_wcag_21_aa_violations(french_site, new_context, screenshot):
    page = new_context(bypass_csp=True).new_page()
    audit = Audit(page, screenshot("french-pages"))

    for name, path in public_pages(french_site):
        audit.visit(name, f"/fr{path}")
        expect(page.locator("html")).to_have_attribute("lang", "fr")
    version = audit.axe_version()

    page.goto("/fr/")
    expect(page.get_by_role("link", name="Français")).to_have_attribute("aria-current", "true")
    page.goto(f"/fr{french_site['project'].url}")
    expect(page.get_by_role("note").filter(has_text="pas encore été traduite")).to_be_visible()

    summary = audit.summary()
    print(f"\naxe-core {version}, WCAG 2.1 A and AA, French pages:\n{summary}")
    assert not any(audit.violations.values()), f"axe found violations:\n{audit.report()}"
