"""Plain pages: the welcome page (the guided questionnaire builds on it) and a health check."""
from flask import Blueprint, render_template

blueprint = Blueprint("pages", __name__)


@blueprint.get("/")
def home():
    return render_template("home.html")


@blueprint.get("/healthz")
def health():
    return "ok", 200, {"Content-Type": "text/plain; charset=utf-8"}
