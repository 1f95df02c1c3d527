from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from speelveld.catalogue import models


@admin.register(models.Theme, models.TargetGroup, models.Method, models.Phase)
class TermAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("key", "name", "name_en", "order")
    search_fields = ("key", "name", "name_en", "synonyms")


@admin.register(models.ActivityType)
class ActivityTypeAdmin(TermAdmin):
    filter_horizontal = ("themes",)


@admin.register(models.Language)
class LanguageAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("code", "name", "name_en")
    search_fields = ("code", "name", "name_en")


class DelegationInline(admin.StackedInline):  # type: ignore[type-arg]
    model = models.RoleDelegation
    fk_name = "role"
    extra = 0
    filter_horizontal = ("activity_types", "phases")


@admin.register(models.Role)
class RoleAdmin(SimpleHistoryAdmin):
    list_display = ("key", "name", "name_en", "is_resident_role")
    search_fields = ("key", "name", "name_en")
    filter_horizontal = ("typical_partners", "core_activity_types", "core_phases")
    inlines = [DelegationInline]
