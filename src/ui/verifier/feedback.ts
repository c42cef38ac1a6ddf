import type { VerdictTone } from './verdictDisplay';

// A guard at a door looks at the person, not the screen: a short high beep means valid, a
// low double buzz means look now. Sound and vibration are best effort — a browser may block
// audio until the first tap, and most tablets cannot vibrate.

const SOUND: Readonly<Record<VerdictTone, { hz: number; beeps: number }>> = {
  valid: { hz: 1320, beeps: 1 },
  caution: { hz: 660, beeps: 2 },
  'not-admitted': { hz: 440, beeps: 3 },
  invalid: { hz: 220, beeps: 2 },
  unsupported: { hz: 220, beeps: 2 },
};

const VIBRATION: Readonly<Record<VerdictTone, number[]>> = {
  valid: [80],
  caution: [150, 80, 150],
  'not-admitted': [150, 80, 150, 80, 150],
  invalid: [300, 100, 300],
  unsupported: [300, 100, 300],
};

/** One AudioContext per screen: browsers cap how many a page may open. */
export function createVerdictSignal(): (tone: VerdictTone) => void {
  let audio: AudioContext | null = null;
  return (tone) => {
    if ('vibrate' in navigator) navigator.vibrate(VIBRATION[tone]);
    try {
      audio ??= new AudioContext();
      const { hz, beeps } = SOUND[tone];
      for (let i = 0; i < beeps; i++) beep(audio, hz, audio.currentTime + i * 0.18, 0.12);
    } catch (error) {
      console.warn('No sound for the verdict', error);
    }
  };
}

function beep(context: AudioContext, hz: number, start: number, seconds: number): void {
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.type = 'square';
  oscillator.frequency.value = hz;
  gain.gain.setValueAtTime(0.08, start);
  gain.gain.exponentialRampToValueAtTime(0.0001, start + seconds);
  oscillator.connect(gain).connect(context.destination);
  oscillator.start(start);
  oscillator.stop(start + seconds);
}
