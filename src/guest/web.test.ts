import { describe, expect, it } from 'vitest';
import { apply, createWorld, type World } from '../engine';
import { runShell } from './index';

/** The guest model (timing and guest model table): a web server on TCP 80, 200 for `/`, 404 otherwise. */
function must(world: World, type: string, params: Record<string, unknown>) {
  const r = apply(world, { type, params });
  if (!r.ok) throw new Error(`${type}: ${r.error.message}`);
  return r;
}

function setup() {
  const world = createWorld({ defaultVpc: true });
  const subnet = world.subnets.values().find((s) => s.region === 'us-east-1' && s.az === 'us-east-1a')!;
  const ami = world.images.values().find((i) => i.rootDeviceType === 'ebs' && i.region === 'us-east-1' && i.ownerId !== world.account)!.id;
  const r = must(world, 'ec2:RunInstances', { ImageId: ami, InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: subnet.id });
  const id: string = r.response.Instances[0].InstanceId;
  const eni = r.world.networkInterfaces.values().find((e) => e.attachment?.instanceId === id)!;
  return { world: r.world, id, privateIp: eni.privateIps[0]!.address };
}

describe('curl to the instance’s own web server', () => {
  const s = setup();
  const sh = (line: string) => runShell(s.world, s.id, line, {});

  it('answers 200 for / on localhost, 127.0.0.1 and its private IPv4', () => {
    for (const url of ['http://localhost/', 'localhost', 'http://127.0.0.1:80/', `http://${s.privateIp}/`]) {
      const r = sh(`curl ${url}`);
      expect(r, url).toMatchObject({ exitCode: 0, stderr: '' });
      expect(r.stdout).toBe('<html><body><h1>It works!</h1></body></html>\n');
    }
    expect(sh('curl -i http://localhost/').stdout).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
  });

  it('answers 404 for any other path (curl -f exits 22); other ports refuse (exit 7)', () => {
    const missing = sh('curl -i http://localhost/nope');
    expect(missing.exitCode).toBe(0);
    expect(missing.stdout).toMatch(/^HTTP\/1\.1 404 Not Found\r\n/);
    expect(missing.stdout).toContain('<title>404 Not Found</title>');
    expect(sh('curl -f http://localhost/nope')).toMatchObject({ exitCode: 22, stderr: 'curl: (22) The requested URL returned error: 404\n' });
    expect(sh('curl http://localhost:8080/')).toMatchObject({ exitCode: 7, stderr: 'curl: (7) Failed to connect to localhost port 8080 after 0 ms: Connection refused\n' });
    expect(sh('curl http://example.com/').exitCode).toBe(28);
  });
});

describe('runShell on an instance that is not running', () => {
  it('prints exactly the OpenSSH timeout line with the address, nothing added', () => {
    const s = setup();
    const stopped = must(s.world, 'ec2:StopInstances', { InstanceIds: [s.id] }).world;
    const r = runShell(stopped, s.id, 'hostname', {});
    expect(r.exitCode).toBe(255);
    expect(r.stderr).toBe(`ssh: connect to host ${s.privateIp} port 22: Connection timed out\n`);
  });
});
