from django.apps import AppConfig


class NewsletterConfig(AppConfig):
    name = "newsletter"
    verbose_name = "Stay in the loop"

    def ready(self):
        from newsletter import signals  # noqa: F401 - connects its receivers
