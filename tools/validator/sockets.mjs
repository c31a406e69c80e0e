// Which addresses a process listens on, read from /proc: its socket inodes (/proc/PID/fd) matched
// against the kernel's socket tables (/proc/net/{tcp,tcp6,udp,udp6}).
import { existsSync, readFileSync, readdirSync, readlinkSync } from "node:fs";

const TCP_LISTEN = "0A";

/** Every TCP listener and bound UDP socket of `pid`: `{ proto, address, port }`. */
export function listeningSockets(pid) {
  const inodes = new Set();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    let target;
    try {
      target = readlinkSync(`/proc/${pid}/fd/${fd}`);
    } catch {
      continue; // closed while we looked
    }
    const m = /^socket:\[(\d+)\]$/.exec(target);
    if (m) inodes.add(m[1]);
  }
  const found = [];
  for (const proto of ["tcp", "tcp6", "udp", "udp6"]) {
    const table = `/proc/net/${proto}`;
    if (!existsSync(table)) continue;
    for (const line of readFileSync(table, "utf8").trim().split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      const [local, , state] = cols.slice(1, 4);
      const inode = cols[9];
      if (!inodes.has(inode)) continue;
      const listening = proto.startsWith("tcp") ? state === TCP_LISTEN : true;
      const [hexAddress, hexPort] = local.split(":");
      const port = parseInt(hexPort, 16);
      if (!listening || port === 0) continue;
      found.push({ proto, address: decodeAddress(hexAddress), port });
    }
  }
  return found.sort((a, b) => a.port - b.port || a.proto.localeCompare(b.proto));
}

export function isLoopback(address) {
  return address.startsWith("127.") || address === "::1" || address.startsWith("::ffff:127.");
}

/** /proc/net prints addresses as the in-memory words in hex (little-endian on x86 and arm). */
function decodeAddress(hex) {
  if (hex.length === 8) return Buffer.from(hex, "hex").reverse().join(".");
  const bytes = Buffer.alloc(16);
  for (let word = 0; word < 4; word++) Buffer.from(hex.slice(word * 8, word * 8 + 8), "hex").reverse().copy(bytes, word * 4);
  if (bytes.subarray(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff) return `::ffff:${[...bytes.subarray(12)].join(".")}`;
  if (bytes.every((b, i) => (i === 15 ? b === 1 : b === 0))) return "::1";
  if (bytes.every((b) => b === 0)) return "::";
  const groups = [];
  for (let i = 0; i < 16; i += 2) groups.push(bytes.readUInt16BE(i).toString(16));
  return groups.join(":");
}
