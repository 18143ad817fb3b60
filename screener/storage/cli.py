"""`screener db|users|keys`: set up and look after the database of saved screenings.

The database is DATABASE_URL (default: a SQLite file in the instance folder); the data key is
SCREENER_DATA_KEY. Nothing about a client is ever printed. Database libraries are imported only
when one of these commands runs.
"""
from __future__ import annotations

import getpass
import sys
from contextlib import contextmanager

EXIT_FAILED = 1


def _settings(args):
    from . import settings
    return settings({"DATABASE_URL": args.database_url} if getattr(args, "database_url", None) else None)


def _shown(url: str) -> str:
    from .db import normalize_url
    return normalize_url(url).render_as_string(hide_password=True)


def _fail(message: str) -> int:
    print(f"screener: {message}", file=sys.stderr)
    return EXIT_FAILED


@contextmanager
def _store(args):
    """The Store of this command's database, closed afterwards."""
    from .store import Store
    store = Store(_settings(args))
    try:
        yield store
    finally:
        store.close()


def _guarded(run):
    """Configuration and database errors become one line on standard error and exit 1."""
    def wrapped(args) -> int:
        from sqlalchemy.exc import SQLAlchemyError

        from . import StorageConfigError
        try:
            return run(args)
        except StorageConfigError as error:
            return _fail(str(error))
        except SQLAlchemyError as error:
            cause = getattr(error, "orig", None) or error
            first = (str(cause).strip().splitlines() or [""])[0]
            return _fail(f"database: {type(cause).__name__}: {first}")
    return wrapped


@_guarded
def _db_upgrade(args) -> int:
    from .db import current_revision, make_engine, upgrade
    config = _settings(args)
    engine = make_engine(config.database_url, timeout=config.db_timeout)
    try:
        upgrade(engine, args.revision)
        print(f"{_shown(config.database_url)}: at revision {current_revision(engine)}")
    finally:
        engine.dispose()
    return 0


@_guarded
def _db_current(args) -> int:
    from .db import current_revision, head_revision, make_engine
    config = _settings(args)
    engine = make_engine(config.database_url, timeout=config.db_timeout)
    try:
        current, head = current_revision(engine), head_revision()
    finally:
        engine.dispose()
    state = "up to date" if current == head else f"needs `screener db upgrade` (latest is {head})"
    print(f"{_shown(config.database_url)}: revision {current or '(empty)'}, {state}")
    return 0 if current == head else EXIT_FAILED


@_guarded
def _db_purge(args) -> int:
    with _store(args) as store:
        counts = store.purge()
    print(f"erased {counts['screenings']} screening(s) unchanged for {store.settings.retention_days} days "
          f"and {counts['saved_answers']} expired saved answer(s)")
    return 0


def _read_password(args) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("The same password again: ") != first:
        raise ValueError("the two passwords are not the same")
    return first


@_guarded
def _users_create(args) -> int:
    try:
        with _store(args) as store:
            user = store.create_user(args.email, _read_password(args), org_name=args.org, role=args.role)
    except ValueError as error:
        return _fail(str(error))
    print(f"created {user.role} {user.email} in {user.org_name}")
    return 0


@_guarded
def _users_token(args) -> int:
    try:
        with _store(args) as store:
            token_id, token = store.create_api_token(args.email, args.label or "")
    except ValueError as error:
        return _fail(str(error))
    print(f"API token {token_id} for {args.email.strip().lower()} (shown only now; send it as "
          f"'Authorization: Bearer <token>'):", file=sys.stderr)
    print(token)
    return 0


@_guarded
def _users_tokens(args) -> int:
    try:
        with _store(args) as store:
            if not (args.revoke or args.revoke_all):
                for token in store.api_tokens(args.email):
                    print(f"{token['id']}  made {token['created_at']:%Y-%m-%d %H:%M} UTC  {token['label']}")
                return 0
            count = store.revoke_api_tokens(args.email, None if args.revoke_all else args.revoke)
    except ValueError as error:
        return _fail(str(error))
    if not count and args.revoke:
        return _fail(f"{args.email} has no token {args.revoke}")
    print(f"revoked {count} token(s)")
    return 0


def _keys_generate(args) -> int:
    from .crypto import generate_key
    print(generate_key())
    return 0


@_guarded
def _keys_rotate(args) -> int:
    with _store(args) as store:
        count = store.rotate_key()
    print(f"re-encrypted {count} row(s) under the first key of SCREENER_DATA_KEY")
    return 0


def add_commands(commands) -> None:
    def with_database(parser):
        parser.add_argument("--database-url", help="default: DATABASE_URL, else a SQLite file in the instance folder")
        return parser

    db = commands.add_parser("db", help="the database of saved screenings")
    db_commands = db.add_subparsers(dest="db_command", required=True)
    upgrade = with_database(db_commands.add_parser("upgrade", help="create or upgrade the tables (Alembic)"))
    upgrade.add_argument("revision", nargs="?", default="head")
    upgrade.set_defaults(run=_db_upgrade)
    with_database(db_commands.add_parser("current", help="the database's revision; exit 1 if not the latest")
                  ).set_defaults(run=_db_current)
    with_database(db_commands.add_parser(
        "purge", help="erase screenings past SCREENER_RETENTION_DAYS and expired saved answers")
    ).set_defaults(run=_db_purge)

    users = commands.add_parser("users", help="staff accounts")
    users_commands = users.add_subparsers(dest="users_command", required=True)
    create = with_database(users_commands.add_parser("create", help="add a user (the first admin of an organisation)"))
    create.add_argument("--email", required=True)
    create.add_argument("--org", required=True, help="the organisation's name (made if new)")
    create.add_argument("--role", choices=["admin", "staff"], default="admin")
    create.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    create.set_defaults(run=_users_create)
    token = with_database(users_commands.add_parser(
        "token", help="make an API token for a user (POST /api/v1/screenings); it is printed only once"))
    token.add_argument("--email", required=True)
    token.add_argument("--label", help="what the token is for, e.g. the program that uses it")
    token.set_defaults(run=_users_token)
    tokens = with_database(users_commands.add_parser("tokens", help="list a user's API tokens, or revoke them"))
    tokens.add_argument("--email", required=True)
    revoking = tokens.add_mutually_exclusive_group()
    revoking.add_argument("--revoke", metavar="TOKEN_ID", help="revoke this token")
    revoking.add_argument("--revoke-all", action="store_true", help="revoke every token of the user")
    tokens.set_defaults(run=_users_tokens)

    keys = commands.add_parser("keys", help="the data key (SCREENER_DATA_KEY)")
    keys_commands = keys.add_subparsers(dest="keys_command", required=True)
    keys_commands.add_parser("generate", help="print a new data key").set_defaults(run=_keys_generate)
    with_database(keys_commands.add_parser(
        "rotate", help="re-encrypt every row under the first key of SCREENER_DATA_KEY (list new,old)")
    ).set_defaults(run=_keys_rotate)
