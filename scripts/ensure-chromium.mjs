// Browser tests drive Debian's chromium; install it (and CJK fonts) with apt when absent.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function ensureChromium() {
  const fontsPresent = existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');
  if (existsSync(CHROMIUM) && fontsPresent) return true;
  console.error('[budget-lens] 正在用 apt 安装 chromium 与 fonts-noto-cjk（浏览器测试需要）…');
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk', {
      stdio: 'inherit',
      shell: '/bin/bash'
    });
  } catch (error) {
    console.error(`[budget-lens] 无法安装 chromium：${error.message}`);
  }
  return existsSync(CHROMIUM);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(ensureChromium() ? 0 : 1);
