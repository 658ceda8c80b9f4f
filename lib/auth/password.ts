import bcrypt from "bcryptjs";

// Passwords are stored only as bcrypt hashes (a deliberately slow hash).
export const BCRYPT_COST = 11;

export function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, BCRYPT_COST);
}

export function verifyPassword(plain: string, hash: string): Promise<boolean> {
  return bcrypt.compare(plain, hash);
}

/** A hash to compare against when the account does not exist, so that a wrong username takes as
 * long as a wrong password (no account enumeration by timing). */
export const DUMMY_HASH = "$2b$11$GY5q0G9EU940UW1o3FmtyOVEC/.O3nj0432A91bTSk9RogTfvODsu";
