import re

import pytest

from answer import prompts


@pytest.mark.parametrize("name", sorted(prompts.EXPECTED))
def test_every_prompt_renders_with_its_variables(name):
    values = {v: f"<{v}>" for v in prompts.EXPECTED[name]}
    text = prompts.render(name, **values)
    assert all(f"<{v}>" in text for v in values) and not re.search(r"\{\w+\}", text)


def test_a_prompt_with_a_wrong_variable_is_refused(tmp_path):
    (tmp_path / "reader_user.txt").write_text("Evidence: {evidence}\nQ: {questoin}")
    with pytest.raises(prompts.PromptError, match="questoin"):
        prompts.load.__wrapped__("reader_user", tmp_path)


def test_unknown_prompt_names_are_refused():
    with pytest.raises(prompts.PromptError):
        prompts.load("nonexistent")


def test_the_checks_worked_examples_fill_its_template_and_say_yes_or_no():
    shown = prompts.examples("check")
    assert shown and {reply for _, reply in shown} == {"yes", "no"}
    for values, _ in shown:
        assert prompts.render("check_user", **values)


def test_an_example_with_a_missing_or_unknown_field_is_refused(tmp_path):
    (tmp_path / "check_examples.json").write_text('[{"passage": "p", "question": "q", "answr": "a", "reply": "no"}]')
    with pytest.raises(prompts.PromptError, match="exactly the fields"):
        prompts.examples.__wrapped__("check", tmp_path)
    (tmp_path / "check_examples.json").write_text("[{")
    with pytest.raises(prompts.PromptError, match="not JSON"):
        prompts.examples.__wrapped__("check", tmp_path)
