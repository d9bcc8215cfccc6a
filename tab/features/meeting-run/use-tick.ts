import { useEffect, useState } from 'react';

/**
 * The page's clock, read again each second in step with `phaseAt` (a moment of the page's
 * clock when the countdown stood on a whole second), so every page turns its countdown, and
 * shows over time, at the same moment rather than up to a second apart.
 */
export function useTick(phaseAt: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let timer = 0;
    const next = () => {
      const wait = (((phaseAt - Date.now()) % 1000) + 1000) % 1000;
      // A millisecond past the whole second, so the countdown read then has turned.
      timer = window.setTimeout(() => {
        setNow(Date.now());
        next();
      }, wait + 1);
    };
    next();
    return () => window.clearTimeout(timer);
  }, [phaseAt]);
  return now;
}
