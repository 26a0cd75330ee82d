/**
 * The HTTP answers of the instance metadata service (see metadata.ts): request and response shapes, the constants of
 * IMDSv2 tokens, IMDS's time and JSON formats, and the error page it sends with a non-200 status.
 */
import { isoAt } from '../time';

export interface MetadataRequest {
  InstanceId: string;
  /** HTTP method; default GET. IMDS answers GET, HEAD and (for the token) PUT. */
  Method?: string;
  /** `/latest/meta-data/...`; a full URL `http://169.254.169.254/...` or `http://[fd00:ec2::254]/...` works too. */
  Path: string;
  Headers?: Record<string, string>;
  /** Shortcut for the `X-aws-ec2-metadata-token` header. */
  Token?: string;
  /** Network hops between the caller and the instance's network stack (1 on the instance; 2 from a container). */
  Hops?: number;
}

export interface MetadataResponse {
  /** HTTP status; 0 when no HTTP answer arrives at all (see the file comment). */
  Status: number;
  Body: string;
  Headers: Record<string, string>;
  /** The session token of a successful `PUT /latest/api/token`. */
  Token?: string;
  /** Guest rule (rules/guest.ts) that explains a non-200 answer. */
  Rule?: string;
  /** One plain sentence on what happened, for the terminal (what curl would print when there is no answer). */
  Note?: string;
}

export const TOKEN_TTL_HEADER = 'x-aws-ec2-metadata-token-ttl-seconds';
export const TOKEN_HEADER = 'x-aws-ec2-metadata-token';
export const MAX_TOKEN_TTL = 21600;

/** Metadata build versions the service lists at `/` (a representative subset; `latest` always last). */
export const METADATA_VERSIONS = [
  '1.0',
  '2007-01-19',
  '2007-03-01',
  '2007-08-29',
  '2007-10-10',
  '2007-12-15',
  '2008-02-01',
  '2008-09-01',
  '2009-04-04',
  '2011-01-01',
  '2011-05-01',
  '2012-01-12',
  '2014-02-25',
  '2014-11-05',
  '2015-10-20',
  '2016-04-19',
  '2016-06-30',
  '2016-09-02',
  '2018-03-28',
  '2018-08-17',
  '2018-09-24',
  '2019-10-01',
  '2020-10-27',
  '2021-01-03',
  '2021-03-23',
  '2021-07-15',
  '2022-09-24',
  'latest',
];

// ---------------------------------------------------------------------------------------------------------------
// Formatting helpers

/** ISO-8601 in UTC without milliseconds, as IMDS writes times (`2025-01-01T06:00:00Z`). */
export function imdsTime(seconds: number): string {
  return isoAt(seconds).replace('.000Z', 'Z');
}

/** IMDS's JSON style: two-space indent and ` : ` between key and value. */
export function imdsJson(value: Record<string, string | number | null>): string {
  const lines = Object.entries(value).map(([k, v]) => `  ${JSON.stringify(k)} : ${JSON.stringify(v)}`);
  return `{\n${lines.join(',\n')}\n}`;
}

const REASONS: Record<number, string> = {
  400: 'Missing or Invalid Parameters',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
};

/** The small XHTML page IMDS sends with an error status. */
function errorPage(status: number): string {
  const title = `${status} - ${REASONS[status] ?? 'Error'}`;
  return [
    '<?xml version="1.0" encoding="iso-8859-1"?>',
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"',
    '         "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
    '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">',
    ' <head>',
    `  <title>${title}</title>`,
    ' </head>',
    ' <body>',
    `  <h1>${title}</h1>`,
    ' </body>',
    '</html>',
  ].join('\n');
}

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** A 200-style answer with the headers IMDS always sends. */
export function answer(
  status: number,
  body: string,
  contentType: string,
  extra: Partial<MetadataResponse> & { headers?: Record<string, string> } = {},
): MetadataResponse {
  const { headers, ...rest } = extra;
  return {
    Status: status,
    Body: body,
    Headers: {
      'Content-Type': contentType,
      'Content-Length': String(byteLength(body)),
      Server: 'EC2ws',
      ...headers,
    },
    ...rest,
  };
}

/** An HTTP error answer: the status, its XHTML page, and the guest rule that explains it. */
export function failure(status: number, rule: string, note: string, headers: Record<string, string> = {}): MetadataResponse {
  return answer(status, errorPage(status), 'text/html', { Rule: rule, Note: note, headers });
}

/** No HTTP answer at all (`Status: 0`), with the rule and what curl would print. */
export function noAnswer(rule: string, note: string): MetadataResponse {
  return { Status: 0, Body: '', Headers: {}, Rule: rule, Note: note };
}
