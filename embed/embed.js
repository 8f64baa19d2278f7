// The loader a partner's page pastes:
//   <script async src="https://<district site>/self-check/embed.js" data-lang="en"
//           data-accent="#0b6e4f" data-areas="growth,security"></script>
// It puts the self-check in an <iframe> (at the element marked data-xicheng-self-check, else right
// after this script), sizes the frame from the widget's height messages and brings it into view
// when the step changes. It hears only its own frame, from the widget's origin, in the expected
// shape. Plain JavaScript, no dependency; minified in the release build (≤ 1 KB gzip, CI checks).
(() => {
  const script = document.currentScript;
  if (!script) return;
  const app = new URL('./', script.src);
  const data = script.dataset;
  // A value that cannot be used falls back to the default, with one warning naming it. The frame's
  // own options (the accent colour, the areas) go to the widget, which checks them and warns alike.
  const warn = (name, why) => console.warn(`xicheng self-check: ignoring data-${name}="${data[name]}": ${why}`);
  let lang = data.lang || (/^en/.test(document.documentElement.lang) ? 'en' : 'zh');
  if (!/^(zh|en)$/.test(lang)) {
    warn('lang', 'not zh or en');
    lang = 'zh';
  }
  let host = data.host || location.origin;
  if (!/^https?:\/\/[\w.-]+(:\d+)?$/.test(host)) {
    warn('host', 'not an origin like https://park.example.cn');
    host = location.origin;
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
  frame.style.cssText = 'display:block;width:100%;border:0;margin:0;padding:0;height:600px';
  const place = document.querySelector('[data-xicheng-self-check]');
  place ? place.append(frame) : script.after(frame);

  let steps = 0;
  addEventListener('message', ({ source, origin, data: message }) => {
    if (source != frame.contentWindow || origin != app.origin || !message) return;
    const { kind, px, step } = message;
    // A height beyond any page's (30,000 px) is not the widget's: it changes nothing.
    if (kind == 'height' && typeof px == 'number' && px > 0 && px <= 30000) {
      frame.style.setProperty('height', Math.max(200, Math.ceil(px)) + 'px', 'important');
    } else if (kind == 'step' && typeof step == 'string' && steps++ && frame.getBoundingClientRect().top < 0) {
      frame.scrollIntoView();
    }
  });
})();
