import { ruleTable } from './sections';

/** Malformed requests and unknown ids: refused the way the EC2 API refuses them. */
export const REQUEST_RULES = ruleTable({
  'request.unknown-action': {
    code: 'InvalidAction',
    title: 'Unknown action',
    concept:
      'Every change to AWS goes through a named API action (the same names IAM policies use). An action the service does not know is refused before anything happens.',
    fix: 'Check the action name, e.g. ec2:RunInstances or ec2:AttachNetworkInterface.',
    section: 'EC2 Architecture and Resilience',
  },
  'request.missing-parameter': {
    code: 'MissingParameter',
    title: 'Missing parameter',
    concept: 'The API validates a request before acting on it: a required member that is absent stops the call.',
    fix: 'Add the missing parameter and send the request again.',
    section: 'EC2 Architecture and Resilience',
  },
  'request.invalid-parameter': {
    code: 'InvalidParameterValue',
    title: 'Invalid parameter value',
    concept: 'The API checks the type and range of each parameter before acting; a malformed value changes nothing.',
    fix: 'Correct the value and send the request again.',
    section: 'EC2 Architecture and Resilience',
  },
  'request.invalid-combination': {
    code: 'InvalidParameterCombination',
    title: 'Parameters that cannot go together',
    concept: 'Some request members exclude each other; AWS refuses the whole request rather than guess which one you meant.',
    fix: 'Send only one of the conflicting parameters.',
    section: 'EC2 Architecture and Resilience',
  },
  'request.unknown-region': {
    code: 'InvalidParameterValue',
    title: 'Unknown region',
    concept: 'Each region is a separate set of endpoints; this lab models us-east-1, us-west-2 and eu-west-1.',
    fix: 'Use one of the regions the lab models.',
    section: 'EC2 Architecture and Resilience',
  },
  'request.internal-error': {
    code: 'InternalError',
    title: 'Internal error',
    concept: 'The simulator hit a case it does not model. Your work is safe: the world did not change.',
    fix: 'Try a different action; please report this case.',
    section: 'EC2 Architecture and Resilience',
  },
  'request.dry-run': {
    code: 'DryRunOperation',
    title: 'Dry run: the request would have succeeded',
    concept:
      'With DryRun, EC2 checks your permissions and the request as if it ran, then stops: DryRunOperation means it would have succeeded; any other error is the one the real call would get. Nothing changes.',
    fix: 'Send the request again without DryRun to make the change.',
    section: 'EC2 Architecture and Resilience',
  },
  'request.unknown-parameter': {
    code: 'UnknownParameter',
    title: 'Parameter not recognized',
    concept:
      'EC2 refuses a request that carries a member it does not recognize rather than silently ignore it, so a typo never looks like success. The lab also refuses members it does not model instead of pretending to honour them.',
    fix: 'Remove the parameter or check its spelling against the API reference.',
    section: 'EC2 Architecture and Resilience',
  },
  'request.unsupported-member': {
    code: 'UnsupportedOperation',
    title: 'Parameter the lab does not model',
    concept:
      'The lab models the parts of EC2 the course teaches. A documented parameter whose effect it does not simulate is refused with a clear reason, never accepted and ignored.',
    fix: 'Leave the parameter out; the reason in the message says what the lab models instead.',
    section: 'EC2 Architecture and Resilience',
  },
  'request.too-large': {
    code: 'InvalidParameterValue',
    title: 'Request too large or too deep',
    concept:
      'The API front end refuses a request larger or more deeply nested than any real input shape before the service acts on it.',
    fix: 'Send a smaller request: fewer items per list, shorter strings, no deeply nested structures.',
    section: 'EC2 Architecture and Resilience',
  },
  'request.malformed-id': {
    code: 'InvalidID.Malformed',
    title: 'Malformed resource id',
    concept:
      'Every EC2 id has a fixed form (a prefix such as i-, vpc-, vol- and 8 or 17 hexadecimal digits). EC2 tells a malformed id apart from a well-formed id that does not exist.',
    fix: 'Copy the id exactly as a Describe call or the console shows it.',
    section: 'EC2 Architecture and Resilience',
  },
  'request.pagination': {
    code: 'InvalidParameterValue',
    title: 'Invalid pagination',
    concept:
      'Describe calls return pages: MaxResults sets the page size within its documented range and NextToken continues where the last page ended. Explicit ids and MaxResults exclude each other.',
    fix: 'Use a MaxResults in range, a NextToken from the previous page, and no ids together with MaxResults.',
    section: 'EC2 Architecture and Resilience',
  },
  'request.not-found': {
    code: 'InvalidID.NotFound',
    title: 'Unknown resource id',
    concept:
      'Resource ids are regional and belong to one account: an id from another region or account is invisible, so AWS answers as if it did not exist.',
    fix: 'Check the id, the region you are calling and the account you act as.',
    section: 'Amazon Machine Image (AMI)',
  },
  'tags.invalid': {
    code: 'InvalidParameterValue',
    title: 'Invalid tag',
    concept:
      'Tags are key–value labels: a key of 1–128 characters, a value of up to 256, and the aws: prefix is reserved for tags AWS adds itself. TagSpecifications name a resource type the action creates and carry at least one tag.',
    fix: 'Use a key of 1–128 characters not starting with aws:, a value of up to 256, and a ResourceType the action creates.',
    section: 'EC2 Architecture and Resilience',
  },
  'tags.limit': {
    code: 'TagLimitExceeded',
    title: 'Too many tags',
    concept: 'A resource can carry at most 50 tags (user tags; tags AWS adds with the aws: prefix do not count).',
    fix: 'Delete tags you no longer need first (ec2:DeleteTags), or send fewer.',
    section: 'EC2 Architecture and Resilience',
  },
});
