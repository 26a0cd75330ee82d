/**
 * The session as a shell script of `aws` commands (to replay a lab in a real account): every accepted change in
 * order; an action that created something captures its id into a variable with `--query … --output text`, and later
 * commands use `$VARIABLE` instead of the id. Reads and `aws lab …` simulator controls are left out (the latter as
 * comments, since real AWS has no such API).
 */
import type { Action } from '../engine';
import { toCliCommand } from './to-cli';

export interface LoggedAction {
  action: Action;
  ok: boolean;
  response?: unknown;
  read?: boolean;
}

const ID = /^[a-z]+(-[a-z]+)*-[0-9a-f]{8,17}$/;

/** The JMESPath of the first id-looking string in a response (`Vpc.VpcId`, `Instances[0].InstanceId`, `GroupId`). */
export function createdIdPath(response: unknown, depth = 0): [string, string] | undefined {
  if (depth > 4 || !response || typeof response !== 'object') return undefined;
  if (Array.isArray(response)) {
    const inner = createdIdPath(response[0], depth + 1);
    return inner && [`[0]${inner[0].startsWith('[') ? '' : '.'}${inner[0]}`, inner[1]];
  }
  const entries = Object.entries(response as Record<string, unknown>);
  const direct = entries.find(([k, v]) => /Id$/.test(k) && typeof v === 'string' && ID.test(v));
  if (direct) return [direct[0], direct[1] as string];
  for (const [k, v] of entries) {
    if (v && typeof v === 'object') {
      const inner = createdIdPath(v, depth + 1);
      if (inner) return [`${k}${inner[0].startsWith('[') ? '' : '.'}${inner[0]}`, inner[1]];
    }
  }
  return undefined;
}

function variableName(id: string, used: Map<string, number>): string {
  const prefix = id.slice(0, id.lastIndexOf('-'));
  const base = ({ i: 'INSTANCE', sg: 'SG', eipalloc: 'EIP_ALLOC' } as Record<string, string>)[prefix] ?? prefix.toUpperCase().replaceAll('-', '_');
  const n = (used.get(base) ?? 0) + 1;
  used.set(base, n);
  return n === 1 ? base : `${base}_${n}`;
}

function substitute(line: string, ids: Map<string, string>): string {
  return line.replace(/[a-z]+(?:-[a-z]+)*-[0-9a-f]{8,17}/g, (id) => (ids.has(id) ? `$${ids.get(id)}` : id));
}

/** A bash script replaying `entries` with the AWS CLI. */
export function sessionScript(entries: readonly LoggedAction[]): string {
  const lines = [
    '#!/usr/bin/env bash',
    '# Exported from ec2-lab: the accepted changes of this session as AWS CLI v2 commands.',
    '# Ids are captured into variables; run it against a test account (it creates real, billable resources).',
    'set -euo pipefail',
    '',
  ];
  const ids = new Map<string, string>();
  const used = new Map<string, number>();
  for (const entry of entries) {
    if (!entry.ok || entry.read) continue;
    const command = substitute(toCliCommand(entry.action), ids);
    if (entry.action.type.startsWith('sim:')) {
      lines.push(`# lab only (no AWS API): ${command}`);
      continue;
    }
    const created = createdIdPath(entry.response);
    if (created && !ids.has(created[1])) {
      const name = variableName(created[1], used);
      ids.set(created[1], name);
      lines.push(`${name}=$(${command} --query '${created[0]}' --output text)`);
    } else lines.push(command);
  }
  return `${lines.join('\n')}\n`;
}
