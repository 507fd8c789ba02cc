// Blind keying and arbitration in Debian's Chromium, through the real screens on IndexedDB on disk: 500
// snippets typed by pass B with the keyboard, every tenth differing from pass A, then those 50 settled by
// a checker. What is measured is what the app adds between a keystroke and the next snippet on screen:
// from Enter (or A) to the next snippet's position painted (budget: p95 under 50 ms). Baseline in the same
// run: the same keying stored with no screen. Reports figures only: a benchmark never asserts.
import { openBenchPage } from './bench-page.ts';
import { timings, type Timings } from './timings.ts';

const snippets = 500;
const differEvery = 10;
const budgetMs = 50;

const ms = (value: number) => `${value.toFixed(1)} ms`;
const row = (label: string, t: Timings, extra = '') => console.log(`  ${label.padEnd(40)} p50 ${ms(t.p50Ms).padStart(9)}  p95 ${ms(t.p95Ms).padStart(9)}  max ${ms(t.maxMs).padStart(9)}  (${t.count})${extra}`);

export async function runKeyingBenchmark(): Promise<void> {
  console.log(`Blind keying and arbitration: ${snippets} snippets, 1 in ${differEvery} differing, Debian's Chromium, IndexedDB on disk, strict durability`);
  const { page, close } = await openBenchPage('keying-bench-page.tsx', 'keyingBench');
  try {
    await page.evaluate(`window.keyingBench.seed(${snippets})`);

    await page.evaluate('window.keyingBench.showKeying()');
    await page.locator('#keying-value').waitFor();
    const typingStarted = Date.now();
    for (let i = 0; i < snippets; i++) {
      const before = await page.evaluate<string>('window.keyingBench.position()');
      await page.locator('#keying-value').fill(await page.evaluate<string>(`window.keyingBench.valueFor(${i}, ${differEvery})`));
      await page.keyboard.press('Enter');
      await page.waitForFunction((was) => window.keyingBench.position() !== was, before);
    }
    const typedIn = Date.now() - typingStarted;
    const keying = timings(await page.evaluate<number[]>('window.keyingBench.take()'));
    row('pass B: Enter → next snippet shown', keying, `   ${keying.p95Ms <= budgetMs ? 'within' : 'OVER'} the ${budgetMs} ms budget`);

    // the screen moves on before each keying is on disk: the checker starts once pass B's last one is
    const written = Date.now();
    while ((await page.evaluate<{ keyings: number }>('window.keyingBench.counts()')).keyings < snippets) await new Promise((r) => setTimeout(r, 20));
    console.log(`  typed at ${ms(typedIn / snippets)} a snippet (a person takes seconds); the writes, one after another, ended ${Date.now() - written} ms after the last Enter`);
    await page.evaluate('window.keyingBench.showArbitration()');
    await page.locator('.arbitration-item').waitFor();
    // one A after another, as long as a difference is on screen
    for (let left = snippets; left > 0 && (await page.locator('.arbitration-item').count()) > 0; left--) {
      const before = await page.evaluate<string>('window.keyingBench.position()');
      await page.locator('.arbitration-item').focus();
      await page.keyboard.press('a');
      await page.waitForFunction((was) => window.keyingBench.position() !== was, before);
    }
    const arbitration = timings(await page.evaluate<number[]>('window.keyingBench.take()'));
    row('checker: A → next difference shown', arbitration, `   ${arbitration.p95Ms <= budgetMs ? 'within' : 'OVER'} the ${budgetMs} ms budget`);

    const bare = timings(await page.evaluate<number[]>('window.keyingBench.bareKeyings(100)'));
    row('baseline: a keying stored, no screen', bare);
    console.log(`  the next snippet is on screen before its keying is on disk: ${ms(keying.p50Ms)} against ${ms(bare.p50Ms)} to store one keying (p50)`);
    const counts = await page.evaluate<{ verified: number; decisions: number; keyings: number }>('window.keyingBench.counts()');
    console.log(`  end: ${counts.verified} of ${snippets} entries verified, ${counts.decisions} decisions, ${counts.keyings} keyings`);
  } finally {
    await close();
  }
}
