from django.apps import AppConfig


class ResearchConfig(AppConfig):
    name = "research"
    verbose_name = "Research"

    def ready(self):
        from research import search_links, signals  # noqa: F401 - connect and register
