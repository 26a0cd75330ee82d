/** What the OS tells about itself: interfaces, routes, disks, memory, CPUs, the driver, the host name, power. */
import type { Instance } from '../engine/model/instances';
import { getInstanceType } from '../engine/catalog/instance-types';
import { fromInt, parseCidr } from '../engine/net/cidr';
import { privateDnsName } from '../engine/net/dns-names';
import { err, out, type Ctx, type Output } from './context';

interface GuestIf {
  Device: string;
  MacAddress: string;
  PrivateIpAddresses: string[];
  Cidr: string;
}

function interfaces(ctx: Ctx): GuestIf[] {
  const r = ctx.call('sim:GuestInterfaces', { InstanceId: ctx.instanceId });
  return r.ok ? (r.response.Interfaces as GuestIf[]) : [];
}

const broadcast = (cidr: string) => {
  const c = parseCidr(cidr);
  return c ? fromInt(c.last) : '0.0.0.0';
};
const prefix = (cidr: string) => cidr.split('/')[1] ?? '32';

export function ipAddr(ctx: Ctx, v4only: boolean): Output {
  const rows: string[] = ['1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000'];
  if (!v4only) rows.push('    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00');
  rows.push('    inet 127.0.0.1/8 scope host lo', '       valid_lft forever preferred_lft forever');
  interfaces(ctx).forEach((eni, i) => {
    rows.push(`${i + 2}: ${eni.Device}: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 9001 qdisc mq state UP group default qlen 1000`);
    if (!v4only) rows.push(`    link/ether ${eni.MacAddress} brd ff:ff:ff:ff:ff:ff`);
    eni.PrivateIpAddresses.forEach((ip, j) => {
      const how = j === 0 ? `metric ${512 + i} brd ${broadcast(eni.Cidr)} scope global dynamic` : `brd ${broadcast(eni.Cidr)} scope global secondary`;
      rows.push(`    inet ${ip}/${prefix(eni.Cidr)} ${how} ${eni.Device}`);
      rows.push(j === 0 ? '       valid_lft 3600sec preferred_lft 3600sec' : '       valid_lft forever preferred_lft forever');
    });
  });
  return out(`${rows.join('\n')}\n`);
}

export function ipRoute(ctx: Ctx): Output {
  const rows: string[] = [];
  interfaces(ctx).forEach((eni, i) => {
    const c = parseCidr(eni.Cidr);
    const src = eni.PrivateIpAddresses[0] ?? '';
    if (!c) return;
    const metric = 512 + i;
    rows.push(`default via ${fromInt(c.first + 1)} dev ${eni.Device} proto dhcp src ${src} metric ${metric}`);
    rows.push(`${c.text} dev ${eni.Device} proto kernel scope link src ${src} metric ${metric}`);
  });
  return out(rows.length ? `${rows.join('\n')}\n` : '');
}

export function ifconfig(ctx: Ctx): Output {
  const blocks = interfaces(ctx).map((eni) => {
    const c = parseCidr(eni.Cidr);
    const mask = c ? fromInt(2 ** 32 - 2 ** (32 - c.prefix)) : '255.255.255.255';
    return [
      `${eni.Device}: flags=4163<UP,BROADCAST,RUNNING,MULTICAST>  mtu 9001`,
      `        inet ${eni.PrivateIpAddresses[0] ?? ''}  netmask ${mask}  broadcast ${broadcast(eni.Cidr)}`,
      `        ether ${eni.MacAddress}  txqueuelen 1000  (Ethernet)`,
    ].join('\n');
  });
  blocks.push(['lo: flags=73<UP,LOOPBACK,RUNNING>  mtu 65536', '        inet 127.0.0.1  netmask 255.0.0.0', '        loop  txqueuelen 1000  (Local Loopback)'].join('\n'));
  return out(`${blocks.join('\n\n')}\n\n`);
}

export function hostname(ctx: Ctx, instance: Instance): Output {
  const eth0 = interfaces(ctx)[0];
  return out(`${privateDnsName(instance.region, eth0?.PrivateIpAddresses[0] ?? '0.0.0.0')}\n`);
}

const typeOf = (instance: Instance) => getInstanceType(instance.instanceType);

export const nproc = (instance: Instance) => out(`${typeOf(instance)?.vcpus ?? 1}\n`);

export function free(instance: Instance, args: string[]): Output {
  const totalMiB = Math.round((typeOf(instance)?.memoryMiB ?? 1024) * 0.93);
  const used = Math.round(totalMiB * 0.16);
  const cache = Math.round(totalMiB * 0.3);
  const scale = args.includes('-g') ? 1 / 1024 : args.includes('-m') ? 1 : 1024;
  const n = (v: number) => String(Math.round(v * scale)).padStart(12);
  return out(
    `               total        used        free      shared  buff/cache   available\nMem:  ${n(totalMiB)}${n(used)}${n(totalMiB - used - cache)}${n(0)}${n(cache)}${n(totalMiB - used)}\nSwap: ${n(0)}${n(0)}${n(0)}\n`,
  );
}

export function cpuinfo(instance: Instance): string {
  const info = typeOf(instance);
  const blocks = Array.from({ length: Math.min(info?.vcpus ?? 1, 128) }, (_, i) =>
    [
      `processor\t: ${i}`,
      'vendor_id\t: GenuineIntel',
      'model name\t: Intel(R) Xeon(R) Platinum 8259CL CPU @ 2.50GHz',
      `physical id\t: 0`,
      `cpu cores\t: ${Math.max(1, Math.floor((info?.vcpus ?? 1) / 2))}`,
      `flags\t\t: fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush mmx fxsr sse sse2 ss ht syscall nx pdpe1gb rdtscp lm constant_tsc${info?.hypervisor ? ' hypervisor' : ''}`,
    ].join('\n'),
  );
  return `${blocks.join('\n\n')}\n\n`;
}

interface Disk {
  name: string;
  sizeGiB: number;
  mount?: string;
  root: boolean;
}

function disks(ctx: Ctx, instance: Instance): Disk[] {
  const nitro = typeOf(instance)?.hypervisor !== 'xen';
  const volumes = ctx.world.volumes.values().filter((v) => v.attachment?.instanceId === instance.id);
  const list = [
    ...volumes.map((v) => ({ device: v.attachment?.device ?? '/dev/sdf', sizeGiB: v.sizeGiB, root: v.attachment?.device === instance.rootDeviceName })),
    ...instance.instanceStore.map((s) => ({ device: s.deviceName, sizeGiB: s.sizeGiB, root: s.deviceName === instance.rootDeviceName })),
  ].sort((a, b) => Number(b.root) - Number(a.root));
  return list.map((d, i) => ({
    name: nitro ? `nvme${i}n1` : d.device.replace('/dev/sd', 'xvd').replace('/dev/', ''),
    sizeGiB: d.sizeGiB,
    root: d.root,
    ...(d.root ? { mount: '/' } : {}),
  }));
}

export function lsblk(ctx: Ctx, instance: Instance): Output {
  const rows = ['NAME          MAJ:MIN RM  SIZE RO TYPE MOUNTPOINTS'];
  disks(ctx, instance).forEach((d, i) => {
    rows.push(`${d.name.padEnd(13)} ${`259:${i * 2}`.padEnd(7)}  0 ${`${d.sizeGiB}G`.padStart(4)}  0 disk ${d.root ? '' : ''}`.trimEnd());
    if (d.root) rows.push(`└─${`${d.name}p1`.padEnd(11)} ${`259:${i * 2 + 1}`.padEnd(7)}  0 ${`${d.sizeGiB}G`.padStart(4)}  0 part /`);
  });
  return out(`${rows.join('\n')}\n`);
}

export function df(ctx: Ctx, instance: Instance): Output {
  const root = disks(ctx, instance).find((d) => d.root);
  const rows = ['Filesystem        Size  Used Avail Use% Mounted on', 'devtmpfs          4.0M     0  4.0M   0% /dev', 'tmpfs             475M     0  475M   0% /dev/shm'];
  if (root) {
    const used = Math.min(root.sizeGiB, 1.6);
    const part = `/dev/${root.name}${root.name.startsWith('nvme') ? 'p1' : '1'}`;
    rows.push(`${part.padEnd(16)} ${`${root.sizeGiB.toFixed(1)}G`.padStart(5)} ${`${used.toFixed(1)}G`.padStart(5)} ${`${(root.sizeGiB - used).toFixed(1)}G`.padStart(5)} ${`${Math.ceil((used / root.sizeGiB) * 100)}%`.padStart(4)} /`);
  }
  return out(`${rows.join('\n')}\n`);
}

export function ethtool(instance: Instance, args: string[]): Output {
  if (args[0] !== '-i' || !/^eth\d+$/.test(args[1] ?? '')) return err('ethtool: bad command line argument(s)\nFor more information run ethtool -h\n', 1);
  const ena = typeOf(instance)?.enhancedNetworking === 'ena';
  const driver = ena ? 'driver: ena\nversion: 6.1.115-126.197.amzn2023.x86_64\nfirmware-version: \nbus-info: 0000:00:05.0' : 'driver: vif\nversion: \nfirmware-version: \nbus-info: vif-0';
  return out(`${driver}\nsupports-statistics: yes\nsupports-test: no\nsupports-eeprom-access: no\nsupports-register-dump: no\nsupports-priv-flags: ${ena ? 'yes' : 'no'}\n`);
}

/** `shutdown -h now`, `poweroff`, `halt -p` (root only): the engine's sim:GuestShutdown; `reboot`: a reboot. */
export function power(ctx: Ctx, command: string, args: string[], root: boolean): Output {
  if (!root) return err(`Call to ${command === 'reboot' ? 'Reboot' : 'PowerOff'} failed: Interactive authentication required.\n`, 1);
  if (command === 'shutdown' && args.includes('-r')) command = 'reboot';
  if (command === 'shutdown' && !args.some((a) => a === '-h' || a === '-P' || a === 'now')) return err('shutdown: try shutdown -h now\n', 1);
  const r = command === 'reboot' ? ctx.call('ec2:RebootInstances', { InstanceIds: [ctx.instanceId] }) : ctx.call('sim:GuestShutdown', { InstanceId: ctx.instanceId });
  if (!r.ok) return err(`${command}: ${r.message ?? 'failed'}\n`, 1);
  return out(`Connection to ${ctx.instanceId} closed by remote host.\n`, 0);
}
