import type { ComponentType } from 'react';
import {
  EipIcon,
  EniIcon,
  GatewayIcon,
  InstanceIcon,
  LinkIcon,
  PowerIcon,
  SearchIcon,
  ShieldIcon,
  SidebarIcon,
  SubnetIcon,
  VolumeIcon,
  VpcIcon,
} from '../ui/icons';
import { ariaKeyShortcuts, formatKbd, isMacPlatform } from '../commands/keys';
import { PANEL_KEYS } from '../commands/registry';
import { useShell } from '../store/use-shell';
import { useLabStore, type LabState } from '../store/store';
import { powerActionFor, powerLabel } from './power-action';

export interface Tool {
  type: string;
  label: string;
  Icon: ComponentType<{ className?: string }>;
  tint: string;
}

/** What a learner creates most, in the order a topology is built. Each opens that action's form. */
export const CREATE: Tool[] = [
  { type: 'ec2:CreateVpc', label: 'VPC', Icon: VpcIcon, tint: 'text-violet-600 dark:text-violet-400' },
  { type: 'ec2:CreateSubnet', label: 'Subnet', Icon: SubnetIcon, tint: 'text-sky-600 dark:text-sky-400' },
  { type: 'ec2:CreateInternetGateway', label: 'Internet gateway', Icon: GatewayIcon, tint: 'text-violet-600 dark:text-violet-400' },
  { type: 'ec2:RunInstances', label: 'Instance', Icon: InstanceIcon, tint: 'text-orange-600 dark:text-orange-400' },
  { type: 'ec2:CreateNetworkInterface', label: 'Network interface', Icon: EniIcon, tint: 'text-emerald-600 dark:text-emerald-400' },
  { type: 'ec2:AllocateAddress', label: 'Elastic IP', Icon: EipIcon, tint: 'text-amber-600 dark:text-amber-400' },
  { type: 'ec2:CreateVolume', label: 'Volume', Icon: VolumeIcon, tint: 'text-teal-600 dark:text-teal-400' },
  { type: 'ec2:CreateSecurityGroup', label: 'Security group', Icon: ShieldIcon, tint: 'text-rose-600 dark:text-rose-400' },
];

/** Key actions: connecting what was created, and the instance lifecycle. */
export const CONNECT: Tool[] = [
  { type: 'ec2:AttachInternetGateway', label: 'Attach gateway', Icon: LinkIcon, tint: 'text-violet-600 dark:text-violet-400' },
  { type: 'ec2:AttachNetworkInterface', label: 'Attach interface', Icon: LinkIcon, tint: 'text-emerald-600 dark:text-emerald-400' },
  { type: 'ec2:AssociateAddress', label: 'Attach Elastic IP', Icon: LinkIcon, tint: 'text-amber-600 dark:text-amber-400' },
  { type: 'ec2:AttachVolume', label: 'Attach volume', Icon: LinkIcon, tint: 'text-teal-600 dark:text-teal-400' },
  { type: 'ec2:StopInstances', label: 'Stop / start…', Icon: PowerIcon, tint: 'text-orange-600 dark:text-orange-400' },
];

const mac = isMacPlatform();

/** The action a tool opens now: "Stop / start…" follows the selection's state. */
export function toolAction(tool: Tool, state: Pick<LabState, 'world' | 'selection'>): string {
  return tool.type === 'ec2:StopInstances' ? powerActionFor(state.world, state.selection) : tool.type;
}

/** The label a tool shows now. */
export function useToolLabel(tool: Tool): string {
  return useLabStore((s) => (tool.type === 'ec2:StopInstances' ? powerLabel(s.world, s.selection) : tool.label));
}

function ToolButton({ tool, disabled, rail }: { tool: Tool; disabled: boolean; rail: boolean }) {
  const openPalette = useLabStore((s) => s.openPalette);
  const label = useToolLabel(tool);
  return (
    <li>
      <button
        type="button"
        disabled={disabled}
        onClick={() => openPalette(toolAction(tool, useLabStore.getState()))}
        aria-label={rail ? label : undefined}
        title={rail ? label : undefined}
        className={`flex w-full items-center gap-2.5 rounded-lg py-1.5 text-left text-base font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-sky-600 disabled:opacity-50 dark:text-slate-100 dark:hover:bg-slate-800 ${rail ? 'justify-center px-1' : 'px-2.5'}`}
      >
        <tool.Icon className={`size-5 shrink-0 ${tool.tint}`} />
        {!rail && <span className="truncate">{label}</span>}
      </button>
    </li>
  );
}

function Group({ title, tools, disabled, rail }: { title: string; tools: Tool[]; disabled: boolean; rail: boolean }) {
  return (
    <div role="group" aria-label={title}>
      <h2 className={rail ? 'sr-only' : 'px-2.5 pb-1 text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400'}>
        {title}
      </h2>
      <ul className="space-y-0.5">
        {tools.map((tool) => (
          <ToolButton key={tool.type} tool={tool} disabled={disabled} rail={rail} />
        ))}
      </ul>
    </div>
  );
}

/**
 * The compact palette on the left: the actions a topology is built from, each opening its form. Full width with
 * labels, or a rail of icons (folded, or under 1280 px); on a phone it lives in the header's menu instead.
 */
export function Toolbar() {
  const ready = useLabStore((s) => s.world !== null);
  const openPalette = useLabStore((s) => s.openPalette);
  const setFolded = useLabStore((s) => s.setFolded);
  const shell = useShell();
  if (shell.toolbar === 'menu') return null;
  const rail = shell.toolbar === 'rail';
  const foldable = shell.screen === 'wide';
  return (
    <nav
      aria-label="Create and connect"
      data-testid="toolbar"
      className={`relative flex shrink-0 flex-col gap-3 overflow-y-auto border-r border-slate-200 bg-white py-3 dark:border-slate-800 dark:bg-slate-900 ${rail ? 'w-14 px-1.5' : 'w-56 px-2'}`}
    >
      <Group title="Create" tools={CREATE} disabled={!ready} rail={rail} />
      <Group title="Key actions" tools={CONNECT} disabled={!ready} rail={rail} />
      <div className="mt-auto flex flex-col gap-1">
        <button
          type="button"
          onClick={() => openPalette()}
          aria-label={rail ? 'All actions' : undefined}
          title={rail ? `All actions (${formatKbd('Mod+K', mac)})` : undefined}
          className={`flex items-center gap-2 rounded-lg border border-dashed border-slate-300 py-1.5 text-left text-base text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800 ${rail ? 'justify-center px-1' : 'px-2.5'}`}
        >
          <SearchIcon className="size-5 shrink-0" />
          {!rail && <span className="flex-1">All actions</span>}
          {!rail && <kbd className="font-sans text-sm text-slate-500 dark:text-slate-400">{formatKbd('Mod+K', mac)}</kbd>}
        </button>
        {foldable && (
          <button
            type="button"
            onClick={() => setFolded('toolbar', !rail)}
            aria-label={rail ? 'Expand the toolbar' : 'Fold the toolbar'}
            title={`${rail ? 'Expand' : 'Fold'} the toolbar (${formatKbd(PANEL_KEYS.toolbar, mac)})`}
            aria-keyshortcuts={ariaKeyShortcuts(PANEL_KEYS.toolbar, mac)}
            className={`flex items-center gap-2 rounded-lg py-1.5 text-base text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-slate-300 dark:hover:bg-slate-800 ${rail ? 'justify-center px-1' : 'px-2.5'}`}
          >
            <SidebarIcon className="size-5 shrink-0" />
            {!rail && <span>Fold toolbar</span>}
          </button>
        )}
      </div>
    </nav>
  );
}
