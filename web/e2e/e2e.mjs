// Browser check of isnad serve, run by web/e2e_test.go (TestBrowser): it
// drives Debian's headless Chromium with playwright-core, gathers what the
// pages show, saves screenshots, and prints one JSON object of facts on
// standard output; the Go test decides what is right.
//
// Environment: ISNAD_URL (the server), ISNAD_STORY, ISNAD_ARTICLE,
// ISNAD_HOSTILE (ids), ISNAD_ARTIFACTS (screenshot directory),
// ISNAD_CHROMIUM (the browser executable).
import { chromium } from "playwright-core";
import path from "node:path";

const env = (k) => {
  const v = process.env[k];
  if (!v) throw new Error(`${k} is not set`);
  return v;
};
const base = env("ISNAD_URL");
const out = env("ISNAD_ARTIFACTS");

const browser = await chromium.launch({
  executablePath: env("ISNAD_CHROMIUM"),
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
});
const facts = { dialogs: 0, requestsOutside: [], consoleErrors: [] };
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "ar" });
  page.on("dialog", (d) => { facts.dialogs++; d.dismiss(); });
  page.on("console", (m) => { if (m.type() === "error") facts.consoleErrors.push(m.text()); });
  page.on("request", (r) => { if (!r.url().startsWith(base)) facts.requestsOutside.push(r.url()); });
  const shot = async (name) => {
    const file = path.join(out, name);
    await page.screenshot({ path: file, fullPage: true });
    (facts.screenshots ||= []).push(file);
  };

  // The front page.
  await page.goto(base + "/");
  await page.waitForSelector("ol.stories");
  facts.front = await page.evaluate(async () => {
    await document.fonts.ready;
    return {
      dir: document.documentElement.getAttribute("dir"),
      direction: getComputedStyle(document.body).direction,
      lang: document.documentElement.lang,
      font: document.fonts.check('18px "Noto Naskh Arabic"', "القصص"),
      fontsLoaded: [...document.fonts].filter((f) => f.status === "loaded").length,
      stories: document.querySelectorAll("li.story-item").length,
    };
  });
  await shot("front.png");

  // Follow the story from the front page.
  await page.click(`a[href="/stories/${env("ISNAD_STORY")}"]`);
  await page.waitForSelector("table.claims");
  facts.story = await page.evaluate(() => {
    const rect = (s) => { const e = document.querySelector(s); if (!e) return { width: 0, height: 0 }; const r = e.getBoundingClientRect(); return { width: r.width, height: r.height }; };
    return {
      url: location.pathname,
      direction: getComputedStyle(document.querySelector("table.claims")).direction,
      claims: document.querySelectorAll("table.claims tbody.claim").length,
      conflicts: document.querySelectorAll("table.claims tbody.claim.conflict").length,
      conflictValues: [...document.querySelectorAll("table.claims tbody.conflict td.value")].map((e) => e.textContent.trim()),
      conflictColor: (() => { const e = document.querySelector("table.claims tbody.conflict td.value"); return e ? getComputedStyle(e).color : ""; })(),
      timeline: rect("svg.timeline"),
      timelineDots: document.querySelectorAll("svg.timeline circle").length,
      timelineLabels: document.querySelectorAll("svg.timeline text").length,
      map: rect("#map svg"),
      mapPaths: document.querySelectorAll("#map svg path").length,
      mapPlaces: document.querySelectorAll("#map svg .place").length,
      speakers: document.querySelectorAll("#quotes .speaker").length,
    };
  });
  await shot("story.png");

  // An article: click a highlighted figure, its details show.
  await page.goto(base + "/articles/" + env("ISNAD_ARTICLE"));
  await page.waitForSelector("a.ann.k-qty");
  const figure = page.locator("a.ann.k-qty").first();
  facts.article = { clicked: (await figure.textContent()).trim() };
  await figure.click();
  await page.waitForTimeout(100);
  Object.assign(facts.article, await page.evaluate(() => {
    const d = document.querySelector("section.detail:target");
    return {
      hash: location.hash,
      shown: !!d && getComputedStyle(d).display !== "none",
      detail: d ? d.textContent.replace(/\s+/g, " ").trim() : "",
      marks: document.querySelectorAll("a.ann").length,
    };
  }));
  await shot("article.png");

  // The hostile article: its markup stays text.
  await page.goto(base + "/articles/" + env("ISNAD_HOSTILE"));
  await page.waitForSelector("h1");
  facts.hostile = await page.evaluate(() => ({
    heading: document.querySelector("h1").textContent,
    scripts: document.scripts.length,
    images: document.querySelectorAll(".body img").length,
    title: document.title,
    bodyDirection: getComputedStyle(document.querySelector(".body")).direction,
  }));
  await shot("hostile.png");
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(facts) + "\n");
