/**
 * A ZIP archive of stored (uncompressed) entries, written in one pass in memory: no dependency,
 * synchronous, the same in the browser and in Node. Deflate would need CompressionStream, which
 * is asynchronous; storing costs size (the seeds' CSV files would deflate to about a tenth).
 * Same entries in, same bytes out: every entry carries one fixed timestamp.
 */

export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
}

const LOCAL_HEADER = 30;
const CENTRAL_HEADER = 46;
const END_RECORD = 22;
/** ZIP 2.0: what stored entries in folders need; every reader since 1993 accepts it. */
const VERSION = 20;
/** General-purpose flag bit 11: the entry names are UTF-8 (otherwise readers take them as CP437). */
const UTF8_NAMES = 0x0800;
/**
 * Made by Unix: Info-ZIP's unzip turns names from an MS-DOS host into the OEM code page even when
 * they are flagged UTF-8, so 单位.csv would come out garbled.
 */
const MADE_BY_UNIX = (3 << 8) | VERSION;
/** rw-r--r-- regular file, in the high half of the external attributes as Unix hosts keep it. */
const FILE_MODE = 0o100644 * 0x1_0000;
/** 1980-01-01 00:00:00, the earliest MS-DOS date: the bytes never depend on when they were made. */
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1;
/** Offsets and sizes are 32-bit and the entry count 16-bit without the ZIP64 extension. */
const MAX_32 = 0xffff_ffff;
const MAX_ENTRIES = 0xffff;

export function zipStored(entries: readonly ZipEntry[]): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const names = entries.map((entry) => encoder.encode(entry.name));
  let localSize = 0;
  let centralSize = 0;
  entries.forEach((entry, index) => {
    localSize += LOCAL_HEADER + names[index]!.length + entry.bytes.length;
    centralSize += CENTRAL_HEADER + names[index]!.length;
  });
  if (entries.length > MAX_ENTRIES || localSize + centralSize > MAX_32) throw new Error('数据过大（超过 4 GB 或 65535 个文件），无法打包为 ZIP');

  const out = new Uint8Array(localSize + centralSize + END_RECORD);
  const view = new DataView(out.buffer);
  let at = 0;
  const u16 = (value: number) => {
    view.setUint16(at, value, true);
    at += 2;
  };
  const u32 = (value: number) => {
    view.setUint32(at, value, true);
    at += 4;
  };
  const bytes = (value: Uint8Array) => {
    out.set(value, at);
    at += value.length;
  };

  const offsets: number[] = [];
  const crcs: number[] = [];
  entries.forEach((entry, index) => {
    const name = names[index]!;
    offsets.push(at);
    crcs.push(crc32(entry.bytes));
    u32(0x04034b50);
    u16(VERSION);
    u16(UTF8_NAMES);
    u16(0); // stored
    u16(DOS_TIME);
    u16(DOS_DATE);
    u32(crcs[index]!);
    u32(entry.bytes.length);
    u32(entry.bytes.length);
    u16(name.length);
    u16(0); // no extra field
    bytes(name);
    bytes(entry.bytes);
  });

  const centralStart = at;
  entries.forEach((entry, index) => {
    const name = names[index]!;
    u32(0x02014b50);
    u16(MADE_BY_UNIX);
    u16(VERSION);
    u16(UTF8_NAMES);
    u16(0);
    u16(DOS_TIME);
    u16(DOS_DATE);
    u32(crcs[index]!);
    u32(entry.bytes.length);
    u32(entry.bytes.length);
    u16(name.length);
    u16(0); // extra field
    u16(0); // comment
    u16(0); // disk
    u16(0); // internal attributes
    u32(FILE_MODE);
    u32(offsets[index]!);
    bytes(name);
  });

  u32(0x06054b50);
  u16(0); // this disk
  u16(0); // disk of the central directory
  u16(entries.length);
  u16(entries.length);
  u32(centralSize);
  u32(centralStart);
  u16(0); // comment
  return out;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3, reflected, as ZIP and PNG use it). */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffff_ffff;
  for (let index = 0; index < bytes.length; index++) crc = CRC_TABLE[(crc ^ bytes[index]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffff_ffff) >>> 0;
}
