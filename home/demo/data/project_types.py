"""What a research project is made of (outputs, contacts, updates), the organisation-level
contact helper and the names of the funding rounds."""

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Output:
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
    date: date
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
    start: date
    end: date | None
    grant_usd: int | None
    image: str
    partners: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()  # ISO codes
    body: tuple[dict, ...] = ()
    outputs: tuple[Output, ...] = ()
    contacts: tuple[Contact, ...] = ()
    tags: tuple[str, ...] = ()
    updates: tuple[Update, ...] = ()
    website: str = ""
    illustrative: bool = False


def team(organisation, role="Project team"):
    """An organisation-level contact: no personal names or addresses on a public page."""
    return Contact(name=f"{organisation} project team", role=role, organisation=organisation)


ROUND_1 = "Research Fund round 1 (2021)"
ROUND_2 = "Research Fund round 2 (2022)"
BOOST_2023 = "Research Fund boost awards (2023)"
GENERATIVE_AI_ROUND = "Research Fund generative AI round (2024)"
DH_PHASE_1 = "Disrupting Harm phase 1 (2019)"
DH_PHASE_2 = "Disrupting Harm phase 2 (2023–2025)"
TECH_SOLUTIONS_2023 = "Tech Solutions 2023 open call"
TECH_SOLUTIONS_2026 = "Tech Solutions 2026 awards"
