import { describe, expect, it } from 'vitest';
import { ACTION_LIST } from '../engine';
import { APP_COMMANDS, actionCommands, allCommands, shortcutClashes, type Command } from './registry';
import { resetLabStore, useLabStore } from '../store/store';

describe('command registry', () => {
  const commands = allCommands(ACTION_LIST);

  it('has no two entries sharing a shortcut', () => {
    expect(shortcutClashes(commands)).toEqual({});
  });

  it('notices a clash', () => {
    const extra: Command = { id: 'x', label: 'x', group: 'x', kbd: 'Mod+Y', when: () => true, run: () => {} };
    expect(shortcutClashes([...commands, extra])).toEqual({ 'mod+y': ['history.redo', 'x'] });
  });

  it('has unique ids and a label and group for every entry', () => {
    const ids = commands.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of commands) {
      expect(c.label.length, c.id).toBeGreaterThan(2);
      expect(c.group.length, c.id).toBeGreaterThan(2);
    }
  });

  it('has a command for every engine action that changes the world', () => {
    const types = new Set(commands.map((c) => c.actionType));
    for (const action of ACTION_LIST) if (!action.read) expect(types.has(action.type), action.type).toBe(true);
    expect(types.has('ec2:DescribeInstances')).toBe(true);
    expect(types.has('sim:BillingView')).toBe(true);
  });

  it('has the shortcuts the lab promises', () => {
    const kbd = (id: string) => APP_COMMANDS.find((c) => c.id === id)?.kbd;
    expect(kbd('palette.open')).toBe('Mod+K');
    expect(kbd('history.undo')).toBe('Mod+Z');
    expect(kbd('history.redo')).toBe('Mod+Shift+Z, Mod+Y');
    expect(kbd('refusal.dismiss')).toBe('Escape');
  });

  it('labels actions in plain words', () => {
    const label = (type: string) => actionCommands(ACTION_LIST).find((c) => c.actionType === type)?.label;
    expect(label('ec2:CreateVpc')).toBe('Create VPC');
    expect(label('ec2:AttachNetworkInterface')).toBe('Attach network interface');
    expect(label('ec2:AssignIpv6Addresses')).toBe('Assign IPv6 addresses');
    expect(label('ec2:RunInstances')).toBe('Launch instances');
  });

  it('runs against the store: undo is enabled only with history; an action opens its form', async () => {
    resetLabStore();
    await useLabStore.getState().loadEngine();
    const undo = APP_COMMANDS.find((c) => c.id === 'history.undo')!;
    expect(undo.when(useLabStore.getState())).toBe(false);
    useLabStore.getState().dispatch({ type: 'ec2:CreateVpc', params: { CidrBlock: '10.0.0.0/16' } });
    expect(undo.when(useLabStore.getState())).toBe(true);
    undo.run(useLabStore.getState());
    expect(useLabStore.getState().world?.vpcs.size).toBe(0);

    const create = commands.find((c) => c.actionType === 'ec2:CreateVpc')!;
    create.run(useLabStore.getState());
    expect(useLabStore.getState()).toMatchObject({ paletteOpen: true, paletteAction: 'ec2:CreateVpc' });
  });
});
