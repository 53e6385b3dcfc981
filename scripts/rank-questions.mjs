// Where the expected entry of every search question lands, to tune search by
// measurement rather than by guessing:
//   node scripts/rank-questions.mjs http://127.0.0.1:4329
// Prints the rank (1 = first) of the best expected entry per question, or "—"
// when it is not in the results at all, and the count in the top five.
import { chromium } from '@playwright/test';
import { findChromium } from './browser.mjs';
import { MORE_QUESTIONS, QUESTIONS } from '../tests/e2e/search-questions.ts';

const [base = 'http://127.0.0.1:4329'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: await findChromium(), args: ['--no-sandbox'] });
const page = await browser.newPage();
const report = async (label, questions) => {
  let top5 = 0;
  for (const [question, expected] of questions) {
    await page.goto(`${base}/zoeken/?q=${encodeURIComponent(question)}`);
    await page.locator('[role=option], .no-results').first().waitFor();
    const hrefs = await page
      .locator('[role=option]')
      .evaluateAll((options) => options.map((o) => o.getAttribute('data-href')));
    const ranks = [expected]
      .flat()
      .map((e) => hrefs.indexOf(e))
      .filter((i) => i >= 0);
    const rank = ranks.length > 0 ? Math.min(...ranks) + 1 : undefined;
    if (rank !== undefined && rank <= 5) top5 += 1;
    console.log(
      `${String(rank ?? '—').padStart(3)}  ${question}   [${hrefs.length} results; 1st ${hrefs[0]}]`,
    );
  }
  console.log(`${label}: ${top5} of ${questions.length} in the top five\n`);
};
await report('original questions', QUESTIONS);
await report('questions added for issue #17', MORE_QUESTIONS);
await browser.close();
