import type { Image } from '../model/storage';

/** The SDK `ProductCodes` of an AMI (empty when it carries none). */
export function sdkProductCodes(image: Image | undefined): { ProductCodeId: string; ProductCodeType: string }[] {
  return (image?.productCodes ?? []).map((c) => ({ ProductCodeId: c.ProductCodeId, ProductCodeType: c.ProductCodeType }));
}
