from django.contrib.auth import views as auth_views
from django.urls import path

from community import views

app_name = "community"

TEMPLATES = "community/portal/"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("sign-in/", views.LoginView.as_view(), name="login"),
    path("sign-out/", auth_views.LogoutView.as_view(next_page="community:login"), name="logout"),
    path("invitation/<str:token>/", views.accept_invitation, name="accept_invitation"),
    path("password/reset/", views.PasswordResetView.as_view(), name="password_reset"),
    path(
        "password/reset/sent/",
        auth_views.PasswordResetDoneView.as_view(
            template_name=TEMPLATES + "password_reset_sent.html"
        ),
        name="password_reset_done",
    ),
    path(
        "password/reset/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path("password/change/", views.PasswordChangeView.as_view(), name="password_change"),
    path("projects/<int:project_id>/edit/", views.project_form, name="edit_project"),
    path("projects/<int:project_id>/updates/new/", views.update_form, name="new_update"),
    path(
        "projects/<int:project_id>/updates/<int:update_id>/",
        views.update_form,
        name="edit_update",
    ),
    path(
        "projects/<int:project_id>/updates/<int:update_id>/preview/",
        views.preview_update,
        name="preview_update",
    ),
]
