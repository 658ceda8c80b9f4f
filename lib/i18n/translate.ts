import type { Catalog, MessageArgs, MessagePath, MessageVarValue, Translator } from "./types";

// The translate function itself. Pure and client-safe: server.ts binds it to the request's locale
// and client.tsx to the messages the layout hands to the browser.

const PLACEHOLDER = /\{(\w+)\}/g;

/** Replaces {name} with vars.name. Numbers are printed as-is (format decimals with formatNumber first). */
export function interpolate(text: string, vars?: Readonly<Record<string, MessageVarValue>>): string {
  if (!vars) return text;
  return text.replace(PLACEHOLDER, (match, name: string) => {
    const value = vars[name];
    return value === undefined ? match : String(value);
  });
}

/** The text at a dot path, or undefined when the path does not lead to a string. */
export function lookup(messages: unknown, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split(".")) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

/**
 * A typed t(key, vars?) over a catalog. An unknown key (only possible by bypassing the types)
 * returns the key itself, so a gap shows up on screen rather than as an empty string.
 */
export function createTranslator<T>(messages: Catalog<T>): Translator<T> {
  return (<K extends MessagePath<T>>(key: K, ...args: MessageArgs<T, K>): string => {
    const text = lookup(messages, key);
    if (text === undefined) return key;
    return interpolate(text, args[0] as Record<string, MessageVarValue> | undefined);
  }) as Translator<T>;
}
