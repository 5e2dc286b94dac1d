#!/usr/bin/env node
// Opens a kg graph.html in headless Debian chromium (playwright-core) and prints one JSON report:
// console errors, network requests, vis DataSet sizes, layout time, canvas pixel variance, and
// optionally the result of a search, the tooltip of a hovered node and a screenshot.
//
//   node html-check.mjs PAGE.html [--search NAME] [--hover NODE_ID] [--screenshot OUT.png]
//                                 [--timeout MS] [--chromium /usr/bin/chromium]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

function parseArgs(argv) {
  const args = { page: null, search: null, hover: null, screenshot: null, timeout: 60000, chromium: "/usr/bin/chromium" };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith("--")) args[a.slice(2)] = argv[++i];
    else args.page = a;
  }
  if (!args.page) throw new Error("usage: html-check.mjs PAGE.html [--search NAME] [--hover ID] [--screenshot OUT.png]");
  args.timeout = Number(args.timeout);
  return args;
}

const args = parseArgs(process.argv.slice(2));
const pageUrl = pathToFileURL(resolve(args.page)).href;
const userDataDir = mkdtempSync(join(tmpdir(), "kg-chromium-"));
const report = { url: pageUrl, consoleErrors: [], pageErrors: [], requests: [], blocked: [] };

const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: args.chromium,
  headless: true,
  viewport: { width: 1400, height: 900 },
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  // Every request other than the page itself is counted, then refused: the page must need none.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url === pageUrl) return route.continue();
    report.blocked.push(url);
    return route.abort();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("request", (req) => { if (req.url() !== pageUrl) report.requests.push(req.url()); });
  page.on("console", (msg) => { if (msg.type() === "error") report.consoleErrors.push(msg.text()); });
  page.on("pageerror", (err) => report.pageErrors.push(String(err)));

  const started = Date.now();
  await page.goto(pageUrl, { waitUntil: "load" });
  await page.waitForFunction(() => window.kgView && window.kgView.stabilized, null, { timeout: args.timeout });
  report.wallMs = Date.now() - started;
  Object.assign(report, await page.evaluate(() => {
    const v = window.kgView;
    return {
      nodes: v.nodes.length, edges: v.edges.length, meta: v.meta, stabilizeMs: v.stabilizeMs,
      physicsEnabled: v.network.physics.options.enabled,
      selected: v.network.getSelectedNodes(),
      xssFlag: window.__kgXss ?? null,
      injected: document.querySelectorAll("img, iframe, object, embed").length,
      scripts: document.scripts.length,
    };
  }));
  await page.waitForTimeout(300);  // let the last frame draw
  report.canvas = await page.evaluate(() => {
    const canvas = document.querySelector("#kg-network canvas");
    const ctx = canvas.getContext("2d");
    const { width, height } = canvas;
    const pixels = ctx.getImageData(0, 0, width, height).data;
    let n = 0, sum = 0, sumSq = 0, drawn = 0;
    for (let i = 0; i < pixels.length; i += 16) {  // every 4th pixel
      const alpha = pixels[i + 3] / 255;
      // the canvas is transparent over a white page: composite on white
      const lum = (0.299 * pixels[i] + 0.587 * pixels[i + 1] + 0.114 * pixels[i + 2]) * alpha + 255 * (1 - alpha);
      n++; sum += lum; sumSq += lum * lum;
      if (lum < 250) drawn++;
    }
    const mean = sum / n;
    return { width, height, variance: sumSq / n - mean * mean, drawnFraction: drawn / n };
  });
  if (args.screenshot) {
    await page.screenshot({ path: args.screenshot, fullPage: false });
    report.screenshot = args.screenshot;
  }
  if (args.hover) {
    const point = await page.evaluate((id) => {
      const v = window.kgView;
      const pos = v.network.canvasToDOM(v.network.getPosition(id));
      const box = document.getElementById("kg-network").getBoundingClientRect();
      return { x: box.left + pos.x, y: box.top + pos.y };
    }, args.hover);
    await page.mouse.move(point.x + 1, point.y + 1);
    await page.mouse.move(point.x, point.y);
    await page.waitForFunction(() => {
      const tip = document.querySelector("div.vis-tooltip");
      return tip && getComputedStyle(tip).visibility === "visible" && tip.textContent.length > 0;
    }, null, { timeout: 10000 });
    report.tooltip = await page.evaluate(() => {
      const tip = document.querySelector("div.vis-tooltip");
      return { text: tip.textContent, elements: tip.querySelectorAll("img, script, iframe").length,
               links: Array.from(tip.querySelectorAll("a")).map((a) => a.href) };
    });
    await page.mouse.move(1, 1);
  }
  if (args.search) {
    await page.fill("#kg-search", args.search);
    await page.press("#kg-search", "Enter");
    await page.waitForTimeout(700);  // the focus animation
    report.search = await page.evaluate(() => ({
      selected: window.kgView.network.getSelectedNodes(),
      status: document.getElementById("kg-search-status").textContent,
      details: document.getElementById("kg-details").textContent,
      scale: window.kgView.network.getScale(),
    }));
  }
  report.xssFlag = await page.evaluate(() => window.__kgXss ?? null);
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(report) + "\n");
