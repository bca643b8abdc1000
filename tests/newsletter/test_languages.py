"""Members read the newsletter in their own language: the language of the page they signed up on,
changeable in the preference centre; every email to them is written in it, links into its pages,
and shows each item's translation, or the English item with a note where there is none."""

import datetime
import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageViewRestriction

from newsletter.emails import MailingRenderer
from newsletter.models import Consent, MemberType, Segment, Subscriber
from newsletter.planning import plan
from newsletter.sending import send_pending
from newsletter.tokens import make_token
from tests import factories as f
from tests.newsletter.factories import MailingFactory, SubscriberFactory
from tests.newsletter.helpers import LINK, html_of, link_in, translate

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
IN_PERIOD = datetime.datetime(2025, 6, 15, 12, tzinfo=UTC)


def form_data(theme, **overrides):
    data = {
        "email": "ada@example.org",
        "member_type": MemberType.RESEARCHER,
        "themes": [theme.pk],
        "cadence": "monthly",
        "consent": "on",
    }
    return {**data, **overrides}


def preferences_path(subscriber, language=""):
    path = reverse("newsletter:preferences", args=[make_token(subscriber, "preferences")])
    return f"/{language}{path}" if language else path


def published_brief(insight_index, title, **kwargs):
    brief = f.InsightBriefPageFactory(
        parent=insight_index, title=title, first_published_at=IN_PERIOD, tags=["grooming"], **kwargs
    )
    brief.save_revision().publish()  # which gives it its place in the French and Spanish trees
    return brief


def monthly_edition():
    return MailingFactory(
        cadence="monthly",
        period_start=datetime.datetime(2025, 6, 1, 8, tzinfo=UTC),
        period_end=datetime.datetime(2025, 7, 1, 8, tzinfo=UTC),
    )


def email_to(address):
    [message] = [message for message in mail.outbox if message.to == [address]]
    return message


# Sign-up


def test_signing_up_on_a_french_page_records_french(client, theme):
    client.post("/fr/newsletter/subscribe/", form_data(theme))

    assert Subscriber.objects.get().language == "fr"


def test_signing_up_on_an_english_page_records_english(client, theme):
    client.post(reverse("newsletter:subscribe"), form_data(theme))

    assert Subscriber.objects.get().language == "en-gb"


def test_the_consent_is_recorded_as_the_member_read_it(client, theme):
    client.post("/es/newsletter/subscribe/", form_data(theme))

    assert Consent.objects.get().text.startswith("Acepto que Safe Online")


def test_the_sign_up_form_shows_theme_names_in_the_page_language(client):
    f.DigestThemeFactory(name="Grooming", name_fr="Pédopiégeage", topics__name="grooming")
    f.DigestThemeFactory(name="Sextortion", topics__name="sextortion")

    html = client.get("/fr/newsletter/subscribe/").content.decode()

    assert "Pédopiégeage" in html
    assert "Sextortion" in html  # no French name given: the English one
    assert "Restez informé" in html
    assert "Je travaille comme" in html


def test_a_theme_name_falls_back_to_english_where_staff_left_it_blank(theme):
    theme.name_es = "Captación de menores"

    with translation.override("es"):
        assert theme.display_name == "Captación de menores"
    with translation.override("fr"):
        assert theme.display_name == "Grooming"
    with translation.override("en-gb"):
        assert theme.display_name == "Grooming"


def test_the_confirmation_email_is_in_the_language_of_the_sign_up_page(client, theme, on_commit):
    with on_commit():
        client.post("/fr/newsletter/subscribe/", form_data(theme))

    [message] = mail.outbox
    assert message.subject == "Veuillez confirmer votre abonnement à Safe Online"
    assert "Quelqu'un, sans doute vous, a demandé à recevoir" in message.body
    assert link_in(message, "confirm").startswith("/fr/newsletter/confirm/")
    html = html_of(message)
    assert '<html lang="fr">' in html
    assert "Confirmer mon abonnement" in html


def test_a_member_who_signs_up_again_is_sent_their_link_in_their_own_language(
    client, theme, on_commit
):
    SubscriberFactory(email="ada@example.org", language="es", themes=[theme])

    with on_commit():
        client.post("/fr/newsletter/subscribe/", form_data(theme))

    [message] = mail.outbox
    assert message.subject == "Sus preferencias de suscripción a Safe Online"
    assert link_in(message, "preferences").startswith("/es/newsletter/preferences/")
    assert Subscriber.objects.get().language == "es"


# The preference centre


def test_the_preference_centre_under_fr_is_in_french(client, theme):
    subscriber = SubscriberFactory(language="fr", themes=[theme])

    html = client.get(preferences_path(subscriber, "fr")).content.decode()

    assert "Vos préférences" in html
    assert "Langue de nos e-mails" in html
    assert "Enregistrer les préférences" in html


def test_a_member_changes_the_language_of_their_emails(client, theme):
    subscriber = SubscriberFactory(language="fr", themes=[theme])

    response = client.post(
        preferences_path(subscriber, "fr"),
        {
            "action": "save",
            "member_type": MemberType.OTHER,
            "themes": [theme.pk],
            "cadence": "monthly",
            "language": "es",
        },
    )

    assert "Vos préférences sont enregistrées." in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.language == "es"
    assert subscriber.consents.filter(action=Consent.Action.CHANGED).exists()


@pytest.mark.parametrize("language", ["xx", "fr-ca", "en-gb\nfr", "<script>", "f" * 300])
def test_an_unknown_language_is_a_form_error_and_changes_nothing(client, theme, language):
    subscriber = SubscriberFactory(language="fr", cadence="monthly", themes=[theme])

    response = client.post(
        preferences_path(subscriber),
        {
            "action": "save",
            "member_type": MemberType.OTHER,
            "themes": [theme.pk],
            "cadence": "weekly",
            "language": language,
        },
    )

    assert response.status_code == 200
    form = response.context["form"]
    assert list(form.errors) == ["language"]
    assert form["cadence"].value() == "weekly"  # what was typed is still in the form
    subscriber.refresh_from_db()
    assert (subscriber.language, subscriber.cadence) == ("fr", "monthly")
    assert not subscriber.consents.exists()


# Digests


@pytest.fixture
def spanish_digest(theme, insight_index, monkeypatch):
    """A monthly edition with one brief translated into Spanish and one not, sent to two
    Spanish-speaking members and one English-speaking member."""
    edition = monthly_edition()
    translated = published_brief(insight_index, "How grooming starts")
    translate(translated, "es", title="Cómo empieza el grooming", slug="como-empieza-el-grooming")
    published_brief(insight_index, "Signals that help")
    for address, language in [
        ("ana@example.org", "es"),
        ("bea@example.org", "es"),
        ("ada@example.org", "en-gb"),
    ]:
        SubscriberFactory(email=address, language=language, themes=[theme])
    renders = []
    render_segment = MailingRenderer.render_segment

    def counting(renderer, segment):
        renders.append(segment.language)
        return render_segment(renderer, segment)

    monkeypatch.setattr(MailingRenderer, "render_segment", counting)
    plan(edition.pk)
    send_pending(edition.pk)
    edition.renders = renders
    return edition


def test_a_spanish_digest_shows_the_translation_and_notes_the_english_item(spanish_digest):
    message = email_to("ana@example.org")

    assert message.subject == "Manténgase al día: su boletín mensual de Safe Online"
    for body in (message.body, html_of(message)):
        assert "Cómo empieza el grooming" in body
        assert "How grooming starts" not in body
        assert "Signals that help" in body
        assert body.count("(en inglés)") == 1
    assert "Signals that help (en inglés)" in message.body
    assert "Novedades sobre sus temas desde el 1 de junio" in message.body


def test_the_items_of_a_spanish_digest_lead_to_their_pages_in_the_spanish_tree(
    client, spanish_digest
):
    message = email_to("ana@example.org")
    clicks = [url for url in dict.fromkeys(message.body.split()) if "/newsletter/go/" in url]

    destinations = [client.get(url.removeprefix("http://testserver"))["Location"] for url in clicks]

    assert all(url.startswith("http://testserver/es/newsletter/go/") for url in clicks)
    assert destinations == [
        "/es/insights/como-empieza-el-grooming/",  # the translation
        "/es/insights/signals-that-help/",  # the English page's place in the Spanish tree
    ]


def test_the_personal_links_of_a_spanish_digest_are_under_es(spanish_digest):
    message = email_to("ana@example.org")

    assert link_in(message, "preferences").startswith("/es/newsletter/preferences/")
    assert link_in(message, "unsubscribe").startswith("/es/newsletter/unsubscribe/")
    assert "http://testserver/es/newsletter/privacy/" in message.body


def test_the_english_digest_of_the_same_edition_is_unchanged(spanish_digest):
    message = email_to("ada@example.org")

    assert message.subject == "Stay in the loop: your monthly Safe Online digest"
    assert "How grooming starts" in message.body
    assert "Cómo empieza" not in message.body
    assert "(in English)" not in message.body
    assert all(not path.startswith("/es/") for path, _ in LINK.findall(message.body))


def test_each_language_of_an_edition_is_one_segment_rendered_once(spanish_digest):
    segments = Segment.objects.filter(mailing=spanish_digest)

    assert sorted(segments.values_list("language", flat=True)) == ["en-gb", "es"]
    assert sorted(spanish_digest.renders) == ["en-gb", "es"]
    assert len(mail.outbox) == 3


def test_a_private_translation_is_not_sent_the_english_item_is(theme, insight_index):
    edition = monthly_edition()
    brief = published_brief(insight_index, "How grooming starts")
    version = translate(brief, "es", title="Cómo empieza el grooming")
    PageViewRestriction.objects.create(page=version, restriction_type=PageViewRestriction.LOGIN)
    SubscriberFactory(email="ana@example.org", language="es", themes=[theme])

    plan(edition.pk)
    send_pending(edition.pk)

    message = email_to("ana@example.org")
    assert "Cómo empieza" not in message.body
    assert "How grooming starts (en inglés)" in message.body


def test_an_insight_alert_is_titled_with_the_translation(theme, insight_index):
    brief = published_brief(insight_index, "How grooming starts")
    translate(brief, "fr", title="Comment commence le pédopiégeage")
    SubscriberFactory(email="ada@example.org", language="fr", themes=[theme])
    alert = MailingFactory(
        kind="alert", cadence="", brief=brief, period_start=None, period_end=None
    )

    plan(alert.pk)
    send_pending(alert.pk)

    [message] = mail.outbox
    assert message.subject == "Nouvelle note d'analyse : Comment commence le pédopiégeage"
    assert "Une nouvelle note d'analyse sur vos thèmes" in message.body


# The member journey in French


def test_a_french_member_signs_up_confirms_manages_and_reads_the_digest_in_french(
    client, theme, insight_index, on_commit
):
    with on_commit():
        response = client.post("/fr/newsletter/subscribe/", form_data(theme), follow=True)
    assert response.redirect_chain[-1][0] == "/fr/newsletter/check-your-inbox/"
    assert "Consultez votre boîte de réception" in response.content.decode()

    [confirmation] = mail.outbox
    assert confirmation.subject == "Veuillez confirmer votre abonnement à Safe Online"
    confirm = link_in(confirmation, "confirm")
    assert confirm.startswith("/fr/")
    assert "Confirmez votre abonnement" in client.get(confirm).content.decode()
    confirmed = client.post(confirm).content.decode()
    assert "Vous êtes abonné" in confirmed

    [preferences] = re.findall(r'href="(/fr/newsletter/preferences/[^"]+)"', confirmed)
    centre = client.get(preferences).content.decode()
    assert "Vos préférences" in centre
    assert '<option value="fr" selected>Français</option>' in centre

    edition = monthly_edition()
    brief = published_brief(insight_index, "How grooming starts")
    translate(brief, "fr", title="Comment commence le pédopiégeage")
    published_brief(insight_index, "Signals that help")
    mail.outbox.clear()
    plan(edition.pk)
    send_pending(edition.pk)

    [digest] = mail.outbox
    assert digest.subject == "Restez informé : votre lettre mensuelle Safe Online"
    assert "Lettre mensuelle du 1 juillet 2025" in digest.body
    assert "Comment commence le pédopiégeage" in digest.body
    assert "Signals that help (en anglais)" in digest.body
    assert link_in(digest, "unsubscribe").startswith("/fr/newsletter/unsubscribe/")


@pytest.mark.parametrize(
    ("page", "french", "spanish"),
    [
        ("subscribe", "Choisissez les thèmes qui vous intéressent", "Elija los temas que le"),
        ("check_inbox", "Merci. Si cette adresse", "Gracias. Si esa dirección"),
        ("request_link", "Gérer votre abonnement", "Gestione su suscripción"),
        ("privacy", "Aucun suivi des ouvertures.", "Sin seguimiento de aperturas."),
        ("archive", "Aucune édition n'a encore été envoyée.", "Todavía no se ha enviado"),
        ("confirm", "Dernière étape", "Un último paso"),
        ("unsubscribe", "Se désabonner de tout", "Darse de baja de todo"),
        ("preferences", "Télécharger tout ce que nous conservons", "Descargar todo lo que"),
        ("delete", "Tout supprimer", "Eliminarlo todo"),
    ],
)
def test_every_page_a_member_sees_is_in_the_language_of_its_address(
    client, theme, page, french, spanish
):
    subscriber = SubscriberFactory(themes=[theme], pending=page == "confirm")
    purpose = {"confirm": "confirm", "unsubscribe": "unsubscribe"}.get(page, "preferences")
    with_token = page in ("confirm", "unsubscribe", "preferences", "delete")
    args = [make_token(subscriber, purpose)] if with_token else []
    path = reverse(f"newsletter:{page}", args=args)

    for language, text, eyebrow in (
        ("fr", french, "Restez informé"),
        ("es", spanish, "Manténgase al día"),
    ):
        response = client.get(f"/{language}{path}")

        assert response.status_code == 200
        html = response.content.decode()
        assert text in html
        assert f'<p class="page-header__eyebrow">{eyebrow}</p>' in html


def test_a_broken_link_is_explained_in_the_language_of_its_address(client):
    response = client.get("/es/newsletter/preferences/not-a-token/")

    assert response.status_code == 400
    assert "Este enlace no es válido" in response.content.decode()


def test_the_feed_of_editions_under_fr_is_titled_in_french(client):
    response = client.get("/fr" + reverse("newsletter:archive_rss"))

    assert "<title>Safe Online : restez informé</title>" in response.content.decode()
