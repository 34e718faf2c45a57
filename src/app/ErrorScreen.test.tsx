import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorScreen, RenderErrorBoundary } from './ErrorScreen';

function Boom(): never {
  throw new Error('participants is not iterable');
}

describe('ErrorScreen', () => {
  it('is an alert that says what is wrong and how to fix it', () => {
    render(<ErrorScreen message="The dataset at /data/dataset.json was not found (HTTP 404)." hint='Run "npm run compile".' />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The dataset could not be loaded');
    expect(alert).toHaveTextContent('HTTP 404');
    expect(screen.getByRole('heading', { name: 'How to fix it' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('Run "npm run compile".');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
  it('shows text from the dataset as text, never as markup', () => {
    render(<ErrorScreen message={'<img src=x onerror="alert(1)"> bad'} hint="fix" />);
    expect(screen.getByRole('alert')).toHaveTextContent('<img src=x onerror="alert(1)"> bad');
    expect(screen.getByRole('alert').querySelector('img')).toBeNull();
  });
  it('replaces a view that throws with the error screen instead of a blank page', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <RenderErrorBoundary>
        <Boom />
      </RenderErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('participants is not iterable');
  });
});
