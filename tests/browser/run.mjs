// The playground in a real browser: Debian's Chromium (/usr/bin/chromium), driven by puppeteer-core
// (no browser download), against the real `pushback serve` in local mode on a free loopback port
// with a temporary var/ and a PUSHBACK_TEMPLATES directory the tests edit.
//
//   node tests/browser/run.mjs PUSHBACK_BINARY [SCREENSHOT_DIR]      (ctest runs it as "browser")

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const binary = path.resolve(process.argv[2] || process.env.PUSHBACK_BINARY || 'build/test/pushback');
const shots = path.resolve(process.argv[3] || process.env.PUSHBACK_SCREENSHOTS || 'build/test/playground');
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pushback-browser-'));
const templatesDir = path.join(work, 'templates');
const teamFile = path.join(templatesDir, 'team.toml');

const checklist = (marker) => `# A team's own checklist (the browser test edits this file)
[[guide]]
id = "decision-checklist"
text = """
*Our checklist* ${marker}

1. Is it worth it?
"""
`;

let server;
let browser;
let base;
let serverLog = '';

function startServer() {
  fs.mkdirSync(templatesDir, { recursive: true });
  fs.writeFileSync(teamFile, checklist('MARKER-ONE'));
  const env = { ...process.env, PUSHBACK_LISTEN: '127.0.0.1:0', PUSHBACK_TEMPLATES: templatesDir, PUSHBACK_THREADS: '2' };
  for (const k of ['SLACK_SIGNING_SECRET', 'SLACK_SIGNING_SECRET_FILE', 'SLACK_BOT_TOKEN', 'SLACK_BOT_TOKEN_FILE', 'PUSHBACK_DB']) {
    delete env[k];
  }
  server = spawn(binary, ['serve'], { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('pushback serve did not start:\n' + serverLog)), 20000);
    server.stderr.on('data', (d) => {
      serverLog += d;
      const m = /playground: open (http:\/\/127\.0\.0\.1:\d+\/)/.exec(serverLog);
      if (m && !base) {
        clearTimeout(timer);
        base = m[1];
        resolve();
      }
    });
    server.on('exit', (code) => reject(new Error(`pushback serve exited (${code}):\n${serverLog}`)));
  });
}

before(async () => {
  fs.mkdirSync(shots, { recursive: true });
  await startServer();
  browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    userDataDir: path.join(work, 'chromium-profile'),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync',
           '--disable-dev-shm-usage'],
  });
});

after(async () => {
  if (browser) await browser.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await exited;
  }
  fs.rmSync(work, { recursive: true, force: true });
});

// A page that fails the test on any dialog (alert) and records console errors.
async function openPage(query = '') {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.dialogs = [];
  page.errors = [];
  page.on('dialog', async (d) => {
    page.dialogs.push(d.message());
    await d.dismiss();
  });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(base + query, { waitUntil: 'networkidle0' });
  return page;
}

async function send(page, text, surface = 'pushback') {
  await page.click(`input[name=surface][value=${surface}]`);
  await page.$eval('#draft', (e) => { e.value = ''; });
  await page.type('#draft', text);
  await page.click('#send');
  await page.waitForFunction(() => document.querySelector('#conversation .message.app, #conversation .overlay, .modal'),
                             { timeout: 15000 });
  await page.waitForNetworkIdle({ idleTime: 200 });
}

async function replyJson(page) {
  return JSON.parse(await page.$eval('#json-text', (e) => e.value));
}

// The text a reader sees for some mrkdwn: markers, quotes, entities and link targets gone; no spaces.
function seen(mrkdwn) {
  return mrkdwn
    .replace(/<([^>|]+)\|([^>]+)>/g, '$2')
    .replace(/<@([A-Z0-9]+)(\|[^>]*)?>/g, (m, id) => '@' + (NAMES[id] || id))
    .replace(/```|[*_~`]/g, '')
    .replace(/^> ?/gm, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
    .replace(/\s+/g, '');
}
const NAMES = { U0LOCAL: 'you', U0PM: 'Pat (PM)' };  // as the page names the playground's people
const squash = (s) => s.replace(/[*_~`]/g, '').replace(/\s+/g, '').replace(/@/g, '');

// Every block of `blocks` is drawn in `root`, in order, with its text, fields and buttons.
async function assertDrawn(page, rootSelector, blocks) {
  const drawn = await page.$eval(rootSelector, (root) =>
    [...root.querySelectorAll(':scope .blocks > [data-block-index]')].map((b) => ({
      type: b.dataset.blockType,
      text: b.textContent,
      buttons: [...b.querySelectorAll('button[data-action-id]')].map((x) => [x.dataset.actionId, x.textContent]),
      fields: [...b.querySelectorAll('.field')].map((f) => f.textContent),
      labels: [...b.querySelectorAll('label')].map((l) => l.textContent),
    })));
  assert.equal(drawn.length, blocks.length, 'one drawn block per Block Kit block');
  blocks.forEach((b, i) => {
    const d = drawn[i];
    assert.equal(d.type, b.type, `block ${i} type`);
    const text = squash(d.text.replace(/\s+/g, ''));
    if (b.type === 'section' && b.text) assert.ok(text.includes(squash(seen(b.text.text))), `section ${i} text drawn:\n${b.text.text}\n---\n${d.text}`);
    for (const f of b.fields || []) assert.ok(d.fields.some((x) => squash(x) === squash(seen(f.text))), `field drawn: ${f.text}`);
    if (b.type === 'context') {
      for (const e of b.elements) if (e.text) assert.ok(text.includes(squash(seen(e.text))), `context ${i} drawn: ${e.text}`);
    }
    if (b.type === 'actions') {
      const want = b.elements.filter((e) => e.type === 'button').map((e) => [e.action_id, e.text.text]);
      assert.deepEqual(d.buttons, want, `buttons of block ${i}`);
    }
    if (b.type === 'input') assert.ok(d.labels.some((l) => l.includes(b.label.text)), `input ${i} labelled ${b.label.text}`);
  });
}

test('typing a draft and submitting renders the verdict, the highlighted spans, the checklist and the cards', async () => {
  const page = await openPage();
  await send(page, 'We might need a few tweaks soon');
  const reply = await replyJson(page);
  assert.ok(reply.blocks.length > 3);
  const text = await page.$eval('#conversation .message.app', (m) => m.textContent);
  // The verdict (the reply's first section) is drawn first.
  const first = await page.$eval('#conversation .message.app [data-block-index="0"]', (b) => b.textContent);
  assert.ok(squash(first).includes(squash(seen(reply.blocks[0].text.text))), first);
  // The draft is quoted with its vague spans in bold.
  const marked = await page.$$eval('#conversation .message.app blockquote b', (bs) => bs.map((b) => b.textContent));
  assert.ok(marked.includes('might'), `highlighted: ${marked}`);
  assert.ok(marked.includes('soon'), `highlighted: ${marked}`);
  assert.match(text, /Situation/);
  assert.match(text, /Impact/);
  // The cards (copyable phrasings in code blocks), one per code block in the JSON.
  const cards = await page.$$eval('#conversation .message.app pre.code-block', (p) => p.length);
  const want = reply.blocks.filter((b) => b.text && b.text.text.includes('```')).length;
  assert.ok(cards >= 1);
  assert.equal(cards, want);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('mrkdwn is drawn as Slack draws it, and markup in it stays text', async () => {
  const page = await openPage();
  const html = await page.evaluate(async () => {
    const { renderMrkdwn } = await import('/playground/mrkdwn.js');
    const draw = (text) => {
      const d = document.createElement('div');
      d.append(renderMrkdwn(text, { names: { U0PM: 'Pat (PM)' } }));
      return d.innerHTML;
    };
    return {
      styles: draw('*bold* _italic_ ~strike~ `code` and a_snake_case word and 2*3*4'),
      block: draw('*Title*\n```line one\n*not bold* &lt;b&gt;```'),
      quote: draw('> We *might* need it\n> soon\nafter'),
      links: draw('<https://example.com/a?b=1&amp;c=2|the spec> <javascript:alert(1)|click> <@U0PM> <#C1|general> <!here>'),
      escaped: draw('&lt;img src=x onerror=alert(1)&gt; :warning: done'),
    };
  });
  assert.equal(html.styles, '<b>bold</b> <i>italic</i> <s>strike</s> <code class="inline">code</code> and a_snake_case word and 2*3*4');
  assert.equal(html.block, '<b>Title</b><pre class="code-block">line one\n*not bold* &lt;b&gt;</pre>');
  assert.equal(html.quote, '<blockquote>We <b>might</b> need it<br>soon</blockquote>after');
  assert.match(html.links, /<a class="link" href="https:\/\/example.com\/a\?b=1&amp;c=2" target="_blank" rel="noopener noreferrer">the spec<\/a>/);
  assert.doesNotMatch(html.links, /javascript/);  // an unsafe link is only its label, as text
  assert.match(html.links, /> click </);
  assert.match(html.links, /@Pat \(PM\)/);
  assert.match(html.links, /#general/);
  assert.match(html.links, /@here/);
  assert.equal(html.escaped, '&lt;img src=x onerror=alert(1)&gt; <span class="emoji" title="emoji :warning:">:warning:</span> done');
  await page.close();
});

test('/?draft= renders that draft on load', async () => {
  const page = await openPage('?draft=' + encodeURIComponent('Can we do this faster?'));
  await page.waitForSelector('#conversation .message.app', { timeout: 15000 });
  assert.equal(await page.$eval('#draft', (e) => e.value), 'Can we do this faster?');
  const text = await page.$eval('#conversation .message.app', (m) => m.textContent);
  assert.match(text, /faster/);
  await page.close();
});

test('the rendered blocks match the Block Kit JSON of the same reply', async () => {
  const page = await openPage();
  for (const draft of ['We might need a few tweaks soon',
                       'The 3-week estimate ignores the 2 weeks of security review, so the March 14 date slips',
                       'I just prefer Vue, React feels wrong to me']) {
    await send(page, draft);
    await assertDrawn(page, '#conversation .message.app', (await replyJson(page)).blocks);
  }
  // The same for a modal: "Reframe this" on someone else's message.
  await send(page, 'Can we just do the simple version by Friday?', 'reframe');
  await page.waitForSelector('.modal');
  const view = await replyJson(page);
  assert.equal(view.type, 'modal');
  await assertDrawn(page, '.modal', view.blocks);
  assert.equal(await page.$eval('.modal-title', (e) => e.textContent), view.title.text);
  // And the follow-up reminder DM.
  await page.keyboard.press('Escape');
  await send(page, 'I raised the SSO estimate with Pat', 'reminder');
  await assertDrawn(page, '#conversation .message.app', (await replyJson(page)).blocks);
  await page.close();
});

test('"Log as commitment" opens the decision-log modal; saving lands in the log that /pushback log lists', async () => {
  const page = await openPage();
  await send(page, "I don't think we can add SSO by Friday");
  await page.click('#conversation button[data-action-id=log_commitment]');
  await page.waitForSelector('.modal[data-callback-id=decision_log]');
  const view = await replyJson(page);
  await assertDrawn(page, '.modal', view.blocks);
  // Submitting without a decision shows Slack's inline error under the input.
  await page.click('.modal button[data-role=submit]');
  await page.waitForSelector('.modal .input-error');
  assert.match(await page.$eval('.modal .input-error', (e) => e.textContent), /decided/);
  const decision = `Ship SSO in the March release as scoped ${Date.now()}`;
  await page.type('.modal [data-block-id=decision][data-action-id=decision_input]', decision);
  await page.click('.modal button[data-role=submit]');
  await page.waitForFunction(() => document.querySelector('.modal-title')?.textContent === 'Logged', { timeout: 15000 });
  assert.match(await page.$eval('.modal', (e) => e.textContent), /Saved as #\d+/);
  await page.click('.modal-x');
  await send(page, 'log');
  const log = await page.$eval('#conversation .message.app', (m) => m.textContent);
  assert.ok(log.includes(decision), log);
  await page.close();
});

test('"Show the escalation ladder" shows it', async () => {
  const page = await openPage();
  await send(page, 'We might need a few tweaks soon');
  const before = await page.$$eval('#conversation .message.app', (m) => m.length);
  await page.click('#conversation button[data-action-id=show_ladder]');
  await page.waitForFunction((n) => document.querySelectorAll('#conversation .message.app').length > n, {}, before);
  const last = await page.$$eval('#conversation .message.app', (m) => m[m.length - 1].textContent);
  assert.match(last, /escalation ladder/i);
  await page.close();
});

test('an XSS draft stays text and no dialog opens', async () => {
  const xss = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  const page = await openPage();
  await send(page, xss);
  await send(page, xss, 'reframe');
  await page.keyboard.press('Escape');
  await send(page, xss, 'reminder');
  const shared = await openPage('?draft=' + encodeURIComponent(xss));
  await shared.waitForSelector('#conversation .message.app');
  for (const p of [page, shared]) {
    assert.equal(await p.$$eval('#conversation img, #conversation script, .modal img', (e) => e.length), 0);
    assert.ok((await p.$eval('#conversation', (e) => e.textContent)).includes('<img src=x onerror=alert(1)>'));
    assert.deepEqual(p.dialogs, []);
  }
  await page.close();
  await shared.close();
});

function request(method, url, headers, body) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers }, (res) => {
      let data = '';
      res.on('data', (d) => (data += d));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: data }));
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

test('a request from another origin is refused', async () => {
  const api = base + 'playground/api/run';
  const own = base.replace(/\/$/, '');
  const json = { 'Content-Type': 'application/json' };
  const body = JSON.stringify({ surface: 'pushback', text: 'hello' });
  assert.equal((await request('POST', api, { ...json, Origin: own }, body)).status, 200);
  assert.equal((await request('POST', api, { ...json, Origin: 'http://evil.example' }, body)).status, 403);
  assert.equal((await request('POST', api, json, body)).status, 403, 'no Origin');
  assert.equal((await request('POST', api, { ...json, Origin: own, 'Sec-Fetch-Site': 'cross-site' }, body)).status, 403);
  assert.equal((await request('POST', api, { 'Content-Type': 'text/plain', Origin: own }, body)).status, 403);
  const rebound = await request('GET', base, { Host: 'attacker.example:80' });
  assert.equal(rebound.status, 403, 'a DNS-rebound Host');
  const page = await request('GET', base, {});
  assert.match(page.headers['content-security-policy'], /default-src 'none'; script-src 'self'/);
  assert.equal(page.headers['x-frame-options'], 'DENY');

  // From a page on another origin, in the browser: the fetch fails (no CORS), and nothing is logged.
  const other = http.createServer((req, res) => {
    res.setHeader('Content-Type', 'text/html');
    res.end('<!doctype html><title>elsewhere</title>');
  });
  await new Promise((r) => other.listen(0, '127.0.0.1', r));
  const tab = await browser.newPage();
  await tab.goto(`http://127.0.0.1:${other.address().port}/`);
  const outcome = await tab.evaluate(async (url) => {
    try {
      const r = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' },
                                   body: JSON.stringify({ surface: 'pushback', text: 'commit from elsewhere' }) });
      return `answered ${r.status}`;
    } catch (e) {
      return 'refused';
    }
  }, api);
  assert.equal(outcome, 'refused');
  // A "simple" request needs no preflight: the server itself refuses it (text/plain, another Origin).
  const simple = await tab.evaluate(async (url) => {
    try {
      const r = await fetch(url, { method: 'POST', mode: 'no-cors', body: '{"surface":"pushback","text":"commit sneaky-no-cors"}' });
      return r.type;  // opaque: the page cannot read it either way
    } catch (e) {
      return 'refused';
    }
  }, api);
  assert.ok(['opaque', 'refused'].includes(simple), simple);
  await tab.close();
  other.closeAllConnections();
  other.close();
  // Neither attempt reached the handlers: nothing was logged as a commitment.
  const log = await request('POST', api, { ...json, Origin: own }, JSON.stringify({ surface: 'pushback', text: 'log' }));
  assert.equal(log.status, 200);
  assert.doesNotMatch(log.body, /elsewhere|sneaky/);
});

test('a template edit shows up after reload; a broken template shows its error on the page', async () => {
  const page = await openPage();
  await send(page, 'checklist');
  assert.match(await page.$eval('#conversation .message.app', (m) => m.textContent), /MARKER-ONE/);
  assert.match(await page.$eval('#template-status', (e) => e.textContent), /edits are picked up/);

  fs.writeFileSync(teamFile, checklist('MARKER-TWO'));
  await page.click('#reload');
  await page.waitForFunction(() => /MARKER-TWO/.test(document.querySelector('#conversation').textContent),
                             { timeout: 15000 });

  // On the next request, without the button.
  fs.writeFileSync(teamFile, checklist('MARKER-THREE') + '\n');
  await send(page, 'checklist');
  assert.match(await page.$eval('#conversation .message.app', (m) => m.textContent), /MARKER-THREE/);

  fs.writeFileSync(teamFile, '# broken on purpose\n[[guide]]\nid = "decision-checklist"\ntext = """never closed\n');
  await page.click('#reload');
  await page.waitForSelector('#template-error:not([hidden])');
  const error = await page.$eval('#template-error', (e) => e.textContent);
  assert.ok(error.includes('team.toml'), error);
  assert.match(error, /line \d+/);
  await page.screenshot({ path: path.join(shots, 'playground-template-error.png') });

  // A template error from the loader (not TOML): an unknown slot, with its table's line.
  fs.writeFileSync(teamFile, '# an unknown slot\n\n[[template]]\nid = "our-budget"\nfamily = "budget"\ntitle = "Budget"\n' +
                             'priority = 10\ntext = "Does {{budget}} fit?"\n');
  await page.click('#reload');
  await page.waitForFunction(() => /budget/.test(document.querySelector('#template-error').textContent));
  assert.match(await page.$eval('#template-error', (e) => e.textContent), /team\.toml:3/);

  fs.writeFileSync(teamFile, checklist('MARKER-FOUR'));
  await page.click('#reload');
  await page.waitForSelector('#template-error[hidden]');
  await page.waitForFunction(() => /MARKER-FOUR/.test(document.querySelector('#conversation').textContent));
  await page.close();
});

test('labelled controls, keyboard use, and a page that reflows at 200 % zoom', async () => {
  const page = await openPage();
  const unlabelled = await page.$$eval('input, textarea, select, button', (els) =>
    els.filter((e) => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.textContent.trim())
       .map((e) => e.outerHTML));
  assert.deepEqual(unlabelled, []);
  // Keyboard only: type, Ctrl+Enter sends, Enter on a button opens the modal, Escape closes it.
  await page.focus('#draft');
  await page.keyboard.type("I don't think we can add SSO by Friday");
  await page.keyboard.down('Control');
  await page.keyboard.press('Enter');
  await page.keyboard.up('Control');
  await page.waitForSelector('#conversation .message.app');
  await page.focus('#conversation button[data-action-id=log_commitment]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.modal');
  assert.ok(await page.evaluate(() => document.querySelector('.modal').contains(document.activeElement)));
  const fields = await page.$$eval('.modal input, .modal textarea, .modal select',
                                   (els) => els.filter((e) => !(e.labels && e.labels.length)).length);
  assert.equal(fields, 0, 'every modal input has its label');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('.modal'));
  assert.equal(await page.evaluate(() => document.activeElement.dataset.actionId), 'log_commitment');
  // 200 % zoom of a 1280-pixel window: 640 CSS pixels wide, nothing scrolls sideways.
  await page.setViewport({ width: 640, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `scrolls sideways by ${overflow}px`);
  await page.screenshot({ path: path.join(shots, 'playground-200-percent.png'), fullPage: true });
  await page.close();
});

test('screenshots of the page for three drafts (written to the build folder)', async () => {
  const page = await openPage();
  const drafts = [
    // The PM's ask first: its reply has no "Log as commitment" (an ask is not a decision), which is clicked below.
    ['playground-faster.png', 'Can we do this faster? At my last company this took two days'],
    ['playground-vague.png', 'We might need a few tweaks soon, it should be fine'],
    ['playground-specific.png', 'The 3-week estimate ignores the 2 weeks of security review, so the March 14 date slips to March 28'],
  ];
  for (const [file, draft] of drafts) {
    await send(page, draft);
    await page.screenshot({ path: path.join(shots, file), fullPage: true });
    assert.ok(fs.statSync(path.join(shots, file)).size > 10000);
  }
  await page.click('#conversation button[data-action-id=log_commitment]');
  await page.waitForSelector('.modal');
  await page.screenshot({ path: path.join(shots, 'playground-decision-log.png') });
  console.log(`screenshots in ${shots}`);
  await page.close();
});
