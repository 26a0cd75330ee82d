/** The commands the terminal e2e types (also run headless in src/terminal/shell.test.ts). */
export const BUILD_STEPS = [
  'VPC=$(aws ec2 create-vpc --cidr-block 10.0.0.0/16 --query Vpc.VpcId --output text)',
  'SUBNET=$(aws ec2 create-subnet --vpc-id $VPC --cidr-block 10.0.1.0/24 --availability-zone us-east-1a --query Subnet.SubnetId --output text)',
  'IGW=$(aws ec2 create-internet-gateway --query InternetGateway.InternetGatewayId --output text)',
  'aws ec2 attach-internet-gateway --internet-gateway-id $IGW --vpc-id $VPC',
  'RTB=$(aws ec2 create-route-table --vpc-id $VPC --query RouteTable.RouteTableId --output text)',
  'aws ec2 create-route --route-table-id $RTB --destination-cidr-block 0.0.0.0/0 --gateway-id $IGW --output text',
  'aws ec2 associate-route-table --route-table-id $RTB --subnet-id $SUBNET --output text',
  'SG=$(aws ec2 create-security-group --vpc-id $VPC --group-name web --description "web tier" --query GroupId --output text)',
  "AMI=$(aws ec2 describe-images --owners amazon --query 'Images[?RootDeviceType==`ebs`] | [0].ImageId' --output text)",
  "INSTANCE=$(aws ec2 run-instances --image-id $AMI --instance-type t3.micro --subnet-id $SUBNET --security-group-ids $SG --query 'Instances[0].InstanceId' --output text)",
  'echo "instance=$INSTANCE state=$(aws ec2 describe-instances --instance-ids $INSTANCE --query Reservations[0].Instances[0].State.Name --output text)"',
];
