"""Portal forms. Uploads are checked by content, not by name: Wagtail's image field opens the file
with Willow and refuses one whose contents do not match its extension; documents must start
with the PDF signature. Both have size limits stated in the form."""

from django import forms
from django.conf import settings
from django.contrib.auth.forms import PasswordResetForm, SetPasswordForm
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail.images.fields import WagtailImageField

from community.models import GranteeProfile
from community.richtext import html_to_text, text_to_html
from home import outbox
from home.forms import RecipientLimitMixin
from home.models.tags import topic_name
from research.models import ProjectContact, ProjectOutput

BODY_HELP = _(
    "Leave a blank line between paragraphs. Start a line with “### ” for a heading, “- ” for a "
    "bullet point or “1. ” for a numbered point. **Bold**, *italic* and [link text](https://…) "
    "work, and web addresses become links."
)


class DateInput(forms.DateInput):
    """The browser's date picker, which reads and writes ISO dates whatever the locale."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


def checked_upload_size(upload, limit):
    if upload and upload.size > limit:
        raise ValidationError(
            gettext("This file is %(size)s; the limit is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)}
        )
    return upload


class UpdateForm(forms.Form):
    title = forms.CharField(max_length=255, label=_("Title"))
    date = forms.DateField(
        widget=DateInput, label=_("Date"), help_text=_("The date the update describes.")
    )
    summary = forms.CharField(
        max_length=600,
        widget=forms.Textarea(attrs={"rows": 3}),
        label=_("Summary"),
        help_text=_("Two or three sentences, shown on the project page and in digests."),
    )
    body = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 14}),
        label=_("Body"),
        help_text=BODY_HELP,
    )
    image = WagtailImageField(required=False, label=_("Image"))
    image_alt = forms.CharField(
        required=False,
        max_length=255,
        label=_("Image description (alt text)"),
        help_text=_("What the image shows, for people who cannot see it."),
    )
    image_credit = forms.CharField(
        required=False,
        max_length=255,
        label=_("Image credit"),
        help_text=_("e.g. “© UNICEF/Jane Doe”."),
    )
    remove_image = forms.BooleanField(required=False, label=_("Remove the current image"))
    document = forms.FileField(required=False, label=_("Attach a PDF"))
    document_title = forms.CharField(
        required=False,
        max_length=255,
        label=_("Document title"),
        help_text=_("Defaults to the file name."),
    )
    remove_documents = forms.MultipleChoiceField(
        required=False, widget=forms.CheckboxSelectMultiple, label=_("Remove attached documents")
    )
    tags = forms.MultipleChoiceField(
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Tags"),
        help_text=_(
            "Topics from the site's shared vocabulary; they decide which digests the "
            "update goes into once published."
        ),
    )

    def __init__(self, *args, current_image=None, documents=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.current_image = current_image
        self.documents = list(documents)
        self.fields["tags"].choices = [(name, topic_name(name)) for name in vocabulary()]
        self.fields["image"].help_text = gettext(
            "Optional. A JPEG, PNG, GIF or WebP photo or chart, up to %(limit)s."
        ) % {"limit": filesizeformat(settings.GRANTEE_IMAGE_MAX_BYTES)}
        self.fields["document"].help_text = gettext(
            "Optional. A PDF up to %(limit)s; save again to attach more."
        ) % {"limit": filesizeformat(settings.GRANTEE_DOCUMENT_MAX_BYTES)}
        self.fields["remove_documents"].choices = [
            (str(item.document_id), item.label) for item in self.documents
        ]
        if not self.documents:
            del self.fields["remove_documents"]
        if current_image is None:
            del self.fields["remove_image"]
        else:
            self.fields["image"].label = gettext("Replace the image")

    @classmethod
    def initial_for(cls, update):
        return {
            "title": update.title,
            "date": update.date,
            "summary": update.summary,
            "body": html_to_text(update.body),
            "tags": [tag.name for tag in update.tags.all()],
        }

    def clean_title(self):
        return " ".join(self.cleaned_data["title"].split())

    def clean_image(self):
        return checked_upload_size(self.cleaned_data.get("image"), settings.GRANTEE_IMAGE_MAX_BYTES)

    def clean_document(self):
        upload = checked_upload_size(
            self.cleaned_data.get("document"), settings.GRANTEE_DOCUMENT_MAX_BYTES
        )
        if upload is None:
            return None
        head = upload.read(5)
        upload.seek(0)
        if not upload.name.lower().endswith(".pdf") or head != b"%PDF-":
            raise ValidationError(
                gettext("This file is not a PDF. Export the document as PDF and attach that.")
            )
        return upload

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("image"):
            for name in ("image_alt", "image_credit"):
                if not cleaned.get(name):
                    self.add_error(name, gettext("Give the image a description and a credit line."))
        return cleaned

    def page_fields(self, image, documents):
        data = self.cleaned_data
        return {
            "title": data["title"],
            "date": data["date"],
            "summary": data["summary"],
            "body": text_to_html(data["body"]),
            "image": image,
            "tags": data["tags"],
            "documents": documents,
        }


def vocabulary():
    return Tag.objects.order_by("name").values_list("name", flat=True)


class ProjectForm(forms.Form):
    summary = forms.CharField(
        max_length=600,
        widget=forms.Textarea(attrs={"rows": 4}),
        label=_("Summary"),
        help_text=_("Two or three sentences for cards and feeds."),
    )
    website = forms.URLField(
        required=False,
        assume_scheme="https",
        label=_("Website"),
        help_text=_("The project's own site, if it has one."),
    )


class OutputForm(forms.Form):
    existing = forms.IntegerField(required=False, widget=forms.HiddenInput)
    title = forms.CharField(max_length=255, label=_("Title"))
    # The model's field, so its default is the initial value: a new row whose dropdown the
    # browser sends with that default has not changed, and is ignored like any blank row.
    kind = ProjectOutput._meta.get_field("kind").formfield(
        label=pgettext_lazy("kind of research output", "Kind")
    )
    url = forms.URLField(required=False, assume_scheme="https", label=_("Link"))
    year = forms.IntegerField(required=False, min_value=1990, max_value=2100, label=_("Year"))

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("url") and not cleaned.get("existing") and cleaned.get("title"):
            self.add_error("url", gettext("Give the output a link."))
        return cleaned


class ContactForm(forms.Form):
    name = forms.CharField(max_length=120, label=_("Name"))
    role = forms.CharField(max_length=120, required=False, label=_("Role"))
    organisation = forms.CharField(max_length=200, required=False, label=_("Organisation"))
    email = forms.EmailField(
        required=False, label=_("Email"), help_text=_("Shown publicly; leave empty to hide.")
    )


OutputFormSet = forms.formset_factory(OutputForm, extra=2, can_delete=True, max_num=50)
ContactFormSet = forms.formset_factory(ContactForm, extra=1, can_delete=True, max_num=20)


def kept_forms(formset):
    """Every row that came from the page, unless marked for removal, and each new row the
    grantee filled in; blank new rows are left out."""
    filled_in = [form for form in formset.extra_forms if form.has_changed()]
    return [
        form.cleaned_data
        for form in [*formset.initial_forms, *filled_in]
        if not form.cleaned_data.get("DELETE")
    ]


def project_outputs(formset, draft):
    """Outputs as the grantee edited them; rows that came from the page keep their document."""
    documents = {output.pk: output.document_id for output in draft.outputs.all() if output.pk}
    outputs = []
    for data in kept_forms(formset):
        document_id = documents.get(data.get("existing"))
        outputs.append(
            ProjectOutput(
                title=data["title"],
                kind=data["kind"],
                url=data["url"],
                year=data["year"],
                document_id=document_id,
            )
        )
    return outputs


def project_contacts(formset):
    fields = ContactForm.base_fields
    return [ProjectContact(**{name: data[name] for name in fields}) for data in kept_forms(formset)]


class AcceptInvitationForm(SetPasswordForm):
    """Choose a password for a new grantee account; the name is prefilled from the invitation."""

    name = forms.CharField(max_length=150, label=_("Your name"))
    field_order = ["name", "new_password1", "new_password2"]


class PortalPasswordResetForm(RecipientLimitMixin, PasswordResetForm):
    """Queues the reset email through Celery rather than sending it during the request."""

    def save(self, **kwargs):
        for user in self.get_users(self.cleaned_data["email"]):
            outbox.enqueue("community.tasks.send_password_reset", user.pk)


class LanguageForm(forms.ModelForm):
    """The language a grantee reads the portal's emails in."""

    class Meta:
        model = GranteeProfile
        fields = ["language"]
