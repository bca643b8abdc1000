"""Load the demo site: run it as often as you like, it only adds what is missing.

Besides the content it adds a few hundred newsletter members at example.org addresses and sends
them one monthly digest edition and one insight alert, through the configured email backend
(.eml files in var/mail/ in development)."""

import logging
import time
from contextlib import contextmanager

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from community.tokens import invitation_token
from home.demo.builder import DemoSiteBuilder

# Loggers that report every page save and background task; useful in a request, noise here.
CHATTY_LOGGERS = ("django_tasks", "wagtail")


@contextmanager
def quiet_loggers(names, level=logging.WARNING):
    loggers = [logging.getLogger(name) for name in names]
    previous = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(level)
    try:
        yield
    finally:
        for logger, old_level in zip(loggers, previous, strict=True):
            logger.setLevel(old_level)


class Command(BaseCommand):
    help = (
        "Build a realistic demo site: programmes, countries, organisations, research projects "
        "with updates, insight briefs, stories, events, about and contact pages, images, tags, "
        "digest themes and newsletter members at example.org, who are sent one digest edition "
        "and one insight alert. Existing content is matched by slug, name or address and left "
        "untouched."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing if the home page already has pages below it.",
        )

    def handle(self, *args, **options):
        started = time.monotonic()
        builder = DemoSiteBuilder()
        if options["if_empty"] and builder.site_has_content():
            self.stdout.write("The site already has content: demo content not loaded.")
            return
        chatty = CHATTY_LOGGERS if options["verbosity"] < 2 else ()
        try:
            with quiet_loggers(chatty):
                with transaction.atomic():
                    builder.build()
                builder.send_mailings()
        except LookupError as error:
            raise CommandError(str(error)) from error
        elapsed = time.monotonic() - started

        if not builder.created and not builder.updated and not builder.sent:
            self.stdout.write(f"Demo content already in place: nothing to do ({elapsed:.1f}s).")
            return
        self.stdout.write(self.style.SUCCESS(f"Demo content loaded in {elapsed:.1f}s:"))
        for label, count in builder.created.items():
            self.stdout.write(f"  created {count:>3} {label}")
        for label in builder.updated:
            self.stdout.write(f"  updated the {label}")
        for mailing in builder.sent:
            self.stdout.write(f"  {self.describe(mailing)}")
        if builder.invitation is not None:
            link = settings.SITE_URL + reverse(
                "community:accept_invitation", args=[invitation_token(builder.invitation)]
            )
            self.stdout.write(
                f"Grantee portal: open {link} to join '{builder.invitation.project.title}' "
                f"as {builder.invitation.email} (valid {settings.GRANTEE_INVITATION_DAYS} days)."
            )

    @staticmethod
    def describe(mailing):
        """What a demo mailing sent, e.g. "sent 212 emails: Monthly digest, 01 Oct 2024 (…)"."""
        line = f"sent {mailing.sent_count:>3} emails: {mailing}"
        if mailing.kind == mailing.Kind.DIGEST:
            start, end = (
                timezone.localtime(moment) for moment in (mailing.period_start, mailing.period_end)
            )
            line += f", new from {start:%-d %b %Y} to {end:%-d %b %Y}"
        notes = []
        if mailing.skipped_count:
            notes.append(f"{mailing.skipped_count} members had nothing on their themes")
        if mailing.failed_count:
            notes.append(f"{mailing.failed_count} failed")
        if mailing.outcome != "done":
            notes.append(f"sending {mailing.outcome}: the Celery worker finishes it")
        return line + (f" ({'; '.join(notes)})" if notes else "")
