from django.contrib import admin

from speelveld.interop import models


@admin.register(models.ImportBatch)
class ImportBatchAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("file_name", "municipality", "user", "status", "created_at", "finished_at")
    list_filter = ("status",)
    search_fields = ("file_name",)
    raw_id_fields = ("municipality", "user")
    readonly_fields = ("stored_as", "report", "created_at", "finished_at")
