// The live companion page: follows one broadcast over the graphql-transport-ws protocol,
// answers viewers' questions and lets a signed-in seeker apply to the job on screen.
// Plain browser JavaScript, no build step; server data only ever reaches the page through
// textContent.
"use strict";

(() => {
  const GRAPHQL_PATH = "/graphql";
  const TOKEN_KEY = "civicmatch.token";
  const ACK_TIMEOUT_MS = 10000;
  const RETRY_FIRST_MS = 1000;
  const RETRY_MAX_MS = 30000;
  // Close codes after which trying again cannot help (graphql-transport-ws):
  // 4400 bad message, 4401 unauthorised, 4403 forbidden, 4406 subprotocol refused.
  const FINAL_CLOSE_CODES = new Set([4400, 4401, 4403, 4406]);

  const JOB_BRIEF = "id title salaryMin salaryMax location employer { name }";

  const LIVE_SUBSCRIPTION = `subscription Live($id: ID!) {
  liveStreamEvents(streamId: $id) {
    kind
    at
    liveStream { id title host status employer { name } }
    presented {
      position
      presentedAt
      job {
        id title description employer { name } salaryMin salaryMax education location
        housing travel headcount experienceYears graduatesWelcome accommodations skills
      }
    }
    figures {
      viewersNow viewerVisits peakViewers reportedViewers questionsAsked
      jobsPresented companiesPresented openings applications
    }
  }
}`;

  // A question counts once among the broadcast's questions: through askAboutJob when a job
  // is on screen, else through jobsForText.
  const searchFields = (streamArgument) => `search: jobsForText(text: $text, first: 5${streamArgument}) {
    profile { stated }
    matches { score job { ${JOB_BRIEF} } reasons { code message weight } }
  }`;

  const ASK_AND_SEARCH = `query AskAndSearch($jobId: ID!, $text: String!, $liveStreamId: ID) {
  answer: askAboutJob(jobId: $jobId, question: $text, liveStreamId: $liveStreamId) {
    answer topic answered source matchingJobs { ${JOB_BRIEF} }
  }
  ${searchFields("")}
}`;

  const SEARCH_ONLY = `query Search($text: String!, $liveStreamId: ID) {
  ${searchFields(", liveStreamId: $liveStreamId")}
}`;

  const APPLY = `mutation Apply($input: ApplyToJobInput!) {
  applyToJob(input: $input) { application { id status } userErrors { field message code } }
}`;

  const VIEWER = "query Viewer { viewer { role name candidate { name } } }";

  const EDUCATION = {
    NONE: "学历不限",
    JUNIOR_HIGH: "初中",
    HIGH_SCHOOL: "高中",
    SECONDARY_VOCATIONAL: "中专/技校",
    ASSOCIATE: "大专",
    BACHELOR: "本科",
    MASTER: "硕士",
    DOCTORATE: "博士",
  };
  const TRAVEL = { NONE: "无需出差", OCCASIONAL: "偶尔出差", FREQUENT: "经常出差" };
  const ACCOMMODATION = {
    WHEELCHAIR_ACCESS: "无障碍通道/电梯",
    SEATED_WORK: "坐姿工作，无需久站久走",
    NO_HEAVY_LIFTING: "无重体力搬运",
    FLEXIBLE_HOURS: "弹性工作时间",
    REMOTE_POSSIBLE: "可居家办公",
    SIGN_LANGUAGE: "手语或书面沟通（听障友好）",
    SCREEN_READER: "读屏软件可用（视障友好）",
  };
  const STREAM_STATUS = { SCHEDULED: "即将开播", LIVE: "直播中", ENDED: "已结束" };
  const CONNECTION = {
    connecting: "正在连接…",
    live: "实时连接中",
    reconnecting: "连接中断，正在重连…",
    ended: "直播已结束",
    error: "无法收看",
  };
  // Error codes the API returns, in words a viewer understands; other errors show the
  // server's own message.
  const ERROR_CODES = {
    EMPTY_QUERY: "请先输入你的问题。",
    UNAUTHENTICATED: "请先登录求职者账号。",
    FORBIDDEN: "这个账号不能进行这项操作。",
    NOT_FOUND: "没有找到对应的内容，可能已经下架。",
    ALREADY_APPLIED: "你已经投递过这个岗位了。",
  };
  // Profile fields a question about the job on screen may state without being a job search
  // (公司能解决住宿吗？ states needsHousing).
  const QUESTION_FIELDS = new Set(["needsHousing", "travel"]);
  const JOB_SEARCH_WORDS = /(有|有没有|还有)[^，。？?！!]{0,8}(岗位|工作|职位)|找[^，。？?！!]{0,3}工作|适合我/;

  const $ = (id) => document.getElementById(id);

  const state = {
    streamId: streamIdFromPath(location.pathname),
    stream: null,
    job: null,
    token: readToken(),
    applied: new Set(),
  };

  // ---------------------------------------------------------------- helpers

  function streamIdFromPath(path) {
    const raw = path.split("/")[2] || "";
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  }

  function readToken() {
    try {
      return localStorage.getItem(TOKEN_KEY) || "";
    } catch {
      return "";
    }
  }

  function writeToken(token) {
    try {
      if (token) localStorage.setItem(TOKEN_KEY, token);
      else localStorage.removeItem(TOKEN_KEY);
    } catch {
      // Private browsing may refuse storage; the token then lasts as long as the page.
    }
  }

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function show(node, visible) {
    node.hidden = !visible;
  }

  function setMessage(node, text) {
    node.textContent = text || "";
    show(node, Boolean(text));
  }

  function salary(min, max) {
    if (min != null && max != null) {
      return min === max ? `${min}元/月` : `${min}–${max}元/月`;
    }
    if (min != null) return `${min}元/月起`;
    if (max != null) return `最高${max}元/月`;
    return "薪资面议";
  }

  function education(code) {
    if (!code) return "";
    const label = EDUCATION[code] || code;
    return code === "NONE" ? label : `${label}及以上`;
  }

  function clock(iso) {
    const when = iso ? new Date(iso) : null;
    if (!when || Number.isNaN(when.getTime())) return "";
    return when.toLocaleTimeString("zh-CN", { hour: "2-digit", minute: "2-digit" });
  }

  function errorText(errors, wording) {
    const words = { ...ERROR_CODES, ...wording };
    const lines = (errors || []).map((error) => {
      const code = error && ((error.extensions && error.extensions.code) || error.code);
      const message = (error && error.message) || "未知错误";
      return words[code] || message;
    });
    return [...new Set(lines)].join("\n");
  }

  // ---------------------------------------------------------------- HTTP GraphQL

  async function graphql(query, variables, token) {
    const headers = { "Content-Type": "application/json", Accept: "application/json" };
    if (token) headers.Authorization = `Bearer ${token}`;
    let response;
    try {
      response = await fetch(GRAPHQL_PATH, {
        method: "POST",
        headers,
        body: JSON.stringify({ query, variables }),
        credentials: "omit",
      });
    } catch {
      return { data: null, errors: [{ message: "网络连接失败，请稍后再试。" }] };
    }
    let body = null;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    if (response.status === 401) {
      return {
        data: null,
        unauthorized: true,
        errors: [{ message: "登录令牌无效或已失效，请重新登录。" }],
      };
    }
    if (!body || typeof body !== "object") {
      return { data: null, errors: [{ message: `服务器出错（HTTP ${response.status}），请稍后再试。` }] };
    }
    return { data: body.data || null, errors: body.errors || null };
  }

  // ---------------------------------------------------------------- live subscription

  // One graphql-transport-ws subscription that reconnects with backoff when the socket
  // drops, but not after the server completed it (the broadcast ended) or refused it.
  class LiveSubscription {
    constructor({ url, query, variables, onEvent, onState, onRefused, onComplete }) {
      Object.assign(this, { url, query, variables, onEvent, onState, onRefused, onComplete });
      this.socket = null;
      this.attempt = 0;
      this.counter = 0;
      this.subscriptionId = null;
      this.finished = false;
      this.ackTimer = null;
      this.retryTimer = null;
    }

    start() {
      window.addEventListener("online", () => this.retryNow());
      this.connect();
    }

    connect() {
      clearTimeout(this.retryTimer);
      this.retryTimer = null;
      this.onState("connecting");
      let socket;
      try {
        socket = new WebSocket(this.url, "graphql-transport-ws");
      } catch {
        this.scheduleRetry();
        return;
      }
      this.socket = socket;
      socket.addEventListener("open", () => {
        this.send(socket, { type: "connection_init", payload: {} });
        this.ackTimer = setTimeout(() => socket.close(4408, "no connection_ack"), ACK_TIMEOUT_MS);
      });
      socket.addEventListener("message", (event) => this.receive(socket, event.data));
      socket.addEventListener("close", (event) => this.closed(socket, event));
    }

    send(socket, message) {
      if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
    }

    receive(socket, raw) {
      if (socket !== this.socket) return;
      let message;
      try {
        message = JSON.parse(raw);
      } catch {
        return;
      }
      switch (message.type) {
        case "connection_ack":
          clearTimeout(this.ackTimer);
          this.counter += 1;
          this.subscriptionId = String(this.counter);
          this.send(socket, {
            id: this.subscriptionId,
            type: "subscribe",
            payload: { query: this.query, variables: this.variables },
          });
          this.onState("live");
          break;
        case "ping":
          this.send(socket, { type: "pong" });
          break;
        case "next":
          if (message.id === this.subscriptionId) this.next(message.payload || {});
          break;
        case "error":
          if (message.id === this.subscriptionId) this.refuse(message.payload);
          break;
        case "complete":
          if (message.id === this.subscriptionId) {
            this.finished = true;
            socket.close(1000, "complete");
            this.onComplete();
          }
          break;
        default:
          break;
      }
    }

    next(payload) {
      const event = payload.data && payload.data.liveStreamEvents;
      if (!event) {
        this.refuse(payload.errors || [{ message: "没有收到直播数据。" }]);
        return;
      }
      this.attempt = 0;
      this.onEvent(event, payload.errors || null);
    }

    refuse(errors) {
      this.finished = true;
      if (this.socket) this.socket.close(1000, "refused");
      this.onRefused(Array.isArray(errors) ? errors : [errors]);
    }

    closed(socket, event) {
      if (socket !== this.socket) return;
      clearTimeout(this.ackTimer);
      this.socket = null;
      if (this.finished) return;
      if (FINAL_CLOSE_CODES.has(event.code)) {
        this.finished = true;
        this.onRefused([{ message: `服务器拒绝了连接（${event.code} ${event.reason || ""}）。` }]);
        return;
      }
      this.scheduleRetry();
    }

    scheduleRetry() {
      const backoff = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** this.attempt);
      const delay = Math.round(backoff * (0.75 + Math.random() * 0.5));
      this.attempt += 1;
      this.onState("reconnecting", delay);
      this.retryTimer = setTimeout(() => this.connect(), delay);
    }

    retryNow() {
      if (this.retryTimer && !this.finished) this.connect();
    }
  }

  // ---------------------------------------------------------------- rendering the broadcast

  function renderConnection(name, delay) {
    const node = $("connection");
    node.dataset.state = name;
    node.textContent =
      name === "reconnecting" && delay
        ? `连接中断，${Math.ceil(delay / 1000)} 秒后重连…`
        : CONNECTION[name];
  }

  function renderEvent(event, errors) {
    setMessage($("stream-error"), errors ? errorText(errors) : "");
    renderStream(event.liveStream);
    renderJob(event.presented);
    renderFigures(event.figures);
  }

  function renderStream(stream) {
    if (!stream) return;
    state.stream = stream;
    $("stream-title").textContent = stream.title;
    document.title = `${stream.title} · 直播带岗`;
    const badge = $("stream-status");
    badge.dataset.status = stream.status;
    badge.textContent = STREAM_STATUS[stream.status] || stream.status;
    const meta = [];
    if (stream.host) meta.push(`主播：${stream.host}`);
    if (stream.employer && stream.employer.name) meta.push(stream.employer.name);
    $("stream-meta").textContent = meta.join(" · ");
  }

  function renderJob(presented) {
    const job = presented && presented.job;
    const changed = (job && job.id) !== (state.job && state.job.id);
    state.job = job || null;
    show($("job-empty"), !job);
    show($("job-card"), Boolean(job));
    if (!job) {
      $("job-empty").textContent =
        state.stream && state.stream.status === "ENDED"
          ? "直播已结束，感谢收看。"
          : "主播还没有开始介绍岗位，请稍候。";
      return;
    }
    const when = clock(presented.presentedAt);
    $("job-position").textContent = `第 ${presented.position} 个岗位${when ? ` · ${when} 开始介绍` : ""}`;
    $("job-title").textContent = job.title;
    $("job-employer").textContent = (job.employer && job.employer.name) || "";
    $("job-salary").textContent = salary(job.salaryMin, job.salaryMax);
    renderFacts(job);
    const skills = $("job-skills");
    skills.replaceChildren(...(job.skills || []).map((skill) => element("li", skill)));
    show(skills, Boolean(job.skills && job.skills.length));
    $("job-description").textContent = job.description || "";
    if (changed) {
      setMessage($("apply-result"), "");
      const card = $("job-card");
      card.classList.remove("fresh");
      void card.offsetWidth; // restarts the highlight
      card.classList.add("fresh");
    }
    renderApply();
  }

  function renderFacts(job) {
    const facts = [
      ["学历", education(job.education)],
      ["经验", job.experienceYears ? `${job.experienceYears}年以上` : "不限"],
      ["地点", job.location],
      ["招聘", job.headcount ? `${job.headcount}人` : ""],
      ["住宿", job.housing ? "提供住宿" : "不提供住宿"],
      ["出差", TRAVEL[job.travel] || ""],
      ["应届生", job.graduatesWelcome ? "应届生可投" : ""],
      [
        "友好设施",
        (job.accommodations || []).map((code) => ACCOMMODATION[code] || code).join("、"),
      ],
    ];
    const list = $("job-facts");
    list.replaceChildren();
    for (const [label, value] of facts) {
      if (!value) continue;
      list.append(element("dt", label), element("dd", value));
    }
  }

  function renderFigures(figures) {
    for (const node of document.querySelectorAll("[data-figure]")) {
      const value = figures ? figures[node.dataset.figure] : null;
      node.textContent = value == null ? "—" : Number(value).toLocaleString("zh-CN");
      node.parentElement.hidden = node.dataset.figure === "reportedViewers" && value == null;
    }
  }

  // ---------------------------------------------------------------- questions

  function readsAsJobSearch(text, search, answer) {
    if (!state.job) return true;
    if (answer && answer.source === "SEARCH") return true;
    const stated = (search && search.profile && search.profile.stated) || [];
    if (stated.some((field) => !QUESTION_FIELDS.has(field))) return true;
    return JOB_SEARCH_WORDS.test(text);
  }

  function jobLine(job, extra) {
    const item = element("li");
    const head = element("span", null, "line");
    head.append(element("strong", job.title));
    if (extra) head.append(element("span", extra, "score"));
    item.append(head);
    const where = [job.employer && job.employer.name, job.location].filter(Boolean).join(" · ");
    item.append(element("span", `${salary(job.salaryMin, job.salaryMax)}　${where}`, "line"));
    return item;
  }

  function renderAnswer(answer, isSearch) {
    const box = $("answer");
    const list = $("answer-jobs");
    list.replaceChildren();
    const showIt =
      answer &&
      answer.answer &&
      answer.source !== "SEARCH" &&
      (answer.answered ? answer.source !== "PENDING" : !isSearch);
    show(box, Boolean(showIt));
    if (!showIt) return;
    box.dataset.source = answer.source;
    $("answer-heading").textContent = state.job ? `关于「${state.job.title}」` : "回答";
    $("answer-text").textContent = answer.answer;
    if (answer.source === "MAJORS") {
      list.replaceChildren(...(answer.matchingJobs || []).map((job) => jobLine(job)));
    }
  }

  function renderMatches(search, isSearch) {
    const box = $("matches");
    const matches = (search && search.matches) || [];
    show(box, Boolean(search) && isSearch);
    show($("matches-empty"), matches.length === 0);
    $("match-list").replaceChildren(
      ...matches.map((match) => {
        const item = jobLine(match.job, `匹配度 ${Math.round(match.score * 100)}%`);
        const reasons = (match.reasons || [])
          .filter((reason) => reason.weight > 0)
          .slice(0, 2)
          .map((reason) => reason.message);
        if (reasons.length) item.append(element("span", reasons.join("；"), "line why"));
        return item;
      }),
    );
  }

  async function ask(event) {
    event.preventDefault();
    const text = $("ask-text").value.trim();
    const button = $("ask-button");
    if (!text) {
      setMessage($("ask-error"), ERROR_CODES.EMPTY_QUERY);
      return;
    }
    const liveStreamId = (state.stream && state.stream.id) || null;
    const job = state.job;
    button.disabled = true;
    button.textContent = "查询中…";
    const result = job
      ? await graphql(ASK_AND_SEARCH, { jobId: job.id, text, liveStreamId })
      : await graphql(SEARCH_ONLY, { text, liveStreamId });
    button.disabled = false;
    button.textContent = "发送";
    const data = result.data || {};
    setMessage($("ask-error"), result.errors ? errorText(result.errors) : "");
    const isSearch = readsAsJobSearch(text, data.search, data.answer);
    renderAnswer(data.answer, isSearch);
    renderMatches(data.search, isSearch || !data.answer);
  }

  // ---------------------------------------------------------------- signing in and applying

  function renderAccount(name) {
    const signedIn = Boolean(state.token);
    show($("signin-form"), !signedIn);
    show($("signed-in"), signedIn);
    $("signed-in-name").textContent = name || "求职者";
    renderApply();
  }

  function renderApply() {
    const button = $("apply-button");
    const signedIn = Boolean(state.token);
    show(button, signedIn && Boolean(state.job));
    show($("apply-hint"), !signedIn);
    const applied = Boolean(state.job) && state.applied.has(state.job.id);
    button.disabled = applied;
    button.textContent = applied ? "已投递" : "投递简历";
  }

  // The token holder's name, or why the token cannot be used; `invalid` when it never will
  // be (unknown token, not a seeker) rather than not now (the network).
  async function checkToken(token) {
    const result = await graphql(VIEWER, {}, token);
    const viewer = result.data && result.data.viewer;
    if (result.unauthorized || (viewer && viewer.role !== "SEEKER")) {
      const error = result.unauthorized
        ? errorText(result.errors)
        : "这个令牌不是求职者账号，请使用求职者的登录令牌。";
      return { error, invalid: true };
    }
    if (!viewer) return { error: errorText(result.errors) || "暂时无法登录，请稍后再试。" };
    return { name: (viewer.candidate && viewer.candidate.name) || viewer.name };
  }

  async function signIn(event) {
    event.preventDefault();
    const input = $("token-input");
    const token = input.value.trim();
    if (!token) {
      setMessage($("signin-error"), "请先粘贴登录令牌。");
      return;
    }
    $("signin-button").disabled = true;
    const checked = await checkToken(token);
    $("signin-button").disabled = false;
    if (checked.error) {
      setMessage($("signin-error"), checked.error);
      return;
    }
    input.value = "";
    setMessage($("signin-error"), "");
    state.token = token;
    writeToken(token);
    renderAccount(checked.name);
  }

  function signOut(event) {
    event.preventDefault();
    state.token = "";
    state.applied.clear();
    writeToken("");
    setMessage($("apply-result"), "");
    renderAccount();
  }

  async function resumeSession() {
    if (!state.token) {
      renderAccount();
      return;
    }
    renderAccount();
    const checked = await checkToken(state.token);
    if (checked.invalid) {
      state.token = "";
      writeToken("");
      setMessage($("signin-error"), checked.error);
    }
    // Still signed in when only the network failed: applying will tell if it still is.
    renderAccount(checked.name);
  }

  async function apply() {
    const job = state.job;
    if (!job || !state.token) return;
    const button = $("apply-button");
    const outcome = $("apply-result");
    button.disabled = true;
    button.textContent = "投递中…";
    const input = { jobId: job.id };
    if (state.stream && state.stream.id) input.liveStreamId = state.stream.id;
    const result = await graphql(APPLY, { input }, state.token);
    const payload = result.data && result.data.applyToJob;
    const userErrors = (payload && payload.userErrors) || [];
    if (payload && payload.application && userErrors.length === 0) {
      state.applied.add(job.id);
      outcome.dataset.outcome = "ok";
      setMessage(outcome, `投递成功！「${job.title}」的招聘方会查看你的简历。`);
    } else {
      if (userErrors.some((error) => error.code === "ALREADY_APPLIED")) state.applied.add(job.id);
      outcome.dataset.outcome = "error";
      setMessage(outcome, errorText(result.errors || userErrors) || "投递没有成功，请稍后再试。");
    }
    if (result.unauthorized) {
      state.token = "";
      writeToken("");
      renderAccount();
    }
    renderApply();
  }

  // ---------------------------------------------------------------- start

  function start() {
    $("ask-form").addEventListener("submit", ask);
    $("ask-text").addEventListener("keydown", (event) => {
      // Enter sends, Shift+Enter starts a new line; Enter that picks a Chinese input
      // method's candidate (isComposing) is left alone.
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        $("ask-form").requestSubmit();
      }
    });
    $("signin-form").addEventListener("submit", signIn);
    $("signout").addEventListener("click", signOut);
    $("apply-button").addEventListener("click", apply);
    renderFigures(null);
    resumeSession();
    if (!state.streamId) {
      renderConnection("error");
      setMessage($("stream-error"), "地址里缺少直播场次编号。");
      return;
    }
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    new LiveSubscription({
      url: `${scheme}//${location.host}${GRAPHQL_PATH}`,
      query: LIVE_SUBSCRIPTION,
      variables: { id: state.streamId },
      onEvent: renderEvent,
      onState: renderConnection,
      onRefused(errors) {
        renderConnection("error");
        // The server's message says why (an unknown id, usually); the code, when sent,
        // lets the page say it in Chinese.
        const notFound = `没有找到这场直播（编号 ${state.streamId}），请检查链接。`;
        const why = errorText(errors, { NOT_FOUND: notFound });
        setMessage($("stream-error"), why ? `无法收看这场直播：${why}` : "无法收看这场直播。");
      },
      onComplete() {
        renderConnection("ended");
      },
    }).start();
  }

  start();
})();
