"""Real Neo4j 5.26 servers and Neo4j's Cypher linter for the Neo4j tests.

The servers come from ``tools/neo4j-launcher`` (neo4j-harness, in-process, Bolt on 127.0.0.1, no auth):
one launcher process runs three independent instances: ``primary`` for the Bolt export and the saved
queries, ``fresh`` for loading ``import.cypher`` into an empty database, ``with_auth`` for credential
errors. ``.ci/run`` builds the launcher; on a user machine without Java or without the built launcher the tests skip.
"""

from __future__ import annotations

import atexit
import json
import queue
import shutil
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from ..conftest import ROOT, require

LAUNCHER = ROOT / "tools" / "neo4j-launcher"
LAUNCHER_CLASSPATH = LAUNCHER / "target" / "classpath.txt"
LAUNCHER_CLASSES = LAUNCHER / "target" / "classes"
NODE_TOOLS = ROOT / "tools" / "node"
LINTER = NODE_TOOLS / "lint-cypher.mjs"
START_TIMEOUT_S = 180


@dataclass
class Neo4jServers:
    primary: str  # bolt:// URI
    fresh: str  # a second, independent server with an empty database
    with_auth: str  # a third server with authentication on (only neo4j/neo4j, password expired)
    import_dir: Path  # LOAD CSV root of both: file:///x.csv reads import_dir/x.csv


def launcher_command(import_dir: Path, instances: int = 2) -> list[str]:
    """The command that starts the launcher (built by .ci/run, or by its run script on first use)."""
    return [str(LAUNCHER / "run"), "--instances", str(instances), "--import-dir", str(import_dir),
            "--auth-instance", "--until-stdin-closes"]


def _read_uris(proc: subprocess.Popen[str], count: int, timeout: float) -> list[str]:
    """The first ``count`` bolt:// lines the launcher prints, or an error when it dies or hangs."""
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put(line.strip())
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    uris: list[str] = []
    while len(uris) < count:
        try:
            line = lines.get(timeout=timeout)
        except queue.Empty:
            raise RuntimeError(f"the Neo4j launcher printed no Bolt URI within {timeout:.0f} s") from None
        if line is None:
            raise RuntimeError(f"the Neo4j launcher exited (code {proc.wait()}) before printing its Bolt URIs")
        if line.startswith(("bolt://", "neo4j://")):
            uris.append(line)
    return uris


_STARTED: list[Neo4jServers] = []


def start_servers(tmp_path_factory: pytest.TempPathFactory) -> Neo4jServers:
    """Start the launcher once per test process (other test folders import this too).

    It stops when this process exits: its standard input, our pipe, closes then.
    """
    if _STARTED:
        return _STARTED[0]
    require(shutil.which("java"), "Java is not installed (needed to run Neo4j for the Neo4j tests)")
    require((LAUNCHER_CLASSPATH.is_file() and LAUNCHER_CLASSES.is_dir()) or shutil.which("mvn"),
            "the Neo4j launcher is not built and Maven is not installed (see tools/neo4j-launcher/README.md)")
    import_dir = tmp_path_factory.mktemp("neo4j-import")
    log_path = tmp_path_factory.mktemp("neo4j-log") / "launcher.log"
    with open(log_path, "w") as log:
        proc = subprocess.Popen(launcher_command(import_dir), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=log, text=True)
    try:
        # the first start without .ci/run's build also downloads neo4j-harness with Maven
        built = LAUNCHER_CLASSPATH.is_file()
        primary, fresh, with_auth = _read_uris(proc, 3, START_TIMEOUT_S if built else 900)
    except RuntimeError as exc:
        proc.kill()
        pytest.fail(f"{exc}; launcher log: {log_path}\n{log_path.read_text()[-3000:]}")
    atexit.register(_stop, proc)
    _STARTED.append(Neo4jServers(primary, fresh, with_auth, import_dir))
    return _STARTED[0]


def _stop(proc: subprocess.Popen[str]) -> None:
    assert proc.stdin is not None
    proc.stdin.close()  # the launcher deletes its databases and exits when stdin closes
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="session")
def neo4j_servers(tmp_path_factory: pytest.TempPathFactory) -> Neo4jServers:
    """Real Neo4j 5.26 servers for the whole test session."""
    return start_servers(tmp_path_factory)


def wipe(uri: str) -> None:
    """Empty a test database: every node, relationship, constraint and index."""
    import neo4j

    with neo4j.GraphDatabase.driver(uri, auth=None) as driver:
        with driver.session() as session:  # CALL { } IN TRANSACTIONS needs an auto-commit transaction
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
        for record in driver.execute_query("SHOW CONSTRAINTS YIELD name").records:
            driver.execute_query("DROP CONSTRAINT $name", name=record["name"])
        for record in driver.execute_query("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'").records:
            driver.execute_query("DROP INDEX $name", name=record["name"])


def run_linter(statements: list[dict[str, Any]], schema: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Diagnostics of Neo4j's Cypher linter (lintCypherQuery) for each statement.

    ``statements``: ``{"name", "query", "parameters"}`` dicts; ``parameters`` maps every $parameter the
    statement may use to an example value (others are reported as errors).
    """
    require(shutil.which("node"), "Node.js is not installed (needed for Neo4j's Cypher linter)")
    require((NODE_TOOLS / "node_modules" / "@neo4j-cypher" / "language-support").is_dir(),
            "the Cypher linter is not installed: run `npm install` in tools/node")
    payload = json.dumps({"statements": statements, "schema": schema or {}})
    done = subprocess.run(["node", str(LINTER)], input=payload, capture_output=True, text=True, cwd=NODE_TOOLS,
                          timeout=300)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"lint-cypher.mjs failed (exit {done.returncode}): {done.stderr.strip()}")
    return json.loads(done.stdout)
