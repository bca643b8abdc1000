from django.db import models
from django.utils import timezone

from research.models import Audience


class MemberType(models.TextChoices):
    TECH_TRUST_SAFETY = "tech-trust-safety", "Tech industry: trust & safety"
    TECH_PRODUCT = "tech-product", "Tech industry: product"
    TECH_POLICY = "tech-policy", "Tech industry: policy"
    TECH_ENGINEERING = "tech-engineering", "Tech industry: engineering"
    RESEARCHER = "researcher", "Researcher"
    POLICY_MAKER = "policy-maker", "Policy maker"
    PRACTITIONER = "practitioner", "Practitioner or civil society"
    OTHER = "other", "Other"

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
        PENDING = "pending", "Waiting for confirmation"
        ACTIVE = "active", "Active"
        PAUSED = "paused", "Paused"
        UNSUBSCRIBED = "unsubscribed", "Unsubscribed"

    class Cadence(models.TextChoices):
        WEEKLY = "weekly", "Weekly"
        MONTHLY = "monthly", "Monthly"

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
        REQUESTED = "requested", "Asked to subscribe"
        CONFIRMED = "confirmed", "Confirmed by email"
        CHANGED = "changed", "Changed preferences"
        UNSUBSCRIBED = "unsubscribed", "Unsubscribed"

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="consents")
    action = models.CharField(max_length=20, choices=Action.choices)
    text = models.TextField(help_text="The statement shown to the member at the time.")
    source = models.CharField(max_length=60, help_text="The form or link used.")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at"]

    def __str__(self):
        return f"{self.get_action_display()} ({self.source}, {self.created_at:%Y-%m-%d})"
