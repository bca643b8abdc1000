from django import forms
from wagtail.contrib.forms.forms import FormBuilder


class ContactFormBuilder(FormBuilder):
    """Adds a honeypot field that people never see and bots tend to fill in."""

    HONEYPOT = "website_url"

    @property
    def formfields(self):
        fields = super().formfields
        fields[self.HONEYPOT] = forms.CharField(
            required=False,
            label="Leave this field empty",
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        return fields
