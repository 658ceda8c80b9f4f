import path from "node:path";

export const DEMO_USERS = ["vpdp", "vanquan", "huule", "tuxuyen", "gtvt", "admin"] as const;
export type DemoUser = (typeof DEMO_USERS)[number];

/** Where the setup project keeps each account's cookies. */
export function storageStateFor(username: DemoUser): string {
  return path.resolve("playwright", ".auth", `${username}.json`);
}
