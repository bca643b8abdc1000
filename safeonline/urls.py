from django.conf import settings
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import Sitemap as PageSitemap
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home import feeds
from home import views as home_views
from home.sitemaps import TopicSitemap
from research.sitemaps import CountrySitemap
from safeonline.api import api_router

handler404 = "home.views.page_not_found"

SITEMAPS = {"pages": PageSitemap, "topics": TopicSitemap, "countries": CountrySitemap}

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("search/", home_views.search, name="search"),
    path("topics/", home_views.topic_index, name="topic_index"),
    path("topics/<slug:slug>/", home_views.topic_detail, name="topic"),
    path("topics/<slug:slug>/rss/", feeds.TopicFeed(), name="topic_rss"),
    path("topics/<slug:slug>/atom/", feeds.TopicAtomFeed(), name="topic_atom"),
    path("countries/", include("research.urls")),
    path("newsletter/", include("newsletter.urls")),
    path("portal/", include("community.urls")),
    path("anymail/", include("anymail.urls")),
    path("feeds/rss/", feeds.LatestContentFeed(), name="rss"),
    path("feeds/atom/", feeds.LatestContentAtomFeed(), name="atom"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
]

if settings.SERVE_MEDIA:
    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns += [re_path(rf"^{media_prefix}(?P<path>.*)$", home_views.media, name="media")]

urlpatterns += [path("", include(wagtail_urls))]
