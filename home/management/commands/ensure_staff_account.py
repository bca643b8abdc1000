import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create the first staff account with a generated password, printed once."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument("--email", default="admin@safeonline.example")

    def handle(self, *args, username, email, **options):
        users = get_user_model().objects
        if users.filter(is_superuser=True).exists():
            self.stdout.write(
                "A staff account already exists; its password was shown when it was made."
            )
            return
        password = secrets.token_urlsafe(12)
        users.create_superuser(username=username, email=email, password=password)
        self.stdout.write(
            self.style.SUCCESS(
                f"Staff account created. Sign in at /admin/ as '{username}' "
                f"with password: {password}\n"
                "This password is shown only once; change it under Account settings."
            )
        )
