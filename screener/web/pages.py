"""A health check for load balancers and the benchmarks' ceiling: no session, no template."""
from flask import Blueprint

blueprint = Blueprint("pages", __name__)


@blueprint.get("/healthz")
def health():
    return "ok", 200, {"Content-Type": "text/plain; charset=utf-8"}
