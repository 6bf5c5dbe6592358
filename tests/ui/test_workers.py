"""Background work and the GUI thread: garbage made in a worker is collected on the GUI thread."""

from __future__ import annotations

import gc
import threading

from ccs_desktop.ui import workers


class Cycle:
    freed_in: list[int] = []

    def __init__(self) -> None:
        self.me = self  # only the cycle collector frees it

    def __del__(self) -> None:
        Cycle.freed_in.append(threading.get_ident())


def test_cycles_left_by_a_worker_are_freed_on_the_gui_thread(qtbot, qapp):
    workers.collect_garbage_on_gui_thread(qapp)
    assert not gc.isenabled()
    gc.collect()
    Cycle.freed_in.clear()

    kept = []

    def work() -> None:
        Cycle()
        kept.extend([n] for n in range(50_000))  # enough new objects to have set off automatic collection

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert Cycle.freed_in == []  # nothing was collected in the worker
    qtbot.waitUntil(lambda: Cycle.freed_in != [], timeout=5000)
    assert Cycle.freed_in == [threading.get_ident()]
