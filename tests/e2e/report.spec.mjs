// The printed 自评报告, read back from the PDF Chromium prints (A4): page one stands alone with
// the total and every award by its clause; the everything-claimed report fits on 4 sheets, a
// typical one on 2; the policy's number, the date and the page count are at every page's foot.
// The PDFs land beside the screenshots (test-results/screenshots/report-*.pdf).
import { test, expect } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { SelfCheck, caseFile, money } from './selfcheck.mjs';

const shots = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
mkdirSync(shots, { recursive: true });
const everything = caseFile('the-everything-claimed-example-with-its-one-project-comes-to-14495-5');
const typical = {
  format: 'xicheng-data-awards/answers', version: 1,
  entity: { name: '示例算法科技有限公司', operates_in_xicheng: true, data_fields: ['development', 'security'], ict_industry: true },
  claims: {
    '2.2b': { generative_ai: 1, algorithm: 2, scenarios_promoted: true },
    '4.3b': { data_products: true },
    '5.1b': { assets_on_balance_sheet: true, product_listed: true },
    7: { security_products: true },
    8: { national: 1, industry: 2 },
    9.3: { talent: true },
  },
};

/** Prints the results of `answers` in `lang` to `file`; returns each page's text. */
async function printed(page, answers, lang, file) {
  const app = new SelfCheck(page, lang);
  await app.resultsOf(answers);
  const path = `${shots}${file}`;
  await page.pdf({ path, format: 'A4', printBackground: true });
  const pdf = await getDocument({ url: path, isEvalSupported: false }).promise;
  const pages = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => item.str).join(''));
  }
  return pages;
}

const compact = (text) => text.replace(/\s+/g, '');

for (const lang of ['zh', 'en']) {
  test(`the everything-claimed report in ${lang}: page one stands alone, at most 4 sheets`, async ({ page }) => {
    const pages = await printed(page, everything.answers, lang, `report-everything-${lang}.pdf`);
    console.log(`everything-claimed report, ${lang}: ${pages.length} pages`);
    expect(pages.length).toBeLessThanOrEqual(4);
    const first = compact(pages[0]);
    const total = lang === 'zh' ? money(everything.expect.total_wan, 'zh') : '14,495.5';
    expect(first).toContain(compact(total));
    // Every award, by its clause as the page names it, is on page one.
    const clauses = await page.locator('[data-testid^="overview-"] .overview-clause').allTextContents();
    expect(clauses.length).toBe(Object.keys(everything.expect.measures).length);
    for (const clause of clauses) expect(first).toContain(compact(clause));
    expect(first).toContain(compact(lang === 'zh' ? '西城区数据局认定' : 'Xicheng District Data Bureau decides'));
    // The foot of every page: the policy's number and "page X of Y".
    pages.forEach((text, i) => {
      expect(compact(text)).toContain('西行规发〔2025〕6号');
      expect(compact(text)).toContain(compact(lang === 'zh' ? `第 ${i + 1} 页，共 ${pages.length} 页` : `Page ${i + 1} of ${pages.length}`));
    });
    // The policy's words are in the appendix, each once.
    const quote = '给予最高5000万元奖励';
    expect(pages.join('').split(quote).length - 1).toBe(1);
  });
}

for (const lang of ['zh', 'en']) {
  test(`a typical profile prints on at most 2 sheets in ${lang}`, async ({ page }) => {
    const pages = await printed(page, typical, lang, `report-typical-${lang}.pdf`);
    console.log(`typical report, ${lang}: ${pages.length} pages`);
    expect(pages.length).toBeLessThanOrEqual(2);
    expect(compact(pages[0])).toContain('示例算法科技有限公司');
  });
}

test('page one of the printed report, as an image in both languages', async ({ page }) => {
  // pdfjs-dist draws with @napi-rs/canvas, its optional dependency from npm; without it, no image.
  const canvas = await import('@napi-rs/canvas').catch(() => null);
  test.skip(!canvas, 'no canvas to draw the PDF with');
  for (const lang of ['zh', 'en']) {
    const pdf = await getDocument({ url: `${shots}report-everything-${lang}.pdf`, isEvalSupported: false }).promise
      .catch(async () => {
        await printed(page, everything.answers, lang, `report-everything-${lang}.pdf`);
        return getDocument({ url: `${shots}report-everything-${lang}.pdf`, isEvalSupported: false }).promise;
      });
    const first = await pdf.getPage(1);
    const viewport = first.getViewport({ scale: 1.5 });
    const sheet = canvas.createCanvas(viewport.width, viewport.height);
    await first.render({ canvasContext: sheet.getContext('2d'), viewport }).promise;
    writeFileSync(`${shots}report-page-one-${lang}.png`, sheet.toBuffer('image/png'));
  }
});
