import { describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import { makeDataset } from '../test/makeDataset';
import { useExplorer } from '../store/store';
import { PrintSheet } from './PrintSheet';

describe('print sheet', () => {
  it('is empty on screen and draws nothing until printing starts', () => {
    useExplorer.getState().loadDataset(makeDataset());
    const { container } = render(<PrintSheet />);
    expect(container.querySelector('.print-sheet')).toBeEmptyDOMElement();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getAllByRole('row')).toHaveLength(8);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(container.querySelector('.print-sheet')).toBeEmptyDOMElement();
  });

  it('lists the visible events with their citations, in the UI language', () => {
    useExplorer.getState().loadDataset(makeDataset());
    act(() => {
      useExplorer.getState().toggleTopic('brics');
      useExplorer.getState().setLang('id');
    });
    render(<PrintSheet always />);
    const table = screen.getByRole('table', { name: 'Peristiwa' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual(['11 Jan 2024', '18 Nov 2024', '21 Jan 2025']);
    expect(rows[1]).toHaveTextContent('Test Wire, “Menlu Tiongkok dan Rusia Bahas Hubungan Bilateral di Rio de Janeiro”, 20 Nov 2024, https://example.org/a2');
    expect(rows[1]).toHaveTextContent('Pertemuan');
    expect(screen.getByRole('img', { name: /Linimasa 3 peristiwa/ }).querySelectorAll('g.mark')).toHaveLength(3);
    expect(screen.getByRole('img', { name: /Jaringan 4 peserta/ }).querySelectorAll('g.node')).toHaveLength(4);
  });
});
