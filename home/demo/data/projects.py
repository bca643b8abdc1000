"""The whole research portfolio, in the order the builder creates it: the Research Fund's
rounds and boost awards, Disrupting Harm, the fund's own Networks & Systems work, then the
examples."""

from .projects_disrupting_harm import DISRUPTING_HARM_PROJECTS
from .projects_examples import EXAMPLE_PROJECTS
from .projects_networks_and_partnerships import NETWORKS_AND_PARTNERSHIP_PROJECTS
from .projects_research_fund_boost import BOOST_2023_PROJECTS
from .projects_research_fund_round_1 import ROUND_1_PROJECTS
from .projects_research_fund_round_2 import ROUND_2_PROJECTS

RESEARCH_FUND_PROJECTS = [
    *ROUND_1_PROJECTS,
    *ROUND_2_PROJECTS,
    *BOOST_2023_PROJECTS,
]

PROJECTS = [
    *RESEARCH_FUND_PROJECTS,
    *DISRUPTING_HARM_PROJECTS,
    *NETWORKS_AND_PARTNERSHIP_PROJECTS,
    *EXAMPLE_PROJECTS,
]
