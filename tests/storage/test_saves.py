"""A survivor's save and resume, on SQLite and PostgreSQL: opt-in, a code, 30 days, erasable."""
import datetime as dt
import re

from screener.storage import RESUME_DAYS
from screener.storage.store import RESUME_FAILURES

from .conftest import answer_everything, post


def save(client, passphrase=""):
    response = post(client, "/save", {"passphrase": passphrase, "passphrase_again": passphrase})
    assert response.status_code == 200, response.get_data(as_text=True)
    page = response.get_data(as_text=True)
    return re.search(r'id="resume-code">([0-9A-Z-]+)<', page).group(1), page


def resume(client, code, passphrase="", action="resume"):
    return post(client, "/resume", {"code": code, "passphrase": passphrase, "action": action})


def test_nothing_is_saved_unless_asked(app, store):
    client = app.test_client()
    answer_everything(client)
    explained = client.get("/save").get_data(as_text=True)
    assert "Only if you want to" in explained and f"We erase your answers after {RESUME_DAYS} days." in explained
    with store.engine.connect() as connection:
        from sqlalchemy import text
        assert connection.execute(text("SELECT count(*) FROM saved_visits")).scalar() == 0


def test_save_and_resume_without_passphrase(app):
    client = app.test_client()
    answer_everything(client)
    code, page = save(client)
    assert re.fullmatch(r"[0-9A-Z]{4}(-[0-9A-Z]{4}){3}", code)
    assert "We show it only once" in page and "/resume" in page
    later = app.test_client()  # another day, another browser
    assert "Continue with a code" in later.get("/").get_data(as_text=True)
    response = resume(later, code.lower().replace("-", " "))  # typed loosely
    assert response.headers["Location"].endswith("/review")
    assert "Welcome back" in later.get("/review").get_data(as_text=True)
    assert "Can likely be cleared" in later.get("/results").get_data(as_text=True)


def test_save_and_resume_with_passphrase(app):
    client = app.test_client()
    answer_everything(client)
    mismatch = post(client, "/save", {"passphrase": "blue river", "passphrase_again": "blue rivers"})
    assert "The two passphrases are not the same" in mismatch.get_data(as_text=True)
    code, page = save(client, "blue river")
    assert "You also need the passphrase" in page
    later = app.test_client()
    assert "We found no saved answers" in resume(later, code).get_data(as_text=True)
    assert "We found no saved answers" in resume(later, code, "green river").get_data(as_text=True)
    assert resume(later, code, "blue river").headers["Location"].endswith("/review")


def test_wrong_code_says_so_plainly(app):
    client = app.test_client()
    for code in ["", "hello", "0000-0000-0000-0000"]:
        page = resume(client, code).get_data(as_text=True)
        assert "We found no saved answers for this code" in page
    assert client.get("/results").status_code == 302  # nothing was loaded


def test_guessing_codes_is_rate_limited(app):
    client = app.test_client()
    answer_everything(client)
    code, _ = save(client)
    guesser = app.test_client()
    for _ in range(RESUME_FAILURES):
        resume(guesser, "0000-0000-0000-0000")
    response = resume(guesser, code)
    assert response.status_code == 429 and "Too many tries" in response.get_data(as_text=True)


def test_saved_answers_expire_after_30_days(app, store):
    client = app.test_client()
    answer_everything(client)
    code, _ = save(client)
    real = store.clock
    store.clock = lambda: real() + dt.timedelta(days=RESUME_DAYS, seconds=1)
    assert "We found no saved answers" in resume(app.test_client(), code).get_data(as_text=True)
    assert store.purge()["saved_answers"] == 1
    store.clock = real
    assert "We found no saved answers" in resume(app.test_client(), code).get_data(as_text=True)


def test_the_holder_erases_with_the_code(app):
    client = app.test_client()
    answer_everything(client)
    code, _ = save(client, "blue river")
    other = app.test_client()
    assert "We found no saved answers" in resume(other, code, action="erase").get_data(as_text=True)
    response = resume(other, code, "blue river", action="erase")
    assert response.headers["Location"].endswith("/")
    assert "The code no longer works" in other.get("/").get_data(as_text=True)
    assert "We found no saved answers" in resume(other, code, "blue river").get_data(as_text=True)


def test_erase_the_saved_copy_from_the_results(app):
    client = app.test_client()
    answer_everything(client)
    code, _ = save(client)
    later = app.test_client()
    resume(later, code)
    assert "Erase my saved answers now" in later.get("/results").get_data(as_text=True)
    post(later, "/save/erase")
    assert "We found no saved answers" in resume(app.test_client(), code).get_data(as_text=True)
    assert "Can likely be cleared" in later.get("/results").get_data(as_text=True)  # the visit keeps its answers


def test_saving_again_replaces_the_old_code(app):
    client = app.test_client()
    answer_everything(client)
    first, _ = save(client)
    assert "The old code stops working" in client.get("/save").get_data(as_text=True)
    second, _ = save(client)
    assert first != second
    assert "We found no saved answers" in resume(app.test_client(), first).get_data(as_text=True)
    assert resume(app.test_client(), second).status_code == 302


def test_no_answers_nothing_to_save(app):
    client = app.test_client()
    assert client.get("/save").headers["Location"].endswith("/")
