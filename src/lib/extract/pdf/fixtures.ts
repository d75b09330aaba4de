/**
 * Test fixtures only: small PDFs written by hand (one page, Helvetica text, optional image, page
 * rotation, RC4 encryption of the standard security handler, revision 2). Node-only (node:crypto).
 */
import { createHash } from 'node:crypto';

export interface FixtureText {
  text: string;
  x: number;
  y: number;
  size?: number;
  /** Text direction in degrees, counter-clockwise in PDF space. */
  angle?: number;
}

export interface FixtureOptions {
  texts?: FixtureText[];
  /** Paint a grey 2×2 image over most of the page (a "scan"). */
  image?: boolean;
  /** The page's /Rotate (0, 90, 180, 270). */
  rotate?: number;
  /** MediaBox width and height in points. */
  size?: [number, number];
  /** Encrypt with these passwords (RC4 40-bit); an empty user password opens without asking. */
  encrypt?: { user: string; owner: string };
}

const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

function md5(...parts: Buffer[]): Buffer {
  const hash = createHash('md5');
  for (const part of parts) hash.update(part);
  return hash.digest();
}

export function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, index) => index);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  let i = 0;
  j = 0;
  for (let k = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

function padded(password: string): Buffer {
  return Buffer.concat([Buffer.from(password, 'latin1'), PAD]).subarray(0, 32);
}

function escape(text: string): string {
  return text.replace(/[()\\]/g, (char) => `\\${char}`);
}

function contentStream(options: FixtureOptions): string {
  const [width, height] = options.size ?? [595, 842];
  const ops: string[] = [];
  if (options.image) ops.push(`q ${width - 40} 0 0 ${height - 40} 20 20 cm /Im1 Do Q`);
  for (const item of options.texts ?? []) {
    const radians = ((item.angle ?? 0) * Math.PI) / 180;
    const [cos, sin] = [Math.cos(radians), Math.sin(radians)].map((value) => Number(value.toFixed(6)));
    ops.push(`BT /F1 ${item.size ?? 12} Tf ${cos} ${sin} ${-sin!} ${cos} ${item.x} ${item.y} Tm (${escape(item.text)}) Tj ET`);
  }
  return ops.join('\n');
}

/** A complete one-page PDF. */
export function makePdf(options: FixtureOptions = {}): Uint8Array {
  const [width, height] = options.size ?? [595, 842];
  const fileId = md5(Buffer.from(JSON.stringify(options)));
  const permissions = -4;
  let key: Buffer | null = null;
  let ownerEntry: Buffer | null = null;
  let userEntry: Buffer | null = null;
  if (options.encrypt) {
    const ownerKey = md5(padded(options.encrypt.owner || options.encrypt.user)).subarray(0, 5);
    ownerEntry = rc4(ownerKey, padded(options.encrypt.user));
    const p = Buffer.alloc(4);
    p.writeInt32LE(permissions);
    key = md5(padded(options.encrypt.user), ownerEntry, p, fileId).subarray(0, 5);
    userEntry = rc4(key, PAD);
  }
  const objectKey = (number: number) => {
    const suffix = Buffer.from([number & 255, (number >> 8) & 255, (number >> 16) & 255, 0, 0]);
    return md5(key!, suffix).subarray(0, 10);
  };
  const stream = (number: number, dict: string, data: Buffer) => {
    const body = key ? rc4(objectKey(number), data) : data;
    return Buffer.concat([Buffer.from(`<< ${dict} /Length ${body.length} >>\nstream\n`, 'latin1'), body, Buffer.from('\nendstream', 'latin1')]);
  };
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}]${options.rotate ? ` /Rotate ${options.rotate}` : ''} ` +
        '/Resources << /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> >> /Contents 4 0 R >>'
    ),
    stream(4, '', Buffer.from(contentStream(options), 'latin1')),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'),
    stream(6, '/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8', Buffer.from([40, 200, 200, 40]))
  ];
  if (ownerEntry && userEntry) {
    objects.push(Buffer.from(`<< /Filter /Standard /V 1 /R 2 /O <${ownerEntry.toString('hex')}> /U <${userEntry.toString('hex')}> /P ${permissions} >>`));
  }
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = chunks[0]!.length;
  objects.forEach((body, index) => {
    const chunk = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    offsets.push(length);
    chunks.push(chunk);
    length += chunk.length;
  });
  const xref = ['xref', `0 ${objects.length + 1}`, '0000000000 65535 f ', ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n `)].join('\n');
  const id = fileId.toString('hex');
  const encrypt = ownerEntry ? ` /Encrypt ${objects.length} 0 R` : '';
  const trailer = `\ntrailer\n<< /Size ${objects.length + 1} /Root 1 0 R /ID [<${id}> <${id}>]${encrypt} >>\nstartxref\n${length}\n%%EOF\n`;
  chunks.push(Buffer.from(xref + trailer, 'latin1'));
  return new Uint8Array(Buffer.concat(chunks));
}
