/**
 * Writers for the "Export" menu: GraphML for Gephi and other graph tools,
 * CSV for spreadsheets. Pure functions over plain rows, so they are easy to
 * test and know nothing of the renderer.
 */

export interface ExportNode {
  id: string;
  name: string;
  nameLatin: string | null;
  kind: string;
  /** The kind in the interface language. */
  kindLabel: string;
  degree: number;
  /** Position and look on screen, when known, so a tool can open the same picture. */
  x?: number;
  y?: number;
  size?: number;
  color?: string;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  kind: string;
  kindLabel: string;
  status: string | null;
  startedOn: string | null;
  endedOn: string | null;
}

// Characters XML 1.0 does not allow at all (C0 controls but tab, LF and CR; lone surrogates; U+FFFE/U+FFFF).
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe inside an XML element or a double-quoted attribute. */
export function escapeXml(s: string): string {
  return s
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function rgb(hex: string | undefined): [number, number, number] | null {
  const m = hex ? /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex) : null;
  return m ? [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)] : null;
}

type KeyType = 'string' | 'int' | 'float';
interface Key {
  id: string;
  for: 'node' | 'edge';
  type: KeyType;
}

// `label`, `x`, `y`, `size` and `r`/`g`/`b` are the names Gephi maps onto its own label, position, size and colour.
const KEYS: Key[] = [
  { id: 'label', for: 'node', type: 'string' },
  { id: 'name', for: 'node', type: 'string' },
  { id: 'nameLatin', for: 'node', type: 'string' },
  { id: 'kind', for: 'node', type: 'string' },
  { id: 'kindLabel', for: 'node', type: 'string' },
  { id: 'degree', for: 'node', type: 'int' },
  { id: 'x', for: 'node', type: 'float' },
  { id: 'y', for: 'node', type: 'float' },
  { id: 'size', for: 'node', type: 'float' },
  { id: 'r', for: 'node', type: 'int' },
  { id: 'g', for: 'node', type: 'int' },
  { id: 'b', for: 'node', type: 'int' },
  { id: 'kind', for: 'edge', type: 'string' },
  { id: 'kindLabel', for: 'edge', type: 'string' },
  { id: 'status', for: 'edge', type: 'string' },
  { id: 'startedOn', for: 'edge', type: 'string' },
  { id: 'endedOn', for: 'edge', type: 'string' },
];

// Key ids must be unique across node and edge keys: node keys keep the attribute's
// name (some tools match on the id), edge keys get a prefix.
const keyId = (k: Pick<Key, 'id' | 'for'>) => (k.for === 'node' ? k.id : `e_${k.id}`);

function data(k: Pick<Key, 'id' | 'for'>, value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  return `<data key="${keyId(k)}">${escapeXml(String(value))}</data>`;
}

/** A GraphML document (directed, with attribute declarations) that Gephi, yEd and NetworkX open. */
export function toGraphML(nodes: ExportNode[], edges: ExportEdge[], description = ''): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const k of KEYS) out.push(`  <key id="${keyId(k)}" for="${k.for}" attr.name="${k.id}" attr.type="${k.type}"/>`);
  out.push('  <graph id="G" edgedefault="directed">');
  if (description) out.push(`    <desc>${escapeXml(description)}</desc>`);
  for (const n of nodes) {
    const c = rgb(n.color);
    const fields = [
      data({ id: 'label', for: 'node' }, n.name),
      data({ id: 'name', for: 'node' }, n.name),
      data({ id: 'nameLatin', for: 'node' }, n.nameLatin),
      data({ id: 'kind', for: 'node' }, n.kind),
      data({ id: 'kindLabel', for: 'node' }, n.kindLabel),
      data({ id: 'degree', for: 'node' }, n.degree),
      data({ id: 'x', for: 'node' }, n.x),
      data({ id: 'y', for: 'node' }, n.y),
      data({ id: 'size', for: 'node' }, n.size),
      data({ id: 'r', for: 'node' }, c?.[0]),
      data({ id: 'g', for: 'node' }, c?.[1]),
      data({ id: 'b', for: 'node' }, c?.[2]),
    ].join('');
    out.push(`    <node id="${escapeXml(n.id)}">${fields}</node>`);
  }
  for (const e of edges) {
    const fields = [
      data({ id: 'kind', for: 'edge' }, e.kind),
      data({ id: 'kindLabel', for: 'edge' }, e.kindLabel),
      data({ id: 'status', for: 'edge' }, e.status),
      data({ id: 'startedOn', for: 'edge' }, e.startedOn),
      data({ id: 'endedOn', for: 'edge' }, e.endedOn),
    ].join('');
    out.push(`    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">${fields}</edge>`);
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote, or a line break. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet; a quote mark keeps it text.
  const safe = /^[=+\-@\t\r]/.test(s) && typeof value === 'string' ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV text with CRLF line ends, as spreadsheets expect. */
export function toCsv(rows: (string | number | null | undefined)[][]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function nodesCsv(nodes: ExportNode[]): string {
  return toCsv([['id', 'name', 'name_latin', 'kind', 'kind_label', 'degree'], ...nodes.map((n) => [n.id, n.name, n.nameLatin, n.kind, n.kindLabel, n.degree])]);
}

export function edgesCsv(edges: ExportEdge[]): string {
  return toCsv([
    ['id', 'source', 'target', 'kind', 'kind_label', 'status', 'started_on', 'ended_on'],
    ...edges.map((e) => [e.id, e.source, e.target, e.kind, e.kindLabel, e.status, e.startedOn, e.endedOn]),
  ]);
}

/** A byte-order mark first, so spreadsheet programs read the file as UTF-8 and Chinese names survive. */
export function csvBlob(text: string): Blob {
  return new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });
}

export function graphMLBlob(text: string): Blob {
  return new Blob([text], { type: 'application/graphml+xml;charset=utf-8' });
}

/** Saves a blob under a file name through a temporary <a download>. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
