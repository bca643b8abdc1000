from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Site"

    def ready(self):
        from home import frontend_cache, signals  # noqa: F401 - connect their receivers
        from home.permissions import explain_privacy_options

        explain_privacy_options()
