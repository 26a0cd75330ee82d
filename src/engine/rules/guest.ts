import { ruleTable } from './sections';

/**
 * What the guest OS sees (rules 35–38 of docs/reference/ec2-rules.md): the instance metadata service, the
 * Amazon DNS resolver and the interfaces inside the OS. These views never refuse: sim:QueryIMDS answers with an HTTP
 * status and sim:ResolveDns with an Rcode, and each answer that needs explaining names one of these rules in its
 * `Rule` member. `code` names what the guest receives: the HTTP status in words (Unauthorized = 401, Forbidden = 403,
 * MissingOrInvalidParameters = 400, NotFound = 404, MethodNotAllowed = 405), the DNS Rcode, or NoResponse.
 */
export const GUEST_RULES = ruleTable({
  // --- Instance metadata service -------------------------------------------------------------------------------
  'imds.instance.not-running': {
    code: 'NoResponse',
    title: 'Only a running instance can ask IMDS',
    concept:
      'The metadata service is reached from inside the instance at the link-local address 169.254.169.254. A stopped or terminated instance has no operating system running, so nobody is there to ask.',
    fix: 'Start the instance, then query the metadata service from inside it.',
    section: 'Instance Metadata',
    ref: 36,
  },
  'imds.endpoint.disabled': {
    code: 'Forbidden',
    title: 'Metadata endpoint turned off',
    concept:
      'IMDS needs no credentials and is not encrypted: anything running on the instance can read it. Turning the endpoint off (HttpEndpoint disabled) is the switch AWS gives you to block that access completely.',
    fix: 'Turn the endpoint back on with ModifyInstanceMetadataOptions (HttpEndpoint: enabled) if software on the instance needs it.',
    section: 'Unauthenticated and Unencrypted',
    ref: 36,
  },
  'imds.token.required': {
    code: 'Unauthorized',
    title: 'IMDSv2 required: no token',
    concept:
      'With HttpTokens required the instance accepts only IMDSv2: a session token from PUT /latest/api/token must come with every GET. A plain GET (IMDSv1) is what a tricked web application or open proxy would send, so it is turned away.',
    fix: 'TOKEN=$(curl -X PUT http://169.254.169.254/latest/api/token -H "X-aws-ec2-metadata-token-ttl-seconds: 21600"), then send it as X-aws-ec2-metadata-token.',
    section: 'Unauthenticated and Unencrypted',
    ref: 36,
  },
  'imds.token.invalid': {
    code: 'Unauthorized',
    title: 'Token not valid here',
    concept:
      'A session token belongs to the instance that issued it and to its current boot: it cannot be made up, and one copied from another instance is refused.',
    fix: 'Ask this instance for a new token with PUT /latest/api/token.',
    section: 'Unauthenticated and Unencrypted',
    ref: 36,
  },
  'imds.token.expired': {
    code: 'Unauthorized',
    title: 'Token expired',
    concept:
      'An IMDSv2 token is a session with a lifetime you choose (1 second to 6 hours). Once it has passed, the session is over.',
    fix: 'PUT /latest/api/token again for a new session.',
    section: 'Unauthenticated and Unencrypted',
    ref: 36,
  },
  'imds.token.ttl': {
    code: 'MissingOrInvalidParameters',
    title: 'Token TTL between 1 and 21600 seconds',
    concept:
      'The token PUT must say how long the session lasts in the X-aws-ec2-metadata-token-ttl-seconds header, from 1 second to 6 hours; a custom header is also something a simple request forgery cannot add.',
    fix: 'Send X-aws-ec2-metadata-token-ttl-seconds with a whole number from 1 to 21600.',
    section: 'Unauthenticated and Unencrypted',
    ref: 36,
  },
  'imds.token.forwarded': {
    code: 'Forbidden',
    title: 'Token PUT through a proxy',
    concept:
      'A request carrying X-Forwarded-For has passed through a proxy, so it may come from outside the instance. IMDS refuses to issue a token to it.',
    fix: 'Request the token directly from the instance, not through a reverse proxy.',
    section: 'Unauthenticated and Unencrypted',
    ref: 36,
  },
  'imds.token.versioned-path': {
    code: 'Forbidden',
    title: 'Token only at /latest/api/token',
    concept: 'Session tokens are issued at one address only; a PUT to a version-specific path such as /2021-03-23/api/token is refused on purpose.',
    fix: 'PUT to /latest/api/token.',
    section: 'Instance Metadata',
    ref: 36,
  },
  'imds.token.hop-limit': {
    code: 'NoResponse',
    title: 'Token response hop limit',
    concept:
      'The answer to the token PUT leaves with an IP time-to-live of HttpPutResponseHopLimit (default 1). A caller further away, such as a container behind a bridge or a host behind a proxy, never receives it.',
    fix: 'Raise HttpPutResponseHopLimit (for example to 2 for containers) with ModifyInstanceMetadataOptions, or call from the instance itself.',
    section: 'Unauthenticated and Unencrypted',
    ref: 36,
  },
  'imds.method': {
    code: 'MethodNotAllowed',
    title: 'GET to read, PUT for the token',
    concept: 'The metadata service is read with GET (or HEAD); the only PUT it accepts is the one that starts an IMDSv2 session.',
    fix: 'Use GET for metadata paths and PUT only for /latest/api/token.',
    section: 'Instance Metadata',
    ref: 36,
  },
  'imds.path.not-found': {
    code: 'NotFound',
    title: 'No such metadata item',
    concept:
      'Metadata is a tree of categories under /latest/meta-data/; a path ending in / lists what exists. An item the instance does not have is simply not there.',
    fix: 'List the parent directory (GET the path ending in /) to see what exists.',
    section: 'Instance Metadata',
    ref: 35,
  },
  'imds.public-ipv4.absent': {
    code: 'NotFound',
    title: 'No public IPv4 to report',
    concept:
      'The OS never holds the public IPv4 (the internet gateway translates it to the private IP); IMDS is where the instance learns it. Without a public IPv4 or Elastic IP there is nothing to report, and a stop releases the dynamic one.',
    fix: 'Launch in a subnet that auto-assigns public IPv4, or associate an Elastic IP with eth0.',
    section: 'Public IPv4 address',
    ref: 35,
  },
  'imds.user-data.absent': {
    code: 'NotFound',
    title: 'No user data',
    concept: 'User data is what you passed at launch (base64-encoded in the API); IMDS hands it back decoded at /latest/user-data, and has nothing to hand back when none was given.',
    fix: 'Pass UserData to RunInstances (it can be changed while the instance is stopped).',
    section: 'User Data',
  },
  'imds.iam.absent': {
    code: 'NotFound',
    title: 'No role on the instance',
    concept:
      'An instance gets temporary credentials from IMDS only when it was given an IAM instance profile: the metadata service hands out the keys of the role it assumes and rotates them before they expire.',
    fix: 'Launch with IamInstanceProfile (or associate a profile) to give software on the instance a role.',
    section: 'Authentication',
  },
  // --- The guest OS ------------------------------------------------------------------------------------------------
  'guest.public-ip.not-in-os': {
    code: 'NotInOperatingSystem',
    title: 'The OS never sees the public IPv4',
    concept:
      'Only private addresses are configured inside the OS. A public IPv4 or Elastic IP is associated with a private IP and translated by the internet gateway, so `ip addr` never shows it; the instance can read it from IMDS.',
    fix: 'Read the public address from /latest/meta-data/public-ipv4; never configure it on an interface.',
    section: 'Considerations',
    ref: 35,
  },
  // --- Amazon DNS resolver -----------------------------------------------------------------------------------------
  'dns.support.disabled': {
    code: 'NXDOMAIN',
    title: 'Amazon DNS off in the VPC',
    concept: 'With enableDnsSupport false the VPC has no Amazon-provided resolver (base +2), so no EC2 name resolves from inside it.',
    fix: 'ModifyVpcAttribute with EnableDnsSupport {Value: true}.',
    section: 'EC2 Network Interfaces, Instance IPs and DNS',
    ref: 38,
  },
  'dns.private.inside-only': {
    code: 'NXDOMAIN',
    title: 'Private names resolve inside the VPC only',
    concept:
      'A private IP name such as ip-10-16-0-10.ec2.internal is answered only by the resolver inside its own VPC, always with the private IPv4; from anywhere else it does not exist.',
    fix: 'Resolve it from inside the VPC, or use the public DNS name from outside.',
    section: 'Primary IPv4 private address',
    ref: 37,
  },
  'dns.public.split-horizon': {
    code: 'NOERROR',
    title: 'Public DNS is split-horizon',
    concept:
      'The public DNS name answers with the private IPv4 from inside the VPC (traffic stays inside) and with the public IPv4 or Elastic IP from the internet.',
    fix: 'Use the public DNS name everywhere and let DNS pick the right address.',
    section: 'Public IPv4 address',
    ref: 38,
  },
  'dns.public.hostnames-disabled': {
    code: 'NXDOMAIN',
    title: 'No public DNS names in this VPC',
    concept: 'Instances get public DNS names only when their VPC has both enableDnsHostnames and enableDnsSupport on; a new non-default VPC has hostnames off.',
    fix: 'ModifyVpcAttribute with EnableDnsHostnames {Value: true} (and EnableDnsSupport on).',
    section: 'Public IPv4 address',
    ref: 38,
  },
  'dns.public.no-address': {
    code: 'NXDOMAIN',
    title: 'No instance holds that public IPv4',
    concept:
      'A public DNS name exists only while its public IPv4 is associated. A stop releases the dynamic address (and its name); an Elastic IP replaces it with a new name.',
    fix: 'Look up the instance’s current public DNS name, or use an Elastic IP for a name that survives stop and start.',
    section: 'Public IPv4 address',
    ref: 38,
  },
});
