import { chromium } from "playwright";
const [url, sel, out, w] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const p = await b.newPage({ viewport: { width: Number(w ?? 360), height: 640 } });
await p.goto("http://127.0.0.1:4400" + url);
const el = p.locator(sel).first();
await el.screenshot({ path: out });
console.log(await p.evaluate(() => document.documentElement.scrollWidth));
await b.close();
