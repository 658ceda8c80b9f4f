// Public surface of the domain rules.
export * from "./types";
export * from "./calendar-date";
export * from "./as-of";
export * from "./text";
export * from "./indicator";
export * from "./criterion";
export * from "./standing";
export * from "./summary";
export * from "./consistency";
export * from "./gaps";
export * from "./due-date";
