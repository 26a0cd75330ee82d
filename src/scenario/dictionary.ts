/**
 * The preset deflate dictionary of envelope version 1 (`s=1.`): text that scenario documents are full of (action
 * log entries, resource fields, the document's own keys), so that even the first occurrence in a small document
 * compresses to a back-reference. It roughly halves a classroom scenario.
 *
 * FROZEN: links made with `s=1.` can only be opened with exactly these bytes. To improve it, add a new envelope
 * version with a new dictionary and keep this one for decoding `s=1.`.
 */
const PARTS: readonly string[] = [
  // resources, as a snapshot writes the first one of each kind (ids already short)
  '"images":[0,1,2,3,4,5,{"ownerId":"111122223333","region":"us-east-1","tags":[],"id":"ami-~","name":"","description":"","state":"available","public":false,"launchPermissions":[],"rootDeviceType":"ebs","rootDeviceName":"/dev/xvda","blockDeviceMappings":[{"DeviceName":"/dev/xvda","Ebs":{"SnapshotId":"snap-~","VolumeSize":8,"VolumeType":"gp3","DeleteOnTermination":true,"Encrypted":false}}],"architecture":"x86_64","platformDetails":"Linux/UNIX","creationDate":0,"sourceInstanceId":"i-~","$d":["imageOwnerAlias"]}',
  '"snapshots":[0,1,2,{"ownerId":"111122223333","region":"us-east-1","tags":[],"id":"snap-~","volumeId":"vol-~","volumeSizeGiB":8,"encrypted":false,"state":"completed","startTime":0,"description":"Created by CreateImage(i-~","createVolumePermissions":[]}',
  '"kmsKeys":[0,1,2,{"keyManager":"CUSTOMER","description":"","enabled":true,"creationDate":0,"keySpec":"SYMMETRIC_DEFAULT"}',
  '"volumes":[{"ownerId":"111122223333","region":"us-east-1","tags":[],"id":"vol-~","az":"us-east-1a","sizeGiB":8,"volumeType":"gp3","iops":3000,"throughput":125,"encrypted":false,"snapshotId":"snap-~0","state":"in-use","createTime":0,"attachment":{"instanceId":"i-~","device":"/dev/xvda","deleteOnTermination":true,"attachTime":0}}',
  '"instances":[{"ownerId":"111122223333","region":"us-east-1","tags":[],"id":"i-~","reservationId":"r-~","az":"us-east-1a","vpcId":"vpc-~","subnetId":"subnet-~","instanceType":"t3.micro","imageId":"ami-~4","state":"running","stateTransitionReason":"","launchTime":0,"amiLaunchIndex":0,"rootDeviceType":"ebs","rootDeviceName":"/dev/xvda","instanceStore":[],"publicIpOnLaunch":true,"disableApiTermination":false,"disableApiStop":false,"shutdownBehavior":"stop","metadataOptions":{"HttpTokens":"optional","HttpEndpoint":"enabled","HttpPutResponseHopLimit":1,"HttpProtocolIpv6":"disabled","InstanceMetadataTags":"disabled","State":"applied"},"placement":{"tenancy":"default"},"physicalHostId":"h-~","status":{"system":"ok","instance":"ok"},"ebsOptimized":false,"hibernationConfigured":false,"lastStartTime":0,"recoveries":[]}',
  '{"id":"i-~","state":"stopped","stateTransitionReason":"User initiated (2025-01-01 00:00:00 GMT)","stateReason":{"Code":"Client.UserInitiatedShutdown","Message":"Client.UserInitiatedShutdown: User initiated shutdown"}}',
  '"addresses":[{"ownerId":"111122223333","region":"us-east-1","tags":[],"allocationId":"eipalloc-~","publicIp":"54.160.","domain":"vpc","allocatedAt":0,"association":{"associationId":"eipassoc-~","networkInterfaceId":"eni-~","privateIp":"10.0.1.',
  '"networkInterfaces":[{"ownerId":"111122223333","region":"us-east-1","tags":[],"id":"eni-~","vpcId":"vpc-~","subnetId":"subnet-~","az":"us-east-1a","mac":"~:","privateIps":[{"address":"10.0.1.4","primary":true,"publicIp":"54.160.',
  '"ipv6":[],"groupIds":["sg-~"],"sourceDestCheck":true,"description":"","createdBy":"launch","attachment":{"attachmentId":"eni-attach-~","instanceId":"i-~","deviceIndex":0,"deleteOnTermination":true,"attachTime":0}}',
  '"securityGroups":[0,{"ownerId":"111122223333","region":"us-east-1","tags":[],"id":"sg-~","vpcId":"vpc-~","name":"default","description":"default VPC security group"}',
  '"routeTables":[{"ownerId":"111122223333","region":"us-east-1","tags":[],"id":"rtb-~","vpcId":"vpc-~","main":true,"routes":[{"destination":"10.0.0.0/16","gatewayId":"local","origin":"CreateRouteTable"},{"destination":"0.0.0.0/0","gatewayId":"igw-~","origin":"CreateRoute"}],"subnetIds":["subnet-~"]}',
  '"internetGateways":[{"ownerId":"111122223333","region":"us-east-1","tags":[],"id":"igw-~","vpcId":"vpc-~"}',
  '"subnets":[{"ownerId":"111122223333","region":"us-east-1","tags":[],"id":"subnet-~","vpcId":"vpc-~","az":"us-east-1a","cidr":"10.0.1.0/24","mapPublicIpOnLaunch":true,"defaultForAz":false}',
  '{"k":,"dv":1,"v":{"clock":,"c":{"vpcs":[{"ownerId":"111122223333","region":"us-east-1","tags":[],"id":"vpc-~","cidrBlocks":[{"associationId":"vpc-cidr-assoc-~","cidr":"10.0.0.0/16"}],"isDefault":false,"enableDnsSupport":true,"enableDnsHostnames":false,"mainRouteTableId":"rtb-~","defaultSecurityGroupId":"sg-~"}',
  // log steps
  '{"t":"ec2:ModifyInstanceAttribute","p":{"InstanceId":"i-~","InstanceType":{"Value":"t3.small"}}}',
  '{"t":"ec2:RebootInstances","p":{"InstanceIds":["i-~"]}}{"t":"sim:AdvanceTime","p":{"Seconds":3600}}',
  '{"t":"ec2:CopyImage","p":{"SourceImageId":"ami-~","SourceRegion":"us-east-1","Name":"","Encrypted":true}',
  '{"t":"ec2:DeleteVolume","p":{"VolumeId":"vol-~"}}{"t":"ec2:DetachVolume","p":{"VolumeId":"vol-~"}}',
  '{"t":"ec2:CreateSnapshot","p":{"VolumeId":"vol-~","Description":""}}',
  '{"t":"ec2:AttachVolume","p":{"VolumeId":"vol-~","InstanceId":"i-~","Device":"/dev/sdf"}}',
  '{"t":"ec2:CreateVolume","p":{"AvailabilityZone":"us-east-1a","Size":8,"VolumeType":"gp3"}}',
  '{"t":"ec2:TerminateInstances","p":{"InstanceIds":["i-~"]}}{"t":"ec2:StartInstances","p":{"InstanceIds":["i-~"]}}',
  '{"t":"ec2:DisassociateAddress","p":{"AssociationId":"eipassoc-~"}}{"t":"ec2:ReleaseAddress","p":{"AllocationId":"eipalloc-~"}}',
  '{"t":"ec2:DetachNetworkInterface","p":{"AttachmentId":"eni-attach-~"}}{"t":"ec2:DeleteNetworkInterface","p":{"NetworkInterfaceId":"eni-~"}}',
  '{"t":"ec2:AssignPrivateIpAddresses","p":{"NetworkInterfaceId":"eni-~","SecondaryPrivateIpAddressCount":1}}',
  '{"t":"ec2:ModifyNetworkInterfaceAttribute","p":{"NetworkInterfaceId":"eni-~","SourceDestCheck":{"Value":false}}}',
  '{"t":"ec2:CreateSecurityGroup","p":{"GroupName":"web","Description":"web servers","VpcId":"vpc-~"}}',
  '{"t":"ec2:CreateRouteTable","p":{"VpcId":"vpc-~"}}',
  '{"t":"ec2:CreateRoute","p":{"RouteTableId":"rtb-~","DestinationCidrBlock":"0.0.0.0/0","GatewayId":"igw-~"}}',
  '{"t":"ec2:AssociateRouteTable","p":{"RouteTableId":"rtb-~","SubnetId":"subnet-~"}}',
  '{"t":"ec2:ModifySubnetAttribute","p":{"SubnetId":"subnet-~","MapPublicIpOnLaunch":{"Value":true}}}',
  '{"t":"ec2:CreateSubnet","p":{"VpcId":"vpc-~","CidrBlock":"10.0.1.0/24","AvailabilityZone":"us-east-1a"}}',
  '{"t":"ec2:CreateSubnet","p":{"VpcId":"vpc-~","CidrBlock":"10.0.2.0/24","AvailabilityZone":"us-east-1b"}}',
  '{"t":"ec2:AttachInternetGateway","p":{"InternetGatewayId":"igw-~","VpcId":"vpc-~"}}',
  '{"t":"ec2:CreateInternetGateway","p":{}}',
  '{"t":"ec2:ModifyVpcAttribute","p":{"VpcId":"vpc-~","EnableDnsHostnames":{"Value":true}}}',
  '{"t":"ec2:CreateImage","p":{"InstanceId":"i-~","Name":""}}',
  '{"t":"ec2:StopInstances","p":{"InstanceIds":["i-~"]}}',
  '{"t":"ec2:AllocateAddress","p":{"Domain":"vpc"}}',
  '{"t":"ec2:AssociateAddress","p":{"AllocationId":"eipalloc-~","InstanceId":"i-~"}}',
  '{"t":"ec2:AssociateAddress","p":{"AllocationId":"eipalloc-~","NetworkInterfaceId":"eni-~","PrivateIpAddress":"10.0.1.',
  '{"t":"ec2:CreateNetworkInterface","p":{"SubnetId":"subnet-~","Groups":["sg-~"],"Description":""}}',
  '{"t":"ec2:AttachNetworkInterface","p":{"NetworkInterfaceId":"eni-~","InstanceId":"i-~","DeviceIndex":1}}',
  '"x":"InvalidParameterCombination"}',
  '{"t":"ec2:RunInstances","p":{"ImageId":"ami-~4","InstanceType":"t3.micro","MinCount":1,"MaxCount":1,"SubnetId":"subnet-~","SecurityGroupIds":["sg-~"]}}',
  '{"t":"ec2:CreateVpc","p":{"CidrBlock":"10.0.0.0/16"}}',
  // the document's own keys, nearest the start of the data
  '"layout":{"p":{"region:us-east-1":[0,0],"az:us-east-1a":[24,112],"az:us-east-1b":[408,112],"az:us-east-1c":[792,112],"vpc-~":[',
  '"subnet-~":["i-~":["eni-~":["vol-~":["eipalloc-~":[',
  '"lab":{"id":"","step":1,"done":[""],"refs":{"":""}},"cam":[0,0,1]}',
  '{"format":"ec2-lab","version":1,"title":"","notes":"","seed":,"dv":1,"snap":,"log":[',
];

export const DICTIONARY_V1: Uint8Array = new TextEncoder().encode(PARTS.join(''));
