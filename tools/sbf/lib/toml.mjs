// A small TOML subset reader for the few keys the build needs from Anchor.toml and Cargo.toml:
// `[section]` headers and `key = value` with strings, booleans, arrays of strings (also over
// several lines) and inline tables of those. Anything else is kept as its raw text.
import { readFileSync } from "node:fs";

/** { "<section>": { "<key>": value } }; keys before any header are under "". */
export function readToml(path) {
  const sections = { "": {} };
  let current = sections[""];
  const lines = readFileSync(path, "utf8").split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = stripComment(lines[i]).trim();
    if (!line) continue;
    const header = /^\[\s*([^\][]+?)\s*\]$/.exec(line);
    if (header) {
      current = sections[header[1].split(".").map((s) => s.trim().replace(/^"(.*)"$/, "$1")).join(".")] ??= {};
      continue;
    }
    const kv = /^("[^"]*"|[A-Za-z0-9_-]+)\s*=\s*(.+)$/.exec(line);
    if (!kv) continue;
    let value = kv[2].trim();
    // A multi-line array continues until its brackets balance.
    while (value.startsWith("[") && depth(value) > 0 && i + 1 < lines.length) value += " " + stripComment(lines[++i]).trim();
    current[kv[1].replace(/^"(.*)"$/, "$1")] = parseValue(value);
  }
  return sections;
}

function parseValue(text) {
  if (text.startsWith('"')) {
    const m = /^"((?:[^"\\]|\\.)*)"/.exec(text);
    return m ? JSON.parse(`"${m[1]}"`) : text;
  }
  if (text.startsWith("'")) return text.slice(1, text.indexOf("'", 1));
  if (text === "true" || text === "false") return text === "true";
  if (text.startsWith("[")) return splitTopLevel(text.slice(1, text.lastIndexOf("]"))).map(parseValue);
  if (text.startsWith("{")) {
    const table = {};
    for (const part of splitTopLevel(text.slice(1, text.lastIndexOf("}")))) {
      const kv = /^("[^"]*"|[A-Za-z0-9_-]+)\s*=\s*(.+)$/.exec(part);
      if (kv) table[kv[1].replace(/^"(.*)"$/, "$1")] = parseValue(kv[2].trim());
    }
    return table;
  }
  return text;
}

/** Comma-separated items of an array or inline table body, ignoring commas inside strings/brackets. */
function splitTopLevel(body) {
  const items = [];
  let level = 0;
  let quote = null;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quote) {
      if (c === "\\" && quote === '"') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "[" || c === "{") level++;
    else if (c === "]" || c === "}") level--;
    else if (c === "," && level === 0) {
      items.push(body.slice(start, i));
      start = i + 1;
    }
  }
  items.push(body.slice(start));
  return items.map((s) => s.trim()).filter(Boolean);
}

function depth(text) {
  let level = 0;
  let quote = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === "\\" && quote === '"') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "[" || c === "{") level++;
    else if (c === "]" || c === "}") level--;
  }
  return level;
}

function stripComment(line) {
  let quote = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === "\\" && quote === '"') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "#") return line.slice(0, i);
  }
  return line;
}
