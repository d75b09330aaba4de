// `npm start`: install what is missing, choose the dataset (building data/ from seeds/ only when
// that replaces nobody's data, see dataset.mjs), build the app with it, serve build/ (serve.mjs).
//   HOST (default 127.0.0.1; 0.0.0.0 for the local network), PORT (default 4173),
//   BUDGET_LENS_DATA: a dataset folder to use instead of data/ (never written).
import { execSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { ensureDeps } from './ensure-deps.mjs';
import { datasetState, markFromSeeds } from './dataset.mjs';
import { serve } from './serve.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const say = (/** @type {string} */ message) => console.error(`[budget-lens] ${message}`);
const run = (/** @type {string} */ command, env = process.env) => execSync(command, { cwd: root, stdio: 'inherit', env });

/** @returns {string} the dataset folder to build with */
function chooseDataset() {
  const chosen = process.env.BUDGET_LENS_DATA;
  if (chosen) {
    const dir = resolve(chosen);
    if (!existsSync(dir) || !readdirSync(dir).some((name) => name.endsWith('.arrows'))) {
      say(`BUDGET_LENS_DATA 指定的目录 ${dir} 中没有数据集（.arrows 文件）。可先运行：npm run ingest -- --out ${chosen} 文件…`);
      process.exit(1);
    }
    say(`使用 BUDGET_LENS_DATA 指定的数据集：${dir}（不会改动）`);
    return dir;
  }
  const dir = join(root, 'data');
  const state = datasetState(dir, root);
  if (state === 'theirs') {
    say('data/ 中的数据集不是 npm start 从 seeds/ 生成的，保留不动，直接使用。');
    say('（要改回示例数据：删除 data/ 中的 .csv 和 .arrows 文件后重新运行 npm start）');
    return dir;
  }
  if (state === 'current') {
    say('data/ 是从 seeds/ 生成的，已是最新。');
    return dir;
  }
  say(state === 'none' ? 'data/ 中还没有数据集，正在从 seeds/ 生成 …' : 'seeds/ 或解析程序已更新，正在从 seeds/ 重新生成 data/ …');
  run('npx tsx src/cli/ingest.ts');
  markFromSeeds(dir, root);
  return dir;
}

ensureDeps();
const dataset = chooseDataset();
say('正在构建网页 …');
run('npx vite build', { ...process.env, BUDGET_LENS_DATA: dataset });
serve(join(root, 'build')).catch((error) => {
  say(`无法启动：${error.message}`);
  process.exit(1);
});
