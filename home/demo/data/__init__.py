"""The demo site's content, kept as plain data so it can be read and edited like a document.

Everything said about a real organisation, person, programme or event comes from Safe Online's,
the Tech Coalition's and the Disrupting Harm partners' public material, and says no more than it
does; every sentence was written for this site. Where the facts leave something out (a grant's
amount, a project's dates, a country's share of a programme), the demo leaves it out too. People's
words are quoted only where they are on record (``published_quotes``).

Where a realistic site needs more volume, entries marked ``example=True`` show how a kind of
content appears: their organisations are invented and named "Example …", they describe no real
grant or event, and the site marks them as examples on the page, on cards and in the admin.
Their dates count from the day the demo is loaded (``load_dates``), so they stay current.

Streamfield bodies use Wagtail's raw JSON form, with ``ImageRef`` and ``PageRef`` standing in for
database ids until the builder resolves them.

The content is divided by section, each module importing what it uses from the others:

- ``streamfield``: ``ImageRef``, ``PageRef`` and the helpers that write StreamField blocks;
- ``published_quotes``: the only words a quote block may carry, with where they were published;
- ``load_dates``: dates counted from the day of loading, for the examples;
- ``vocabulary``: the topic tags and the newsletter digest themes built on them;
- ``reference``: public pages, programmes, countries and organisations;
- ``project_types``: what a project is made of, and the names of the funding rounds;
- ``projects_research_fund_round_1``, ``projects_research_fund_round_2`` and
  ``projects_research_fund_boost``: Research Fund projects by round;
- ``projects_disrupting_harm``: Disrupting Harm, one project per country;
- ``projects_networks_and_partnerships``: Data for Change and the Children Online Protection Lab;
- ``projects_examples``: example projects;
- ``projects``: the whole portfolio in the order the builder creates it;
- ``insights``, ``stories`` and ``events``: insight briefs, stories and events;
- ``site``: section pages, standard pages, the contact page, the home page, site settings and the
  fund's headline figures;
- ``subscribers``: the newsletter's demo members, at example.org addresses;
- ``translations``: the French and Spanish names of topics, programmes and countries
  (``translations_reference``) and the pages translated (``translations_site``,
  ``translations_privacy``, ``translations_insights``, ``translations_stories``).

What the builder reads is re-exported here, so it reads ``data.PROJECTS``, ``data.HOME`` and so
on without knowing the division.
"""

from .events import EVENTS
from .insights import INSIGHTS, Insight
from .load_dates import on_load_day_all
from .project_types import Project
from .projects import PROJECTS
from .projects_disrupting_harm import DISRUPTING_HARM_COUNTRY_FINDINGS
from .reference import COUNTRIES, ORGANISATIONS, PROGRAMMES
from .site import (
    ABOUT,
    CONTACT,
    DEMO_GRANTEE_EMAIL,
    FUND_FIGURES,
    HOME,
    SECTIONS,
    SITE_NAME,
    SITE_SETTINGS,
    Section,
    StandardPage,
)
from .stories import STORIES
from .streamfield import ImageRef, PageRef
from .subscribers import MEMBERS, Member
from .translations import COUNTRY_NAMES, PAGE_TRANSLATIONS, PROGRAMME_NAMES, TOPIC_NAMES
from .trust import TRUST_PAGES  # noqa: F401 (the privacy, cookie and accessibility pages)
from .vocabulary import DIGEST_THEMES, TAGS

__all__ = [
    "DISRUPTING_HARM_COUNTRY_FINDINGS",
    "ABOUT",
    "CONTACT",
    "COUNTRIES",
    "COUNTRY_NAMES",
    "DEMO_GRANTEE_EMAIL",
    "DIGEST_THEMES",
    "EVENTS",
    "FUND_FIGURES",
    "HOME",
    "INSIGHTS",
    "ImageRef",
    "Insight",
    "MEMBERS",
    "Member",
    "ORGANISATIONS",
    "PROGRAMMES",
    "PAGE_TRANSLATIONS",
    "PROGRAMME_NAMES",
    "PROJECTS",
    "PageRef",
    "Project",
    "SECTIONS",
    "SITE_NAME",
    "SITE_SETTINGS",
    "STORIES",
    "Section",
    "StandardPage",
    "TAGS",
    "TOPIC_NAMES",
    "on_load_day_all",
]
