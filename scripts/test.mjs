// `npm test`: install what is missing (node_modules; Debian chromium + CJK fonts for the browser
// tests), then run every test: unit and integration, then the browser tests on the built app.
import { execFileSync, execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { ensureDeps } from './ensure-deps.mjs';
import { ensureChromium } from './ensure-chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });

ensureDeps();
const totals = { passed: 0, failed: 0, skipped: 0 };
let ok = true;

function vitest(label, args) {
  const report = join(results, `${label}.json`);
  const status = spawnSync('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
    cwd: root,
    stdio: 'inherit'
  }).status;
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += json.numPassedTests ?? 0;
    totals.failed += json.numFailedTests ?? 0;
    totals.skipped += (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
  }
  if (status !== 0) ok = false;
}

vitest('unit', []);

// Strict TypeScript (strict, noUncheckedIndexedAccess) over the whole project, Svelte files included.
const typecheck = spawnSync('npx', ['svelte-kit', 'sync'], { cwd: root, stdio: 'ignore' }).status === 0 &&
  spawnSync('npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--threshold', 'error', '--output', 'human'], { cwd: root, stdio: 'inherit' }).status === 0;
if (!typecheck) {
  console.error('[budget-lens] 类型检查未通过（svelte-check）');
  ok = false;
}

const e2eConfig = join(root, 'tests', 'e2e', 'vitest.config.ts');
if (existsSync(e2eConfig)) {
  if (!ensureChromium()) {
    console.error('[budget-lens] 无法安装 chromium，浏览器测试无法运行');
    ok = false;
  } else {
    try {
      // The test dataset the browser tests expect (seeds + corpus texts, the folder
      // tests/setup/test-dataset.ts writes), built outside data/: a dataset the user made there stays as it is.
      const testDataset = join(results, 'test-dataset');
      const inputs = ['seeds', join('tests', 'corpus', 'text')].flatMap((dir) =>
        readdirSync(join(root, dir)).filter((name) => /\.(txt|pdf)$/i.test(name)).sort().map((name) => join(dir, name)));
      execFileSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'src/cli/ingest.ts', '--quiet', '--out', testDataset, ...inputs], { cwd: root, stdio: 'inherit' });
      execSync('npx vite build', { cwd: root, stdio: 'inherit', env: { ...process.env, BUDGET_LENS_DATA: testDataset } });
      vitest('e2e', ['--config', e2eConfig]);
    } catch (error) {
      console.error(`[budget-lens] 浏览器测试前的准备失败（生成数据集或构建网页）：${error.message.split('\n')[0]}`);
      ok = false;
    }
  }
}

console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed` + (totals.skipped ? `, ${totals.skipped} skipped` : ''));
process.exit(ok && totals.failed === 0 ? 0 : 1);
