from django import forms
from wagtail.contrib.forms.forms import FormBuilder, WagtailAdminFormPageForm


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
