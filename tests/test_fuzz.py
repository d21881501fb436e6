"""A bounded fuzz run of the OpenAPI schema (schemathesis) against the real app: no 5xx, no schema violation."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import positive_data_acceptance

from service.app import create_app

EXAMPLES = 15  # per operation: bounded, so the suite stays quick


def test_no_server_errors_and_responses_match_the_schema(seeded, engine):
    app = create_app(seeded[0].model_copy(update={"rate_limit_per_minute": 0}), engine=engine)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 8
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))  # fmt: skip
        def check(case):
            if isinstance(case.body, dict) and case.body.get("mode") == "generative":
                case.body["mode"] = "extractive"  # keeps the run bounded; generative answers are tested elsewhere
            # every other check stays on (no 5xx, responses and status codes as documented); rules the schema
            # cannot say, such as "the last message comes from the user", answer 422 by design
            case.call_and_validate(excluded_checks=[positive_data_acceptance])

        check()
