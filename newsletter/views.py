"""Public newsletter pages: sign-up, confirmation, one-click unsubscribe, the preference centre.
None needs an account; links carry signed tokens (newsletter.tokens). Pages reached through a
personal link are never stored by any cache (never_cache: `private, no-store`)."""

from django.conf import settings
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from home.locales import reader_version
from home.querysets import site_pages
from home.ratelimit import over_limit
from home.signed_links import InvalidLinkError
from newsletter import clicks, subscriptions
from newsletter.forms import LinkRequestForm, PreferenceCentreForm, SubscribeForm
from newsletter.models import DigestTheme, Subscriber
from newsletter.planning import in_the_english_tree
from newsletter.tokens import make_token, read_token

LINK_PROBLEMS = {
    "invalid": (
        400,
        _("This link is not valid"),
        _(
            "It may have been cut short or changed. Please use the whole link from the email, "
            "or ask for a new one below."
        ),
    ),
    "expired": (
        410,
        _("This link has expired"),
        _("Confirmation links work for 72 hours. Sign up again and we will send you a new one."),
    ),
    "used": (
        410,
        _("This link has already been used"),
        _(
            "Your subscription was confirmed with it already. You can change your preferences "
            "from any of our emails."
        ),
    ),
    "gone": (
        410,
        _("We no longer hold this subscription"),
        _("The data behind this link was deleted. You are welcome to sign up again."),
    ),
}


def link_problem(request, error):
    status, title, explanation = LINK_PROBLEMS[error.reason]
    context = {"title": title, "explanation": explanation, "link_form": LinkRequestForm()}
    return TemplateResponse(request, "newsletter/link_problem.html", context, status=status)


def too_many_attempts(request, template, context):
    context["rate_limited"] = True
    return TemplateResponse(request, template, context, status=429)


@require_http_methods(["GET", "POST"])
def subscribe(request):
    if request.method == "GET":
        initial = {"email": request.GET.get("email", "")[:254]}
        if theme := request.GET.get("theme"):
            initial["themes"] = DigestTheme.objects.filter(topics__slug=theme)[:1]
        form = SubscribeForm(initial=initial)
        return TemplateResponse(request, "newsletter/subscribe.html", {"form": form})
    form = SubscribeForm(request.POST)
    if over_limit(request, "subscribe", settings.NEWSLETTER_FORM_RATE_LIMIT):
        return too_many_attempts(request, "newsletter/subscribe.html", {"form": form})
    if form.is_bot:
        return redirect("newsletter:check_inbox")
    if not form.is_valid():
        return TemplateResponse(request, "newsletter/subscribe.html", {"form": form})
    subscriptions.request_subscription(
        email=form.cleaned_data["email"],
        preferences={
            **form.preferences(),
            "language": subscriptions.supported_language(get_language()),
        },
        themes=form.cleaned_data["themes"],
        source=request.POST.get("source", "subscribe page")[:60],
    )
    return redirect("newsletter:check_inbox")


def check_inbox(request):
    return TemplateResponse(request, "newsletter/check_inbox.html")


@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    try:
        subscriber = read_token(token, "confirm")
    except InvalidLinkError as error:
        return link_problem(request, error)
    if request.method == "POST":
        subscriptions.confirm(subscriber)
        return TemplateResponse(
            request,
            "newsletter/confirmed.html",
            {"preferences_token": make_token(subscriber, "preferences")},
        )
    return TemplateResponse(request, "newsletter/confirm.html", {"subscriber": subscriber})


def mailing_of(request):
    """The mailing an unsubscribe link came in (its ?mailing=), if it names one."""
    text = request.GET.get("mailing", "")
    return int(text) if text.isascii() and text.isdigit() and len(text) < 10 else None


@never_cache
@csrf_exempt  # RFC 8058: mail clients POST here with no session and no token
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """GET asks for confirmation and changes nothing; POST unsubscribes at once, every time
    with the same answer and never a redirect (one-click unsubscribe, RFC 8058)."""
    try:
        subscriber = read_token(token, "unsubscribe")
    except InvalidLinkError as error:
        return link_problem(request, error)
    context = {"subscriber": subscriber, "preferences_token": make_token(subscriber, "preferences")}
    if request.method == "POST":
        subscriptions.unsubscribe(
            subscriber, source="unsubscribe link", mailing_id=mailing_of(request)
        )
        return TemplateResponse(request, "newsletter/unsubscribed.html", context)
    return TemplateResponse(request, "newsletter/unsubscribe.html", context)


@never_cache
@require_http_methods(["GET", "POST"])
def preference_centre(request, token):
    try:
        subscriber = read_token(token, "preferences")
    except InvalidLinkError as error:
        return link_problem(request, error)
    form = PreferenceCentreForm(initial=current_preferences(subscriber))
    saved = None
    if request.method == "POST":
        action = request.POST.get("action", "save")
        if action == "save":
            form = PreferenceCentreForm(request.POST)
            if form.is_valid():
                subscriptions.update_preferences(
                    subscriber, preferences=form.preferences(), themes=form.cleaned_data["themes"]
                )
                saved = gettext("Your preferences are saved.")
        elif action in ("pause", "resume"):
            subscriptions.set_paused(subscriber, paused=action == "pause")
            saved = (
                gettext("Emails are paused.")
                if action == "pause"
                else gettext("Emails are back on.")
            )
        elif action == "unsubscribe":
            subscriptions.unsubscribe(subscriber, source="preference centre")
            saved = gettext("You are unsubscribed from everything.")
        subscriber.refresh_from_db()
    context = {"subscriber": subscriber, "form": form, "saved": saved, "token": token}
    return TemplateResponse(request, "newsletter/preferences.html", context)


def current_preferences(subscriber):
    return {
        "member_type": subscriber.member_type,
        "themes": subscriber.themes.all(),
        "all_topics": subscriber.all_topics,
        "cadence": subscriber.cadence,
        "insight_alerts": subscriber.insight_alerts,
        "language": subscriber.language,
    }


@never_cache
def personal_data(request, token):
    try:
        subscriber = read_token(token, "preferences")
    except InvalidLinkError as error:
        return link_problem(request, error)
    response = JsonResponse(
        subscriptions.personal_data(subscriber), json_dumps_params={"indent": 2}
    )
    response["Content-Disposition"] = 'attachment; filename="safe-online-my-data.json"'
    return response


@never_cache
@require_http_methods(["GET", "POST"])
def delete_me(request, token):
    try:
        subscriber = read_token(token, "preferences")
    except InvalidLinkError as error:
        return link_problem(request, error)
    if request.method == "POST":
        subscriber.delete()
        return TemplateResponse(request, "newsletter/deleted.html")
    return TemplateResponse(request, "newsletter/delete.html", {"subscriber": subscriber})


@require_http_methods(["GET", "POST"])
def request_link(request):
    """Send the preference-centre link to an address, if it is subscribed; the answer is the
    same either way."""
    form = LinkRequestForm(request.POST or None)
    if request.method == "POST":
        if over_limit(request, "link", settings.NEWSLETTER_FORM_RATE_LIMIT):
            return too_many_attempts(request, "newsletter/request_link.html", {"form": form})
        if form.is_valid():
            email = subscriptions.normalise_email(form.cleaned_data["email"])
            subscriber = Subscriber.objects.filter(email=email).first()
            if subscriber and subscriber.status != Subscriber.Status.UNSUBSCRIBED:
                pending = subscriber.status == Subscriber.Status.PENDING
                subscriptions.queue_notice(subscriber, "confirm" if pending else "preferences")
            return redirect("newsletter:check_inbox")
    return TemplateResponse(request, "newsletter/request_link.html", {"form": form})


@require_http_methods(["GET", "HEAD"])
def follow(request, token):
    """An item link from an email: count it (newsletter.clicks) and go to the item, in the
    language of the link's address where it has a place in that language's tree. Only items of
    the mailing the link names, so the link cannot send anyone elsewhere."""
    try:
        mailing, page_id, member_type = clicks.read_click(token)
    except InvalidLinkError as error:
        return link_problem(request, error)
    with in_the_english_tree():
        page = site_pages().live().public().filter(pk=page_id).first()
    if page is None:
        raise Http404("This item is no longer on the site.")
    if clicks.is_a_person_following(request):
        clicks.count(mailing, page_id, member_type)
    in_tree, _ = reader_version(page, get_language())
    response = redirect(in_tree.url)
    add_never_cache_headers(response)
    return response
