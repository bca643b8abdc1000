import datetime

import pytest

from newsletter.models import NewsletterSettings
from tests import factories as f


@pytest.fixture
def theme(db):
    return f.DigestThemeFactory(name="Grooming", topics__name="grooming")


@pytest.fixture
def other_theme(db):
    return f.DigestThemeFactory(name="Sextortion", topics__name="sextortion")


@pytest.fixture
def newsletter_settings(db):
    """Saved settings with real values, as staff save them in the admin."""
    return NewsletterSettings.objects.create(send_time=datetime.time(9, 0))


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    """Run the on-commit callbacks (queued emails, alert tasks) of what a block does."""
    return lambda: django_capture_on_commit_callbacks(execute=True)
