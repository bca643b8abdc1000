"""On a 390 px phone a page is drawn in its final layout: every image has its size before it
arrives, so nothing shifts as the images load; the menu is collapsed behind its toggle from the
first paint where scripts run, and open where they do not; and the browser refuses nothing
under the Content-Security-Policy."""

import pytest

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 390, "height": 844}

# Collects what the Content-Security-Policy refused, from before the page's first byte.
WATCH_POLICY_VIOLATIONS = """
window.policyViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.policyViolations.push(`${event.violatedDirective}: ${event.blockedURI || "inline"}`);
});
"""
# The page's cumulative layout shift, as Lighthouse and the Core Web Vitals count it.
LAYOUT_SHIFT = """() => new Promise((resolve) => {
  let total = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
  }).observe({ type: "layout-shift", buffered: true });
  setTimeout(() => resolve(total), 300);
})"""


def phone_page(new_context, **options):
    page = new_context(**options).new_page()
    page.set_viewport_size(PHONE)
    return page


@pytest.mark.parametrize("name", ["home", "listing", "project", "story"])
def test_nothing_shifts_while_a_page_and_its_images_load(new_context, pages_with_images, name):
    page = phone_page(new_context)
    page.add_init_script(WATCH_POLICY_VIOLATIONS)
    page.goto(pages_with_images[name], wait_until="load")
    page.mouse.wheel(0, 4000)  # bring the lazily loaded card images in
    page.wait_for_load_state("networkidle")

    assert page.evaluate(LAYOUT_SHIFT) == 0
    assert page.evaluate("window.policyViolations") == []
    assert page.evaluate("[...document.images].every((image) => image.complete)")


def test_on_a_phone_the_menu_opens_from_its_toggle(new_context, home_page):
    from playwright.sync_api import expect

    page = phone_page(new_context)
    page.goto("/")
    menu, toggle = page.locator("#site-nav"), page.locator(".nav-toggle")

    expect(menu).to_be_hidden()
    toggle.click()
    expect(menu).to_be_visible()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    toggle.click()
    expect(menu).to_be_hidden()


def test_without_scripts_the_menu_stays_open_and_the_toggle_is_not_drawn(new_context, home_page):
    from playwright.sync_api import expect

    page = phone_page(new_context, java_script_enabled=False)
    page.goto("/")

    expect(page.locator("#site-nav")).to_be_visible()
    expect(page.locator(".nav-toggle")).to_be_hidden()
