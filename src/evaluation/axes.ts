/**
 * Labels for the evaluation axes (محورهای ارزیابی). The national evaluation's axes changed
 * between rounds, so keys are open: the known keys have built-in Persian/English labels,
 * any other key uses the `label` the API sent, and failing that the key itself.
 * Call during render (it uses msg(), so it follows the active locale).
 */
import { msg } from '@lit/localize';

/** The axis keys with built-in labels. */
export const KNOWN_AXES = ['portal', 'web-presence', 'interactive', 'transactional', 'integration', 'participation'] as const;
export type KnownAxis = (typeof KNOWN_AXES)[number];

/** The label for an axis key: built-in for known keys, else the API's label, else the key. */
export function axisLabel(key: string, apiLabel?: string): string {
  switch (key) {
    case 'portal':
      return msg('پرتال خدمات');
    case 'web-presence':
      return msg('حضور وب');
    case 'interactive':
      return msg('تعاملی');
    case 'transactional':
      return msg('تراکنشی');
    case 'integration':
      return msg('یکپارچگی');
    case 'participation':
      return msg('مشارکت');
  }
  const label = typeof apiLabel === 'string' ? apiLabel.trim() : '';
  return label || key;
}
