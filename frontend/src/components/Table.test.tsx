import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { Table } from './Table';

describe('Table', () => {
  const rows = [
    { id: 'a', name: '柳化村', people: 14 },
    { id: 'b', name: '振凤村', people: 9 },
  ];

  it('gives each column its header and cells, a row header where the column names the row', () => {
    render(
      <Table
        caption="Villages"
        rows={rows}
        columns={[
          { title: 'Name', rowHeader: true, cell: (r) => r.name },
          { title: 'People', className: 'ent-num', cellClassName: 'ent-nowrap', cell: (r) => r.people },
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Villages' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Name', 'People']);
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['柳化村', '振凤村']);
    const header = within(table).getByRole('columnheader', { name: 'People' });
    const cells = within(table).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual(['14', '9']);
    // The column's classes go on its header and cells; the cells' own only on the cells.
    expect(header.className).toBe('ent-num');
    expect(cells[0].className).toBe('ent-num ent-nowrap');
  });

  it('keeps two columns of the same title apart', () => {
    // React reports children that share a key, and may then drop or repeat them.
    const reported = vi.spyOn(console, 'error').mockImplementation(() => {});
    onTestFinished(() => reported.mockRestore());
    render(
      <Table
        rows={rows}
        columns={[
          { title: '类型', cell: (r) => `${r.name}-1` },
          { title: '类型', cell: (r) => `${r.name}-2` },
        ]}
      />,
    );
    expect(screen.getAllByRole('cell').map((c) => c.textContent)).toEqual(['柳化村-1', '柳化村-2', '振凤村-1', '振凤村-2']);
    expect(reported).not.toHaveBeenCalled();
  });
});
