"use client";

import { useRef, useState, type FormEvent } from "react";
import { describedBy, FieldError, labelClass } from "@/components/forms/parts";

// Uploading an import file with a progress bar: an XHR to POST /api/v1/imports reports the upload
// progress; the server then reads and checks the file (an indeterminate phase) and answers with
// the preview's address, or a translated refusal shown next to the file field.

export interface UploadFormLabels {
  file: string;
  hint: string;
  upload: string;
  uploading: string; // "{percent}"
  checking: string;
  progress: string;
  chooseFile: string;
  networkError: string;
  error: string;
}

type Phase = { kind: "idle" } | { kind: "uploading"; percent: number } | { kind: "checking" } | { kind: "refused"; message: string };

export function ImportUploadForm({ unitCode, labels }: { unitCode: string; labels: UploadFormLabels }) {
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const inputRef = useRef<HTMLInputElement>(null);
  const busy = phase.kind === "uploading" || phase.kind === "checking";

  function refuse(message: string) {
    setPhase({ kind: "refused", message });
    inputRef.current?.focus();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = inputRef.current?.files?.[0];
    if (!file) return refuse(labels.chooseFile);
    const body = new FormData();
    body.set("unitCode", unitCode);
    body.set("file", file);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/v1/imports");
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) setPhase({ kind: "uploading", percent: Math.min(100, Math.round((e.loaded / e.total) * 100)) });
    };
    xhr.upload.onload = () => setPhase({ kind: "checking" });
    xhr.onerror = () => refuse(labels.networkError);
    xhr.onload = () => {
      const res = (xhr.response ?? {}) as { url?: string; message?: string };
      if (xhr.status === 201 && typeof res.url === "string" && res.url.startsWith("/imports/")) {
        window.location.assign(res.url);
        return;
      }
      refuse(typeof res.message === "string" && res.message ? res.message : labels.error);
    };
    setPhase({ kind: "uploading", percent: 0 });
    xhr.send(body);
  }

  const percent = phase.kind === "uploading" ? phase.percent : phase.kind === "checking" ? 100 : 0;
  const errorId = "import-file-error";
  return (
    <form onSubmit={submit} className="space-y-3" data-testid="import-upload-form" noValidate>
      <div>
        <label htmlFor="import-file" className={labelClass}>
          {labels.file}
        </label>
        <input
          ref={inputRef}
          id="import-file"
          name="file"
          type="file"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          disabled={busy}
          aria-invalid={phase.kind === "refused" ? true : undefined}
          aria-describedby={describedBy("import-file-hint", phase.kind === "refused" && errorId)}
          className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border file:border-line-strong file:bg-surface file:px-3 file:py-1.5 file:text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-brand"
          onChange={() => phase.kind === "refused" && setPhase({ kind: "idle" })}
        />
        <p id="import-file-hint" className="mt-1 text-xs text-ink-muted">
          {labels.hint}
        </p>
        <div role="alert" aria-live="assertive" data-testid="import-upload-error">
          <FieldError id={errorId} text={phase.kind === "refused" ? phase.message : null} />
        </div>
      </div>
      <button
        type="submit"
        disabled={busy}
        className="rounded-md bg-brand px-3 py-1.5 text-sm font-medium text-white hover:opacity-90 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand focus-visible:ring-offset-2 disabled:opacity-60"
      >
        {labels.upload}
      </button>
      <div aria-live="polite" role="status" className="text-sm" data-testid="import-progress-status">
        {phase.kind === "uploading" ? labels.uploading.replace("{percent}", String(phase.percent)) : phase.kind === "checking" ? labels.checking : ""}
      </div>
      {busy ? (
        <progress
          className="h-2 w-full max-w-md overflow-hidden rounded bg-canvas accent-brand"
          max={100}
          value={phase.kind === "checking" ? undefined : percent}
          aria-label={labels.progress}
          data-testid="import-progress"
        />
      ) : null}
    </form>
  );
}
