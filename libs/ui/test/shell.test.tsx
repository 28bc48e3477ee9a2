import '@testing-library/jest-dom';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { AtlasShell } from '../src/shell/AtlasShell';
import { OverviewPage } from '../src/pages/OverviewPage';
import type { DomainOverview } from '../src/overview';

let pathname = '/evaluate';
jest.mock('next/navigation', () => ({ usePathname: () => pathname }));
jest.mock('next/link', () => ({
  __esModule: true,
  default: ({ href, children, ...rest }: { href: string; children: React.ReactNode }) => (
    <a href={href} {...rest}>
      {children}
    </a>
  ),
}));

const dataset = { id: 'd1', title: 'Example Data', rows: '10 rows', license: 'CC BY 4.0', citation: 'Someone (2020).', homepage: 'https://example.org/d1' };

function renderShell(env: Record<string, string> = {}) {
  return render(
    <AtlasShell domain="recommender" attribution={[dataset]} version="9.9.9" env={env}>
      <p>body</p>
    </AtlasShell>,
  );
}

describe('AtlasShell', () => {
  it('has banner, main and contentinfo landmarks and a skip link to main', () => {
    renderShell();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Example Data');
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Atlas 9.9.9');
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
  });

  it('links the five domains, marks the current one and uses env base URLs', () => {
    renderShell({ ATLAS_URL_CREDIT_RISK: 'https://credit.example.org' });
    const nav = screen.getByRole('navigation', { name: 'Domains' });
    const links = within(nav).getAllByRole('link');
    expect(links).toHaveLength(5);
    expect(within(nav).getByRole('link', { name: 'Movie Recommender' })).toHaveAttribute('aria-current', 'true');
    expect(links.filter((l) => l.getAttribute('aria-current'))).toHaveLength(1);
    expect(within(nav).getByRole('link', { name: 'Credit Risk Scorer' })).toHaveAttribute('href', 'https://credit.example.org');
    expect(within(nav).getByRole('link', { name: 'Support Assistant' })).toHaveAttribute('href', 'http://localhost:3001');
  });

  it('marks the current page in the page navigation', () => {
    pathname = '/evaluate';
    renderShell();
    const nav = screen.getByRole('navigation', { name: 'Pages' });
    expect(within(nav).getByRole('link', { name: 'Evaluate' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Overview' })).not.toHaveAttribute('aria-current');
  });

  it('toggles dark mode and remembers the choice', () => {
    document.documentElement.classList.remove('dark');
    renderShell();
    fireEvent.click(screen.getByRole('button', { name: 'Switch to dark theme' }));
    expect(document.documentElement).toHaveClass('dark');
    expect(localStorage.getItem('atlas-theme')).toBe('dark');
    expect(screen.getByRole('button', { name: 'Switch to light theme' })).toBeInTheDocument();
  });
});

describe('OverviewPage', () => {
  const overview: DomainOverview = {
    domain: 'recommender',
    product: 'Movie Recommender',
    tagline: 'A tagline',
    problem: 'A problem',
    audience: ['Viewers'],
    datasets: [dataset],
    model: 'A model',
    framing: 'A framing',
    outOfScope: 'Nothing real',
    lifecycle: [{ step: 'Data', plan: 'Fetch it' }],
  };

  it('says plainly when no model is trained', () => {
    render(<OverviewPage overview={overview} activeModel={null} />);
    expect(screen.getByRole('heading', { level: 1, name: 'A tagline' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('No model has been trained');
  });

  it('shows the active model headline, or the registry error', () => {
    const { rerender } = render(
      <OverviewPage overview={overview} activeModel={{ id: 'r1', modelKind: 'mf', finishedAt: null, headline: { name: 'RMSE', value: 0.9123 } }} />,
    );
    expect(screen.getByText('0.912')).toBeInTheDocument();
    rerender(<OverviewPage overview={overview} activeModel={null} registryError="database not migrated" />);
    expect(screen.getByRole('alert')).toHaveTextContent('database not migrated');
  });
});
