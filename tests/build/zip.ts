// Reading the packages `wxt zip` writes (.output/*.zip): each entry's name and content, and where
// the packages are. Hand-written on Node's zlib rather than a new dependency: WXT's writer
// (@aklinker1/zero-zip) stores or deflates, and the central directory gives every offset needed.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { OUTPUT_DIR } from './output';
import { packageVersion } from './versions';

const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_ENTRY = 0x04034b50;
const END_OF_CENTRAL = 0x06054b50;

/** Every file of a zip (directories left out), by its path in the archive. */
export function readZip(file: string): Map<string, Buffer> {
  const zip = readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || zip.readUInt32LE(end) !== END_OF_CENTRAL) throw new Error(`${file}: not a zip`);
  const count = zip.readUInt16LE(end + 10);
  const entries = new Map<string, Buffer>();
  let offset = zip.readUInt32LE(end + 16);
  for (let index = 0; index < count; index += 1) {
    if (zip.readUInt32LE(offset) !== CENTRAL_ENTRY) throw new Error(`${file}: bad central directory`);
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localOffset = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue;
    if (zip.readUInt32LE(localOffset) !== LOCAL_ENTRY) throw new Error(`${file}: bad entry ${name}`);
    const dataStart =
      localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    if (method !== 0 && method !== 8) throw new Error(`${file}: ${name} uses compression method ${method}`);
    entries.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
  }
  return entries;
}

export const sha256 = (content: Buffer): string => createHash('sha256').update(content).digest('hex');

/** Each file's SHA-256, by path, sorted by path: two packages with the same files compare equal. */
export function hashes(entries: Map<string, Buffer>): Record<string, string> {
  return Object.fromEntries(
    [...entries]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, content]) => [name, sha256(content)]),
  );
}

export type PackageKind = 'chrome' | 'firefox' | 'sources';

/** The path of a package (WXT's default names), failing with the command that makes it. */
export function packagePath(kind: PackageKind, outputDir = OUTPUT_DIR): string {
  const path = join(outputDir, `vt-act-guide-${packageVersion()}-${kind}.zip`);
  if (!existsSync(path)) {
    const command = kind === 'chrome' ? 'npm run zip' : 'npm run zip:firefox';
    throw new Error(`${path} is missing: run \`${command}\` first.`);
  }
  return path;
}
