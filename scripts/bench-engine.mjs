/**
 * Benchmark rows of the engine and of scenario documents, used by scripts/bench.mjs: scripts/engine-bench.ts and
 * scripts/scenario-bench.ts, bundled for Node with Vite and run once each.
 */
import { spawnSync } from 'node:child_process';
import { build } from 'vite';
import { root } from './bench-util.mjs';

// ── engine and scenario documents (scripts/*-bench.ts, bundled for Node) ─────────────────────────────────────────

const bundledRuns = new Map();
/** Bundles `scripts/<name>.ts` with Vite (SSR build, dependencies stay external), runs it once, parses its JSON line. */
function bundledBench(name) {
  if (!bundledRuns.has(name)) {
    bundledRuns.set(
      name,
      (async () => {
        const outDir = `${root}node_modules/.tmp/${name}`;
        await build({
          configFile: false,
          root,
          logLevel: 'warn',
          build: {
            ssr: `scripts/${name}.ts`,
            outDir,
            emptyOutDir: true,
            target: 'node20',
            minify: false,
            rolldownOptions: { output: { entryFileNames: `${name}.mjs` } },
          },
        });
        const r = spawnSync(process.execPath, [`${outDir}/${name}.mjs`], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
        if (r.status !== 0) throw new Error(`${name} exited ${r.status}: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`);
        return JSON.parse(r.stdout.trim().split('\n').pop());
      })(),
    );
  }
  return bundledRuns.get(name);
}
const engineBench = () => bundledBench('engine-bench');
const scenarioBench = () => bundledBench('scenario-bench');

export async function classroomLink() {
  const { classroom } = await scenarioBench();
  return {
    value: classroom.fragmentChars,
    shown: `${classroom.fragmentChars.toLocaleString('en')} characters`,
    note: `URL fragment \`s=1.…\` of src/scenario/fixtures/classroom.ts (carries ${classroom.carries}); as a snapshot instead: ${classroom.asSnapshotChars} characters; decode median ${classroom.decode.medianMs} ms`,
  };
}

export async function thousandResourceLink() {
  const { thousandResources: t } = await scenarioBench();
  return {
    value: t.snapshotChars,
    shown: `${(t.snapshotChars / 1024).toFixed(1)} KiB`,
    note: `${t.resources} resources (world JSON ${(t.worldJsonBytes / 1024).toFixed(0)} KiB) shared as a snapshot: ${t.snapshotChars.toLocaleString('en')} characters; its ${t.withItsLog.steps}-step log alone would be ${t.withItsLog.logOnlyChars.toLocaleString('en')} characters but costs more to replay than the opening limit (${t.withItsLog.replayWork} > ${t.withItsLog.maxReplayWork}); encode ${t.encodeSnapshot.wallMs} ms`,
  };
}

export async function thousandResourceDecode() {
  const { thousandResources: t } = await scenarioBench();
  return {
    value: t.decodeSnapshot.medianMs,
    shown: `${t.decodeSnapshot.medianMs.toFixed(1)} ms`,
    note: `decode + validate + restore of the 1,000-resource link, median of 40 warm runs (first run ${t.decodeSnapshot.firstMs} ms, CPU median ${t.decodeSnapshot.medianCpuMs} ms)`,
  };
}

export async function hostileLinks() {
  const { hostile } = await scenarioBench();
  const kinds = [...new Set(hostile.inputs.map((h) => h.kind))];
  const codes = [...new Set(hostile.inputs.map((h) => h.code))];
  return {
    value: hostile.worstMedianMs,
    shown: `${hostile.worstMedianMs.toFixed(1)} ms worst`,
    note: `${hostile.inputs.length} hostile links (${kinds.join(', ')}), each refused with a message (codes: ${codes.join(', ')}); worst median of 6 runs ${hostile.worstMedianMs} ms, worst first run ${hostile.worstFirstMs} ms. src/scenario/fuzz.test.ts checks 10,000 more on every test run`,
  };
}

export async function applyPerAction() {
  const { apply } = await engineBench();
  return {
    value: apply.medianMicros,
    shown: `${apply.medianMicros.toFixed(1)} µs`,
    note: `${apply.resources} resources, median over everyday actions (${apply.refused} of the warm-up set refused)`,
  };
}

export async function trafficRun() {
  const { traffic } = await engineBench();
  return {
    value: traffic.medianMillis,
    shown: `${traffic.medianMillis.toFixed(2)} ms`,
    note: `sim:SendTraffic of ${traffic.requests.toLocaleString('en')} requests to an ALB in two AZs with an Auto Scaling group of ${traffic.targets} healthy targets (${traffic.answered.toLocaleString('en')} answered 200), sessions in memory; median of 20 warm runs (scripts/traffic-bench.ts)`,
  };
}

export async function slowestRead() {
  const { reads } = await engineBench();
  const [worst] = reads.slowest;
  return {
    value: worst.ms,
    shown: `${worst.ms.toFixed(2)} ms slowest`,
    note: `all ${reads.count} read actions (Describe*, sim views) with no parameters on the 1,000-resource world, median of 5 warm runs each; slowest: ${reads.slowest.map((r) => `${r.type} ${r.ms} ms`).join(', ')}`,
  };
}

export async function randomActions() {
  const { random } = await engineBench();
  return {
    value: random.medianMillis / 1000,
    shown: `${(random.medianMillis / 1000).toFixed(2)} s`,
    note: `${random.actions} actions from the property-test generator, median of 3 runs (CPU median ${(random.cpuMedianMillis / 1000).toFixed(2)} s); final world sha256 ${random.worldSha256.slice(0, 16)}…`,
  };
}

export async function cliCommand() {
  const { cli } = await engineBench();
  return {
    value: cli.medianMillis,
    shown: `${cli.medianMillis.toFixed(2)} ms`,
    note: `median of ${cli.commands} commands (describe-instances with a filter and --query to text, describe-vpcs as a table, create-vpc), parse to printed output, on the 1,000-resource world; slowest ${cli.maxMillis.toFixed(2)} ms`,
  };
}
