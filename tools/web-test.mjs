// Drives the web edition in headless Chromium (see tools/web-test.sh, which serves the build
// and passes: the page's address, the fragment of a link to an edited scenario, and the folder
// for screenshots). Prints what it measured; exits non-zero on the first thing that fails.
import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";

const require = createRequire(process.env.WEB_TEST_MODULES + "/");
const { chromium } = require("playwright-core");

const [base, fragment, shots] = process.argv.slice(2);
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
};
// Fluent's isolation marks, if any, are not part of what a reader sees.
const plain = (text) => (text || "").replace(/[\u2066-\u2069]/g, "");

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM,
  headless: true,
  args: [
    "--no-sandbox",
    "--use-angle=swiftshader",
    "--enable-unsafe-swiftshader",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});

/** Opens `address` in a fresh page of the given size; resolves once the explorer has drawn. */
async function open(address, width, height, settle = 1200) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  const started = Date.now();
  await page.goto(address);
  // The loading line goes when the explorer has started; its first frames follow at once.
  await page.waitForSelector("#status", { state: "detached", timeout: 60000 });
  await page.waitForFunction(() => document.title.includes("—"), null, { timeout: 60000 });
  const firstFrame = Date.now() - started;
  await page.waitForTimeout(settle);
  return { context, page, errors, firstFrame };
}

async function shoot(page, name) {
  const png = await page.screenshot();
  writeFileSync(`${shots}/${name}.png`, png);
  return png.length;
}

// 1. Every language at every size: the Overview draws, nothing on the console.
const sizes = [
  [1024, 700],
  [1280, 800],
  [1920, 1080],
];
for (const lang of ["en", "ru", "zh"]) {
  for (const [w, h] of sizes) {
    const { context, page, errors, firstFrame } = await open(`${base}?lang=${lang}`, w, h);
    const bytes = await shoot(page, `web-${lang}-${w}`);
    const title = await page.title();
    check(bytes > 40000, `${lang} ${w}×${h}: the Overview draws (${Math.round(bytes / 1024)} KiB PNG), first frame after ${firstFrame} ms, title “${plain(title)}”`);
    check(errors.length === 0, `${lang} ${w}×${h}: no errors on the console ${errors.join(" | ")}`);
    await context.close();
  }
}

// 2. A link to an edited scenario opens it: its title is the page's.
{
  const { context, page } = await open(`${base}?lang=en#${fragment}`, 1280, 800);
  const title = plain(await page.title());
  check(title.includes("Web test: a larger bank"), `a link (${fragment.length} characters) opens its scenario: “${title}”`);
  await shoot(page, "web-link");
  await context.close();
}

// 3. The baseline's uncertainty study runs to its end in the page, its bands drawn.
{
  // Timed from the first frame: the study starts once the view has settled (150 ms).
  const { context, page } = await open(`${base}?lang=en&view=uncertainty`, 1280, 800, 0);
  const started = Date.now();
  const done = await page
    .waitForFunction(
      () => /(^|· )\d[\d,]* runs( ·|$)/.test(
        (document.getElementById("live-status")?.textContent || "").replace(/[\u2066-\u2069]/g, "")),
      null,
      { timeout: 120000 }
    )
    .then(() => true, () => false);
  const status = plain(await page.locator("#live-status").textContent());
  check(done, `the study runs to its end in ${Date.now() - started} ms: “${status}”`);
  await page.waitForTimeout(500);
  await shoot(page, "web-uncertainty");
  await context.close();
}

// 3b. Scenario discovery samples in slices between frames and finds its boxes.
{
  const { context, page, errors } = await open(`${base}?lang=zh&view=discovery`, 1280, 800, 4000);
  const bytes = await shoot(page, "web-discovery-zh");
  check(bytes > 40000 && errors.length === 0, `discovery draws in Chinese, nothing on the console ${errors.join(" | ")}`);
  await context.close();
}

// 4. A damaged link: the baseline is shown, and why.
{
  const cut = fragment.slice(0, Math.floor(fragment.length / 2));
  const { context, page, errors } = await open(`${base}?lang=ru#${cut}`, 1280, 800);
  const title = plain(await page.title());
  check(!title.includes("Web test"), `a link cut in half shows the baseline: “${title}”`);
  check(errors.length === 0, `a damaged link panics nothing ${errors.join(" | ")}`);
  await shoot(page, "web-damaged-link-ru");
  await context.close();
}

// 5. Unsaved work left by a closed tab is offered back on the next visit (the recovery copy
//    in local storage, as the desktop's after a crash).
{
  const { readFileSync } = await import("node:fs");
  const edited = readFileSync(process.env.WEB_TEST_EDITED, "utf8");
  const { context, page } = await open(`${base}?lang=en`, 1280, 800, 0);
  await page.evaluate((text) => {
    localStorage.setItem("sco-explorer/recovery.ron", `(path: None, scenario: ${text})`);
  }, edited);
  await page.reload();
  await page.waitForSelector("#status", { state: "detached", timeout: 60000 });
  await page.waitForTimeout(1200);
  const bytes = await shoot(page, "web-recovery");
  check(bytes > 40000, "a reload with unsaved work in storage draws (see web-recovery.png for the offer)");
  await context.close();
}

// 6. One slider step, dragged as a user drags it: the app's own work in the frame that shows
//    it (the page's `?measure`: model, layout and shapes in WebAssembly, not the software
//    renderer's drawing), and the wall time from the move to the frame drawn. The Overview's
//    study restarts with each step, as it does for a user.
{
  const { context, page } = await open(`${base}?lang=en&measure`, 1280, 800, 3000);
  const frames = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const field = { x: 318, y: 150, width: 70, height: 24 }; // "Subscribed capital" at 1280×800
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const measured = async (n, step) => {
    const work = [];
    const wall = [];
    for (let i = 0; i < n; i++) {
      await page.evaluate(() => document.body.setAttribute("data-update-ms", "0"));
      const t0 = performance.now();
      await step(i);
      await frames();
      wall.push(performance.now() - t0);
      work.push(Number(await page.evaluate(() => document.body.getAttribute("data-update-ms"))));
    }
    return { work: median(work), wall: median(wall) };
  };
  const drag = async () => {
    await page.mouse.move(247, 162);
    await page.mouse.down();
    const step = await measured(20, (i) => page.mouse.move(249 + i, 162));
    await page.mouse.up();
    await page.waitForTimeout(1500);
    return step;
  };
  const before = await page.screenshot({ clip: field });
  const idle = await measured(10, async () => {});
  // With the uncertainty bands on (the default), each step's frames also run the restarted
  // study's slices (at most 25 ms a frame) once the 150 ms settle has passed, which it does
  // between two steps with software WebGL; then with the bands off, the step alone.
  const withStudy = await drag();
  const after = await page.screenshot({ clip: field });
  check(!before.equals(after), "dragging the slider changes the value shown beside it");
  await page.mouse.click(1031, 98); // the Overview's "Uncertainty bands" box
  await frames();
  const alone = await drag();
  console.log(`     one slider step, the app's work in WebAssembly: ${alone.work.toFixed(1)} ms (${withStudy.work.toFixed(1)} ms in frames that also run the study; idle ${idle.work.toFixed(1)} ms); move to frame drawn with software WebGL: ${alone.wall.toFixed(0)} ms (idle ${idle.wall.toFixed(0)} ms)`);
  await context.close();
}

// 7. File ▸ Export Excel workbook… is a download once the Overview's study has finished: an
//    .xlsx (a zip) named after the scenario, with the study's sheet among its ten.
{
  const { context, page } = await open(`${base}?lang=ru`, 1280, 800, 1500);
  await page.mouse.click(20, 12); // Файл
  await page.waitForTimeout(500);
  const download = page.waitForEvent("download", { timeout: 30000 });
  await page.mouse.click(80, 255); // Экспорт книги Excel… at 1280×800 in Russian
  const file = await download;
  const path = `${shots}/workbook.xlsx`;
  await file.saveAs(path);
  const bytes = readFileSync(path);
  const zipped = bytes.subarray(0, 2).toString("latin1") === "PK";
  const sheets = (bytes.toString("latin1").match(/xl\/worksheets\/sheet\d+\.xml/g) || []);
  const count = new Set(sheets).size;
  check(
    zipped && file.suggestedFilename().endsWith(".xlsx") && count === 10,
    `the Excel workbook downloads: “${file.suggestedFilename()}”, ${bytes.length} bytes, ${count} sheets (the study's among them)`,
  );
  await context.close();
}

// 8. Compare explains the difference in the browser too, a slice of projections a frame: a
//    link to the stress scenario, which names the Baseline as its reference, opened on Compare.
{
  const explained = process.env.WEB_TEST_EXPLAIN;
  const { context, page, errors } = await open(`${base}?lang=zh&view=compare#${explained}`, 1280, 800, 5000);
  const bytes = await shoot(page, "web-explain-zh");
  check(errors.length === 0 && bytes > 60000, `Compare with a pinned reference explains the difference (${Math.round(bytes / 1024)} KiB PNG) ${errors.join(" | ")}`);
  await context.close();
}

await browser.close();
if (failures.length > 0) {
  console.log(`${failures.length} failed`);
  process.exit(1);
}
console.log("web test: all passed");
