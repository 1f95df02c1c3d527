from django.contrib import admin
from django.http import HttpRequest

from speelveld.api.models import ApiToken


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """Keys are made on /account/tokens/ or with ``speelveld token create``; here they can be
    seen and deleted (revoked)."""

    list_display = ("name", "user", "prefix", "created", "last_used")
    readonly_fields = ("user", "name", "prefix", "key_hash", "created", "last_used")
    search_fields = ("name", "user__username", "prefix")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False
