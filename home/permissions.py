from django.template.response import TemplateResponse
from wagtail.admin.forms.view_restrictions import BaseViewRestrictionForm
from wagtail.models import BaseViewRestriction
from wagtail.permission_policies import ModelPermissionPolicy


class PolicyWithout(ModelPermissionPolicy):
    """A model's usual permissions, except that `excluded` actions are never offered to anyone,
    for records that only the system creates or that must not change once made."""

    def __init__(self, model, excluded, **kwargs):
        super().__init__(model, **kwargs)
        self.excluded = set(excluded)

    def user_has_permission(self, user, action):
        return action not in self.excluded and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


def is_staff_member(user):
    """Safe Online staff: people who may use the Wagtail admin. Grantees sign in too, to the
    portal, but are not staff."""
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


def staff_only_refusal(request, restrictions):
    """Wagtail lets any signed-in account through a "logged-in users" restriction; here that
    option means staff. A signed-in grantee gets a page saying so (anonymous visitors are
    sent to sign in by Wagtail as usual). `restrictions` is called only for such a grantee, so
    other visitors cost no query."""
    if not request.user.is_authenticated or is_staff_member(request.user):
        return None
    if any(r.restriction_type == BaseViewRestriction.LOGIN for r in restrictions()):
        return TemplateResponse(request, "staff_only.html", status=403)
    return None


STAFF_ONLY_LABEL = "Private, for Safe Online staff signed in to the admin (not grantees)"


def explain_privacy_options():
    """Name the "logged-in users" option in the privacy dialogs (pages and collections) for
    what it means on this site."""
    field = BaseViewRestrictionForm.base_fields["restriction_type"]
    field.choices = [
        (value, STAFF_ONLY_LABEL if value == BaseViewRestriction.LOGIN else label)
        for value, label in field.choices
    ]
