import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { resetExplorer } from '../store/store';
import { LoadingScreen } from './LoadingScreen';

describe('LoadingScreen', () => {
  it('shows the download percentage on the progress bar', () => {
    resetExplorer({ status: 'loading', progress: { phase: 'download', fraction: 0.42 } });
    render(<LoadingScreen />);
    expect(screen.getByRole('progressbar', { name: 'Loading dataset…' })).toHaveAttribute('value', '42');
    expect(screen.getByText('Downloading: 42%')).toBeInTheDocument();
  });
  it('names the phase in words, with an indeterminate bar, once the download is done', () => {
    resetExplorer({ status: 'loading', progress: { phase: 'index', fraction: 0 } });
    render(<LoadingScreen />);
    expect(screen.getByRole('progressbar')).not.toHaveAttribute('value');
    expect(screen.getByText('Checking records and building indexes…')).toBeInTheDocument();
  });
  it('speaks Indonesian when the UI does', () => {
    resetExplorer({ status: 'loading', progress: { phase: 'parse', fraction: 0 }, lang: 'id' });
    render(<LoadingScreen />);
    expect(screen.getByText('Membaca data…')).toBeInTheDocument();
  });
});
