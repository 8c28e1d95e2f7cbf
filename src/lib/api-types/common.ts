/** Wire shapes shared by the app and the mock API: the Partner Center REST contract. */
export interface Link {
  uri: string;
  method: string;
  headers: unknown[];
}

export interface ResourceAttributes<T extends string = string> {
  objectType: T;
  etag?: string;
}

export interface Address {
  country: string;
  region?: string;
  city: string;
  state?: string;
  addressLine1: string;
  addressLine2?: string;
  addressLine3?: string;
  postalCode: string;
  firstName: string;
  middleName?: string;
  lastName: string;
  phoneNumber?: string;
}
