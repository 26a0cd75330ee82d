/**
 * The AWS Marketplace product the lab's starting world offers (course "Amazon Machine Image (AMI)": a Marketplace
 * AMI can include commercial software and charges for the instance plus an extra cost for the AMI). Illustrative:
 * the seller, product and price are made up for teaching.
 */
export interface MarketplaceProduct {
  /** The AMI's product code (SDK `ProductCodes[].ProductCodeId`); global, the same in every region. */
  productCodeId: string;
  name: string;
  seller: string;
  /** Software charge in USD per instance-hour, billed per second while the instance runs, on top of the instance. */
  softwareHourly: number;
}

export const LAB_MARKETPLACE_PRODUCT: MarketplaceProduct = {
  productCodeId: '4n7kq2fbx9wm1c8d3zt5yhgve',
  name: 'Hardened NGINX web server',
  seller: 'Example Software Inc.',
  softwareHourly: 0.05,
};

const PRODUCTS: Record<string, MarketplaceProduct> = { [LAB_MARKETPLACE_PRODUCT.productCodeId]: LAB_MARKETPLACE_PRODUCT };

/** Software charge per instance-hour of a product code (USD); unknown marketplace codes cost the lab's default. */
export function softwareHourly(productCodeId: string): number {
  return PRODUCTS[productCodeId]?.softwareHourly ?? LAB_MARKETPLACE_PRODUCT.softwareHourly;
}
