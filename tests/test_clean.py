"""The cleaning rules on small made-up pages: each rule removes what it names and keeps the story."""

import pytest

from index.articles import ArticleError, check_source_name, decode_article, parse_article
from index.clean import clean


def kept(text: str) -> str:
    return "\n".join(text[s:e] for s, e in clean(text).spans)


def test_also_read_inline_line_is_removed_but_following_heading_kept():
    text = "Story one.\nAlso Read: Some other headline\nA section heading\nStory two."
    assert kept(text) == "Story one.\nA section heading\nStory two."


def test_also_read_label_removes_its_bulleted_link_list_only():
    text = "Story one.\nAlso read\n- Link one\n- Link two?\nStory two continues here."
    assert kept(text) == "Story one.\nStory two continues here."


def test_you_may_also_like_drops_everything_after():
    text = "Story.\nYou may also like\nCelebrity gossip\nSports result."
    assert kept(text) == "Story."


def test_read_more_and_breaking_news_teasers_are_removed():
    text = "Story one.\n\nRead More\n\nBREAKING NEWS\nTeaser headline about something\n\nStory two."
    assert kept(text) == "Story one.\nStory two."


def test_tweet_embed_lines_are_removed():
    text = "Story.\nTalks were productive pic.twitter.com/abc123XYZ\n— Some Outlet (@some_outlet) March 14, 2025\nMore story."
    assert kept(text) == "Story.\nMore story."


def test_video_player_captions_are_removed():
    caption = "Video Ad Feedback Officials explain the new rules 04:58 - Source: NewsNet"
    text = f"Story.\n{caption}\nMore story at 10:30 - before noon."
    assert kept(text) == "Story.\nMore story at 10:30 - before noon."


def test_byline_is_removed_and_names_the_publisher():
    cleaned = clean("Headline here\n\nby · Daily Example\n\nStory text.")
    assert cleaned.publisher == "Daily Example"
    assert "Daily Example" not in "".join(
        "Headline here\n\nby · Daily Example\n\nStory text."[s:e] for s, e in cleaned.spans
    )


def test_leading_date_line_is_metadata_and_rest_of_line_is_kept():
    text = " date 2024-01-02 Headline words here. Story."
    cleaned = clean(text)
    assert cleaned.date == "2024-01-02"
    assert kept(text) == "Headline words here. Story."


def test_spans_point_into_the_original_text():
    text = "date 2024-01-02\nA.\nAlso Read: x\n  B.  \n"
    for s, e in clean(text).spans:
        assert text[s:e].strip() == text[s:e] and text[s:e]


def test_title_is_the_headline_line_else_the_first_sentence_shortened():
    with_headline = parse_article("a.txt", "Short headline here\n\nFirst sentence of the story. Second.")
    assert with_headline.title == "Short headline here"
    long_first = "President " + "very " * 30 + "long sentence here. Next one."
    title = parse_article("b.txt", long_first).title
    assert title.endswith("…") and len(title) <= 91 and long_first.startswith(title[:-1])


def test_date_from_text_when_no_metadata_line():
    article = parse_article("c.txt", "Story happened.\n— X (@x) March 14, 2025\nMore.")
    assert article.date == "2025-03-14"


@pytest.mark.parametrize(
    "data, reason",
    [(b"", "empty"), (b"   \n", "empty"), (b"\x00\x01binary", "binary"), (b"caf\xe9 au lait", "not UTF-8")],
)
def test_bad_files_are_refused_with_a_reason(data, reason):
    with pytest.raises(ArticleError, match=reason):
        decode_article("x.txt", data, 1000)


def test_oversized_file_is_refused():
    with pytest.raises(ArticleError, match="over the limit"):
        decode_article("x.txt", b"a" * 11, 10)


@pytest.mark.parametrize("name", ["../x.txt", "a/b.txt", "/etc/passwd", "x\x00.txt", "x.md", ".hidden.txt", ""])
def test_unsafe_source_names_are_refused(name):
    with pytest.raises(ArticleError):
        check_source_name(name)
