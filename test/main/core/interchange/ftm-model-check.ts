import { Model, defaultModel } from '@alephdata/followthemoney';
import type { FtmEntity } from '../../../../main/core/interchange/ftm/export-ftm.js';

export const model = new Model(defaultModel);

/** Checks one FtM entity against the model: a concrete schema, known properties, required ones present, typed values, references that resolve to the right schema. */
export function ftmProblems(e: FtmEntity, all: Map<string, FtmEntity>): string[] {
  const problems: string[] = [];
  const schema = model.schemata[e.schema];
  if (!schema) return [`unknown schema ${e.schema}`];
  if (schema.abstract) problems.push(`${e.schema} is abstract`);
  for (const req of schema.required) if (!e.properties[req]?.length) problems.push(`${e.schema} requires ${req}`);
  for (const [name, values] of Object.entries(e.properties)) {
    if (!schema.hasProperty(name)) {
      problems.push(`${e.schema} has no property ${name}`);
      continue;
    }
    const prop = schema.getProperty(name);
    for (const v of values) {
      if (prop.type.name === 'entity') {
        const target = all.get(v);
        if (!target) problems.push(`${name} refers to missing entity ${v}`);
        else if (!model.getSchema(target.schema).isA(prop.getRange()))
          problems.push(`${name} must be a ${prop.getRange().name}, not ${target.schema}`);
      } else if (prop.type.name === 'date' && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v))
        problems.push(`${name} is not a date: ${v}`);
      else if (prop.type.name === 'country' && !prop.type.values.has(v))
        problems.push(`${name} is not a country code: ${v}`);
    }
  }
  return problems;
}
