// Limber's browser build in Debian's Chromium (scripts/web-test serves build/web and runs this).
// Usage: node web_test.mjs SITE_DIR OUT_DIR PROFILE_DIR (SITE_DIR: build/web, served here on a
// free local port, a secure context as 127.0.0.1 is, so that it can also be taken offline and can
// serve a next version of the page)
//
// What it checks, as a user in a browser would meet it:
//   - the page loads with no console error, at 1024x768, 768x1024 and 1280x800, device pixel ratio 2
//     (and 800x600 at 3), and its canvas is drawn at the device's pixels;
//   - every screen it visits passes the desktop's layout rules (the page exports the controls each
//     screen drew): no tap target smaller than 48 px, outside the canvas, or over another;
//   - a tap on Start runs a session (a short routine of the user's own) to its end, whose phase
//     events (the page's trace) arrive on time: lateness p99 under 20 ms, measured in the page; its
//     tones reach Web Audio (the blocks SDL hands it hold sound);
//   - a diary tap on the summary and the finished sessions are still there after a reload and after
//     a browser restart;
//   - Import takes another app's routine through the browser's file picker and refuses a hostile file;
//   - Export downloads the history and the user's routines, and the desktop build (LIMBER_DESKTOP)
//     imports both; the desktop's history, a night added there, imports in the page; hostile
//     histories are refused there with their reasons, and change nothing;
//   - the editor, Settings (German, then back), Cramp now in the night theme, by touch, mouse and keys;
//   - installable: the browser finds the manifest and its icons with no installability error; the
//     service worker keeps every file, and the page starts again with the server gone and the
//     network off; a next version served during a session waits, and the next start runs it;
//   - the device's keyboard: a tap on a text field focuses the page's hidden input, and letters, a
//     composed accent (as a dead key or an IME gives it), Backspace (as a key and as a tablet
//     keyboard's edit), the arrows and Enter reach the field;
//   - the screen is kept awake (Screen Wake Lock) during a session and Cramp now, and let go after;
//   - every tap target is at least 48 CSS pixels at device pixel ratios 1, 2 and 3 on 10- and 8-inch
//     tablets in both orientations and on a phone (390x844 at 3x);
//   - Add to calendar downloads the reminders as an .ics file that Debian's python3-icalendar reads
//     with each event's start, days and alarm, and a link back to the page.
// Screenshots of the library, the session (hold, switch), the summary and progress at each size, and
// of the other screens, go to OUT_DIR.
import fs from 'node:fs';
import path from 'node:path';
import {execFileSync} from 'node:child_process';
import os from 'node:os';
import http from 'node:http';
import puppeteer from 'puppeteer-core';

const [site_dir, out, profile] = process.argv.slice(2);
const desktop = path.resolve(process.env.LIMBER_DESKTOP || 'build/release/src/app/limber');
const kMinTouchPixels = 48;  // ui/widgets.hpp
// Width, height (CSS pixels) and device pixel ratio: two tablets' and a phone's.
const sizes = [[1024, 768, 2], [768, 1024, 2], [1280, 800, 2], [390, 844, 3]];
const failures = [];
const figures = {};
const fail = (what) => { failures.push(what); console.log('FAIL ' + what); };
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

const launch = () => puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  userDataDir: profile,
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--disable-renderer-backgrounding',
    '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows'],
});
// build/web, served as any static host would. `site.next` serves a next version of the page (its
// service worker's version and its page changed, as a new build changes them); `stop` takes the
// server away, as a tablet in a bedroom with no network has none.
const site = {root: path.resolve(site_dir), next: false, server: null, sockets: new Set(), port: 0};
const kTypes = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.data': 'application/octet-stream', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.webmanifest': 'application/manifest+json', '.json': 'application/json'};
async function start_site() {
  site.server = http.createServer((request, response) => {
    const name = decodeURIComponent(new URL(request.url, 'http://site').pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.join(site.root, name);
    if (!file.startsWith(site.root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404);
      response.end();
      return;
    }
    let body = fs.readFileSync(file);
    if (site.next && name === 'sw.js') body = Buffer.from(body.toString().replace(/const kVersion = '([^']*)'/, "const kVersion = '$1-next'"));
    if (site.next && name === 'index.html') body = Buffer.from(body.toString().replace('<title>', '<!-- limber-next --><title>'));
    response.writeHead(200, {'Content-Type': kTypes[path.extname(name)] || 'application/octet-stream', 'Cache-Control': 'no-cache'});
    response.end(body);
  });
  site.server.on('connection', (socket) => {
    site.sockets.add(socket);
    socket.on('close', () => site.sockets.delete(socket));
  });
  await new Promise((done) => site.server.listen(site.port, '127.0.0.1', done));
  site.port = site.server.address().port;
}
async function stop_site() {
  const closed = new Promise((done) => site.server.close(done));
  for (const socket of site.sockets) socket.destroy();
  await closed;
}
await start_site();
const url = `http://127.0.0.1:${site.port}/`;

let browser = await launch();

// A page with its console watched: any error there fails the test.
async function open_page(width, height, query = '', dpr = 2, offline = false) {
  const page = await browser.newPage();
  page.errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') page.errors.push(message.text());
  });
  page.on('pageerror', (error) => page.errors.push(error.message));
  await page.evaluateOnNewDocument(listen_to_web_audio);
  await page.setViewport({width, height, deviceScaleFactor: dpr, hasTouch: true});
  page.dpr = dpr;
  if (offline) await page.setOfflineMode(true);
  const started = Date.now();
  await page.goto(url + query, {waitUntil: 'load'});
  await until(page, (drawn) => drawn.frames > 0, 30000, 'the first frame');
  page.first_frame_ms = Date.now() - started;
  return page;
}

// What SDL's audio hands Web Audio, measured as it leaves for the speakers: each block SDL's
// ScriptProcessorNode fills, and the loudest sample of them (runs in the page, before its scripts).
function listen_to_web_audio() {
  const heard = window.limberAudio = {blocks: 0, loud_blocks: 0, peak: 0, contexts: []};
  const create = AudioContext.prototype.createScriptProcessor;
  const attribute = Object.getOwnPropertyDescriptor(ScriptProcessorNode.prototype, 'onaudioprocess');
  AudioContext.prototype.createScriptProcessor = function(...args) {
    heard.contexts.push(this);
    const node = create.apply(this, args);
    Object.defineProperty(node, 'onaudioprocess', {
      get() { return attribute.get.call(node); },
      set(fill) {
        attribute.set.call(node, (event) => {
          fill(event);
          let peak = 0;
          for (let c = 0; c < event.outputBuffer.numberOfChannels; ++c) {
            for (const sample of event.outputBuffer.getChannelData(c)) peak = Math.max(peak, Math.abs(sample));
          }
          heard.blocks += 1;
          if (peak > 0.01) heard.loud_blocks += 1;
          heard.peak = Math.max(heard.peak, peak);
        });
      },
    });
    return node;
  };
}

async function heard(page) {
  return page.evaluate(() => ({blocks: window.limberAudio.blocks, loud_blocks: window.limberAudio.loud_blocks,
    peak: window.limberAudio.peak, states: window.limberAudio.contexts.map((c) => c.state)}));
}

async function drawn(page) {
  return JSON.parse(await page.evaluate(() => Module.UTF8ToString(Module._limber_drawn_items())));
}

async function until(page, test, limit_ms, what) {
  const deadline = Date.now() + limit_ms;
  for (;;) {
    const now = await page.evaluate(() => typeof Module !== 'undefined' && Module.limberReady ?
      Module.UTF8ToString(Module._limber_drawn_items()) : null);
    const state = now ? JSON.parse(now) : null;
    if (state && test(state)) return state;
    if (Date.now() > deadline) throw new Error(`waited ${limit_ms} ms for ${what}; last: ${now}`);
    await sleep(50);
  }
}

// The desktop's layout rules (tests/ui/layout_test.cpp), on what the screen drew.
// Sizes are in CSS pixels: the canvas's pixels divided by the device pixel ratio.
function check_layout(state, where, dpr) {
  // What can be seen of each: a card scrolled partly out of its list shows a sliver, rightly.
  const items = state.items.filter((item) => item.w > 0.5 && item.h > 0.5);
  if (items.length === 0) fail(`${where}: no controls drawn`);
  let smallest = Infinity;
  for (const item of items) {
    smallest = Math.min(smallest, item.full_w / dpr, item.full_h / dpr);
    if (Math.min(item.full_w, item.full_h) / dpr < kMinTouchPixels - 0.5) {
      fail(`${where}: "${item.label}" is ${(item.full_w / dpr).toFixed(1)}x${(item.full_h / dpr).toFixed(1)} CSS px`);
    }
    if (item.x < -0.5 || item.y < -0.5 || item.x + item.w > state.width + 0.5 || item.y + item.h > state.height + 0.5) {
      fail(`${where}: "${item.label}" lies outside the canvas`);
    }
  }
  for (let i = 0; i < items.length; ++i) {
    for (let j = i + 1; j < items.length; ++j) {
      const a = items[i];
      const b = items[j];
      if (a.question !== b.question) continue;  // a question drawn over the screen covers it on purpose
      const overlap_x = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
      const overlap_y = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
      if (overlap_x > 0.5 && overlap_y > 0.5) fail(`${where}: "${a.label}" and "${b.label}" overlap`);
    }
  }
  return smallest;
}

// Taps a control by its label, as a finger would (the canvas's pixels are CSS pixels times the
// device pixel ratio), scrolling it into view first with the mouse wheel if a list hides it.
async function tap(page, matches, what) {
  const item = await into_view(page, matches, what);
  // Down and up a few frames apart, as a finger's tap is (never within one frame).
  await page.touchscreen.touchStart((item.x + item.w / 2) / page.dpr, (item.y + item.h / 2) / page.dpr);
  await sleep(80);
  await page.touchscreen.touchEnd();
  await sleep(150);
}

// The same with the mouse: a click, the button held a few frames.
async function click(page, matches, what) {
  const item = await into_view(page, matches, what);
  await page.mouse.click((item.x + item.w / 2) / page.dpr, (item.y + item.h / 2) / page.dpr, {delay: 80});
  await sleep(150);
}

async function into_view(page, matches, what) {
  let state = await drawn(page);
  let item = state.items.find((candidate) => matches(candidate.label));
  for (let turn = 0; item && (item.h < kMinTouchPixels || item.h < item.full_h - 0.5) && turn < 30; ++turn) {
    await page.mouse.move(state.width / 2 / page.dpr, state.height / 2 / page.dpr);
    // Not drawn at all (y 0) is further down the list.
    await page.mouse.wheel({deltaY: item.y === 0 || item.y + item.h / 2 > state.height / 2 ? 120 : -120});
    await sleep(100);
    state = await drawn(page);
    item = state.items.find((candidate) => matches(candidate.label));
  }
  if (!item) throw new Error(`no control for ${what} on ${state.screen}: ${state.items.map((i) => i.label).join(' | ')}`);
  return item;
}

async function shot(page, name) {
  await page.screenshot({path: path.join(out, name + '.png')});
}

// The showing screen at each size (device pixel ratio 2), laid out and checked, then back to the
// first: the canvas follows the window.
async function at_each_size(page, name) {
  const resize = async (width, height, dpr) => {
    await page.setViewport({width, height, deviceScaleFactor: dpr, hasTouch: true});
    await until(page, (s) => s.width === width * dpr && s.height === height * dpr, 5000, `${name} at ${width}x${height}`);
    page.dpr = dpr;
    await sleep(150);
  };
  for (const [width, height, dpr] of sizes) {
    await resize(width, height, dpr);
    check_layout(await drawn(page), `${name} ${width}x${height} at ${dpr}x`, dpr);
    await shot(page, `${name}-${width}x${height}${dpr === 2 ? '' : `-${dpr}x`}`);
  }
  await resize(...sizes[0]);
}

// A command of the desktop build, in a data folder of its own (the other device).
function desktop_limber(args, data) {
  try {
    return execFileSync(desktop, args, {env: {...process.env, LIMBER_DATA_DIR: data, XDG_CONFIG_HOME: data + '-config',
      LANGUAGE: 'en', LC_ALL: 'C.UTF-8'}, encoding: 'utf8'});
  } catch (error) {
    fail(`limber ${args.join(' ')}: ${error.stderr || error.message}`);
    return '';
  }
}

// A file the page downloaded, once the browser has written it whole.
async function downloaded(folder, pattern, limit_ms = 10000) {
  const deadline = Date.now() + limit_ms;
  for (;;) {
    const found = fs.existsSync(folder) ? fs.readdirSync(folder).find((name) => pattern.test(name)) : undefined;
    if (found) return path.join(folder, found);
    if (Date.now() > deadline) throw new Error(`no download matching ${pattern} in ${folder}`);
    await sleep(100);
  }
}

// Import's file picker, given `file`; what Import said once it has finished.
async function import_file(page, file) {
  const [chooser] = await Promise.all([page.waitForFileChooser({timeout: 5000}),
    tap(page, (label) => label.endsWith('##choose-file'), 'Choose a file')]);
  await chooser.accept([file]);
  const done = await until(page, (s) => !s.import.waiting && (s.import.report.length > 0 || s.import.errors.length > 0), 10000,
    `Import to take ${path.basename(file)}`);
  return done.import;
}

async function trace_lines(page) {
  const text = await page.evaluate(() => {
    try {
      return Module.FS.readFile('/tmp/limber-trace.jsonl', {encoding: 'utf8'});
    } catch (e) {
      return '';
    }
  });
  return text.split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line));
}

async function stored(page) {
  return JSON.parse(await page.evaluate(() => Module.UTF8ToString(Module._limber_stored_history())));
}

try {
  // Loads, at three sizes: no console error, crisp canvas, the library's layout.
  for (const [width, height, dpr] of sizes.slice(0, 3)) {
    const page = await open_page(width, height, '', dpr);
    const state = await until(page, (s) => s.screen === 'library' && s.items.length > 0, 20000, 'the library');
    await sleep(300);
    const settled = await drawn(page);
    if (settled.width !== width * dpr || settled.height !== height * dpr) {
      fail(`${width}x${height}: the canvas lays out ${settled.width}x${settled.height}, not the device's ${width * dpr}x${height * dpr} pixels`);
    }
    check_layout(settled, `library ${width}x${height}`, dpr);
    await shot(page, `library-${width}x${height}`);
    if (width === 1024) {
      // The first visit: nothing kept yet, every file from the network (here, the local server).
      figures.cold_start_first_frame_ms = page.first_frame_ms;
      figures.wasm_heap_mb = await page.evaluate(() => Module.HEAP8.length / 1048576);
      figures.js_heap_mb = await page.evaluate(() => performance.memory ? performance.memory.usedJSHeapSize / 1048576 : -1);
    }
    if (page.errors.length) fail(`${width}x${height}: console errors: ${page.errors.join(' / ')}`);
    void state;
    await page.close();
  }

  // Installable and offline: the manifest and its icons as the browser reads them, every file kept
  // by the service worker, and the page started again with the server gone and the network off.
  {
    const page = await open_page(1024, 768);
    await until(page, (s) => s.screen === 'library' && s.items.length > 0, 20000, 'the library');
    await page.waitForFunction(() => Module.limberOffline.ready && navigator.serviceWorker.controller !== null, {timeout: 30000});
    const cdp = await page.createCDPSession();
    const manifest = await cdp.send('Page.getAppManifest');
    if (manifest.errors.length) fail(`the manifest: ${JSON.stringify(manifest.errors)}`);
    const installability = await cdp.send('Page.getInstallabilityErrors');
    if (installability.installabilityErrors.length) fail(`not installable: ${JSON.stringify(installability.installabilityErrors)}`);
    const read = await page.evaluate(async () => {
      const m = await (await fetch('manifest.webmanifest')).json();
      const icons = [];
      for (const icon of m.icons) {
        const image = new Image();
        image.src = icon.src;
        await image.decode();
        icons.push({src: icon.src, sizes: icon.sizes, purpose: icon.purpose, w: image.naturalWidth, h: image.naturalHeight});
      }
      return {m, icons};
    });
    if (!['fullscreen', 'standalone'].includes(read.m.display) || read.m.orientation !== 'any' || !read.m.theme_color) {
      fail(`the manifest says display ${read.m.display}, orientation ${read.m.orientation}, theme ${read.m.theme_color}`);
    }
    for (const icon of read.icons) {
      if (icon.sizes !== 'any' && icon.sizes !== `${icon.w}x${icon.h}`) fail(`${icon.src} is ${icon.w}x${icon.h}, not ${icon.sizes}`);
    }
    for (const wanted of ['192x192 any', '512x512 any', '192x192 maskable', '512x512 maskable']) {
      if (!read.icons.some((icon) => `${icon.sizes} ${icon.purpose}` === wanted)) fail(`no ${wanted} icon`);
    }
    const kept = await page.evaluate(async () => {
      const files = [];
      let bytes = 0;
      for (const key of await caches.keys()) {
        const cache = await caches.open(key);
        for (const request of await cache.keys()) {
          files.push(new URL(request.url).pathname);
          bytes += (await (await cache.match(request)).blob()).size;
        }
      }
      const estimate = await navigator.storage.estimate();
      return {files, bytes, usage: estimate.usage, keys: await caches.keys()};
    });
    for (const file of ['/index.html', '/limber.js', '/limber.wasm', '/limber.data', '/manifest.webmanifest', '/icons/limber-192.png']) {
      if (!kept.files.includes(file)) fail(`the service worker does not keep ${file}: ${kept.files.join(' ')}`);
    }
    figures.offline_files = kept.files.length;
    figures.offline_cache_mb = Math.round(kept.bytes / 1048576 * 100) / 100;
    figures.storage_usage_mb = Math.round(kept.usage / 1048576 * 100) / 100;
    await page.close();
    // No server and no network: a new tab of the page starts from what the worker kept.
    await stop_site();
    const warm = await open_page(1024, 768, '', 2, true);
    await until(warm, (s) => s.screen === 'library' && s.cards.includes('Morning calf stretch'), 20000, 'the library offline');
    figures.warm_start_offline_first_frame_ms = warm.first_frame_ms;
    await warm.reload({waitUntil: 'load'});
    await until(warm, (s) => s.screen === 'library' && s.frames > 0, 20000, 'the library after an offline reload');
    await shot(warm, 'library-offline');
    if (warm.errors.length) fail(`offline: console errors: ${warm.errors.join(' / ')}`);
    await warm.close();
    await start_site();
  }

  // Tap targets of at least 48 CSS pixels on the library: 10- and 8-inch tablets in both
  // orientations at device pixel ratios 1, 2 and 3, and a phone (the other screens at each of
  // `sizes`, below, as they are visited).
  {
    const page = await open_page(1280, 800, '', 1);
    await until(page, (s) => s.screen === 'library' && s.items.length > 0, 20000, 'the library');
    figures.smallest_target_css_px = {};
    const tablets = [[1280, 800], [800, 1280], [1133, 744], [744, 1133]];
    const configs = [1, 2, 3].flatMap((dpr) => tablets.map(([w, h]) => [w, h, dpr])).concat([[390, 844, 3], [844, 390, 3]]);
    for (const [width, height, dpr] of configs) {
      await page.setViewport({width, height, deviceScaleFactor: dpr, hasTouch: true});
      await until(page, (s) => s.width === width * dpr && s.height === height * dpr, 5000, `the library at ${width}x${height} at ${dpr}x`);
      await sleep(200);
      const where = `library ${width}x${height} at ${dpr}x`;
      figures.smallest_target_css_px[`${width}x${height}@${dpr}`] = Math.round(check_layout(await drawn(page), where, dpr) * 10) / 10;
      if (width < 500 || height < 500) await shot(page, `library-${width}x${height}-${dpr}x`);
    }
    if (page.errors.length) fail(`sizes: console errors: ${page.errors.join(' / ')}`);
    await page.close();
  }

  // A tablet's 3x screen: the canvas at its device pixels, so text is rasterised at the size shown.
  {
    const page = await open_page(800, 600, '', 3);
    await until(page, (s) => s.screen === 'library' && s.items.length > 0, 20000, 'the library at 3x');
    await sleep(300);
    const settled = await drawn(page);
    if (settled.width !== 2400 || settled.height !== 1800) fail(`at 3x the canvas lays out ${settled.width}x${settled.height}, not 2400x1800`);
    check_layout(settled, 'library 800x600 at 3x', 3);
    await shot(page, 'library-800x600-3x');
    if (page.errors.length) fail(`3x: console errors: ${page.errors.join(' / ')}`);
    await page.close();
  }

  // A short routine of the user's own, as a text editor would leave it in the data folder: the
  // sessions below take seconds, not the built-in routines' minutes.
  const routine = (name, reps, hold, change = '2s') => [`limber: 1`, `name: ${name}`, 'get_ready: 2s', 'exercises:',
    '  - name: Calf ledge stretch', '    pose: calf-ledge', '    sides: [left, right]', `    reps: ${reps}`, `    hold: ${hold}`,
    '    rest: 1s', `    switch: ${change}`, ''].join('\n');
  // Holds and a switch long enough to be shown at three sizes each.
  const quick = {name: 'Quick check', file: 'quick-check.yaml', text: routine('Quick check', 2, '5s', '5s')};
  const timing = {name: 'Timing check', file: 'timing-check.yaml', text: routine('Timing check', 6, '1s')};

  // Runs the quick routine from a tap on its Start to its summary; screenshots of its hold and switch.
  async function run_session(page, shots, routine_file) {
    await page.evaluate((file, text) => {
      Module.FS.mkdirTree('/limber-storage/data/routines');
      Module.FS.writeFile('/limber-storage/data/routines/' + file, text);
    }, routine_file.file, routine_file.text);
    const library = await until(page, (s) => s.screen === 'library' && s.cards.includes(routine_file.name), 10000,
      'the library to show the new routine');
    await tap(page, (label) => label === `Start##${library.cards.indexOf(routine_file.name)}`, 'Start');
    let state = await until(page, (s) => s.screen === 'session', 5000, 'the session');
    const seen = new Set();
    const deadline = Date.now() + 120000;
    while (state.screen === 'session' && Date.now() < deadline) {
      if (shots) {
        const phases = (await trace_lines(page)).filter((line) => line.event === 'phase_started');
        const kind = phases.length ? phases[phases.length - 1].kind : '';
        if ((kind === 'hold' || kind === 'switch') && !seen.has(kind)) {
          seen.add(kind);
          await sleep(200);
          await at_each_size(page, `session-${kind}`);
        }
      }
      // The timed session is left alone: a test's look into the page runs on the page's thread.
      await sleep(shots ? 50 : 500);
      state = await drawn(page);
    }
    if (shots) for (const kind of ['hold', 'switch']) if (!seen.has(kind)) fail(`the session showed no ${kind} phase`);
    // The tones reached Web Audio: blocks with sound in them, from a running context.
    const sound = await heard(page);
    figures.audio = sound;
    if (sound.loud_blocks === 0 || !sound.states.includes('running')) fail(`no tone reached Web Audio: ${JSON.stringify(sound)}`);
    await until(page, (s) => s.screen === 'summary', 10000, 'the summary');
  }

  // Phase events on time, in a page at device pixel ratio 1 (SwiftShader draws four times fewer
  // pixels than at 2, so its frames do not stand for a GPU's).
  {
    const page = await open_page(1024, 768, '?trace', 1);
    await until(page, (s) => s.screen === 'library' && s.items.length > 0, 20000, 'the library');
    await run_session(page, false, timing);
    const timed = (await trace_lines(page)).filter((line) => line.event !== 'audio' && line.event !== 'cue' &&
      line.scheduled_ns !== undefined);
    const lateness = timed.map((line) => (line.fired_ns - line.scheduled_ns) / 1e6).sort((a, b) => a - b);
    const latest = timed.reduce((a, b) => (b.fired_ns - b.scheduled_ns > a.fired_ns - a.scheduled_ns ? b : a), timed[0] || {});
    figures.latest_event = `${latest.event} ${latest.kind || ''} ${latest.index ?? ''}`.trim();
    figures.longest_turn_ms = (await drawn(page)).longest_turn_ms;
    figures.latest_timer_ms = (await drawn(page)).latest_timer_ms;
    figures.stored_files_kb = await page.evaluate(() => Object.fromEntries(['history.sqlite3', 'history.sqlite3-wal'].map((name) => {
      try {
        return [name, Math.round(Module.FS.stat('/limber-storage/data/' + name).size / 1024)];
      } catch (e) {
        return [name, -1];
      }
    })));
    figures.late_events = timed.map((l) => [Math.round((l.fired_ns - l.scheduled_ns) / 1e5) / 10, l.event, l.kind || '', l.index ?? '']).sort((a, b) => b[0] - a[0]).slice(0, 4);
    if (lateness.length < 20) fail(`the trace holds ${lateness.length} session events`);
    const p = (q) => lateness[Math.min(lateness.length - 1, Math.floor(q * lateness.length))];
    figures.events = lateness.length;
    figures.lateness_p50_ms = p(0.5);
    figures.lateness_p99_ms = p(0.99);
    figures.lateness_max_ms = lateness[lateness.length - 1];
    if (p(0.99) >= 20) fail(`phase events are late: p99 ${p(0.99).toFixed(1)} ms`);
    if (lateness[0] < 0) fail(`a phase event came early: ${lateness[0].toFixed(1)} ms`);
    if (page.errors.length) fail(`timed session: console errors: ${page.errors.join(' / ')}`);
    await sleep(100);
    await until(page, (s) => !s.saving, 5000, 'the storage to be written');
    await page.close();
  }

  // The same at device pixel ratio 2, with screenshots, then the summary's diary and a reload.
  const page = await open_page(1024, 768, '?trace');
  await until(page, (s) => s.screen === 'library' && s.items.length > 0, 20000, 'the library');
  await run_session(page, true, quick);
  await sleep(300);
  await at_each_size(page, 'summary');

  // The diary: no cramps last night, tapped on the summary.
  await tap(page, (label) => label.includes('##cramps'), 'the first cramp count');
  await sleep(100);
  await until(page, (s) => !s.saving, 5000, 'the storage to be written');
  const before = await stored(page);
  if (before.completed !== 2) fail(`the history holds ${before.completed} completed sessions, not 2: ${JSON.stringify(before)}`);
  if (before.diary_days !== 1) fail(`the diary holds ${before.diary_days} days, not 1`);
  if (page.errors.length) fail(`session: console errors: ${page.errors.join(' / ')}`);

  // After a reload, both are still there.
  await page.reload({waitUntil: 'load'});
  await until(page, (s) => s.screen === 'library' && s.frames > 0, 20000, 'the library after a reload');
  const after = await stored(page);
  if (after.completed !== 2 || after.diary_days !== 1) fail(`after a reload the page holds ${JSON.stringify(after)}`);
  await tap(page, (label) => label === 'Progress' || label.startsWith('Progress##'), 'Progress');
  await until(page, (s) => s.screen === 'progress', 5000, 'progress');
  await sleep(300);
  await at_each_size(page, 'progress');
  if (page.errors.length) fail(`after the reload: console errors: ${page.errors.join(' / ')}`);

  // Import through the browser's file picker: another app's routine comes in, a hostile file is
  // refused with a reason, and the page goes on.
  const cards_before = (await drawn(page)).cards.length;
  await tap(page, (label) => label === 'Back' || label.startsWith('Back##'), 'Back');
  await until(page, (s) => s.screen === 'library', 5000, 'the library');
  const hostile = path.join(out, 'hostile.json');
  fs.writeFileSync(hostile, '{"exercises": [{"name": "' + 'x'.repeat(100000) + '", "duration": -5}');
  for (const [file, what] of [[path.resolve('tests/app/import-fixtures/jawt-shared.json'), 'a JAWT routine'], [hostile, 'a hostile file']]) {
    await tap(page, (label) => label === 'Import', 'Import');
    const importing = await until(page, (s) => s.screen === 'import' && s.items.some((i) => i.label.endsWith('##choose-file')),
      5000, 'Import');
    // A page has no folders to list and no paths to type: the browser's picker is the way in.
    if (importing.items.some((i) => i.label.endsWith('##typed') || i.label.includes('##found'))) {
      fail('Import offers the computer\'s folders or a path to type in a page');
    }
    const [chooser] = await Promise.all([page.waitForFileChooser({timeout: 5000}),
      tap(page, (label) => label.endsWith('##choose-file'), 'Choose a file')]);
    await chooser.accept([file]);
    await sleep(1500);
    check_layout(await drawn(page), `import (${what})`, page.dpr);
    await shot(page, what === 'a hostile file' ? 'import-refused' : 'import');
    await tap(page, (label) => label === 'Back' || label.startsWith('Back##'), 'Back');
  }
  const cards_after = (await until(page, (s) => s.screen === 'library', 5000, 'the library')).cards.length;
  if (cards_after !== cards_before + 1) fail(`importing a JAWT routine and a hostile file made ${cards_after - cards_before} new cards, not 1`);
  if (page.errors.length) fail(`import: console errors: ${page.errors.join(' / ')}`);

  // Export: the history and the user's routines downloaded, and taken in by the desktop build as
  // by another device. That device adds a night to its diary; its history comes back in the page.
  const downloads = path.join(out, 'downloads');
  fs.mkdirSync(downloads, {recursive: true});
  const cdp = await page.createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', {behavior: 'allow', downloadPath: downloads});
  // The keyboard's way in: I on the library opens Import.
  await page.keyboard.press('i');
  await until(page, (s) => s.screen === 'import', 5000, 'Import from the I key');
  await tap(page, (label) => label.endsWith('##export-history'), 'Export history');
  const history_file = await downloaded(downloads, /^limber-history-\d{4}-\d\d-\d\d\.sqlite3$/);
  await tap(page, (label) => label.endsWith('##export-routines'), 'Export my routines');
  const routines_file = await downloaded(downloads, /^limber-routines-\d{4}-\d\d-\d\d\.yaml$/);
  await sleep(300);
  check_layout(await drawn(page), 'import and export', page.dpr);
  await shot(page, 'export');
  const pc = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-pc-'));
  const history_in = desktop_limber(['history', 'import', history_file], path.join(pc, 'data'));
  if (!history_in.includes('Imported 2 new sessions and 1 diary night')) fail(`the desktop took the page's history as: ${history_in}`);
  const routines_in = desktop_limber(['import', routines_file], path.join(pc, 'data'));
  if (!/Imported 3 routines from Limber/.test(routines_in)) fail(`the desktop took the page's routines as: ${routines_in}`);
  for (const name of ['Quick check', 'Timing check']) {
    if (!routines_in.includes(`\u201c${name}\u201d is in your library`)) fail(`the desktop did not take ${name}: ${routines_in}`);
  }
  desktop_limber(['diary', 'add', '--date', '2026-01-02', '--cramps', '2', '--severity', '4'], path.join(pc, 'data'));
  const back = await import_file(page, path.join(pc, 'data', 'history.sqlite3'));
  if (back.errors.length || !back.report[0].startsWith('Imported 0 new sessions and 1 diary night from history.sqlite3')) {
    fail(`the page took the desktop's history as: ${JSON.stringify(back)}`);
  }
  await until(page, (s) => !s.saving, 5000, 'the storage to be written');
  const merged = await stored(page);
  if (merged.completed !== 2 || merged.diary_days !== 2) fail(`after the desktop's history the page holds ${JSON.stringify(merged)}`);
  // Hostile histories: refused, with the reason, and nothing changes.
  const garbage = path.join(out, 'garbage.sqlite3');
  fs.writeFileSync(garbage, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(8176, 0x7f)]));
  const foreign = path.join(out, 'foreign.sqlite3');
  execFileSync('python3', ['-c', 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); ' +
    'c.execute("create table sessions (uuid text, x blob)"); c.execute("insert into sessions values (?, zeroblob(1000000))", ("a",)); c.commit()',
  foreign]);
  for (const file of [garbage, foreign]) {
    const said = await import_file(page, file);
    if (said.errors.length !== 1 || !said.errors[0].startsWith(`${path.basename(file)} was not imported: `) || said.report.length) {
      fail(`a hostile history was taken as: ${JSON.stringify(said)}`);
    }
    console.log(`refused: ${said.errors[0]}`);
  }
  await shot(page, 'import-hostile-history');
  const unchanged = await stored(page);
  if (JSON.stringify(unchanged) !== JSON.stringify(merged)) fail(`hostile histories changed the page's: ${JSON.stringify(unchanged)}`);
  await page.keyboard.press('Escape');
  await until(page, (s) => s.screen === 'library', 5000, 'the library from Escape');

  // The editor, by the mouse: the quick routine's Edit, clicked.
  {
    const index = (await drawn(page)).cards.indexOf(quick.name);
    await click(page, (label) => label === `Edit##${index}`, `Edit of ${quick.name}`);
    await until(page, (s) => s.screen === 'editor', 5000, 'the editor');
    await sleep(300);
    await at_each_size(page, 'editor');
    await page.keyboard.press('Escape');
    await until(page, (s) => s.screen === 'library', 5000, 'the library from the editor');
  }

  // Settings in German: the library speaks it; then English again.
  await tap(page, (label) => label === 'Settings' || label.startsWith('Settings##'), 'Settings');
  await until(page, (s) => s.screen === 'settings', 5000, 'Settings');
  await sleep(300);
  await at_each_size(page, 'settings');

  // The device's keyboard, in the field for things the user tried: a tap focuses the hidden input;
  // letters, an accent composed (an IME's or a dead key's composition), Backspace as a key and as a
  // tablet keyboard's edit, the arrows and Enter reach the field; then it is added and kept.
  {
    await tap(page, (label) => label === '##new-tried', 'the field for your own things tried');
    const focused = await page.evaluate(() => document.activeElement && document.activeElement.id);
    if (focused !== 'keyboard') fail(`a tap on a text field focused ${focused}, not the page's keyboard input`);
    const ime = await page.createCDPSession();
    const compose = async (mark, letter) => {
      await ime.send('Input.imeSetComposition', {text: mark, selectionStart: 1, selectionEnd: 1});
      await sleep(50);
      await ime.send('Input.insertText', {text: letter});
      await sleep(100);
    };
    await page.keyboard.type('Warm bath & caf', {delay: 20});  // no comma: the list refuses them
    await compose('\u00b4', '\u00e9');  // ´ then é
    await page.keyboard.press('Backspace');
    await sleep(100);
    await compose('\u00b4', '\u00e9');
    await page.keyboard.sendCharacter('x');  // as an emoji or a handwriting keyboard inserts
    await sleep(100);
    // A tablet keyboard's Backspace, which comes as an edit of the input and no key code.
    await page.evaluate(() => document.getElementById('keyboard').dispatchEvent(new InputEvent('input', {inputType: 'deleteContentBackward'})));
    await sleep(150);
    for (let i = 0; i < 6; ++i) await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('tub ', {delay: 20});
    // Each key goes down in one frame and up in the next, in order with the text.
    const wanted = 'Warm bath tub & caf\u00e9';
    const typed = await until(page, (s) => s.typing === wanted, 5000, 'the text typed').catch(async () => drawn(page));
    if (typed.typing !== wanted) fail(`the field holds "${typed.typing}", not "${wanted}"`);
    await shot(page, 'settings-typing');
    await page.keyboard.press('Enter');
    await sleep(200);
    const after_enter = await page.evaluate(() => document.activeElement && document.activeElement.id);
    if (after_enter === 'keyboard') fail('Enter left the device keyboard open');
    await tap(page, (label) => label.endsWith('##tried'), 'Add (a thing tried)');
    await until(page, (s) => !s.saving, 5000, 'the storage to be written');
    const kept = await page.evaluate(() => {
      const found = [];
      const walk = (folder) => {
        for (const name of Module.FS.readdir(folder)) {
          if (name === '.' || name === '..') continue;
          const file = folder + '/' + name;
          if (Module.FS.isDir(Module.FS.stat(file).mode)) walk(file);
          else if (Module.FS.readFile(file, {encoding: 'utf8'}).includes('Warm bath tub & caf\u00e9')) found.push(file);
        }
      };
      walk('/limber-storage/config');
      return found;
    });
    if (kept.length === 0) {
      const now = await drawn(page);
      fail(`the thing typed was not kept in the settings; the screen shows ${now.items.filter((i) => i.label.includes('tried')).map((i) => `${i.label}@${Math.round(i.y)}`).join(' ')}, typing "${now.typing}"`);
    }
  }

  // Add to calendar: a suggested reminder, kept in the page, downloaded as an .ics file that a
  // calendar reads as an event at 22:00 every day with an alarm and a link back here.
  {
    await tap(page, (label) => label === 'Add##suggested1', 'Add (the bedtime reminder)');
    await shot(page, 'settings-reminder-added');
    await tap(page, (label) => label.endsWith('##calendar'), 'Add to calendar');
    const ics = await downloaded(path.join(out, 'downloads'), /^limber-reminders\.ics$/);
    await sleep(300);
    await shot(page, 'settings-calendar');
    const script = [
      'import icalendar, sys',
      'calendar = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())',
      'for event in calendar.walk("VEVENT"):',
      '    alarm = event.walk("VALARM")[0]',
      '    print(event.decoded("DTSTART").strftime("%H:%M"), event["RRULE"]["FREQ"][0], alarm["ACTION"], alarm.decoded("TRIGGER"), event["URL"])',
    ].join('\n');
    try {
      const events = execFileSync('/usr/bin/python3', ['-c', script, ics], {encoding: 'utf8'}).trim().split('\n');
      if (events.length !== 1 || events[0] !== `22:00 DAILY DISPLAY 0:00:00 ${url}`) fail(`the calendar file holds ${JSON.stringify(events)}`);
    } catch (error) {
      fail(`python3-icalendar cannot read the calendar file: ${error.stderr || error.message}`);
    }
  }
  await tap(page, (label) => label.includes('##language') && label.includes('Deutsch'), 'Deutsch');
  await until(page, (s) => s.items.some((i) => i.label === 'Zurück' || i.label.startsWith('Zurück##')), 5000, 'Settings in German');
  await tap(page, (label) => label === 'Zurück' || label.startsWith('Zurück##'), 'Zurück');
  await until(page, (s) => s.screen === 'library', 5000, 'the library in German');
  await sleep(300);
  const german = await drawn(page);
  if (!german.cards.includes('Wadendehnung am Morgen')) fail(`the library in German shows ${german.cards.join(', ')}`);
  check_layout(german, 'library in German', page.dpr);
  await shot(page, 'library-de');
  await tap(page, (label) => label === 'Einstellungen' || label.startsWith('Einstellungen##'), 'Einstellungen');
  // A screen's first frame places its controls before its list's scroll is restored: the second's.
  await until(page, (s) => s.screen === 'settings', 5000, 'Einstellungen');
  await sleep(300);
  await tap(page, (label) => label.includes('##language') && label.includes('English'), 'English');
  await until(page, (s) => s.items.some((i) => i.label === 'Back' || i.label.startsWith('Back##')), 5000, 'Settings in English');
  await tap(page, (label) => label === 'Back' || label.startsWith('Back##'), 'Back');
  await until(page, (s) => s.screen === 'library' && s.cards.includes('Morning calf stretch'), 5000, 'the library in English');
  await sleep(300);  // the library's controls as its next frame draws them, in English

  // Full screen, as the library's button asks the browser for it, and back.
  await tap(page, (label) => label.startsWith('Full screen: off'), 'Full screen: off');
  await until(page, (s) => s.items.some((i) => i.label.startsWith('Full screen: on')), 5000, 'Full screen: on');
  if (!(await page.evaluate(() => document.fullscreenElement !== null))) fail('Full screen: on, but the page is not full screen');
  await tap(page, (label) => label.startsWith('Full screen: on'), 'Full screen: on');
  await until(page, (s) => s.items.some((i) => i.label.startsWith('Full screen: off')), 5000, 'Full screen: off');
  await sleep(300);
  if (await page.evaluate(() => document.fullscreenElement !== null)) fail('Full screen: off, but the page is still full screen');

  // Cramp now: the night theme, at each size.
  await tap(page, (label) => label.startsWith('Cramp now'), 'Cramp now');
  await until(page, (s) => s.screen === 'rescue', 5000, 'Cramp now');
  await sleep(300);
  await at_each_size(page, 'cramp-now');
  const rescue_lock = await page.evaluate(() => Module.limberWakeLock || {});
  if (!rescue_lock.held) fail(`Cramp now does not keep the screen awake: ${JSON.stringify(rescue_lock)}`);
  if (page.errors.length) fail(`export and the other screens: console errors: ${page.errors.join(' / ')}`);
  await page.close();

  // A next version of the page, published while a session runs: it waits and the session goes on
  // in this version, on an awake screen, and is let go of after; the next start runs the next one.
  {
    const running = await open_page(1024, 768, '', 1);
    const library = await until(running, (s) => s.screen === 'library' && s.cards.includes(quick.name), 20000, 'the library');
    await running.evaluate(() => { window.limberPageMark = 'this version'; });
    await tap(running, (label) => label === `Start##${library.cards.indexOf(quick.name)}`, 'Start');
    await until(running, (s) => s.screen === 'session', 5000, 'the session');
    site.next = true;
    await running.evaluate(() => Module.limberOffline.registration.update());
    await running.waitForFunction(() => Module.limberOffline.registration.waiting !== null, {timeout: 30000});
    const lock = await running.evaluate(() => Module.limberWakeLock || {});
    if (!lock.held) fail(`the session does not keep the screen awake: ${JSON.stringify(lock)}`);
    figures.wake_lock = lock.held ? 'held during the session' : lock.refused;
    await until(running, (s) => s.screen === 'summary', 60000, 'the summary of a session run while a next version came');
    const same = await running.evaluate(() => window.limberPageMark === 'this version' && !document.documentElement.outerHTML.includes('limber-next'));
    if (!same) fail('the page changed version during the session');
    await sleep(300);
    if ((await running.evaluate(() => Module.limberWakeLock.held))) fail('the screen is still kept awake after the session');
    await until(running, (s) => !s.saving, 5000, 'the storage to be written');
    await running.close();
    const next = await open_page(1024, 768, '', 1);
    await until(next, (s) => s.screen === 'library' && s.frames > 0, 20000, 'the library of the next version');
    const version = await next.evaluate(async () => ({page: document.documentElement.outerHTML.includes('limber-next'), caches: await caches.keys()}));
    if (!version.page || !version.caches.some((key) => key.endsWith('-next'))) fail(`the next start runs ${JSON.stringify(version)}`);
    if (next.errors.length) fail(`the next version: console errors: ${next.errors.join(' / ')}`);
    await next.close();
  }
} catch (error) {
  fail(error.stack || String(error));
}
await browser.close();

// A browser restart (the same profile, a new browser): the history is still there.
try {
  browser = await launch();
  const page = await open_page(1024, 768);
  await until(page, (s) => s.screen === 'library' && s.frames > 0, 20000, 'the library after a restart');
  // Three sessions (the last while a next version came); the night tapped on the summary and the
  // one the desktop's history brought.
  const kept = await stored(page);
  if (kept.completed !== 3 || kept.diary_days !== 2) fail(`after a browser restart the page holds ${JSON.stringify(kept)}`);
  if (page.errors.length) fail(`after a restart: console errors: ${page.errors.join(' / ')}`);
} catch (error) {
  fail(error.stack || String(error));
}
await browser.close();

await stop_site();
fs.writeFileSync(path.join(out, 'figures.json'), JSON.stringify(figures, null, 2) + '\n');
console.log('figures: ' + JSON.stringify(figures));
if (failures.length) {
  console.log(`web-test: ${failures.length} failure(s)`);
  process.exit(1);
}
console.log('web-test: all passed');
