/**
 * The Query-protocol services the handler answers: how a request names its service (the SigV4 credential scope or
 * the endpoint's first label), where its SDK model lives, its XML namespace and the engine's IAM prefix. The models
 * are imported lazily, so a script that only uses EC2 never loads the others.
 */
import { NormalizedSchema } from '@smithy/core/schema';
import { escapeXml, writeMembers } from './xml-output';

export interface Service {
  /** The engine's action prefix (`ec2`, `autoscaling`, `elasticloadbalancing`). */
  prefix: string;
  /** EC2's query dialect (flat lists, capitalised keys, `requestId` at the top) or plain awsQuery. */
  ec2: boolean;
  xmlns: string;
  load: () => Promise<Record<string, unknown>>;
}

export const SERVICES: Record<string, Service> = {
  ec2: {
    prefix: 'ec2',
    ec2: true,
    xmlns: 'http://ec2.amazonaws.com/doc/2016-11-15/',
    load: () => import('@aws-sdk/client-ec2') as Promise<Record<string, unknown>>,
  },
  autoscaling: {
    prefix: 'autoscaling',
    ec2: false,
    xmlns: 'http://autoscaling.amazonaws.com/doc/2011-01-01/',
    load: () => import('@aws-sdk/client-auto-scaling') as Promise<Record<string, unknown>>,
  },
  elasticloadbalancing: {
    prefix: 'elasticloadbalancing',
    ec2: false,
    xmlns: 'http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/',
    load: () => import('@aws-sdk/client-elastic-load-balancing-v2') as Promise<Record<string, unknown>>,
  },
};

/** `Credential=AKID/20240101/us-east-1/ec2/aws4_request` → region and service of the signed request. */
export function credentialScope(authorization: string | undefined): { region: string; service: string } | undefined {
  const m = /Credential=[^/,\s]+\/\d{8}\/([a-z0-9-]+)\/([a-z0-9-]+)\/aws4_request/.exec(authorization ?? '');
  return m ? { region: m[1]!, service: m[2]! } : undefined;
}

/** `ec2.us-east-1.amazonaws.com` → service and region, when the endpoint is AWS's. */
export function hostScope(hostname: string): { region?: string; service: string } {
  const [service = '', region] = hostname.split('.');
  return { service, ...(region && /^[a-z]{2}(-[a-z]+)+-\d$/.test(region) ? { region } : {}) };
}

function resolve(x: unknown): unknown {
  return typeof x === 'function' ? (x as () => unknown)() : x;
}

interface OperationSchemas {
  input: NormalizedSchema;
  output: NormalizedSchema;
}

/** The input and output schemas of `operation` in the SDK module, or undefined when the model has no such operation. */
export function operationSchemas(model: Record<string, unknown>, operation: string): OperationSchemas | undefined {
  if (!/^[A-Z][A-Za-z0-9]{0,127}$/.test(operation)) return undefined;
  const op = model[`${operation}$`];
  if (!Array.isArray(op) || op[0] !== 9) return undefined;
  return {
    input: NormalizedSchema.of(resolve(op[4]) as never),
    output: NormalizedSchema.of(resolve(op[5]) as never),
  };
}

const XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** The success body: EC2 puts `requestId` first; awsQuery wraps the members in `<OpResult>` and `ResponseMetadata`. */
export function successXml(service: Service, operation: string, schemas: OperationSchemas, response: unknown, requestId: string): string {
  const members =
    schemas.output.isStructSchema() && response && typeof response === 'object'
      ? writeMembers(schemas.output, response as Record<string, unknown>)
      : '';
  const open = `<${operation}Response xmlns="${service.xmlns}">`;
  if (service.ec2) {
    const body = schemas.output.isStructSchema() ? members : '<return>true</return>';
    return `${XML_DECL}${open}<requestId>${requestId}</requestId>${body}</${operation}Response>`;
  }
  const result = schemas.output.isStructSchema() ? `<${operation}Result>${members}</${operation}Result>` : '';
  return `${XML_DECL}${open}${result}<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${operation}Response>`;
}

/** The error body each dialect answers: EC2's `<Response><Errors><Error>` or awsQuery's `<ErrorResponse><Error>`. */
export function errorXml(ec2: boolean, code: string, message: string, requestId: string, xmlns?: string): string {
  const error = `<Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message>`;
  if (ec2) return `${XML_DECL}<Response><Errors><Error>${error}</Error></Errors><RequestID>${requestId}</RequestID></Response>`;
  const ns = xmlns ? ` xmlns="${xmlns}"` : '';
  return `${XML_DECL}<ErrorResponse${ns}><Error><Type>Sender</Type>${error}</Error><RequestId>${requestId}</RequestId></ErrorResponse>`;
}

/** The HTTP status AWS answers with a code: 412 for DryRunOperation, 5xx for server-side failures, else 400. */
export function statusOf(code: string): number {
  if (code === 'DryRunOperation') return 412;
  if (code === 'InternalError' || code === 'InternalFailure') return 500;
  if (code === 'Unavailable' || code === 'ServiceUnavailable' || code === 'RequestLimitExceeded') return 503;
  return 400;
}
