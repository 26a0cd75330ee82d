/** The commands the ssh e2e types (also run headless in src/terminal/ssh-session.test.ts). */
export const SSH_BUILD_STEPS = [
  'VPC=$(aws ec2 create-vpc --cidr-block 10.0.0.0/16 --query Vpc.VpcId --output text)',
  'aws ec2 modify-vpc-attribute --vpc-id $VPC --enable-dns-hostnames "{\\"Value\\":true}"',
  'SUBNET=$(aws ec2 create-subnet --vpc-id $VPC --cidr-block 10.0.1.0/24 --availability-zone us-east-1a --query Subnet.SubnetId --output text)',
  'IGW=$(aws ec2 create-internet-gateway --query InternetGateway.InternetGatewayId --output text)',
  'aws ec2 attach-internet-gateway --internet-gateway-id $IGW --vpc-id $VPC',
  'RTB=$(aws ec2 create-route-table --vpc-id $VPC --query RouteTable.RouteTableId --output text)',
  'aws ec2 create-route --route-table-id $RTB --destination-cidr-block 0.0.0.0/0 --gateway-id $IGW --output text',
  'aws ec2 associate-route-table --route-table-id $RTB --subnet-id $SUBNET --output text',
  'SG=$(aws ec2 create-security-group --vpc-id $VPC --group-name ssh --description "ssh from anywhere" --query GroupId --output text)',
  'aws ec2 create-key-pair --key-name lab-key --query KeyName --output text',
  "AMI=$(aws ec2 describe-images --owners amazon --query 'Images[?RootDeviceType==`ebs`] | [0].ImageId' --output text)",
  "INSTANCE=$(aws ec2 run-instances --image-id $AMI --instance-type t3.micro --subnet-id $SUBNET --security-group-ids $SG --key-name lab-key --associate-public-ip-address --query 'Instances[0].InstanceId' --output text)",
  "IP=$(aws ec2 describe-instances --instance-ids $INSTANCE --query 'Reservations[0].Instances[0].PublicIpAddress' --output text)",
  'echo "instance=$INSTANCE ip=$IP"',
];

/** Opens TCP 22 in the instance's security group (the hop the first ssh attempt is blocked at). */
export const OPEN_SSH = 'aws ec2 authorize-security-group-ingress --group-id $SG --protocol tcp --port 22 --cidr 0.0.0.0/0 --output text';

export const IMDS_TOKEN = 'TOKEN=$(curl -s -X PUT "http://169.254.169.254/latest/api/token" -H "X-aws-ec2-metadata-token-ttl-seconds: 21600")';
export const IMDS_READ = 'curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/public-ipv4; echo';
