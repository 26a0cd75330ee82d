/**
 * Live drills a presenter runs on the world in front of the room: each is a short list of actions (the failure, then
 * the simulated minutes in which AWS reacts), so the consequence plays out as steps: recovery to a new host, the
 * public IPv4 released on stop, the Spot interruption after its two-minute notice, the shutdown behaviour deciding.
 */
import type { Action, World } from '../engine';
import type { Instance } from '../engine/model/instances';
import { nameTag } from '../view-model/world-index';

interface Drill {
  id: string;
  label: string;
  /** One sentence for the room: what to watch for. */
  watch: string;
  actions: Action[];
}

interface DrillTarget {
  id: string;
  label: string;
  drills: Drill[];
}

function drillsFor(instance: Instance): Drill[] {
  const id = instance.id;
  const drills: Drill[] = [
    {
      id: 'host',
      label: 'Fail the host',
      watch: 'The system status check fails; with recovery set up, the instance moves to a new host and keeps its IPs.',
      actions: [
        { type: 'sim:FailSystemStatusCheck', params: { InstanceId: id, Cause: 'host-hardware' } },
        { type: 'sim:AdvanceTime', params: { Seconds: 300 } },
      ],
    },
    {
      id: 'instance-check',
      label: "Fail the instance's status check",
      watch: 'The instance status check fails: a problem inside the OS, which AWS will not fix for you.',
      actions: [{ type: 'sim:FailInstanceStatusCheck', params: { InstanceId: id, Cause: 'kernel' } }],
    },
    {
      id: 'shutdown',
      label: 'Shut down from inside',
      watch: `The OS runs shutdown -h now: the instance's shutdown behaviour (${instance.shutdownBehavior}) decides what happens.`,
      actions: [{ type: 'sim:GuestShutdown', params: { InstanceId: id } }],
    },
    {
      id: 'stop',
      label: 'Stop it',
      watch: 'A stop releases an auto-assigned public IPv4; an Elastic IP stays.',
      actions: [{ type: 'ec2:StopInstances', params: { InstanceIds: [id] } }],
    },
  ];
  if (instance.market) {
    drills.push({
      id: 'spot',
      label: 'Interrupt the Spot instance',
      watch: 'The Spot price rises above its maximum: a two-minute notice, then the interruption.',
      actions: [
        { type: 'sim:SetSpotPrice', params: { InstanceType: instance.instanceType, AvailabilityZone: instance.az, Price: '99.0000' } },
        { type: 'sim:AdvanceTime', params: { Seconds: 120 } },
      ],
    });
  }
  return drills;
}

/** Every running instance with the drills that make sense for it, named as the canvas names it. */
export function drillTargets(world: World): DrillTarget[] {
  return world.instances
    .values()
    .filter((i) => i.state === 'running')
    .map((i) => ({ id: i.id, label: nameTag(i) ? `${nameTag(i)} (${i.id})` : i.id, drills: drillsFor(i) }));
}
