'use client';
// The admin token lives in sessionStorage: it survives a reload of the tab but not closing it, and is
// never written to a cookie, so it is only sent where the page sends it explicitly.
import { useEffect, useState } from 'react';

export const ADMIN_TOKEN_KEY = 'atlas-admin-token';

export function readAdminToken(): string {
  try {
    return sessionStorage.getItem(ADMIN_TOKEN_KEY) ?? '';
  } catch {
    return '';
  }
}

export function writeAdminToken(token: string): void {
  try {
    if (token) sessionStorage.setItem(ADMIN_TOKEN_KEY, token);
    else sessionStorage.removeItem(ADMIN_TOKEN_KEY);
  } catch {
    // storage disabled: the token then lives in the page's memory only
  }
}

export function useAdminToken(): [string, (token: string) => void] {
  const [token, setToken] = useState('');
  // Read after mount: sessionStorage does not exist during server rendering.
  useEffect(() => setToken(readAdminToken()), []);
  return [
    token,
    (next: string) => {
      writeAdminToken(next);
      setToken(next);
    },
  ];
}

export interface AdminPostResult {
  ok: boolean;
  status: number;
  body: Record<string, unknown>;
  /** A sentence for the user: the server's message, or what a status means. */
  message: string;
}

/** POSTs JSON with the admin token as a Bearer credential; never throws. */
export async function adminPost(url: string, token: string, body?: unknown): Promise<AdminPostResult> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    let parsed: Record<string, unknown> = {};
    try {
      parsed = (await res.json()) as Record<string, unknown>;
    } catch {
      // not JSON (a proxy error page): the status says enough
    }
    const serverMessage = typeof parsed.message === 'string' ? parsed.message : '';
    const message = res.ok
      ? serverMessage
      : res.status === 401
        ? `The admin token is missing or wrong. ${serverMessage}`.trim()
        : serverMessage || `The server answered ${res.status}.`;
    return { ok: res.ok, status: res.status, body: parsed, message };
  } catch (err) {
    return { ok: false, status: 0, body: {}, message: `The server could not be reached: ${(err as Error).message}` };
  }
}
