"""How fast one server process answers everyone else while it is attacked, beside no attack.

    python -m benchmarks.hostile [--database URL] [--seconds 4] [--switch-interval S]

Starts a real `civicmatch serve` on 127.0.0.1 (SQLite with the demo data in a temporary
folder, or --database URL, seeded with the demo data if it has no broadcast), then replays
the issue's attacks one at a time, each repeated by its clients for --seconds, while another
client asks `{ __typename }` every 10 ms. For each attack: how it was answered (refused with
which code, or answered) and in how long, and the `{ __typename }` latency (median, p99,
max), beside the same latency with no attack, measured first. The limits' settings in the
environment (CIVICMATCH_HEAVY_WORKERS, ...) reach the server, to compare them;
--switch-interval sets the server's sys.setswitchinterval.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from engine.config import Limits
from schema.relay import to_global_id

AIM_MS = 100.0
PROBE = json.dumps({"query": "{ __typename }"}).encode()
PROBE_PAUSE = 0.010
STARTUP_DEADLINE = 60.0
REQUEST_TIMEOUT = 30.0
MAX_REQUESTS = 2_000
# The server as `civicmatch serve` runs it, with a switch interval if one is given.
LAUNCH = (
    "import sys\n"
    "if float(sys.argv[1]) > 0:\n"
    "    sys.setswitchinterval(float(sys.argv[1]))\n"
    "from engine.cli import main\n"
    "sys.exit(main(sys.argv[2:]))\n"
)
CHAT = "26岁，环境设计专业，会CAD和SketchUp，想在东昌府区找展厅设计的工作，有岗位吗？"
SPEECH = "这个搅拌站操作员的工作岗位，要求中专学历，薪资4500—6000元，公司提供宿舍和工作餐。"


@dataclass
class Attack:
    name: str
    body: bytes
    token: str | None = None
    clients: int = 1


@dataclass
class Outcome:
    answers: Counter[str] = field(default_factory=Counter)
    attack_ms: list[float] = field(default_factory=list)
    costs: set[int] = field(default_factory=set)
    probe_ms: list[float] = field(default_factory=list)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def cli(database_url: str, *argv: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "engine.cli", *argv, "--database", database_url],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return done.stdout.strip()


@contextmanager
def serving(folder: Path, database_url: str, switch_interval: float) -> Iterator[str]:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {key: value for key, value in os.environ.items() if key != "CIVICMATCH_DATABASE_URL"}
    argv = ["serve", "--host", "127.0.0.1", "--port", str(port), "--database", database_url]
    with (folder / "server.log").open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-c", LAUNCH, str(switch_interval), *argv],
            cwd=folder,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_until_answering(process, url)
            yield url
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def wait_until_answering(process: subprocess.Popen[bytes], url: str) -> None:
    started = time.monotonic()
    with httpx.Client(base_url=url, timeout=5) as http:
        while time.monotonic() - started < STARTUP_DEADLINE:
            if process.poll() is not None:
                raise SystemExit(f"the server exited with {process.returncode}")
            try:
                if http.post("/graphql", content=PROBE, headers=_json()).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.05)
    raise SystemExit(f"the server did not answer within {STARTUP_DEADLINE:.0f} s")


def _json(token: str | None = None) -> dict[str, str]:
    headers = {"content-type": "application/json"}
    if token:
        headers["authorization"] = f"Bearer {token}"
    return headers


def graphql(url: str, query: str, token: str | None = None, **variables: Any) -> dict[str, Any]:
    body = json.dumps({"query": query, "variables": variables}).encode()
    with httpx.Client(base_url=url, timeout=REQUEST_TIMEOUT) as http:
        answer = http.post("/graphql", content=body, headers=_json(token)).json()
    if answer.get("errors"):
        raise SystemExit(f"{query}: {answer['errors']}")
    return answer["data"]


def busiest_broadcast(url: str, token: str) -> tuple[str, int]:
    """The broadcast that presented the most jobs, and how many."""
    query = "{ liveStreams(first: 50) { edges { node { id jobs { position } } } } }"
    data = graphql(url, query, token)
    counts = [
        (len(edge["node"]["jobs"]), edge["node"]["id"]) for edge in data["liveStreams"]["edges"]
    ]
    jobs, stream = max(counts, default=(0, ""))
    return stream, jobs


def first_candidate(url: str, token: str) -> str:
    for pk in range(1, 50):
        candidate = to_global_id("CandidateProfile", pk)
        found = graphql(url, "query ($id: ID!) { node(id: $id) { id } }", token, id=candidate)
        if found["node"] is not None:
            return candidate
    raise SystemExit("the database holds no candidate profile")


def request(query: str, **variables: Any) -> bytes:
    return json.dumps({"query": query, "variables": variables}, ensure_ascii=False).encode()


def aliased(count: int, field_: str, operation: str = "query") -> str:
    return operation + " { " + " ".join(f"a{n}: {field_}" for n in range(count)) + " }"


def cycles(times: int) -> str:
    selection = "title"
    for _ in range(times):
        selection = f"jobs {{ job {{ liveStream {{ {selection} }} }} }}"
    return selection


def attacks(stream: str, candidate: str, admin: str) -> list[Attack]:
    on_broadcast = "query ($id: ID!) { node(id: $id) { ... on LiveStream { %s } } }"
    matches = "jobMatches(candidateId: $id, first: 100) { score job { title } }"
    text_matches = "jobsForText(text: $text) { matches { score job { title } } }"
    speech = "query ($text: String!) { draftJobFromSpeech(text: $text) { title salaryMin } }"
    post_job = 'postJob(input: {title: "焊工", employerName: "攻击者"}) { job { id } }'
    return [
        Attack("1. four cycles on a broadcast", request(on_broadcast % cycles(4), id=stream)),
        Attack("1. five cycles on a broadcast", request(on_broadcast % cycles(5), id=stream)),
        Attack(
            "2. 10,000 aliased jobs(first: 200)",
            request(aliased(10_000, "jobs(first: 200) { edges { node { title } } }")),
        ),
        Attack(
            "3. 10,000 aliased jobsForText",
            request(aliased(10_000, 'jobsForText(text: "焊工") { profile { stated } }')),
        ),
        Attack("4. 1,000 aliased postJob", request(aliased(1_000, post_job, "mutation")), admin),
        Attack(
            "5. 30 jobsForText x 4 clients",
            request(aliased(30, text_matches, "query ($text: String!)"), text=CHAT),
            clients=4,
        ),
        Attack(
            "5. 30 jobMatches x 4 clients",
            request(aliased(30, matches, "query ($id: ID!)"), id=candidate),
            admin,
            clients=4,
        ),
        Attack(
            "6. draftJobFromSpeech 3.4M chars", request(speech, text=_repeat(SPEECH, 3_400_000))
        ),
        Attack(
            "6. draftJobFromSpeech 2,000 x 4",
            request(speech, text=_repeat(SPEECH, 2_000)),
            clients=4,
        ),
    ]


def _repeat(text: str, length: int) -> str:
    return (text * (length // len(text) + 1))[:length]


def probe(url: str, until: threading.Event, deadline: float, latencies: list[float]) -> None:
    with httpx.Client(base_url=url, timeout=REQUEST_TIMEOUT) as http:
        while not until.is_set() and time.monotonic() < deadline:
            started = time.perf_counter()
            # A probe that fails counts at the time it took to fail.
            with contextlib.suppress(httpx.TransportError):
                http.post("/graphql", content=PROBE, headers=_json())
            latencies.append((time.perf_counter() - started) * 1000)
            time.sleep(PROBE_PAUSE)


def attacker(url: str, attack: Attack, stop_at: float, outcome: Outcome) -> None:
    with httpx.Client(base_url=url, timeout=REQUEST_TIMEOUT) as http:
        for _ in range(MAX_REQUESTS):
            if time.monotonic() >= stop_at:
                return
            started = time.perf_counter()
            try:
                response = http.post("/graphql", content=attack.body, headers=_json(attack.token))
                answer = describe(response)
                cost = _cost(response)
            except httpx.TransportError as error:
                answer, cost = f"closed ({type(error).__name__})", None
            outcome.attack_ms.append((time.perf_counter() - started) * 1000)
            outcome.answers[answer] += 1
            if cost is not None:
                outcome.costs.add(cost)


def describe(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return f"{response.status_code} (not JSON)"
    codes = sorted({(e.get("extensions") or {}).get("code", "?") for e in body.get("errors") or []})
    return f"{response.status_code} {','.join(codes) if codes else 'answered'}"


def _cost(response: httpx.Response) -> int | None:
    try:
        return response.json()["extensions"]["cost"]["estimated"]
    except (ValueError, KeyError, TypeError):
        return None


def measure(url: str, attack: Attack | None, seconds: float) -> Outcome:
    """The attack repeated by its clients for `seconds`, and the probe's latencies meanwhile;
    with no attack, the probe alone."""
    outcome = Outcome()
    stop_at = time.monotonic() + seconds
    done = threading.Event()
    prober = threading.Thread(
        target=probe, args=(url, done, stop_at + 2 * REQUEST_TIMEOUT, outcome.probe_ms)
    )
    prober.start()
    if attack is None:
        time.sleep(seconds)
    else:
        clients = [
            threading.Thread(target=attacker, args=(url, attack, stop_at, outcome))
            for _ in range(attack.clients)
        ]
        for client in clients:
            client.start()
        for client in clients:
            client.join()
    done.set()
    prober.join()
    return outcome


def latency(values: list[float]) -> tuple[float, float, float]:
    if len(values) < 2:
        value = values[0] if values else float("nan")
        return value, value, value
    p99 = statistics.quantiles(values, n=100, method="inclusive")[98]
    return statistics.median(values), p99, max(values)


def row(name: str, outcome: Outcome) -> tuple[str, bool]:
    median, p99, worst = latency(outcome.probe_ms)
    answer = "; ".join(f"{what} x{count}" for what, count in outcome.answers.most_common(2))
    if outcome.attack_ms:
        took = f"{statistics.median(outcome.attack_ms):8.0f}{max(outcome.attack_ms):8.0f}"
    else:
        took = f"{'':8}{'':8}"
    met = p99 < AIM_MS
    line = (
        f"{name:36}{answer[:34]:34}{took}{median:8.1f}{p99:8.1f}{worst:8.1f}"
        f"  {'ok' if met else 'MISSED'}"
    )
    return line, met


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", help="SQLAlchemy URL (default: SQLite with the demo data)")
    parser.add_argument("--seconds", type=float, default=4.0, help="per attack (default: 4)")
    parser.add_argument(
        "--switch-interval", type=float, default=0.0, help="the server's, in seconds"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        database_url = args.database or f"sqlite:///{folder / 'hostile.db'}"
        with serving(folder, database_url, args.switch_interval) as url:
            admin = cli(database_url, "token", "create", "--role", "admin", "--name", "hostile")
            stream, presented = busiest_broadcast(url, admin)
            if presented < 20:
                cli(database_url, "seed")
                stream, presented = busiest_broadcast(url, admin)
            candidate = first_candidate(url, admin)
            baseline = measure(url, None, args.seconds)
            results = [
                (attack.name, measure(url, attack, args.seconds))
                for attack in attacks(stream, candidate, admin)
            ]
    backend = database_url.split(":", 1)[0]
    names = {f"CIVICMATCH_{name.upper()}" for name in Limits.__annotations__}
    settings = {name: value for name, value in os.environ.items() if name in names}
    print(
        f"one server process, {backend}, a broadcast of {presented} jobs; each attack "
        f"repeated for {args.seconds:g} s while another client asks {{ __typename }} every "
        f"{PROBE_PAUSE * 1000:.0f} ms"
    )
    print(
        f"settings: {settings or 'defaults'}; switch interval: {args.switch_interval or 'default'}"
    )
    print(
        f"{'':36}{'answer':34}{'attack ms':>16}{'{ __typename } ms':>24}\n"
        f"{'':36}{'':34}{'median':>8}{'max':>8}{'median':>8}{'p99':>8}{'max':>8}"
    )
    line, _ = row(f"baseline: no attack ({len(baseline.probe_ms)} probes)", baseline)
    print(line)
    all_met = True
    for name, outcome in results:
        line, met = row(name, outcome)
        all_met = all_met and met
        print(line)
        if outcome.costs:
            print(f"{'':36}estimated cost {sorted(outcome.costs)[-1]}")
    verdict = "met" if all_met else "MISSED"
    print(f"aim: {{ __typename }} p99 under {AIM_MS:.0f} ms during every attack: {verdict}")
    return 0 if all_met else 1


if __name__ == "__main__":
    sys.exit(main())
