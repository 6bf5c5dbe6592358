"""The UI tests run as the app does: in English with its singular/plural forms installed, and with Python's
cycle collector run on the GUI thread only (a Qt object freed by a collection in a worker thread crashes)."""

import gc

import pytest


@pytest.fixture(scope="session", autouse=True)
def english(qapp):
    from ccs_desktop.ui import i18n

    i18n.install(qapp, "en")
    yield


@pytest.fixture(scope="session", autouse=True)
def gui_thread_gc(qapp):
    from ccs_desktop.ui import workers

    workers.collect_garbage_on_gui_thread(qapp)
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def collect_after_test():
    yield
    gc.collect()  # what the test left behind goes here, on the GUI thread, not in the next test's worker
