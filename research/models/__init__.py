from .insights import InsightBriefPage, InsightIndexPage, InsightRecommendation
from .projects import (
    ProjectContact,
    ProjectOutput,
    ProjectUpdatePage,
    ResearchIndexPage,
    ResearchProjectPage,
    UpdateDocument,
)
from .taxonomy import Audience, Country, Organisation, Programme

__all__ = [
    "Audience",
    "Country",
    "InsightBriefPage",
    "InsightIndexPage",
    "InsightRecommendation",
    "Organisation",
    "Programme",
    "ProjectContact",
    "ProjectOutput",
    "ProjectUpdatePage",
    "ResearchIndexPage",
    "ResearchProjectPage",
    "UpdateDocument",
]
