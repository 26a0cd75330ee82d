/**
 * The decoders, off the main thread: a link or file is decoded here first, under a time budget the page enforces
 * (decode-client.ts terminates this worker past it). Only the verdict crosses back (`ok`, or the refusal with its
 * code and message): a decoded World is built of persistent collections that structured clone would flatten, so the
 * page decodes an accepted document again itself, at the cost this worker just measured.
 */
import '../scenario/zod-config';
import { decodeAuthoredLab, parseAuthoredLabFile } from '../labs/authoring';
import { decodeScenario } from '../scenario';
import type { DecodeJob, DecodeVerdict, WorkerReady } from './decode-client';

function verdictOf(job: DecodeJob): DecodeVerdict {
  const t0 = performance.now();
  const result =
    job.kind === 'scenario' ? decodeScenario(job.text) : job.kind === 'lab-link' ? decodeAuthoredLab(job.text) : parseAuthoredLabFile(job.text);
  const ms = performance.now() - t0;
  return result.ok ? { ok: true, ms } : { ok: false, code: result.error.code, message: result.error.message, ms };
}

self.onmessage = (event: MessageEvent<DecodeJob>) => {
  self.postMessage(verdictOf(event.data));
};
// Loaded: the page starts the decode budget now (the job it posted is delivered right after this).
self.postMessage({ ready: true } satisfies WorkerReady);
