#!/usr/bin/env node
// Writes a Brotli (.br, quality 11) and a gzip (.gz, level 9) copy beside each text and wasm file of
// a release folder (default dist/), for nginx's brotli_static and gzip_static (deploy/nginx.conf):
// the server sends them as they are, compressing nothing per request. Run after `trunk build
// --release`; a copy is written only where it is smaller than the file.
import { readdirSync, readFileSync, writeFileSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const folder = process.argv[2] || 'dist';
const compressible = /\.(html|js|css|wasm|webmanifest|json|txt|svg)$/;
let files = 0;
for (const name of readdirSync(folder)) {
  const path = join(folder, name);
  if (!statSync(path).isFile() || !compressible.test(name)) continue;
  const body = readFileSync(path);
  const copies = {
    br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
    gz: gzipSync(body, { level: 9 }),
  };
  for (const [ext, copy] of Object.entries(copies)) {
    if (copy.length < body.length) writeFileSync(`${path}.${ext}`, copy);
    else try { unlinkSync(`${path}.${ext}`); } catch { /* none */ }
  }
  files += 1;
}
console.log(`compress: .br and .gz beside ${files} files of ${folder}`);
