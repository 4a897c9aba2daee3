import type { ReactNode } from 'react';
import { LanguageSwitcher } from './language-switcher.tsx';
import { Logo } from './logo.tsx';

/** The frame of the pages shown before signing in: setup, sign-in, accepting an invitation. */
export function AuthLayout({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  return (
    <div className="auth">
      <header className="auth-top">
        <Logo />
        <LanguageSwitcher />
      </header>
      <main className="auth-card">
        <h1>{title}</h1>
        {intro ? <p className="muted">{intro}</p> : null}
        {children}
      </main>
    </div>
  );
}
