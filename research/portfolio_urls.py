"""The portfolio as a whole, beside the research listing: the evidence map (topics by country and
by programme, also as CSV) and the portfolio charts (each an SVG image)."""

from django.urls import path

from research import views

app_name = "portfolio"
urlpatterns = [
    path("evidence/", views.evidence_map_page, name="evidence_map"),
    path("evidence/<slug:dimension>/csv/", views.evidence_map_csv, name="evidence_csv"),
    path("portfolio/", views.portfolio_page, name="charts"),
    path("portfolio/<slug:slug>/svg/", views.portfolio_chart_svg, name="chart_svg"),
]
