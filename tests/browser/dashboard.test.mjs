// The cost dashboard, in a real headless Chromium: the page loads, shows the numbers of
// /api/stats after known traffic, and its charts render.
//
// Needs: the triage binary (TRIAGE_BIN, default ../../target/debug/triage) and Chromium
// (CHROMIUM_PATH, default /usr/bin/chromium). `make test` provides both.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import { mkdtempSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import net from "node:net";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const binary = process.env.TRIAGE_BIN ?? join(here, "../../target/debug/triage");
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

let upstream, gateway, browser, api, admin;

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, proc) {
  for (let i = 0; i < 600; i++) {
    if (proc.exitCode !== null) throw new Error(`triage exited with ${proc.exitCode}`);
    const ok = await new Promise((resolve) => {
      const c = net.connect(port, "127.0.0.1", () => { c.end(); resolve(true); });
      c.on("error", () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nothing listens on ${port}`);
}

before(async () => {
  assert.ok(existsSync(binary), `triage binary not found at ${binary}`);
  assert.ok(existsSync(chromiumPath), `Chromium not found at ${chromiumPath}`);
  // An OpenAI-like upstream: every answer reports 1000 prompt and 200 completion tokens.
  upstream = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      const model = JSON.parse(body).model;
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({
        id: "chatcmpl-1", object: "chat.completion", created: 1, model,
        choices: [{ index: 0, message: { role: "assistant", content: "ok" }, finish_reason: "stop" }],
        usage: { prompt_tokens: 1000, completion_tokens: 200, total_tokens: 1200 },
      }));
    });
  });
  await new Promise((r) => upstream.listen(0, "127.0.0.1", r));
  const up = `http://127.0.0.1:${upstream.address().port}/v1`;
  const dir = mkdtempSync(join(tmpdir(), "triage-dash-"));
  const policy = join(dir, "policy.yaml");
  writeFileSync(policy, `
version: 1
upstreams:
  local: { base_url: "${up}" }
  frontier: { base_url: "${up}" }
models:
  local-extract: { upstream: local, tier: local, price: { input_per_1m: 0.1, output_per_1m: 0.1 } }
  frontier-big: { upstream: frontier, tier: frontier, price: { input_per_1m: 2.5, output_per_1m: 10 } }
routes:
  auto:
    rules:
      - if: { category: [extraction], score_below: 0.4 }
        to: local-extract
    default: frontier-big
`);
  [api, admin] = [await freePort(), await freePort()];
  gateway = spawn(binary, ["serve", "--config", policy, "--listen", `127.0.0.1:${api}`,
    "--admin-listen", `127.0.0.1:${admin}`, "--threads", "1", "--grace-seconds", "0"],
    { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, TRIAGE_LOG: "warn" } });
  await waitForPort(api, gateway);
  await waitForPort(admin, gateway);

  const send = (content) => fetch(`http://127.0.0.1:${api}/v1/chat/completions`, {
    method: "POST", headers: { "content-type": "application/json" },
    body: JSON.stringify({ model: "auto", messages: [{ role: "user", content }] }),
  }).then((r) => { assert.equal(r.status, 200); return r.text(); });
  for (let i = 0; i < 3; i++) await send(`Extract the invoice number from: Invoice ${4400 + i}.`);
  await send("Write a short story about a lighthouse keeper, with an original twist.");

  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  await browser?.close();
  gateway?.kill("SIGINT");
  upstream?.close();
});

test("dashboard shows the numbers of /api/stats and renders its charts", async () => {
  // A request is recorded just after its last byte went out: wait until all four are.
  let stats;
  for (let i = 0; i < 500; i++) {
    stats = await (await fetch(`http://127.0.0.1:${admin}/api/stats`)).json();
    if (stats.totals.requests >= 4) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  const t = stats.totals;
  assert.equal(t.requests, 4);
  assert.equal(t.local, 3);
  assert.equal(t.escalations, 1);

  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("requestfailed", (r) => errors.push(`${r.url()} failed`));
  await page.goto(`http://127.0.0.1:${admin}/dashboard`);
  await page.waitForSelector('body[data-rendered="4"]', { timeout: 15000 });

  const text = (id) => page.locator(`#${id}`).textContent();
  const fmt = (fn, x) => page.evaluate(([fn, x]) => window[fn] ? window[fn](x) : eval(fn)(x), [fn, x]);
  assert.equal(await text("kpi-requests"), "4");
  assert.equal(await text("kpi-savings"), await fmt("usd", t.savings_usd));
  assert.equal(await text("kpi-cost"), await fmt("usd", t.cost_usd));
  assert.equal(await text("kpi-baseline"), "baseline " + (await fmt("usd", t.baseline_cost_usd)));
  assert.equal(await text("kpi-local-share"), "75.0%");
  assert.equal(await text("kpi-escalation-rate"), "25.0%");
  assert.equal(await text("kpi-escalations"), "1 of 4 routed");
  // The exact figures: 3 local requests at 0.1 $/M, 1 frontier at 2.5/10 $/M, baseline all frontier.
  const cost = 3 * (1000 * 0.1 + 200 * 0.1) / 1e6 + (1000 * 2.5 + 200 * 10) / 1e6;
  const baseline = 4 * (1000 * 2.5 + 200 * 10) / 1e6;
  assert.ok(Math.abs(t.cost_usd - cost) < 1e-6 && Math.abs(t.savings_usd - (baseline - cost)) < 1e-6);
  assert.equal(await text("kpi-savings"), "$0.0131");

  // Charts: traffic bars this minute, one bar per model sized by its spend, latency lines,
  // savings this hour, escalation by category, and the route table.
  const barValues = await page.$$eval("#chart-spend-model rect", (rs) => rs.map((r) => Number(r.dataset.value)));
  assert.deepEqual(barValues.sort(), [stats.by_target["frontier-big"].cost_usd, stats.by_target["local-extract"].cost_usd].sort());
  const traffic = await page.$$eval("#chart-traffic rect", (rs) => rs.map((r) => Number(r.dataset.value)));
  assert.equal(traffic.reduce((a, b) => a + b, 0), 4);
  const latencyPoints = await page.$$eval("#chart-latency circle", (cs) => cs.map((c) => Number(c.dataset.value)));
  const lastMinute = stats.series.per_minute.filter((m) => m.requests > 0).at(-1).latency_ms;
  assert.ok(latencyPoints.includes(lastMinute.p50) && latencyPoints.includes(lastMinute.p99), "latency p50 and p99 are plotted");
  assert.ok((await page.locator("#chart-savings-hourly rect").count()) >= 1);
  assert.ok((await page.locator("#chart-escalation-category rect").count()) >= 2);
  assert.equal(await page.locator('#table-routes tr[data-route="auto"] td:nth-child(2)').textContent(), "4");
  assert.equal(await page.locator("#simulated").isVisible(), false);
  const box = await page.locator("#chart-traffic").boundingBox();
  assert.ok(box.width > 300 && box.height > 100, "the chart has a visible size");

  if (process.env.SCREENSHOT) await page.screenshot({ path: process.env.SCREENSHOT, fullPage: true });
  assert.deepEqual(errors, [], "no script errors and no failed requests (nothing external)");
});
