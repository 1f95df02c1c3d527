from django.urls import path

from speelveld.interop import views

urlpatterns = [
    path("gemeente/<str:code>/importeren/", views.import_page, name="import"),
    path("gemeente/<str:code>/importeren/<int:pk>/", views.import_batch, name="import-batch"),
    path(
        "gemeente/<str:code>/importeren/<int:pk>/stand/",
        views.import_status,
        name="import-status",
    ),
    path(
        "gemeente/<str:code>/importeren/<int:pk>/bevestigen/",
        views.import_confirm,
        name="import-confirm",
    ),
    path(
        "gemeente/<str:code>/importeren/<int:pk>/opnieuw/",
        views.import_retry,
        name="import-retry",
    ),
    path(
        "gemeente/<str:code>/importeren/<int:pk>/annuleren/",
        views.import_cancel,
        name="import-cancel",
    ),
    path(
        "gemeente/<str:code>/importeren/<int:pk>/rapport.csv",
        views.import_report_csv,
        name="import-report",
    ),
    path(
        "gemeente/<str:code>/importeren/sjabloon.<str:fmt>",
        views.template_download,
        name="import-template",
    ),
    path(
        "gemeente/<str:code>/importeren/sjabloon/<str:entity>.<str:fmt>",
        views.template_download,
        name="import-template-entity",
    ),
    path(
        "gemeente/<str:code>/exporteren/<str:entity>.<str:fmt>",
        views.list_download,
        name="export-list",
    ),
]
