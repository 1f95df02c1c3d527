from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from speelveld.accounts import models


@admin.register(models.Membership)
class MembershipAdmin(SimpleHistoryAdmin):
    list_display = ("user", "role", "municipality", "organisation")
    list_filter = ("role",)
    raw_id_fields = ("user", "municipality", "organisation")
