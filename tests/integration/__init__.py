import pytest

# The helpers' asserts report like a test's, as they did when they lived in conftest.py.
pytest.register_assert_rewrite("tests.integration.helpers")
