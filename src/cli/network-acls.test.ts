import { describe, expect, it } from 'vitest';
import { cliSession } from './test-session';

const session = cliSession;

describe('aws ec2 … network ACLs', () => {
  it('creates an ACL, adds entries with --protocol tcp/--port-range/--ingress, and swaps a subnet onto it', () => {
    const aws = session();
    const vpc = aws('aws ec2 create-vpc --cidr-block 10.0.0.0/16 --query Vpc.VpcId --output text').stdout.trim();
    const subnet = aws(`aws ec2 create-subnet --vpc-id ${vpc} --cidr-block 10.0.1.0/24 --query Subnet.SubnetId --output text`).stdout.trim();
    const created = aws(`aws ec2 create-network-acl --vpc-id ${vpc}`);
    expect(created.exitCode).toBe(0);
    const acl = JSON.parse(created.stdout).NetworkAcl;
    expect(acl).toMatchObject({ IsDefault: false, VpcId: vpc, Associations: [] });
    expect(acl.Entries.map((e: { RuleNumber: number }) => e.RuleNumber)).toEqual([32767, 32767]);
    const entry = aws(`aws ec2 create-network-acl-entry --network-acl-id ${acl.NetworkAclId} --rule-number 100 --protocol tcp --port-range From=22,To=22 --cidr-block 0.0.0.0/0 --rule-action allow --ingress`);
    expect(entry).toMatchObject({ exitCode: 0, stdout: '', stderr: '' });
    expect(entry.actions[0]!.params).toEqual({
      NetworkAclId: acl.NetworkAclId, RuleNumber: 100, Protocol: '6', PortRange: { From: 22, To: 22 }, CidrBlock: '0.0.0.0/0', RuleAction: 'allow', Egress: false,
    });
    aws(`aws ec2 create-network-acl-entry --network-acl-id ${acl.NetworkAclId} --rule-number 100 --protocol all --cidr-block 0.0.0.0/0 --rule-action allow --egress`);
    const dup = aws(`aws ec2 create-network-acl-entry --network-acl-id ${acl.NetworkAclId} --rule-number 100 --protocol udp --port-range From=53,To=53 --cidr-block 0.0.0.0/0 --rule-action deny --ingress`);
    expect(dup.exitCode).toBe(254);
    expect(dup.stderr).toMatch(/^\naws: \[ERROR\]: An error occurred \(NetworkAclEntryAlreadyExists\) when calling the CreateNetworkAclEntry operation: The network acl entry identified by 100 already exists\./);
    const assoc = aws(`aws ec2 describe-network-acls --filters Name=association.subnet-id,Values=${subnet} --query "NetworkAcls[0].Associations[?SubnetId=='${subnet}'].NetworkAclAssociationId" --output text`).stdout.trim();
    expect(assoc).toMatch(/^aclassoc-0[0-9a-f]{16}$/);
    const replaced = aws(`aws ec2 replace-network-acl-association --association-id ${assoc} --network-acl-id ${acl.NetworkAclId}`);
    expect(replaced.exitCode).toBe(0);
    expect(JSON.parse(replaced.stdout)).toEqual({ NewAssociationId: expect.stringMatching(/^aclassoc-0[0-9a-f]{16}$/) });
    const listed = aws(`aws ec2 describe-network-acls --network-acl-ids ${acl.NetworkAclId} --query "NetworkAcls[0].Entries[?RuleNumber==\\\`100\\\`].[Egress,Protocol,RuleAction]" --output text`);
    expect(listed.stdout).toBe('True\t-1\tallow\nFalse\t6\tallow\n');
    const defaults = aws('aws ec2 delete-network-acl --network-acl-id ' + JSON.parse(aws(`aws ec2 describe-network-acls --filters Name=default,Values=true`).stdout).NetworkAcls[0].NetworkAclId);
    expect(defaults.stderr).toContain('(InvalidParameterValue) when calling the DeleteNetworkAcl operation: cannot delete default network ACL');
  });
});
