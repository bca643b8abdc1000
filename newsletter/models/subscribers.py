from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from research.models import Audience


class MemberType(models.TextChoices):
    TECH_TRUST_SAFETY = "tech-trust-safety", _("Tech industry: trust & safety")
    TECH_PRODUCT = "tech-product", _("Tech industry: product")
    TECH_POLICY = "tech-policy", _("Tech industry: policy")
    TECH_ENGINEERING = "tech-engineering", _("Tech industry: engineering")
    RESEARCHER = "researcher", _("Researcher")
    POLICY_MAKER = "policy-maker", _("Policy maker")
    PRACTITIONER = "practitioner", _("Practitioner or civil society")
    OTHER = "other", pgettext_lazy("member type", "Other")

    @property
    def audience(self):
        """The insight-brief audience whose recommendations this member sees first."""
        if self.value.startswith("tech-"):
            return Audience.TECH_INDUSTRY
        return {
            self.RESEARCHER: Audience.RESEARCHERS,
            self.POLICY_MAKER: Audience.POLICY_MAKERS,
            self.PRACTITIONER: Audience.PRACTITIONERS,
        }.get(self)


class SubscriberQuerySet(models.QuerySet):
    def receiving(self):
        """Subscribers who may be sent bulk email right now."""
        return self.filter(status=Subscriber.Status.ACTIVE, suppressed_at__isnull=True)


class Subscriber(models.Model):
    """A member who asked for digests or insight alerts. No account: every email carries signed
    links to the preference centre and to one-click unsubscribe."""

    class Status(models.TextChoices):
        PENDING = "pending", pgettext_lazy("subscription status", "Waiting for confirmation")
        ACTIVE = "active", pgettext_lazy("subscription status", "Active")
        PAUSED = "paused", pgettext_lazy("subscription status", "Paused")
        UNSUBSCRIBED = "unsubscribed", pgettext_lazy("subscription status", "Unsubscribed")

    class Cadence(models.TextChoices):
        WEEKLY = "weekly", _("Weekly")
        MONTHLY = "monthly", _("Monthly")

    email = models.EmailField(unique=True, help_text="Stored in lower case.")
    name = models.CharField(max_length=100, blank=True)
    organisation = models.CharField(max_length=150, blank=True)
    member_type = models.CharField(max_length=20, choices=MemberType.choices)
    themes = models.ManyToManyField(
        "newsletter.DigestTheme", related_name="subscribers", blank=True
    )
    all_topics = models.BooleanField(
        default=False, help_text="Everything: every topic, including any no theme covers yet."
    )
    cadence = models.CharField(max_length=10, choices=Cadence.choices, default=Cadence.MONTHLY)
    language = models.CharField(
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text="The language of every email they receive.",
    )
    insight_alerts = models.BooleanField(
        default=True, help_text="Also email each new insight brief on their themes."
    )
    status = models.CharField(
        max_length=20, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    suppressed_at = models.DateTimeField(
        null=True, blank=True, help_text="Set when the address bounced or complained."
    )
    suppression_reason = models.CharField(max_length=200, blank=True)
    confirmation_nonce = models.CharField(max_length=32, blank=True, editable=False)
    last_notice_sent_at = models.DateTimeField(
        null=True, blank=True, editable=False, help_text="Last confirmation or link email."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return self.email

    @property
    def audience(self):
        return MemberType(self.member_type).audience

    def unsubscribe(self):
        if self.status != self.Status.UNSUBSCRIBED:
            self.status = self.Status.UNSUBSCRIBED
            self.unsubscribed_at = timezone.now()
            self.save(update_fields=["status", "unsubscribed_at", "updated_at"])

    def suppress(self, reason):
        self.suppressed_at = timezone.now()
        self.suppression_reason = reason[:200]
        self.save(update_fields=["suppressed_at", "suppression_reason", "updated_at"])


class Consent(models.Model):
    """What a member agreed to, when, and through which form. Kept with the subscriber and
    deleted with them."""

    class Action(models.TextChoices):
        REQUESTED = "requested", _("Asked to subscribe")
        CONFIRMED = "confirmed", _("Confirmed by email")
        CHANGED = "changed", _("Changed preferences")
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="consents")
    action = models.CharField(max_length=20, choices=Action.choices)
    text = models.TextField(help_text="The statement shown to the member at the time.")
    source = models.CharField(max_length=60, help_text="The form or link used.")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at"]

    def __str__(self):
        return f"{self.get_action_display()} ({self.source}, {self.created_at:%Y-%m-%d})"
