import type { ViMessages } from "./messages/vi";

// Types derived from the Vietnamese catalog, the source of truth.

/** The same tree with every text widened to string: the type other catalogs must satisfy. */
export type Catalog<T> = { readonly [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> };

/** What every catalog must look like: exactly vi's keys (a missing or extra key fails tsc). */
export type Messages = Catalog<ViMessages>;

/** Dot paths to the texts of a message tree: "summary.average", "status.met"… */
export type MessagePath<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${MessagePath<T[K]>}`;
}[keyof T & string];

/** Every key t() accepts. */
export type MessageKey = MessagePath<ViMessages>;

/** The (Vietnamese literal) text at a path. */
export type MessageAt<T, P extends string> = P extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? MessageAt<T[Head], Rest>
    : never
  : P extends keyof T
    ? T[P]
    : never;

/** Placeholder names in a text: "Tiêu chí {number}: {name}" → "number" | "name". */
export type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

export type MessageVarValue = string | number;

/** The vars argument of t(): required, with exactly the text's placeholders, when it has any. */
export type MessageArgs<T, K extends string> = [Placeholders<MessageAt<T, K>>] extends [never]
  ? [vars?: undefined]
  : [vars: { [P in Placeholders<MessageAt<T, K>>]: MessageVarValue }];

/** A translate function over the message tree T (T is the vi literal type or a part of it). */
export type Translator<T = ViMessages> = <K extends MessagePath<T>>(key: K, ...args: MessageArgs<T, K>) => string;

/** Keys whose text has no placeholder: safe to store in data (navigation, column definitions). */
export type PlainMessagePath<T> = {
  [K in MessagePath<T>]: [Placeholders<MessageAt<T, K>>] extends [never] ? K : never;
}[MessagePath<T>];

export type PlainMessageKey = PlainMessagePath<ViMessages>;
