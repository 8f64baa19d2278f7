#!/usr/bin/env node
// Walks docs/changing-the-policy.md's worked examples 3 (add a yes/no condition) and 4 (add an
// award), each on a fresh copy of the project, as the page says; runs every Rust test of both
// crates there, and fails unless they pass and exactly the files the page names changed.
//
// `node scripts/walk-changing-the-policy.mjs` (scripts/test runs it after the Rust tests). The
// copies build into target/walk, kept between runs.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// A target folder of its own: one shared with the project would leave the copy's binaries
// (case-answers, policy-review) where the project's own are run from.
const env = { ...process.env, CARGO_TARGET_DIR: join(root, 'target', 'walk') };

/** The one edit of `text` the example makes: `anchor` must be found exactly once in `file`. */
function replaceOnce(text, anchor, replacement, what, file) {
  const at = text.indexOf(anchor);
  if (at < 0 || text.indexOf(anchor, at + 1) >= 0) {
    throw new Error(`${what}: the anchor is not found exactly once in ${file} (has it changed? update this walk and docs/changing-the-policy.md together)`);
  }
  return text.slice(0, at) + replacement + text.slice(at + anchor.length);
}

/** A case file as the project writes them. */
const caseFile = (value) => JSON.stringify(value, null, 2) + '\n';

const answers = (entity, claims) => ({ format: 'xicheng-data-awards/answers', version: 1, entity, claims });

const EXAMPLES = [
  {
    name: 'example 3: a yes/no condition added to Article 7',
    // 1. The key, the question and its condition in the tables; 3. the one case file the new
    //    condition needs: its near miss (the award itself is held by the cases that already claim
    //    7, which meet their unanswered yes/no conditions).
    edit(edit, write) {
      edit('src/policy/measures.rs', (text, replace) => {
        text = replace(text, 'pub mod q {\n', 'pub mod q {\n    pub const PRODUCTS_ON_MARKET: &str = "products_on_market";\n', 'the key');
        text = replace(
          text,
          '"descriptions of the products or services, with sales contracts or test and certification reports"))],',
          `"descriptions of the products or services, with sales contracts or test and certification reports")),
            flag(64, q::PRODUCTS_ON_MARKET, bi("这些产品或服务是否已投入市场？", "Are these products or services on the market?"))
                .evidence(bi("销售合同或用户证明", "sales contracts or statements from users")),
        ],`,
          'the question',
        );
        return replace(
          text,
          `            "develops data-security products or services",
        ))],`,
          `            "develops data-security products or services",
        )),
            cond(Test::Flag(q::PRODUCTS_ON_MARKET), bi("产品或服务已投入市场", "the products or services are on the market")),
        ],`,
          'the condition',
        );
      });
      write('tests/cases/7-just-misses-products-not-on-the-market-get-nothing.json', {
        name: '7 just misses: products not on the market get nothing',
        as_of: '2026-03-01',
        answers: answers({ operates_in_xicheng: true, data_fields: ['security'], ict_industry: true }, { 7: { products_on_market: false } }),
        meets_unanswered_yes_no_conditions: true,
        expect: { in_force: true, total_wan: '0', potential_wan: '0', measures: {}, statuses: { 7: 'not_eligible' }, unmet: { 7: ['products_on_market'] } },
      });
    },
    changes: ['docs/policy-review.md', 'src/policy/measures.rs', 'tests/cases/7-just-misses-products-not-on-the-market-get-nothing.json'],
  },
  {
    name: 'example 4: an award added after Article 7',
    // 0. The clause in the policy's text (a new edition of the policy brings it); 1. the measure in
    // the tables, with its key, question, condition, rule and the next free tag from 64; 2. its ID
    // in the policy tests' list of the specification; 4. case files on both sides of its
    // condition.
    edit(edit, write) {
      const clause = '对通过数据安全能力成熟度认证的单位，给予最高100万元奖励。';
      edit('src/policy/xicheng-data-measures-2025.txt', (text, replace) =>
        replace(text, '等数据安全产品和服务的单位，给予最高200万元奖励。\n', `等数据安全产品和服务的单位，给予最高200万元奖励。\n${clause}\n`, 'the clause'),
      );
      edit('src/policy/measures.rs', (text, replace) => {
        text = replace(text, 'pub mod q {\n', 'pub mod q {\n    pub const MATURITY_CERTIFIED: &str = "maturity_certified";\n', 'the key');
        return replace(
          text,
          `        award: flat(200),
        amount_text: CAP,
        assessed: &[],
        reading: None,
    },
    Measure {
        id: "8",`,
          `        award: flat(200),
        amount_text: CAP,
        assessed: &[],
        reading: None,
    },
    Measure {
        id: "7b",
        tag: 64,
        clause: bi("第七条（二）", "Article 7(2)"),
        quote: "${clause}",
        title: bi("数据安全能力成熟度认证", "Data-security capability maturity certification"),
        area: "security",
        facts: &[flag(1, q::MATURITY_CERTIFIED, bi("单位是否通过数据安全能力成熟度认证？", "Is the organisation certified for data-security capability maturity?"))
            .evidence(bi("认证证书", "the certificate"))],
        conditions: &[cond(Test::Flag(q::MATURITY_CERTIFIED), bi(
            "通过数据安全能力成熟度认证",
            "certified for data-security capability maturity",
        ))],
        award: flat(100),
        amount_text: CAP,
        assessed: &[],
        reading: None,
    },
    Measure {
        id: "8",`,
          'the measure',
        );
      });
      edit('src/policy/tests.rs', (text, replace) => replace(text, '"6.2", "7", "8",', '"6.2", "7", "7b", "8",', 'the ID'));
      const entity = { operates_in_xicheng: true, data_fields: ['security'], ict_industry: false };
      write('tests/cases/7b-a-maturity-certificate-gets-up-to-100.json', {
        name: '7b: a maturity certificate gets up to 100',
        as_of: '2026-03-01',
        answers: answers(entity, { '7b': { maturity_certified: true } }),
        meets_unanswered_yes_no_conditions: true,
        expect: { in_force: true, total_wan: '100', potential_wan: '100', measures: { '7b': '100' } },
      });
      write('tests/cases/7b-just-misses-no-maturity-certificate-gets-nothing.json', {
        name: '7b just misses: no maturity certificate gets nothing',
        as_of: '2026-03-01',
        answers: answers(entity, { '7b': { maturity_certified: false } }),
        meets_unanswered_yes_no_conditions: true,
        expect: { in_force: true, total_wan: '0', potential_wan: '0', measures: {}, statuses: { '7b': 'not_eligible' }, unmet: { '7b': ['maturity_certified'] } },
      });
    },
    changes: [
      'docs/policy-review.md',
      'src/policy/measures.rs',
      'src/policy/tests.rs',
      'src/policy/xicheng-data-measures-2025.txt',
      'tests/cases/7b-a-maturity-certificate-gets-up-to-100.json',
      'tests/cases/7b-just-misses-no-maturity-certificate-gets-nothing.json',
    ],
  },
];

/** A fresh copy of the project as it stands, tracked and new files alike (not what .gitignore
 * leaves out), committed so that what the example changes can be listed. */
function copyOfTheProject() {
  const copy = mkdtempSync(join(tmpdir(), 'walk-changing-the-policy-'));
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
  return copy;
}

let failed = false;
for (const example of EXAMPLES) {
  const copy = copyOfTheProject();
  const run = (command, args, options = {}) =>
    execFileSync(command, args, { cwd: copy, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...options });
  try {
    run('git', ['init', '-q']);
    run('git', ['add', '-A']);
    run('git', ['-c', 'user.name=walk', '-c', 'user.email=walk@localhost', 'commit', '-qm', 'before']);
    const edit = (file, change) => {
      const path = join(copy, file);
      const replace = (text, anchor, replacement, what) => replaceOnce(text, anchor, replacement, what, file);
      writeFileSync(path, change(readFileSync(path, 'utf8'), replace));
    };
    const write = (file, value) => writeFileSync(join(copy, file), caseFile(value));
    example.edit(edit, write);

    // The review sheet (each example's last step), then every Rust test of both crates.
    run('cargo', ['run', '--quiet', '--bin', 'policy-review'], { env });
    try {
      run('cargo', ['test', '--workspace', '--no-fail-fast', '--quiet'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      const failures = `${error.stdout}\n${error.stderr}`.split('\n').filter((line) => /FAILED|panicked|^  (left|right)|^error/.test(line));
      throw new Error(`${example.name}: the Rust tests fail after the example's change:\n${failures.join('\n')}`);
    }

    const changed = run('git', ['status', '--porcelain', '--untracked-files=all']).split('\n').filter(Boolean).map((line) => line.slice(3)).sort();
    const expected = [...example.changes].sort();
    console.log(`${example.name} changed ${changed.length} files:\n  ${changed.join('\n  ')}`);
    if (JSON.stringify(changed) !== JSON.stringify(expected)) {
      console.error(`expected exactly:\n  ${expected.join('\n  ')}`);
      failed = true;
    } else {
      console.log(`walk of docs/changing-the-policy.md, ${example.name}: every Rust test passes`);
    }
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
if (failed) process.exitCode = 1;
