"""The chat page in Debian's Chromium, driven by Playwright. Screenshots land in tests/screenshots/."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from service.app import create_app
from tests.live_server import serve

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = Path(__file__).parent / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]  # fmt: skip

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (apt-get install chromium)"
    ),
]
SIZES = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}


@pytest.fixture(scope="module")
def url(seeded, engine):
    with serve(create_app(seeded[0], engine=engine)) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def ask(page, question: str, shown: str = ".msg.assistant .sources .chip") -> None:
    """Asks `question` on the open page and waits until it shows `shown` (a selector)."""
    page.fill("#question", question)
    page.press("#question", "Enter")
    page.wait_for_selector(shown, timeout=30_000)


@pytest.mark.parametrize("size", sorted(SIZES))
def test_ask_see_chips_open_the_highlighted_sentence(browser, url, seeded, size):
    SHOTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport=SIZES[size])
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(url)
    ask(page, "What did Putin demand?")
    answer = page.inner_text(".msg.assistant")
    assert "Donetsk" in answer
    chips = page.locator(".msg.assistant > .chip")
    assert chips.count() >= 1
    page.screenshot(path=str(SHOTS / f"{size}-answer.png"))
    chip = chips.nth(chips.count() - 1)
    source, start, end = (chip.get_attribute(f"data-{k}") for k in ("source", "start", "end"))
    chip.click()
    mark = page.wait_for_selector("#article-body mark")
    text = (seeded[0].corpus_dir / source).read_bytes().decode("utf-8")
    assert mark.text_content() == text[int(start) : int(end)] and len(mark.text_content()) > 20
    assert source in page.inner_text("#article-meta")
    assert page.text_content("#article-body") == text  # the whole article, unaltered
    assert mark.is_visible()
    page.screenshot(path=str(SHOTS / f"{size}-article.png"))
    assert all(r.startswith(url) for r in requests)  # nothing fetched from elsewhere
    page.close()


def test_a_source_quote_that_opens_with_a_quotation_mark_is_not_wrapped_in_a_second_one(browser, url):
    page = browser.new_page()
    page.goto(url)
    ask(page, "Who offered to host the ceasefire negotiations?")
    quotes = [
        q.strip()
        for q in page.eval_on_selector_all(
            ".msg.assistant .sources li", "ls => ls.map(l => l.childNodes[1].textContent)"
        )
    ]
    assert any(q[0] in '"“' for q in quotes)  # a quoted remark among the sources: what this test reads
    assert not any(q[:2] in ("““", '“"', '""') for q in quotes)
    page.close()


def test_the_answer_streams_in(browser, url):
    page = browser.new_page()
    page.goto(url)
    page.evaluate(
        """() => { window.__seen = [];
            new MutationObserver(() => { const b = document.querySelector('.msg.assistant');
              if (b) window.__seen.push(b.textContent.length); })
            .observe(document.getElementById('log'), {subtree: true, childList: true, characterData: true}); }"""
    )
    ask(page, "How many prisoners were exchanged?")
    lengths = page.evaluate("window.__seen")
    assert len(set(lengths)) > 3  # the text grew in steps, not all at once
    page.close()


def test_two_questions_in_one_message_show_as_two_cited_paragraphs(browser, url, seeded):
    page = browser.new_page()
    page.goto(url)
    ask(
        page,
        "Where did Witkoff meet Putin? Which refinery did Ukrainian drones hit?",
        ".msg.assistant:not([aria-busy])",
    )
    answer = page.inner_text(".msg.assistant")
    assert "\n\n" in answer  # a paragraph a part
    chips = page.locator(".msg.assistant > .chip")
    numbers = {chips.nth(i).inner_text() for i in range(chips.count())}
    assert len(numbers) >= 2  # citations of both parts, numbered apart
    page.screenshot(path=str(SHOTS / "two-questions.png"))
    chip = chips.nth(chips.count() - 1)  # a citation of the second part opens its exact sentence
    source, start, end = (chip.get_attribute(f"data-{k}") for k in ("source", "start", "end"))
    chip.click()
    mark = page.wait_for_selector("#article-body mark")
    text = (seeded[0].corpus_dir / source).read_bytes().decode("utf-8")
    assert mark.text_content() == text[int(start) : int(end)]
    page.close()


def test_markup_in_a_question_is_shown_as_text(browser, url):
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(url)
    question = "<img src=x onerror=alert(1)> What did Putin demand?"
    ask(page, question, ".msg.assistant:not([aria-busy])")
    page.wait_for_timeout(300)
    assert page.inner_text(".msg.user") == question
    assert page.locator("#log img").count() == 0 and dialogs == []
    page.close()


def test_a_refusal_shows_as_a_refusal(browser, url):
    page = browser.new_page()
    page.goto(url)
    ask(page, "Who won the Super Bowl?", ".msg.assistant.refusal")
    assert "do not cover" in page.inner_text(".msg.assistant.refusal")
    assert page.locator(".msg.assistant.error").count() == 0
    page.close()


@pytest.fixture(scope="module")
def dated_url(tmp_path_factory):
    """The dated test articles of test_time, plus one whose text has emoji before the cited sentence."""
    from answer.engine import Engine
    from tests.helpers import make_settings
    from tests.test_time import ARTICLES

    tmp = tmp_path_factory.mktemp("dated-page")
    corpus = tmp / "corpus"
    corpus.mkdir()
    articles = {**ARTICLES, "emoji.txt": "date 2024-06-01\nFestival 🎉🎶 news\n\nFans 🎉🎉 cheered. "
                "The lantern festival [1] in Velka Bystrice drew forty thousand visitors on Saturday night.\n"}  # fmt: skip
    for name, text in articles.items():
        (corpus / name).write_text(text, encoding="utf-8")
    settings = make_settings(tmp, corpus=corpus)
    engine = Engine.from_settings(settings)
    engine.indexer.ingest()
    with serve(create_app(settings, engine=engine)) as base:
        yield base, corpus


def test_filters_narrow_the_answer_and_the_article_shows_publisher_and_date(browser, dated_url):
    url, corpus = dated_url
    page = browser.new_page(viewport=SIZES["desktop"])
    page.goto(url)
    page.click("#filters summary")
    page.wait_for_selector("#filter-sources option[value='strike_tass.txt']")
    page.select_option("#filter-sources", ["strike_tass.txt"])
    assert "1 on" in page.inner_text("#filter-count")
    ask(page, "How many people did the strike on the fuel depot kill?")
    chips = page.locator(".msg.assistant > .chip")
    assert {chips.nth(i).get_attribute("data-source") for i in range(chips.count())} == {"strike_tass.txt"}
    page.screenshot(path=str(SHOTS / "filters.png"))
    chips.first.click()
    page.wait_for_selector("#article-body mark")
    assert "TASS" in page.inner_text("#article-meta") and "published 2024-05-10" in page.inner_text("#article-meta")
    page.click("#filter-clear")
    assert page.inner_text("#filter-count") == ""
    page.close()


def test_the_highlight_is_exact_after_emoji_and_a_literal_marker_stays_text(browser, dated_url):
    """Offsets are code points; the page must not slice UTF-16 units (an emoji is two of them). A "[1]" written in
    the article is text, not a citation chip."""
    url, corpus = dated_url
    page = browser.new_page(viewport=SIZES["desktop"])
    page.goto(url)
    ask(page, "How many visitors did the lantern festival in Velka Bystrice draw?")
    chip = page.locator(".msg.assistant > .chip").first
    source, start, end = (chip.get_attribute(f"data-{k}") for k in ("source", "start", "end"))
    assert source == "emoji.txt"
    assert "festival [1] in" in page.inner_text(".msg.assistant")  # the article's own "[1]" is shown as text
    chips = page.locator(".msg.assistant > .chip").count()
    assert chips == page.evaluate("document.querySelectorAll('.msg.assistant .sources li').length")
    chip.click()
    mark = page.wait_for_selector("#article-body mark")
    text = (corpus / source).read_text(encoding="utf-8")
    assert mark.text_content() == text[int(start) : int(end)]
    assert "forty thousand" in mark.text_content()
    removed = page.locator("#article-body .removed")  # the date line was left out of the index, and says so
    assert removed.count() >= 1 and "date 2024-06-01" in removed.first.text_content()
    assert removed.first.get_attribute("title").startswith("Left out of the index")
    page.keyboard.press("Escape")
    assert page.locator("#article").is_hidden()
    assert page.evaluate("document.activeElement.id") == "question"
    page.close()


def test_docs_work_with_the_network_blocked(browser, url):
    """Swagger UI and ReDoc load their scripts from this server; anything else is refused."""
    page = browser.new_page(viewport=SIZES["desktop"])
    blocked = []
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(url)
               else (blocked.append(route.request.url), route.abort()))  # fmt: skip
    page.goto(f"{url}/docs")
    page.wait_for_selector(".opblock", timeout=30_000)
    assert page.locator(".opblock").count() >= 8
    page.screenshot(path=str(SHOTS / "docs.png"))
    page.goto(f"{url}/redoc")
    page.wait_for_selector("text=Answer one question with citations", timeout=30_000, state="attached")
    assert blocked == []
    page.close()


def test_page_basics_focus_favicon_and_a_retry_after_a_network_error(browser, url):
    page = browser.new_page(viewport=SIZES["desktop"])
    page.goto(url)
    assert page.evaluate("document.activeElement.id") == "question"
    assert page.request.get(f"{url}/favicon.ico").status == 200
    page.route("**/api/chat", lambda route: route.abort())  # the service cannot be reached
    ask(page, "What did Putin demand?", ".msg.assistant.error .retry")
    assert "could not be reached" in page.inner_text(".msg.assistant.error")
    assert "Failed to fetch" not in page.inner_text("#log")
    page.screenshot(path=str(SHOTS / "network-error.png"))
    page.unroute("**/api/chat")
    page.click(".retry")
    page.wait_for_selector(".msg.assistant .sources .chip", timeout=30_000)
    assert page.locator(".msg.user").count() == 1  # the same question, answered in place
    assert "Donetsk" in page.inner_text(".msg.assistant")
    page.close()


def test_the_page_starts_in_the_services_mode_and_states_its_latency(browser, seeded, engine):
    """The service's default mode (generative, as the held-out winner is by default; here on the 135M model) is the
    page's; beside it the page says what the mode does and how long its answers took here, and each answer its own."""
    from playwright.sync_api import expect

    settings = seeded[0].model_copy(update={"answer_mode": "generative"})
    generative = type(engine)(settings, engine.indexer, engine.retriever, engine.generator)
    with serve(create_app(settings, engine=generative)) as base:
        page = browser.new_page(viewport=SIZES["desktop"])
        page.goto(base)
        expect(page.locator("#mode-note")).to_contain_text("reads the passages")  # once /readyz has answered
        assert page.input_value("#mode") == "generative"
        assert "smollm2-135m" in page.inner_text("#mode-note") and "median" not in page.inner_text("#mode-note")
        page.fill("#question", "What did Putin demand?")
        page.press("#question", "Enter")
        page.wait_for_selector(".msg.assistant .took", timeout=60_000)
        took = page.inner_text(".msg.assistant .took")
        assert took.split(" · ")[0] in {"generative", "extractive fallback"} and took.endswith("s")
        expect(page.locator("#mode-note")).to_contain_text("median of 1")
        page.screenshot(path=str(SHOTS / "generative-default.png"))
        page.select_option("#mode", "extractive")
        assert "quotes the passages" in page.inner_text("#mode-note")
        assert "median" not in page.inner_text("#mode-note")  # no extractive answer yet: nothing measured to state
        page.close()
