"use client";

import { useId, useState, type FormEvent } from "react";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { signInWithCredentials } from "@/lib/auth/client";

export interface SignInLabels {
  username: string;
  password: string;
  submit: string;
  submitting: string;
  failed: string;
  requiredUsername: string;
  requiredPassword: string;
}

/** Username and password form. Errors are announced and shown next to the fields; what the user
 * typed stays (the password is cleared after a failure). */
export function SignInForm({ labels, callbackUrl }: { labels: SignInLabels; callbackUrl: string }) {
  const id = useId();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<{ username?: string; password?: string; form?: string }>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const next = {
      username: username.trim() ? undefined : labels.requiredUsername,
      password: password ? undefined : labels.requiredPassword,
    };
    if (next.username || next.password) {
      setErrors(next);
      return;
    }
    setPending(true);
    setErrors({});
    const ok = await signInWithCredentials(username.trim(), password);
    if (ok) {
      // A full page load: the client router keeps the signed-out redirect of "/" → /sign-in in its
      // cache, so a client-side replace("/") would land on this form again. The button stays
      // "signing in…" until the next page arrives.
      window.location.assign(safeCallbackPath(callbackUrl));
    } else {
      setPending(false);
      setPassword("");
      setErrors({ form: labels.failed });
    }
  }

  const field = "mt-1 block w-full rounded-md border border-line-strong bg-surface px-3 py-2 text-ink focus:outline-none focus-visible:ring-2 focus-visible:ring-brand";
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-describedby={errors.form ? `${id}-form` : undefined}>
      <div aria-live="polite">
        {errors.form ? (
          <p id={`${id}-form`} className="rounded-md border border-status-not-met-border bg-status-not-met-bg p-3 text-sm text-status-not-met" data-testid="sign-in-error">
            {errors.form}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor={`${id}-username`} className="block text-sm font-medium">
          {labels.username}
        </label>
        <input
          id={`${id}-username`}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          aria-invalid={!!errors.username}
          aria-describedby={errors.username ? `${id}-username-error` : undefined}
          className={field}
        />
        {errors.username ? (
          <p id={`${id}-username-error`} className="mt-1 text-sm text-status-not-met" aria-live="polite">
            {errors.username}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor={`${id}-password`} className="block text-sm font-medium">
          {labels.password}
        </label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={!!errors.password}
          aria-describedby={errors.password ? `${id}-password-error` : undefined}
          className={field}
        />
        {errors.password ? (
          <p id={`${id}-password-error`} className="mt-1 text-sm text-status-not-met" aria-live="polite">
            {errors.password}
          </p>
        ) : null}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand px-4 py-2 font-medium text-white hover:opacity-90 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand focus-visible:ring-offset-2 disabled:opacity-60"
      >
        {pending ? labels.submitting : labels.submit}
      </button>
    </form>
  );
}
