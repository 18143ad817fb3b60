"""Every questionnaire step's form post, with any values (Flask test client, a real CSRF token):
never a 500; every bad field answered by a message linked from the error summary, in plain words;
an accepted answer is kept; nothing typed is ever echoed unescaped."""
from __future__ import annotations

import datetime as dt
import html
import re

from hypothesis import given
from hypothesis import strategies as st

from screener.vocab import JURISDICTIONS, LEVELS, OFFENSE_CATEGORIES, RECORD_TYPES
from tests.fuzz.budget import budget, tried
from tests.fuzz.strategies import HOSTILE_TEXT, TEXT, records

MISSING = object()  # the field is not sent at all
OK, BAD, DEPENDS = "ok", "bad", "depends"  # DEPENDS: other answers decide (e.g. a date after today)
# What a person must never read: Python talking, or a value breaking out of its place in the page.
NOT_PLAIN = ("invalid literal", "Traceback", "Exceeds the limit", "object has no attribute", "NoneType")
JUNK = st.one_of(TEXT, st.sampled_from(HOSTILE_TEXT))
NUMBER_JUNK = st.sampled_from(["²", "١٧", "17.5", "-1", "+17", "1e3", "0x11", "017", " 17 ", "9" * 5000, "9" * 7])
DATE_JUNK = st.sampled_from(["2019-02-30", "2019-6-1", "01/06/2019", "0999-01-01", "1899-12-31", "9999-12-31",
                             " 2019-06-01 ", "2019-06-01T00:00", "٢٠١٩-٠٦-٠١", "2019-06-01" * 100])


def radio(choices, *, required: bool = True):
    valid = st.sampled_from(choices).map(lambda v: (v, OK))
    empty = st.sampled_from([MISSING, ""]).map(lambda v: (v, BAD if required else OK))
    junk = JUNK.filter(lambda v: v.strip() not in choices and (v.strip() or required)) \
        .map(lambda v: (v, BAD if v.strip() or required else OK))
    return st.one_of(valid, empty, junk)


def select(choices):
    return radio(choices)


def date(*, future: str = DEPENDS):
    def judge(text: str):
        text = text.strip()
        if not text:
            return OK
        try:
            day = dt.datetime.strptime(text, "%Y-%m-%d").date()
        except ValueError:
            return BAD
        if day.year < 1900:
            return BAD
        return future if day > dt.date.today() else DEPENDS
    days = st.dates(dt.date(1890, 1, 1), dt.date(2100, 12, 31)).map(dt.date.isoformat)
    return st.one_of(days, st.just(""), DATE_JUNK, JUNK).map(lambda v: (v, judge(v))) | st.just((MISSING, OK))


def age():
    def judge(text: str):
        text = text.strip()
        if not text:
            return DEPENDS  # then the dates must say it
        try:
            return OK if text.isdigit() and int(text) <= 120 else BAD
        except ValueError:  # "²" is a digit int() cannot read; a number of 5000 digits is none
            return BAD
    return st.one_of(st.integers(0, 130).map(str), st.just(""), NUMBER_JUNK, JUNK).map(lambda v: (v, judge(v)))


def text(limit: int):
    return st.one_of(TEXT, st.sampled_from(HOSTILE_TEXT), st.just("x" * (limit + 1)), st.just("")) \
        .map(lambda v: (v, BAD if len(v.strip()) > limit else OK))


YES_NO_UNSURE = ["yes", "no", "unsure"]
TEXT_500 = st.text(st.characters(exclude_categories=("Cs",)), min_size=300, max_size=500)  # fills a visit fast
STEPS = {
    "/about/trafficking": {"trafficking_type": radio(["sex", "labor", "both"])},
    "/about/ended": {"ended": radio(["yes", "no"]), "ended_on": date(future=OK)},
    "/about/papers": {"official_documentation": radio(YES_NO_UNSURE)},
    "/about/about-you": {"date_of_birth": date(), "citizenship": radio(["citizen", "noncitizen", "unknown"],
                                                                        required=False)},
    "/records/new": {"jurisdiction": select(sorted(JURISDICTIONS)), "offense_description": text(500),
                     "offense_category": select(OFFENSE_CATEGORIES), "level": radio(LEVELS),
                     "record_type": radio(RECORD_TYPES), "age_at_offense": age(),
                     "offense_date": date(), "disposition_date": date(),
                     "related_to_trafficking": radio(YES_NO_UNSURE)},
}
RADIOS = {"trafficking_type", "ended", "official_documentation", "citizenship", "level", "record_type",
          "related_to_trafficking"}


def token(client) -> str:
    page = client.get("/").get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def error_links(page: str) -> set[str]:
    summary = re.search(r'<div class="error-summary".*?</div>', page, re.S)
    return set(re.findall(r'href="#([^"]+)"', summary.group(0))) if summary else set()


def messages(page: str) -> list[str]:
    return [html.unescape(m) for m in re.findall(r'class="field-error"[^>]*>(.*?)</p>', page, re.S)]


def assert_escaped(page: str, values) -> None:
    for value in values:
        if isinstance(value, str) and re.search(r"<[a-zA-Z/!]", value):
            assert value not in page, f"echoed unescaped: {value!r}"


@st.composite
def step_posts(draw):
    url = draw(st.sampled_from(sorted(STEPS)))
    fields = {name: draw(strategy) for name, strategy in STEPS[url].items()}
    if url == "/about/ended" and fields["ended"][0] == "yes" and not str(fields["ended_on"][0]).strip():
        fields["ended_on"] = (fields["ended_on"][0], BAD)  # ended: then when is asked
    action = "save"
    if url == "/records/new":
        action = draw(st.sampled_from(["save", "save", "save", "suggest", "pick:theft", "pick:<script>x</script>"])
                      | TEXT.filter(lambda a: a != "suggest" and not a.startswith("pick:")))
    return url, fields, action


@budget("forms")
@given(post=step_posts(), next_page=st.sampled_from([None, "review", "records", "https://evil.example/", "//x"]))
def test_every_step_answers_any_post_with_a_message_or_keeps_the_answer(fuzz_app, post, next_page):
    tried("forms")
    url, fields, action = post
    client = fuzz_app.test_client()
    data = {"csrf_token": token(client), "action": action}
    data.update({name: value for name, (value, _) in fields.items() if value is not MISSING})
    response = client.post(url, data=data, query_string={"next": next_page} if next_page else None)
    page = response.get_data(as_text=True)
    assert response.status_code in (200, 302), (response.status_code, page[:500])
    assert_escaped(page, data.values())
    assert not any(words in page for words in NOT_PLAIN), page
    if response.status_code == 302:
        location = response.headers["Location"]
        assert location.startswith("/") and not location.startswith("//"), location  # never off the site
        assert action == "save" or not action.startswith("pick:") and action != "suggest"
        assert not any(judged == BAD for _, judged in fields.values()), (fields, location)
        check_kept(client, url, fields)
        return
    if action.startswith("pick:") or action == "suggest":
        return  # the form is shown again to go on with, not checked
    bad = {name for name, (_, judged) in fields.items() if judged == BAD}
    links = error_links(page)
    assert links, f"a refused answer without a message: {fields}"
    for name in bad:
        target = f"{name}-0" if name in RADIOS else name
        assert target in links, (name, fields, links, messages(page))
    assert all(m.strip() for m in messages(page))


def check_kept(client, url: str, fields: dict) -> None:
    """An accepted answer shows again when the page is opened again (nothing lost)."""
    if url == "/records/new":
        page = client.get("/records/0").get_data(as_text=True)
        description = fields["offense_description"][0]
        if isinstance(description, str) and description.strip():
            assert f'value="{html.escape(description.strip(), quote=True)}"' in page.replace("&#x27;", "&#39;") \
                or html.escape(description.strip()) in page
        level = fields["level"][0]
        assert re.search(rf'<input checked id="level-\d" name="level"[^>]* value="{level}"', page)
        return
    page = client.get(url).get_data(as_text=True)
    for name, (value, _) in fields.items():
        if name in RADIOS and isinstance(value, str) and value:
            assert re.search(rf'<input checked id="{name}-\d" name="{name}"[^>]* value="{value.strip()}"', page), \
                (name, value)
        elif isinstance(value, str) and value.strip() and not (name == "ended_on" and fields["ended"][0] != "yes"):
            day = dt.datetime.strptime(value.strip(), "%Y-%m-%d").date()  # shown as typed, or tidied
            assert f'value="{day.isoformat()}"' in page, (name, value)


def as_form(record: dict) -> dict:
    """A contract record as the record form posts it."""
    form = {name: "" for name in ("offense_description", "age_at_offense", "offense_date", "disposition_date")}
    form.update({name: str(value) for name, value in record.items()})
    form["jurisdiction"] = record["jurisdiction"].strip().upper()
    form.setdefault("related_to_trafficking", "unsure")
    return form


@budget("visit")
@given(person=st.fixed_dictionaries({
           "trafficking_type": st.sampled_from(["sex", "labor", "both"]), "ended": st.sampled_from(["yes", "no"]),
           "official_documentation": st.sampled_from(YES_NO_UNSURE),
           "citizenship": st.sampled_from(["citizen", "noncitizen", "unknown"])}),
       records=st.lists(st.builds(lambda r, long: as_form({**r, **long}), records(as_of=dt.date.today(), born=None),
                                  st.just({}) | st.fixed_dictionaries({"offense_description": TEXT_500})),
                        min_size=1, max_size=12),
       remove=st.lists(st.integers(0, 15), max_size=3),
       name=st.one_of(st.sampled_from(HOSTILE_TEXT), TEXT, st.just("n" * 101)))
def test_a_whole_visit_keeps_every_record_it_accepted(fuzz_app, person, records, remove, name):
    """Answers, many records (till the visit is full), removals, review, results and the checklist:
    never a 500, every accepted record still there, every refused one told why."""
    tried("visit")
    client = fuzz_app.test_client()
    csrf = token(client)

    def post(url, data):
        return client.post(url, data={"csrf_token": csrf, **data})
    post("/about/trafficking", {"trafficking_type": person["trafficking_type"]})
    post("/about/ended", {"ended": person["ended"], "ended_on": "2020-01-01"})
    post("/about/papers", {"official_documentation": person["official_documentation"]})
    assert post("/about/about-you", {"citizenship": person["citizenship"]}).status_code == 302
    kept = []
    for record in records:
        response = post("/records/new", {**record, "action": "save"})
        page = response.get_data(as_text=True)
        assert response.status_code in (200, 302), page[:500]
        assert_escaped(page, record.values())
        if response.status_code == 302:
            kept.append(record)
        else:
            assert 'class="error-summary"' in page, record  # refused, and told why (the visit is full)
    for index in remove:
        assert post(f"/records/{index}/remove", {}).status_code == 302
        if index < len(kept):
            del kept[index]
    page = client.get("/records").get_data(as_text=True)
    assert page.count('class="record-item"') == len(kept)
    for record in kept:
        assert_escaped(page, record.values())
        assert record["offense_description"].strip() in html.unescape(page)  # as typed, nothing lost
    for url in ("/review", "/results"):
        response = client.get(url)
        assert response.status_code in (200, 302), url
        assert_escaped(response.get_data(as_text=True), [name, *(v for r in kept for v in r.values())])
    response = post("/results/checklist.pdf", {"name": name})
    if kept and len(name.strip()) <= 100:
        assert response.status_code == 200 and response.mimetype == "application/pdf"
    else:
        assert response.status_code == 302
