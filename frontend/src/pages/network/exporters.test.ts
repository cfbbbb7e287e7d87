import { describe, expect, it } from 'vitest';
import { csvBlob, csvField, edgesCsv, escapeXml, nodesCsv, toCsv, toGraphML, type ExportEdge, type ExportNode } from './exporters';

const nodes: ExportNode[] = [
  { id: '1', name: '延吉市"林业"局 <总部> & 分局', nameLatin: "Yanji Shi Linye Ju's", kind: 'GOVERNMENT_ORGAN', kindLabel: '机关', degree: 2, x: 1.5, y: -2, size: 5, color: '#1e3a8a' },
  { id: '2', name: '柳化村党支部', nameLatin: null, kind: 'PARTY_BRANCH', kindLabel: '党支部', degree: 1 },
];
const edges: ExportEdge[] = [
  { id: 'link:2', source: '1', target: '2', kind: 'URBAN_RURAL_TWINNING', kindLabel: '城乡结对', status: 'ACTIVE', startedOn: '2015-05-27', endedOn: null },
];

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed: ${error.textContent}`);
  return doc;
}

describe('toGraphML', () => {
  const doc = parse(toGraphML(nodes, edges, '起点：延吉 & 图们'));
  const ns = 'http://graphml.graphdrawing.org/xmlns';

  it('is well-formed GraphML with a key declared for every attribute it uses', () => {
    expect(doc.documentElement.localName).toBe('graphml');
    expect(doc.documentElement.namespaceURI).toBe(ns);
    const keys = new Map([...doc.getElementsByTagName('key')].map((k) => [k.getAttribute('id'), k]));
    expect(new Set(keys.keys()).size).toBe(keys.size);
    for (const d of doc.getElementsByTagName('data')) expect(keys.has(d.getAttribute('key'))).toBe(true);
    const attr = (id: string) => [keys.get(id)?.getAttribute('for'), keys.get(id)?.getAttribute('attr.name'), keys.get(id)?.getAttribute('attr.type')];
    expect(attr('name')).toEqual(['node', 'name', 'string']);
    expect(attr('kind')).toEqual(['node', 'kind', 'string']);
    expect(attr('degree')).toEqual(['node', 'degree', 'int']);
    expect(attr('e_kind')).toEqual(['edge', 'kind', 'string']);
    expect(doc.getElementsByTagName('graph')[0].getAttribute('edgedefault')).toBe('directed');
  });

  it('keeps names with quotes, brackets and ampersands, and Chinese, intact', () => {
    const [first, second] = [...doc.getElementsByTagName('node')];
    const data = (el: Element, key: string) => [...el.getElementsByTagName('data')].find((d) => d.getAttribute('key') === key)?.textContent;
    expect(first.getAttribute('id')).toBe('1');
    expect(data(first, 'name')).toBe(nodes[0].name);
    expect(data(first, 'nameLatin')).toBe("Yanji Shi Linye Ju's");
    expect(data(first, 'degree')).toBe('2');
    expect([data(first, 'r'), data(first, 'g'), data(first, 'b')]).toEqual(['30', '58', '138']);
    // Absent values are left out rather than written empty.
    expect(data(second, 'nameLatin')).toBeUndefined();
    expect(data(second, 'x')).toBeUndefined();
    expect(doc.getElementsByTagName('desc')[0].textContent).toBe('起点：延吉 & 图们');
  });

  it('writes edges with their ends and kind', () => {
    const e = doc.getElementsByTagName('edge')[0];
    expect([e.getAttribute('id'), e.getAttribute('source'), e.getAttribute('target')]).toEqual(['link:2', '1', '2']);
    expect([...e.getElementsByTagName('data')].map((d) => [d.getAttribute('key'), d.textContent])).toEqual([
      ['e_kind', 'URBAN_RURAL_TWINNING'],
      ['e_kindLabel', '城乡结对'],
      ['e_status', 'ACTIVE'],
      ['e_startedOn', '2015-05-27'],
    ]);
  });

  it('drops characters XML cannot hold', () => {
    expect(escapeXml('a\u0001b\u0000c\td')).toBe('abc\td');
    expect(() => parse(toGraphML([{ ...nodes[1], name: 'bad\u0007name' }], []))).not.toThrow();
  });
});

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks, and nothing else', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r\nlf')).toBe('"cr\r\nlf"');
    expect(csvField(null)).toBe('');
    expect(csvField(42)).toBe('42');
    expect(csvField('柳化村党支部')).toBe('柳化村党支部');
  });

  it('keeps text that a spreadsheet would run as a formula as text', () => {
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField(-3)).toBe('-3');
  });

  it('writes one row per organization and per link, with CRLF line ends', () => {
    expect(nodesCsv(nodes)).toBe(
      'id,name,name_latin,kind,kind_label,degree\r\n' +
        '1,"延吉市""林业""局 <总部> & 分局",Yanji Shi Linye Ju\'s,GOVERNMENT_ORGAN,机关,2\r\n' +
        '2,柳化村党支部,,PARTY_BRANCH,党支部,1\r\n',
    );
    expect(edgesCsv(edges)).toBe(
      'id,source,target,kind,kind_label,status,started_on,ended_on\r\nlink:2,1,2,URBAN_RURAL_TWINNING,城乡结对,ACTIVE,2015-05-27,\r\n',
    );
    expect(toCsv([['a,b', 'c']])).toBe('"a,b",c\r\n');
  });

  it('saves as UTF-8 with a byte-order mark, so Chinese survives a spreadsheet', async () => {
    const bytes = new Uint8Array(await csvBlob('名称\r\n柳化村\r\n').arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('名称\r\n柳化村\r\n');
  });
});
