"""A French member's journey through real components: sign up on the French page, confirm from
the French email, and receive the digest in French, each item in French where it is translated
and in English, with a note, where it is not. Its own module: transactional tests that follow
one another in a module cannot yet restore the page trees' language synchronisation."""

import re

import pytest

from newsletter import tasks
from tests import factories as f
from tests.newsletter.helpers import translate

from .helpers import wait_for
from .test_member_journey import make_digest_due_now, publish

pytestmark = [
    pytest.mark.integration,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

LINK = re.compile(r"http://testserver(/fr/newsletter/\w+/[^\s/]+/)")


def test_a_french_member_is_written_to_in_french_from_sign_up_to_the_digest(
    client, worker_factory, smtp_sink, home_page
):
    sink, _ = smtp_sink
    worker_factory()
    grooming = f.DigestThemeFactory(
        topics=[f.TagFactory(name="grooming")], name="Grooming", name_fr="Pédopiégeage"
    )
    stories = f.StoryIndexPageFactory(parent=home_page)

    sign_up = client.get("/fr/newsletter/subscribe/").content.decode()
    assert "Pédopiégeage" in sign_up
    client.post(
        "/fr/newsletter/subscribe/",
        {
            "email": "ada@example.org",
            "member_type": "researcher",
            "themes": [grooming.pk],
            "cadence": "weekly",
            "consent": "on",
        },
    )
    wait_for(lambda: sink.count_for("ada@example.org") == 1, message="the confirmation email")
    [confirmation] = sink.parsed()
    assert confirmation["Subject"] == "Veuillez confirmer votre abonnement à Safe Online"
    confirm_path = LINK.search(confirmation.get_body(("plain",)).get_content()).group(1)
    assert confirm_path.startswith("/fr/newsletter/confirm/")
    assert "Vous êtes abonné" in client.post(confirm_path).content.decode()

    translated = publish(
        f.GranteeStoryPageFactory(parent=stories, title="Spotting grooming", tags=["grooming"])
    )
    translate(translated, "fr", title="Repérer le pédopiégeage")
    untranslated = publish(
        f.GranteeStoryPageFactory(parent=stories, title="Safer chats", tags=["grooming"])
    )
    make_digest_due_now()
    tasks.plan_due_mailings.delay()

    wait_for(lambda: sink.count_for("ada@example.org") == 2, message="the digest")
    digest = sink.parsed()[-1]
    # A long encoded subject is folded onto its own line; the parser keeps the fold's space.
    assert digest["Subject"].strip() == "Restez informé : votre lettre hebdomadaire Safe Online"
    text = digest.get_body(("plain",)).get_content()
    assert "Repérer le pédopiégeage" in text
    assert f"{untranslated.title} (en anglais)" in text
    assert translated.title not in text
    assert digest["List-Unsubscribe"].startswith("<http://testserver/fr/newsletter/unsubscribe/")
