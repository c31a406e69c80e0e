import type { Idl } from "@coral-xyz/anchor";
import camelcase from "camelcase";

/** Keys whose string values anchor rewrites to camelCase when it loads an IDL. */
const NAME_KEYS = new Set(["name", "path", "account", "relations", "generic"]);

function camel(value: string): string {
  // `my_account.field` names a field of an account: each part is converted on its own.
  return value
    .split(".")
    .map((part) => camelcase(part, { locale: false }))
    .join(".");
}

function convert(value: unknown, key: string | null): unknown {
  if (key !== null && NAME_KEYS.has(key)) {
    if (typeof value === "string") return camel(value);
    if (Array.isArray(value)) return value.map((v) => (typeof v === "string" ? camel(v) : v));
  }
  if (Array.isArray(value)) return value.map((v) => convert(v, null));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v, k)]));
  }
  return value;
}

/**
 * The IDL with names in the camelCase anchor's `Program` uses at runtime and that the generated
 * `target/types/<name>.ts` types spell, so names returned by this SDK match those types whether
 * it was given the JSON (snake_case) IDL or an already converted one.
 */
export function camelCaseIdl<I extends Idl>(idl: I): I {
  return convert(idl, null) as I;
}
