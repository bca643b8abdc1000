from .grantees import GranteeProfile, Invitation, ProjectMembership, ReportingReminder
from .pages import EventIndexPage, EventPage, EventQuerySet, GranteeStoryPage, StoryIndexPage

__all__ = [
    "EventIndexPage",
    "EventPage",
    "EventQuerySet",
    "GranteeProfile",
    "GranteeStoryPage",
    "Invitation",
    "ProjectMembership",
    "ReportingReminder",
    "StoryIndexPage",
]
