from django.conf import settings
from django.db import models
from django.db.models import Count, Q
from django.utils.translation import gettext, pgettext_lazy

from newsletter.dates import long_date

from .subscribers import MemberType, Subscriber


class MailingQuerySet(models.QuerySet):
    def sent(self):
        """Mailings whose sending has started: their web versions are public."""
        return self.filter(planned_at__isnull=False).exclude(status=Mailing.Status.DRAFT)

    def with_progress(self):
        """Annotate each mailing with how many of its deliveries are in each state."""
        return self.annotate(
            **{
                f"{status}_count": Count("deliveries", filter=Q(deliveries__status=status))
                for status in Delivery.Status.values
            },
            total_count=Count("deliveries"),
        )


DIGEST_TITLES = {
    Subscriber.Cadence.WEEKLY: pgettext_lazy("edition title", "Weekly digest, %(date)s"),
    Subscriber.Cadence.MONTHLY: pgettext_lazy("edition title", "Monthly digest, %(date)s"),
}


class Mailing(models.Model):
    """One send to many members: a periodic digest edition, or the alert for a new insight brief."""

    class Kind(models.TextChoices):
        DIGEST = "digest", "Digest"
        ALERT = "alert", "Insight alert"

    class Status(models.TextChoices):
        DRAFT = "draft", "Not yet due"
        SENDING = "sending", "Sending"
        PAUSED = "paused", "Paused"
        DONE = "done", "Finished"

    kind = models.CharField(max_length=10, choices=Kind.choices)
    cadence = models.CharField(max_length=10, choices=Subscriber.Cadence.choices, blank=True)
    period_start = models.DateTimeField(null=True, blank=True)
    period_end = models.DateTimeField(
        null=True, blank=True, help_text="When the edition is due; it covers the period before."
    )
    brief = models.ForeignKey(
        "research.InsightBriefPage",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="alerts",
    )
    intro = models.TextField(
        blank=True, help_text="An optional editorial note at the top of the email."
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    created_at = models.DateTimeField(auto_now_add=True)
    planned_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    unsubscribe_count = models.PositiveIntegerField(
        default=0, editable=False, help_text="Unsubscribes through this mailing's own links."
    )
    public_page_ids = models.JSONField(
        default=list,
        editable=False,
        help_text="The items of the web version, for a general reader, chosen when planned.",
    )

    objects = MailingQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["cadence", "period_end"],
                condition=Q(kind="digest"),
                name="one_digest_per_cadence_and_period",
            ),
            models.UniqueConstraint(
                fields=["brief"], condition=Q(kind="alert"), name="one_alert_per_brief"
            ),
        ]

    def __str__(self):
        if self.kind == self.Kind.ALERT:
            return f"Insight alert: {self.brief.title if self.brief_id else 'deleted brief'}"
        return f"{self.get_cadence_display()} digest, {self.period_end:%d %b %Y}"

    @property
    def title(self):
        """The heading of its web version and of its emails, in the active language."""
        if self.kind == self.Kind.ALERT:
            return gettext("New insight brief")
        return DIGEST_TITLES[self.cadence] % {"date": long_date(self.period_end)}

    @property
    def sent_on(self):
        return self.planned_at


class Segment(models.Model):
    """Recipients of one mailing who get exactly the same email: same language, same items,
    same member type. The email is rendered once per segment."""

    mailing = models.ForeignKey(Mailing, on_delete=models.CASCADE, related_name="segments")
    key = models.CharField(max_length=64)
    language = models.CharField(max_length=10, default=settings.LANGUAGE_CODE)
    member_type = models.CharField(max_length=20)
    page_ids = models.JSONField(help_text="The items, in the order the email shows them.")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["mailing", "key"], name="one_segment_per_key")
        ]

    def __str__(self):
        return f"{self.get_member_type_display()}: {len(self.page_ids)} items"

    def get_member_type_display(self):
        return MemberType(self.member_type).label


class Delivery(models.Model):
    """The ledger: one row per (mailing, subscriber), created when the mailing is planned."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed"
        SKIPPED = "skipped", "Skipped"

    # Planning writes a mailing's rows, and its segments just before them, in one transaction
    # that holds the mailing's row lock: database checks of these two keys would add nothing
    # but a third of its time (100,000 checks at commit). Deleting a mailing or a segment still
    # deletes its rows (Django cascades). The unique constraint below leads with mailing, so
    # the key needs no index of its own.
    mailing = models.ForeignKey(
        Mailing,
        on_delete=models.CASCADE,
        related_name="deliveries",
        db_constraint=False,
        db_index=False,
    )
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    segment = models.ForeignKey(
        Segment, null=True, blank=True, on_delete=models.CASCADE, db_constraint=False
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    skip_reason = models.CharField(max_length=200, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    claimed_at = models.DateTimeField(null=True, blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    message_id = models.CharField(max_length=255, blank=True)
    last_error = models.TextField(blank=True)
    feedback = models.CharField(
        max_length=10,
        choices=[("bounced", "Bounced"), ("complained", "Complained")],
        blank=True,
        db_default="",  # the ledger is written with COPY, which leaves this column out
        help_text="What the email service reported after sending, if anything.",
    )

    class Meta:
        verbose_name_plural = "deliveries"
        constraints = [
            models.UniqueConstraint(
                fields=["mailing", "subscriber"], name="one_delivery_per_subscriber"
            )
        ]
        indexes = [models.Index(fields=["mailing", "status"], name="delivery_mailing_status")]

    def __str__(self):
        return f"{self.mailing} to {self.subscriber}: {self.get_status_display()}"


class Click(models.Model):
    """How many times members of one member type followed one item of one mailing: a count, never
    who clicked (the link carries the mailing, the item and the member type, nothing else)."""

    mailing = models.ForeignKey(Mailing, on_delete=models.CASCADE, related_name="clicks")
    page_id = models.PositiveIntegerField()
    member_type = models.CharField(max_length=20)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["mailing", "page_id", "member_type"], name="one_click_count_per_item"
            )
        ]

    def __str__(self):
        return f"{self.mailing}: page {self.page_id}, {self.member_type}: {self.count}"
