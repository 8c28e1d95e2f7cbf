export { catalogKeys, customerQuery, productsQuery, subscribedSkusQuery } from './api';
export { toRows, type CatalogRow } from './catalog-rows';
