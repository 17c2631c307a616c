// Drives examples/spa in Debian's headless Chromium: register through the
// Passage emulator (which sets the psg_auth_token cookie), createUser, then
// see name and email on the page; reload (the cookie keeps you signed in);
// sign out and back in.
//
// Usage: node spa.test.mjs <server base URL>
// Prints one JSON line with what the page showed; exits 1 on any failure.
import { chromium } from "playwright-core";

const base = process.argv[2];
if (!base) {
  console.error("usage: node spa.test.mjs <server base URL>");
  process.exit(2);
}

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

const page = await browser.newPage();
page.on("console", (message) => console.error(`page console: ${message.text()}`));
try {
  const email = `browser-${Date.now()}@example.com`;
  const name = "Browser Tester";
  await page.goto(`${base}/spa/`);
  await page.fill("#register-email", email);
  await page.fill("#register-name", name);
  await page.click("#register-button");
  await page.waitForSelector("#profile:not([hidden])", { timeout: 15000 });
  const shownName = await page.textContent("#me-name");
  const shownEmail = await page.textContent("#me-email");
  check(shownName === name, `name shown is ${JSON.stringify(shownName)}`);
  check(shownEmail === email, `email shown is ${JSON.stringify(shownEmail)}`);
  const cookies = await page.context().cookies();
  check(cookies.some((c) => c.name === "psg_auth_token" && c.value.split(".").length === 3), "no psg_auth_token cookie");

  await page.reload();
  await page.waitForSelector("#profile:not([hidden])", { timeout: 15000 });
  check((await page.textContent("#me-name")) === name, "not signed in after reload");

  await page.click("#signout-button");
  await page.waitForSelector("#signed-out:not([hidden])");
  await page.fill("#signin-email", email);
  await page.click("#signin-button");
  await page.waitForSelector("#profile:not([hidden])", { timeout: 15000 });
  check((await page.textContent("#me-email")) === email, "sign-in did not show the profile");
  check((await page.textContent("#error")) === "", `page shows an error: ${await page.textContent("#error")}`);

  console.log(JSON.stringify({ email, name: shownName, shownEmail }));
} catch (error) {
  console.error(`browser test failed: ${error.message}`);
  console.error(`page error text: ${await page.textContent("#error").catch(() => "?")}`);
  await browser.close();
  process.exit(1);
}
await browser.close();
