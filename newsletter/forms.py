from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from home.forms import HoneypotMixin
from newsletter.models import DigestTheme, MemberType, Subscriber
from newsletter.subscriptions import CONSENT_TEXT


def single_line(value):
    if "\r" in value or "\n" in value:
        raise ValidationError(_("Use a single line, without line breaks."))


class ThemeChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, theme):
        return format_html(
            '{} <span class="muted">{}</span>', theme.display_name, theme.display_description
        )


class PreferencesForm(forms.Form):
    member_type = forms.ChoiceField(
        choices=[("", _("Choose one")), *MemberType.choices], label=_("I work as")
    )
    themes = ThemeChoiceField(
        queryset=DigestTheme.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        label=_("Themes"),
        help_text=_("You hear about new content on these themes only."),
        required=False,
    )
    all_topics = forms.BooleanField(
        required=False,
        label=_("Everything: every topic we publish on, whatever the themes above"),
    )
    cadence = forms.ChoiceField(
        choices=Subscriber.Cadence.choices,
        widget=forms.RadioSelect,
        initial=Subscriber.Cadence.MONTHLY,
        label=_("Digest"),
    )
    insight_alerts = forms.BooleanField(
        required=False,
        initial=True,
        label=_("Also email me each new insight brief on my themes as it is published"),
    )

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("themes") and not cleaned.get("all_topics"):
            self.add_error("themes", _("Choose at least one theme, or tick “Everything”."))
        return cleaned

    def preferences(self):
        return {
            "member_type": self.cleaned_data["member_type"],
            "all_topics": self.cleaned_data["all_topics"],
            "cadence": self.cleaned_data["cadence"],
            "insight_alerts": self.cleaned_data["insight_alerts"],
        }


class PreferenceCentreForm(PreferencesForm):
    """The preferences a member changes without an account, with the language of their emails
    (kept as it is when a form without it is sent)."""

    language = forms.ChoiceField(
        choices=settings.LANGUAGES, required=False, label=_("Language of our emails")
    )

    def preferences(self):
        preferences = super().preferences()
        if self.cleaned_data["language"]:
            preferences["language"] = self.cleaned_data["language"]
        return preferences


class SubscribeForm(HoneypotMixin, PreferencesForm):
    email = forms.EmailField(max_length=254, label=_("Email address"))
    name = forms.CharField(
        max_length=100, required=False, validators=[single_line], label=_("Name")
    )
    organisation = forms.CharField(
        max_length=150, required=False, validators=[single_line], label=_("Organisation")
    )
    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        error_messages={"required": _("Please agree, so that we may email you.")},
    )

    field_order = [
        "email",
        "name",
        "organisation",
        "member_type",
        "themes",
        "all_topics",
        "cadence",
    ]

    def preferences(self):
        return {
            **super().preferences(),
            "name": self.cleaned_data["name"].strip(),
            "organisation": self.cleaned_data["organisation"].strip(),
        }


class LinkRequestForm(forms.Form):
    email = forms.EmailField(max_length=254, label=_("Email address"))
