from .grantees import Invitation, ProjectMembership, ReportingReminder
from .pages import EventIndexPage, EventPage, EventQuerySet, GranteeStoryPage, StoryIndexPage

__all__ = [
    "EventIndexPage",
    "EventPage",
    "EventQuerySet",
    "GranteeStoryPage",
    "Invitation",
    "ProjectMembership",
    "ReportingReminder",
    "StoryIndexPage",
]
