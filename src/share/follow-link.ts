/**
 * Follow-along links: any share link can say where to open, `#s=1.…&step=7` (the lab view at step 7: the world after
 * the first 7 steps of the log) and `&present=1` (presenter mode at that step). The scenario fragment itself is
 * base64url and never holds `&`, so everything after the first `&` is these parameters. A link is untrusted input:
 * parameters are few, short and whole numbers; anything else is ignored or reported (code + sentence), never thrown.
 */

/** Characters of the parameters part read at most (a few short `key=value` pairs). */
export const MAX_PARAMS_LENGTH = 200;
/** The largest step number read (the scenario log holds at most 1,000 steps). */
export const MAX_STEP_DIGITS = 6;

export interface FollowRequest {
  /** The step asked for, as a whole number (undefined: none asked). */
  step?: number;
  /** Open in presenter mode. */
  present: boolean;
  /** A parameter that could not be read: code and one sentence. */
  problem?: { code: string; message: string };
}

export interface SplitLink {
  /** The scenario fragment (`s=1.…`), without the parameters. */
  fragment: string;
  follow: FollowRequest;
}

/** Split `s=1.…&step=7&present=1` into the fragment and what the parameters ask for. */
export function splitFollowLink(hash: string): SplitLink {
  const at = hash.indexOf('&');
  if (at < 0) return { fragment: hash, follow: { present: false } };
  const fragment = hash.slice(0, at);
  const follow: FollowRequest = { present: false };
  const params = hash.slice(at + 1, at + 1 + MAX_PARAMS_LENGTH).split('&');
  for (const pair of params.slice(0, 8)) {
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    const value = eq < 0 ? '' : pair.slice(eq + 1);
    if (key === 'present') follow.present = value === '' || value === '1' || value === 'true';
    else if (key === 'step') {
      if (new RegExp(`^\\d{1,${MAX_STEP_DIGITS}}$`).test(value)) follow.step = Number(value);
      else follow.problem = { code: 'bad-step', message: `The link's step "${value.slice(0, 12)}" is not a step number, so it opened at the end of its log.` };
    }
  }
  return { fragment, follow };
}

export interface StepChoice {
  /** The step opened: 1..total, or `total` when none was asked. */
  step: number;
  /** Set when the step asked for was not in 1..total (code + sentence for the banner). */
  problem?: { code: string; message: string };
}

/** The step to open for `requested` in a log of `total` steps: bounded to 1..total, saying so when it had to be. */
export function chooseStep(requested: number | undefined, total: number): StepChoice {
  if (requested === undefined) return { step: total };
  if (total === 0) {
    return { step: 0, problem: { code: 'no-steps', message: `The link asks for step ${requested}, but it carries no steps (only a picture of the lab), so it opened as it is.` } };
  }
  if (requested < 1 || requested > total) {
    const step = requested < 1 ? 1 : total;
    return {
      step,
      problem: { code: 'step-out-of-range', message: `The link asks for step ${requested}, but its log has steps 1 to ${total}, so it opened at step ${step}.` },
    };
  }
  return { step: requested };
}

/** The follow-along link: the share link of the whole log, opening at `step` (in presenter mode when `present`). */
export function linkAtStep(url: string, step: number, present = false): string {
  const clean = url.split('&')[0] as string;
  return `${clean}&step=${Math.max(1, Math.floor(step))}${present ? '&present=1' : ''}`;
}
