/** Hard limits of a scenario document. A document past one is refused before any real work is done. */
export const LIMITS = {
  /** Characters of the whole fragment (`s=1.<payload>`). */
  maxTextLength: 256 * 1024,
  /**
   * Bytes of JSON after inflating (decompression-bomb guard). A 1,000-resource snapshot is about 220 KB, so about
   * 2,300 resources fit; the cap also bounds what a hostile document can cost (inflate, parse, walk) to well under
   * 50 ms.
   */
  maxInflatedBytes: 512 * 1024,
  /**
   * Values (objects, arrays and leaves) the resources of a snapshot expand to. Each delta item copies the fields of
   * the one before it, so bytes alone do not bound the work: this counts fields × items. The 1,000-resource world is
   * about 27,000; the cap lets ~3,500 resources through (more than maxInflatedBytes does) and refuses amplification.
   */
  maxExpandedNodes: 100_000,
  /** Fields of one snapshot item: the widest resource the engine makes has about 60. */
  maxFieldsPerResource: 256,
  /** Nesting depth of the JSON. */
  maxDepth: 40,
  /** Steps in a log. */
  maxLogSteps: 1000,
  /**
   * Replay work (see WorkMeter in replay.ts: world size × resources created, plus the size of each answer and the
   * price of catalogue reads, summed over the steps) up to which a
   * document carries its log. Replaying costs roughly 0.2–1 µs per unit, so opening such a log takes a few ms to
   * ~20 ms; a costlier log is shared as a snapshot. The classroom scenario is about 1,400.
   */
  maxReplayWork: 15_000,
  /** Replay work past which opening a document stops and refuses it (a hostile log must not freeze the page). */
  maxReplayWorkOnOpen: 30_000,
  /** Resources in one collection. */
  maxResourcesPerCollection: 10_000,
  /** Canvas positions kept. */
  maxLayoutNodes: 10_000,
  maxTitleLength: 200,
  maxNotesLength: 20_000,
  /** Characters of one step's presenter note. */
  maxStepNoteLength: 2_000,
  /** Characters of a chapter title. */
  maxChapterLength: 120,
  /** Warnings listed one by one; past this they are counted in a last summary warning. */
  maxWarnings: 50,
} as const;
