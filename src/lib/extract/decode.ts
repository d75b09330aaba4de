/** Bytes → text: UTF-8 (with or without BOM) or GBK/GB18030, detected; binary refused. */
import type { ExtractError } from './types';

export type Decoded = { ok: true; text: string; encoding: 'utf-8' | 'gb18030' } | { ok: false; error: ExtractError };

export function decodeText(file: string, bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return refuse(file, 'empty', `${file}：文件为空，没有可读取的内容`);
  if (looksBinary(bytes)) return refuse(file, 'binary', `${file}：这是二进制文件，不是文本或 PDF，无法读取`);
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    try {
      return { ok: true, text: new TextDecoder('gb18030', { fatal: true }).decode(body), encoding: 'gb18030' };
    } catch {
      return refuse(file, 'encoding', `${file}：无法识别文本编码（既不是 UTF-8 也不是 GBK/GB18030）`);
    }
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192));
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) control++;
  }
  return control / sample.length > 0.05;
}

function refuse(file: string, code: ExtractError['code'], message: string): Decoded {
  return { ok: false, error: { file, code, message } };
}
