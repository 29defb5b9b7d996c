type StixObject = Record<string, unknown> & { type: string; id: string };

/** Cyber-observables whose `value` is the whole identifier, and the Dossier entity type for each. */
export const SCO_VALUE_TYPES: Record<string, string> = {
  'email-addr': 'email',
  url: 'url',
  'domain-name': 'domain',
  'ipv4-addr': 'ip',
  'ipv6-addr': 'ip',
  'mac-addr': 'mac',
};

/** Every STIX 2.1 cyber-observable type (spec section 6). */
export const SCO_TYPES = new Set([
  ...Object.keys(SCO_VALUE_TYPES),
  'artifact',
  'autonomous-system',
  'directory',
  'email-message',
  'file',
  'mutex',
  'network-traffic',
  'process',
  'software',
  'user-account',
  'windows-registry-key',
  'x509-certificate',
]);

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

/**
 * The name an analyst sees for any STIX object: its name or value, else the property that
 * identifies it for its type (an indicator's pattern, a file's hash, an account's login), else
 * its id. Never written back as `name`: export keeps the object's own properties.
 */
export function labelOfStix(o: StixObject): string {
  const named = str(o.name) ?? str(o.value);
  if (named) return named;
  const hashes =
    o.hashes && typeof o.hashes === 'object'
      ? Object.values(o.hashes as Record<string, unknown>)
          .map(str)
          .find(Boolean)
      : undefined;
  const def = o.definition && typeof o.definition === 'object' ? (o.definition as Record<string, unknown>) : {};
  const byType: Record<string, string | undefined> = {
    'autonomous-system': typeof o.number === 'number' ? `AS${o.number}` : undefined,
    file: hashes,
    directory: str(o.path),
    'email-message': str(o.subject) ?? (str(o.date) && `E-mail of ${str(o.date)}`),
    'user-account': str(o.account_login) ?? str(o.user_id) ?? str(o.display_name),
    'windows-registry-key': str(o.key),
    'x509-certificate': str(o.subject) ?? str(o.serial_number),
    process: typeof o.pid === 'number' ? `Process ${o.pid}` : str(o.command_line),
    'network-traffic': Array.isArray(o.protocols) ? `Traffic (${o.protocols.join(', ')})` : undefined,
    artifact: hashes ?? str(o.url),
    indicator: str(o.pattern),
    'observed-data':
      str(o.first_observed) &&
      `Observed ${str(o.first_observed)}${typeof o.number_observed === 'number' && o.number_observed > 1 ? ` (${o.number_observed}×)` : ''}`,
    'marking-definition': str(def.statement) ?? str(o.definition_type),
    'extension-definition': str(o.schema),
    'language-content': str(o.object_ref) && `Translation of ${str(o.object_ref)}`,
  };
  return byType[o.type] ?? o.id;
}

/** The Dossier entity type for a STIX object imported as an entity. */
export function entityTypeOfStix(o: StixObject): string {
  if (o.type === 'identity') return o.identity_class === 'individual' ? 'person' : 'organization';
  return SCO_VALUE_TYPES[o.type] ?? o.type;
}
