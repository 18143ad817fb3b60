"""A second app process for the tests: serves create_app() on a free loopback port and prints it.

Configuration comes from the environment, as on a real server: DATABASE_URL, SCREENER_DATA_KEY,
SECRET_KEY, SCREENER_RULES_DIR.
"""
from werkzeug.serving import make_server

from screener.web import create_app

server = make_server("127.0.0.1", 0, create_app(), threaded=True)
print(server.server_port, flush=True)
server.serve_forever()
