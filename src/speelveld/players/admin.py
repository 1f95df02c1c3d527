from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from speelveld.players import models


@admin.register(models.Organisation)
class OrganisationAdmin(SimpleHistoryAdmin):
    list_display = ("name", "type")
    list_filter = ("type",)
    search_fields = ("name", "external_id")
    filter_horizontal = ("municipalities",)


@admin.register(models.Player)
class PlayerAdmin(SimpleHistoryAdmin):
    list_display = ("name", "role", "organisation", "municipality", "active_until")
    list_filter = ("role", "is_group", "municipality")
    search_fields = ("name", "email", "external_id")
    raw_id_fields = ("organisation", "municipality")
    filter_horizontal = ("areas", "themes", "target_groups", "languages")


@admin.register(models.Collaboration)
class CollaborationAdmin(SimpleHistoryAdmin):
    list_display = ("__str__", "intensity", "sign", "municipality")
    list_filter = ("intensity", "sign")
    raw_id_fields = ("a_player", "a_organisation", "b_player", "b_organisation", "municipality")
