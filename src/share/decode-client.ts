/**
 * Decoding links and files without freezing the page. The document is first decoded in a Web Worker
 * (decode-worker.ts) under a time budget: past it the worker is terminated and the document refused as too heavy to
 * open; a refusal inside the budget comes back as the decoder said it. A document the worker accepted is decoded
 * again here, on the page (a World does not survive structured clone), which costs what the worker measured: well
 * under the budget. Where no worker can run (tests in Node, a browser without module workers), the decoders run on
 * the page directly: they are bounded by their own work budgets (LIMITS, WorkMeter).
 */
import type { OpenedLab } from '../labs/authoring';
import type { DecodeResult } from '../scenario';

/** What the worker decodes: a scenario fragment or URL, a `labdoc=` link, or the text of a lab file. */
export type DecodeJob = { kind: 'scenario' | 'lab-link' | 'lab-file'; text: string };
/** The worker's first message: its code has loaded and the job (queued until then) is being decoded. */
export type WorkerReady = { ready: true };
/** What the worker says: opened within the budget, or refused (code + sentence). `ms`: its decode time. */
export type DecodeVerdict = { ok: true; ms: number } | { ok: false; code: string; message: string; ms: number };

/** Wall time a document may take to decode in the worker before it is refused (counted from the worker's start). */
export const DECODE_BUDGET_MS = 1500;
/** How long the worker's own code may take to load (a slow phone, a busy machine) before the page decodes itself. */
const WORKER_LOAD_MS = 8000;

export const TOO_HEAVY_MESSAGE = `This is too heavy to open: decoding it took longer than ${DECODE_BUDGET_MS / 1000} s, so it was stopped.`;

/** The worker's verdict, `'too-heavy'` past the budget, or undefined when no worker could run. */
export function verdictOffThread(job: DecodeJob, budgetMs = DECODE_BUDGET_MS): Promise<DecodeVerdict | 'too-heavy' | undefined> {
  if (typeof Worker === 'undefined') return Promise.resolve(undefined);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./decode-worker.ts', import.meta.url), { type: 'module', name: 'ec2-lab decoder' });
    } catch {
      resolve(undefined);
      return;
    }
    const done = (value: DecodeVerdict | 'too-heavy' | undefined) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(value);
    };
    // The budget counts decoding, not loading the worker's code: it starts when the worker says it is running.
    // A worker that never starts is given up, and the page decodes within its own work budgets.
    let timer = setTimeout(() => done(undefined), WORKER_LOAD_MS);
    worker.onmessage = (event: MessageEvent<DecodeVerdict | WorkerReady>) => {
      if ('ready' in event.data) {
        clearTimeout(timer);
        timer = setTimeout(() => done('too-heavy'), budgetMs);
      } else done(event.data);
    };
    worker.onerror = () => done(undefined); // the worker could not load: decode on the page, within its work budgets
    worker.postMessage(job);
  });
}

/** A scenario (`s=1.…` or a whole URL), decoded off the main thread first. Never throws; same result as decodeScenario. */
export async function decodeScenarioOffThread(text: string, budgetMs = DECODE_BUDGET_MS): Promise<DecodeResult> {
  const verdict = await verdictOffThread({ kind: 'scenario', text }, budgetMs);
  if (verdict === 'too-heavy') return { ok: false, error: { code: 'too-large', message: TOO_HEAVY_MESSAGE } };
  if (verdict && !verdict.ok) return { ok: false, error: { code: verdict.code as 'invalid', message: verdict.message } };
  const { decodeScenario } = await import('../scenario');
  return decodeScenario(text);
}

/** An authored lab (`labdoc=1.…` link, or a lab file's text), decoded off the main thread first. Never throws. */
export async function decodeLabOffThread(kind: 'lab-link' | 'lab-file', text: string, budgetMs = DECODE_BUDGET_MS): Promise<OpenedLab> {
  const verdict = await verdictOffThread({ kind, text }, budgetMs);
  if (verdict === 'too-heavy') return { ok: false, error: { code: 'too-large', message: TOO_HEAVY_MESSAGE } };
  if (verdict && !verdict.ok) return { ok: false, error: { code: verdict.code as 'invalid', message: verdict.message } };
  const { decodeAuthoredLab, parseAuthoredLabFile } = await import('../labs/authoring');
  return kind === 'lab-link' ? decodeAuthoredLab(text) : parseAuthoredLabFile(text);
}
