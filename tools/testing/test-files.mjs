import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** Files under `dir` whose names end in `suffix`, sorted, relative to `root`; none if `dir` is absent. */
export function findFiles(root, dir, suffix) {
  const start = join(root, dir);
  if (!existsSync(start)) return [];
  const found = [];
  const walk = (path) => {
    for (const entry of readdirSync(path)) {
      // Build outputs can hold thousands of files and never hold suites.
      if (entry === "node_modules" || entry === "target" || entry.startsWith(".")) continue;
      const child = join(path, entry);
      if (statSync(child).isDirectory()) walk(child);
      else if (entry.endsWith(suffix)) found.push(relative(root, child));
    }
  };
  walk(start);
  return found.sort();
}
