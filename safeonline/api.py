"""The read-only open-data API: one endpoint per public content type."""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from community.models import EventPage, GranteeStoryPage
from research.models import InsightBriefPage, ResearchProjectPage


class ContentTypeAPIViewSet(PagesAPIViewSet):
    """Live, public pages of exactly one type (the `type` parameter cannot widen it)."""

    def get_queryset(self):
        public_ids = self.get_base_queryset().values_list("pk", flat=True)
        return self.model.objects.filter(pk__in=public_ids)


def endpoint(model):
    return type(f"{model.__name__}APIViewSet", (ContentTypeAPIViewSet,), {"model": model})


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("projects", endpoint(ResearchProjectPage))
api_router.register_endpoint("insights", endpoint(InsightBriefPage))
api_router.register_endpoint("stories", endpoint(GranteeStoryPage))
api_router.register_endpoint("events", endpoint(EventPage))
