"""The attorney workspace on SQLite and PostgreSQL: sign-in, isolation, lockout, saved screenings."""
import datetime as dt
import json

import pytest

from screener.contract import parse_screening
from screener.storage.store import ADDRESS_FAILURES, LOCK_AFTER_FAILURES, LOCK_MINUTES
from tests.conftest import make_rules_dir

from .conftest import PASSWORD, RECORD, answer_everything, make_staff, post, save_screening, sign_in


@pytest.fixture()
def signed_in(app, store):
    """A client of an admin of Org A, signed in, with a whole questionnaire answered."""
    make_staff(store)
    client = app.test_client()
    assert sign_in(client).headers["Location"].endswith("/staff/screenings")
    answer_everything(client)
    return client


def test_results_offer_saving_to_staff_and_to_survivors(app, signed_in):
    page = signed_in.get("/results").get_data(as_text=True)
    assert "Save as a new screening" in page and 'name="client_reference"' in page
    assert "Save my answers to finish later" not in page
    survivor = app.test_client()
    answer_everything(survivor)
    page = survivor.get("/results").get_data(as_text=True)
    assert "Save my answers to finish later" in page and "client_reference" not in page
    assert "Staff sign in" in page


def test_save_view_list_and_search(signed_in, store):
    first = save_screening(signed_in, "Client-Jane-42")
    page = signed_in.get(f"/staff/screenings/{first}").get_data(as_text=True)
    assert "Client-Jane-42" in page and "Can likely be cleared" in page and "Fixture Code § 1" in page
    assert "ana@org-a.example" in page
    save_screening(signed_in, "Case 2026-0007")
    listing = signed_in.get("/staff/screenings").get_data(as_text=True)
    assert "Client-Jane-42" in listing and "Case 2026-0007" in listing
    found = post(signed_in, "/staff/screenings", {"search": "jane"}).get_data(as_text=True)
    assert "Client-Jane-42" in found and "Case 2026-0007" not in found and "1 screening matches." in found
    none = post(signed_in, "/staff/screenings", {"search": "nobody"}).get_data(as_text=True)
    assert "0 screenings match." in none


def test_saving_needs_a_reference_and_a_finished_questionnaire(app, store, signed_in):
    response = post(signed_in, "/staff/screenings/save", {"client_reference": "  "})
    assert response.status_code == 400 and "Enter a client reference." in response.get_data(as_text=True)
    fresh = app.test_client()
    sign_in(fresh)
    response = post(fresh, "/staff/screenings/save", {"client_reference": "X"})
    assert response.headers["Location"].endswith("/review")
    assert store.list_screenings(store.get_user(1)) == []


def test_a_user_sees_only_their_own_organisation(app, store, signed_in):
    screening_id = save_screening(signed_in)
    make_staff(store, "bo@org-b.example", "Org B", "admin")
    other = app.test_client()
    sign_in(other, "bo@org-b.example")
    assert other.get(f"/staff/screenings/{screening_id}").status_code == 404
    assert other.get(f"/staff/screenings/{screening_id}/export.json").status_code == 404
    assert other.get(f"/staff/screenings/{screening_id}/checklist.pdf").status_code == 404
    assert other.get(f"/staff/screenings/{screening_id}/rerun").status_code == 404
    assert post(other, f"/staff/screenings/{screening_id}/edit").status_code == 404
    assert post(other, f"/staff/screenings/{screening_id}/rerun").status_code == 404
    assert post(other, f"/staff/screenings/{screening_id}/reference", {"client_reference": "mine"}).status_code == 404
    assert post(other, f"/staff/screenings/{screening_id}/delete").status_code == 404
    assert "Client-Jane-42" not in other.get("/staff/screenings").get_data(as_text=True)
    assert "Client-Jane-42" not in post(other, "/staff/screenings", {"search": "jane"}).get_data(as_text=True)
    # ... and it is still there for its own organisation
    assert "Client-Jane-42" in signed_in.get(f"/staff/screenings/{screening_id}").get_data(as_text=True)
    # a colleague in the same organisation sees it
    make_staff(store, "cy@org-a.example", "Org A", "staff")
    colleague = app.test_client()
    sign_in(colleague, "cy@org-a.example")
    assert colleague.get(f"/staff/screenings/{screening_id}").status_code == 200
    assert colleague.get("/staff/users").status_code == 404  # staff are not admins


def test_staff_pages_need_sign_in_and_csrf(app, store):
    client = app.test_client()
    for url in ["/staff/screenings", "/staff/users", "/staff/audit", "/staff/screenings/abc"]:
        response = client.get(url)
        assert response.status_code == 302 and response.headers["Location"].endswith("/staff/login")
    make_staff(store)
    assert client.post("/staff/login", data={"email": "ana@org-a.example", "password": PASSWORD}).status_code == 400


def test_lockout_after_wrong_passwords_and_unlock(app, store):
    make_staff(store)
    make_staff(store, "cy@org-a.example", "Org A", "staff")
    client = app.test_client()
    for _ in range(LOCK_AFTER_FAILURES - 1):
        assert "wrong" in sign_in(client, "cy@org-a.example", "not the password").get_data(as_text=True)
    response = sign_in(client, "cy@org-a.example", "not the password")
    assert response.status_code == 429 and "locked for 15 minutes" in response.get_data(as_text=True)
    # the right password does not open a locked account, from this or another process
    assert sign_in(client, "cy@org-a.example").status_code == 429
    assert store.sign_in("cy@org-a.example", PASSWORD, "10.0.0.9").outcome == "locked"
    # an admin sees the lock and lifts it
    admin = app.test_client()
    sign_in(admin)
    people = admin.get("/staff/users").get_data(as_text=True)
    assert "locked after wrong passwords" in people
    cy = next(user for user in store.users_of(1) if user.email == "cy@org-a.example")
    post(admin, f"/staff/users/{cy.id}/unlock")
    assert sign_in(client, "cy@org-a.example").status_code == 302


def test_lockout_ends_by_itself(app, store):
    make_staff(store)
    client = app.test_client()
    for _ in range(LOCK_AFTER_FAILURES):
        sign_in(client, password="wrong again")
    assert sign_in(client).status_code == 429
    real = store.clock
    store.clock = lambda: real() + dt.timedelta(minutes=LOCK_MINUTES + 1)
    assert sign_in(client).status_code == 302


def test_unknown_accounts_lock_the_same_way(app, store):
    client = app.test_client()
    for _ in range(LOCK_AFTER_FAILURES):
        sign_in(client, "nobody@nowhere.example", "guess")
    assert "locked" in sign_in(client, "nobody@nowhere.example", "guess").get_data(as_text=True)


def test_too_many_failures_from_one_address_wait(app, store):
    make_staff(store)
    client = app.test_client()
    for n in range(ADDRESS_FAILURES):
        sign_in(client, f"guess{n}@nowhere.example", "guess")
    response = sign_in(client)  # even the right password waits
    assert response.status_code == 429 and "Too many wrong tries from this place" in response.get_data(as_text=True)
    assert store.sign_in("ana@org-a.example", PASSWORD, "192.0.2.7").outcome == "ok"  # elsewhere is fine


def test_turned_off_accounts_cannot_sign_in_and_are_signed_out(app, store, signed_in):
    make_staff(store, "cy@org-a.example", "Org A", "staff")
    colleague = app.test_client()
    sign_in(colleague, "cy@org-a.example")
    cy = next(user for user in store.users_of(1) if user.email == "cy@org-a.example")
    post(signed_in, f"/staff/users/{cy.id}/disable")
    assert colleague.get("/staff/screenings").status_code == 302
    assert sign_in(colleague, "cy@org-a.example").status_code == 200


def test_admin_adds_a_person(app, signed_in):
    page = post(signed_in, "/staff/users", {"email": "New@Org-A.example", "role": "staff", "password": "short"})
    assert "Use at least 12 characters." in page.get_data(as_text=True)
    response = post(signed_in, "/staff/users", {"email": "New@Org-A.example", "role": "staff", "password": PASSWORD})
    assert response.status_code == 302
    newcomer = app.test_client()
    assert sign_in(newcomer, "new@org-a.example").status_code == 302
    again = post(signed_in, "/staff/users", {"email": "new@org-a.example", "role": "staff", "password": PASSWORD})
    assert "Someone already uses this e-mail address." in again.get_data(as_text=True)


def test_edit_loads_into_the_questionnaire_and_saves_back(app, store, signed_in):
    screening_id = save_screening(signed_in)
    other = app.test_client()  # the same person in a fresh browser
    sign_in(other)
    response = post(other, f"/staff/screenings/{screening_id}/edit")
    assert response.headers["Location"].endswith("/review")
    review = other.get("/review").get_data(as_text=True)
    assert "2012-05-01" in review
    post(other, "/records/0", {**RECORD, "related_to_trafficking": "unsure", "action": "save"})
    results = other.get("/results").get_data(as_text=True)
    assert "Save changes to Client-Jane-42" in results
    response = post(other, f"/staff/screenings/{screening_id}/save")
    assert response.headers["Location"].endswith(f"/staff/screenings/{screening_id}")
    saved = store.get_screening(store.get_user(1), screening_id, action=None)
    assert saved.answers["records"][0]["related_to_trafficking"] == "unsure"
    assert saved.result["records"][0]["outcome"] == "possibly_eligible"
    assert len(store.list_screenings(store.get_user(1))) == 1


def test_change_reference_and_delete(app, store, signed_in):
    screening_id = save_screening(signed_in)
    post(signed_in, f"/staff/screenings/{screening_id}/reference", {"client_reference": "File 9"})
    assert "File 9" in signed_in.get(f"/staff/screenings/{screening_id}").get_data(as_text=True)
    assert "Delete this screening?" in signed_in.get(f"/staff/screenings/{screening_id}/delete").get_data(as_text=True)
    response = post(signed_in, f"/staff/screenings/{screening_id}/delete")
    assert response.headers["Location"].endswith("/staff/screenings")
    assert signed_in.get(f"/staff/screenings/{screening_id}").status_code == 404
    assert store.list_screenings(store.get_user(1)) == []


def test_export_json_and_checklist(app, signed_in, fixture_rulebook):
    screening_id = save_screening(signed_in)
    response = signed_in.get(f"/staff/screenings/{screening_id}/export.json")
    assert response.status_code == 200 and "attachment" in response.headers["Content-Disposition"]
    document = json.loads(response.get_data(as_text=True))
    assert document["client_reference"] == "Client-Jane-42"
    assert document["rules_version"] == fixture_rulebook.version == document["result"]["rules_version"]
    assert document["created_by"] == "ana@org-a.example"
    assert parse_screening(document["screening"]).records[0].offense_date == dt.date(2012, 5, 1)  # valid contract input
    assert document["result"]["records"][0]["outcome"] == "eligible"
    pdf = signed_in.get(f"/staff/screenings/{screening_id}/checklist.pdf")
    assert pdf.status_code == 200 and pdf.data.startswith(b"%PDF")


def test_audit_log_records_who_did_what_without_client_data(app, store, signed_in):
    screening_id = save_screening(signed_in)
    signed_in.get(f"/staff/screenings/{screening_id}")
    signed_in.get(f"/staff/screenings/{screening_id}/export.json")
    post(signed_in, f"/staff/screenings/{screening_id}/edit")
    post(signed_in, f"/staff/screenings/{screening_id}/save")
    post(signed_in, f"/staff/screenings/{screening_id}/delete")
    events = store.audit_events(1)
    actions = [event["action"] for event in events if event["screening_id"] == screening_id]
    assert actions == ["delete", "update", "open", "export_json", "view", "create"]
    assert all(event["who"] == "ana@org-a.example" for event in events if event["screening_id"])
    page = signed_in.get("/staff/audit").get_data(as_text=True)
    assert "exported as JSON" in page and screening_id in page and "Client-Jane-42" not in page


def test_rerun_under_changed_rules_reports_the_changed_outcome(make_app, signed_in, store, tmp_path,
                                                               fixture_rules_dir):
    screening_id = save_screening(signed_in)
    before = store.get_screening(store.get_user(1), screening_id, action=None)
    # The law changes: AK's vacatur now covers labor trafficking only (this person was sex trafficked).
    text = (fixture_rules_dir / "jurisdictions" / "AK.yaml").read_text()
    changed = text.replace("trafficking_types: [sex, labor]", "trafficking_types: [labor]", 1)
    assert changed != text
    rules = make_rules_dir(tmp_path / "new-rules", {
        "AK": changed, "AL": (fixture_rules_dir / "jurisdictions" / "AL.yaml").read_text()})
    newer = make_app(RULES_DIR=str(rules))
    client = newer.test_client()
    sign_in(client)
    page = client.get(f"/staff/screenings/{screening_id}").get_data(as_text=True)
    assert "the rules have changed since" in page
    page = client.get(f"/staff/screenings/{screening_id}/rerun").get_data(as_text=True)
    assert "1 record has a different answer now." in page
    assert "Can likely be cleared" in page  # then
    assert "The survivor law does not seem to cover this" in page  # now
    response = post(client, f"/staff/screenings/{screening_id}/rerun")
    assert response.headers["Location"].endswith(f"/staff/screenings/{screening_id}")
    after = store.get_screening(store.get_user(1), screening_id, action=None)
    assert after.rules_version == newer.extensions["rulebook"].version != before.rules_version
    assert after.result["records"][0]["outcome"] == "not_eligible"
    assert after.answers == before.answers
    # under the same rules again, nothing differs
    assert "No record has a different answer now." in client.get(
        f"/staff/screenings/{screening_id}/rerun").get_data(as_text=True)


def test_sign_out_erases_the_browser(app, signed_in):
    response = post(signed_in, "/staff/logout")
    assert response.headers["Location"].endswith("/staff/login")
    assert signed_in.get("/staff/screenings").status_code == 302
    assert signed_in.get("/results").status_code == 302  # the answers are gone too


def test_admin_sets_a_new_password_which_also_unlocks(app, store, signed_in):
    make_staff(store, "cy@org-a.example", "Org A", "staff")
    cy = next(user for user in store.users_of(1) if user.email == "cy@org-a.example")
    client = app.test_client()
    for _ in range(LOCK_AFTER_FAILURES):
        sign_in(client, "cy@org-a.example", "forgotten it")
    assert "New password for cy@org-a.example" in signed_in.get("/staff/users").get_data(as_text=True)
    post(signed_in, f"/staff/users/{cy.id}/password", {"password": "short"})
    assert "Use at least 12 characters." in signed_in.get("/staff/users").get_data(as_text=True)
    post(signed_in, f"/staff/users/{cy.id}/password", {"password": "a brand new password"})
    assert "The new password is set." in signed_in.get("/staff/users").get_data(as_text=True)
    assert sign_in(client, "cy@org-a.example", "a brand new password").status_code == 302
    make_staff(store, "bo@org-b.example", "Org B", "admin")
    bo = next(user for user in store.users_of(2))
    assert post(signed_in, f"/staff/users/{bo.id}/password", {"password": "a brand new password"}).status_code == 404
