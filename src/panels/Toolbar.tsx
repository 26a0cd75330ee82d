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
  SubnetIcon,
  VolumeIcon,
  VpcIcon,
} from '../app/icons';
import { formatKbd, isMacPlatform } from '../commands/keys';
import { useLabStore } from '../store/store';

interface Tool {
  type: string;
  label: string;
  Icon: ComponentType<{ className?: string }>;
  tint: string;
}

/** What a learner creates most, in the order a topology is built. Each opens that action's form. */
const CREATE: Tool[] = [
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
const CONNECT: Tool[] = [
  { type: 'ec2:AttachInternetGateway', label: 'Attach gateway', Icon: LinkIcon, tint: 'text-violet-600 dark:text-violet-400' },
  { type: 'ec2:AttachNetworkInterface', label: 'Attach interface', Icon: LinkIcon, tint: 'text-emerald-600 dark:text-emerald-400' },
  { type: 'ec2:AssociateAddress', label: 'Attach Elastic IP', Icon: LinkIcon, tint: 'text-amber-600 dark:text-amber-400' },
  { type: 'ec2:AttachVolume', label: 'Attach volume', Icon: LinkIcon, tint: 'text-teal-600 dark:text-teal-400' },
  { type: 'ec2:StopInstances', label: 'Stop / start…', Icon: PowerIcon, tint: 'text-orange-600 dark:text-orange-400' },
];

const mac = isMacPlatform();

function ToolButton({ tool, disabled }: { tool: Tool; disabled: boolean }) {
  const openPalette = useLabStore((s) => s.openPalette);
  return (
    <li>
      <button
        type="button"
        disabled={disabled}
        onClick={() => openPalette(tool.type)}
        className="flex w-full items-center gap-2.5 rounded-lg px-2.5 py-1.5 text-left text-base font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-sky-600 disabled:opacity-50 dark:text-slate-100 dark:hover:bg-slate-800"
      >
        <tool.Icon className={`size-5 shrink-0 ${tool.tint}`} />
        <span className="truncate">{tool.label}</span>
      </button>
    </li>
  );
}

function Group({ title, tools, disabled }: { title: string; tools: Tool[]; disabled: boolean }) {
  return (
    <div>
      <h2 className="px-2.5 pb-1 text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
        {title}
      </h2>
      <ul className="space-y-0.5">
        {tools.map((tool) => (
          <ToolButton key={tool.type} tool={tool} disabled={disabled} />
        ))}
      </ul>
    </div>
  );
}

/** The compact palette on the left: the actions a topology is built from, each opening its form. */
export function Toolbar() {
  const ready = useLabStore((s) => s.world !== null);
  const openPalette = useLabStore((s) => s.openPalette);
  return (
    <nav
      aria-label="Create and connect"
      className="flex w-56 shrink-0 flex-col gap-3 overflow-y-auto border-r border-slate-200 bg-white px-2 py-3 dark:border-slate-800 dark:bg-slate-900"
    >
      <Group title="Create" tools={CREATE} disabled={!ready} />
      <Group title="Key actions" tools={CONNECT} disabled={!ready} />
      <button
        type="button"
        onClick={() => openPalette()}
        className="mt-auto flex items-center gap-2 rounded-lg border border-dashed border-slate-300 px-2.5 py-1.5 text-left text-base text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
      >
        <SearchIcon className="size-5 shrink-0" />
        <span className="flex-1">All actions</span>
        <kbd className="font-sans text-sm text-slate-500 dark:text-slate-400">{formatKbd('Mod+K', mac)}</kbd>
      </button>
    </nav>
  );
}
