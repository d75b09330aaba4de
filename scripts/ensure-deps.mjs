// Installs node_modules when they are missing or older than package-lock.json,
// so `npm start`, `npm test` and the CLI work on a fresh clone.
import { existsSync, statSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function ensureDeps() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  const stale = !existsSync(marker) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs + 1000);
  if (!stale) return;
  // `npm ci` refuses this lock file: npm leaves other platforms' optional DuckDB bindings out of it
  // and then reports it "out of sync". `npm install` honours the locked versions all the same.
  const cmd = 'npm install --no-audit --no-fund';
  console.error(`[budget-lens] 正在安装依赖：${cmd}`);
  execSync(cmd, { cwd: root, stdio: 'inherit' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureDeps();
