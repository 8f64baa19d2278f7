// The names by which wasm-bindgen's JavaScript and the WebAssembly call each other, made short.
// wasm-bindgen names each import `__wbg_<method>_<16 hex digits>` and each closure's export
// `wasm_bindgen__convert__closures_____invoke__h<16 hex digits>`, written once in the wasm and
// again in the JavaScript; hex digits do not compress, and the module name of every import,
// "./xicheng-data-awards_bg.js", is repeated 150 times. Renamed `a`, `b`, … and "w" on both sides:
// 5,439 bytes gzip less to load (`scripts/size`, 2026-12-07: 254,322 → 248,883).
// Only names of the import and export sections change; the code and what it does stay byte for
// byte. Anything unexpected (a name the JavaScript does not use exactly where expected) stops
// the build rather than shipping an app that cannot start.

/** Reads the unsigned LEB128 at `at`: [value, the offset after it]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at];
    at += 1;
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/** The unsigned LEB128 of `value`. */
function toLeb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const encode = (text) => [...new TextEncoder().encode(text)];
const name = (text) => [...toLeb(encode(text).length), ...encode(text)];

/** The import section's body rewritten with `rename` applied to each module and field name. */
function renameImports(body, rename) {
  let [count, at] = leb(body, 0);
  const out = toLeb(count);
  const readName = () => {
    const [length, start] = leb(body, at);
    at = start + length;
    return utf8.decode(body.subarray(start, at));
  };
  const copyLeb = () => {
    const start = at;
    [, at] = leb(body, at);
    out.push(...body.subarray(start, at));
  };
  const copyLimits = () => {
    const flags = body[at];
    out.push(flags);
    at += 1;
    copyLeb();
    if (flags & 1) copyLeb();
  };
  while (count > 0) {
    count -= 1;
    const module = readName();
    const field = readName();
    out.push(...name(rename.module(module)), ...name(rename.field(module, field)));
    const kind = body[at];
    out.push(kind);
    at += 1;
    if (kind === 0) copyLeb();
    else if (kind === 1) {
      out.push(body[at]);
      at += 1;
      copyLimits();
    } else if (kind === 2) copyLimits();
    else if (kind === 3) {
      out.push(body[at], body[at + 1]);
      at += 2;
    } else if (kind === 4) {
      out.push(body[at]);
      at += 1;
      copyLeb();
    } else throw new Error(`an import of kind ${kind}`);
  }
  if (at !== body.length) throw new Error('the import section has bytes after its imports');
  return out;
}

/** The export section's body rewritten with `rename` applied to each name. */
function renameExports(body, rename) {
  let [count, at] = leb(body, 0);
  const out = toLeb(count);
  while (count > 0) {
    count -= 1;
    const [length, start] = leb(body, at);
    at = start + length;
    out.push(...name(rename(utf8.decode(body.subarray(start, at)))));
    const kindStart = at;
    at += 1;
    [, at] = leb(body, at);
    out.push(...body.subarray(kindStart, at));
  }
  if (at !== body.length) throw new Error('the export section has bytes after its exports');
  return out;
}

/** `a`, `b`, … `z`, `A` … `Z`, then `aa`, `ab`, …: short names that are JavaScript identifiers. */
function shortName(index) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let text = '';
  let n = index;
  do {
    text = letters[n % letters.length] + text;
    n = Math.floor(n / letters.length) - 1;
  } while (n >= 0);
  return text;
}

// A name as wasm-bindgen writes it in its JavaScript: a whole identifier.
const word = (text) => new RegExp(`(?<![\\w$])${text.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');

/**
 * The wasm (bytes) and wasm-bindgen's JavaScript for it (text), with the imports' module and
 * field names and the exports' names made short on both sides. Returns
 * `{ wasm, glue, renamed }`.
 */
export function shortenBindingNames(wasm, glue) {
  if (utf8.decode(wasm.subarray(0, 4)) !== '\0asm') throw new Error('not a WebAssembly module');
  const fields = new Map();
  const modules = new Map();
  const exports = new Map();
  const fresh = () => shortName(fields.size + exports.size);
  const rename = {
    module: (module) => {
      if (!modules.has(module)) modules.set(module, modules.size === 0 ? 'w' : `w${modules.size}`);
      return modules.get(module);
    },
    field: (_module, field) => {
      if (!fields.has(field)) fields.set(field, fresh());
      return fields.get(field);
    },
  };
  // `memory` keeps its name, and so does an export the JavaScript never reads (Rust's `main`).
  const renameExport = (exported) => {
    if (exported === 'memory' || !new RegExp(`\\bwasm\\.${exported}(?![\\w$])`).test(glue)) return exported;
    if (!exports.has(exported)) exports.set(exported, fresh());
    return exports.get(exported);
  };

  // The sections in their order, each copied as it is but the import and export sections.
  const parts = [wasm.subarray(0, 8)];
  let at = 8;
  while (at < wasm.length) {
    const section = at;
    const id = wasm[at];
    const [size, start] = leb(wasm, at + 1);
    const end = start + size;
    const body = wasm.subarray(start, end);
    const rewritten = id === 2 ? renameImports(body, rename) : id === 7 ? renameExports(body, renameExport) : null;
    parts.push(rewritten ? Uint8Array.from([id, ...toLeb(rewritten.length), ...rewritten]) : wasm.subarray(section, end));
    at = end;
  }
  const shortened = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((offset, part) => {
    shortened.set(part, offset);
    return offset + part.length;
  }, 0);

  let text = glue;
  for (const [module, short] of modules) {
    const key = JSON.stringify(module);
    if (text.split(key).length !== 2) throw new Error(`the import module ${key} is not named once in the JavaScript`);
    text = text.replace(key, JSON.stringify(short));
  }
  // Imports are the keys of the object handed to the instance (`name: function`); exports are
  // read off the instance's exports (`wasm.name`). A function the glue exports under the same
  // name (`export function checked_count`) keeps its name.
  const asKey = (old) => new RegExp(`(?<![\\w$.])${old}(?=: ?function)`, 'g');
  const asExport = (old) => new RegExp(`(?<=\\bwasm\\.)${old}(?![\\w$])`, 'g');
  const swap = (pattern, old, short) => {
    if (!pattern(old).test(text)) throw new Error(`${old} is not in the JavaScript where expected`);
    text = text.replace(pattern(old), short);
    if (pattern(old).test(text) || (pattern === asKey && word(old).test(text))) throw new Error(`${old} is still in the JavaScript`);
  };
  for (const [old, short] of fields) swap(asKey, old, short);
  for (const [old, short] of exports) swap(asExport, old, short);
  return { wasm: shortened, glue: text, renamed: fields.size + exports.size };
}
