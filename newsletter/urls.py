from django.urls import path
from django.views.generic import TemplateView

from newsletter import archive, views

app_name = "newsletter"
urlpatterns = [
    path("subscribe/", views.subscribe, name="subscribe"),
    path("check-your-inbox/", views.check_inbox, name="check_inbox"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("preferences/<str:token>/", views.preference_centre, name="preferences"),
    path("preferences/<str:token>/my-data.json", views.personal_data, name="personal_data"),
    path("preferences/<str:token>/delete/", views.delete_me, name="delete"),
    path("my-link/", views.request_link, name="request_link"),
    path("editions/", archive.archive, name="archive"),
    path("editions/rss/", archive.ArchiveFeed(), name="archive_rss"),
    path("editions/<int:pk>/", archive.edition, name="edition"),
    path("go/<str:token>/", views.follow, name="follow"),
    path("privacy/", TemplateView.as_view(template_name="newsletter/privacy.html"), name="privacy"),
]
