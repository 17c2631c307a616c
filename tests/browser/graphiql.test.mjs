// Opens GraphiQL (GET /graphql) in Debian's headless Chromium with every
// request to anywhere but this machine refused, so a page that needs a CDN
// fails here. Types `{ me { name email } }` into the query editor, runs it,
// and reads what the result pane shows; then opens the documentation
// explorer (the schema GraphiQL introspected) and reads its root types and
// the fields of the query type. Fails on any request it had to refuse, any
// Content-Security-Policy violation and any page error.
//
// Usage: node graphiql.test.mjs <server base URL>
// Prints one JSON line: the headers editor's JSON, the result pane's JSON
// and its visible text, the explorer's root types and query fields, for
// tests/it/browser.rs to check.
import { chromium } from "playwright-core";

const base = process.argv[2];
if (!base) {
  console.error("usage: node graphiql.test.mjs <server base URL>");
  process.exit(2);
}
const QUERY = "{ me { name email } }";
const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});

function check(condition, message) {
  if (!condition) throw new Error(message);
}

const context = await browser.newContext();
const refused = [];
await context.route("**/*", (route) => {
  const url = new URL(route.request().url());
  if (url.protocol === "data:" || LOCAL_HOSTS.has(url.hostname)) return route.continue();
  refused.push(url.href);
  return route.abort("blockedbyclient");
});
await context.addInitScript(() => {
  window.__cspViolations = [];
  document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"}`);
  });
});
const page = await context.newPage();
const pageErrors = [];
page.on("pageerror", (error) => pageErrors.push(error.message));
page.on("console", (message) => console.error(`page console: ${message.text()}`));

// The value of the CodeMirror editor under `selector`.
const editorValue = (selector) =>
  page.evaluate((s) => document.querySelector(s)?.CodeMirror?.getValue() ?? null, selector);

try {
  const response = await page.goto(`${base}/graphql`);
  check(response.status() === 200, `GET /graphql answered ${response.status()}`);
  check(
    response.headers()["content-type"].startsWith("text/html"),
    `GET /graphql answered ${response.headers()["content-type"]}`,
  );
  await page.waitForSelector(".graphiql-query-editor .CodeMirror", { timeout: 15000 });

  // Dev mode: the headers editor is open, holding the Authorization header.
  const headersEditor = ".graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror";
  await page.waitForSelector(headersEditor, { timeout: 5000 });
  const headers = JSON.parse(await editorValue(headersEditor));

  await page.click(".graphiql-query-editor .CodeMirror");
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.type(QUERY);
  await page.keyboard.press("Escape"); // closes an autocomplete list, if open
  const typed = await editorValue(".graphiql-query-editor .CodeMirror");
  check(typed === QUERY, `the query editor holds ${JSON.stringify(typed)}`);

  await page.click(".graphiql-execute-button");
  const resultEditor = ".result-window .CodeMirror";
  await page.waitForFunction(
    (s) => /"(data|errors)"/.test(document.querySelector(s)?.CodeMirror?.getValue() ?? ""),
    resultEditor,
    { timeout: 15000 },
  );
  const result = JSON.parse(await editorValue(resultEditor));
  const shownText = await page.innerText(".result-window .CodeMirror-code");

  // The documentation explorer: GraphiQL's introspection of the schema, as
  // it shows it. An error there ("Error fetching schema") fails the test.
  await page.click('button[aria-label="Show Documentation Explorer"]');
  const explorer = ".graphiql-doc-explorer";
  await page.waitForSelector(
    `${explorer} .graphiql-doc-explorer-root-type, ${explorer} .graphiql-doc-explorer-error`,
    { timeout: 15000 },
  );
  const explorerError = await page.$eval(explorer, (e) => e.querySelector(".graphiql-doc-explorer-error")?.textContent);
  check(!explorerError, `the documentation explorer shows: ${explorerError}`);
  const rootTypes = await page.$$eval(`${explorer} .graphiql-doc-explorer-root-type`, (types) =>
    types.map((t) => t.parentElement.textContent),
  );
  await page.click(`${explorer} .graphiql-doc-explorer-type-name >> text="Query"`);
  await page.waitForSelector(`${explorer} .graphiql-doc-explorer-field-name`, { timeout: 5000 });
  const docsTitle = await page.textContent(`${explorer} .graphiql-doc-explorer-title`);
  const queryFields = await page.$$eval(`${explorer} .graphiql-doc-explorer-field-name`, (fields) =>
    fields.map((f) => f.textContent),
  );

  // A dialog adds a <style> element: the policy must admit it (by nonce).
  await page.click('button[aria-label="Open settings dialog"]');
  await page.waitForSelector('[role="dialog"]', { timeout: 5000 });
  await page.keyboard.press("Escape");
  await page.waitForSelector('[role="dialog"]', { state: "detached", timeout: 5000 });

  const violations = await page.evaluate(() => window.__cspViolations);
  check(refused.length === 0, `the page asked for off-machine URLs: ${refused.join(", ")}`);
  check(violations.length === 0, `Content-Security-Policy violations: ${violations.join("; ")}`);
  check(pageErrors.length === 0, `page errors: ${pageErrors.join("; ")}`);

  console.log(JSON.stringify({ headers, result, shownText, docs: { rootTypes, title: docsTitle, queryFields } }));
} catch (error) {
  console.error(`browser test failed: ${error.message}`);
  if (refused.length > 0) console.error(`refused (not local): ${refused.join(", ")}`);
  const violations = await page.evaluate(() => window.__cspViolations).catch(() => ["?"]);
  if (violations.length > 0) console.error(`CSP violations: ${violations.join("; ")}`);
  if (pageErrors.length > 0) console.error(`page errors: ${pageErrors.join("; ")}`);
  await browser.close();
  process.exit(1);
}
await browser.close();
