from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from speelveld.activities import models


class HandoverInline(admin.TabularInline):  # type: ignore[type-arg]
    model = models.Handover
    extra = 0
    raw_id_fields = ("from_player", "from_organisation", "to_player", "to_organisation")


@admin.register(models.Activity)
class ActivityAdmin(SimpleHistoryAdmin):
    list_display = ("title", "lead_organisation", "phase", "status", "start", "end")
    list_filter = ("status", "phase", "resident_led", "municipality")
    search_fields = ("title", "description", "external_id")
    raw_id_fields = ("lead_organisation", "owner", "municipality")
    filter_horizontal = ("partners", "areas", "themes", "target_groups")
    inlines = [HandoverInline]


@admin.register(models.Handover)
class HandoverAdmin(SimpleHistoryAdmin):
    list_display = ("activity", "state", "due")
    list_filter = ("state",)
    raw_id_fields = ("activity", "from_player", "from_organisation", "to_player", "to_organisation")
