import { crc32, inflateRawSync } from 'node:zlib';

export interface UnzippedEntry {
  readonly name: string;
  readonly data: Buffer;
  readonly method: 'stored' | 'deflated';
}

/**
 * Reads a zip archive as an unzip tool does, independently of the writer: finds the
 * end record, walks the central directory, reads each local header and body, and
 * checks sizes and CRC-32. Throws on anything it does not expect.
 */
export function unzip(archive: Buffer): UnzippedEntry[] {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('no end of central directory record');
  const count = archive.readUInt16LE(end + 10);
  const directoryAt = archive.readUInt32LE(end + 16);
  if (directoryAt + archive.readUInt32LE(end + 12) !== end)
    throw new Error('the central directory does not end where the end record starts');
  const entries: UnzippedEntry[] = [];
  for (let at = directoryAt, i = 0; i < count; i++) {
    if (archive.readUInt32LE(at) !== 0x02014b50) throw new Error(`entry ${i}: no central directory header`);
    const method = archive.readUInt16LE(at + 10);
    const crc = archive.readUInt32LE(at + 16);
    const [packed, size] = [archive.readUInt32LE(at + 20), archive.readUInt32LE(at + 24)];
    const nameLength = archive.readUInt16LE(at + 28);
    const skip = nameLength + archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    const local = archive.readUInt32LE(at + 42);
    if (archive.readUInt32LE(local) !== 0x04034b50) throw new Error(`${name}: no local header`);
    if (archive.toString('utf8', local + 30, local + 30 + archive.readUInt16LE(local + 26)) !== name)
      throw new Error(`${name}: the local header names another file`);
    const bodyAt = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const body = archive.subarray(bodyAt, bodyAt + packed);
    if (method !== 0 && method !== 8) throw new Error(`${name}: compression method ${method}`);
    const data = method === 8 ? inflateRawSync(body) : Buffer.from(body);
    if (data.length !== size) throw new Error(`${name}: ${data.length} bytes, the directory says ${size}`);
    if (crc32(data) !== crc) throw new Error(`${name}: CRC-32 does not match`);
    entries.push({ name, data, method: method === 8 ? 'deflated' : 'stored' });
    at += 46 + skip;
  }
  return entries;
}
