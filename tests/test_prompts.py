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
