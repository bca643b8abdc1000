"""What a research project is made of (outputs, contacts, updates) and the names of the funding
rounds."""

from dataclasses import dataclass
from datetime import date

from .load_dates import DaysFromLoad

# How precisely a project's dates are known (ResearchProjectPage.DatePrecision values).
EXACT = "day"
MONTHS = "months"
YEARS = "years"
UNPUBLISHED = "unknown"

# Project statuses (ResearchProjectPage.Status values), for projects whose dates cannot say.
COMPLETED = "completed"
ACTIVE = "active"


@dataclass(frozen=True)
class Output:
    """A public page where the facts name one; never a landing page standing in for a document."""

    title: str
    kind: str  # a ProjectOutput.Kind value
    url: str
    year: int | None = None


@dataclass(frozen=True)
class Contact:
    name: str
    role: str = ""
    organisation: str = ""


@dataclass(frozen=True)
class Update:
    title: str
    date: date | DaysFromLoad
    summary: str
    body: str  # rich text HTML
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Project:
    title: str
    slug: str
    programme: str  # Programme slug
    funding_round: str
    lead: str  # Organisation name
    summary: str
    start: date | DaysFromLoad
    end: date | DaysFromLoad | None
    image: str
    grant_usd: int | None = None  # only a published amount for this very grant
    date_precision: str = EXACT
    status: str | None = None  # None: worked out from the dates on the day of loading
    partners: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()  # ISO codes
    body: tuple[dict, ...] = ()
    outputs: tuple[Output, ...] = ()
    contacts: tuple[Contact, ...] = ()
    tags: tuple[str, ...] = ()
    updates: tuple[Update, ...] = ()
    website: str = ""
    reporting_interval_months: int = 0  # real grantees do not report through this demo
    example: bool = False  # illustrative: invented organisations, no real grant


def team(organisation, role="Project team"):
    """An organisation-level contact: no personal names or addresses on a public page."""
    return Contact(name=f"{organisation} project team", role=role, organisation=organisation)


ROUND_1 = "Research Fund round 1 (2021)"
ROUND_2 = "Research Fund round 2 (2022)"
BOOST_2023 = "Research Fund boost awards (2023)"
DH_PHASE_1 = "Disrupting Harm phase 1 (2019)"
DH_PHASE_2 = "Disrupting Harm phase 2 (2023–2025)"
COPL_PARTNERSHIP = "Partnership (2023)"
EXAMPLE_ROUND = "Example: not a real grant"
