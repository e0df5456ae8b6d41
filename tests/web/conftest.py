"""A small hand-written database for the API and page tests (see records.py)."""

from __future__ import annotations

import pytest

from .records import store_records


@pytest.fixture(scope="session")
def web_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("webdb") / "test.duckdb"
    store_records(path)
    return path


@pytest.fixture(scope="session")
def client(web_db):
    from fastapi.testclient import TestClient

    from eventwire.web.app import create_app

    return TestClient(create_app(web_db))
