from django.apps import AppConfig


class ResearchConfig(AppConfig):
    name = "research"
    verbose_name = "Research"

    def ready(self):
        from research import signals  # noqa: F401 - connects its receivers
