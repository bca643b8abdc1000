from django.apps import AppConfig


class CommunityConfig(AppConfig):
    name = "community"
    verbose_name = "Community"

    def ready(self):
        from django.db.models.signals import post_migrate

        from community import signals

        post_migrate.connect(signals.secure_earlier_uploads, sender=self)
