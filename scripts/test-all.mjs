/**
 * `npm test`: every check, in order, each streaming its own output:
 *   1. typecheck  tsc -b --pretty false
 *   2. lint       eslint . --max-warnings 0
 *   3. unit       vitest run            (JSON report to a temp file for the counts)
 *   4. browser    find Chromium, or install one (scripts/ensure-browser.mjs)
 *   5. e2e        playwright test       (PW_JSON=<temp file>: playwright.config.ts adds a JSON reporter)
 * A failing step does not stop the rest, so every count is known. Ends with a summary and exactly one final line
 * `tests: N passed, N failed` (unit + e2e tests; a failing typecheck or lint counts as one failed test each). On CI
 * a browser test that fails is run once more (playwright.config.ts); one that then passes counts as passed and is
 * named "flaky" in the summary.
 * Exit code 1 if anything failed.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'ec2-lab-test-'));
const vitestJson = join(tmp, 'vitest.json');
const playwrightJson = join(tmp, 'playwright.json');

function bin(name) {
  return join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
}

function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0'), ...env },
      shell: process.platform === 'win32',
    });
    child.on('error', (error) => {
      console.error(`could not start ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function readJson(file) {
  try {
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  } catch {
    return undefined;
  }
}

/** Vitest's JSON reporter uses Jest's result shape. */
function vitestCounts() {
  const report = readJson(vitestJson);
  if (!report) return undefined;
  return { passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0 };
}

/** The titles of the tests Playwright marks "flaky": failed, then passed when retried (CI retries once). */
function flakyTitles(suites, path = []) {
  const titles = [];
  for (const suite of suites ?? []) {
    const here = suite.title && !suite.title.endsWith('.ts') ? [...path, suite.title] : path;
    for (const spec of suite.specs ?? []) {
      if (spec.tests?.some((t) => t.status === 'flaky')) titles.push(`e2e/${spec.file}:${spec.line} › ${[...here, spec.title].join(' › ')}`);
    }
    titles.push(...flakyTitles(suite.suites, here));
  }
  return titles;
}

/** A flaky test counts as passed (it passed when run again) and is named in the summary. */
function playwrightCounts() {
  const report = readJson(playwrightJson);
  if (!report?.stats) return undefined;
  const { expected = 0, unexpected = 0, flaky = 0 } = report.stats;
  return { passed: expected + flaky, failed: unexpected, flaky: flakyTitles(report.suites) };
}

const steps = [
  { name: 'typecheck', command: bin('tsc'), args: ['-b', '--pretty', 'false'] },
  { name: 'lint', command: bin('eslint'), args: ['.', '--max-warnings', '0'] },
  {
    name: 'unit',
    command: bin('vitest'),
    args: ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`],
    counts: vitestCounts,
  },
  { name: 'browser', command: process.execPath, args: [join(root, 'scripts', 'ensure-browser.mjs')] },
  { name: 'e2e', command: bin('playwright'), args: ['test'], env: { PW_JSON: playwrightJson }, counts: playwrightCounts },
];

const results = [];
for (const step of steps) {
  console.log(`\n━━ ${step.name}: ${[step.command.split(/[\\/]/).pop(), ...step.args].join(' ')}\n`);
  const started = performance.now();
  const code = await run(step.command, step.args, step.env);
  const seconds = (performance.now() - started) / 1000;
  let passed = 0;
  let failed = 0;
  let detail;
  let flaky = [];
  if (step.counts) {
    const counts = step.counts();
    if (counts) ({ passed, failed, flaky = [] } = counts);
    // A run that failed without a failing test (crash, a file that does not load, no report) still fails.
    if (code !== 0 && failed === 0) {
      failed = 1;
      detail = counts ? `exit code ${code}` : `exit code ${code}, no report`;
    }
  } else if (code !== 0) {
    failed = 1;
    detail = `exit code ${code}`;
  }
  // Playwright exits 0 when every failure passed on its retry.
  results.push({ name: step.name, code, passed, failed, flaky, seconds, counted: Boolean(step.counts), detail });
}

rmSync(tmp, { recursive: true, force: true });

console.log('\n━━ summary\n');
for (const r of results) {
  const mark = r.code === 0 && r.failed === 0 ? '✓' : '✗';
  const counts = r.counted ? `${r.passed} passed, ${r.failed} failed` : r.code === 0 ? 'ok' : 'failed';
  const extra = r.detail ? ` (${r.detail})` : '';
  console.log(`  ${mark} ${r.name.padEnd(10)} ${(counts + extra).padEnd(40)} ${r.seconds.toFixed(1).padStart(6)} s`);
  for (const title of r.flaky) console.log(`      flaky (failed, then passed when run again): ${title}`);
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || results.some((r) => r.code !== 0) ? 1 : 0;
