import '@testing-library/jest-dom';
import { render, renderHook, screen, waitFor } from '@testing-library/react';
import { ModelCardPage, NoModelPage, PageIntro, PageSection, useBrowserModelRun } from '../src';

jest.mock('next/navigation', () => ({ useRouter: () => ({ refresh: jest.fn() }), usePathname: () => '/' }));

describe('page layout', () => {
  it('names a section by its heading and titles a page', () => {
    render(
      <article>
        <PageIntro title="The data">What the pipeline found.</PageIntro>
        <PageSection id="byo" title="Bring your own data">
          <p>form</p>
        </PageSection>
      </article>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'The data' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Bring your own data' })).toHaveTextContent('form');
  });

  it('shows the notice instead of a model card when there is no model', () => {
    render(<ModelCardPage subject="detector" card={null} banner={{ isSample: true }} notice={<p role="status">No detector yet</p>} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Model card' })).toBeInTheDocument();
    expect(screen.getByText(/The active detector described in the sections of Mitchell et al\. \(2019\)/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('No detector yet');
    // The sample banner belongs to a card; without one it is not shown.
    expect(screen.queryByRole('note', { name: 'Sample data' })).not.toBeInTheDocument();
  });

  it('titles a page that has no model to show', () => {
    render(<NoModelPage title="How good is the model?" notice={<p role="alert">registry down</p>} />);
    expect(screen.getByRole('heading', { level: 1, name: 'How good is the model?' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('registry down');
  });
});

describe('useBrowserModelRun', () => {
  const lib = {
    load: jest.fn(async (runId: string) => ({ runId })),
    run: jest.fn(async (model: { runId: string }, x: number) => `${model.runId}:${x * 2}`),
  };
  beforeEach(() => {
    lib.load.mockClear();
    lib.run.mockClear();
  });

  function useRun(props: { on: boolean; runId: string; input: number | null }, onResult: (r: string) => void) {
    return useBrowserModelRun(
      {
        ...props,
        importLib: async () => lib,
        load: (l, id) => l.load(id),
        run: (l, model, x) => l.run(model, x),
        onResult,
      },
      [props.on, props.runId, props.input],
    );
  }

  it('loads the model once per run, runs every input and clears the status', async () => {
    const results: string[] = [];
    const { result, rerender } = renderHook((p: { on: boolean; runId: string; input: number | null }) => useRun(p, (r) => results.push(r)), {
      initialProps: { on: false, runId: 'a', input: 1 as number | null },
    });
    expect(lib.load).not.toHaveBeenCalled();
    rerender({ on: true, runId: 'a', input: 1 });
    await waitFor(() => expect(results).toEqual(['a:2']));
    rerender({ on: true, runId: 'a', input: 2 });
    await waitFor(() => expect(results).toEqual(['a:2', 'a:4']));
    expect(lib.load).toHaveBeenCalledTimes(1);
    rerender({ on: true, runId: 'b', input: 2 });
    await waitFor(() => expect(results).toEqual(['a:2', 'a:4', 'b:4']));
    expect(lib.load).toHaveBeenCalledTimes(2);
    expect(result.current).toBeNull();
    // Nothing runs without an input.
    rerender({ on: true, runId: 'b', input: null });
    expect(lib.run).toHaveBeenCalledTimes(3);
  });

  it('says why the browser could not run the model', async () => {
    lib.load.mockRejectedValueOnce(new Error('no WebGL'));
    const { result } = renderHook(() => useRun({ on: true, runId: 'c', input: 1 }, () => undefined));
    await waitFor(() => expect(result.current).toBe('The browser could not run the model: no WebGL'));
  });
});
