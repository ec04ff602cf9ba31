"""Flask + Flask-CORS (Debian python3-flask-cors) for the certification matrix.

Run with Debian's interpreter: PORT=8080 CORS_CONFIG=documented /usr/bin/python3 server.py
CORS_CONFIG picks the configuration:
  documented  the extension on the whole app, CORS(app, resources=..., ...), as Flask-CORS's docs show
  per-route   the @cross_origin decorator on each view (graded with ../per-route-policy.yaml)
  default     the bare CORS(app), Flask-CORS's defaults (graded with ../policy.yaml, expected non-conformant)
No CORS header is written by hand: Flask-CORS sets every one of them.
"""
import os
import sys

from flask import Flask, jsonify
from flask_cors import CORS, cross_origin

ORIGINS = ["https://app.localhost", "http://localhost:5173", "http://127.0.0.1:5173"]
METHODS = ["GET", "POST", "PUT", "DELETE"]
ALLOWED_HEADERS = ["Content-Type", "Authorization", "X-Request-Id"]
EXPOSED_HEADERS = ["X-Total-Count"]

# The options of ../policy.yaml in Flask-CORS's own terms.
POLICY = dict(
    origins=ORIGINS,
    methods=METHODS,
    allow_headers=ALLOWED_HEADERS,
    expose_headers=EXPOSED_HEADERS,
    supports_credentials=True,
    max_age=600,
)
# /api/public of ../per-route-policy.yaml: any origin, GET, no credentials.
PUBLIC = dict(origins="*", send_wildcard=True, methods=["GET"], allow_headers=ALLOWED_HEADERS,
              expose_headers=EXPOSED_HEADERS, max_age=600)

ROUTE_METHODS = ["GET", "POST", "PUT", "DELETE"]


def ok():
    response = jsonify(ok=True)
    response.headers["X-Total-Count"] = "2"
    return response


def create_app(config):
    app = Flask(__name__)
    # The per-route form wraps each view in @cross_origin; the others leave the views alone.
    wrap = (lambda options: cross_origin(**options)) if config == "per-route" else (lambda options: (lambda f: f))

    @app.route("/health")
    def health():
        return "ok"

    @app.route("/api/data", methods=ROUTE_METHODS)
    @wrap(POLICY)
    def data():
        return ok()

    @app.route("/api/items", methods=ROUTE_METHODS)
    @wrap(POLICY)
    def items():
        return ok()

    if config == "per-route":
        @app.route("/api/public", methods=["GET"])
        @wrap(PUBLIC)
        def public():
            return ok()

    if config == "documented":
        CORS(app, resources={r"/api/*": POLICY})
    elif config == "default":
        CORS(app)
    elif config != "per-route":
        sys.exit(f"unknown CORS_CONFIG {config!r}: documented, per-route or default")
    return app


if __name__ == "__main__":
    application = create_app(os.environ.get("CORS_CONFIG", "documented"))
    application.run(host="127.0.0.1", port=int(os.environ["PORT"]), debug=False, use_reloader=False, threaded=True)
