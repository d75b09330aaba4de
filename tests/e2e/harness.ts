/**
 * Browser-test and bench harness: serve the built app on a free port — with scripts/serve.mjs as
 * `npm start` does, or with `vite preview` to serve another dataset than the build's (the bench's
 * synthetic ones) — and drive Debian's chromium with playwright-core (fresh profile, no network
 * side-channels).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const ROOT = join(import.meta.dirname, '..', '..');

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export interface Preview {
  url: string;
  stop(): Promise<void>;
}

/** Starts `vite preview` for the built app; `dataDir` overrides which dataset /data/* serves. */
export async function startPreview(dataDir?: string): Promise<Preview> {
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  return startServing('vite preview', (port) => ({
    args: [vite, 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    env: dataDir ? { BUDGET_LENS_DATA: dataDir } : {}
  }));
}

/**
 * Starts scripts/serve.mjs on build/, as `npm start` serves it. It serves the dataset the build
 * copied, so it first checks that build/ was made from `dataDir` (npm test builds it so): a build
 * of another dataset would fail every figure instead of saying why.
 */
export async function startServer(dataDir: string): Promise<Preview> {
  const built = join(ROOT, 'build', 'data', 'units.csv');
  if (!existsSync(built) || !readFileSync(built).equals(readFileSync(join(dataDir, 'units.csv')))) {
    throw new Error(`build/ was not built from ${dataDir}: run BUDGET_LENS_DATA=${dataDir} npx vite build first (npm test does)`);
  }
  return startServing('scripts/serve.mjs', (port) => ({ args: [join(ROOT, 'scripts', 'serve.mjs')], env: { HOST: '127.0.0.1', PORT: String(port) } }));
}

/** Runs a Node server script on a free port and waits until it answers `/`. */
async function startServing(name: string, command: (port: number) => { args: string[]; env: NodeJS.ProcessEnv }): Promise<Preview> {
  const port = await freePort();
  const { args, env } = command(port);
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited: ${output}`);
    try {
      const response = await fetch(`${url}/`);
      if (response.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`${name} did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    url,
    stop: () =>
      new Promise((done) => {
        // Stopped already (a test may stop it early): a killed child has a signalCode, no exitCode.
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      })
  };
}

export interface Chromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * A fresh profile each launch, so a load is cold (no HTTP or wasm cache); or, given `profile`, that
 * folder again (a browser restarted with the same profile), kept when closed.
 */
export async function launchChromium(options: { profile?: string } = {}): Promise<Chromium> {
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'budget-lens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 1000 },
    locale: 'zh-CN',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
  });
  return {
    context,
    async close() {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    }
  };
}
