"""Django + django-cors-headers (Debian python3-django, python3-django-cors-headers), in one file.

Run with Debian's interpreter: PORT=8080 CORS_CONFIG=documented /usr/bin/python3 app.py
It serves with Django's own development server (runserver, threaded) on 127.0.0.1:$PORT, without the
autoreloader, so the process started is the one serving. The CORS settings are django-cors-headers' documented
ones (CORS_ALLOWED_ORIGINS etc.); no CORS header is written by hand.
"""
import os
import sys

import django
from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.urls import path

CONFIGS = ("documented",)

config = os.environ.get("CORS_CONFIG", "documented")
if config not in CONFIGS:
    sys.exit(f"unknown CORS_CONFIG {config!r}: {', '.join(CONFIGS)}")

settings.configure(
    DEBUG=False,
    SECRET_KEY="cors-tck-certification-not-secret",
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    ROOT_URLCONF=__name__,
    INSTALLED_APPS=["corsheaders"],
    # django-cors-headers' setup: CorsMiddleware as high as possible, before CommonMiddleware.
    MIDDLEWARE=[
        "corsheaders.middleware.CorsMiddleware",
        "django.middleware.common.CommonMiddleware",
    ],
    # ../policy.yaml in django-cors-headers' settings.
    CORS_ALLOWED_ORIGINS=["https://app.localhost", "http://localhost:5173", "http://127.0.0.1:5173"],
    CORS_ALLOW_METHODS=["DELETE", "GET", "POST", "PUT"],
    CORS_ALLOW_HEADERS=["authorization", "content-type", "x-request-id"],
    CORS_EXPOSE_HEADERS=["X-Total-Count"],
    CORS_ALLOW_CREDENTIALS=True,
    CORS_PREFLIGHT_MAX_AGE=600,
    CORS_URLS_REGEX=r"^/api/.*$",
)


def ok(request):
    response = JsonResponse({"ok": True})
    response["X-Total-Count"] = "2"
    return response


def health(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [
    path("api/data", ok),
    path("api/items", ok),
    path("health", health),
]

if __name__ == "__main__":
    django.setup()
    from django.core.management import call_command

    call_command("runserver", f"127.0.0.1:{os.environ['PORT']}", use_reloader=False, use_threading=True)
