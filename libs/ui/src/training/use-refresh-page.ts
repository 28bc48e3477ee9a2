'use client';
import { useRouter } from 'next/navigation';
import { useCallback } from 'react';

/** Re-renders the page's server components (e.g. a runs table read from the registry) in place. */
export function useRefreshPage(): () => void {
  const router = useRouter();
  return useCallback(() => router.refresh(), [router]);
}
