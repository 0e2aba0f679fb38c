/**
 * Reads the entries of a .zip archive in memory (stored or deflated), through its central
 * directory so that sizes are right even when the local headers defer them to a data descriptor.
 * Enough for the corpus's archives (one JSON file each); no ZIP64, no encryption.
 */
import { inflateRawSync } from 'node:zlib'

/** Every file of the archive by name, decoded as UTF-8; throws naming the archive when it is not a zip it can read. */
export function readZipText(name: string, bytes: Buffer): Map<string, string> {
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (eocd < 0) throw new Error(`${name}: not a zip archive (no end of central directory)`)
  const count = bytes.readUInt16LE(eocd + 10)
  let at = bytes.readUInt32LE(eocd + 16)
  const out = new Map<string, string>()
  for (let i = 0; i < count; i++) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) throw new Error(`${name}: damaged central directory`)
    const method = bytes.readUInt16LE(at + 10)
    const compressed = bytes.readUInt32LE(at + 20)
    const nameLength = bytes.readUInt16LE(at + 28)
    const extraLength = bytes.readUInt16LE(at + 30)
    const commentLength = bytes.readUInt16LE(at + 32)
    const local = bytes.readUInt32LE(at + 42)
    const entry = bytes.toString('utf8', at + 46, at + 46 + nameLength)
    at += 46 + nameLength + extraLength + commentLength
    if (entry.endsWith('/')) continue
    const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28)
    const data = bytes.subarray(dataStart, dataStart + compressed)
    if (method === 0) out.set(entry, data.toString('utf8'))
    else if (method === 8) out.set(entry, inflateRawSync(data).toString('utf8'))
    else throw new Error(`${name}: ${entry} uses compression method ${method}, which this reader does not know`)
  }
  return out
}
