from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from speelveld.places import models


class FiguresInline(admin.TabularInline):  # type: ignore[type-arg]
    model = models.AreaFigures
    extra = 0


@admin.register(models.Area)
class AreaAdmin(SimpleHistoryAdmin):
    list_display = ("code", "name", "level", "year", "parent")
    list_filter = ("level", "year")
    search_fields = ("code", "name")
    raw_id_fields = ("parent", "layer")
    inlines = [FiguresInline]


@admin.register(models.MunicipalityConfig)
class MunicipalityConfigAdmin(SimpleHistoryAdmin):
    list_display = ("municipality", "public_view")
