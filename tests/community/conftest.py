"""Grantee portal fixtures: two projects, a grantee team on each, a revoked grantee and staff.

Grantees join the way real ones do, by accepting an invitation, so they have exactly the
access the portal gives and no admin access."""

import pytest
from django.contrib.auth import get_user_model

from community import access, submissions
from community.models import ProjectMembership
from tests import factories as f
from tests.community.helpers import PASSWORD, make_grantee, update_fields


@pytest.fixture
def project_a(research_index):
    return f.ResearchProjectPageFactory(parent=research_index, title="Project Aardvark")


@pytest.fixture
def project_b(research_index):
    return f.ResearchProjectPageFactory(parent=research_index, title="Project Bison")


@pytest.fixture
def grantee_a(project_a):
    return make_grantee(project_a, "ana@example.org")


@pytest.fixture
def grantee_b(project_b):
    return make_grantee(project_b, "bo@example.org")


@pytest.fixture
def staff(db):
    return get_user_model().objects.create_superuser(
        username="staff", email="staff@example.org", password=PASSWORD
    )


@pytest.fixture
def revoked_grantee(project_a, staff):
    user = make_grantee(project_a, "rae@example.org")
    access.revoke(ProjectMembership.objects.get(user=user, project=project_a), revoked_by=staff)
    return user


@pytest.fixture
def draft_update_a(project_a, grantee_a):
    return submissions.save_update(
        project_a, grantee_a, update_fields(title="Aardvark draft findings")
    )


@pytest.fixture
def draft_update_b(project_b, grantee_b):
    return submissions.save_update(
        project_b, grantee_b, update_fields(title="Bison draft findings")
    )
