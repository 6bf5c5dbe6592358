"""The UI tests run in English as the app does: with the English singular/plural forms installed."""

import pytest


@pytest.fixture(scope="session", autouse=True)
def english(qapp):
    from ccs_desktop.ui import i18n

    i18n.install(qapp, "en")
    yield
