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
    name: str
    description: str
    topics: tuple


# Between them the themes cover every topic, so that all published content can reach members.
DIGEST_THEMES = [
    DigestTheme(
        "Grooming and sextortion",
        "How grooming, sexual extortion and live-streamed abuse work online, and how they are "
        "spotted.",
        (GROOMING, SEXUAL_EXTORTION, LIVE_STREAMING),
    ),
    DigestTheme(
        "Prevention and deterrence",
        "Stopping abuse before it happens, including work with people at risk of offending and "
        "harm between young people.",
        (PREVENTION, OFFENDER_BEHAVIOUR, PEER_ABUSE),
    ),
    DigestTheme(
        "Help-seeking and reporting",
        "Making it easier for every child to speak up, and for services to respond with care.",
        (HELP_SEEKING, USER_REPORTING, TRAUMA_INFORMED, DISABILITY),
    ),
    DigestTheme(
        "Data and evidence",
        "New research, national data and the data ecosystem behind them.",
        (DATA_EVIDENCE,),
    ),
    DigestTheme(
        "Policy and law",
        "How evidence is shaping laws, regulation, age assurance and national plans.",
        (POLICY, AGE_ASSURANCE),
    ),
    DigestTheme(
        "Generative AI",
        "What generative AI means for children's safety and for the teams protecting them.",
        (GENERATIVE_AI,),
    ),
    DigestTheme(
        "Detection technology",
        "Tools and signals, financial ones included, that help platforms find and stop abuse "
        "sooner.",
        (DETECTION, FINANCIAL_SIGNALS),
    ),
    DigestTheme(
        "Moderator wellbeing",
        "Supporting the people who review harmful content.",
        (MODERATOR_WELLBEING,),
    ),
]
