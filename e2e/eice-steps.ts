/**
 * The commands the EC2 Instance Connect Endpoint e2e types (also run headless in src/terminal/eic-ssh.test.ts): a
 * private instance in a VPC with no internet gateway, its group admitting TCP 22 from the endpoint's group.
 */
export const EICE_BUILD_STEPS = [
  'VPC=$(aws ec2 create-vpc --cidr-block 10.0.0.0/16 --query Vpc.VpcId --output text)',
  'SUBNET=$(aws ec2 create-subnet --vpc-id $VPC --cidr-block 10.0.1.0/24 --availability-zone us-east-1a --query Subnet.SubnetId --output text)',
  'APP=$(aws ec2 create-security-group --vpc-id $VPC --group-name app --description "private app" --query GroupId --output text)',
  'EICE_SG=$(aws ec2 create-security-group --vpc-id $VPC --group-name eice --description "instance connect endpoint" --query GroupId --output text)',
  'aws ec2 authorize-security-group-ingress --group-id $APP --protocol tcp --port 22 --source-group $EICE_SG --output text',
  "AMI=$(aws ec2 describe-images --owners amazon --query 'Images[?RootDeviceType==`ebs`] | [0].ImageId' --output text)",
  "INSTANCE=$(aws ec2 run-instances --image-id $AMI --instance-type t3.micro --subnet-id $SUBNET --security-group-ids $APP --query 'Instances[0].InstanceId' --output text)",
  'echo "instance=$INSTANCE"',
];

/** Creates the endpoint in the instance's subnet with its own group. */
export const CREATE_ENDPOINT =
  'EICE=$(aws ec2 create-instance-connect-endpoint --subnet-id $SUBNET --security-group-ids $EICE_SG --query InstanceConnectEndpoint.InstanceConnectEndpointId --output text); echo "endpoint=$EICE"';

export const EICE_SSH = 'aws ec2-instance-connect ssh --instance-id $INSTANCE --connection-type eice';
