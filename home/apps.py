from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Site"

    def ready(self):
        from home import signals  # noqa: F401 - connects its receivers
        from home.permissions import explain_privacy_options

        explain_privacy_options()
