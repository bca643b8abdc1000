"""The portal in French and Spanish, and the language each grantee chooses for its emails."""

import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.urls import reverse
from django.utils import translation

from community import notifications, submissions
from community.models import GranteeProfile, Invitation, ReportingReminder
from community.tokens import invitation_token
from tests.community.helpers import PASSWORD, approve, signed_in, update_fields
from tests.community.test_portal_journey import png_upload

pytestmark = pytest.mark.django_db

NBSP = "\u00a0"  # French sets its quotation marks and colons apart with one


@pytest.fixture(autouse=True)
def site_url(settings):
    settings.SITE_URL = "http://testserver"


def in_language(language, name, *args):
    with translation.override(language):
        return reverse(name, args=args)


def text_of(response):
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text().split())


def choose_language(user, language):
    GranteeProfile.objects.update_or_create(user=user, defaults={"language": language})


def links_in(message):
    return re.findall(r"http://testserver(/[^\s\"<]*)", message.body)


# The portal's pages in French


def test_the_sign_in_page_is_in_french_at_its_french_address(client, db):
    response = client.get("/fr/portal/sign-in/")

    page = text_of(response)
    assert response.status_code == 200
    assert "Portail des bénéficiaires" in page
    assert "Mot de passe oublié" in page
    assert "Forgotten your password?" not in page


def test_a_wrong_password_is_refused_in_french(client, grantee_a):
    response = client.post(
        "/fr/portal/sign-in/", {"username": grantee_a.username, "password": "not it"}
    )

    assert "Saisissez" in text_of(response)  # Django's own message, in French


def test_the_dashboard_is_in_french_with_french_status_labels(grantee_a, draft_update_a):
    response = signed_in(grantee_a).get("/fr/portal/")

    page = text_of(response)
    assert "Vos projets" in page
    assert "Rédiger un point d'avancement" in page
    assert "Brouillon" in page
    assert "Aardvark draft findings" in page
    assert "Write an update" not in page


def test_the_update_form_refuses_a_missing_title_in_french(project_a, grantee_a):
    url = in_language("fr", "community:new_update", project_a.pk)
    data = {"title": "", "date": "2026-11-20", "summary": "Terrain terminé.", "action": "save"}

    response = signed_in(grantee_a).post(url, data)

    page = text_of(response)
    assert response.status_code == 200
    assert "Champ requis." in page  # Django's own message, in French
    assert "rien n'a encore été enregistré" in page
    assert not submissions.project_updates(project_a, [grantee_a]).exists()


def test_an_update_submitted_in_french_is_confirmed_in_french(project_a, grantee_a):
    browser = signed_in(grantee_a)
    url = in_language("fr", "community:new_update", project_a.pk)
    data = {
        "title": "Terrain terminé",
        "date": "2026-11-20",
        "summary": "Entretiens menés dans trois pays.",
        "action": "submit",
    }

    response = browser.post(url, data, follow=True)

    assert response.redirect_chain[-1][0] == "/fr/portal/"
    page = text_of(response)
    assert "« Terrain terminé » a été transmis à l'équipe Safe Online pour examen." in page
    assert "En cours d'examen" in page


def test_an_image_without_a_description_is_refused_in_spanish(project_a, grantee_a):
    url = in_language("es", "community:new_update", project_a.pk)
    data = {"title": "Informe", "date": "2026-11-20", "summary": "Resumen.", "action": "save"}

    response = signed_in(grantee_a).post(url, {**data, "image": png_upload()})

    assert "Indique una descripción y un crédito para la imagen." in text_of(response)


# Emails in the grantee's language


def test_a_spanish_speaking_grantee_gets_the_review_outcome_in_spanish(
    project_a, grantee_a, staff, django_capture_on_commit_callbacks
):
    choose_language(grantee_a, "es")
    update = submissions.save_update(project_a, grantee_a, update_fields(title="Hallazgos"))
    submissions.submit_for_review(update, grantee_a)

    with django_capture_on_commit_callbacks(execute=True):
        approve(update, staff)

    [message] = [message for message in mail.outbox if message.to == [grantee_a.email]]
    assert message.subject == "Publicado: «Hallazgos»"
    assert message.body.startswith("Hola, Test:")
    assert "El equipo de Safe Online ha aprobado «Hallazgos»." in message.body
    html = message.alternatives[0][0]
    assert "Su informe de avance ya está publicado" in html
    links = links_in(message)
    assert "/es/portal/" in links
    assert f"/es{update.url}" in links  # the update's place in the Spanish tree
    assert all(link.startswith("/es/") for link in links)


def test_changes_requested_reach_a_french_speaking_grantee_in_french(
    project_a, grantee_a, draft_update_a
):
    choose_language(grantee_a, "fr")

    message = notifications.review_message(
        grantee_a, draft_update_a, "changes_requested", "Merci de citer le partenaire."
    )

    title = f"«{NBSP}Aardvark draft findings{NBSP}»"
    assert message.subject == "Modifications demandées sur « Aardvark draft findings »"
    assert f"L'équipe Safe Online a examiné {title}" in message.body
    assert links_in(message) == ["/fr/portal/"]


def test_a_grantee_who_chose_nothing_gets_english(project_a, grantee_a, draft_update_a):
    GranteeProfile.objects.filter(user=grantee_a).delete()  # an account from before the choice

    message = notifications.review_message(grantee_a, draft_update_a, "changes_requested", "")

    assert message.subject == "Changes requested on “Aardvark draft findings”"
    assert links_in(message) == ["/portal/"]


def test_a_password_reset_email_is_in_the_grantees_language(grantee_a):
    choose_language(grantee_a, "es")

    message = notifications.password_reset_message(grantee_a)

    assert message.subject == "Restablezca la contraseña de su portal de Safe Online"
    [link] = links_in(message)
    assert link.startswith("/es/portal/password/reset/")


def test_a_reminder_names_the_due_date_in_the_grantees_language(project_a, grantee_a):
    choose_language(grantee_a, "fr")
    reminder = ReportingReminder.objects.create(
        project=project_a, due_date=datetime.date(2027, 3, 5), kind="upcoming"
    )

    message = notifications.reminder_message(reminder, grantee_a)

    assert message.subject == "Un point d'avancement sur Project Aardvark est attendu le 5 mars"
    assert "5 mars 2027" in message.body
    assert links_in(message) == ["/fr/portal/"]


def test_the_invitation_is_in_the_language_staff_chose(project_a, staff):
    invitation = Invitation.objects.create(
        project=project_a, email="lea@example.org", name="Léa", language="fr", invited_by=staff
    )

    message = notifications.invitation_message(invitation)

    assert message.subject == "Vous êtes invité·e à rendre compte du projet Project Aardvark"
    assert message.body.startswith("Bonjour Léa,")
    [link] = links_in(message)
    assert link.startswith("/fr/portal/invitation/")


def test_staff_invite_in_english_unless_they_choose_otherwise(admin_client, project_a):
    admin_client.post(
        reverse("grantee_invitations:add"),
        {"project": project_a.pk, "email": "en@example.org", "name": "En", "role": "lead"},
    )
    admin_client.post(
        reverse("grantee_invitations:add"),
        {
            "project": project_a.pk,
            "email": "es@example.org",
            "name": "Es",
            "role": "lead",
            "language": "es",
        },
    )

    languages = dict(Invitation.objects.values_list("email", "language"))
    assert languages == {"en@example.org": "en-gb", "es@example.org": "es"}


# The language is first the invitation page's, then the grantee's own choice


def accept_at(client, invitation, language):
    url = in_language(language, "community:accept_invitation", invitation_token(invitation))
    data = {"name": "Ana Lima", "new_password1": PASSWORD, "new_password2": PASSWORD}
    return client.post(url, data)


@pytest.mark.parametrize("language", ["en-gb", "fr", "es"])
def test_the_language_of_the_invitation_page_becomes_the_language_of_emails(
    client, project_a, language
):
    invitation = Invitation.objects.create(project=project_a, email="ana@uni.example", name="Ana")

    response = accept_at(client, invitation, language)

    assert response.status_code == 302
    assert response.url == in_language(language, "community:dashboard")
    profile = GranteeProfile.objects.get(user__email="ana@uni.example")
    assert profile.language == language


def test_joining_another_project_keeps_the_language_already_chosen(client, project_a, project_b):
    first = Invitation.objects.create(project=project_a, email="ana@uni.example", name="Ana")
    accept_at(client, first, "es")
    second = Invitation.objects.create(project=project_b, email="ana@uni.example", name="Ana")

    client.post(in_language("fr", "community:accept_invitation", invitation_token(second)))

    assert GranteeProfile.objects.get(user__email="ana@uni.example").language == "es"
    assert second.project.memberships.filter(user__email="ana@uni.example").exists()


def test_a_grantee_chooses_spanish_on_the_dashboard(grantee_a):
    browser = signed_in(grantee_a)

    response = browser.post("/fr/portal/", {"language": "es"}, follow=True)

    assert GranteeProfile.objects.get(user=grantee_a).language == "es"
    assert response.redirect_chain[-1][0] == "/fr/portal/"
    assert "Les e-mails du portail vous seront désormais envoyés en Español." in text_of(response)


def test_the_dashboard_shows_the_language_chosen(grantee_a):
    choose_language(grantee_a, "fr")

    html = signed_in(grantee_a).get("/portal/").content.decode()

    form = BeautifulSoup(html, "html.parser").find("select", attrs={"name": "language"})
    assert form.find("option", selected=True)["value"] == "fr"


@pytest.mark.parametrize(
    "value",
    ["de", "xx", "fr-xx", "", 'fr"><script>alert(1)</script>', "es" * 300, "EN-GB"],
    ids=["another-language", "no-language", "unknown-variant", "empty", "markup", "huge", "case"],
)
def test_a_language_the_portal_does_not_offer_is_refused(grantee_a, value):
    choose_language(grantee_a, "fr")

    response = signed_in(grantee_a).post("/portal/", {"language": value})

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("#id_language_error") is not None
    assert "<script>alert(1)" not in response.content.decode()
    assert GranteeProfile.objects.get(user=grantee_a).language == "fr"


def test_a_language_form_error_is_in_the_pages_language(grantee_a):
    response = signed_in(grantee_a).post("/es/portal/", {"language": "xx"})

    assert "Escoja una opción válida." in text_of(response)


def test_signed_out_no_one_changes_a_language(client, grantee_a):
    choose_language(grantee_a, "fr")

    response = client.post("/portal/", {"language": "es"})

    assert response.status_code == 302
    assert response.url.startswith(reverse("community:login"))
    assert GranteeProfile.objects.get(user=grantee_a).language == "fr"
