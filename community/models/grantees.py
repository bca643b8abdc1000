"""Who may work on which project through the grantee portal."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Role(models.TextChoices):
    LEAD = "lead", _("Principal investigator")
    RESEARCHER = "researcher", _("Researcher")
    COMMUNICATIONS = "communications", _("Communications")
    OTHER = "other", pgettext_lazy("role on a project", "Other")


class MembershipQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True, user__is_active=True)


class ProjectMembership(models.Model):
    """A grantee's access to one project. Revoking keeps the row, for the record."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="project_memberships"
    )
    project = models.ForeignKey(
        "research.ResearchProjectPage", on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.RESEARCHER)
    granted_at = models.DateTimeField(default=timezone.now)
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = "grantee access"
        verbose_name_plural = "grantee access"
        constraints = [
            models.UniqueConstraint(fields=["user", "project"], name="one_membership_per_project")
        ]

    def __str__(self):
        return f"{self.person} on {self.project.title}"

    @property
    def person(self):
        return self.user.get_full_name() or self.user.email

    @property
    def is_active(self):
        return self.revoked_at is None

    @property
    def status(self):
        return "Active" if self.is_active else "Revoked"


class InvitationQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(accepted_at__isnull=True)


class Invitation(models.Model):
    """An emailed, single-use offer of access to a project; see community.access for the link.
    Deleting a pending invitation withdraws it: its link then finds nothing."""

    project = models.ForeignKey(
        "research.ResearchProjectPage", on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField(help_text="The invitation link is emailed here. It works once.")
    name = models.CharField(max_length=150, help_text="How the email greets them.")
    role = models.CharField(
        max_length=20,
        choices=Role.choices,
        default=Role.RESEARCHER,
        help_text="Their role on the project; every role can submit updates and edits.",
    )
    language = models.CharField(
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        verbose_name="email language",
        help_text="The language of the invitation email and of the portal page it links to.",
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    accepted_at = models.DateTimeField(null=True, blank=True)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.name} <{self.email}> to {self.project.title}"

    @property
    def status(self):
        if self.accepted_at:
            return "Accepted"
        if self.created_at < timezone.now() - timedelta(days=settings.GRANTEE_INVITATION_DAYS):
            return "Expired"
        return "Pending"


class GranteeProfile(models.Model):
    """What a grantee chooses for themselves in the portal: the language of the emails it
    sends them. Set when they accept an invitation, from the language of that page."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="grantee_profile"
    )
    language = models.CharField(
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        verbose_name=_("Language of emails from the portal"),
    )

    def __str__(self):
        return f"{self.user.email}: {self.language}"

    @classmethod
    def for_user(cls, user):
        """The person's profile, or an unsaved one with the defaults if they have none yet."""
        return cls.objects.filter(user=user).first() or cls(user=user)

    @classmethod
    def language_of(cls, user):
        """The language to write to `user` in."""
        return cls.for_user(user).language


class ReportingReminder(models.Model):
    """One reminder about one due date, so the daily run never sends it twice."""

    class Kind(models.TextChoices):
        UPCOMING = "upcoming", "Update due soon"
        OVERDUE = "overdue", "Update overdue"

    project = models.ForeignKey(
        "research.ResearchProjectPage", on_delete=models.CASCADE, related_name="+"
    )
    due_date = models.DateField()
    kind = models.CharField(max_length=10, choices=Kind.choices)
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["project", "due_date", "kind"], name="one_reminder_per_due_date"
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.project.title}, {self.due_date:%Y-%m-%d}"
