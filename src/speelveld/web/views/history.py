"""History pages: who changed what when, before and after, with a revert button."""

from __future__ import annotations

from typing import Any, cast

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Field
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from speelveld.accounts.permissions import require
from speelveld.accounts.services import can_edit_instance, history_revert
from speelveld.activities.models import Activity, Handover
from speelveld.catalogue.models import Role
from speelveld.history import ACTIONS
from speelveld.places.models import Area
from speelveld.players.models import Collaboration, Organisation, Player

KINDS: dict[str, type[models.Model]] = {
    "activiteit": Activity,
    "organisatie": Organisation,
    "speler": Player,
    "samenwerking": Collaboration,
    "overdracht": Handover,
    "gebied": Area,
    "rol": Role,
}


def _object(kind: str, pk: int) -> models.Model:
    model = KINDS.get(kind)
    if model is None:
        raise Http404(kind)
    return get_object_or_404(model, pk=pk)


def _display(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "—"
    return str(value)


def _entries(obj: models.Model) -> list[dict[str, Any]]:
    records = list(
        obj.history.select_related("history_user").order_by(  # type: ignore[attr-defined]
            "-history_date", "-history_id"
        )[:50]
    )
    model = type(obj)
    entries = []
    for newer, older in zip(records, [*records[1:], None], strict=True):
        changes = []
        if older is not None:
            delta = newer.diff_against(older, foreign_keys_are_objs=False)
            for change in delta.changes:
                field = cast("Field[Any, Any]", model._meta.get_field(change.field))
                old, new = change.old, change.new
                if field.many_to_many:
                    target = field.related_model._meta.model_name  # type: ignore[union-attr]
                    ids_old = {row[f"{target}"] for row in old or []}
                    ids_new = {row[f"{target}"] for row in new or []}
                    names = dict(
                        field.related_model._default_manager.filter(  # type: ignore[union-attr]
                            pk__in=ids_old | ids_new
                        ).values_list(
                            "pk", "name" if hasattr(field.related_model, "name") else "code"
                        )
                    )
                    old = sorted(str(names.get(i, i)) for i in ids_old)
                    new = sorted(str(names.get(i, i)) for i in ids_new)
                changes.append(
                    {"field": field.verbose_name, "old": _display(old), "new": _display(new)}
                )
        entries.append(
            {"record": newer, "changes": changes, "action": ACTIONS.get(newer.history_type, "")}
        )
    return entries


@login_required
def history_page(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    obj = _object(kind, pk)
    require(can_edit_instance(request.user, obj))
    return render(
        request,
        "web/history.html",
        {
            "object": obj,
            "kind": kind,
            "entries": _entries(obj),
            "verbose_name": obj._meta.verbose_name,
        },
    )


@login_required
@require_POST
def history_revert_view(request: HttpRequest, kind: str, pk: int, history_id: int) -> HttpResponse:
    obj = _object(kind, pk)
    try:
        history_revert(actor=request.user, obj=obj, history_id=history_id)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("De eerdere versie is teruggezet."))
    return redirect("history", kind=kind, pk=pk)
