"""The whole research portfolio, in the order the builder creates it: the Research Fund's
rounds up to the 2023 boost awards, Disrupting Harm, the generative AI round, Tech Solutions,
then Networks & Systems."""

from .projects_disrupting_harm import DISRUPTING_HARM_PROJECTS
from .projects_research_fund_boost_and_generative_ai import (
    BOOST_2023_PROJECTS,
    GENERATIVE_AI_PROJECTS,
)
from .projects_research_fund_round_1 import ROUND_1_PROJECTS
from .projects_research_fund_round_2 import ROUND_2_PROJECTS
from .projects_tech_solutions_and_networks import (
    NETWORKS_AND_SYSTEMS_PROJECTS,
    TECH_SOLUTIONS_PROJECTS,
)

RESEARCH_FUND_PROJECTS = [
    *ROUND_1_PROJECTS,
    *ROUND_2_PROJECTS,
    *BOOST_2023_PROJECTS,
]

PROJECTS = [
    *RESEARCH_FUND_PROJECTS,
    *DISRUPTING_HARM_PROJECTS,
    *GENERATIVE_AI_PROJECTS,
    *TECH_SOLUTIONS_PROJECTS,
    *NETWORKS_AND_SYSTEMS_PROJECTS,
]
