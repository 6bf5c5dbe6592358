"""A small TCP relay between the app and PostgreSQL that a test controls: it can cut every connection once
a number of bytes has passed in one direction (mid-push: client to server; mid-pull: server to client), or go
silent: nothing passes any more in either direction and nothing is closed, as when a network drops every packet.

Through a local relay the operating system still acknowledges what each end sends (and answers keepalives), so
a silent relay is noticed only by deadlines: the server's timeouts and the app's own wait for an answer."""

from __future__ import annotations

import socket
import threading


class Relay:
    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(16)
        self.port = self.listener.getsockname()[1]
        self.lock = threading.Lock()
        self.pairs: list[tuple[socket.socket, socket.socket]] = []
        self.sent = {"up": 0, "down": 0}   # bytes client->server, server->client
        self.cut_at: dict[str, int | None] = {"up": None, "down": None}
        self.cuts = 0
        self.refusing = False
        self.silent = False
        self.held: list[socket.socket] = []   # connections accepted while silent: never answered
        self._stop = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    # --- control ---------------------------------------------------------------------------------

    def cut_after(self, direction: str, more_bytes: int) -> None:
        """Cut all connections once `more_bytes` more have passed in `direction` ("up" or "down")."""
        with self.lock:
            self.cut_at[direction] = self.sent[direction] + more_bytes

    def heal(self) -> None:
        with self.lock:
            self.cut_at = {"up": None, "down": None}
            self.refusing = False
            self.silent = False

    def go_silent(self) -> None:
        """From now on nothing passes, in either direction, and no connection is closed."""
        with self.lock:
            self.silent = True

    def cut_now(self) -> None:
        with self.lock:
            pairs, self.pairs = self.pairs, []
            self.cuts += 1
        for a, b in pairs:
            for sock in (a, b):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                sock.close()

    def close(self) -> None:
        self._stop.set()
        self.cut_now()
        self.listener.close()
        with self.lock:
            held, self.held = self.held, []
        for sock in held:
            sock.close()

    # --- relay -----------------------------------------------------------------------------------

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if self.refusing:
                client.close()
                continue
            if self.silent:
                with self.lock:
                    self.held.append(client)  # the handshake is acknowledged, then nothing comes back
                continue
            try:
                server = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            with self.lock:
                self.pairs.append((client, server))
            threading.Thread(target=self._pump, args=(client, server, "up"), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, "down"), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, direction: str) -> None:
        while True:
            try:
                data = src.recv(65536)
            except OSError:
                data = b""
            if not data:
                for sock in (src, dst):
                    try:
                        sock.shutdown(socket.SHUT_RDWR)
                    except OSError:
                        pass
                return
            with self.lock:
                if self.silent:
                    continue  # dropped on the floor
                limit = self.cut_at[direction]
                self.sent[direction] += len(data)
                over = limit is not None and self.sent[direction] >= limit
                if over:
                    self.cut_at[direction] = None
                    self.refusing = True
            if over:
                self.cut_now()
                return
            try:
                dst.sendall(data)
            except OSError:
                return
