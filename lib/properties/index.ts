export { COUNTRIES } from './countries.js';
export { propertySchemaFor, TYPED_ENTITY_TYPES, type PropertyKind, type PropertySpec } from './schema.js';
export { checkPartialDate, checkProperties, checkPropertyValue, type Checked } from './validate.js';
