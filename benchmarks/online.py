"""Online matching on a real server: latency, throughput and freshness, beside their baselines.

    python -m benchmarks.online [--postgres URL] [--data-dir DIR] [--jobs 20000]
        [--people 10000] [--pool-sizes 10000,50000] [--requests 500] [--repeat 3]
        [--workers 2] [--clients 20] [--seconds 10] [--redis URL] [--quick]

Synthetic open jobs and people (`seeds/synthetic.py`, seed 0, written into --data-dir once
and reused) go through the bulk import into a fresh PostgreSQL database made on the --postgres
server (dropped afterwards), with an admin token and a recruiter token for an employer of its
own. Then `civicmatch serve --workers N` runs on it as a child process (the database in
CIVICMATCH_DATABASE_URL, Redis in CIVICMATCH_REDIS_URL with --redis), and, in one run:

- the first `jobMatches` after start (the server answering `{ __typename }` already);
- each of `{ __typename }` (the baseline), `jobs(first: 20)`, `jobMatches(first: 10)` (as
  the admin, rotating over 50 people) and `jobsForText(first: 10)` (no token, rotating over
  chat messages): --requests sequential requests on one connection, then --requests shared by
  --clients asyncio clients of one HTTP/1.1 connection each (throughput: answers without error
  over wall time); each --repeat times, the median of the runs' figures. Every worker has
  answered every kind once before. The clients' connections are opened before the clock
  starts and spread evenly over the workers (the kernel spreads them by a hash of their
  addresses, unevenly by chance; evened, runs compare); each run's spread is printed, with
  the clients' own CPU and the server's CPU time per answer (every worker's, read from the
  process tree);
- freshness: the recruiter posts a job made to fit one person (their desired title, place,
  skills and summary, no hard rule they fail); from postJob's answer, `jobMatches` for that
  person is asked again and again, each time on a fresh connection, until the job has been
  among the answers of every worker (the worker that answered is the server process holding
  the connection's other end, found with psutil; if that cannot be told, until 10 fresh
  connections in a row saw it); 5 people, median and max;
- writes against reads: --clients readers on `jobMatches` for --seconds, alone, then while a
  writer posts a job every 2 s (each postJob timed), taking turns --repeat times;
- `candidateMatches(first: 10)` as the recruiter, --requests/5 sequential requests rotating
  over 5 of its jobs, with each of --pool-sizes people visible to employers (the others
  hidden; imported with the server stopped, then a fresh server);

and prints the issue's aims beside the figures, each met or missed. An answer with `errors`
(or no data, or an HTTP error) is counted and shown, never timed. The clients run on the same
machine as the server and share its cores. --quick: 2,000 jobs, 1,000 people, pools of 1,000
and 3,000, 100 requests, one run, readers for 5 s (about 2-3 minutes).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import os
import signal
import ssl
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import AsyncIterator, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import psutil
from sqlalchemy import select

from benchmarks import batch_runs, hostile, import_speed
from engine.db import make_engine
from engine.seekers.models import Candidate
from schema.relay import to_global_id

REQUEST_TIMEOUT = 60.0
FRESHNESS_DEADLINE = 60.0  # seconds of polling before a posted job counts as never seen
FRESHNESS_RUNS = 5
CONSECUTIVE = 10  # fresh-connection polls in a row, when the answering worker is unknown
WRITE_EVERY = 2.0
ROTATION = 50  # people jobMatches rotates over
RECRUITER_JOBS = 5  # jobs candidateMatches rotates over
GIVE_UP_AFTER = 5  # errors in a series of candidateMatches before it stops
SERIES_BUDGET = 600.0  # seconds one sequential series may take before it stops
ADDED_JOBS = 200  # synthetic jobs kept out of the import, for the posts
EMPLOYER = "聊城在线基准测试有限公司"
# One TLS context for every client (the service is plain HTTP): httpx builds one per client
# otherwise, 30 ms of CPU each, which 20 clients starting at once would add to the figures.
TLS = ssl.create_default_context()

FULL: dict[str, Any] = {"jobs": 20_000, "people": 10_000, "pool_sizes": [10_000, 50_000]}
FULL |= {"requests": 500, "repeat": 3, "seconds": 10.0}
QUICK: dict[str, Any] = {"jobs": 2_000, "people": 1_000, "pool_sizes": [1_000, 3_000]}
QUICK |= {"requests": 100, "repeat": 1, "seconds": 5.0}

CHATS = (
    "26岁，环境设计专业，有工作经验，有岗位吗？",
    "会开叉车，想找聊城的工作，有住宿吗",
    "大专学历，会计专业，想在东昌府区找会计的工作",
    "45岁，干过十年电焊，临清有没有焊工的活？",
    "应届毕业生，计算机专业，想做网络运维，工资5000以上",
    "有C1驾照，想找送货司机的工作，最好包吃住",
    "护理专业中专毕业，想找养老院护理员的工作",
    "宝妈一个，想找离家近的活，不想出差，高唐县的",
)

TYPENAME = "{ __typename }"
JOBS = "query Jobs { jobs(first: 20) { edges { node { id title employer { name } } } } }"
JOB_MATCHES = (
    "query JobMatches($id: ID!, $first: Int!) "
    "{ jobMatches(candidateId: $id, first: $first) { score job { id title } } }"
)
JOBS_FOR_TEXT = (
    "query JobsForText($text: String!) "
    "{ jobsForText(text: $text, first: 10) { matches { score job { id title } } } }"
)
CANDIDATE_MATCHES = (
    "query CandidateMatches($id: ID!) "
    "{ candidateMatches(jobId: $id, first: 10) { score candidate { id } } }"
)
POST_JOB = (
    "mutation PostJob($input: PostJobInput!) "
    "{ postJob(input: $input) { job { id } userErrors { field code message } } }"
)


def say(message: str) -> None:
    print(f"online: {message}", file=sys.stderr, flush=True)


# Requests and what they answer.


@dataclass(frozen=True, slots=True)
class Request:
    body: bytes
    headers: dict[str, str]


def request(query: str, token: str | None = None, **variables: Any) -> Request:
    body = json.dumps({"query": query, "variables": variables}, ensure_ascii=False).encode()
    headers = {"content-type": "application/json"}
    if token:
        headers["authorization"] = f"Bearer {token}"
    return Request(body, headers)


PROBE = request(TYPENAME)


def problem(response: httpx.Response) -> str | None:
    """What is wrong with an answer, in one line; None for an answer with data, no errors."""
    try:
        body = response.json()
    except ValueError:
        return f"HTTP {response.status_code}, not JSON"
    errors = body.get("errors") if isinstance(body, dict) else None
    if errors:
        first = errors[0]
        code = (first.get("extensions") or {}).get("code", "UNCODED")
        return f"HTTP {response.status_code} {code}: {str(first.get('message'))[:120]}"
    if response.status_code != 200 or not isinstance(body, dict) or body.get("data") is None:
        return f"HTTP {response.status_code}, no data"
    return None


@dataclass
class Series:
    """Latencies of the answers without error, the errors, and the wall time of a series."""

    ms: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    spread: str = ""  # connections per worker, for concurrent clients: "10/10"
    https: list[httpx.AsyncClient] = field(default_factory=list)
    client_cpu: float = float("nan")  # the clients' own CPU time over the wall time
    server_cpu_ms: float = float("nan")  # the server's CPU time (every worker) per answer

    def record(self, ms: float, wrong: str | None) -> None:
        if wrong is None:
            self.ms.append(ms)
        else:
            self.errors[wrong] += 1

    @property
    def error_count(self) -> int:
        return sum(self.errors.values())

    @property
    def median(self) -> float:
        return statistics.median(self.ms) if self.ms else float("nan")

    @property
    def p99(self) -> float:
        if len(self.ms) < 2:
            return self.ms[0] if self.ms else float("nan")
        return statistics.quantiles(self.ms, n=100, method="inclusive")[98]

    @property
    def rate(self) -> float:
        return len(self.ms) / self.seconds if self.seconds else float("nan")


@dataclass(frozen=True, slots=True)
class Figures:
    """The median over runs of each figure of a series; errors added up."""

    median: float
    p99: float
    rate: float
    answered: int
    errors: Counter[str]
    spreads: str  # each run's connections per worker
    client_cpu: float
    server_cpu_ms: float

    @classmethod
    def of(cls, runs: Sequence[Series]) -> Figures:
        errors: Counter[str] = Counter()
        for run in runs:
            errors.update(run.errors)
        return cls(
            median=statistics.median(run.median for run in runs),
            p99=statistics.median(run.p99 for run in runs),
            rate=statistics.median(run.rate for run in runs),
            answered=sum(len(run.ms) for run in runs),
            errors=errors,
            spreads=" ".join(run.spread for run in runs if run.spread),
            client_cpu=statistics.median(run.client_cpu for run in runs),
            server_cpu_ms=statistics.median(run.server_cpu_ms for run in runs),
        )

    @property
    def error_count(self) -> int:
        return sum(self.errors.values())


def client(url: str) -> httpx.Client:
    return httpx.Client(base_url=url, timeout=REQUEST_TIMEOUT, verify=TLS)


def async_client(url: str) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=url, timeout=REQUEST_TIMEOUT, verify=TLS)


def timed(http: httpx.Client, one: Request) -> tuple[float, str | None, httpx.Response | None]:
    started = time.perf_counter()
    try:
        response = http.post("/graphql", content=one.body, headers=one.headers)
    except httpx.HTTPError as error:
        return (time.perf_counter() - started) * 1000, type(error).__name__, None
    return (time.perf_counter() - started) * 1000, problem(response), response


async def timed_async(http: httpx.AsyncClient, one: Request) -> tuple[float, str | None]:
    started = time.perf_counter()
    try:
        response = await http.post("/graphql", content=one.body, headers=one.headers)
    except httpx.HTTPError as error:
        return (time.perf_counter() - started) * 1000, type(error).__name__
    return (time.perf_counter() - started) * 1000, problem(response)


def data(url: str, one: Request) -> dict[str, Any]:
    """The data of one answer that must have no errors."""
    with client(url) as http:
        _, wrong, response = timed(http, one)
    if wrong is not None or response is None:
        raise SystemExit(f"online: {one.body[:200].decode(errors='replace')}: {wrong}")
    return response.json()["data"]


# Series of requests.


def sequential(
    url: str, requests: Sequence[Request], count: int, *, give_up_after: int | None = None
) -> Series:
    """`count` requests one after another on one connection, rotating over `requests`."""
    series = Series()
    with client(url) as http:
        started = time.perf_counter()
        for index in range(count):
            ms, wrong, _ = timed(http, requests[index % len(requests)])
            series.record(ms, wrong)
            if give_up_after is not None and series.error_count >= give_up_after:
                say(f"stopped after {series.error_count} errors")
                break
            if time.perf_counter() - started > SERIES_BUDGET:
                say(f"stopped after {index + 1} requests: over {SERIES_BUDGET:.0f} s")
                break
        series.seconds = time.perf_counter() - started
    return series


@dataclass(frozen=True, slots=True)
class Clients:
    """Concurrent clients of a server of `workers` worker processes."""

    server: Server
    workers: int
    count: int


@contextlib.asynccontextmanager
async def connected(clients: Clients, extra: int = 0) -> AsyncIterator[Series]:
    """A series whose `https` are clients.count + extra clients with their connections open
    (not part of what is timed), spread evenly over the workers when the worker holding a
    connection can be told: the kernel spreads connections over the workers' sockets by a
    hash of their addresses, unevenly by chance, and a run is comparable with another only
    when the shares are even."""
    wanted = clients.count + extra
    share = -(-wanted // clients.workers)
    held: Counter[int | None] = Counter()
    series = Series()
    async with contextlib.AsyncExitStack() as stack:
        https: list[httpx.AsyncClient] = []
        for attempt in range(20 * wanted):
            if len(https) == wanted:
                break
            http = async_client(clients.server.url)
            stack.push_async_callback(http.aclose)
            worker = await open_connection(clients.server, http)
            # A connection to a worker holding its share already is dropped, unless that
            # is the only way to get enough of them.
            if worker is None or held[worker] < share or attempt >= 10 * wanted:
                held[worker] += 1
                https.append(http)
            else:
                await http.aclose()
        series.spread = "/".join(str(n) for _, n in held.most_common())
        series.https = https
        cpu, server_cpu = time.process_time(), clients.server.cpu_seconds()
        yield series
        series.client_cpu = (time.process_time() - cpu) / series.seconds if series.seconds else 0
        answered = len(series.ms) + series.error_count
        if answered:
            series.server_cpu_ms = (clients.server.cpu_seconds() - server_cpu) * 1000 / answered


async def open_connection(server: Server, http: httpx.AsyncClient) -> int | None:
    """Opens the client's connection with a probe; the worker holding it, if it can be told."""
    try:
        response = await http.post("/graphql", content=PROBE.body, headers=PROBE.headers)
    except httpx.HTTPError:
        return None
    return server.worker_of_response(response)


async def concurrent(clients: Clients, requests: Sequence[Request], count: int) -> Series:
    """`count` requests shared by the clients, one connection each."""
    counter = itertools.count()

    async with connected(clients) as series:

        async def ask(http: httpx.AsyncClient) -> None:
            while (index := next(counter)) < count:
                series.record(*await timed_async(http, requests[index % len(requests)]))

        started = time.perf_counter()
        await asyncio.gather(*(ask(http) for http in series.https))
        series.seconds = time.perf_counter() - started
    return series


async def readers(
    clients: Clients,
    requests: Sequence[Request],
    seconds: float,
    posts: Iterator[Request] | None = None,
) -> tuple[Series, Series]:
    """The clients asking one after another for `seconds`; with `posts`, beside a writer
    posting one every WRITE_EVERY seconds on a connection of its own. The reads, and the
    writes."""
    writes = Series()
    counter = itertools.count()

    async with connected(clients, extra=1) as reads:

        async def ask(http: httpx.AsyncClient, stop_at: float) -> None:
            while time.monotonic() < stop_at:
                reads.record(*await timed_async(http, requests[next(counter) % len(requests)]))

        stop_at = time.monotonic() + seconds
        started = time.perf_counter()
        work = [ask(http, stop_at) for http in reads.https[1:]]
        if posts is not None:
            work.append(writer(reads.https[0], posts, stop_at, writes))
        await asyncio.gather(*work)
        reads.seconds = time.perf_counter() - started
    return reads, writes


async def writer(
    http: httpx.AsyncClient, posts: Iterator[Request], stop_at: float, series: Series
) -> None:
    """A postJob every WRITE_EVERY seconds until `stop_at`, each timed."""
    tick = time.monotonic()
    while tick < stop_at:
        await asyncio.sleep(max(0.0, tick - time.monotonic()))
        one = next(posts)
        started = time.perf_counter()
        try:
            response = await http.post("/graphql", content=one.body, headers=one.headers)
            wrong = problem(response) or user_errors(response.json())
        except httpx.HTTPError as error:
            wrong = type(error).__name__
        series.record((time.perf_counter() - started) * 1000, wrong)
        tick += WRITE_EVERY


def user_errors(body: dict[str, Any]) -> str | None:
    found = body["data"]["postJob"]["userErrors"]
    return f"postJob userErrors: {found}" if found else None


# Synthetic data and the database.


@dataclass(frozen=True, slots=True)
class Data:
    jobs: Path
    people: Path
    by_size: dict[int, Path]  # people files of every size, first n records
    posts: list[dict[str, Any]]  # synthetic jobs never imported, to post


def write_files(folder: Path, jobs: int, people: int, pools: Sequence[int]) -> Data:
    sizes = sorted({people, *pools})
    inputs = batch_runs.write_inputs(folder, jobs=jobs, people=sizes, added=ADDED_JOBS)
    return Data(inputs.jobs, inputs.people[people], inputs.people, read_jsonl(inputs.added_jobs))


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def visibility_file(folder: Path, data: Data, people: int, pool: int) -> Path:
    """The people file in which exactly the first `pool` people are visible to employers."""
    source = data.by_size[max(people, pool)]
    path = folder / f"{source.stem}-visible-{pool}.jsonl"
    records = read_jsonl(source)
    for index, record in enumerate(records):
        record["visible_to_employers"] = index < pool
    return batch_runs._write(path, records)


def run_cli(url: str, *argv: object) -> float:
    """Seconds a civicmatch command took; it fails with its standard error."""
    return batch_runs.run_process(batch_runs.civicmatch(url, *argv)).seconds


def database_ids(url: str, external_ids: Sequence[str]) -> dict[str, int]:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                select(Candidate.external_id, Candidate.id).where(
                    Candidate.external_id.in_(external_ids)
                )
            ).all()
    finally:
        engine.dispose()
    return {external: pk for external, pk in rows}


# The server.


@dataclass(frozen=True, slots=True)
class Server:
    url: str
    process: subprocess.Popen[bytes]
    ready_s: float  # launch to the first { __typename } answered

    def worker_of_response(self, response: httpx.Response) -> int | None:
        """The worker that answered, while the connection is still open."""
        stream = response.extensions.get("network_stream")
        address = stream.get_extra_info("client_addr") if stream is not None else None
        return self.worker_of(int(address[1])) if address else None

    def cpu_seconds(self) -> float:
        """User and system CPU time of the server and every worker so far (a worker that
        exited meanwhile takes its time with it: figures are then low)."""
        members = self._processes()
        if members is None:
            return float("nan")
        total = 0.0
        for member in members:
            with contextlib.suppress(psutil.Error):
                times = member.cpu_times()
                total += times.user + times.system
        return total

    def _processes(self) -> list[psutil.Process] | None:
        """The server process and its workers, or None if it cannot be read."""
        try:
            root = psutil.Process(self.process.pid)
            return [root, *root.children(recursive=True)]
        except psutil.Error:
            return None

    def worker_of(self, client_port: int) -> int | None:
        """The server process holding the other end of the client's connection."""
        members = self._processes()
        if members is None:
            return None
        for member in members:
            try:
                connections = member.net_connections(kind="tcp")
            except psutil.Error:
                continue
            if any(c.raddr and c.raddr.port == client_port for c in connections):
                return member.pid
        return None


@contextlib.contextmanager
def serving(url: str, folder: Path, workers: int, redis: str | None) -> Iterator[Server]:
    port = hostile.free_port()
    base = f"http://127.0.0.1:{port}"
    env = {key: value for key, value in os.environ.items() if key != "CIVICMATCH_REDIS_URL"}
    env["CIVICMATCH_DATABASE_URL"] = url
    if redis:
        env["CIVICMATCH_REDIS_URL"] = redis
    command = [sys.executable, "-m", "engine.cli", "serve", "--host", "127.0.0.1"]
    command += ["--port", str(port), "--workers", str(workers), "--no-demo"]
    log_path = folder / f"server-{port}.log"
    with log_path.open("wb") as log:
        started = time.perf_counter()
        # A session of its own, so that stopping it reaches every worker.
        process = subprocess.Popen(
            command,
            cwd=folder,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            try:
                hostile.wait_until_answering(process, base)
            except SystemExit:
                say(log_path.read_text(errors="replace")[-3000:])
                raise
            yield Server(base, process, time.perf_counter() - started)
        finally:
            stop(process)


def stop(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def fresh_poll(server: Server, one: Request) -> tuple[str | None, Any, int | None]:
    """One request on a new connection: what is wrong, the data, and the worker answering."""
    with client(server.url) as http:
        _, wrong, response = timed(http, one)
        if response is None:
            return wrong, None, None
        worker = server.worker_of_response(response)
        body = response.json() if wrong is None else None
    return wrong, body["data"] if body else None, worker


def warm(server: Server, requests: Sequence[Request], workers: int) -> set[int]:
    """Each request answered by every worker, on fresh connections (a worker's first match
    fits its index and loads libraries), giving up on one after two errors (a slow request
    may time out every time); the workers seen."""
    seen: set[int] = set()
    for one in requests:
        answered: set[int] = set()
        errors = 0
        for _ in range(20 * workers):
            wrong, _, worker = fresh_poll(server, one)
            if wrong is not None:
                say(f"warming up: {wrong}")
                errors += 1
                if errors >= 2:
                    break
            elif worker is not None:
                answered.add(worker)
            if len(answered) >= workers:
                break
        seen |= answered
    return seen


# What is measured.


@dataclass(frozen=True, slots=True)
class Tokens:
    admin: str
    recruiter: str


@dataclass(frozen=True, slots=True)
class Person:
    global_id: str
    record: dict[str, Any]


def tailored_job(person: dict[str, Any]) -> dict[str, Any]:
    """A job this person fits: what they want, where they want it, nothing they lack."""
    expectation = person["salary_expectation"] or 5000
    places = person["locations"] or ["聊城市东昌府区"]
    return {
        "title": person["desired_titles"][0],
        "description": f"{person['summary']}会{'、'.join(person['skills'])}。",
        "skills": person["skills"],
        "education": person["education"].upper(),
        "majors": [person["major"]] if person["major"] else [],
        "experienceYears": 0,
        "salaryMin": expectation,
        "salaryMax": expectation + 1000,
        "location": places[0],
        "housing": True,
        "travel": "NONE",
        "accommodations": [need.upper() for need in person["needs"]],
        "graduatesWelcome": True,
        "headcount": 1,
    }


def job_input(job: dict[str, Any]) -> dict[str, Any]:
    """A synthetic jobs.jsonl record as postJob's input."""
    return {
        "title": job["title"],
        "description": job["description"],
        "skills": job["skills"],
        "education": job["education"].upper(),
        "majors": job["majors"],
        "experienceYears": job["experience_years"],
        "salaryMin": job["salary_min"],
        "salaryMax": job["salary_max"],
        "location": job["location"],
        "housing": job["housing"],
        "travel": job["travel"].upper(),
        "accommodations": [code.upper() for code in job["accommodations"]],
        "graduatesWelcome": job["graduates_welcome"],
        "headcount": job["headcount"],
    }


def post_job(url: str, token: str, job: dict[str, Any]) -> tuple[str, float]:
    """The posted job's global id, and ms until postJob answered."""
    started = time.perf_counter()
    answer = data(url, request(POST_JOB, token, input=job))["postJob"]
    ms = (time.perf_counter() - started) * 1000
    if answer["userErrors"]:
        raise SystemExit(f"online: postJob: {answer['userErrors']}")
    return answer["job"]["id"], ms


@dataclass(frozen=True, slots=True)
class Freshness:
    post_ms: float
    first_s: float | None  # postJob's answer to the first poll that saw the job
    every_s: float | None  # ... to the job seen on every worker (or CONSECUTIVE polls)
    polls: int
    errors: Counter[str]


@dataclass
class Sightings:
    """Which workers have answered with a posted job, and when first."""

    workers: set[int]  # empty: which worker answers cannot be told
    first_seen: dict[int | None, float] = field(default_factory=dict)
    in_a_row: int = 0

    def saw(self, seen: bool, worker: int | None, at: float) -> float | None:
        """Records a poll; once the job counts as matchable everywhere, since when."""
        self.in_a_row = self.in_a_row + 1 if seen else 0
        if seen:
            self.first_seen.setdefault(worker, at)
        if not self.workers:
            return at if self.in_a_row >= CONSECUTIVE else None
        if self.workers <= self.first_seen.keys():
            return max(self.first_seen[worker] for worker in self.workers)
        return None


def freshness(server: Server, tokens: Tokens, person: Person, workers: set[int]) -> Freshness:
    """Posts a job for `person`, then asks for their matches on fresh connections until every
    worker (`workers`; empty: CONSECUTIVE polls in a row) has answered with it."""
    job_id, post_ms = post_job(server.url, tokens.recruiter, tailored_job(person.record))
    answered = time.perf_counter()
    poll = request(JOB_MATCHES, tokens.admin, id=person.global_id, first=10)
    sightings = Sightings(workers)
    polls, errors, every = 0, Counter[str](), None
    while every is None and time.perf_counter() - answered < FRESHNESS_DEADLINE:
        wrong, found, worker = fresh_poll(server, poll)
        polls += 1
        if wrong is not None:
            errors[wrong] += 1
            continue
        seen = any(match["job"]["id"] == job_id for match in found["jobMatches"])
        every = sightings.saw(seen, worker, time.perf_counter() - answered)
    first = min(sightings.first_seen.values(), default=None)
    return Freshness(post_ms, first, every, polls, errors)


def spread(records: Sequence[dict[str, Any]], count: int, offset: int = 0) -> list[str]:
    """External ids of `count` people spread over the file who name a desired title; another
    `offset` picks others."""
    wanting = [record for record in records if record["desired_titles"]]
    step = max(1, len(wanting) // count)
    return [record["id"] for record in wanting[offset::step][:count]]


def scenarios(admin: str, people: Sequence[str]) -> dict[str, list[Request]]:
    return {
        "{ __typename }": [request(TYPENAME)],
        "jobs(first: 20)": [request(JOBS)],
        "jobMatches(first: 10)": [request(JOB_MATCHES, admin, id=p, first=10) for p in people],
        "jobsForText(first: 10)": [request(JOBS_FOR_TEXT, text=text) for text in CHATS],
    }


def table(
    clients: Clients, requests: dict[str, list[Request]], count: int, repeat: int
) -> dict[str, tuple[Figures, Figures]]:
    rows = {}
    url = clients.server.url
    for name, kind in requests.items():
        alone, together = [], []
        for run in range(repeat):
            say(f"{name}: run {run + 1} of {repeat}, {count} sequential, then concurrent")
            alone.append(sequential(url, kind, count))
            together.append(asyncio.run(concurrent(clients, kind, count)))
        rows[name] = (Figures.of(alone), Figures.of(together))
    return rows


def reads_and_writes(
    clients: Clients, reads: Sequence[Request], posts: Iterator[Request], args: argparse.Namespace
) -> tuple[Figures, Figures, Series]:
    """Readers alone and beside a writer, taking turns, --repeat times each."""
    alone, beside, written = [], [], Series()
    for run in range(args.repeat):
        say(f"readers alone, then beside a writer, {args.seconds:g} s each: run {run + 1}")
        alone.append(asyncio.run(readers(clients, reads, args.seconds))[0])
        reading, writing = asyncio.run(readers(clients, reads, args.seconds, posts))
        beside.append(reading)
        written.ms += writing.ms
        written.errors.update(writing.errors)
    return Figures.of(alone), Figures.of(beside), written


# The report.


@dataclass
class Report:
    header: list[str] = field(default_factory=list)
    ready_s: float = float("nan")
    first_match: tuple[float, str | None] = (float("nan"), None)
    rows: dict[str, tuple[Figures, Figures]] = field(default_factory=dict)
    fresh: list[Freshness] = field(default_factory=list)
    workers_seen: int = 0
    readers: tuple[Figures, Figures, Series] | None = None
    pools: dict[int, Series] = field(default_factory=dict)
    pool_count: int = 0


def ms(value: float | None) -> str:
    return "-" if value is None or value != value else f"{value:,.1f}"


def seconds_text(value: float | None) -> str:
    return f"> {FRESHNESS_DEADLINE:.0f}" if value is None else f"{value:.2f}"


def verdict(met: bool) -> str:
    return "met" if met else "missed"


def line(label: str, *cells: str) -> str:
    return f"{label:42}" + "".join(f"{cell:>10}" for cell in cells)


def print_table(report: Report, count: int, clients: int, repeat: int) -> None:
    base = report.rows["{ __typename }"][0].median
    alone_head = f"sequential, {count} requests"
    together_head = f"{clients} clients, {count} requests"
    print(f"\n{'':42}{alone_head:^30}{together_head:^40}")
    runs = f"ms, median of {repeat} run{'s' if repeat > 1 else ''}"
    print(line(runs, "median", "p99", "× base", "median", "p99", "req/s", "errors"))
    for name, (alone, together) in report.rows.items():
        print(
            line(
                f"{name} (base)" if name == "{ __typename }" else name,
                ms(alone.median),
                ms(alone.p99),
                f"{alone.median / base:.1f}×",
                ms(together.median),
                ms(together.p99),
                f"{together.rate:,.0f}",
                str(alone.error_count + together.error_count),
            )
        )
    print(
        f"{clients} clients: connections per worker in each run; the clients' own CPU; "
        "the server's CPU (all workers) per answer"
    )
    for name, (_, together) in report.rows.items():
        print(
            f"  {name:40}{together.spreads:30}{clients_cpu(together):>16}"
            f"{together.server_cpu_ms:>10.1f} ms"
        )


def clients_cpu(figures: Figures) -> str:
    return f"{figures.client_cpu:.0%} of a core"


def print_freshness(report: Report) -> None:
    runs = report.fresh
    if not runs:
        return
    print("\nfreshness: from postJob's answer until the job is among jobMatches(first: 10)")
    if report.workers_seen:
        print(
            f"everywhere: each of the {report.workers_seen} workers answered with it (the worker: "
            "the server process holding the poll's connection)"
        )
    else:
        print(f"everywhere: {CONSECUTIVE} polls in a row, each on a fresh connection, saw it")
    print(line(f"{len(runs)} runs", "median", "max"))
    post = [run.post_ms for run in runs]
    print(line("postJob (ms)", ms(statistics.median(post)), ms(max(post))))
    for label, values in (
        ("first seen by any worker (s)", [run.first_s for run in runs]),
        ("seen everywhere (s)", [run.every_s for run in runs]),
    ):
        known = [value for value in values if value is not None]
        complete = len(known) == len(values)
        middle = statistics.median(known) if complete else None
        print(line(label, seconds_text(middle), seconds_text(max(known) if complete else None)))
    print(f"polls (fresh connections) per run: {', '.join(str(run.polls) for run in runs)}")


def print_readers(report: Report, clients: int, seconds: float) -> None:
    if report.readers is None:
        return
    alone, beside, written = report.readers
    print(
        f"\nwrites vs reads: {clients} clients on jobMatches(first: 10), {seconds:g} s, "
        "median of the runs (alone and beside a writer, taking turns)"
    )
    print(line("ms", "median", "p99", "req/s", "errors"))
    for label, series in (
        ("readers alone", alone),
        (f"readers, a postJob every {WRITE_EVERY:g} s", beside),
    ):
        rate = f"{series.rate:,.0f}"
        print(line(label, ms(series.median), ms(series.p99), rate, str(series.error_count)))
    worst = max(written.ms) if written.ms else None
    label = f"postJob ({len(written.ms)} posts, max {ms(worst)})"
    print(line(label, ms(written.median), "", "", str(written.error_count)))
    print(f"{clients} readers (and the writer): connections per worker in each run; their CPU")
    for label, figures in (("alone", alone), ("beside a writer", beside)):
        print(f"  {label:40}{figures.spreads:30}{clients_cpu(figures)}")


def print_pools(report: Report) -> None:
    if not report.pools:
        return
    print(
        f"\ncandidateMatches(first: 10) as the recruiter, {report.pool_count} sequential requests"
    )
    print(line("people visible to employers", "median", "p99", "answered", "errors"))
    for pool, series in report.pools.items():
        answered = str(len(series.ms))
        print(
            line(f"{pool:,}", ms(series.median), ms(series.p99), answered, str(series.error_count))
        )


def aims(report: Report, clients: int) -> list[tuple[str, str, bool]]:
    """(aim, figure, met) for each aim of the issue that was measured."""
    found = []
    if report.rows:
        base = report.rows["{ __typename }"][0]
        alone, together = report.rows["jobMatches(first: 10)"]
        found.append(
            (
                "jobMatches sequential median ≤ 3× { __typename }",
                f"{ms(alone.median)} vs {ms(base.median)} ms ({alone.median / base.median:.1f}×)",
                alone.median <= 3 * base.median and not alone.error_count,
            )
        )
        found.append(
            (
                f"jobMatches p99 ≤ 100 ms at {clients} concurrent clients",
                f"{ms(together.p99)} ms",
                together.p99 <= 100 and not together.error_count,
            )
        )
        found.append(
            (
                "≥ 150 jobMatches/s",
                f"{together.rate:,.0f}/s",
                together.rate >= 150 and not together.error_count,
            )
        )
    if report.fresh:
        every = [run.every_s for run in report.fresh]
        worst = None if None in every else max(v for v in every if v is not None)
        found.append(
            (
                "posted job matchable on every worker within 1 s",
                f"max {seconds_text(worst)} s",
                worst is not None and worst <= 1.0,
            )
        )
    if report.readers is not None:
        alone, beside, _ = report.readers
        found.append(
            (
                "reader p99 with a writer ≤ 1.2× without",
                f"{ms(beside.p99)} vs {ms(alone.p99)} ms ({beside.p99 / alone.p99:.1f}×)",
                beside.p99 <= 1.2 * alone.p99 and not beside.error_count,
            )
        )
    if report.pools:
        pool, series = max(report.pools.items())
        at = "" if pool >= 50_000 else f" (measured at {pool:,} only)"
        found.append(
            (
                "candidateMatches median < 100 ms at 50,000 people",
                f"{ms(series.median)} ms{at}",
                series.median < 100 and not series.error_count and pool >= 50_000,
            )
        )
    return found


def print_report(report: Report, args: argparse.Namespace) -> None:
    for line in report.header:
        print(line)
    took, wrong = report.first_match
    print(
        f"first jobMatches after start: {took / 1000:.2f} s{f' ({wrong})' if wrong else ''}; "
        f"the server had answered {{ __typename }} {report.ready_s:.1f} s after its launch"
    )
    if report.rows:
        print_table(report, args.requests, args.clients, args.repeat)
    print_freshness(report)
    print_readers(report, args.clients, args.seconds)
    print_pools(report)
    print("\naims")
    for aim, figure, met in aims(report, args.clients):
        print(f"{aim:54}{figure:>36}  {verdict(met)}")
    print_errors(report)


def print_errors(report: Report) -> None:
    errors: Counter[str] = Counter()
    for alone, together in report.rows.values():
        errors.update(alone.errors)
        errors.update(together.errors)
    for run in report.fresh:
        errors.update(run.errors)
    for series in [*(report.readers or ()), *report.pools.values()]:
        errors.update(series.errors)
    if not errors:
        print("\nno errors in any answer")
        return
    print(f"\nerrors ({sum(errors.values())} answers)")
    for message, count in errors.most_common(20):
        print(f"{count:>7}  {message}")


# The run.


def load(url: str, data: Data, people: int) -> list[str]:
    """Imports the synthetic files; the header lines saying how long it took."""
    say(f"importing {data.jobs.name} and {data.people.name}")
    jobs_s = run_cli(url, "import", "jobs", data.jobs)
    people_s = run_cli(url, "import", "candidates", data.people)
    return [f"bulk import: jobs {jobs_s:.1f} s, {people:,} people {people_s:.1f} s"]


def make_tokens(url: str) -> Tokens:
    admin = hostile.cli(url, "token", "create", "--role", "admin", "--name", "online admin")
    recruiter = hostile.cli(
        url, "token", "create", "--role", "recruiter", "--employer", EMPLOYER, "--name", "online"
    )
    return Tokens(admin, recruiter)


@dataclass(frozen=True, slots=True)
class Chosen:
    rotation: list[str]  # global ids of the people jobMatches rotates over
    tailored: list[Person]  # the people jobs are posted for


def choose_people(url: str, records: Sequence[dict[str, Any]]) -> Chosen:
    rotation = spread(records, ROTATION)
    tailored = spread(records, FRESHNESS_RUNS, offset=1)
    ids = database_ids(url, [*rotation, *tailored])
    missing = sorted({*rotation, *tailored} - ids.keys())
    if missing:
        raise SystemExit(f"online: not in the database after the import: {missing[:5]}")
    by_id = {record["id"]: record for record in records}
    global_ids = {external: to_global_id("CandidateProfile", pk) for external, pk in ids.items()}
    return Chosen(
        [global_ids[p] for p in rotation], [Person(global_ids[p], by_id[p]) for p in tailored]
    )


def first_match(server: Server, one: Request) -> tuple[float, str | None]:
    with client(server.url) as http:
        took, wrong, _ = timed(http, one)
    return took, wrong


def online(
    server: Server,
    args: argparse.Namespace,
    report: Report,
    tokens: Tokens,
    chosen: Chosen,
    posts: Iterator[Request],
) -> None:
    """Everything measured on the server as imported: the first match, the table,
    freshness, and readers beside a writer."""
    report.ready_s = server.ready_s
    say("the first jobMatches after start")
    first = request(JOB_MATCHES, tokens.admin, id=chosen.rotation[0], first=10)
    report.first_match = first_match(server, first)
    requests = scenarios(tokens.admin, chosen.rotation)
    say("warming up every worker")
    workers = warm(server, [kind[0] for kind in requests.values()], args.workers)
    known = workers if len(workers) >= args.workers else set()
    report.workers_seen = len(known)
    say(f"workers seen: {sorted(workers) or 'cannot tell'}")
    clients = Clients(server, args.workers, args.clients)
    report.rows = table(clients, requests, args.requests, args.repeat)
    for run, person in enumerate(chosen.tailored, 1):
        say(f"freshness {run} of {len(chosen.tailored)}: {person.record['desired_titles'][0]}")
        found = freshness(server, tokens, person, known)
        first_s, every_s = seconds_text(found.first_s), seconds_text(found.every_s)
        say(f"  first seen after {first_s} s, everywhere after {every_s} s")
        report.fresh.append(found)
    report.readers = reads_and_writes(clients, requests["jobMatches(first: 10)"], posts, args)


def pools(
    url: str, scratch: Path, data: Data, args: argparse.Namespace, report: Report, recruiter: str
) -> None:
    """candidateMatches with each pool of people visible to employers, each on a fresh
    server (the people are imported with none running)."""
    report.pool_count = max(1, args.requests // 5)
    jobs: list[Request] = []
    for pool in args.pool_sizes:
        say(f"{pool:,} people visible to employers: importing")
        visible = visibility_file(data.jobs.parent, data, args.people, pool)
        run_cli(url, "import", "candidates", visible)
        with serving(url, scratch, args.workers, args.redis) as server:
            if not jobs:
                for job in data.posts[-RECRUITER_JOBS:]:
                    job_id, _ = post_job(server.url, recruiter, job_input(job))
                    jobs.append(request(CANDIDATE_MATCHES, recruiter, id=job_id))
            warm(server, jobs[:1], args.workers)
            say(f"{pool:,} people: {report.pool_count} candidateMatches")
            series = sequential(server.url, jobs, report.pool_count, give_up_after=GIVE_UP_AFTER)
            report.pools[pool] = series
            say(f"  median {ms(series.median)} ms, {series.error_count} errors")


def arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--postgres",
        default="postgresql+psycopg://postgres@127.0.0.1:5432/test",
        help="a PostgreSQL server URL (a fresh database is made on it and dropped)",
    )
    parser.add_argument("--data-dir", type=Path, help="synthetic files, written once and reused")
    parser.add_argument("--jobs", type=int, help=f"open jobs (default {FULL['jobs']:,})")
    parser.add_argument("--people", type=int, help=f"people (default {FULL['people']:,})")
    parser.add_argument("--pool-sizes", type=batch_runs.sizes, help="people visible to employers")
    parser.add_argument("--requests", type=int, help="per series (default 500)")
    parser.add_argument("--repeat", type=int, help="runs of each series (default 3)")
    parser.add_argument("--seconds", type=float, help="of readers, with and without a writer")
    parser.add_argument("--workers", type=int, default=2, help="civicmatch serve --workers")
    parser.add_argument("--clients", type=int, default=20, help="concurrent clients")
    parser.add_argument("--redis", help="CIVICMATCH_REDIS_URL for the server")
    parser.add_argument("--quick", action="store_true", help="small sizes, for development")
    args = parser.parse_args(argv)
    for name, value in (QUICK if args.quick else FULL).items():
        if getattr(args, name) is None:
            setattr(args, name, value)
    if args.jobs < 1 or args.people < ROTATION + FRESHNESS_RUNS:
        parser.error(f"--jobs must be at least 1 and --people at least {ROTATION + FRESHNESS_RUNS}")
    if min(args.requests, args.repeat, args.workers, args.clients) < 1:
        parser.error("--requests, --repeat, --workers and --clients must be at least 1")
    return args


def header(args: argparse.Namespace, loaded: list[str]) -> list[str]:
    return [
        f"online matching: civicmatch serve --workers {args.workers} on a fresh PostgreSQL "
        f"database, {args.jobs:,} synthetic open jobs, {args.people:,} people; "
        f"Redis: {args.redis or 'none'}; {os.cpu_count()} cores, "
        f"load average {os.getloadavg()[0]:.1f} at the start",
        *loaded,
    ]


def main(argv: Sequence[str] | None = None) -> int:
    args = arguments(argv)
    started = time.perf_counter()
    report = Report()
    with tempfile.TemporaryDirectory(prefix="online-") as name:
        scratch = Path(name)
        folder = args.data_dir or scratch
        folder.mkdir(parents=True, exist_ok=True)
        say(f"synthetic files in {folder}")
        data = write_files(folder, args.jobs, args.people, args.pool_sizes)
        with import_speed.fresh_database("postgresql", args.postgres) as url:
            report.header = header(args, load(url, data, args.people))
            tokens = make_tokens(url)
            chosen = choose_people(url, read_jsonl(data.people))
            posts = itertools.cycle(
                [request(POST_JOB, tokens.recruiter, input=job_input(job)) for job in data.posts]
            )
            with serving(url, scratch, args.workers, args.redis) as server:
                online(server, args, report, tokens, chosen, posts)
            pools(url, scratch, data, args, report, tokens.recruiter)
    print_report(report, args)
    say(f"done in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
