"""Starlette CORSMiddleware (Debian python3-starlette), served by Debian's uvicorn.

Run with Debian's interpreter: PORT=8080 CORS_CONFIG=documented /usr/bin/python3 app.py
CORS_CONFIG picks the application:
  documented  a Starlette app with Middleware(CORSMiddleware, ...) in its middleware list
  fastapi     a FastAPI app with app.add_middleware(CORSMiddleware, ...): FastAPI's CORSMiddleware
              (fastapi.middleware.cors) is Starlette's class, re-exported
Both serve on 127.0.0.1:$PORT through uvicorn.run in this process (no reload, no workers).
No CORS header is written by hand.
"""
import os
import sys

import uvicorn
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import JSONResponse, PlainTextResponse

# ../policy.yaml in CORSMiddleware's own keyword arguments.
CORS_OPTIONS = dict(
    allow_origins=["https://app.localhost", "http://localhost:5173", "http://127.0.0.1:5173"],
    allow_methods=["GET", "POST", "PUT", "DELETE"],
    allow_headers=["Content-Type", "Authorization", "X-Request-Id"],
    expose_headers=["X-Total-Count"],
    allow_credentials=True,
    max_age=600,
)
METHODS = ["GET", "POST", "PUT", "DELETE"]


async def ok(request):
    return JSONResponse({"ok": True}, headers={"X-Total-Count": "2"})


async def health(request):
    return PlainTextResponse("ok")


def starlette_app():
    from starlette.applications import Starlette
    from starlette.routing import Route

    return Starlette(
        routes=[
            Route("/api/data", ok, methods=METHODS),
            Route("/api/items", ok, methods=METHODS),
            Route("/health", health),
        ],
        middleware=[Middleware(CORSMiddleware, **CORS_OPTIONS)],
    )


def fastapi_app():
    from fastapi import FastAPI
    from fastapi.middleware.cors import CORSMiddleware as FastAPICORSMiddleware

    app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)
    app.add_middleware(FastAPICORSMiddleware, **CORS_OPTIONS)

    # FastAPI reads a path operation's parameters from its signature, so these take none.
    @app.api_route("/api/data", methods=METHODS)
    @app.api_route("/api/items", methods=METHODS)
    async def api():
        return JSONResponse({"ok": True}, headers={"X-Total-Count": "2"})

    @app.get("/health", response_class=PlainTextResponse)
    async def fastapi_health():
        return "ok"

    return app


APPS = {"documented": starlette_app, "fastapi": fastapi_app}

if __name__ == "__main__":
    config = os.environ.get("CORS_CONFIG", "documented")
    if config not in APPS:
        sys.exit(f"unknown CORS_CONFIG {config!r}: {', '.join(APPS)}")
    uvicorn.run(APPS[config](), host="127.0.0.1", port=int(os.environ["PORT"]), log_level="info")
