from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import PasswordResetForm
from wagtail.contrib.forms.forms import BaseForm, FormBuilder, WagtailAdminFormPageForm

from home.ratelimit import recipient_over_limit


class HoneypotMixin:
    """Adds a field that people never see (the templates hide it) and bots tend to fill in;
    `is_bot` says whether it was filled in. Views answer a bot as if all went well."""

    HONEYPOT = "website_url"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[self.HONEYPOT] = forms.CharField(
            required=False,
            label=_("Leave this field empty"),
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )

    @property
    def is_bot(self):
        return bool(self.data.get(self.HONEYPOT))


class ContactFormBuilder(FormBuilder):
    """The contact form staff compose in the admin, with the honeypot."""

    def get_form_class(self):
        return type("ContactForm", (HoneypotMixin, BaseForm), self.formfields)


class ContactPageAdminForm(WagtailAdminFormPageForm):
    """A contact page goes live only once someone will hear about what people send through it.
    A draft may leave the address empty."""

    def clean(self):
        cleaned = super().clean()
        if not self.is_deferred_validation and not cleaned.get("to_address", "").strip():
            self.add_error(
                "to_address",
                "Name at least one staff address: without it, messages sent through this "
                "page are stored but nobody is told about them.",
            )
        return cleaned


class RecipientLimitMixin:
    """A password-reset form that sends one address at most PASSWORD_RESET_EMAILS_PER_ADDRESS
    emails an hour. Past that it finds no account to email, so the visitor sees the usual
    "check your inbox" answer whether or not the address has an account."""

    def get_users(self, email):
        limit = settings.PASSWORD_RESET_EMAILS_PER_ADDRESS
        if recipient_over_limit("password-reset", email, limit):
            return []
        return super().get_users(email)


class LimitedPasswordResetForm(RecipientLimitMixin, PasswordResetForm):
    """The Wagtail admin's password-reset form (WAGTAILADMIN_USER_PASSWORD_RESET_FORM)."""
