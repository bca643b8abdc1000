from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand
from django.http.request import validate_host
from wagtail.models import Site
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import synchronize_tree


class Command(BaseCommand):
    help = (
        "Point the default Wagtail site at SITE_URL, so absolute links in feeds and emails work, "
        "and give every English page its place in the French and Spanish trees."
    )

    def handle(self, *args, **options):
        url = urlsplit(settings.SITE_URL)
        port = url.port or (443 if url.scheme == "https" else 80)
        site = Site.objects.get(is_default_site=True)
        if (site.hostname, site.port) != (url.hostname, port):
            site.hostname, site.port = url.hostname, port
            site.save(update_fields=["hostname", "port"])
        self.stdout.write(f"Default site serves {site.root_url}")
        if not validate_host(url.hostname or "", settings.ALLOWED_HOSTS):
            self.stderr.write(
                self.style.WARNING(
                    f"{url.hostname} is not in ALLOWED_HOSTS, so requests for {settings.SITE_URL} "
                    "will be refused: add it to ALLOWED_HOSTS."
                )
            )
        for sync in LocaleSynchronization.objects.select_related("sync_from", "locale"):
            synchronize_tree(sync.sync_from, sync.locale)
            self.stdout.write(f"Pages of {sync.sync_from} have their place in {sync.locale}")
