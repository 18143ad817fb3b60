"""Entry point for gunicorn: `gunicorn wsgi:app`."""
from screener.web import create_app

app = create_app()
