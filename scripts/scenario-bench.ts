/**
 * Scenario document benchmarks (bundle for Node like scripts/engine-bench.ts, run once; prints one JSON object):
 * - the reference classroom scenario: whole URL fragment length (budget ≤ 1,500 characters);
 * - a 1,000-resource world (`bigWorld()`): fragment length as a snapshot (budget ≤ 32 KiB); what happens with its
 *   log (too costly to replay on opening, so still a snapshot) and how long the log alone would be;
 * - decode and validate that 1,000-resource document (budget ≤ 20 ms; median of warm runs, first run reported too);
 * - hostile inputs (bomb, cut, bit-flipped, wrongly typed, random, and small-but-heavy: expensive reads, fields ×
 *   items, deep nesting, lab-document starts): time to refuse each (budget ≤ 50 ms).
 */
import { deflateSync } from 'fflate';
import { performance } from 'node:perf_hooks';
import { apply, createWorld, type Action, type World } from '../src/engine/index';
import { createScenario, decodeScenario, encodeScenario, scenarioCarries } from '../src/scenario/index';
import { DICTIONARY_V1 } from '../src/scenario/dictionary';
import { fromBase64Url, packUnchecked, toBase64Url, unseal } from '../src/scenario/envelope';
import { classroomScenario } from '../src/scenario/fixtures/classroom';
import { LIMITS } from '../src/scenario/limits';
import { record } from '../src/scenario/replay';
import { bigWorld, resourceCount } from '../src/test/bench-world';
import { decodeAuthoredLab } from '../src/labs/authoring/link';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * Wall time and CPU time of one call, in ms. On a busy machine wall time includes waiting for a core; the process's
 * CPU time (user + system) does not, so both are reported.
 */
function measure<T>(fn: () => T): { value: T; wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { value, wall, cpu: (c.user + c.system) / 1000 };
}

function timeDecode(text: string, runs: number) {
  const walls: number[] = [];
  const cpus: number[] = [];
  let ok = true;
  for (let i = 0; i < runs; i++) {
    const m = measure(() => decodeScenario(text));
    walls.push(m.wall);
    cpus.push(m.cpu);
    ok &&= m.value.ok && m.value.warnings.length === 0;
  }
  return {
    firstMs: round(walls[0] as number),
    medianMs: round(median(walls.slice(1))),
    minMs: round(Math.min(...walls.slice(1))),
    medianCpuMs: round(median(cpus.slice(1))),
    ok,
  };
}

/** bigWorld()'s own loop, keeping the actions, so that the same world can be shared as a log. */
function bigWorldWithLog(target = 1000): { world: World; log: Action[] } {
  let world = createWorld({ defaultVpc: true });
  const log: Action[] = [];
  const subnets = [...world.subnets.values()].filter((s) => s.region === 'us-east-1');
  const ami = [...world.images.values()].find((i) => i.region === 'us-east-1' && i.rootDeviceType === 'ebs')!.id;
  const run = (action: Action) => {
    log.push(action);
    const r = apply(world, action);
    if (!r.ok) throw new Error(`${action.type}: ${r.error.code}`);
    world = r.world;
  };
  let n = 0;
  while (resourceCount(world) < target) {
    const subnet = subnets[n % subnets.length]!;
    run({ type: 'ec2:RunInstances', params: { ImageId: ami, InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: subnet.id } });
    if (n % 10 === 0) run({ type: 'ec2:CreateNetworkInterface', params: { SubnetId: subnet.id } });
    n++;
  }
  return { world, log };
}

// ── classroom ────────────────────────────────────────────────────────────────────────────────────────────────────

const classroom = classroomScenario();
const classroomScenarioDoc = createScenario(classroom.input);
const classroomText = encodeScenario(classroomScenarioDoc);
const classroomSnapshotText = encodeScenario(createScenario({ ...classroom.input, log: [] }));

// ── 1,000 resources ──────────────────────────────────────────────────────────────────────────────────────────────

const big = bigWorld();
const bigWithLog = bigWorldWithLog();
if (JSON.stringify(bigWithLog.world) !== JSON.stringify(big)) throw new Error('bigWorldWithLog drifted from bigWorld');
const empty = { layout: { positions: {} }, title: '1,000 resources', notes: '' };
const bigSnapshot = createScenario({ world: big, log: [], ...empty });
const encoded = measure(() => encodeScenario(bigSnapshot));
const bigSnapshotText = encoded.value;
// With its log, the 1,000-resource world is still shared as a snapshot: replaying 343 launches costs more than
// LIMITS.maxReplayWork. The log-only document is packed here by hand, only to report its size.
const bigLog = createScenario({ world: big, log: bigWithLog.log, ...empty });
const replayWork = record(createWorld({ defaultVpc: true }), bigWithLog.log).work;
const bigLogOnlyText = encodeScenario({
  ...bigSnapshot,
  origin: { kind: 'fresh', seed: 1, defaultVpc: true },
  log: bigWithLog.log.map((action) => ({ action })),
});
const bigJsonBytes = new TextEncoder().encode(JSON.stringify(big)).length;

const decodeSnapshot = timeDecode(bigSnapshotText, 41);
const decodeClassroom = timeDecode(classroomText, 31);

// ── hostile inputs ───────────────────────────────────────────────────────────────────────────────────────────────

function hostileInputs(): { kind: string; text: string }[] {
  const out: { kind: string; text: string }[] = [];
  const bytes = fromBase64Url(bigSnapshotText.slice(4))!;
  for (let i = 1; i <= 5; i++) out.push({ kind: 'truncated', text: bigSnapshotText.slice(0, Math.floor((bigSnapshotText.length * i) / 6)) });
  for (let i = 0; i < 5; i++) {
    const flipped = bytes.slice();
    const at = Math.floor((flipped.length * (i + 1)) / 7);
    flipped[at] = (flipped[at] as number) ^ 0x10;
    out.push({ kind: 'bit-flipped', text: `s=1.${toBase64Url(flipped)}` });
  }
  const unsealed = unseal(bigSnapshotText);
  if (!unsealed.ok) throw new Error('big document does not unseal');
  const wire = JSON.parse(unsealed.json) as { snap: { c: Record<string, Record<string, unknown>[]> } };
  for (const field of ['state', 'subnetId', 'privateIps', 'attachment', 'recoveries']) {
    const copy = JSON.parse(JSON.stringify(wire)) as typeof wire;
    const items = [...(copy.snap.c.instances ?? []), ...(copy.snap.c.networkInterfaces ?? [])];
    const last = items.reverse().find((item) => typeof item === 'object' && field in item);
    if (last) last[field] = 42;
    out.push({ kind: 'wrongly typed', text: packUnchecked(JSON.stringify(copy)) });
  }
  const zeros = deflateSync(new Uint8Array(64 * 1024 * 1024), { level: 6, dictionary: DICTIONARY_V1 });
  const bomb = new Uint8Array(zeros.length + 4);
  bomb.set(zeros);
  out.push({ kind: 'bomb (64 MiB of zeros)', text: `s=1.${toBase64Url(bomb)}` });
  let noiseSeed = 7;
  const hidden = new Uint8Array(12_000 + 32 * 1024 * 1024);
  for (let i = 0; i < 12_000; i++) hidden[i] = 97 + ((noiseSeed = (Math.imul(noiseSeed, 1103515245) + 12345) >>> 0) % 26);
  const hiddenPacked = deflateSync(hidden, { level: 9, dictionary: DICTIONARY_V1 });
  const hiddenBomb = new Uint8Array(hiddenPacked.length + 4);
  hiddenBomb.set(hiddenPacked);
  out.push({ kind: 'bomb behind 12 KB of text', text: `s=1.${toBase64Url(hiddenBomb)}` });
  let seed = 12345;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  for (let i = 0; i < 5; i++) {
    out.push({ kind: 'random payload', text: `s=1.${toBase64Url(Uint8Array.from({ length: 20_000 }, () => Math.floor(random() * 256)))}` });
  }
  return [...out, ...heavyInputs()];
}

/** Small but heavy (issue #11): work that bytes do not show. */
function heavyInputs(): { kind: string; text: string; lab?: boolean }[] {
  const doc = (rest: Record<string, unknown>) => packUnchecked(JSON.stringify({ format: 'ec2-lab', version: 1, ...rest }));
  const reads = (t: string, n: number) => Array.from({ length: n }, () => ({ t }));
  const wide: Record<string, unknown> = { id: 'i-0' };
  for (let i = 0; i < 250; i++) wide[`f${i}`] = 0;
  const copies = Array.from({ length: 9000 }, (_, i) => ({ $k: `i-${i + 1}` }));
  const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
  const labDoc = {
    format: 'ec2-lab-lab',
    version: 1,
    title: 'Heavy',
    summary: 'A lab.',
    minutes: 5,
    sections: ['Public IPv4 address'],
    start: { actions: Array.from({ length: 300 }, () => ({ type: 'ec2:DescribeReservedInstancesOfferings' })) },
    steps: [{ id: 'one', title: 'One', instruction: 'Do it.', hints: [], why: '', goals: [{ kind: 'action', type: 'ec2:StopInstances' }] }],
  };
  return [
    { kind: 'expensive reads (1,000 catalogue-wide reads)', text: doc({ log: reads('ec2:DescribeReservedInstancesOfferings', 1000) }) },
    { kind: 'expensive reads (1,000 instance-type listings)', text: doc({ log: reads('ec2:DescribeInstanceTypes', 1000) }) },
    { kind: 'fields × items (250 fields copied into 9,000 items)', text: doc({ snap: { k: 0, c: { instances: [wide, ...copies] } } }) },
    { kind: 'fields × items (one 30,000-value field shared by 9,000 items)', text: doc({ snap: { k: 0, c: { instances: [{ id: 'i-0', blob: Array.from({ length: 30_000 }, () => 0) }, ...copies] } } }) },
    { kind: 'deep nesting (100,000 levels)', text: packUnchecked(`{"format":"ec2-lab","version":1,"notes":${deep}}`) },
    { kind: 'lab-document start (300 catalogue-wide reads)', text: `labdoc=${packUnchecked(JSON.stringify(labDoc)).slice(2)}`, lab: true },
  ];
}

/** Either decoder, as a code: the scenario's or the authored lab's. */
function decodeAny(text: string, lab?: boolean): string {
  if (lab) {
    const r = decodeAuthoredLab(text);
    return r.ok ? 'opened' : r.error.code;
  }
  const r = decodeScenario(text);
  return r.ok ? 'opened' : r.error.code;
}

const hostile = hostileInputs().map(({ kind, text, lab }: { kind: string; text: string; lab?: boolean }) => {
  const walls: number[] = [];
  const cpus: number[] = [];
  let code = '';
  for (let i = 0; i < 7; i++) {
    const m = measure(() => decodeAny(text, lab));
    walls.push(m.wall);
    cpus.push(m.cpu);
    code = m.value;
  }
  return { kind, code, firstMs: round(walls[0] as number), medianMs: round(median(walls.slice(1))), medianCpuMs: round(median(cpus.slice(1))) };
});

const result = {
  classroom: {
    fragmentChars: classroomText.length,
    budgetChars: 1500,
    carries: scenarioCarries(classroomScenarioDoc),
    asSnapshotChars: classroomSnapshotText.length,
    decode: decodeClassroom,
  },
  thousandResources: {
    resources: resourceCount(big),
    worldJsonBytes: bigJsonBytes,
    snapshotChars: bigSnapshotText.length,
    budgetChars: 32 * 1024,
    withItsLog: {
      carries: scenarioCarries(bigLog),
      steps: bigWithLog.log.length,
      replayWork,
      maxReplayWork: LIMITS.maxReplayWork,
      logOnlyChars: bigLogOnlyText.length,
    },
    encodeSnapshot: { wallMs: round(encoded.wall), cpuMs: round(encoded.cpu) },
    decodeSnapshot,
    decodeBudgetMs: 20,
  },
  hostile: {
    budgetMs: 50,
    worstMedianMs: Math.max(...hostile.map((h) => h.medianMs)),
    worstMedianCpuMs: Math.max(...hostile.map((h) => h.medianCpuMs)),
    worstFirstMs: Math.max(...hostile.map((h) => h.firstMs)),
    inputs: hostile,
  },
};
console.log(JSON.stringify(result));
