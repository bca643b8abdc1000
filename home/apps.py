from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Site"

    def ready(self):
        from home import signals
        from home.permissions import explain_privacy_options

        signals.connect()
        explain_privacy_options()
