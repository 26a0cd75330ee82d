import type { MetadataOptions } from './model/instances';
import type { Params } from './params';

/** Instance metadata options: the defaults a launch gets and how a request reads them over a base. */
export const DEFAULT_METADATA_OPTIONS: MetadataOptions = {
  HttpTokens: 'optional',
  HttpEndpoint: 'enabled',
  HttpPutResponseHopLimit: 1,
  HttpProtocolIpv6: 'disabled',
  InstanceMetadataTags: 'disabled',
  State: 'applied',
};

/** Read `MetadataOptions` members over a base (RunInstances, ModifyInstanceMetadataOptions). */
export function readMetadataOptions(p: Params | undefined, base: MetadataOptions): MetadataOptions {
  if (!p) return { ...base };
  return {
    HttpTokens: p.optEnum('HttpTokens', ['optional', 'required'] as const) ?? base.HttpTokens,
    HttpEndpoint: p.optEnum('HttpEndpoint', ['enabled', 'disabled'] as const) ?? base.HttpEndpoint,
    HttpPutResponseHopLimit: p.optInt('HttpPutResponseHopLimit', 1, 64) ?? base.HttpPutResponseHopLimit,
    HttpProtocolIpv6: p.optEnum('HttpProtocolIpv6', ['enabled', 'disabled'] as const) ?? base.HttpProtocolIpv6,
    InstanceMetadataTags: p.optEnum('InstanceMetadataTags', ['enabled', 'disabled'] as const) ?? base.InstanceMetadataTags,
    State: 'applied',
  };
}
