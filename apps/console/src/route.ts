import { useEffect, useState } from 'react';

/** Hash routes (#/inbox, #/hazards/<id>): the API serves one static page, so no server rewrites. */
export function useRoute(): string[] {
  const read = () => window.location.hash.replace(/^#\/?/, '').split('?')[0]!.split('/').filter(Boolean);
  const [parts, setParts] = useState(read);
  useEffect(() => {
    const onChange = () => setParts(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return parts;
}

export const href = (...parts: string[]) => `#/${parts.join('/')}`;

/** The query of a hash route (#/ledger?unitId=…), for pages that open with filters. */
export const hashQuery = (): URLSearchParams => new URLSearchParams(window.location.hash.split('?')[1] ?? '');
