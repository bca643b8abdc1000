"""The shared vocabulary: the topic tags used across all content, and the newsletter digest
themes built on them."""

from dataclasses import dataclass

GROOMING = "grooming"
USER_REPORTING = "user reporting"
PREVENTION = "prevention"
OFFENDER_BEHAVIOUR = "offender behaviour"
HELP_SEEKING = "help-seeking"
TRAUMA_INFORMED = "trauma-informed response"
MODERATOR_WELLBEING = "content moderator wellbeing"
PEER_ABUSE = "peer-to-peer abuse"
DISABILITY = "children with disabilities"
GENERATIVE_AI = "generative AI"
DETECTION = "detection"
DATA_EVIDENCE = "data & evidence"
POLICY = "policy"
LIVE_STREAMING = "live-streaming"
AGE_ASSURANCE = "age assurance"
SEXUAL_EXTORTION = "sexual extortion"
FINANCIAL_SIGNALS = "financial signals"

TAGS = [
    GROOMING,
    USER_REPORTING,
    PREVENTION,
    OFFENDER_BEHAVIOUR,
    HELP_SEEKING,
    TRAUMA_INFORMED,
    MODERATOR_WELLBEING,
    PEER_ABUSE,
    DISABILITY,
    GENERATIVE_AI,
    DETECTION,
    DATA_EVIDENCE,
    POLICY,
    LIVE_STREAMING,
    AGE_ASSURANCE,
    SEXUAL_EXTORTION,
    FINANCIAL_SIGNALS,
]


# --- Digest themes ----------------------------------------------------------------------------


@dataclass(frozen=True)
class DigestTheme:
    tag: str
    name: str
    description: str


DIGEST_THEMES = [
    DigestTheme(GROOMING, "Grooming", "How grooming works online and how it can be spotted."),
    DigestTheme(
        PREVENTION,
        "Prevention and deterrence",
        "Stopping abuse before it happens, including work with people at risk of offending.",
    ),
    DigestTheme(
        HELP_SEEKING,
        "Help-seeking and reporting",
        "Making it easier for children to speak up and for services to respond.",
    ),
    DigestTheme(
        DATA_EVIDENCE,
        "Data and evidence",
        "New research, national data and the data ecosystem behind them.",
    ),
    DigestTheme(POLICY, "Policy and law", "How evidence is shaping laws, regulation and plans."),
    DigestTheme(
        GENERATIVE_AI,
        "Generative AI",
        "What generative AI means for children's safety and for the teams protecting them.",
    ),
    DigestTheme(
        DETECTION,
        "Detection technology",
        "Tools that help platforms find and stop abuse sooner.",
    ),
    DigestTheme(
        MODERATOR_WELLBEING,
        "Moderator wellbeing",
        "Supporting the people who review harmful content.",
    ),
]
