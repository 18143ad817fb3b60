"""A survivor's whole visit, keyboard only, in headless Chromium: with JavaScript and without, in
English and in Spanish (chosen with the language switch in the header, by keyboard too).

Every screen is checked with axe-core (zero violations) and photographed at 360 px and 1280 px
into test-output/screens/ for people to look at.
"""
import pytest
from axe_playwright_python.sync_playwright import Axe

AXE = Axe()
WIDTHS = (360, 1280)

RECORDS = [
    {"jurisdiction": "New York", "description": "PL 230.00 prostitution", "category": "Selling or offering sex",
     "level": 1, "record_type": 1, "age": "17", "related": 0},
    {"jurisdiction": "New York", "description": "petit larceny", "category": "Taking things",
     "level": 1, "record_type": 1, "age": "19", "related": 2},
    {"jurisdiction": "California", "description": "possession of a controlled substance",
     "category": "Having drugs", "level": 0, "record_type": 0, "age": "22", "related": 0},
]
# The same visit in Spanish: what the screens show, and what a person types, in Spanish.
SPANISH_RECORDS = [
    {**RECORDS[0], "jurisdiction": "Nueva York", "category": "Vender u ofrecer sexo"},
    {**RECORDS[1], "jurisdiction": "Nueva York", "description": "hurto menor", "category": "Tomar cosas"},
    {**RECORDS[2], "description": "posesión de sustancia controlada", "category": "Tener drogas"},
]
WORDS = {
    "en": {"records": RECORDS, "change": "Change", "eligible": "Can likely be cleared", "immigration": "immigration",
           "overview": "New York: 2 records", "lang": "en"},
    "es": {"records": SPANISH_RECORDS, "change": "Cambiar", "eligible": "Es probable que se pueda limpiar",
           "immigration": "inmigración", "overview": "Nueva York: 2 antecedentes", "lang": "es"},
}


class Inspector:
    """axe-core needs JavaScript to run. For a page seen without JavaScript, the same HTML is
    served to a second page whose own scripts are blocked, and axe runs there."""

    def __init__(self, browser, server):
        self.context = browser.new_context(locale="en-US")
        self.context.route("**/app.js", lambda route: route.abort())
        self.page = self.context.new_page()
        self.url = server + "/__snapshot__"
        self.html = ""
        self.page.route(self.url, lambda route: route.fulfill(body=self.html, content_type="text/html"))

    def run(self, page):
        self.html = page.content()
        self.page.goto(self.url)
        return AXE.run(self.page)


class Visit:
    """Keyboard-only driving of one page, checking and photographing each screen."""

    def __init__(self, page, mode, shots_dir, inspector=None):
        self.page, self.mode, self.shots_dir, self.screens = page, mode, shots_dir, 0
        self.inspector = inspector

    def check_screen(self, name):
        self.screens += 1
        results = self.inspector.run(self.page) if self.inspector else AXE.run(self.page)
        assert results.violations_count == 0, f"{name}: {results.generate_report()}"
        for width in WIDTHS:
            self.page.set_viewport_size({"width": width, "height": 900})
            self.page.screenshot(path=str(self.shots_dir / f"{self.mode}-{self.screens:02d}-{name}-{width}.png"),
                                 full_page=True)
        self.page.set_viewport_size({"width": 1280, "height": 900})

    def tab_to(self, selector):
        for _ in range(150):
            self.page.keyboard.press("Tab")
            if self.page.evaluate("s => !!document.activeElement && document.activeElement.matches(s)", selector):
                return
        raise AssertionError(f"the keyboard never reached {selector}")

    def press(self, selector):
        self.tab_to(selector)
        with self.page.expect_navigation():
            self.page.keyboard.press("Enter")

    def choose(self, name, index):
        self.tab_to(f"input[name={name}]")
        checked = self.page.evaluate(
            "n => [...document.getElementsByName(n)].findIndex(r => r.checked)", name)
        if checked < 0:
            self.page.keyboard.press("Space")
            checked = 0
        for _ in range(abs(index - checked)):
            self.page.keyboard.press("ArrowDown" if index > checked else "ArrowUp")
        assert self.page.is_checked(f"#{name}-{index}")

    def type_into(self, field_id, text):
        self.tab_to(f"#{field_id}")
        self.page.keyboard.type(text)

    def select(self, field_id, label):
        self.tab_to(f"#{field_id}")
        self.page.keyboard.type(label)
        chosen = self.page.evaluate("i => document.getElementById(i).selectedOptions[0].text", field_id)
        assert chosen.startswith(label), f"{field_id}: typed {label!r}, got {chosen!r}"

    def submit(self, value=None):
        self.press(f"button[type=submit][value={value}]" if value else "main button[type=submit]")


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])
def test_three_records_in_two_states_by_keyboard(browser, server, shots_dir, javascript, language):
    words = WORDS[language]
    context = browser.new_context(java_script_enabled=javascript, locale="en-US")
    page = context.new_page()
    page.set_default_timeout(15000)
    inspector = None if javascript else Inspector(browser, server)
    visit = Visit(page, f"{'js' if javascript else 'nojs'}-{language}", shots_dir, inspector)
    page.goto(server + "/")
    if language != "en":  # the switch in the header, by keyboard: same page, now in Spanish
        visit.press(f"header button[name=lang][value={language}]")
        assert page.url == server + "/"
    assert page.get_attribute("html", "lang") == words["lang"]
    visit.check_screen("welcome")
    visit.press("main a.button")

    visit.submit()  # nothing chosen: the error summary links to the question
    assert page.locator("#error-summary a[href='#trafficking_type-0']").is_visible()
    visit.check_screen("trafficking-error")
    visit.choose("trafficking_type", 0)
    visit.submit()

    visit.check_screen("ended")
    visit.choose("ended", 0)
    visit.type_into("ended_on", "06012019")
    visit.submit()

    visit.check_screen("papers")
    visit.choose("official_documentation", 1)
    visit.submit()

    visit.check_screen("about-you")
    visit.choose("citizenship", 1)
    visit.submit()

    visit.check_screen("records-empty")
    visit.press("main a[href$='/records/new']")
    for number, record in enumerate(words["records"], start=1):
        if number == 1:
            visit.check_screen("record-form")
        visit.select("jurisdiction", record["jurisdiction"])
        visit.type_into("offense_description", record["description"])
        visit.select("offense_category", record["category"])
        visit.choose("level", record["level"])
        visit.choose("record_type", record["record_type"])
        visit.type_into("age_at_offense", record["age"])
        visit.choose("related_to_trafficking", record["related"])
        visit.submit("save")
        assert page.url.endswith("/records")
        if number < len(words["records"]):
            visit.press("main a[href$='/records/new']")
    visit.check_screen("records")
    visit.press("main a[href$='/review']")

    visit.check_screen("review")
    assert page.locator("main").inner_text().count(words["change"]) >= 8
    visit.press("main a[href$='/results']")

    visit.check_screen("results")
    cards = page.locator("section.result-card")
    assert cards.count() == 3
    first = cards.nth(0).inner_text()
    assert words["eligible"] in first
    assert "N.Y. Crim. Proc. Law § 440.10(1)(i)" in first  # citations as the statute writes them, in any language
    assert words["immigration"] in page.locator("main").inner_text()  # the non-citizen is warned
    assert words["overview"] in page.locator(".overview").inner_text()
    context.close()
    if inspector:
        inspector.context.close()


def test_escape_is_a_quick_exit_that_erases_the_visit(browser, server):
    context = browser.new_context(locale="en-US")
    page = context.new_page()
    page.goto(server + "/about/trafficking")
    page.check("#trafficking_type-1")
    with page.expect_navigation(url="**/about/ended"):
        page.click("main button[type=submit]")
    page.goto(server + "/about/trafficking")
    assert page.is_checked("#trafficking_type-1")
    entries = page.evaluate("history.length")
    with page.expect_navigation(url=server + "/healthz"):
        page.keyboard.press("Escape")
    assert page.url == server + "/healthz"
    assert page.evaluate("history.length") == entries  # the screener page was replaced, not added to
    page.goto(server + "/about/trafficking")
    assert not page.is_checked("#trafficking_type-1")
    context.close()
