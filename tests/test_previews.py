"""Staff preview unpublished changes: every page type renders from a revision, where related
projects, tags and inline rows live in memory rather than in the database."""

import pytest
from django.contrib.auth.models import AnonymousUser

pytestmark = pytest.mark.django_db


def test_every_page_type_previews_from_an_unsaved_revision(page_of_each_type):
    for page in page_of_each_type:
        page.title = f"{page.title} (edited)"
        page.save_revision()
        draft = page.get_latest_revision_as_object()
        response = draft.make_preview_request(extra_request_attrs={"user": AnonymousUser()})
        assert response.status_code == 200, page.specific_class.__name__
        assert "(edited)" in response.content.decode(), page.specific_class.__name__
