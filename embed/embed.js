// The loader a partner's page pastes, after a link that works without it:
//   <a data-xicheng-self-check href="https://<district site>/self-check/">打开西城区数据产业奖励自评</a>
//   <script async src="https://<district site>/self-check/embed.js" data-lang="en"
//           data-accent="#0b6e4f" data-areas="growth,security"></script>
// It puts the self-check in an <iframe> in place of that link (inside an empty element marked
// data-xicheng-self-check, else right after this script), sizes the frame from the widget's
// height messages and brings its top to the window's top (below a sticky header of data-offset
// px) when the step changes. It hears only its own frame, from the widget's origin, in the
// expected shape. Where the script is blocked, the link stays; where the frame is refused (the
// page's frame-src, the district's frame-ancestors), the link stays too: it gives way only once
// the widget is heard. Plain JavaScript, no dependency; minified in the release build (≤ 1,152
// bytes gzip, CI checks).
(() => {
  const script = document.currentScript;
  if (!script) return;
  const app = new URL('./', script.src);
  const data = script.dataset;
  const page = location.origin;
  // A value that cannot be used falls back to the default, with one warning naming it. The frame's
  // own options (the accent colour, the areas) go to the widget, which checks them and warns alike.
  const say = (text) => console.warn('xicheng self-check: ' + text);
  const warn = (name, why) => say(`ignoring data-${name}="${data[name]}": ${why}`);
  let lang = data.lang || (/^en/.test(document.documentElement.lang) ? 'en' : 'zh');
  if (!/^(zh|en)$/.test(lang)) {
    warn('lang', 'not zh or en');
    lang = 'zh';
  }
  let host = data.host || page;
  if (!/^https?:\/\/[\w.-]+(:\d+)?$/.test(host)) {
    warn('host', 'not an origin like https://park.example.cn');
    host = page;
  }
  const query = new URLSearchParams({ embed: host, lang });
  for (const name of ['accent', 'areas']) if (data[name]) query.set(name, data[name]);

  const frame = document.createElement('iframe');
  frame.src = app.href + '?' + query;
  frame.title = lang == 'en' ? 'Xicheng data-industry award self-check' : '西城区数据产业奖励自评';
  frame.loading = 'lazy';
  // Scripts and its own origin (storage, loading its WebAssembly); the export's download; print's
  // dialog; and the "open the full self-check" tab, which must not inherit the sandbox.
  frame.sandbox = 'allow-scripts allow-same-origin allow-downloads allow-modals allow-popups allow-popups-to-escape-sandbox';
  // The widget posts its height to data-host only: told another origin than this page's (a staging
  // copy of the live page's snippet), it is never heard, so the frame keeps a height that shows a
  // whole step and scrolls, no taller than the screen (a phone's too), and says why inside.
  const deaf = host != page;
  if (deaf) say(`data-host="${host}" is not this page's origin (${page}): the frame cannot fit its content and scrolls`);
  // Below a sticky header of the park's, a new step's top stays in sight.
  let offset = data.offset || 0;
  if (!/^\d{1,4}$/.test(offset)) {
    warn('offset', 'not a whole number');
    offset = 0;
  }
  const style = `display:block;width:100%;border:0;margin:0;padding:0;scroll-margin-top:${offset}px;height:`;
  // The link-first snippet's link stays, and the frame takes no room, until the widget is heard:
  // a frame the browser refuses never is, and the link still opens the self-check. A deaf frame
  // (above) is never heard, so it takes the link's place at once; an empty marker holds the frame.
  const place = document.querySelector('[data-xicheng-self-check]');
  let link = place && place.href && !deaf && place;
  frame.style.cssText = style + (deaf ? 'min(800px,90vh)' : link ? '0;visibility:hidden' : '600px');
  place ? place[link ? 'after' : place.href ? 'replaceWith' : 'append'](frame) : script.after(frame);
  setTimeout(() => link && say("no word from the frame in 20 s: the link stays (see this page's frame-src, the district's frame-ancestors)"), 2e4);

  let steps = 0;
  addEventListener('message', ({ source, origin, data: message }) => {
    if (source != frame.contentWindow || origin != app.origin || !message) return;
    // Heard (its step comes first, as it starts; its height only once the frame is painted, which
    // a browser may hold back while the frame takes no room): the link gives way to the frame.
    if (link) {
      link = link.remove();
      frame.style.cssText = style + '600px';
    }
    const { kind, px, step } = message;
    // A height beyond any page's (1,000,000 px; the results of every award claimed, on a phone, are
    // about 50,000) is not the widget's: it changes nothing.
    if (kind == 'height' && typeof px == 'number' && px > 0 && px <= 1e6) {
      frame.style.cssText = style + Math.max(200, Math.ceil(px)) + 'px!important';
    } else if (kind == 'step' && typeof step == 'string' && steps++) {
      // A new step (not the first, which the widget opens on) starts at the frame's top, at the
      // window's top (block: 'start'), as a new page would. Typing never changes the step. Not
      // only when the top is above the window: the widget's focus on its heading has scrolled
      // this page already by the time its message comes, leaving the heading at the bottom.
      frame.scrollIntoView();
    }
  });
})();
