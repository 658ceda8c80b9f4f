// Numbers typed into forms (and text cells of imported files), read the Vietnamese way: the comma
// is the decimal mark and the dot (or a space) groups thousands: "1.500" = 1500, "1.500,5" =
// 1500,5, "12,5" = 12,5, "1 500" = 1500. A dot that cannot be a thousands group ("1.5", "12.75",
// "0.125") is refused rather than guessed, and so is a malformed grouping ("1.50.0"). Pure and
// client-safe; the same rules in both interface languages (data is entered the Vietnamese way).

export type NumberInput =
  | { ok: true; value: number | null; /** digits after the decimal comma */ decimals: number }
  | { ok: false; reason: "invalid" | "decimalDot" };

/** Longer input is refused before any work (no 10 000-digit "numbers"). */
const MAX_LENGTH = 30;

/** Spaces that may group thousands: ordinary, no-break and narrow no-break. */
const SPACES = /[ \u00a0\u202f]/;

const PLAIN = /^\d+$/;
const DOT_GROUPED = /^[1-9]\d{0,2}(\.\d{3})+$/;
const SPACE_GROUPED = /^[1-9]\d{0,2}([ \u00a0\u202f]\d{3})+$/;

/** Reads a typed number; "" (or only spaces) is no value. */
export function parseNumberInput(raw: string): NumberInput {
  const text = raw.trim();
  if (text === "") return { ok: true, value: null, decimals: 0 };
  if (text.length > MAX_LENGTH) return { ok: false, reason: "invalid" };
  const m = /^([+\-\u2212]?)([^,]*?)(?:,(\d+))?$/.exec(text);
  const integer = m?.[2] ?? "";
  if (!m || integer === "") return { ok: false, reason: "invalid" };
  const fraction = m[3] ?? "";
  const grouped = DOT_GROUPED.test(integer) || SPACE_GROUPED.test(integer);
  if (!PLAIN.test(integer) && !grouped) {
    // One dot between digits, no comma: an English-style decimal point, not a thousands group.
    return fraction === "" && /^\d+\.\d+$/.test(integer) ? { ok: false, reason: "decimalDot" } : { ok: false, reason: "invalid" };
  }
  const digits = integer.replace(/[.]/g, "").replace(new RegExp(SPACES.source, "g"), "");
  const value = Number(`${m[1] === "" || m[1] === "+" ? "" : "-"}${digits}${fraction ? `.${fraction}` : ""}`);
  if (!Number.isFinite(value)) return { ok: false, reason: "invalid" };
  return { ok: true, value: value === 0 ? 0 : value, decimals: fraction.length };
}

/** "1.5e-7" → "0.00000015", "1e+21" → "1000000000000000000000": the same digits without an exponent. */
function withoutExponent(shortest: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/i.exec(shortest);
  if (!m) return shortest;
  const [, sign, whole, frac = "", exp] = m;
  const digits = `${whole}${frac}`;
  const point = whole!.length + Number(exp);
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** A stored number as a form field shows it, read back exactly by `parseNumberInput`
 * (1500.5 → "1500,5", the shortest text of the number, never an exponent); "" for no value. */
export function numberInputText(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "";
  return withoutExponent(String(n === 0 ? 0 : n)).replace(".", ",");
}
