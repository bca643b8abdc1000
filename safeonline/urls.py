from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import Sitemap as PageSitemap
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.documents.views import serve as document_views

from home import feeds
from home import views as home_views
from home.signin import AdminPasswordResetView, limit_password_guesses
from home.sitemaps import TopicSitemap
from research.sitemaps import CountrySitemap
from safeonline.api import api_router

handler404 = "home.views.page_not_found"

SITEMAPS = {"pages": PageSitemap, "topics": TopicSitemap, "countries": CountrySitemap}

# Doors into accounts and private content that Wagtail serves, taken over here to be limited
# (home/signin.py); every sign-in form is throttled by django-axes wherever it lives.
limited_doors = [
    path(
        "admin/password_reset/",
        AdminPasswordResetView.as_view(),
        name="wagtailadmin_password_reset",
    ),
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        limit_password_guesses(wagtail_views.authenticate_with_password),
        name="wagtailcore_authenticate_with_password",
    ),
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        limit_password_guesses(document_views.authenticate_with_password),
        name="wagtaildocs_authenticate_with_password",
    ),
]

urlpatterns = [
    *limited_doors,
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("anymail/", include("anymail.urls")),
    path("feeds/rss/", feeds.LatestContentFeed(), name="rss"),
    path("feeds/atom/", feeds.LatestContentAtomFeed(), name="atom"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
]

if settings.SERVE_MEDIA:
    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns += [re_path(rf"^{media_prefix}(?P<path>.*)$", home_views.media, name="media")]

# What people read, in English at / and in French and Spanish under /fr/ and /es/.
urlpatterns += i18n_patterns(
    path("search/", home_views.search, name="search"),
    path("topics/", home_views.topic_index, name="topic_index"),
    path("topics/<slug:slug>/", home_views.topic_detail, name="topic"),
    path("topics/<slug:slug>/rss/", feeds.TopicFeed(), name="topic_rss"),
    path("topics/<slug:slug>/atom/", feeds.TopicAtomFeed(), name="topic_atom"),
    path("countries/", include("research.country_urls")),
    path("research/", include("research.portfolio_urls")),  # the rest of /research/ is Wagtail's
    path("newsletter/", include("newsletter.urls")),
    path("portal/", include("community.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
