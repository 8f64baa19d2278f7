#!/usr/bin/env node
// Walks docs/changing-the-policy.md, worked example 3, on a copy of the project: adds a yes/no
// condition to Article 7 as the page says (the question and its condition in the tables, one case
// file for the new near miss, the review sheet regenerated), runs every Rust test of both crates
// there, and fails unless they pass and those three files are all that changed.
//
// `node scripts/walk-adding-a-condition.mjs` (scripts/test runs it after the Rust tests). The copy
// builds into target/walk, kept between runs.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const copy = mkdtempSync(join(tmpdir(), 'walk-adding-a-condition-'));
const run = (command, args, options = {}) =>
  execFileSync(command, args, { cwd: copy, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...options });

/** The one edit of `text` the example makes: `anchor` must be found exactly once. */
function replaceOnce(text, anchor, replacement, what) {
  const at = text.indexOf(anchor);
  if (at < 0 || text.indexOf(anchor, at + 1) >= 0) {
    throw new Error(`${what}: the anchor is not found exactly once in src/policy/measures.rs (has Article 7 changed? update this walk and the page together)`);
  }
  return text.slice(0, at) + replacement + text.slice(at + anchor.length);
}

try {
  // The project as it stands, tracked and new files alike (not what .gitignore leaves out).
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    try {
      cpSync(join(root, file), join(copy, file));
    } catch (error) {
      if (error.code !== 'ENOENT') throw error; // a file deleted but not yet committed
    }
  }
  run('git', ['init', '-q']);
  run('git', ['add', '-A']);
  run('git', ['-c', 'user.name=walk', '-c', 'user.email=walk@localhost', 'commit', '-qm', 'before']);

  // 1. The key, the question and its condition, as the page writes them.
  const tables = join(copy, 'src/policy/measures.rs');
  let text = readFileSync(tables, 'utf8');
  text = replaceOnce(text, 'pub mod q {\n', 'pub mod q {\n    pub const PRODUCTS_ON_MARKET: &str = "products_on_market";\n', 'the key');
  text = replaceOnce(
    text,
    '"descriptions of the products or services, with sales contracts or test and certification reports"))],',
    `"descriptions of the products or services, with sales contracts or test and certification reports")),
            flag(64, q::PRODUCTS_ON_MARKET, bi("这些产品或服务是否已投入市场？", "Are these products or services on the market?"))
                .evidence(bi("销售合同或用户证明", "sales contracts or statements from users")),
        ],`,
    'the question',
  );
  text = replaceOnce(
    text,
    `            "develops data-security products or services",
        ))],`,
    `            "develops data-security products or services",
        )),
            cond(Test::Flag(q::PRODUCTS_ON_MARKET), bi("产品或服务已投入市场", "the products or services are on the market")),
        ],`,
    'the condition',
  );
  writeFileSync(tables, text);

  // 3. The one case file the new condition needs: its near miss (the award itself is held by the
  //    cases that already claim 7, which meet their unanswered yes/no conditions).
  const nearMiss = 'tests/cases/7-just-misses-products-not-on-the-market-get-nothing.json';
  writeFileSync(
    join(copy, nearMiss),
    JSON.stringify(
      {
        name: '7 just misses: products not on the market get nothing',
        as_of: '2026-03-01',
        answers: {
          format: 'xicheng-data-awards/answers',
          version: 1,
          entity: { operates_in_xicheng: true, data_fields: ['security'], ict_industry: true },
          claims: { 7: { products_on_market: false } },
        },
        meets_unanswered_yes_no_conditions: true,
        expect: { in_force: true, total_wan: '0', potential_wan: '0', measures: {}, statuses: { 7: 'not_eligible' }, unmet: { 7: ['products_on_market'] } },
      },
      null,
      2,
    ) + '\n',
  );

  // 4. The review sheet, then every Rust test of both crates.
  // A target folder of its own: one shared with the project would leave the copy's binaries
  // (case-answers, policy-review) where the project's own are run from.
  const env = { ...process.env, CARGO_TARGET_DIR: join(root, 'target', 'walk') };
  run('cargo', ['run', '--quiet', '--bin', 'policy-review'], { env });
  try {
    run('cargo', ['test', '--workspace', '--no-fail-fast', '--quiet'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const failures = `${error.stdout}\n${error.stderr}`.split('\n').filter((line) => /FAILED|panicked|^  (left|right)|^error/.test(line));
    throw new Error(`the Rust tests fail after the example's change:\n${failures.join('\n')}`);
  }

  const changed = run('git', ['status', '--porcelain']).split('\n').filter(Boolean).map((line) => line.slice(3)).sort();
  const expected = ['docs/policy-review.md', 'src/policy/measures.rs', nearMiss].sort();
  console.log(`adding a yes/no condition to Article 7 changed ${changed.length} files:\n  ${changed.join('\n  ')}`);
  if (JSON.stringify(changed) !== JSON.stringify(expected)) {
    console.error(`expected exactly:\n  ${expected.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log('walk of docs/changing-the-policy.md, example 3: the tables, one case file and the review sheet; every Rust test passes');
  }
} finally {
  rmSync(copy, { recursive: true, force: true });
}
