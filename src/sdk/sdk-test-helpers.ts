/** Shared set-up for the SDK-client suites: a real EC2Client whose requests the engine answers. */
import {
  CreateSubnetCommand,
  CreateVpcCommand,
  DescribeImagesCommand,
  EC2Client,
  RunInstancesCommand,
  type RunInstancesCommandInput,
} from '@aws-sdk/client-ec2';
import { createWorld, type CreateWorldOptions } from '../engine';
import { EngineHandler } from './handler';

export const CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };

export function lab(options: CreateWorldOptions = {}, region = 'us-east-1'): { handler: EngineHandler; ec2: EC2Client } {
  const handler = new EngineHandler(createWorld(options));
  const ec2 = new EC2Client({ region, credentials: CREDENTIALS, requestHandler: handler, maxAttempts: 1 });
  return { handler, ec2 };
}

/** The error a refused call throws (fails the test when the call succeeds). */
export async function refusal(call: Promise<unknown>): Promise<Error & { $metadata?: { httpStatusCode?: number } }> {
  try {
    await call;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected the call to be refused, but it succeeded');
}

/** A VPC with one subnet in us-east-1a, and the Amazon Linux AMI. */
export async function network(ec2: EC2Client): Promise<{ vpcId: string; subnetId: string; imageId: string }> {
  const vpc = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }));
  const vpcId = vpc.Vpc!.VpcId!;
  const subnet = await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: '10.0.1.0/24', AvailabilityZone: 'us-east-1a' }));
  const images = await ec2.send(new DescribeImagesCommand({ Owners: ['amazon'], Filters: [{ Name: 'root-device-type', Values: ['ebs'] }] }));
  return { vpcId, subnetId: subnet.Subnet!.SubnetId!, imageId: images.Images![0]!.ImageId! };
}

/** Launches `count` t3.micro instances in the subnet; returns their ids. */
export async function launch(ec2: EC2Client, subnetId: string, imageId: string, count = 1, extra: Partial<RunInstancesCommandInput> = {}): Promise<string[]> {
  const r = await ec2.send(new RunInstancesCommand({ ImageId: imageId, InstanceType: 't3.micro', MinCount: count, MaxCount: count, SubnetId: subnetId, ...extra }));
  return r.Instances!.map((i) => i.InstanceId!);
}
