"""The demo's French and Spanish: the reference data's names and the pages translated, by their
path below the home page ("" for the home page itself). Everything else stays English, so the
fallback shows. The builder turns each page's entries into wagtail-localize translations."""

from .translations_insights import (
    FROM_EVIDENCE_TO_LAW,
    THIRTEEN_NATIONAL_SURVEYS,
    WHY_CHILDREN_STAY_SILENT,
)
from .translations_privacy import PRIVACY_NOTICE
from .translations_reference import COUNTRY_NAMES, PROGRAMME_NAMES, TOPIC_NAMES
from .translations_site import ABOUT, HOME
from .translations_stories import (
    DISRUPTING_HARM_EXPANDS,
    RESEARCH_FUND_CONVENING_2024,
    WHEN_RESEARCH_BECOMES_LAW,
)

LANGUAGES = ("fr", "es")  # the order of the translations in each (English, French, Spanish)


def by_language(segments):
    """{language code: {English segment: its translation}}."""
    return {
        code: {english: translations[index] for english, *translations in segments}
        for index, code in enumerate(LANGUAGES)
    }


PAGE_TRANSLATIONS = {
    path: by_language(segments)
    for path, segments in {
        "": HOME,
        "about": ABOUT,
        "privacy": PRIVACY_NOTICE,
        "insights/what-thirteen-national-surveys-show": THIRTEEN_NATIONAL_SURVEYS,
        "insights/why-children-stay-silent": WHY_CHILDREN_STAY_SILENT,
        "insights/from-evidence-to-law": FROM_EVIDENCE_TO_LAW,
        "stories/when-research-becomes-law": WHEN_RESEARCH_BECOMES_LAW,
        "stories/research-fund-convening-2024": RESEARCH_FUND_CONVENING_2024,
        "stories/disrupting-harm-expands": DISRUPTING_HARM_EXPANDS,
    }.items()
}

__all__ = ["COUNTRY_NAMES", "PAGE_TRANSLATIONS", "PROGRAMME_NAMES", "TOPIC_NAMES"]
