// `npm start`: install what is missing, build the dataset from seeds/, build the app, serve it.
import { execSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { ensureDeps } from './ensure-deps.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = process.env.PORT || '4173';
const run = (command) => execSync(command, { cwd: root, stdio: 'inherit' });

ensureDeps();
console.error('[budget-lens] 正在从 seeds/ 生成数据集 …');
run('npx tsx src/cli/ingest.ts');
console.error('[budget-lens] 正在构建网页 …');
run('npx vite build');
console.error(`[budget-lens] 已启动：http://localhost:${port}/`);
const server = spawn('npx', ['vite', 'preview', '--port', port, '--strictPort', '--host', '127.0.0.1'], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
