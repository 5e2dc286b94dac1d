"""Run tools/node/html-check.mjs (Playwright + Debian chromium) on a page and return its JSON report."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from ..conftest import ROOT, require

NODE_DIR = ROOT / "tools" / "node"
CHECKER = NODE_DIR / "html-check.mjs"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def require_browser() -> None:
    require(shutil.which("node"), "node is not installed")
    require(Path(CHROMIUM).exists(), "chromium is not installed (apt-get install -y chromium)")
    require((NODE_DIR / "node_modules" / "playwright-core").is_dir(),
            "playwright-core is not installed (cd tools/node && npm install)")


def check_page(page: Path, *args: str, timeout_ms: int = 120_000) -> dict:
    """Open ``page`` in headless chromium; the checker's report (see html-check.mjs)."""
    require_browser()
    cmd = ["node", str(CHECKER), str(page), "--chromium", CHROMIUM, "--timeout", str(timeout_ms), *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout_ms / 1000 + 60, cwd=NODE_DIR)
    assert proc.returncode == 0, f"html-check failed ({proc.returncode}): {proc.stderr[-2000:]}"
    return json.loads(proc.stdout.strip().splitlines()[-1])


def assert_clean(report: dict) -> None:
    """No console error, no uncaught exception, no request besides the page itself."""
    assert report["consoleErrors"] == [] and report["pageErrors"] == []
    assert report["requests"] == [] and report["blocked"] == []
