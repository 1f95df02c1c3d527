"""``/account/tokens/``: a logged-in user creates and revokes their own API keys."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from speelveld.api.models import ApiToken
from speelveld.api.services import token_create, token_revoke


@never_cache  # the page that shows a new key must not be kept anywhere
@login_required
def tokens_page(request: HttpRequest) -> HttpResponse:
    owner = int(request.user.pk or 0)  # logged in: login_required
    context: dict[str, object] = {"docs_url": reverse("api-docs"), "name": "", "error": ""}
    status = 200
    if request.method == "POST" and request.POST.get("action") == "revoke":
        pk = request.POST.get("token", "")
        # only one's own keys: someone else's id is "not found", not "forbidden"
        token = get_object_or_404(ApiToken, pk=int(pk) if pk.isdigit() else 0, user_id=owner)
        token_revoke(actor=request.user, token=token)
        text = _("Sleutel „%(name)s” is ingetrokken.") % {"name": token.name}
        messages.success(request, text)
        return redirect(request.path)
    if request.method == "POST" and request.POST.get("action") == "create":
        name = request.POST.get("name", "")
        try:
            token, key = token_create(actor=request.user, user=request.user, name=name)
        except ValidationError as error:
            context.update(name=name, error=" ".join(error.messages))
            status = 400
        else:
            context.update(new_key=key, new_token=token)
            status = 201
    context["tokens"] = list(ApiToken.objects.filter(user_id=owner))
    return render(request, "api/tokens.html", context, status=status)
