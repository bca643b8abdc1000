"""The demo site's content, kept as plain data so it can be read and edited like a document.

Facts and figures come from Safe Online's, the Tech Coalition's and the Disrupting Harm partners'
public materials; every sentence of copy was written for this site. Where no public detail exists,
projects are described qualitatively. Entries marked ``illustrative=True`` are composites that show
how a kind of grant would appear on the site: their organisations and details are invented and do
not describe a real grant.

Streamfield bodies use Wagtail's raw JSON form, with ``ImageRef`` and ``PageRef`` standing in for
database ids until the builder resolves them.

The content is divided by section, each module importing what it uses from the others:

- ``streamfield``: ``ImageRef``, ``PageRef`` and the helpers that write StreamField blocks;
- ``vocabulary``: the topic tags and the newsletter digest themes built on them;
- ``reference``: public landing pages, programmes, countries and organisations;
- ``project_types``: what a project is made of, and the names of the funding rounds;
- ``projects_research_fund_round_1``, ``projects_research_fund_round_2`` and
  ``projects_research_fund_boost_and_generative_ai``: Research Fund projects by round;
- ``projects_disrupting_harm``: Disrupting Harm, one project per country;
- ``projects_tech_solutions_and_networks``: Tech Solutions and Networks & Systems grants;
- ``projects``: the whole portfolio in the order the builder creates it;
- ``insights``, ``stories`` and ``events``: insight briefs, grantee stories and events;
- ``site``: section pages, standard pages, the contact page, the home page and site settings;
- ``subscribers``: the newsletter's demo members, at example.org addresses.

What the builder reads is re-exported here, so it reads ``data.PROJECTS``, ``data.HOME`` and so
on without knowing the division.
"""

from .events import EVENTS
from .insights import INSIGHTS, Insight
from .project_types import Project
from .projects import PROJECTS
from .reference import COUNTRIES, ORGANISATIONS, PROGRAMMES
from .site import (
    ABOUT,
    CONTACT,
    DEMO_GRANTEE_EMAIL,
    HOME,
    IMAGE_CREDIT,
    SECTIONS,
    SITE_NAME,
    SITE_SETTINGS,
    Section,
    StandardPage,
)
from .stories import STORIES
from .streamfield import ImageRef, PageRef
from .subscribers import MEMBERS, Member
from .vocabulary import DIGEST_THEMES, TAGS

__all__ = [
    "ABOUT",
    "CONTACT",
    "COUNTRIES",
    "DEMO_GRANTEE_EMAIL",
    "DIGEST_THEMES",
    "EVENTS",
    "HOME",
    "IMAGE_CREDIT",
    "INSIGHTS",
    "ImageRef",
    "Insight",
    "MEMBERS",
    "Member",
    "ORGANISATIONS",
    "PROGRAMMES",
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
]
