"""Load the demo site: run it as often as you like, it only adds what is missing."""

import logging
import time
from contextlib import contextmanager

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.urls import reverse

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
        "with updates, insight briefs, stories, events, about and contact pages, images, tags "
        "and digest themes. Existing content is matched by slug or name and left untouched."
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
            with quiet_loggers(chatty), transaction.atomic():
                builder.build()
        except LookupError as error:
            raise CommandError(str(error)) from error
        elapsed = time.monotonic() - started

        if not builder.created and not builder.updated:
            self.stdout.write(f"Demo content already in place: nothing to do ({elapsed:.1f}s).")
            return
        self.stdout.write(self.style.SUCCESS(f"Demo content loaded in {elapsed:.1f}s:"))
        for label, count in builder.created.items():
            self.stdout.write(f"  created {count:>3} {label}")
        for label in builder.updated:
            self.stdout.write(f"  updated the {label}")
        if builder.invitation is not None:
            link = settings.SITE_URL + reverse(
                "community:accept_invitation", args=[invitation_token(builder.invitation)]
            )
            self.stdout.write(
                f"Grantee portal: open {link} to join '{builder.invitation.project.title}' "
                f"as {builder.invitation.email} (valid {settings.GRANTEE_INVITATION_DAYS} days)."
            )
