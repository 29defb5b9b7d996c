import type { CSSProperties } from 'react';
import { entityStyle } from '../entity-types.js';

export function TypeIcon({ type, size = 14 }: { type: string; size?: number }) {
  const s = entityStyle(type);
  const style: CSSProperties = {
    width: size,
    height: size,
    backgroundColor: s.color,
    maskImage: `url("${s.iconUrl}")`,
    WebkitMaskImage: `url("${s.iconUrl}")`,
  };
  return <span className="type-icon" style={style} role="img" aria-label={s.label} />;
}

/** An entity as a chip: type icon and colour, dashed while only suggested, solid once confirmed. */
export function EntityChip({
  type,
  label,
  status,
  onClick,
}: {
  type: string;
  label: string;
  status?: string;
  onClick?: () => void;
}) {
  const s = entityStyle(type);
  const style = { '--type-color': s.color } as CSSProperties;
  return (
    <span
      className={`chip chip-${status ?? 'confirmed'}`}
      style={style}
      onClick={onClick}
      title={`${s.label}${status ? ` · ${status}` : ''}`}
    >
      <TypeIcon type={type} size={12} />
      <span className="chip-label">{label}</span>
    </span>
  );
}

export function TlpBadge({ tlp }: { tlp: string }) {
  const level = tlp.replace('TLP:', '').toLowerCase().replace('+strict', '-strict');
  return <span className={`badge tlp tlp-${level}`}>{tlp}</span>;
}
