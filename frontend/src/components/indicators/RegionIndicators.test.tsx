import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { fixture } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import { allFigures } from './testResults';
import { currentYear } from './model';
import { RegionIndicators, RegionIndicatorsQuery } from './RegionIndicators';

const year = currentYear();

function setup() {
  return renderRoute({
    path: '/regions/:id',
    url: '/regions/r3',
    element: <RegionIndicators id="r3" name="珲春市" />,
    fixtures: [
      fixture({
        query: RegionIndicatorsQuery,
        variables: { region: 'r3', year },
        data: {
          indicators: allFigures({
            COOP_PARTY_COVERAGE: { numerator: 7, denominator: 11, value: 7 / 11, target: 0.7, deadline: '2011-12-31', overdue: true, gap: 1 },
            ACTIVISTS: { numerator: 150, denominator: 150, value: 1, met: true, gap: 0 },
            BORDER_TOWNSHIP_OFFICER: { numerator: 0, denominator: 0, value: null, met: true, gap: 0 },
          }),
        },
      }),
    ],
  });
}

describe('RegionIndicators', () => {
  it("tables the region's 19 indicators of this year by project, each opening its page for the region", async () => {
    setup();
    const section = await screen.findByRole('region', { name: `Indicators in ${year}` });
    const table = await within(section).findByRole('table', { name: `Indicators of 珲春市 in ${year}` });
    expect(within(table).getAllByRole('columnheader', { name: /Organization setup|Cadre quality|Entrepreneurship and training/ })).toHaveLength(3);
    // 19 indicators and 3 project rows, under the header row.
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 3 + 19);

    const coop = within(table).getByRole('row', { name: /Cooperatives with a party organization/ });
    expect(within(coop).getByRole('link')).toHaveAttribute('href', '/indicators/COOP_PARTY_COVERAGE?region=r3');
    expect(within(coop).getByText('63.6%')).toBeInTheDocument();
    expect(within(coop).getByText('70%')).toBeInTheDocument();
    expect(within(coop).getByText('Overdue')).toBeInTheDocument();
    expect(within(coop).getByText('7 / 11')).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Activists applying/ })).toHaveTextContent('Met');
    expect(within(table).getByRole('row', { name: /Border townships/ })).toHaveTextContent('Nothing to count');

    expect(within(section).getByText('The three projects’ targets for 珲春市 and the regions under it: 1 of 18 met.')).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Open in the dashboard' })).toHaveAttribute('href', '/?region=r3');
  });
});
