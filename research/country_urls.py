from django.urls import path

from research import views

app_name = "research"
urlpatterns = [
    path("", views.country_index, name="country_index"),
    path("<slug:slug>/", views.country_detail, name="country"),
]
