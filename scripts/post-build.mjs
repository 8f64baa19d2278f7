// Trunk post-build hook, on the staged dist/ before it is published.
// 0. In release builds, shortens the names wasm-bindgen's JavaScript and the WebAssembly call
//    each other by (short-names.mjs), minifies that JavaScript (terser; Trunk's own minifier
//    fails on it), and names both files from their final bytes.
// 1. Trunk starts the app with an inline module script, which a strict CSP (script-src 'self')
//    refuses. This moves it into a file of its own and adds the lock-down: once the WebAssembly
//    has loaded, a second CSP forbids every connection, so after load the app cannot reach the
//    network at all, not even its own server. If the app cannot start, the page says so instead
//    of staying blank, and reloads once from the network.
// 2. In release builds, minifies the style sheets (csso), joined into one file: 3 KB gzip less
//    to load. Integrity hashes in index.html are recomputed for what changed.
//    2c. In release builds, draws the start page of a first visit into index.html with the app's
//    own renderer (the prerender binary), with the head's script that decides whether it shows;
//    and takes out the preload of the WebAssembly, which the start script fetches after the
//    first paint.
//    2d. In release builds, draws the first question page too, into a module of its own that the
//    start script asks for: shown where "start" is pressed before the app has started, and
//    handed over to the app, with what was answered on it, once the app has drawn it.
// 3. In release builds, minifies the partners' loader, embed.js (copied by Trunk; its name stays
//    stable, since partner pages link to it).
// 4. In release builds, writes the service worker (sw.js) that keeps exactly this release's files,
//    so the self-check opens with no network after one visit, each with its SHA-256, so that it
//    never serves a damaged copy; the start script registers it.
import { readFileSync, writeFileSync, unlinkSync, readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { minify as minifyJs } from 'terser';
import { minify as minifyCss } from 'csso';
import { shortenBindingNames } from './short-names.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run through trunk)');
  process.exit(1);
}
const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');

const fail = (message) => {
  console.error(`post-build: ${message}; did Trunk change its output?`);
  process.exit(1);
};
// The name every release's cache begins with (the worker deletes the others' as it takes over;
// the start script deletes them all before its one reload), and the start script's mark of that
// reload. Said here once, and given to the worker's template.
const CACHE_PREFIX = 'xicheng-self-check-';
const RETRIED_KEY = `${CACHE_PREFIX}retried`;
const sri = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;
// The files Trunk wrote, named from the build's own output folder rather than read out of
// index.html: each is then found in the html by its exact address, and a name the html does not
// hold fails the build.
const staged = readdirSync(dir);
const onlyOne = (what, names) => {
  if (names.length !== 1) fail(`${names.length} ${what} in the build (${names.join(', ')})`);
  return names[0];
};
// wasm-bindgen's JavaScript and the WebAssembly it loads share a name: "<crate>-<hash>".
let glueBase = onlyOne('WebAssembly files', staged.filter((name) => name.endsWith('_bg.wasm'))).slice(0, -'_bg.wasm'.length);
if (!staged.includes(`${glueBase}.js`)) fail(`no ${glueBase}.js beside its WebAssembly`);
const shortHash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);

// The app's own drawing of a first visit's start page and first question page (the prerender
// binary: the same Preview and first states as the render tests), the second's address, and the
// key under which the app saves work (storage.rs): all from the app's build (2c and 2d below).
const drawnPages = () => {
  const root = process.env.TRUNK_SOURCE_DIR || process.cwd();
  const pages = JSON.parse(execFileSync(
    'cargo',
    ['run', '--quiet', '-p', 'xicheng-data-awards-app', '--features', 'prerender', '--bin', 'prerender'],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  ));
  for (const page of [pages.page, pages.first_question]) {
    if (!page?.startsWith('<div class="app"')) fail('the prerender binary drew no app');
  }
  if (!pages.storage_key) fail('the prerender binary named no storage key');
  if (!pages.first_question_address?.startsWith('#/')) fail('the prerender binary named no first question address');
  return pages;
};
const prerendered = process.env.TRUNK_PROFILE === 'release' ? drawnPages() : null;

// 0. In release builds, wasm-bindgen's JavaScript and the WebAssembly: the names they call each
// other by made short on both sides (short-names.mjs), the JavaScript minified, and both files
// named anew from their final bytes. Trunk names them from wasm-bindgen's output, before this
// step: a change here alone would ship new bytes under the old names, which browsers keep for a
// year ("immutable"), and a returning visitor's kept glue would fail the page's integrity check.
if (process.env.TRUNK_PROFILE === 'release') {
  const oldBase = glueBase;
  // Trunk's integrity of the JavaScript (its modulepreload link's), as the file's own hash.
  const oldIntegrity = sri(readFileSync(join(dir, `${oldBase}.js`)));
  if (!html.includes(`href="./${oldBase}.js"`) || !html.includes(oldIntegrity)) fail(`no link of ${oldBase}.js with its integrity`);
  const short = shortenBindingNames(
    readFileSync(join(dir, `${oldBase}_bg.wasm`)),
    readFileSync(join(dir, `${oldBase}.js`), 'utf8'),
  );
  const minified = await minifyJs(short.glue, { module: true, compress: true, mangle: true });
  if (!minified.code) fail(`terser returned nothing for ${oldBase}.js`);
  // Trunk's hash is a 64-bit number in hex without leading zeros: up to 16 digits, one build in
  // sixteen fewer.
  const trunkHash = /-[0-9a-f]{1,16}$/;
  const base = `${oldBase.replace(trunkHash, '')}-${shortHash(minified.code + shortHash(short.wasm))}`;
  if (base === oldBase || !trunkHash.test(oldBase)) fail(`unexpected name ${oldBase}`);
  writeFileSync(join(dir, `${base}_bg.wasm`), short.wasm);
  writeFileSync(join(dir, `${base}.js`), minified.code);
  unlinkSync(join(dir, `${oldBase}_bg.wasm`));
  unlinkSync(join(dir, `${oldBase}.js`));
  html = html.replace(oldIntegrity, sri(minified.code)).replaceAll(`./${oldBase}`, `./${base}`);
  if (html.includes(oldBase)) fail(`${oldBase} is still named in index.html`);
  glueBase = base;
  console.log(`post-build: ${short.renamed} names between ${base}.js and its WebAssembly made short, the JavaScript minified`);
}

// 1. The loader, out of line, with the lock-down.
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const found = html.match(inline);
if (!found) fail('no inline module script in index.html');
const lockDown = `
// From here on the page may connect nowhere (the wasm is loaded): CSPs combine, strictest wins.
const lock = document.createElement('meta');
lock.httpEquiv = 'Content-Security-Policy';
lock.content = "connect-src 'none'";
document.head.append(lock);

`;
// Offline after one visit: the service worker keeps this release's files. Once it holds every
// file this page loaded, the page itself ("./") included, intact, the page says so (the line is in the app's footer, shown by the style
// sheet). Registered before the app starts, so that the worker's script is fetched while the page
// loads, never after. Where there is no worker (a development build, file://), nothing changes.
const register = `
if ('serviceWorker' in navigator) {
  const files = [...document.querySelectorAll('link[href], script[src]')]
    .map((e) => e.getAttribute('href') || e.getAttribute('src'))
    .filter((path) => path.startsWith('./'))
    .filter((path) => path !== WASM_PATH)
    .concat(WASM_PATH, './');
  navigator.serviceWorker.register('./sw.js', { scope: './' })
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      const ask = () => {
        const channel = new MessageChannel();
        channel.port1.onmessage = ({ data }) => {
          document.documentElement.dataset.offline = data === 'complete' ? 'ready' : data;
        };
        registration.active && registration.active.postMessage({ holds: files }, [channel.port2]);
      };
      ask();
      navigator.serviceWorker.addEventListener('controllerchange', ask);
    })
    .catch(() => {});
}
`;
// If the app cannot start (wasm-bindgen's JavaScript or the WebAssembly missing or damaged, say a
// copy the worker refused with no network to fetch it again from), a blank page would say
// nothing. The page says so; online, it deletes the copies kept and reloads once from the
// network (sessionStorage remembers the reload, so it never loops; a start clears it). Offline
// it keeps them: a reload would find no page at all. Hence Trunk's static import becomes a
// dynamic one, whose failure can be caught. Plain text, no inline style (the CSP allows none).
const startup = /^import init, \* as bindings from '([^']+)';$/m;
const inlineScript = found[1].trim();
const imported = inlineScript.match(startup);
if (imported?.[1] !== `./${glueBase}.js`) fail(`no "import init, * as bindings" of ./${glueBase}.js in the inline module script`);
// The WebAssembly the page loads.
const wasmPath = `./${glueBase}_bg.wasm`;
if (!inlineScript.includes(`module_or_path: '${wasmPath}'`)) fail(`the inline module script does not load ${wasmPath}`);
// A first visit's drawn start page (2c below) paints first: the app's start (wasm-bindgen's
// module to evaluate, the WebAssembly to instantiate, the first render) waits until the frame
// after it has been painted and the browser is idle (at most 100 ms more), so that none of that
// work comes before the first paint or a first tap. Measured at 4× CPU: first paint 340 ms with
// the wait, 420 ms without; static HTML alone, 290 ms. (Safari has no requestIdleCallback: a
// task.) The WebAssembly's download (preloaded at low priority, 2c) and its compile do not wait:
// begun at once, they run beside the paint (the compile off the main thread, as it streams in), so that
// a press the moment the page shows waits for less (issue 31; docs/performance.md). Where the
// compile fails (no compileStreaming, a server that does not say application/wasm), wasm-bindgen
// fetches the file itself as before.
// A press on a drawn page's language switch before the app has started is counted, and given
// to the app's own switch once the app has drawn its page (two presses cancel out).
// The first question page, drawn too (2d below), comes as a module of its own, asked for in the
// frame of the first paint, so that it arrives and runs just after that paint (its parse and
// drawing must not delay it); the app's start waits for it (at most half a second), so that it
// has run before that long task: it is not part of the first load, and only a press on "start"
// before the app has started shows it.
const firstPaintFirst = `const compiled = WebAssembly.compileStreaming
  ? WebAssembly.compileStreaming(fetch('${wasmPath}', { priority: 'low' })).catch(() => null)
  : null;
let languagePresses = 0;
addEventListener('click', (event) => { if (event.target.closest?.('[data-prerendered] [data-testid=lang-switch]')) languagePresses += 1; });
let handOver = () => {};
let settled = () => {};
let firstRun = null; // the first question page's module, once run (or failed)
if (document.documentElement.dataset.start === 'drawn') {
  await new Promise((painted) => requestAnimationFrame(() => {
    FIRST_QUESTION
    (window.requestIdleCallback ? requestIdleCallback(painted, { timeout: 100 }) : setTimeout(painted, 0));
  }));
}
`;
// The results' folds (<details class="fold">) print open: the print style sheet shows a closed
// fold's content where the browser knows ::details-content; where it does not (Firefox before
// 143), they are opened before printing and closed again after.
const printFolds = `if (!CSS.supports('selector(::details-content)')) {
  addEventListener('beforeprint', () => document.querySelectorAll('details.fold:not([open])').forEach((fold) => { fold.open = true; fold.dataset.printOpened = ''; }));
  addEventListener('afterprint', () => document.querySelectorAll('details[data-print-opened]').forEach((fold) => { fold.open = false; delete fold.dataset.printOpened; }));
}
`;
const trunkStart = inlineScript.replace(startup, '').trim();
if (!trunkStart.includes(`module_or_path: '${wasmPath}'`)) fail('no module_or_path of the wasm to give the compiled module');
// 2d. In release builds, the first question page, drawn by the app's own renderer like the start
// page (2c), in a module of its own (3.0 KB gzip, not in the first load). On a first visit
// (data-start="drawn") a press on "start" before the app has started shows it as soon as the
// module has run, rather than when the app has (on slow 4G about 0.6 s sooner;
// docs/performance.md); its boxes, ticks and choices work as plain HTML meanwhile. The module's
// own comments say how nothing typed or pressed there is lost when the app takes over. Where the
// module cannot be had, the press waits as before.
let firstQuestion = '';
if (prerendered) {
  const page = prerendered.first_question.replace('<div class="app"', '<div class="app" id="drawn-first" data-prerendered hidden');
  const module = `const root = document.documentElement;
const start = document.getElementById('drawn');
let first = null;
let focused = null;
let caret = null;
let composing = null;
let pressing = null;
let continued = false;
if (start && !root.dataset.app) {
  start.insertAdjacentHTML('afterend', ${JSON.stringify(page)});
  first = start.nextElementSibling;
  // The page of the address, as the app would show it: the first question page at its address,
  // the start page at any other. Going back forgets a "continue" pressed there.
  const follow = () => {
    if (root.dataset.app === 'started') return;
    const asked = location.hash === ${JSON.stringify(prerendered.first_question_address)};
    if (asked !== first.hidden) return;
    start.hidden = asked;
    first.hidden = !asked;
    if (!asked) continued = false;
    (asked ? first : start).querySelector('h1').focus();
  };
  addEventListener('hashchange', follow);
  follow();
  // Each page's skip link goes to its own heading, as the app's do: the hidden page holds the
  // same ids, and "#main" in the address would take the app to its start page.
  for (const page of [start, first]) {
    page.querySelector('.skip-link')?.addEventListener('click', (event) => {
      event.preventDefault();
      page.querySelector('h1').focus();
    });
  }
  first.querySelector('.back-link')?.addEventListener('click', () => history.back());
  first.querySelector('[data-testid=continue]')?.addEventListener('click', () => { continued = true; });
  // Where the focus and the caret are, noted as they change: Yew empties the body as the app
  // mounts, and a box taken out of the page forgets its caret.
  const note = ({ target }) => {
    if (!start.contains(target) && !first?.contains(target)) return;
    focused = target;
    caret = target.type === 'text' ? [target.selectionStart, target.selectionEnd, target.selectionDirection] : null;
  };
  for (const type of ['focusin', 'input', 'keyup', 'mouseup', 'select']) addEventListener(type, note, true);
  first.addEventListener('compositionstart', () => {
    composing = new Promise((ended) => first.addEventListener('compositionend', () => { composing = null; ended(); }, { once: true }));
  });
  // A tap under way (it may be the one that ends a composition): the app starts once its click
  // has been handled, so that the app's page never takes the place of what was pressed. On a
  // touch screen the click comes after the finger is lifted; a press that makes none (a drag)
  // stops waiting half a second after.
  addEventListener('pointerdown', () => {
    pressing ||= new Promise((done) => {
      let timer;
      const lifted = () => { timer = setTimeout(end, 500); };
      const end = () => {
        clearTimeout(timer);
        removeEventListener('pointerup', lifted, true);
        removeEventListener('click', end, true);
        removeEventListener('pointercancel', end, true);
        setTimeout(() => { pressing = null; done(); });
      };
      addEventListener('pointerup', lifted, true);
      addEventListener('click', end, true);
      addEventListener('pointercancel', end, true);
    });
  }, true);
}
// Called as the app is about to start: resolves once no word is being typed with an input
// method and no tap is under way, and once the first question page, where a press on "start"
// has just shown it, has been painted: the app's start is one long task, and the page would
// otherwise show only after it. A focus the user has left (a tap on the page's background) is
// not given back.
export async function settled() {
  while (composing || pressing) await (composing || pressing);
  if (first && !first.hidden) await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
  if (!start.contains(document.activeElement) && !first?.contains(document.activeElement)) focused = null;
}
// Called once the app has drawn its first page, in the same task (nothing typed can fall
// between): what was answered on the drawn page goes to the app's boxes by their ids, now or,
// where the user went back to the start page first, when the app first shows that page. The
// focus and caret go to the same place of the same page (the app draws it exactly as drawn
// here, as the app starts at this page's address), and a "continue" pressed is pressed again
// once the app has taken the answers in.
export function handOver(app) {
  const drawn = first;
  first = null;
  if (!drawn || !app) return;
  const heading = (page) => page.querySelector('h1')?.textContent;
  // The app's box for a drawn one: the same id.
  const ownOf = (box) => app.querySelector('#' + CSS.escape(box.id));
  const given = [...drawn.querySelectorAll('input')].filter((box) => (box.type === 'text' ? box.value : box.checked));
  const take = () => given.forEach((box) => {
    const own = ownOf(box);
    if (!own) return;
    if (box.type !== 'text') {
      if (!own.checked) own.click();
    } else {
      own.value = box.value;
      own.dispatchEvent(new Event('input', { bubbles: true }));
    }
  });
  // The page in use and the app's first are the same page (the app draws it exactly as drawn
  // here): the focus and caret go to the same place in it.
  const shown = drawn.hidden ? start : drawn;
  const samePage = heading(app) === heading(shown);
  const place = [...shown.querySelectorAll('*')].indexOf(focused);
  const target = place >= 0 && samePage ? app.querySelectorAll('*')[place] : null;
  // The app opened on the drawn question page in use: its answers and a "continue" go over now.
  const onIt = shown === drawn && samePage;
  if (onIt) {
    take();
  } else if (given.length) {
    // The app is elsewhere (the user went back to the start page, or a file chosen there is
    // read): the answers wait for the app's first question page, and go to it only if it has
    // none of its own (a file imported meanwhile has the last word).
    const untouched = () => [...drawn.querySelectorAll('input')].every((box) => {
      const own = ownOf(box);
      return own && (own.type === 'text' ? own.value === '' : !own.checked);
    });
    const watch = new MutationObserver(() => {
      if (!ownOf(given[0])) return;
      watch.disconnect();
      if (untouched()) take();
    });
    watch.observe(app, { childList: true, subtree: true });
  }
  const focus = () => {
    target?.focus();
    if (caret && target?.type === 'text') target.setSelectionRange(...caret);
  };
  focus();
  setTimeout(() => {
    if (document.activeElement === document.body) focus();
    if (continued && onIt) app.querySelector('[data-testid=continue]')?.click();
  });
}
`;
  const minified = await minifyJs(module, { module: true, ecma: 2020, compress: true, mangle: true });
  if (!minified.code) fail('terser returned nothing for the first question page');
  const name = `first-${shortHash(minified.code)}.js`;
  writeFileSync(join(dir, name), minified.code);
  firstQuestion = `firstRun = import('./${name}').then((drawnFirst) => { handOver = drawnFirst.handOver; settled = drawnFirst.settled; }, () => {});`;
  console.log(`post-build: first question page drawn into ${name} (${prerendered.first_question.length} characters)`);
}
let script = `${firstPaintFirst.replace('FIRST_QUESTION', firstQuestion)}${register.replaceAll('WASM_PATH', `'${wasmPath}'`)}${printFolds}
const retried = ${JSON.stringify(RETRIED_KEY)};
try {
  const bindings = await import('./${glueBase}.js');
  const init = bindings.default;
  // The start page drawn into the html (2c below). Hidden where the app will not start on it,
  // it goes at once; shown, it stays until the app has drawn its own, and a file chosen in its
  // import box or a press on its language switch before then goes to the app's.
  let drawn = document.getElementById('drawn');
  if (drawn && document.documentElement.dataset.start !== 'drawn') {
    drawn.remove();
    drawn = null;
  }
  // The first question page's module runs before the app's start (a long task), or an early
  // press would wait for that start after all; it is asked for at the first paint and, on
  // loopback, here in a few ms. Never more than half a second: a stalled fetch does not hold
  // the app.
  await Promise.race([firstRun, new Promise((later) => setTimeout(later, 500))]);
  // A file chosen on the drawn page is imported, even when "start" was pressed after it: the app
  // then starts on its start page, where the file is read, rather than on an empty first question.
  // (Looked at once the WebAssembly is here, the last moment before the app reads the address.)
  const compiledOrPath = (await compiled) || '${wasmPath}';
  const drawnFile = drawn?.querySelector('input[type=file]');
  if (drawnFile?.files?.length && location.hash) history.replaceState(history.state, '', location.pathname + location.search);
  await settled();
  ${trunkStart.replace(`module_or_path: '${wasmPath}'`, 'module_or_path: compiledOrPath')}
  if (drawn) {
    // The app's first render is queued as a microtask of its start: wait for it without
    // yielding, so that the hand-over comes in the task in which the app draws its page. (Yew
    // empties the body as it mounts: the drawn pages are gone by then, never painted beside it.)
    const drawnByApp = () => document.querySelector('body > .app:not([data-prerendered])');
    for (let tick = 0; tick < 1000 && !drawnByApp(); tick += 1) await Promise.resolve();
    handOver(drawnByApp());
    // The file goes to the app's import box, now or, where the drawn page's file dialog is still
    // open, when it is answered (the removed box still hears it).
    const give = (files) => {
      const box = document.getElementById('import-file');
      if (files && files.length && box) {
        box.files = files;
        box.dispatchEvent(new Event('change', { bubbles: true }));
      }
    };
    give(drawnFile?.files);
    drawnFile?.addEventListener('change', () => give(drawnFile.files));
    if (languagePresses % 2) document.querySelector('[data-testid=lang-switch]')?.click();
  }
  document.documentElement.dataset.app = 'started';
  try { sessionStorage.removeItem(retried); } catch {}
  ${lockDown}
} catch {
  // Whether the server answers at all (a HEAD goes past the worker): no answer is no network;
  // an answer after the one reload is the server's failure, not the user's connection.
  let online, retry;
  try {
    online = await fetch('./', { method: 'HEAD', cache: 'no-store' }).then(() => 1, () => 0);
    retry = online && !sessionStorage.getItem(retried);
    if (retry) sessionStorage.setItem(retried, 1);
  } catch {}
  // The start page drawn into the html stays, its controls hidden by the style sheet, and the
  // html's own message shows (5 below): offline, its words stand ("check the network connection").
  document.documentElement.dataset.app = 'failed';
  const alert = document.querySelector('.start-failed');
  if (alert && retry) alert.textContent = '本自评工具未能启动：正在从网络重新载入。The self-check could not start: reloading it from the network.';
  else if (alert && online) alert.textContent = '本自评工具未能启动：服务器未能提供本工具的文件，请稍后刷新。The self-check could not start: its server could not deliver its files; reload later.';
  if (retry) {
    try {
      for (const name of await caches.keys()) if (name.startsWith(${JSON.stringify(CACHE_PREFIX)})) await caches.delete(name);
    } catch {}
    location.reload();
  }
}
`;
if (process.env.TRUNK_PROFILE === 'release') {
  const minified = await minifyJs(script, { module: true, ecma: 2020, compress: true, mangle: true });
  if (!minified.code) fail('terser returned nothing for the start script');
  script = minified.code;
}
const loaderName = `start-${shortHash(script)}.js`;
writeFileSync(join(dir, loaderName), script);
html = html.replace(inline, `<script type="module" src="./${loaderName}"></script>`);
console.log(`post-build: loader moved to ${loaderName}`);

if (process.env.TRUNK_PROFILE === 'release') {
  // 2b. The style sheets, in their order, minified into one (restructuring off: the cascade
  // stays exactly as written).
  // The sheets Trunk wrote, in the order the html links them (the cascade's), each link found
  // as Trunk writes it, with the file's own integrity.
  const sheets = staged
    .filter((name) => name.endsWith('.css'))
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const tag = `<link rel="stylesheet" href="./${file}" integrity="${sri(text)}"/>\n`;
      if (!html.includes(tag)) fail(`no link of ${file} with its integrity`);
      return { file, text, tag, at: html.indexOf(tag) };
    })
    .sort((a, b) => a.at - b.at);
  if (sheets.length === 0) fail('no style sheets');
  const css = sheets.map(({ text }) => minifyCss(text, { restructure: false }).css).join('\n');
  const cssName = `style-${shortHash(css)}.css`;
  writeFileSync(join(dir, cssName), css);
  sheets.forEach(({ file }) => unlinkSync(join(dir, file)));
  const link = `<link rel="stylesheet" href="./${cssName}" integrity="${sri(css)}"/>\n`;
  sheets.forEach(({ tag }, i) => {
    html = html.replace(tag, i === 0 ? link : '');
  });
  console.log(`post-build: ${sheets.length} style sheets minified, sheets joined in ${cssName}`);

  // 2c. The start page, drawn into the html at build time by the app's own renderer (the
  // prerender binary: the same Preview and first state as the render tests), so that text and
  // controls paint before any script arrives. A blocking inline script of a few bytes (allowed
  // by its hash in the CSP, never by 'unsafe-inline') tells, before the body is painted, whether
  // the app will start on this page: only for a first visit with nothing in the address and
  // nothing saved. Otherwise (another language, a share link, saved work, demo mode, an
  // embedding) the drawn page is hidden until the app draws its own, so it never flashes the
  // wrong page. Without scripts, or if the app cannot start, the drawn page stays and its
  // controls, which need the app, are hidden by the style sheet (components.css, "Drawn").
  // It also marks the page failed (the message below shows) where the start script that would
  // say so cannot: it cannot be loaded (missing, or a damaged copy the worker refuses with no
  // network to fetch it from), it fails as it is read, or the app has not started within 20 s.
  // And it sets the page's language from the address, so that "opening" is said in it.
  const chooser = `(()=>{const r=document.documentElement,f=()=>r.dataset.app||(r.dataset.app='failed');addEventListener('error',e=>{(e.target.tagName==='SCRIPT'||/start-/.test(e.filename))&&f()},!0);setTimeout(f,2e4);/[?&]lang=en/.test(location.search)&&(r.lang='en');let now=!location.search&&(!location.hash||location.hash==='#/');try{now=now&&!localStorage.getItem(${JSON.stringify(prerendered.storage_key)})}catch{now=!1}r.dataset.start=now?'drawn':'later'})()`;
  const cspHash = `'sha256-${createHash('sha256').update(chooser).digest('base64')}'`;
  const csp = "script-src 'self' 'wasm-unsafe-eval'";
  if (!html.includes(csp)) fail('no script-src in the CSP');
  html = html.replace(csp, `${csp} ${cspHash}`);
  html = html.replace('<meta name="referrer"', `<script>${chooser}</script>\n  <meta name="referrer"`);
  const body = /<body>\n(\s*<noscript>[\s\S]*?<\/noscript>\n)/;
  if (!body.test(html)) fail('no <body> with a <noscript> first');
  html = html.replace(body, (all) => `${all}  ${prerendered.page.replace('<div class="app"', '<div class="app" id="drawn" data-prerendered')}\n`);
  console.log(`post-build: start page drawn into index.html (${prerendered.page.length} characters)`);
  // The WebAssembly's preload, at low priority and without Trunk's integrity (so that the start
  // script's plain fetch takes it up): its download begins as the head is read, beside the page
  // and its style sheet, which go first. Before 2026-12-05 there was none, and the download began
  // only when the start script ran; Lighthouse, mobile, had scored Trunk's preload (high
  // priority) LCP 2.3 s and performance 99, against 0.9 s and 100 without.
  const preloadAt = html.indexOf(`<link rel="preload" href="${wasmPath}"`);
  const preloadEnd = html.indexOf('>', preloadAt) + 1;
  if (preloadAt < 0 || preloadEnd === 0) fail(`no preload link of ${wasmPath}`);
  const preload = `<link rel="preload" href="${wasmPath}" as="fetch" type="application/wasm" crossorigin fetchpriority="low">`;
  html = html.slice(0, preloadAt) + preload + html.slice(preloadEnd);

  // 3. The partners' loader.
  const embedPath = join(dir, 'embed.js');
  const embed = await minifyJs(readFileSync(embedPath, 'utf8'), { ecma: 2020, compress: { passes: 2 }, mangle: true });
  if (!embed.code) fail('terser returned nothing for embed.js');
  writeFileSync(embedPath, embed.code + '\n');
  console.log('post-build: embed.js minified');
}

// 5. Two lines of the html itself, so that no entry is blank and no failure silent, whatever
//    script runs or not: "opening", in the page's language, while the app starts on a page it
//    draws itself (another language, a share link, saved work, the demo, an embedding:
//    data-start="later"), and "could not start" where the start script fails or never loads
//    (data-app="failed"; the start script puts its more exact words in it). Both hidden until
//    the style sheet shows them (components.css, "Drawn").
const notes = `<p class="start-loading" role="status" hidden><span lang="zh-CN">正在打开自评工具……</span><span lang="en">Opening the self-check…</span></p>
  <p class="start-failed" role="alert" hidden>本自评工具未能启动：请检查网络连接后刷新。The self-check could not start: check the network connection and reload.</p>
`;
if (!html.includes('<body>\n')) fail('no <body> line');
html = html.replace('<body>\n', `<body>\n  ${notes}`);

if (process.env.TRUNK_PROFILE === 'release') {
  // 4. The service worker, written last: it lists every file of the release as it now stands.
  writeFileSync(indexPath, html);
  const files = [];
  const walk = (folder, prefix) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path, `${prefix}${name}/`);
      else if (`${prefix}${name}` !== 'sw.js') files.push(`${prefix}${name}`);
    }
  };
  walk(dir, '');
  const release = shortHash(files.map((f) => f + shortHash(readFileSync(join(dir, f)))).join('\n'));
  // Each file's SHA-256 (base64), which the worker checks a kept copy against before serving it;
  // "./" is the page, as the worker keeps it.
  const digest = (f) => createHash('sha256').update(readFileSync(join(dir, f))).digest('base64');
  const digests = Object.fromEntries([['./', digest('index.html')], ...files.map((f) => [`./${f}`, digest(f)])]);
  const template = readFileSync(new URL('./sw-template.js', import.meta.url), 'utf8');
  const worker = template
    .replace('__PREFIX__', JSON.stringify(CACHE_PREFIX))
    .replace('__CACHE__', JSON.stringify(`${CACHE_PREFIX}${release}`))
    .replace('__FILES__', JSON.stringify(digests));
  const minifiedWorker = await minifyJs(worker, { ecma: 2020, compress: true, mangle: true });
  if (!minifiedWorker.code) fail('terser returned nothing for sw.js');
  writeFileSync(join(dir, 'sw.js'), minifiedWorker.code + '\n');
  console.log(`post-build: sw.js keeps ${files.length} files as release ${release}`);
}

writeFileSync(indexPath, html);
