import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderRoute } from '../../test/render';
import { switchLanguage } from '../../test/language';
import { loadFixture } from '../twinning/testLoad';
import { OrgTwinning } from './OrgTwinning';

describe('OrgTwinning', () => {
  it("shows the places an urban unit's pairs hold and its pairs, each opening its page", async () => {
    renderRoute({ path: '/', url: '/', element: <OrgTwinning id="o10" name="平华社区居民委员会" />, fixtures: [loadFixture()] });
    const section = await screen.findByRole('region', { name: /^Urban–rural twinning/ });
    expect(await within(section).findByText('Twinning load: 1 of 2 places (1 left)')).toBeInTheDocument();
    const meter = within(section).getByRole('meter', { name: 'Twinning load: 1 of 2 places (1 left)' });
    expect(meter).toHaveAttribute('value', '1');
    expect(meter).toHaveAttribute('max', '2');
    const table = within(section).getByRole('table', { name: 'Twinnings of 平华社区居民委员会' });
    expect(within(table).getByRole('link', { name: 'Open the pair of 平华社区居民委员会 and 黑兴村党支部' })).toHaveAttribute('href', '/twinnings/l1');
    expect(within(table).getByRole('link', { name: '黑兴村党支部' })).toHaveAttribute('href', '/organizations/o30');
    await switchLanguage('zh-CN');
    expect(within(section).getByText('结对名额：已用1个，共2个（剩余1个）')).toBeInTheDocument();
    await switchLanguage('en');
  });

  it('shows a full unit with no place left', async () => {
    renderRoute({ path: '/', url: '/', element: <OrgTwinning id="o10" name="平华社区居民委员会" />, fixtures: [loadFixture({ twinningCapacity: 1, twinningLoad: 1, twinningRemaining: 0 })] });
    expect(await screen.findByText('Twinning load: 1 of 1 places (0 left)')).toBeInTheDocument();
  });
});
