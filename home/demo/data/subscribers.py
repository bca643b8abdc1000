"""The demo's newsletter members: a few hundred obviously fake people at example.org, the domain
reserved for examples, so that the subscriber and mailing screens have something to show.

Nobody is listed one by one: the numbers below say how the members spread over kinds of work,
themes, cadences and statuses, and ``members()`` deals them out with a fixed seed, so every run
produces the same members (member001@example.org to member300@example.org)."""

import random
from dataclasses import dataclass

from .vocabulary import DIGEST_THEMES

MEMBER_DOMAIN = "example.org"
SEED = "safe-online-demo-members"

# How many members do each kind of work (newsletter.models.MemberType values).
MEMBER_TYPES = {
    "tech-trust-safety": 60,
    "tech-product": 24,
    "tech-policy": 24,
    "tech-engineering": 27,
    "researcher": 66,
    "policy-maker": 36,
    "practitioner": 45,
    "other": 18,
}

THEME_NAMES = [theme.name for theme in DIGEST_THEMES]

# Each member follows one of the themes closest to their work, and perhaps one or two others.
FAVOURITE_THEMES = {
    "tech-trust-safety": [
        "Grooming and sextortion",
        "Detection technology",
        "Moderator wellbeing",
    ],
    "tech-product": ["Generative AI", "Prevention and deterrence", "Grooming and sextortion"],
    "tech-policy": ["Policy and law", "Generative AI"],
    "tech-engineering": ["Detection technology", "Generative AI"],
    "researcher": ["Data and evidence", "Prevention and deterrence", "Help-seeking and reporting"],
    "policy-maker": ["Policy and law", "Data and evidence"],
    "practitioner": ["Help-seeking and reporting", "Prevention and deterrence"],
    "other": THEME_NAMES,
}

# A handful of members in each state other than active, so every status shows in the admin.
OTHER_STATUSES = {"pending": 9, "paused": 6, "unsubscribed": 12}

EVERYTHING_SHARE = 0.15  # ticked "Everything" instead of choosing themes
WEEKLY_SHARE = 0.25  # weekly digests; the rest monthly, the form's default
ALERTS_SHARE = 0.7  # also want an email for each new insight brief on their themes


@dataclass(frozen=True)
class Member:
    number: int
    member_type: str
    themes: tuple  # digest theme names; empty for members who chose everything
    all_topics: bool
    cadence: str  # weekly | monthly
    insight_alerts: bool
    status: str  # newsletter.models.Subscriber.Status values

    @property
    def email(self):
        return f"member{self.number:03d}@{MEMBER_DOMAIN}"

    @property
    def name(self):
        return f"Demo member {self.number}"


def members():
    rng = random.Random(SEED)
    member_types = [kind for kind, count in MEMBER_TYPES.items() for _ in range(count)]
    statuses = [status for status, count in OTHER_STATUSES.items() for _ in range(count)]
    statuses += ["active"] * (len(member_types) - len(statuses))
    rng.shuffle(member_types)
    rng.shuffle(statuses)
    dealt = []
    for number, (member_type, status) in enumerate(
        zip(member_types, statuses, strict=True), start=1
    ):
        everything = rng.random() < EVERYTHING_SHARE
        favourite = rng.choice(FAVOURITE_THEMES[member_type])
        others = [name for name in THEME_NAMES if name != favourite]
        themes = () if everything else (favourite, *rng.sample(others, rng.choice((0, 1, 1, 2))))
        dealt.append(
            Member(
                number=number,
                member_type=member_type,
                themes=themes,
                all_topics=everything,
                cadence="weekly" if rng.random() < WEEKLY_SHARE else "monthly",
                insight_alerts=rng.random() < ALERTS_SHARE,
                status=status,
            )
        )
    return dealt


MEMBERS = members()
