import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "safeonline.settings.dev")

application = get_wsgi_application()

# The loaded project (models, URL patterns, templates' libraries) is some 180,000 objects that
# live as long as the process. Left to the collector, a worker soon walks them all in a full
# collection, a pause of 100-300 ms in the middle of some request; frozen, no collection looks
# at them again.
gc.collect()
gc.freeze()
