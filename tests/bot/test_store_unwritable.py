"""An escalation store that cannot be written — its folder read-only (a read-only mount, a backup
being inspected) or its disk full: commands that only read still work, and the others end with
one line saying what is wrong, never a traceback."""
from __future__ import annotations

import gc
import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.store import Store

REPO = Path(__file__).resolve().parents[2]


def run_bot(*args: str, db: Path, preexec_fn=None) -> subprocess.CompletedProcess:
    """`python -m bot ARGS` on the store `db` as its own process (`preexec_fn` runs in it first)."""
    env = {**os.environ, "ESCALATION_DB": str(db), "DATABASE_URL": "", "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=120, preexec_fn=preexec_fn)


@pytest.fixture
def bot(monkeypatch, capsys):
    """bot(*args, db=): `python -m bot ARGS` on the store `db`, its main() run in this process."""
    from bot.app import cli

    def run(*args: str, db: Path) -> subprocess.CompletedProcess:
        monkeypatch.setenv("ESCALATION_DB", str(db))
        code = cli.main(list(args))
        gc.collect()  # the command's store, left open as a process leaves it at exit: closed, so its mount can go
        out = capsys.readouterr()
        return subprocess.CompletedProcess(["python", "-m", "bot", *args], code, out.out, out.err)

    return run


def unmount(folder: Path) -> None:
    """Unmount `folder`; while something still has a file open in it, detach it anyway (no mount is
    left behind) and fail."""
    if subprocess.run(["umount", str(folder)], capture_output=True).returncode != 0:
        subprocess.run(["umount", "--lazy", str(folder)], check=True)
        raise AssertionError(f"{folder} was still in use at the end of the test")


@pytest.fixture
def read_only(tmp_path):
    """read_only(folder): make `folder` read-only for this process's user until the test ends — a
    read-only tmpfs mounted over it as root (root ignores file modes), its mode 0555 otherwise."""
    undo = []

    def make(folder: Path) -> Path:
        if os.geteuid() != 0:
            folder.chmod(0o555)
            undo.append(lambda: folder.chmod(0o755))
            return folder
        saved = tmp_path / "saved"
        shutil.copytree(folder, saved)
        if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)],
                          capture_output=True).returncode != 0:
            pytest.skip("cannot mount a read-only folder here (root without CAP_SYS_ADMIN)")
        undo.append(lambda: unmount(folder))
        for item in saved.iterdir():
            shutil.copy2(item, folder / item.name)
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        return folder

    yield make
    for step in reversed(undo):
        step()


@pytest.fixture
def stored(tmp_path) -> Path:
    """A store file with one escalation, closed (as a stopped bot leaves it)."""
    db = tmp_path / "data" / "escalations.sqlite3"
    store = Store.from_url(f"sqlite:///{db}")
    store.create_schema()
    store.create_escalation("slack", "U1", {"channel": "C1"}, "Vem godkänner resor?", "sv", "", [], "reason")
    store.close()
    return db


def test_listing_escalations_works_on_a_read_only_store(stored, read_only, bot):
    read_only(stored.parent)
    done = bot("escalations", db=stored)
    assert done.returncode == 0, done.stderr
    assert "slack:U1  Vem godkänner resor?" in done.stdout
    assert "Traceback" not in done.stderr


def test_a_command_that_writes_to_a_read_only_store_says_so_in_one_line(stored, read_only, bot):
    read_only(stored.parent)
    done = bot("forget", "U1", db=stored)
    assert done.returncode == 1
    assert "omvärld: error: the escalation store" in done.stderr
    assert "could not be used: attempt to write a readonly database" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_full_disk_at_start_is_one_line_not_a_traceback(tmp_path):
    """The file size limit stands in for a full disk: every write past 8 KB fails, as on a full one."""
    def full_disk():
        resource.setrlimit(resource.RLIMIT_FSIZE, (8192, 8192))

    done = run_bot("escalations", db=tmp_path / "escalations.sqlite3", preexec_fn=full_disk)
    assert done.returncode == 1
    assert "omvärld: error: the escalation store (sqlite:///" in done.stderr
    assert "could not be used: " in done.stderr and "Traceback" not in done.stderr


def test_a_store_error_names_the_statement_but_not_the_question_or_the_asker(tmp_path):
    """SQLAlchemy puts a failed statement's parameters in the error's text, and so in every log line
    and traceback that shows it; the store hides them."""
    from sqlalchemy.exc import OperationalError

    from .locks import locked

    db = tmp_path / "escalations.sqlite3"
    store = Store.from_url(f"sqlite:///{db}", lock_wait_seconds=0.1)
    store.create_schema()
    with locked(db), pytest.raises(OperationalError) as failed:
        store.log_question("slack", "U0ASKER", "Vad sa Anna Quarmby om Nagu?", "sv", "answer", [], 5,
                           answer_text="Enligt policyn …")
    store.close()
    assert "database is locked" in str(failed.value) and "INSERT INTO questions" in str(failed.value)
    assert "Quarmby" not in str(failed.value) and "U0ASKER" not in str(failed.value)
