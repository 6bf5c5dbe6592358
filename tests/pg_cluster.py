"""A PostgreSQL cluster of a test's own, with scram-sha-256 password authentication (the machine's cluster trusts
every local connection, so it cannot test passwords).

The cluster lives in a temporary folder, listens on a free port of 127.0.0.1 only, and is stopped and deleted by
`stop()`. Run as root (as CI does), initdb and the server run as the `postgres` OS user through `runuser`.
The binaries come from CCS_TEST_PG_BINDIR, else /usr/lib/postgresql/<15|16|...>/bin, else `pg_config --bindir`.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import sqlalchemy as sa

SUPERUSER_PASSWORD = "cluster superuser 7"


def find_bindir() -> Path | None:
    candidates = [os.environ.get("CCS_TEST_PG_BINDIR", "")]
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    with contextlib.suppress(OSError, subprocess.CalledProcessError):
        candidates.append(subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True,
                                         check=True).stdout.strip())
    for candidate in candidates:
        if candidate and (Path(candidate) / "initdb").is_file() and (Path(candidate) / "pg_ctl").is_file():
            return Path(candidate)
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ScramCluster:
    """initdb, start, restart with other settings, stop and delete."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="ccs-scram-cluster-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.port = _free_port()
        self.running = False
        self._as_postgres = os.geteuid() == 0
        if self._as_postgres:
            pw = pwd.getpwnam("postgres")
            os.chown(self.root, pw.pw_uid, pw.pw_gid)
        pwfile = self.root / "pwfile"
        pwfile.write_text(SUPERUSER_PASSWORD + "\n")
        pwfile.chmod(0o600)
        if self._as_postgres:
            os.chown(pwfile, pw.pw_uid, pw.pw_gid)
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "-E", "UTF8", "--no-sync",
                  "--auth-local=scram-sha-256", "--auth-host=scram-sha-256", f"--pwfile={pwfile}")
        pwfile.unlink()

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self.bindir / tool), *args]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise RuntimeError(f"{tool} failed ({done.returncode}): {done.stderr.strip()}\n{log}")

    def start(self, settings: dict[str, str] | None = None) -> None:
        """Start with these server settings, e.g. {"shared_preload_libraries": "auth_delay"}."""
        options = [f"-p {self.port}", "-c listen_addresses=127.0.0.1", f"-c unix_socket_directories={self.root}",
                   "-c password_encryption=scram-sha-256", "-c fsync=off"]
        options += [f"-c {name}={value}" for name, value in (settings or {}).items()]
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", " ".join(options), "-w", "start")
        self.running = True

    def restart(self, settings: dict[str, str] | None = None) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
        self.running = False
        self.start(settings)

    def url(self, user: str = "postgres", password: str = SUPERUSER_PASSWORD, database: str = "postgres") -> sa.URL:
        return sa.URL.create("postgresql+psycopg", username=user, password=password, host="127.0.0.1",
                             port=self.port, database=database)

    def engine(self) -> sa.Engine:
        """The superuser, by password like everyone else."""
        return sa.create_engine(self.url(), isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)

    def stop(self) -> None:
        try:
            if self.running:
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
                self.running = False
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
