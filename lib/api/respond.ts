import { NextResponse } from "next/server";

// JSON responses of the public API: errors are plain, translated-free English messages with the
// offending parameter named; internal errors never leak their message.

const headers = { "Cache-Control": "no-store" };

export function json(data: unknown, status = 200) {
  return NextResponse.json(data, { status, headers });
}

export function badRequest(parameter: string, message: string) {
  return json({ error: "bad_request", parameter, message }, 400);
}

export function notFound(message: string) {
  return json({ error: "not_found", message }, 404);
}

/** Wraps a handler so that an unexpected failure answers 500 without details. */
export function handle<A extends unknown[]>(fn: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      return await fn(...args);
    } catch (e) {
      console.error("API error", e);
      return json({ error: "internal_error", message: "The request could not be completed." }, 500);
    }
  };
}

export function unauthorized() {
  return json({ error: "unauthorized", message: "Sign in, or send a personal API token as Authorization: Bearer <token>." }, 401);
}
