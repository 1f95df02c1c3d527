from __future__ import annotations

from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from speelveld.places.selectors import municipality_list


def home(request: HttpRequest) -> HttpResponse:
    municipalities = municipality_list(user=request.user).annotate(
        activity_count=Count("activities", distinct=True)
    )
    return render(request, "web/home.html", {"municipalities": municipalities})
